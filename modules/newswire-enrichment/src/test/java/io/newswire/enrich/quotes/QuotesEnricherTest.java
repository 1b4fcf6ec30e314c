package io.newswire.enrich.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.model.Article;
import io.newswire.model.Entity;
import io.newswire.model.EntityType;
import io.newswire.model.Language;
import io.newswire.model.Mention;
import io.newswire.model.Quote;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class QuotesEnricherTest {

    private static final QuotesEnricher STAGE = new QuotesEnricher();

    /** An English article with a person entity for every occurrence of each name. */
    private static Article article(String text, String... people) {
        List<Entity> entities = new ArrayList<>();
        for (String p : people) {
            List<Mention> ms = new ArrayList<>();
            for (int i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + 1)) {
                ms.add(new Mention(i, i + p.length(), p));
            }
            entities.add(new Entity("per:" + p.toLowerCase().replace(' ', '-'), p, EntityType.PERSON, null, List.of(p),
                    ms, ms.size(), 0.5));
        }
        return Article.builder("c-00000000000000000003", text, "test").language(new Language("en", 0.99))
                .entities(entities).build();
    }

    static Stream<Arguments> quotes() {
        return Stream.of(
                // kind, content, speaker id, cue
                Arguments.of(article("\u201CIran has always tried to stand by the Afghan nation,\u201D Baqeri said.",
                        "Baqeri"), "direct", "Iran has always tried to stand by the Afghan nation", "per:baqeri", "said"),
                Arguments.of(article("\"We will not give up,\" said Sergei Ivanov, the chief of the bureau.",
                        "Sergei Ivanov"), "direct", "We will not give up", "per:sergei-ivanov", "said"),
                Arguments.of(article("Bahrami arrived on Saturday. He said: \u201CThe trip is aimed at closer ties.\u201D",
                        "Bahrami"), "direct", "The trip is aimed at closer ties.", "per:bahrami", "said"),
                Arguments.of(article("Khamenei spoke in January. The minister told reporters that the relocation was "
                        + "meant to justify a presence.", "Khamenei"), "indirect",
                        "the relocation was meant to justify a presence", "per:khamenei", "told"),
                Arguments.of(article("Around 10,000 fighters were active in nine provinces, according to Ivanov.",
                        "Ivanov"), "indirect", "Around 10,000 fighters were active in nine provinces", "per:ivanov",
                        "according to"));
    }

    @ParameterizedTest
    @MethodSource("quotes")
    void shouldAttributeQuoteWhenSpeakerAndCueAreBesideIt(Article a, String kind, String content, String speaker,
            String cue) {
        Quote q = STAGE.enrich(a).quotes().get(0);
        assertThat(q.kind()).isEqualTo(kind);
        assertThat(q.content().text()).isEqualTo(content);
        assertThat(a.text().substring(q.content().start(), q.content().end())).isEqualTo(content);
        assertThat(q.speaker()).isEqualTo(speaker);
        assertThat(q.cue().text()).isEqualTo(cue);
    }

    @Test
    void shouldJoinQuoteWhenAttributionInterruptsIt() {
        Article a = article("\u201CWe came to talk,\u201D Bahrami said. \u201CWe leave with an agreement.\u201D", "Bahrami");
        assertThat(STAGE.enrich(a).quotes()).singleElement().satisfies(q -> assertThat(q.content().text())
                .startsWith("We came to talk").endsWith("agreement."));
    }

    @Test
    void shouldIgnoreScareQuotesWhenNoOneSaysThem() {
        Article a = article("The chief is to make the trip \u201Csoon,\u201D the agency reported on Saturday.");
        assertThat(STAGE.enrich(a).quotes()).allSatisfy(q -> assertThat(q.kind()).isEqualTo("direct"));
        Article b = article("The group called it a \u201Chistoric step\u201D in its statement on Friday.");
        assertThat(STAGE.enrich(b).quotes()).isEmpty();
    }

    @Test
    void shouldReturnNoQuotesWhenArticleIsNotEnglish() {
        Article a = Article.builder("c-00000000000000000004", "\u00AB Nous resterons \u00BB, a d\u00E9clar\u00E9 le ministre.",
                "test").language(new Language("fr", 0.9)).build();
        assertThat(STAGE.enrich(a).quotes()).isEmpty();
    }
}
