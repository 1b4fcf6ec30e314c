package io.newswire.enrich.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.model.Article;
import io.newswire.model.Language;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Casualty figures the s35 QA found false or missing on real copy, by cause: a bare head number
 * before an "including" list, a group's size written as an adjective ("a five-member family"), a
 * coordinated list of victim nouns, a background event's toll in a relative clause, and the forms
 * that gave nothing ("Dead is ...", "one fatally", "in custody", "rushed to hospital", "the death of
 * X", "claimed the life of"). Every sentence is written for this test, in the styles of several
 * agencies and papers (Bernama, Yonhap, the Herald, the Gleaner, AP, Queensland police, Reuters);
 * the guards must not change.
 */
class HeadCountsAndMissedFormsTest {

    private static final EventsEnricher STAGE = new EventsEnricher();

    private static List<String> figures(String text) {
        Article a = Article.builder("c-00000000000000000035", text, "test").language(new Language("en", 0.99))
                .build();
        return TollTexts.of(STAGE.enrich(a));
    }

    static Stream<Arguments> falseFigures() {
        return Stream.of(
                // Bernama / the Star: a bare number opening the clause is the head of its "including" list
                Arguments.of("SEGAMAT: Four, including a traffic warden and a pedestrian, died when the lorry "
                        + "overturned at KM12.", List.of("killed=4..4 exact")),
                Arguments.of("Three, including a soldier and a suspect died in the shootout near the border post.",
                        List.of("killed=3..3 exact")),
                // guard: a head with its noun was read before
                Arguments.of("Five people, including two children and a nurse, were killed in the blast.",
                        List.of("killed=5..5 exact")),
                // Yonhap: a group's size written as an adjective is no count of one
                Arguments.of("Three members of a six-member family died in a fire at their home in Incheon early "
                        + "on Monday, firefighters said.", List.of("killed=3..3 exact")),
                Arguments.of("A 12-strong gang was arrested by police in the raid on Tuesday.", List.of()),
                Arguments.of("Police said a two-man crew was injured when the crane collapsed at the site.",
                        List.of()),
                // the Chronicle / AP: a coordinated list of victim nouns after "the" counts its members
                Arguments.of("A minibus hit a pedestrian, veered off the road and rolled, killing the pedestrian, "
                        + "driver, and one passenger on the spot.", List.of("killed=3..3 exact")),
                Arguments.of("The gunmen opened fire on the car, killing the driver and a passenger.",
                        List.of("killed=2..2 exact")),
                Arguments.of("Police said the blast killed the guard, the driver and two passengers.",
                        List.of("killed=4..4 exact")),
                // guards: an apposition, a plural member of no size, a second verb
                Arguments.of("The bomb killed the driver, a father of three, police said.",
                        List.of("killed=1..1 exact")),
                Arguments.of("The gunmen killed the driver and wounded a passenger, police said.",
                        List.of("killed=1..1 exact", "injured=1..1 exact")));
    }

    @ParameterizedTest
    @MethodSource("falseFigures")
    void shouldCountTheHeadAndTheMembersWhenAListOrAGroupSizeStandsBeforeTheVerb(String text, List<String> want) {
        assertThat(figures(text)).containsExactlyInAnyOrderElementsOf(want);
    }

    @org.junit.jupiter.api.Test
    void shouldKeepABackgroundTollOffTheShootingWhenARelativeClauseTellsIt() {
        Article a = STAGE.enrich(Article.builder("c-00000000000000000036", "Prosecutor Ana Ruiz was shot dead on "
                + "Monday, years after the 2012 bombings that left scores dead.", "test")
                .language(new Language("en", 0.99)).build());
        assertThat(a.events()).filteredOn(e -> e.trigger().text().equals("shot"))
                .allSatisfy(e -> assertThat(e.casualties().killed()).isEmpty());
        assertThat(TollTexts.of(a)).containsExactly("killed=40..null at least");
    }

    static Stream<Arguments> missedForms() {
        return Stream.of(
                // the Gleaner / Observer: the inverted copula of police copy
                Arguments.of("Dead is 29-year-old mechanic, Orville Brown, of Spanish Town.",
                        List.of("killed=1..1 exact")),
                Arguments.of("Dead are two passengers of the minibus, the police said on Sunday.",
                        List.of("killed=2..2 exact")),
                // guard: "dead" as a predicate adjective after its subject
                Arguments.of("The dead are two farmers from the next village, police said.", List.of()),
                // the Beacon / SAPS: the part told as fatal after a dash or a comma
                Arguments.of("Three men were shot – one fatally – in the township on Saturday.",
                        List.of("killed=1..1 exact")),
                Arguments.of("Two people were stabbed, one fatally, outside the nightclub on Friday night.",
                        List.of("killed=1..1 exact")),
                // AP / JCF: "in custody", "taken into custody"
                Arguments.of("The constabulary said three men are in custody in relation to the robbery.",
                        List.of("arrested=3..3 exact")),
                Arguments.of("A sheriff says a man has been taken into custody following an armed standoff at a "
                        + "farmhouse.", List.of("arrested=1..1 exact")),
                // the Borneo Post / Reuters: an arrest reported as made, "confirmed the arrest(s) of"
                Arguments.of("Police have confirmed the arrest of a local man in connection with the fatal crash on "
                        + "Friday.", List.of("arrested=1..1 exact")),
                Arguments.of("The agency announced the arrests of three suspects in the fraud case on Monday.",
                        List.of("arrested=3..3 exact")),
                // guards: an arrest ordered, demanded or denied
                Arguments.of("The court ordered the arrest of two police officers over the killing.", List.of()),
                Arguments.of("Police said they had not confirmed the arrest of any suspect.", List.of()),
                // guards: a death in custody, a remand
                Arguments.of("He was remanded in custody until his trial next month, the court heard.", List.of()),
                // Queensland police: "N others have been rushed to hospital"
                Arguments.of("A man has died and three others have been rushed to hospital after a crash on the "
                        + "Warrego Highway.", List.of("killed=1..1 exact", "injured=3..3 exact")),
                // the Herald: "the death of <Name>" in an accident's sentence
                Arguments.of("Police are aware of posts about the fatal road accident in the city centre involving "
                        + "the death of Tendai Moyo (50) on 7 May.", List.of("killed=1..1 exact")),
                // guard: a death with no violence or accident told
                Arguments.of("The family announced the death of Ruth Banda after a long illness.", List.of()),
                // Queensland police / RCMP releases: "the driver and sole occupant" is one person, no list of two
                Arguments.of("The driver and sole occupant of the car, a 54-year-old man from Gympie, died at the "
                        + "scene.", List.of("killed=1..1 exact")),
                Arguments.of("The driver and only person inside the truck, a 61-year-old man from Regina, died at "
                        + "the scene.", List.of("killed=1..1 exact")),
                // guard: one role with an apposition, as before
                Arguments.of("The driver of the car, a 40-year-old man from Ipswich, died at the scene.",
                        List.of("killed=1..1 exact")),
                // the Borneo Post / Daily Observer: "claimed the life/lives of"
                Arguments.of("The accident claimed the life of a ten-year-old girl, police said.",
                        List.of("killed=1..1 exact")),
                Arguments.of("The fire claimed the lives of three children in the village on Monday.",
                        List.of("killed=3..3 exact")));
    }

    @ParameterizedTest
    @MethodSource("missedForms")
    void shouldReadTheFigureWhenCopyStatesItInAFormWithNoNumberBeforeTheVerb(String text, List<String> want) {
        assertThat(figures(text)).containsExactlyInAnyOrderElementsOf(want);
    }
}
