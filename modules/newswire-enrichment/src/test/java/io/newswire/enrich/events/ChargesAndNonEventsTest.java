package io.newswire.enrich.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.model.Article;
import io.newswire.model.Event;
import io.newswire.model.Language;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Charges and sentences as PLOVER COERCE (CAMEO 173, "arrest, detain, or charge with legal action";
 * "sentenced" already was), and sentences that tell no event though a trigger word stands in them:
 * sport's "attacking", a definition of a word, a habit ("are often accused of"). Sentences written for
 * this test in the styles of several agencies and local papers (s32 QA causes C11, C13).
 */
class ChargesAndNonEventsTest {

    private static final EventsEnricher STAGE = new EventsEnricher();

    /** The asserted events' types of a one-sentence English article. */
    private static List<String> asserted(String text) {
        Article a = Article.builder("c-00000000000000000005", text, "test").language(new Language("en", 0.99)).build();
        return STAGE.enrich(a).events().stream().filter(e -> Factuality.ASSERTED.equals(e.status()))
                .map(Event::type).filter(t -> t != null).toList();
    }

    static Stream<Arguments> charges() {
        return Stream.of(
                Arguments.of("The driver, 34, was charged with impaired driving causing death and will appear in "
                        + "court in May.", true),
                Arguments.of("Prosecutors charged two men with theft after the raid on the depot.", true),
                Arguments.of("Three guards were charged over the death of a detainee in Korvo jail.", true),
                Arguments.of("A Dunmore man was jailed for 12 years on Friday for the robbery.", true),
                Arguments.of("The magistrate sentenced him to seven days in custody for contempt.", true),
                Arguments.of("Aydin Kaya was convicted of fraud by a Kestel court on Monday.", true),
                // look-alikes: physics, a task, a baton charge, a fee, a mood, a rugby run, an adjective
                Arguments.of("The cell is charged with electricity before each test run.", false),
                Arguments.of("The battery charged in an hour.", false),
                Arguments.of("The minister was charged with the task of drafting the budget.", false),
                Arguments.of("The speaker is charged with ensuring order in the chamber.", false),
                Arguments.of("Riot police charged at the protesters near the square.", false),
                Arguments.of("The bank charged a fee of $30 for each transfer.", false),
                Arguments.of("It was an emotionally charged debate in the assembly.", false),
                Arguments.of("The winger charged over the line for a try in the second half.", false),
                Arguments.of("The jailed activist wrote a letter to the governor.", false),
                Arguments.of("He is a convicted fraudster who served six years.", false));
    }

    @ParameterizedTest
    @MethodSource("charges")
    void shouldTellCoerceWhenChargeOrSentenceIsAtLaw(String text, boolean expected) {
        if (expected) {
            assertThat(asserted(text)).contains("COERCE");
        } else {
            assertThat(asserted(text)).doesNotContain("COERCE");
        }
    }

    static Stream<Arguments> nonEvents() {
        return Stream.of(
                Arguments.of("It was an attacking contest between two sides keen to win the cup.", "ASSAULT"),
                Arguments.of("The club signed an attacking midfielder from Lyon on a three-year deal.", "ASSAULT"),
                Arguments.of("She prefers to play her natural, attacking game on clay.", "ASSAULT"),
                Arguments.of("The word \"neutralized\" is used to mean surrendered, killed or captured.", "CONCEDE"),
                Arguments.of("The word \"neutralized\" is used to mean surrendered, killed or captured.", "ASSAULT"),
                Arguments.of("In its statements the term 'martyred' refers to fighters killed in action.", "ASSAULT"),
                Arguments.of("Border police are often accused of extrajudicial killings by rights groups.", "ACCUSE"),
                Arguments.of("Traders routinely accuse the customs service of graft.", "ACCUSE"));
    }

    @ParameterizedTest
    @MethodSource("nonEvents")
    void shouldAssertNoEventWhenSportDefinitionOrHabit(String text, String type) {
        assertThat(asserted(text)).doesNotContain(type);
    }

    static Stream<Arguments> realEvents() {
        return Stream.of(
                Arguments.of("Gunmen attacking the convoy killed two guards near Dori.", "ASSAULT"),
                Arguments.of("Soldiers neutralized five militants in the operation, the ministry said.", "ASSAULT"),
                Arguments.of("Police accused the gang of the robbery on Monday.", "ACCUSE"),
                Arguments.of("Twelve rebels surrendered to the army in Kidal on Sunday.", "CONCEDE"));
    }

    @ParameterizedTest
    @MethodSource("realEvents")
    void shouldStillAssertEventWhenTriggerIsUsedNotMentioned(String text, String type) {
        assertThat(asserted(text)).contains(type);
    }
}
