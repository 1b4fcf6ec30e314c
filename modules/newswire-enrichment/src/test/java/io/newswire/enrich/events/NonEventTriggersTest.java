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
 * Trigger words that tell no event: adjectives ("non-life threatening injuries" is no threat, "the
 * banned party" no ban told in the story) and deaths on the road ("a driver who killed a pensioner
 * in a collision" is no attack), a visit to the scene, a curfew no one imposes in the story. Sentences
 * written for this test.
 */
class NonEventTriggersTest {

    private static final EventsEnricher STAGE = new EventsEnricher();

    private static List<String> types(String text) {
        Article a = Article.builder("c-00000000000000000004", text, "test").language(new Language("en", 0.99)).build();
        return STAGE.enrich(a).events().stream().map(Event::type).filter(t -> t != null).toList();
    }

    static Stream<Arguments> rows() {
        return Stream.of(
                Arguments.of("The rider was taken to hospital with non-life threatening injuries, police said.",
                        "THREATEN", false),
                Arguments.of("Two passengers suffered life threatening injuries when the van rolled over.",
                        "THREATEN", false),
                Arguments.of("The rebels threatened to shell the town if the army advanced, a spokesman said.",
                        "THREATEN", true),
                Arguments.of("Leaders of the banned party met supporters in exile on Monday, a spokesman said.",
                        "COERCE", false),
                Arguments.of("The interior ministry banned the party on Monday, citing links to armed groups.",
                        "COERCE", true),
                Arguments.of("A driver who killed a pensioner in a head-on collision was jailed for six years.",
                        "ASSAULT", false),
                Arguments.of("Two teenagers were killed in a three-car wreck on the county road, deputies said.",
                        "ASSAULT", false),
                Arguments.of("Gunmen killed a pensioner outside his home on Monday, police said.", "ASSAULT", true),
                // s34: a visit to the scene is no meeting; a curfew is an event only when imposed
                Arguments.of("\"Our rescue team visited the scene with members of the Red Cross,\" he said.",
                        "CONSULT", false),
                Arguments.of("The governor visited the scene of the blast on Tuesday.", "CONSULT", false),
                Arguments.of("The foreign minister visited Ankara for two days of talks.", "CONSULT", true),
                Arguments.of("Police are looking for the man who shot a curfew violator in Tondo.", "COERCE", false),
                Arguments.of("The army imposed a curfew on the town after the clashes.", "COERCE", true));
    }

    @ParameterizedTest
    @MethodSource("rows")
    void shouldTellAnEventOnlyWhenTheTriggerIsNoAdjective(String text, String type, boolean expected) {
        if (expected) {
            assertThat(types(text)).contains(type);
        } else {
            assertThat(types(text)).doesNotContain(type);
        }
    }
}
