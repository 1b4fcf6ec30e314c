package io.newswire.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.newswire.broker.EmbeddedKafkaBroker;
import io.newswire.enrich.api.Pipelines;
import io.newswire.kafka.NewswireConfig;
import io.newswire.kafka.NewswireTopics;
import io.newswire.kafka.TopicAdmin;
import io.newswire.model.ArticleIds;
import io.newswire.model.Json;
import io.newswire.model.RawArticle;
import io.newswire.streams.NewswireTopology;
import io.newswire.streams.StreamsApp;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;

/**
 * End-to-end bench: the same records through embedded broker -&gt; streams app -&gt; output topic,
 * once through the real topology and once through a pass-through topology (decode + encode only),
 * in the same process and run. The ratio of the two is the figure that travels between machines.
 *
 * <p>Throughput: all records are loaded first, then the app starts; articles/s is counted from the
 * first output record to the last, so start-up and rebalancing are excluded; the app's CPU time from its
 * first RUNNING state (or its first output, when that comes first) to the last output, over all articles.
 * Latency: with the app
 * running, records are produced at a steady rate and each output's arrival is compared with the
 * {@code ingestedAt} the producer stamped (same JVM, same clock).
 *
 * <p>Each topology runs with each requested number of stream threads ({@code num.stream.threads}),
 * on topics with enough partitions for the largest, so that 1 and N threads are compared in one run.
 * Each run also counts the CPU time of the app's own threads (stream threads and their clients,
 * not the broker's and not the bench's producer and consumer): what an article costs the app when
 * the broker runs elsewhere.
 */
public final class EndToEndBench {

    /**
     * The pipeline with the duplicates step on, same-event stories included ({@code newswire.duplicates.enabled} and
     * {@code newswire.duplicates.same.event.stories}, docs/STORIES.md).
     */
    static final String DUPLICATES_MODE = "pipeline-duplicates";

    /**
     * The pipeline with the enrich step batched ({@code newswire.enrich.batch.size} 16 or 32, max wait 20 ms): the A/B
     * of batching against {@code pipeline} (size 1), in the same rounds.
     */
    static final String BATCH_MODE_PREFIX = "pipeline-batch";

    /**
     * The pipeline with batches of up to 32 enriched also as soon as the task has nothing more to process
     * ({@code newswire.enrich.batch.flush.when.idle}, max wait 20 ms): issue #17's A/B against {@code pipeline} and
     * {@code pipeline-batch32}.
     */
    static final String ADAPTIVE_MODE = "pipeline-adaptive";

    /** Modes, in the order a round runs them (reversed every other round). */
    public static final List<String> MODES = List.of("pass-through", "pipeline-no-stats", "pipeline", DUPLICATES_MODE,
            BATCH_MODE_PREFIX + 16, BATCH_MODE_PREFIX + 32, ADAPTIVE_MODE);

    /** What runs without {@code --modes}: every mode but the batched ones, which are asked for by name. */
    public static final List<String> DEFAULT_MODES = MODES.subList(0, 4);

    /** The enrich batch size of a mode: N for {@code pipeline-batchN}, else 1. */
    static int enrichBatch(String mode) {
        if (mode.equals(ADAPTIVE_MODE)) {
            return 32;
        }
        return mode.startsWith(BATCH_MODE_PREFIX) ? Integer.parseInt(mode.substring(BATCH_MODE_PREFIX.length())) : 1;
    }

    /**
     * What to run. {@code records} are the throughput inputs; latency uses synthetic stories.
     *
     * @param rounds     how many times each topology runs; rounds alternate the order (A B C, C B A, ...)
     *                   so that warm-up and drift do not favour one, and each mode reports its median run
     * @param threads    the stream thread counts to compare, each at least 1 (e.g. 1 and 2)
     * @param partitions partitions of the bench topics; 0 picks {@link #partitionsFor}; never fewer than
     *                   the largest thread count, since a thread without a partition has nothing to do
     */
    public record Options(List<RawArticle> records, int latencyArticles, int latencyRate, String guarantee,
            int rounds, List<Integer> threads, int partitions, List<String> modes) {
        public Options {
            records = List.copyOf(records);
            threads = List.copyOf(threads);
            modes = List.copyOf(modes);
            if (modes.isEmpty() || !MODES.containsAll(modes)) {
                throw new IllegalArgumentException("modes must be some of " + MODES + ", were " + modes);
            }
            if (rounds < 1) {
                throw new IllegalArgumentException("rounds must be at least 1, was " + rounds);
            }
            if (threads.isEmpty() || threads.stream().anyMatch(t -> t < 1)) {
                throw new IllegalArgumentException("thread counts must be at least 1, were " + threads);
            }
            if (threads.stream().distinct().count() != threads.size()) {
                throw new IllegalArgumentException("thread counts must differ, were " + threads);
            }
            int most = threads.stream().mapToInt(Integer::intValue).max().orElseThrow();
            if (partitions != 0 && partitions < most) {
                throw new IllegalArgumentException("partitions (" + partitions + ") must be at least the largest "
                        + "thread count (" + most + "): a stream thread without a partition stays idle");
            }
            if (partitions < 0) {
                throw new IllegalArgumentException("partitions must be positive or 0 (automatic), was " + partitions);
            }
        }

        /** The {@link #DEFAULT_MODES}. */
        public Options(List<RawArticle> records, int latencyArticles, int latencyRate, String guarantee,
                int rounds, List<Integer> threads, int partitions) {
            this(records, latencyArticles, latencyRate, guarantee, rounds, threads, partitions, DEFAULT_MODES);
        }

        public Options(List<RawArticle> records, int latencyArticles, int latencyRate, String guarantee, int rounds) {
            this(records, latencyArticles, latencyRate, guarantee, rounds, List.of(1), 0);
        }

        public Options(List<RawArticle> records, int latencyArticles, int latencyRate, String guarantee) {
            this(records, latencyArticles, latencyRate, guarantee, 1);
        }

        /** The partitions the topics get: the explicit number, or {@link #partitionsFor} the thread counts. */
        public int effectivePartitions() {
            return partitions > 0 ? partitions : partitionsFor(threads);
        }
    }

    /**
     * One topology's figures.
     *
     * @param cpuMicrosPerArticle CPU time of the app's threads (stream threads and their Kafka clients)
     *                            per article, from the app's first RUNNING state (or first output, when
     *                            that comes first) to the last article's output; NaN where the JVM cannot
     *                            measure it
     */
    public record ModeResult(String mode, int threads, int articles, double articlesPerSecond, double p50Millis,
            double p95Millis, double p99Millis, double maxMillis, double cpuMicrosPerArticle) {
    }

    /**
     * The three topologies at one thread count.
     *
     * @param throughputRatio pipeline / pass-through articles/s, both measured here
     * @param statsCost       what the windowed statistics cost: {@code 1 - pipeline / pipelineNoStats}
     * @param cpuRatio        pass-through / pipeline app CPU per article: the throughput ratio to expect
     *                        where the broker runs on other cores and the app's threads have theirs to themselves
     */
    public record ThreadsResult(int threads, ModeResult passThrough, ModeResult pipelineNoStats, ModeResult pipeline,
            double throughputRatio, double statsCost, double cpuRatio) {
    }

    /** Every thread count's medians, the settings and every single run in the order run. */
    public record Result(List<ThreadsResult> byThreads, Map<String, String> settings, List<ModeResult> runs) {
        public Result {
            byThreads = List.copyOf(byThreads);
            settings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(settings));
            runs = List.copyOf(runs);
        }
    }

    private EndToEndBench() {
    }

    public static List<RawArticle> synthetic(int n) {
        List<RawArticle> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(SyntheticStories.story(42, i, null));
        }
        return out;
    }

    /** 1 and the number of cores, or only 1 on a single core: the default comparison. */
    public static List<Integer> defaultThreads() {
        int cores = Runtime.getRuntime().availableProcessors();
        return cores > 1 ? List.of(1, cores) : List.of(1);
    }

    /**
     * Partitions that spread evenly over every compared thread count: the smallest common multiple
     * of the thread counts that is at least the project's default partitions. With 3 partitions
     * and 2 threads one thread would hold two of them and the other one, and the comparison would
     * measure that imbalance rather than the second thread.
     */
    public static int partitionsFor(List<Integer> threads) {
        long lcm = 1;
        for (int t : threads) {
            lcm = lcm / gcd(lcm, t) * t;
        }
        long partitions = lcm;
        while (partitions < NewswireConfig.DEFAULT_PARTITIONS) {
            partitions += lcm;
        }
        if (partitions > 10_000) {
            throw new IllegalArgumentException("no even partition count below 10,000 for threads " + threads
                    + "; pass --partitions");
        }
        return (int) partitions;
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    /** Most warm-up runs before the timed rounds. */
    static final int MAX_WARMUPS = 16;
    /** A warm-up run whose app CPU per article is within this share of the run before leaves the JVM warm. */
    static final double WARM_TOLERANCE = 0.05;
    /**
     * ... provided the JIT compilers took at most this share of the process's CPU in that run. Two warm-ups
     * in a row can cost the same while the compilers are still busy: on 2026-12-02 (s46) warm-ups 2 and 3 read
     * 3,117 and 3,056 µs an article with the JIT at 36-37% of the process, the bench called that settled, and
     * the first timed round still had the JIT at 1,180 µs an article (p99 808 ms against 182-292 ms in the
     * warm rounds); in warm rounds the JIT is 2-10% of the process.
     */
    static final double WARM_MAX_JIT_SHARE = 0.15;

    /**
     * Whether the app's CPU per article has settled: {@code current} is within {@code tolerance} of {@code
     * previous}, or either is unknown (NaN: nothing better to wait for after the first run).
     */
    static boolean settled(double previous, double current, double tolerance) {
        if (Double.isNaN(current)) {
            return true;
        }
        return !Double.isNaN(previous) && Math.abs(current - previous) <= tolerance * previous;
    }

    /**
     * Whether the JVM is warm: the app's CPU per article has {@linkplain #settled settled} and the JIT compilers'
     * share of the process's CPU in the last run ({@code jitShare}, 0-1; NaN where it cannot be read) is at most
     * {@code maxJitShare}.
     */
    static boolean warm(double previous, double current, double tolerance, double jitShare, double maxJitShare) {
        return settled(previous, current, tolerance) && (Double.isNaN(jitShare) || jitShare <= maxJitShare);
    }

    public static Result run(Options options, PrintStream log) throws Exception {
        Path work = Files.createTempDirectory("newswire-bench-");
        int partitions = options.effectivePartitions();
        // No time retention: enriched records carry their publication time, months old for the
        // synthetic stories, and the broker's retention check (every 5 minutes) would otherwise
        // delete a running app's active segments and its transactional producers' state with them.
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().port(0).dataDir(work.resolve("kafka"))
                .brokerProperty("log.retention.ms", "-1").build()) {
            broker.start();
            // Warm-up: JIT the enrichment code and the clients, untimed. Entities and geo need a few
            // thousand articles before C2 has compiled their hot loops. With the duplicates step among the
            // modes the warm-up runs it too: warmed without it, the step's first run paid its JIT warm-up
            // and read x2.0 of the pipeline where its warm runs read x1.7 (s32).
            // Repeated until the app's CPU per article settles (within WARM_TOLERANCE of the run before, at most
            // MAX_WARMUPS runs): after one run of 3,000 articles the JIT compilers still took 683-740 µs an
            // article in the first two timed pipeline rounds and 30-43 µs from the fourth on (s34), so the
            // medians mixed a warming JVM with a warm one. Each run logs the compilers' share of the process.
            double previous = Double.NaN;
            for (int w = 1; w <= MAX_WARMUPS; w++) {
                long[] before = AppCpu.jitAndProcessNanos();
                ModeResult warmup = runMode("warmup", true, options.threads().get(0), partitions, broker, work,
                        options.records().subList(0, Math.min(3000, options.records().size())), 0, 1,
                        options.guarantee(), log, options.modes().contains(DUPLICATES_MODE));
                long[] after = AppCpu.jitAndProcessNanos();
                long jit = before[0] < 0 || after[0] < 0 ? -1 : after[0] - before[0];
                long process = before[1] < 0 || after[1] < 0 ? -1 : after[1] - before[1];
                double jitShare = jit < 0 || process <= 0 ? Double.NaN : (double) jit / process;
                log.printf(java.util.Locale.ROOT, "bench warmup %d: app CPU %.0f µs/article, JIT %.0f%% of the "
                        + "process's CPU%n", w, warmup.cpuMicrosPerArticle(), 100 * jitShare);
                if (warm(previous, warmup.cpuMicrosPerArticle(), WARM_TOLERANCE, jitShare, WARM_MAX_JIT_SHARE)) {
                    break;
                }
                previous = warmup.cpuMicrosPerArticle();
            }
            List<Map.Entry<Integer, String>> combos = new ArrayList<>();
            for (int threads : options.threads()) {
                for (String mode : MODES) {
                    if (options.modes().contains(mode)) {
                        combos.add(Map.entry(threads, mode));
                    }
                }
            }
            Map<Map.Entry<Integer, String>, List<ModeResult>> byCombo = new LinkedHashMap<>();
            List<ModeResult> runs = new ArrayList<>();
            for (int round = 0; round < options.rounds(); round++) {
                List<Map.Entry<Integer, String>> order = new ArrayList<>(combos);
                if (round % 2 == 1) {
                    java.util.Collections.reverse(order);
                }
                for (Map.Entry<Integer, String> combo : order) {
                    String mode = combo.getValue();
                    ModeResult r = runMode(mode, !mode.equals("pass-through"), combo.getKey(), partitions, broker,
                            work, options.records(), options.latencyArticles(), options.latencyRate(),
                            options.guarantee(), log);
                    byCombo.computeIfAbsent(combo, c -> new ArrayList<>()).add(r);
                    runs.add(r);
                }
            }
            List<ThreadsResult> byThreads = new ArrayList<>();
            for (int threads : options.threads()) {
                // a mode left out (--modes) is null, and so is every ratio it takes part in
                ModeResult pass = median(byCombo.get(Map.entry(threads, MODES.get(0))));
                ModeResult noStats = median(byCombo.get(Map.entry(threads, MODES.get(1))));
                ModeResult full = median(byCombo.get(Map.entry(threads, MODES.get(2))));
                byThreads.add(new ThreadsResult(threads, pass, noStats, full,
                        full == null || pass == null ? Double.NaN : full.articlesPerSecond() / pass.articlesPerSecond(),
                        full == null || noStats == null ? Double.NaN
                                : 1 - full.articlesPerSecond() / noStats.articlesPerSecond(),
                        full == null || pass == null ? Double.NaN
                                : pass.cpuMicrosPerArticle() / full.cpuMicrosPerArticle()));
            }
            Map<String, String> settings = new LinkedHashMap<>();
            settings.put("articles", Integer.toString(options.records().size()));
            settings.put("meanArticleBytes", Long.toString(options.records().stream()
                    .mapToLong(r -> r.body().length()).sum() / Math.max(1, options.records().size())));
            settings.put("latencyArticles", Integer.toString(options.latencyArticles()));
            settings.put("latencyRatePerSecond", Integer.toString(options.latencyRate()));
            settings.put("processingGuarantee", options.guarantee());
            settings.put("partitions", Integer.toString(partitions));
            settings.put("streamThreads", options.threads().toString());
            settings.put("rounds", Integer.toString(options.rounds()));
            settings.put("cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
            settings.put("java", System.getProperty("java.version"));
            return new Result(byThreads, settings, runs);
        } finally {
            deleteTree(work);
        }
    }

    /** The human-readable report {@code newswire bench} prints. */
    public static void print(Result result, PrintStream out) {
        out.printf(Locale.ROOT, "settings: %s%n", result.settings());
        out.printf(Locale.ROOT, "each line: the median of %s runs (every run is on stderr)%n",
                result.settings().get("rounds"));
        out.printf(Locale.ROOT, "%-7s %-18s %11s %9s %9s %9s %9s %13s%n", "threads", "topology", "articles/s",
                "p50 ms", "p95 ms", "p99 ms", "max ms", "app CPU µs/a");
        for (ThreadsResult t : result.byThreads()) {
            for (ModeResult m : java.util.stream.Stream.of(t.passThrough(), t.pipelineNoStats(), t.pipeline())
                    .filter(java.util.Objects::nonNull).toList()) {
                out.printf(Locale.ROOT, "%-7d %-18s %11.0f %9.1f %9.1f %9.1f %9.1f %13.0f%n", t.threads(), m.mode(),
                        m.articlesPerSecond(), m.p50Millis(), m.p95Millis(), m.p99Millis(), m.maxMillis(),
                        m.cpuMicrosPerArticle());
            }
        }
        for (ThreadsResult t : result.byThreads()) {
            List<ModeResult> dups = result.runs().stream()
                    .filter(r -> r.threads() == t.threads() && r.mode().equals(DUPLICATES_MODE)).toList();
            if (dups.isEmpty() || t.pipeline() == null) {
                continue;
            }
            ModeResult dup = median(dups);
            out.printf(Locale.ROOT, "%-7d %-18s %11.0f %9.1f %9.1f %9.1f %9.1f %13.0f%n", t.threads(), dup.mode(),
                    dup.articlesPerSecond(), dup.p50Millis(), dup.p95Millis(), dup.p99Millis(), dup.maxMillis(),
                    dup.cpuMicrosPerArticle());
            out.printf(Locale.ROOT, "threads %d: duplicates step (pipeline-duplicates / pipeline): throughput x%.3f, "
                    + "app CPU per article x%.3f, p99 latency x%.2f%n", t.threads(),
                    dup.articlesPerSecond() / t.pipeline().articlesPerSecond(),
                    dup.cpuMicrosPerArticle() / t.pipeline().cpuMicrosPerArticle(),
                    dup.p99Millis() / t.pipeline().p99Millis());
        }
        for (ThreadsResult t : result.byThreads()) {
            for (String mode : MODES.subList(4, MODES.size())) {
                List<ModeResult> batched = result.runs().stream()
                        .filter(r -> r.threads() == t.threads() && r.mode().equals(mode)).toList();
                if (batched.isEmpty()) {
                    continue;
                }
                ModeResult b = median(batched);
                out.printf(Locale.ROOT, "%-7d %-18s %11.0f %9.1f %9.1f %9.1f %9.1f %13.0f%n", t.threads(), b.mode(),
                        b.articlesPerSecond(), b.p50Millis(), b.p95Millis(), b.p99Millis(), b.maxMillis(),
                        b.cpuMicrosPerArticle());
                if (t.pipeline() == null) {
                    // run without the one-at-a-time pipeline (--modes): its median line, and the ratio to
                    // pass-through, which does not need it
                    if (t.passThrough() != null) {
                        out.printf(Locale.ROOT, "threads %d: throughput ratio (%s / pass-through) %.3f%n", t.threads(),
                                mode, b.articlesPerSecond() / t.passThrough().articlesPerSecond());
                    }
                    continue;
                }
                out.printf(Locale.ROOT, "threads %d: %s / pipeline: throughput x%.3f, app CPU per article x%.3f, p99 "
                        + "latency x%.2f%s%n", t.threads(), mode, b.articlesPerSecond() / t.pipeline().articlesPerSecond(),
                        b.cpuMicrosPerArticle() / t.pipeline().cpuMicrosPerArticle(),
                        b.p99Millis() / t.pipeline().p99Millis(), t.passThrough() == null ? "" : String.format(
                                Locale.ROOT, "; throughput ratio (%s / pass-through) %.3f", mode,
                                b.articlesPerSecond() / t.passThrough().articlesPerSecond()));
            }
        }
        for (ThreadsResult t : result.byThreads()) {
            out.printf(Locale.ROOT, "threads %d: throughput ratio (pipeline / pass-through) %.3f; windowed statistics "
                    + "cost (1 - pipeline / pipeline-no-stats) %.1f%%; app-CPU ratio (pass-through / pipeline CPU "
                    + "per article, the ratio with the broker on other cores) %.3f%n",
                    t.threads(), t.throughputRatio(), 100 * t.statsCost(), t.cpuRatio());
        }
        ThreadsResult first = result.byThreads().get(0);
        if (first.passThrough() == null || first.pipelineNoStats() == null || first.pipeline() == null) {
            return;
        }
        for (ThreadsResult t : result.byThreads().subList(1, result.byThreads().size())) {
            out.printf(Locale.ROOT, "threads %d vs %d: pass-through x%.2f, pipeline-no-stats x%.2f, pipeline x%.2f%n",
                    t.threads(), first.threads(),
                    t.passThrough().articlesPerSecond() / first.passThrough().articlesPerSecond(),
                    t.pipelineNoStats().articlesPerSecond() / first.pipelineNoStats().articlesPerSecond(),
                    t.pipeline().articlesPerSecond() / first.pipeline().articlesPerSecond());
        }
    }

    static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** The run with the median throughput (the lower middle one for an even count). */
    static ModeResult median(List<ModeResult> results) {
        if (results == null) {
            return null;
        }
        List<ModeResult> sorted = new ArrayList<>(results);
        sorted.sort(Comparator.comparingDouble(ModeResult::articlesPerSecond));
        return sorted.get((sorted.size() - 1) / 2);
    }

    /**
     * The bench's settings for one app: its own topics (named after {@code run}), the given stream
     * threads and partitions, exactly-once with a 100 ms commit interval.
     */
    static NewswireConfig config(String bootstrapServers, Path work, String run, boolean stats, int threads,
            int partitions, String guarantee) {
        return config(bootstrapServers, work, run, stats, threads, partitions, guarantee, false);
    }

    /** As above, with the duplicates step (same-event stories included) on or off. */
    static NewswireConfig config(String bootstrapServers, Path work, String run, boolean stats, int threads,
            int partitions, String guarantee, boolean duplicates) {
        return config(bootstrapServers, work, run, stats, threads, partitions, guarantee, duplicates, 1);
    }

    /** As above, with the enrich step batched ({@code newswire.enrich.batch.size}) when {@code enrichBatch} is over 1. */
    static NewswireConfig config(String bootstrapServers, Path work, String run, boolean stats, int threads,
            int partitions, String guarantee, boolean duplicates, int enrichBatch) {
        return config(bootstrapServers, work, run, stats, threads, partitions, guarantee, duplicates, enrichBatch,
                false);
    }

    /** As above, with batches also enriched when their task has nothing more to process when {@code whenIdle}. */
    static NewswireConfig config(String bootstrapServers, Path work, String run, boolean stats, int threads,
            int partitions, String guarantee, boolean duplicates, int enrichBatch, boolean whenIdle) {
        return NewswireConfig.from(Map.ofEntries(
                Map.entry(NewswireConfig.ENRICH_BATCH_SIZE, Integer.toString(enrichBatch)),
                Map.entry(NewswireConfig.ENRICH_BATCH_MAX_WAIT_MS, "20"),
                Map.entry(NewswireConfig.ENRICH_BATCH_FLUSH_WHEN_IDLE, Boolean.toString(whenIdle)),
                Map.entry(NewswireConfig.DUPLICATES_ENABLED, Boolean.toString(duplicates)),
                Map.entry(NewswireConfig.DUPLICATES_SAME_EVENT_STORIES, Boolean.toString(duplicates)),
                Map.entry(NewswireConfig.BOOTSTRAP_SERVERS, bootstrapServers),
                Map.entry(NewswireConfig.APPLICATION_ID, "bench-" + run),
                Map.entry(NewswireConfig.TOPIC_RAW, NewswireTopics.DEFAULT_RAW + "." + run),
                Map.entry(NewswireConfig.TOPIC_ENRICHED, NewswireTopics.DEFAULT_ENRICHED + "." + run),
                Map.entry(NewswireConfig.TOPIC_DLQ, NewswireTopics.DEFAULT_DLQ + "." + run),
                Map.entry(NewswireConfig.TOPIC_STATS, NewswireTopics.DEFAULT_STATS + "." + run),
                Map.entry(NewswireConfig.TOPIC_PARTITIONS, Integer.toString(partitions)),
                Map.entry(NewswireConfig.STATS_ENABLED, Boolean.toString(stats)),
                Map.entry(StreamsConfig.NUM_STREAM_THREADS_CONFIG, Integer.toString(threads)),
                Map.entry(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, guarantee),
                Map.entry(StreamsConfig.STATE_DIR_CONFIG, work.resolve("streams").toString()),
                Map.entry(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, "100")));
    }

    /** The real topology with the standard pipeline, as {@code newswire pipeline} runs it (without the ops observer). */
    static Topology pipelineTopology(NewswireConfig config) {
        return NewswireTopology.build(config, Pipelines.standard());
    }

    private static ModeResult runMode(String mode, boolean enrich, int threads, int partitions,
            EmbeddedKafkaBroker broker, Path work, List<RawArticle> records, int latencyArticles, int latencyRate,
            String guarantee, PrintStream log) throws Exception {
        return runMode(mode, enrich, threads, partitions, broker, work, records, latencyArticles, latencyRate, guarantee,
                log, mode.equals(DUPLICATES_MODE));
    }

    private static ModeResult runMode(String mode, boolean enrich, int threads, int partitions,
            EmbeddedKafkaBroker broker, Path work, List<RawArticle> records, int latencyArticles, int latencyRate,
            String guarantee, PrintStream log, boolean duplicates) throws Exception {
        String run = mode.replace("-", "") + threads + "t" + System.nanoTime();
        NewswireConfig config = config(broker.bootstrapServers(), work, run, !mode.endsWith("no-stats"), threads, partitions, guarantee,
                duplicates, enrichBatch(mode), mode.equals(ADAPTIVE_MODE));
        BatchSizes batches = new BatchSizes();
        TopicAdmin.ensureTopics(config);
        awaitTopics(broker, run);
        String output = config.topics().enriched().name();
        try (KafkaProducer<String, byte[]> producer = producer(broker)) {
            for (RawArticle r : records) {
                RawArticle stamped = r.withIngestedAt(Instant.now());
                producer.send(new ProducerRecord<>(config.topics().raw().name(), ArticleIds.of(stamped),
                        Json.toBytes(stamped)));
            }
            producer.flush();

            Topology topology = enrich
                    ? NewswireTopology.build(config, Pipelines.standard(), batches)
                    : NewswireTopology.buildPassThrough(config, output);
            Properties props = StreamsApp.streamsProperties(config);
            try (KafkaStreams streams = new KafkaStreams(topology, props);
                    KafkaConsumer<byte[], byte[]> consumer = consumer(broker, output)) {
                // App CPU is counted from the app's first RUNNING or its first output record, whichever
                // comes first. From the first output alone, a topology that holds articles back before
                // its first output (the duplicates step parks each article until its turn is decided)
                // had done much of its work unseen, and the step looked cheaper per article than the
                // pipeline without it (s24, s25). The client turns RUNNING only when all its threads
                // are; a fast topology can be done with its first articles before that.
                java.util.concurrent.atomic.AtomicLong cpuAtRunning = new java.util.concurrent.atomic.AtomicLong(Long.MIN_VALUE);
                // The same instant's CPU of every thread group, for the split printed after the run.
                java.util.concurrent.atomic.AtomicReference<AppCpu.Split> splitAtRunning =
                        new java.util.concurrent.atomic.AtomicReference<>();
                streams.setStateListener((newState, oldState) -> {
                    if (newState == KafkaStreams.State.RUNNING) {
                        startCpu(cpuAtRunning, splitAtRunning, config.applicationId());
                    }
                });
                streams.start();
                long first = -1;
                long last = -1;
                int seen = 0;
                long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
                while (seen < records.size() && System.nanoTime() < deadline) {
                    for (ConsumerRecord<byte[], byte[]> ignored : consumer.poll(Duration.ofMillis(100))) {
                        long now = System.nanoTime();
                        if (first < 0) {
                            first = now;
                            startCpu(cpuAtRunning, splitAtRunning, config.applicationId());
                        }
                        last = now;
                        seen++;
                    }
                }
                long cpuStart = cpuAtRunning.get();
                long cpu = cpuStart == Long.MIN_VALUE || cpuStart < 0 ? -1 : AppCpu.nanos(config.applicationId()) - cpuStart;
                AppCpu.Split split = splitAtRunning.get() == null ? null
                        : AppCpu.split(config.applicationId()).minus(splitAtRunning.get());
                if (seen < records.size()) {
                    throw new IllegalStateException(mode + ": only " + seen + " of " + records.size() + " arrived");
                }
                double seconds = Math.max(1e-9, (last - first) / 1e9);
                double perSecond = (records.size() - 1) / seconds;
                // The app's work on the articles, from its first RUNNING (or first output) to the last output.
                double cpuMicros = cpu < 0 ? Double.NaN : cpu / 1e3 / records.size();

                BatchSizes.Snapshot throughputBatches = batches.snapshot();
                double[] latencies = measureLatency(producer, consumer, config, latencyArticles, latencyRate);
                BatchSizes.Snapshot latencyBatches = batches.snapshot().minus(throughputBatches);
                ModeResult result = new ModeResult(mode, threads, records.size(), perSecond, percentile(latencies, 50),
                        percentile(latencies, 95), percentile(latencies, 99), percentile(latencies, 100), cpuMicros);
                log.printf(Locale.ROOT, "bench %-18s threads %d %8.0f articles/s  latency p50 %6.1f ms  p95 %6.1f ms  "
                        + "p99 %6.1f ms  app CPU %5.0f µs/article%n", mode, threads, result.articlesPerSecond(),
                        result.p50Millis(), result.p95Millis(), result.p99Millis(), result.cpuMicrosPerArticle());
                if (split != null) {
                    log.printf(Locale.ROOT, "bench cpu %-14s threads %d  %s%n", mode, threads,
                            split.perArticle(records.size()));
                }
                if (config.enrichBatch().batched()) {
                    // Counted by the enrich step from the app's start, warm-up records included in the first phase.
                    log.printf(Locale.ROOT, "bench batches %-10s threads %d  throughput phase: %s; latency phase: %s%n",
                            mode, threads, throughputBatches, latencyBatches);
                }
                logTopics(broker, run, records.size() + latencyArticles, log);
                streams.close(Duration.ofSeconds(30));
                return result;
            }
        }
    }

    /** Takes the run's starting readings, once: at the app's first RUNNING or its first output, whichever is first. */
    private static void startCpu(java.util.concurrent.atomic.AtomicLong cpuAtRunning,
            java.util.concurrent.atomic.AtomicReference<AppCpu.Split> splitAtRunning, String applicationId) {
        if (cpuAtRunning.compareAndSet(Long.MIN_VALUE, AppCpu.nanos(applicationId))) {
            splitAtRunning.set(AppCpu.split(applicationId));
        }
    }

    /**
     * Waits until the broker describes every partition of the run's topics with a leader: a topic created a
     * moment ago can still be missing from the metadata the app's consumers read when they join, and Kafka
     * Streams then stops the client (MissingSourceTopicException; it ended one bench run of the duplicates step,
     * whose app has three topics of its own).
     */
    private static void awaitTopics(EmbeddedKafkaBroker broker, String run) throws Exception {
        Properties p = new Properties();
        p.put(org.apache.kafka.clients.admin.AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        try (org.apache.kafka.clients.admin.Admin admin = org.apache.kafka.clients.admin.Admin.create(p)) {
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (true) {
                List<String> names = admin.listTopics().names().get().stream().filter(n -> n.contains(run)).toList();
                boolean ready = !names.isEmpty() && admin.describeTopics(names).allTopicNames().get().values().stream()
                        .allMatch(d -> d.partitions().stream().allMatch(pi -> pi.leader() != null));
                if (ready || System.nanoTime() > deadline) {
                    return;
                }
                Thread.sleep(100);
            }
        }
    }

    /**
     * Records and bytes per article on every topic of one run (its own topics, the app's internal topics and
     * changelogs), on stderr: where the broker and client work of a topology goes. Records are the end offsets
     * (the purge of consumed records moves only the start), bytes what the broker's log directories hold
     * (compressed batches, as written; a purge that deleted whole segments makes them lower).
     */
    private static void logTopics(EmbeddedKafkaBroker broker, String run, int articles, PrintStream log) {
        Properties p = new Properties();
        p.put(org.apache.kafka.clients.admin.AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        try (org.apache.kafka.clients.admin.Admin admin = org.apache.kafka.clients.admin.Admin.create(p)) {
            List<String> names = admin.listTopics(new org.apache.kafka.clients.admin.ListTopicsOptions().listInternal(true))
                    .names().get().stream().filter(n -> n.contains(run)).sorted().toList();
            Map<String, org.apache.kafka.clients.admin.TopicDescription> described =
                    admin.describeTopics(names).allTopicNames().get();
            Map<TopicPartition, org.apache.kafka.clients.admin.OffsetSpec> latest = new LinkedHashMap<>();
            described.values().forEach(d -> d.partitions().forEach(pi -> latest.put(
                    new TopicPartition(d.name(), pi.partition()), org.apache.kafka.clients.admin.OffsetSpec.latest())));
            Map<TopicPartition, org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo> ends =
                    admin.listOffsets(latest, new org.apache.kafka.clients.admin.ListOffsetsOptions(
                            org.apache.kafka.common.IsolationLevel.READ_UNCOMMITTED)).all().get();
            Map<String, Long> bytes = new LinkedHashMap<>();
            admin.describeLogDirs(List.of(1)).allDescriptions().get().values().forEach(dirs -> dirs.values()
                    .forEach(dir -> dir.replicaInfos().forEach((tp, info) -> bytes.merge(tp.topic(), info.size(),
                            Long::sum))));
            for (String name : names) {
                long records = ends.entrySet().stream().filter(e -> e.getKey().topic().equals(name))
                        .mapToLong(e -> e.getValue().offset()).sum();
                long size = bytes.getOrDefault(name, 0L);
                log.printf(Locale.ROOT, "bench topic %-60s records %7d (%.2f an article, markers included) bytes %10d "
                        + "(%.0f an article)%n", name.replace(run, "<run>"), records, records / (double) articles, size,
                        size / (double) articles);
            }
        } catch (Exception e) {
            log.printf(Locale.ROOT, "bench topic statistics failed: %s%n", e);
        }
    }

    private static double[] measureLatency(KafkaProducer<String, byte[]> producer,
            KafkaConsumer<byte[], byte[]> consumer, NewswireConfig config, int count, int rate) {
        if (count <= 0) {
            return new double[0];
        }
        double[] latencies = new double[count];
        int received = 0;
        long intervalNanos = 1_000_000_000L / Math.max(1, rate);
        long next = System.nanoTime();
        int sent = 0;
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (received < count && System.nanoTime() < deadline) {
            while (sent < count && System.nanoTime() >= next) {
                RawArticle r = SyntheticStories.story(7, 1_000_000 + sent, Instant.now());
                producer.send(new ProducerRecord<>(config.topics().raw().name(), ArticleIds.of(r), Json.toBytes(r)));
                sent++;
                next += intervalNanos;
            }
            producer.flush();
            for (ConsumerRecord<byte[], byte[]> rec : consumer.poll(Duration.ofMillis(5))) {
                Instant now = Instant.now();
                try {
                    JsonNode node = Json.mapper().readTree(rec.value());
                    Instant ingested = Instant.parse(node.get("ingestedAt").asText());
                    if (received < count) {
                        latencies[received++] = Duration.between(ingested, now).toNanos() / 1e6;
                    }
                } catch (IOException e) {
                    throw new IllegalStateException("unreadable bench output", e);
                }
            }
        }
        return Arrays.copyOf(latencies, received);
    }

    static double percentile(double[] values, double p) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int idx = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, idx))];
    }

    static KafkaProducer<String, byte[]> producer(EmbeddedKafkaBroker broker) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.LINGER_MS_CONFIG, 1);
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        return new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
    }

    static KafkaConsumer<byte[], byte[]> consumer(EmbeddedKafkaBroker broker, String topic) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2_000);
        KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> parts = c.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(i -> new TopicPartition(topic, i.partition())).toList();
        c.assign(parts);
        c.seekToBeginning(parts);
        return c;
    }
}
