package io.newswire.tools;

import io.newswire.bench.EndToEndBench;
import io.newswire.bench.SoakBench;
import io.newswire.ingest.ArticleReader;
import io.newswire.ingest.IngestItem;
import io.newswire.model.ArticleLimits;
import io.newswire.model.InvalidArticleException;
import io.newswire.model.Json;
import io.newswire.model.RawArticle;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "End-to-end bench on an embedded broker: N articles through the real pipeline and through a "
                + "pass-through topology (decode + encode only) in the same run; prints articles/s, latency "
                + "percentiles and the throughput ratio (pipeline / pass-through) for each --threads count; "
                + "or, with --soak, a steady-rate run that reports memory every minute.")
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

    @Option(names = "--threads", split = ",", paramLabel = "N[,M...]",
            description = "Stream threads (num.stream.threads) to compare, each topology running with each "
                    + "(default: 1 and the number of cores). With --soak: the largest.")
    List<Integer> threads;

    @Option(names = "--partitions", defaultValue = "0", description = "Partitions of the bench topics, at least "
            + "the largest thread count (default: the smallest multiple of every thread count that is >= 3).")
    int partitions;

    @Option(names = "--modes", split = ",", paramLabel = "MODE[,MODE...]", description = "Run only these "
            + "topologies (pass-through, pipeline-no-stats, pipeline, pipeline-duplicates; default: these four; "
            + "pipeline-batch16 and pipeline-batch32: the pipeline with newswire.enrich.batch.size 16 or 32, each "
            + "compared with pipeline); the ratios a left-out mode takes part in are not printed. With --soak: pipeline-duplicates runs the pipeline with the "
            + "duplicates step on.")
    List<String> modes;

    @Option(names = "--soak", paramLabel = "DURATION", description = "Instead of the comparison: run the pipeline "
            + "at --rate for this long (30m, 90s, 1h) and print memory, throughput and latency every minute; exits 1 "
            + "when memory grew or the app fell behind.")
    String soak;

    @Option(names = "--rate", defaultValue = "500",
            description = "Articles per second offered in a soak (default: ${DEFAULT-VALUE}).")
    int rate;

    @Option(names = "--json", description = "Print the result as JSON on stdout.")
    boolean json;

    @Option(names = "--write-warc", paramLabel = "FILE", description = "Instead of a bench: write a synthetic "
            + "crawl (.warc or .warc.gz; news pages of ~27 KB, images, 404s, request records) of --warc-size, to "
            + "measure `newswire ingest` on it (docs/BENCHMARKS.md).")
    Path writeWarc;

    @Option(names = "--warc-size", defaultValue = "1g", paramLabel = "SIZE",
            description = "Size of the --write-warc file: bytes, or with k, m, g (default: ${DEFAULT-VALUE}).")
    String warcSize;

    @Override
    public Integer call() throws Exception {
        if (writeWarc != null) {
            long records = SyntheticWarc.write(writeWarc, parseSize(warcSize), System.err);
            System.out.printf("%s: %d records%n", writeWarc, records);
            return 0;
        }
        List<Integer> threadCounts = threads == null || threads.isEmpty() ? EndToEndBench.defaultThreads() : threads;
        if (soak != null) {
            SoakBench.Result result = SoakBench.run(new SoakBench.Options(SoakBench.parseDuration(soak), rate,
                    Collections.max(threadCounts), partitions, guarantee,
                    modes != null && modes.contains("pipeline-duplicates")), System.out, System.err);
            return result.memoryFlat() && result.keptUp() ? 0 : 1;
        }
        List<RawArticle> records = input == null ? EndToEndBench.synthetic(articles) : load(input, articles);
        EndToEndBench.Result result = EndToEndBench.run(new EndToEndBench.Options(records, latencyArticles,
                latencyRate, guarantee, rounds, threadCounts, partitions,
                modes == null || modes.isEmpty() ? EndToEndBench.DEFAULT_MODES : modes), System.err);
        if (json) {
            System.out.println(Json.toPrettyJson(result));
        } else {
            EndToEndBench.print(result, System.out);
        }
        return 0;
    }

    static long parseSize(String size) {
        String s = size.strip().toLowerCase(java.util.Locale.ROOT);
        long unit = switch (s.isEmpty() ? ' ' : s.charAt(s.length() - 1)) {
            case 'k' -> 1L << 10;
            case 'm' -> 1L << 20;
            case 'g' -> 1L << 30;
            default -> 1;
        };
        return Long.parseLong(unit == 1 ? s : s.substring(0, s.length() - 1)) * unit;
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
