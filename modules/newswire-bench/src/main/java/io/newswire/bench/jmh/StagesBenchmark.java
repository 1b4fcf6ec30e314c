package io.newswire.bench.jmh;

import io.newswire.bench.SyntheticStories;
import io.newswire.enrich.ArticlePipeline;
import io.newswire.enrich.PipelineVersion;
import io.newswire.enrich.StandardEnrichers;
import io.newswire.enrich.api.Enricher;
import io.newswire.enrich.api.Normalizer;
import io.newswire.enrich.normalize.StandardNormalizer;
import io.newswire.model.Article;
import io.newswire.model.ArticleIds;
import io.newswire.model.RawArticle;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * The cost of every stage of the standard pipeline, each alone, on the same ~3 KB synthetic wire
 * stories, one thread (one core): {@code stage} is a stage name, and each call runs that stage on
 * an article already processed by every stage before it, as the pipeline would hand it over;
 * {@code pipeline} runs the whole {@link ArticlePipeline} (all stages plus provenance and the
 * final copy). With {@code -prof gc}, {@code gc.alloc.rate.norm} is the bytes allocated per
 * article.
 *
 * <p>The stages are those of the standard pipeline ({@link StandardNormalizer} and
 * {@link StandardEnrichers#all()}, the list a new stage is added to). Run through {@link #main},
 * the {@code stage} values are taken from that list, so a new stage is measured without editing
 * this class; the {@link Param} list below is the same list for runs through
 * {@code org.openjdk.jmh.Main}, and a unit test fails when the two differ.
 *
 * <pre>
 * java -cp "modules/newswire-bench/target/classes:$(cat modules/newswire-bench/target/cp.txt)" \
 *      io.newswire.bench.jmh.StagesBenchmark -prof gc
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class StagesBenchmark {

    /** The {@code stage} value that runs the whole pipeline. */
    public static final String PIPELINE = "pipeline";

    private static final int STORIES = 256;

    /** A stage name of the standard pipeline, or {@link #PIPELINE}. */
    @Param({"normalize", "language", "entities", "geo", "link", "events", "quotes", "keywords", "topics", "tone", PIPELINE})
    public String stage;

    private RawArticle[] raws;
    /** What the measured stage reads: the output of every stage before it. */
    private Article[] inputs;
    private Normalizer normalizer;
    private Enricher enricher;
    private ArticlePipeline pipeline;
    private int next;

    /** The {@code stage} values: every stage of the standard pipeline in order, then {@link #PIPELINE}. */
    public static List<String> stageNames() {
        return Stream.concat(Stream.of(ArticlePipeline.NORMALIZE_STAGE),
                Stream.concat(StandardEnrichers.all().stream().map(Enricher::name), Stream.of(PIPELINE))).toList();
    }

    @Setup
    public void setUp() {
        normalizer = new StandardNormalizer();
        List<Enricher> enrichers = StandardEnrichers.all();
        // The same parts as the standard pipeline, so "pipeline" costs what the stages add up to plus its own work.
        pipeline = new ArticlePipeline(PipelineVersion.get(), normalizer, enrichers, Clock.systemUTC());
        if (!stageNames().contains(stage)) {
            throw new IllegalArgumentException("unknown stage " + stage + "; the stages are " + stageNames());
        }
        raws = new RawArticle[STORIES];
        inputs = new Article[STORIES];
        Instant now = Instant.parse("2026-11-23T00:00:00Z");
        for (int i = 0; i < STORIES; i++) {
            RawArticle r = SyntheticStories.story(1, i, now);
            raws[i] = r.withId(ArticleIds.of(r));
            if (stage.equals(ArticlePipeline.NORMALIZE_STAGE) || stage.equals(PIPELINE)) {
                continue;
            }
            Article a = normalizer.normalize(raws[i], now);
            for (Enricher e : enrichers) {
                if (e.name().equals(stage)) {
                    enricher = e;
                    break;
                }
                a = e.enrich(a);
            }
            inputs[i] = a;
        }
    }

    /** One article through the stage named by {@link #stage} (or the whole pipeline). */
    @Benchmark
    public Article run() {
        int i = next++ & (STORIES - 1);
        if (enricher != null) {
            return enricher.enrich(inputs[i]);
        }
        if (stage.equals(PIPELINE)) {
            return pipeline.process(raws[i]);
        }
        return normalizer.normalize(raws[i], raws[i].ingestedAt());
    }

    /** The articles the measured stage reads, in order (for tests). */
    List<Article> inputs() {
        return new ArrayList<>(java.util.Arrays.asList(inputs));
    }

    /**
     * Runs this benchmark with JMH's usual command-line options ({@code -prof gc}, {@code -wi},
     * {@code -p stage=geo}, ...); without {@code -p stage=...} every stage of the standard pipeline
     * as it is now, plus the whole pipeline.
     */
    public static void main(String[] args) throws Exception {
        CommandLineOptions cli = new CommandLineOptions(args);
        ChainedOptionsBuilder options = new OptionsBuilder().parent(cli);
        if (cli.getIncludes().isEmpty()) {
            options.include(StagesBenchmark.class.getName() + "\\.");
        }
        if (!cli.getParameter("stage").hasValue()) {
            options.param("stage", stageNames().toArray(String[]::new));
        }
        new Runner(options.build()).run();
    }
}
