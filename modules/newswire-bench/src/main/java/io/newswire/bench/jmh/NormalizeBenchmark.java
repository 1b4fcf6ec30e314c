package io.newswire.bench.jmh;

import io.newswire.bench.SyntheticStories;
import io.newswire.enrich.api.Pipeline;
import io.newswire.enrich.api.Pipelines;
import io.newswire.enrich.entities.EntitiesEnricher;
import io.newswire.enrich.geo.GeoEnricher;
import io.newswire.enrich.language.LanguageEnricher;
import io.newswire.enrich.normalize.StandardNormalizer;
import io.newswire.model.Article;
import io.newswire.model.ArticleIds;
import io.newswire.model.RawArticle;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Articles per second through normalization alone, language detection alone, entities alone, and the whole
 * enrichment pipeline, on ~3 KB synthetic wire stories, single-threaded (one core).
 *
 * <pre>
 * java -cp "$(cat cp.txt):modules/newswire-bench/target/classes" org.openjdk.jmh.Main NormalizeBenchmark
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class NormalizeBenchmark {

    private static final int STORIES = 256;

    private RawArticle[] raws;
    private Article[] normalized;
    private StandardNormalizer normalizer;
    private LanguageEnricher language;
    private EntitiesEnricher entities;
    private GeoEnricher geo;
    private Pipeline pipeline;
    private int next;

    @Setup
    public void setUp() {
        raws = new RawArticle[STORIES];
        normalized = new Article[STORIES];
        normalizer = new StandardNormalizer();
        language = new LanguageEnricher();
        entities = new EntitiesEnricher();
        geo = new GeoEnricher();
        pipeline = Pipelines.standard();
        Instant now = Instant.parse("2026-11-23T00:00:00Z");
        for (int i = 0; i < STORIES; i++) {
            RawArticle r = SyntheticStories.story(1, i, now);
            raws[i] = r.withId(ArticleIds.of(r));
            normalized[i] = normalizer.normalize(raws[i], now);
        }
    }

    @Benchmark
    public Article normalize() {
        int i = next++ & (STORIES - 1);
        return normalizer.normalize(raws[i], raws[i].ingestedAt());
    }

    @Benchmark
    public Article language() {
        return language.enrich(normalized[next++ & (STORIES - 1)]);
    }

    @Benchmark
    public Article entities() {
        return entities.enrich(normalized[next++ & (STORIES - 1)]);
    }

    @Benchmark
    public Article geo() {
        return geo.enrich(normalized[next++ & (STORIES - 1)]);
    }

    @Benchmark
    public Article pipeline() {
        return pipeline.process(raws[next++ & (STORIES - 1)]);
    }
}
