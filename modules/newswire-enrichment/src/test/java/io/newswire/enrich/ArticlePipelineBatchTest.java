package io.newswire.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.enrich.api.Enricher;
import io.newswire.enrich.normalize.StandardNormalizer;
import io.newswire.model.Article;
import io.newswire.model.ContentFormat;
import io.newswire.model.Provenance;
import io.newswire.model.RawArticle;
import io.newswire.model.StageTiming;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link ArticlePipeline#processAll} runs stage by stage over a list, for the processor's caches;
 * each article must come out exactly as {@link ArticlePipeline#process} makes it alone: the same
 * fields, the same stages in provenance with the same outcome and method, the same errors (only the
 * measured micros differ).
 */
class ArticlePipelineBatchTest {

    private static final Instant T0 = Instant.parse("2026-05-13T08:00:00Z");

    /** Fails on any article whose text holds "Quillmarsh", so that one article of a batch fails a stage. */
    private static final Enricher PICKY = new Enricher() {
        @Override
        public String name() {
            return "picky";
        }

        @Override
        public Article enrich(Article article) {
            if (article.text().contains("Quillmarsh")) {
                throw new IllegalArgumentException("no Quillmarsh here");
            }
            return article;
        }
    };

    private static RawArticle raw(String id, String title, String body, ContentFormat format) {
        return RawArticle.builder(body).id(id).title(title).format(format).ingestedAt(T0).build();
    }

    static Stream<Arguments> batches() {
        RawArticle wire = raw("b-1", "Harbour strike ends", "VELMORA, May 12 (Reuters) - Dock workers in Velmora ended a "
                + "nine-day strike on Tuesday after the Ostrander Shipping Co agreed to raise pay by 6%, union leader "
                + "Tamsin Orlov said. \"We won what we came for,\" Orlov told reporters.", ContentFormat.TEXT);
        RawArticle french = raw("b-2", "Grève au port", "BRELANDE, 12 mai (AFP) - Les dockers de Brelande ont mis fin "
                + "mardi à neuf jours de grève, a déclaré Mme Isaure Vantier, porte-parole du syndicat.", ContentFormat.TEXT);
        RawArticle german = raw("b-3", "Streik beendet", "HALDERN (dpa) - Die Hafenarbeiter in Haldern haben ihren Streik "
                + "am Dienstag beendet, sagte Gewerkschaftschef Jorik Brandauer.", ContentFormat.TEXT);
        RawArticle html = raw("b-4", "Quillmarsh votes", "<html><body><p>QUILLMARSH, May 12 - Voters in Quillmarsh chose "
                + "Mayor Elodie Farrant for a third term on Tuesday.</p></body></html>", ContentFormat.HTML);
        RawArticle blank = raw("b-5", null, " \n ", ContentFormat.TEXT);
        return Stream.of(
                Arguments.of("one article", List.of(wire)),
                Arguments.of("three languages", List.of(wire, french, german)),
                Arguments.of("a stage fails on one of them", List.of(french, html, wire)),
                Arguments.of("an empty body among them", List.of(blank, german, blank)),
                Arguments.of("the same article twice", List.of(html, html)),
                Arguments.of("none", List.<RawArticle>of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("batches")
    void shouldEnrichEachArticleAsAloneWhenProcessedStageByStage(String name, List<RawArticle> raws) {
        List<Enricher> enrichers = new ArrayList<>(StandardEnrichers.all());
        enrichers.add(2, PICKY);
        ArticlePipeline pipeline = new ArticlePipeline("test-1", new StandardNormalizer(), enrichers,
                Clock.fixed(T0, ZoneOffset.UTC));
        List<Article> alone = raws.stream().map(pipeline::process).map(ArticlePipelineBatchTest::untimed).toList();

        List<Article> batch = pipeline.processAll(raws).stream().map(ArticlePipelineBatchTest::untimed).toList();

        assertThat(batch).containsExactlyElementsOf(alone);
        assertThat(batch).allSatisfy(a -> assertThat(a.provenance().stages()).hasSize(enrichers.size() + 1));
        assertThat(batch.stream().filter(a -> !a.provenance().errors().isEmpty()).map(Article::id).toList())
                .containsExactlyElementsOf(raws.stream().filter(r -> r.body().contains("Quillmarsh")).map(RawArticle::id).toList());
    }

    /** The article with each stage's measured micros set to 0: the only part that may differ. */
    private static Article untimed(Article a) {
        Provenance p = a.provenance();
        List<StageTiming> stages = p.stages().stream().map(s -> new StageTiming(s.stage(), 0, s.ok(), s.method())).toList();
        return a.toBuilder().provenance(new Provenance(p.pipelineVersion(), stages, p.errors())).build();
    }
}
