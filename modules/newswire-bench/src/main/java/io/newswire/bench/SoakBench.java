package io.newswire.bench;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.HotSpotDiagnosticMXBean;
import io.newswire.broker.EmbeddedKafkaBroker;
import io.newswire.model.ArticleIds;
import io.newswire.model.Json;
import io.newswire.model.RawArticle;
import io.newswire.kafka.NewswireConfig;
import io.newswire.kafka.TopicAdmin;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.KafkaStreams;

/**
 * Soak: the standard pipeline (with the windowed statistics) on the embedded broker at a steady
 * rate for a long time, reporting every interval (a minute) the heap after garbage collection, the
 * process's resident memory, articles in and out and the interval's latency percentiles; at the
 * end, whether memory stayed flat over the last {@link Options#window()}.
 *
 * <p>Heap after GC is read from the collectors' own notifications (the heap pools' usage right
 * after each collection); each interval reports the lowest and the last of them. The lowest is the
 * one trended: with G1 the heap after a young collection still holds the old garbage not yet
 * reclaimed by a mixed collection, and the lowest point of an interval is the closest reading of
 * the live set. G1 starts the concurrent marking that lets mixed collections reclaim that garbage
 * only when the old generation nears its (adaptive) threshold, which on a 1 GB heap can take a
 * quarter of an hour: without help the lowest reading climbs for that long and then falls, a saw
 * tooth a 20-minute line cannot judge. So when {@code -XX:+ExplicitGCInvokesConcurrent} is on (as
 * {@code bin/newswire} and the image start the JVM, Kafka's own default), each interval begins with
 * {@code System.gc()}, which then starts a concurrent marking cycle, never a stop-the-world full
 * collection; the mixed collections after it bring the interval's lowest reading down to what is
 * live. Without the flag no collection is requested and the output says the heap figure may hold
 * unreclaimed garbage.
 * Everything in this JVM counts, the embedded broker included, as it would for {@code newswire demo}.
 */
public final class SoakBench {

    /** The fitted change over the window that still counts as flat, as a share of the window's mean. */
    static final double FLAT_TOLERANCE = 0.10;

    private static final Pattern SHORT_DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h)");

    /**
     * @param duration   how long articles are offered
     * @param rate       articles per second offered
     * @param threads    the app's stream threads
     * @param partitions the topics' partitions; 0 is {@link EndToEndBench#partitionsFor} the thread count
     * @param guarantee  {@code processing.guarantee}
     * @param interval   how often a line is printed (a minute)
     * @param window     the trailing span the flatness verdict is taken over (20 minutes, or less in a short soak)
     * @param duplicates whether the duplicates step runs, same-event stories included (the bench's
     *                   {@code pipeline-duplicates} mode): its state is what grows with the articles held
     */
    public record Options(Duration duration, int rate, int threads, int partitions, String guarantee,
            Duration interval, Duration window, boolean duplicates) {
        public Options {
            requireNonNull(duration, "duration");
            requireNonNull(guarantee, "guarantee");
            requireNonNull(interval, "interval");
            requireNonNull(window, "window");
            if (duration.isNegative() || duration.isZero() || interval.isNegative() || interval.isZero()) {
                throw new IllegalArgumentException("soak duration and interval must be positive");
            }
            if (rate < 1 || threads < 1) {
                throw new IllegalArgumentException("rate and threads must be at least 1, were " + rate + " and "
                        + threads);
            }
            if (partitions != 0 && partitions < threads) {
                throw new IllegalArgumentException("partitions (" + partitions + ") must be at least the thread count ("
                        + threads + ")");
            }
        }

        /** A report every minute, memory judged over the last 20 minutes. */
        public Options(Duration duration, int rate, int threads, int partitions, String guarantee) {
            this(duration, rate, threads, partitions, guarantee, false);
        }

        /** A report every minute, memory judged over the last 20 minutes, the duplicates step on or off. */
        public Options(Duration duration, int rate, int threads, int partitions, String guarantee,
                boolean duplicates) {
            this(duration, rate, threads, partitions, guarantee, Duration.ofMinutes(1), Duration.ofMinutes(20),
                    duplicates);
        }
    }

    /**
     * One interval's figures; memory in bytes, -1 where there was no reading (no collection in the
     * interval, or no {@code /proc/self/status}).
     */
    public record Interval(int index, long articlesIn, long articlesOut, double p50Millis, double p99Millis,
            double maxMillis, long heapAfterGcMin, long heapAfterGcLast, int collections, long heapCommitted,
            long rss) {
    }

    /**
     * A least-squares line through one memory series over the window.
     *
     * @param slopeMbPerInterval fitted change per interval (per minute), MB
     * @param changeMb           fitted change over the whole window, MB
     * @param meanMb             the window's mean, MB
     * @param flat               {@code |changeMb| <= FLAT_TOLERANCE x meanMb}
     */
    public record Trend(int points, double slopeMbPerInterval, double changeMb, double meanMb, boolean flat) {
    }

    /** The whole soak. */
    public record Result(List<Interval> intervals, long articlesIn, long articlesOut, double p99Millis,
            Trend heapAfterGc, Trend rss) {
        public Result {
            intervals = List.copyOf(intervals);
        }

        /** Both heap after GC and RSS flat over the window. */
        public boolean memoryFlat() {
            return heapAfterGc.flat() && rss.flat();
        }

        /**
         * Every article offered came out (within the minute's drain after the end): the app kept up
         * with the rate, so the figures are those of a steady state, not of a growing backlog.
         */
        public boolean keptUp() {
            return articlesOut >= articlesIn;
        }
    }

    private SoakBench() {
    }

    /** "30m", "90s", "1h", "500ms" or ISO-8601 ("PT30M"). */
    public static Duration parseDuration(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        Matcher m = SHORT_DURATION.matcher(t);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                default -> Duration.ofHours(n);
            };
        }
        try {
            return Duration.parse(text.strip().toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a duration: '" + text + "' (e.g. 30m, 90s, 1h, PT30M)", e);
        }
    }

    /** VmRSS from the lines of {@code /proc/self/status}, in bytes; -1 when absent. */
    static long rssBytes(List<String> procStatus) {
        for (String line : procStatus) {
            if (line.startsWith("VmRSS:")) {
                String[] parts = line.substring("VmRSS:".length()).strip().split("\\s+");
                long kb = Long.parseLong(parts[0]);
                return kb * 1024;
            }
        }
        return -1;
    }

    private static long rssBytes() {
        try {
            return rssBytes(Files.readAllLines(Path.of("/proc/self/status")));
        } catch (IOException | RuntimeException e) {
            // Not Linux, or an unexpected format: the soak still reports the heap.
            return -1;
        }
    }

    /**
     * The least-squares trend of {@code valuesBytes} (one per interval; negative values, meaning
     * no reading, are left out).
     */
    static Trend trend(List<Long> valuesBytes) {
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < valuesBytes.size(); i++) {
            if (valuesBytes.get(i) >= 0) {
                points.add(new double[] {i, valuesBytes.get(i) / (1024.0 * 1024.0)});
            }
        }
        int n = points.size();
        if (n < 2) {
            double mean = n == 1 ? points.get(0)[1] : Double.NaN;
            return new Trend(n, Double.NaN, Double.NaN, mean, false);
        }
        double mx = points.stream().mapToDouble(p -> p[0]).average().orElseThrow();
        double my = points.stream().mapToDouble(p -> p[1]).average().orElseThrow();
        double sxy = 0;
        double sxx = 0;
        for (double[] p : points) {
            sxy += (p[0] - mx) * (p[1] - my);
            sxx += (p[0] - mx) * (p[0] - mx);
        }
        double slope = sxy / sxx;
        double span = points.get(n - 1)[0] - points.get(0)[0];
        double change = slope * span;
        return new Trend(n, slope, change, my, Math.abs(change) <= FLAT_TOLERANCE * my);
    }

    /** The last {@code window / interval} intervals, never the first (start-up: heap growing to its working size). */
    static <T> List<T> window(List<T> intervals, Duration interval, Duration window) {
        int wanted = (int) Math.max(2, window.toMillis() / interval.toMillis());
        int from = Math.max(Math.min(1, intervals.size() - 2), intervals.size() - wanted);
        return intervals.subList(Math.max(0, from), intervals.size());
    }

    /**
     * Runs the soak, printing a header, one line per interval and a summary to {@code out} as it
     * goes (so a killed soak still leaves its minutes), progress and warnings to {@code log}.
     */
    public static Result run(Options options, PrintStream out, PrintStream log) throws Exception {
        Path work = Files.createTempDirectory("newswire-soak-");
        int partitions = options.partitions() > 0 ? options.partitions()
                : EndToEndBench.partitionsFor(List.of(options.threads()));
        // Retention by size bounds the broker's disk over a long soak (500/s of 3 KB stories and
        // their enriched records are several GB in 30 minutes). Never by time: enriched records
        // carry their publication time, months old for the synthetic stories, so time retention
        // would delete the active segments at once, and with them the transactional producers' state.
        // With the duplicates step, the sequence topic's records wait for the one sequencer: a size retention under
        // its backlog would delete records not yet read (the app purges what its sequencer committed, but the soak
        // runs Kafka Streams without StreamsApp's purger), so each partition keeps 4 GB then.
        EmbeddedKafkaBroker.Builder brokerBuilder = EmbeddedKafkaBroker.builder().port(0).dataDir(work.resolve("kafka"))
                .brokerProperty("log.retention.ms", "-1")
                .brokerProperty("log.retention.bytes", Long.toString(options.duplicates() ? 4L << 30 : 64L << 20))
                .brokerProperty("log.segment.bytes", Long.toString(16L << 20))
                .brokerProperty("log.retention.check.interval.ms", Long.toString(Duration.ofMinutes(1).toMillis()));
        GcWatch gc = new GcWatch();
        try (EmbeddedKafkaBroker broker = brokerBuilder.build()) {
            broker.start();
            NewswireConfig config = EndToEndBench.config(broker.bootstrapServers(), work, "soak" + System.nanoTime(), true,
                    options.threads(), partitions, options.guarantee(), options.duplicates());
            TopicAdmin.ensureTopics(config);
            AtomicReference<KafkaStreams.State> state = new AtomicReference<>(KafkaStreams.State.CREATED);
            try (KafkaStreams streams = new KafkaStreams(EndToEndBench.pipelineTopology(config),
                    io.newswire.streams.StreamsApp.streamsProperties(config));
                    KafkaConsumer<byte[], byte[]> consumer = EndToEndBench.consumer(broker,
                            config.topics().enriched().name());
                    KafkaProducer<String, byte[]> producer = EndToEndBench.producer(broker)) {
                streams.setStateListener((now, before) -> state.set(now));
                log.printf(Locale.ROOT, "soak: starting the streams app %s%n", config.applicationId());
                streams.start();
                awaitRunning(streams, Duration.ofMinutes(2));
                out.printf(Locale.ROOT, "soak: %s at %d articles/s, %d stream thread(s), %d partitions, %s, max heap "
                        + "%d MB, duplicates step %s; a line every %s%n", options.duration(), options.rate(),
                        options.threads(), partitions, options.guarantee(), Runtime.getRuntime().maxMemory() >> 20,
                        options.duplicates() ? "on" : "off", options.interval());
                out.printf(Locale.ROOT, "%6s %8s %8s %8s %8s %8s %14s %14s %4s %10s %8s %9s%n", "minute", "in", "out",
                        "p50 ms", "p99 ms", "max ms", "heapGC min MB", "heapGC last MB", "GCs", "committed", "RSS MB",
                        "UTC");
                return soak(options, partitions, config, streams, state, consumer, producer, gc, out, log);
            }
        } finally {
            gc.close();
            EndToEndBench.deleteTree(work);
        }
    }

    private static Result soak(Options options, int partitions, NewswireConfig config, KafkaStreams streams,
            AtomicReference<KafkaStreams.State> state, KafkaConsumer<byte[], byte[]> consumer,
            KafkaProducer<String, byte[]> producer, GcWatch gc, PrintStream out, PrintStream log) throws Exception {
        AtomicLong sent = new AtomicLong();
        AtomicReference<Exception> sendFailure = new AtomicReference<>();
        long start = System.nanoTime();
        long end = start + options.duration().toNanos();
        Thread feeder = new Thread(() -> feed(producer, config.topics().raw().name(), options.rate(), end, sent,
                sendFailure), "soak-producer");
        feeder.setDaemon(true);
        feeder.start();

        List<Interval> intervals = new ArrayList<>();
        LatencyHistogram overall = new LatencyHistogram();
        double[] minute = new double[Math.max(16, options.rate() * 2)];
        int inMinute = 0;
        long received = 0;
        long sentAtLast = 0;
        long receivedAtLast = 0;
        long intervalNanos = options.interval().toNanos();
        long nextReport = start + intervalNanos;
        boolean marking = concurrentExplicitGc();
        out.println(marking
                ? "soak: a concurrent marking cycle is started at each interval (System.gc() with "
                        + "-XX:+ExplicitGCInvokesConcurrent), so the lowest heap after GC is the live set"
                : "soak: -XX:+ExplicitGCInvokesConcurrent is off, so no marking cycle is requested: the lowest heap "
                        + "after GC may include old garbage the collector has not yet had a reason to reclaim");
        gc.next();
        if (marking) {
            System.gc();
        }
        // Whole intervals while articles are offered; then a drain of what is still in flight.
        while (nextReport <= end) {
            failIfStopped(state, sendFailure);
            if (System.nanoTime() >= nextReport) {
                long sentNow = sent.get();
                GcWatch.Reading heap = gc.next();
                double[] lat = Arrays.copyOf(minute, inMinute);
                Interval iv = new Interval(intervals.size() + 1, sentNow - sentAtLast, received - receivedAtLast,
                        EndToEndBench.percentile(lat, 50), EndToEndBench.percentile(lat, 99),
                        EndToEndBench.percentile(lat, 100), heap.min(), heap.last(), heap.count(),
                        ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getCommitted(), rssBytes());
                intervals.add(iv);
                print(iv, out);
                sentAtLast = sentNow;
                receivedAtLast = received;
                inMinute = 0;
                nextReport += intervalNanos;
                if (marking) {
                    System.gc(); // a concurrent cycle: see the class comment
                }
                continue;
            }
            for (ConsumerRecord<byte[], byte[]> rec : consumer.poll(Duration.ofMillis(100))) {
                double millis = latencyMillis(rec.value());
                received++;
                // The first interval is the JIT's warm-up: in its own line, not in the soak's percentile.
                if (!intervals.isEmpty()) {
                    overall.add(millis);
                }
                if (inMinute == minute.length) {
                    minute = Arrays.copyOf(minute, minute.length * 2);
                }
                minute[inMinute++] = millis;
            }
        }
        feeder.join(Duration.ofSeconds(30).toMillis());
        long behind = sent.get() - received;
        long drainStart = System.nanoTime();
        long drainDeadline = drainStart + Duration.ofSeconds(60).toNanos();
        while (received < sent.get() && System.nanoTime() < drainDeadline) {
            failIfStopped(state, sendFailure);
            for (ConsumerRecord<byte[], byte[]> rec : consumer.poll(Duration.ofMillis(100))) {
                overall.add(latencyMillis(rec.value()));
                received++;
            }
        }
        out.printf(Locale.ROOT, "drain: %d article(s) in flight when the last interval closed; %d still missing "
                + "after %.1f s%n", behind, sent.get() - received, (System.nanoTime() - drainStart) / 1e9);
        streams.close(Duration.ofSeconds(30));

        List<Interval> window = window(intervals, options.interval(), options.window());
        Trend heap = trend(window.stream().map(Interval::heapAfterGcMin).toList());
        Trend rss = trend(window.stream().map(Interval::rss).toList());
        Result result = new Result(intervals, sent.get(), received, overall.percentile(99), heap, rss);
        out.printf(Locale.ROOT, "soak: %d articles in, %d out%s; latency p99 after the first interval %.1f ms, "
                + "worst interval p99 %.1f ms%n", result.articlesIn(), result.articlesOut(),
                received >= sent.get() ? " (all out)" : " (" + (sent.get() - received) + " missing)",
                result.p99Millis(), intervals.stream().mapToDouble(Interval::p99Millis).filter(d -> !Double.isNaN(d))
                        .max().orElse(Double.NaN));
        printTrend("heap after GC (lowest per interval)", heap, window.size(), out);
        printTrend("RSS", rss, window.size(), out);
        out.printf(Locale.ROOT, "memory flat: %s (flat: the fitted change over the window is within %.0f%% of its "
                + "mean)%n", result.memoryFlat() ? "yes" : "NO", 100 * FLAT_TOLERANCE);
        if (!result.keptUp()) {
            out.printf(Locale.ROOT, "the app did NOT keep up with %d articles/s: these are the figures of a growing "
                    + "backlog, not of a steady state%n", options.rate());
        }
        out.flush();
        return result;
    }

    /**
     * Whether {@code System.gc()} starts a concurrent cycle in this JVM (G1 with
     * {@code -XX:+ExplicitGCInvokesConcurrent}) rather than a stop-the-world full collection.
     */
    static boolean concurrentExplicitGc() {
        boolean g1 = ManagementFactory.getGarbageCollectorMXBeans().stream().anyMatch(b -> b.getName().startsWith("G1"));
        HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        return g1 && hotspot != null
                && Boolean.parseBoolean(hotspot.getVMOption("ExplicitGCInvokesConcurrent").getValue());
    }

    private static void failIfStopped(AtomicReference<KafkaStreams.State> state, AtomicReference<Exception> sendFailure) {
        KafkaStreams.State s = state.get();
        if (s == KafkaStreams.State.ERROR || s == KafkaStreams.State.NOT_RUNNING
                || s == KafkaStreams.State.PENDING_ERROR) {
            throw new IllegalStateException("the streams app stopped: " + s);
        }
        if (sendFailure.get() != null) {
            throw new IllegalStateException("producing to the soak topic failed", sendFailure.get());
        }
    }

    private static void printTrend(String what, Trend t, int intervals, PrintStream out) {
        out.printf(Locale.ROOT, "%s over the last %d interval(s): mean %.1f MB, slope %+.2f MB per interval, "
                + "fitted change %+.1f MB (%+.1f%% of the mean): %s%n", what, intervals, t.meanMb(),
                t.slopeMbPerInterval(), t.changeMb(), 100 * t.changeMb() / t.meanMb(), t.flat() ? "flat" : "NOT flat");
    }

    private static void print(Interval iv, PrintStream out) {
        // The wall-clock time lets a reader line the minutes up with whatever else ran on the machine.
        out.printf(Locale.ROOT, "%6d %8d %8d %8.1f %8.1f %8.1f %14s %14s %4d %10s %8s %9s%n", iv.index(),
                iv.articlesIn(), iv.articlesOut(), iv.p50Millis(), iv.p99Millis(), iv.maxMillis(),
                mb(iv.heapAfterGcMin()), mb(iv.heapAfterGcLast()), iv.collections(), mb(iv.heapCommitted()),
                mb(iv.rss()), java.time.LocalTime.now(java.time.ZoneOffset.UTC).withNano(0));
        out.flush();
    }

    private static String mb(long bytes) {
        return bytes < 0 ? "-" : String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }

    private static double latencyMillis(byte[] value) {
        Instant now = Instant.now();
        try {
            JsonNode node = Json.mapper().readTree(value);
            return Duration.between(Instant.parse(node.get("ingestedAt").asText()), now).toNanos() / 1e6;
        } catch (IOException e) {
            throw new IllegalStateException("unreadable soak output", e);
        }
    }

    /** Offers {@code rate} stories a second until {@code endNanos}; a late tick sends its backlog at once. */
    private static void feed(KafkaProducer<String, byte[]> producer, String topic, int rate, long endNanos,
            AtomicLong sent, AtomicReference<Exception> failure) {
        long intervalNanos = 1_000_000_000L / rate;
        long next = System.nanoTime();
        int i = 0;
        while (next < endNanos && failure.get() == null) {
            long wait = next - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
                continue;
            }
            RawArticle r = SyntheticStories.story(9, i++, Instant.now());
            producer.send(new ProducerRecord<>(topic, ArticleIds.of(r), Json.toBytes(r)), (meta, e) -> {
                if (e != null) {
                    failure.compareAndSet(null, e);
                }
            });
            sent.incrementAndGet();
            next += intervalNanos;
        }
        producer.flush();
    }

    private static void awaitRunning(KafkaStreams streams, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (streams.state() != KafkaStreams.State.RUNNING) {
            if (System.nanoTime() > deadline || streams.state() == KafkaStreams.State.ERROR) {
                throw new IllegalStateException("the streams app did not reach RUNNING: " + streams.state());
            }
            Thread.sleep(50);
        }
    }

    /** Latencies in 0.1 ms buckets up to 60 s: a whole soak's percentiles in constant memory. */
    static final class LatencyHistogram {
        private static final double BUCKET_MILLIS = 0.1;
        private final long[] counts = new long[600_001];
        private long total;

        void add(double millis) {
            int bucket = (int) Math.min(counts.length - 1, Math.max(0, Math.ceil(millis / BUCKET_MILLIS)));
            counts[bucket]++;
            total++;
        }

        /** The upper bound of the bucket holding the p-th percentile; NaN when empty. */
        double percentile(double p) {
            if (total == 0) {
                return Double.NaN;
            }
            long rank = (long) Math.ceil(p / 100.0 * total);
            long seen = 0;
            for (int i = 0; i < counts.length; i++) {
                seen += counts[i];
                if (seen >= Math.max(1, rank)) {
                    return i * BUCKET_MILLIS;
                }
            }
            return (counts.length - 1) * BUCKET_MILLIS;
        }
    }

    /** Heap after every collection, from the collectors' notifications. */
    static final class GcWatch implements NotificationListener, AutoCloseable {

        /** The readings since the previous {@link #next()}: lowest, last, how many; -1 without any. */
        record Reading(long min, long last, int count) {
        }

        private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
                .collect(Collectors.toUnmodifiableSet());
        private final List<NotificationEmitter> emitters = new ArrayList<>();
        private long min = -1;
        private long last = -1;
        private int count;

        GcWatch() {
            for (GarbageCollectorMXBean bean : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (bean instanceof NotificationEmitter emitter) {
                    emitter.addNotificationListener(this, null, null);
                    emitters.add(emitter);
                }
            }
        }

        @Override
        public void handleNotification(Notification notification, Object handback) {
            if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                return;
            }
            GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                    (CompositeData) notification.getUserData());
            long used = 0;
            for (Map.Entry<String, MemoryUsage> e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                if (heapPools.contains(e.getKey())) {
                    used += e.getValue().getUsed();
                }
            }
            record(used);
        }

        private synchronized void record(long used) {
            min = min < 0 ? used : Math.min(min, used);
            last = used;
            count++;
        }

        synchronized Reading next() {
            Reading r = new Reading(min, last, count);
            min = -1;
            last = -1;
            count = 0;
            return r;
        }

        @Override
        public void close() {
            for (NotificationEmitter emitter : emitters) {
                try {
                    emitter.removeNotificationListener(this);
                } catch (javax.management.ListenerNotFoundException e) {
                    // Already gone: nothing to undo.
                }
            }
        }
    }
}
