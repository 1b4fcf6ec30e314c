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
 * Trigger words used as adjectives name no event: "non-life threatening injuries" is no threat,
 * "the banned party" no ban told in the story. Sentences written for this test.
 */
class AdjectiveTriggersTest {

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
                        "COERCE", true));
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
