package io.newswire.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newswire.enrich.api.Enricher;
import io.newswire.enrich.normalize.StandardNormalizer;
import io.newswire.model.Article;
import io.newswire.model.ArticleLimits;
import io.newswire.model.ContentFormat;
import io.newswire.model.InvalidArticleException;
import io.newswire.model.RawArticle;
import io.newswire.model.RejectReason;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The body limit of an HTML page is checked on its extracted text right after normalization: a page
 * whose text is too large is rejected before any enricher has spent time on it; a page whose markup
 * is large but whose text is small, and a text body, go through every stage.
 */
class ArticlePipelineBodyLimitTest {

    private static final Instant T0 = Instant.parse("2026-05-13T08:00:00Z");
    private static final ArticleLimits LIMITS = new ArticleLimits(8 * 1024 * 1024, 2_000);
    private static final String STORY = "NAIROBI, May 12 (Reuters) - Kenya's central bank held its main lending "
            + "rate on Tuesday, citing easing inflation and a stable shilling.";
    private static final String STORY_FR = "DAKAR, 12 mai (AFP) - La banque centrale a maintenu son taux directeur "
            + "mardi, invoquant le recul de l'inflation et la stabilité du franc CFA.";

    /** Counts the articles it sees, as an expensive stage would spend time on them. */
    private static final class CountingEnricher implements Enricher {
        final AtomicInteger seen = new AtomicInteger();

        @Override
        public String name() {
            return "counting";
        }

        @Override
        public Article enrich(Article article) {
            seen.incrementAndGet();
            return article;
        }
    }

    private static String page(String story, int paragraphs, int navLinks) {
        StringBuilder sb = new StringBuilder("<html><body><nav>");
        for (int i = 0; i < navLinks; i++) {
            sb.append("<a href=\"/s/").append(i).append("\">Section ").append(i).append("</a>");
        }
        sb.append("</nav><article>");
        for (int i = 0; i < paragraphs; i++) {
            sb.append("<p>").append(story).append(" (").append(i).append(")</p>");
        }
        return sb.append("</article></body></html>").toString();
    }

    static Stream<Arguments> pages() {
        return Stream.of(
                // body, format, rejected
                Arguments.of(page(STORY, 40, 0), ContentFormat.HTML, true),
                Arguments.of(page(STORY_FR, 40, 0), ContentFormat.HTML, true),
                Arguments.of(page(STORY, 2, 3_000), ContentFormat.HTML, false),
                Arguments.of(page(STORY_FR, 2, 3_000), ContentFormat.HTML, false),
                Arguments.of(STORY, ContentFormat.TEXT, false));
    }

    @ParameterizedTest
    @MethodSource("pages")
    void shouldRejectBeforeAnyEnricherWhenExtractedTextIsOverBodyLimit(String body, ContentFormat format,
            boolean rejected) throws InvalidArticleException {
        CountingEnricher counting = new CountingEnricher();
        ArticlePipeline pipeline = new ArticlePipeline("test", new StandardNormalizer(), List.of(counting),
                Clock.fixed(T0, ZoneOffset.UTC));
        RawArticle raw = RawArticle.builder(body).id("c-limit").format(format).ingestedAt(T0).build();
        assertThat(body.length() > LIMITS.maxBodyChars()).isEqualTo(format == ContentFormat.HTML);

        if (rejected) {
            assertThatThrownBy(() -> pipeline.process(raw, LIMITS))
                    .isInstanceOfSatisfying(InvalidArticleException.class,
                            e -> assertThat(e.reason()).isEqualTo(RejectReason.BODY_TOO_LARGE));
            assertThat(counting.seen).hasValue(0);
        } else {
            Article article = pipeline.process(raw, LIMITS);
            assertThat(article.text().length()).isLessThanOrEqualTo(LIMITS.maxBodyChars());
            assertThat(article.text()).contains("central").doesNotContain("Section 1");
            assertThat(counting.seen).hasValue(1);
        }
    }
}
