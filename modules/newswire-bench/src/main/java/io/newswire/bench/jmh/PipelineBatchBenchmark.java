package io.newswire.bench.jmh;

import io.newswire.bench.SyntheticStories;
import io.newswire.enrich.ArticlePipeline;
import io.newswire.enrich.PipelineVersion;
import io.newswire.enrich.StandardEnrichers;
import io.newswire.enrich.normalize.StandardNormalizer;
import io.newswire.model.Article;
import io.newswire.model.ArticleIds;
import io.newswire.model.RawArticle;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The standard pipeline over the {@link StagesBenchmark} stories, {@link #ARTICLES} articles a call,
 * scored per article: {@code batch=1} runs {@link ArticlePipeline#process} on each (what
 * {@code StagesBenchmark -p stage=pipeline} measures), a larger {@code batch} runs
 * {@link ArticlePipeline#processAll} on lists of that many, stage by stage, so that each stage's
 * tables and code stay in the processor's caches from one article to the next.
 *
 * <pre>
 * java -cp "modules/newswire-bench/target/classes:$(cat modules/newswire-bench/target/cp.txt)" \
 *      org.openjdk.jmh.Main PipelineBatchBenchmark -prof gc
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 6, time = 4)
@Measurement(iterations = 5, time = 4)
@Fork(1)
public class PipelineBatchBenchmark {

    /** Articles a benchmark call: the scores are articles a second. */
    public static final int ARTICLES = 64;

    private static final int STORIES = 256;

    /** Articles a {@link ArticlePipeline#processAll} call; 1 for {@link ArticlePipeline#process}, one by one. */
    @Param({"1", "16", "64"})
    public int batch;

    private List<RawArticle> raws;
    private ArticlePipeline pipeline;
    private int next;

    @Setup
    public void setUp() {
        pipeline = new ArticlePipeline(PipelineVersion.get(), new StandardNormalizer(), StandardEnrichers.all(),
                Clock.systemUTC());
        raws = new ArrayList<>(STORIES);
        Instant now = Instant.parse("2026-11-23T00:00:00Z");
        for (int i = 0; i < STORIES; i++) {
            RawArticle r = SyntheticStories.story(1, i, now);
            raws.add(r.withId(ArticleIds.of(r)));
        }
        if (ARTICLES % batch != 0 || STORIES % ARTICLES != 0) {
            throw new IllegalArgumentException("batch must divide " + ARTICLES);
        }
    }

    /** {@link #ARTICLES} articles through the whole pipeline, in lists of {@link #batch}. */
    @Benchmark
    @OperationsPerInvocation(ARTICLES)
    public void run(Blackhole out) {
        int from = next;
        next = (next + ARTICLES) & (STORIES - 1);
        for (int i = from; i < from + ARTICLES; i += batch) {
            if (batch == 1) {
                out.consume(pipeline.process(raws.get(i)));
            } else {
                for (Article a : pipeline.processAll(raws.subList(i, i + batch))) {
                    out.consume(a);
                }
            }
        }
    }
}
