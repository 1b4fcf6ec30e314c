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
 * Casualty statements that write no number or use no casualty word: "fatally shot a suspect", "the
 * fatal shooting of a man", "the murder of X", "killing the gunman", "axed her to death", "He was
 * pronounced dead", "the man was found dead", "N lives have been lost", "with N sustaining
 * injuries", "two officers were hit" in gunfire, "police arrested the killer". Each sentence is
 * the article's only statement, so a weak figure stands. Written for this test in several agencies'
 * styles; the guards keep attempts, metaphors and non-people out.
 */
class OneVictimFormsTest {

    private static final EventsEnricher STAGE = new EventsEnricher();

    private static List<String> figures(String text) {
        Article a = Article.builder("c-00000000000000000004", text, "test").language(new Language("en", 0.99))
                .build();
        return TollTexts.of(STAGE.enrich(a));
    }

    static Stream<Arguments> forms() {
        return Stream.of(
                // AP
                Arguments.of("Two officers fatally shot an armed robbery suspect outside a pharmacy, police said.",
                        List.of("killed=1..1 exact")),
                Arguments.of("A deputy was fatally struck by a pickup truck on the interstate.",
                        List.of("killed=1..1 exact")),
                Arguments.of("Detectives are investigating the slaying of a woman found at a farmhouse near "
                        + "Millbrook.", List.of("killed=1..1 exact")),
                Arguments.of("Troopers returned fire, killing the gunman, the state patrol said.",
                        List.of("killed=1..1 exact")),
                Arguments.of("Troopers returned fire, but not before two troopers were hit, and the gunman died.",
                        List.of("injured=2..2 exact")),
                Arguments.of("Deputies returned fire and killed the shooter, but not before two deputies were hit.",
                        List.of("killed=1..1 exact", "injured=2..2 exact")),
                Arguments.of("A spokeswoman said two victims at the pharmacy were hospitalized with serious "
                        + "injuries.", List.of("injured=2..2 exact")),
                // CTV / RCMP style
                Arguments.of("She was pronounced dead at the scene by paramedics, the RCMP said.",
                        List.of("killed=1..1 exact")),
                Arguments.of("The man was found dead in a ditch near the highway on Tuesday, RCMP said.",
                        List.of("killed=1..1 exact")),
                Arguments.of("Police are investigating the fatal shooting of a Kamloops man on Friday night.",
                        List.of("killed=1..1 exact")),
                Arguments.of("Medics pronounced the driver deceased shortly after 9 p.m., the OPP said.",
                        List.of("killed=1..1 exact")),
                Arguments.of("A 40-year-old man was pronounced deceased at the scene, RCMP said.",
                        List.of("killed=1..1 exact")),
                // Dawn
                Arguments.of("He axed his brother to death over a land dispute and fled, police said.",
                        List.of("killed=1..1 exact")),
                Arguments.of("Detectives arrested the killer at a relative's house on Sunday, Dawn reported.",
                        List.of("arrested=1..1 exact")),
                Arguments.of("The court upheld his conviction for the murder of Nasreen Akhtar in 2011.",
                        List.of("killed=1..1 exact")),
                // Punch / Leadership
                Arguments.of("Floods swept through 19 districts, with 514 residents sustaining injuries of varying "
                        + "severity.", List.of("injured=514..514 exact")),
                Arguments.of("Over 300 lives have been lost to the floods since June, the minister said.",
                        List.of("killed=301..null more than")),
                // PTI
                Arguments.of("Police have shot dead the man wanted for robbery in Meerut, officials said.",
                        List.of("killed=1..1 exact")));
    }

    @ParameterizedTest
    @MethodSource("forms")
    void shouldCountOneVictimWhenCopyStatesDeathWithoutFigure(String text, List<String> expected) {
        assertThat(figures(text)).containsExactlyInAnyOrderElementsOf(expected);
    }

    static Stream<Arguments> guards() {
        return Stream.of(
                Arguments.of("He was charged with the attempted murder of a police officer in Lagos."),
                Arguments.of("The murder of the peace process was mourned by critics, Reuters reported."),
                Arguments.of("The fatal flaw of the plan was its cost, analysts said."),
                Arguments.of("Sales were hit hard by the strike, the company said."),
                Arguments.of("Two officers were hit by complaints after the raid, which injured nobody."),
                Arguments.of("Thousands of lives would have been lost without the dam, engineers said."),
                Arguments.of("The bill was killed in committee, the senator said."),
                Arguments.of("He said he was beaten to death in a dream he had as a boy."),
                Arguments.of("The minister said the lives of 300 people were at risk."),
                Arguments.of("The two suffered multiple bullet injuries and died on the spot, police said."),
                Arguments.of("The family of the deceased demanded an inquiry into the delay."),
                Arguments.of("The deceased was identified as Tom Reyes, a retired teacher."));
    }

    @ParameterizedTest
    @MethodSource("guards")
    void shouldCountNothingWhenNoOneIsNewlyKilledOrHurt(String text) {
        assertThat(figures(text)).isEmpty();
    }
}
