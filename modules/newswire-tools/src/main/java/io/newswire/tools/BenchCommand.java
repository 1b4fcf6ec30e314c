package io.newswire.tools;

import io.newswire.bench.EndToEndBench;
import io.newswire.ingest.ArticleReader;
import io.newswire.ingest.IngestItem;
import io.newswire.model.ArticleLimits;
import io.newswire.model.InvalidArticleException;
import io.newswire.model.Json;
import io.newswire.model.RawArticle;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "End-to-end bench on an embedded broker: N articles through the real pipeline and through a "
                + "pass-through topology (decode + encode only) in the same run; prints articles/s, latency "
                + "percentiles and the throughput ratio (pipeline / pass-through).")
final class BenchCommand implements Callable<Integer> {

    @Option(names = {"-n", "--articles"}, defaultValue = "20000",
            description = "Synthetic ~3 KB wire stories to push (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--input", paramLabel = "DIR", description = "Use these articles (any ingest input) instead "
            + "of synthetic ones; they are repeated up to --articles.")
    Path input;

    @Option(names = "--latency-articles", defaultValue = "2000",
            description = "Articles for the latency phase (default: ${DEFAULT-VALUE}).")
    int latencyArticles;

    @Option(names = "--latency-rate", defaultValue = "500",
            description = "Articles per second offered in the latency phase (default: ${DEFAULT-VALUE}).")
    int latencyRate;

    @Option(names = "--guarantee", defaultValue = "exactly_once_v2",
            description = "processing.guarantee for both runs (default: ${DEFAULT-VALUE}).")
    String guarantee;

    @Option(names = "--rounds", defaultValue = "3",
            description = "Runs of each topology, in alternating order; each reports its median (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--json", description = "Print the result as JSON on stdout.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        List<RawArticle> records = input == null ? EndToEndBench.synthetic(articles) : load(input, articles);
        EndToEndBench.Result result = EndToEndBench.run(
                new EndToEndBench.Options(records, latencyArticles, latencyRate, guarantee, rounds), System.err);
        if (json) {
            System.out.println(Json.toPrettyJson(result));
        } else {
            System.out.printf("articles: %d, settings: %s%n", records.size(), result.settings());
            System.out.printf("each line: the median of %d runs (every run is on stderr)%n", rounds);
            for (EndToEndBench.ModeResult m : List.of(result.passThrough(), result.pipelineNoStats(),
                    result.pipeline())) {
                System.out.printf("%-18s %9.0f articles/s   latency p50 %7.1f ms  p95 %7.1f ms  p99 %7.1f ms  max %7.1f ms%n",
                        m.mode(), m.articlesPerSecond(), m.p50Millis(), m.p95Millis(), m.p99Millis(), m.maxMillis());
            }
            System.out.printf("throughput ratio (pipeline / pass-through): %.3f%n", result.throughputRatio());
            System.out.printf("windowed statistics cost (1 - pipeline / pipeline-no-stats): %.1f%%%n",
                    100 * result.statsCost());
        }
        return 0;
    }

    private static List<RawArticle> load(Path dir, int n) {
        List<IngestItem> items = new ArrayList<>();
        new ArticleReader(Clock.systemUTC(), ArticleLimits.DEFAULT).read(dir.toString(), items::add);
        List<RawArticle> good = new ArrayList<>();
        for (IngestItem item : items) {
            try {
                good.add(Json.decodeRaw(item.value(), ArticleLimits.DEFAULT));
            } catch (InvalidArticleException e) {
                // The bench measures enrichment; rejected inputs are left out.
            }
        }
        if (good.isEmpty()) {
            throw new IllegalArgumentException("no usable articles in " + dir);
        }
        List<RawArticle> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            RawArticle r = good.get(i % good.size());
            // Distinct ids so that repeats are separate records.
            out.add(r.withId(r.id() + "-" + i));
        }
        return out;
    }
}
