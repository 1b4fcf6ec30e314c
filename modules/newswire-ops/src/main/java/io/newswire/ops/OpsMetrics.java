package io.newswire.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.core.instrument.distribution.CountAtBucket;
import io.micrometer.core.instrument.distribution.HistogramSnapshot;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.streams.KafkaStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Prometheus registry with JVM and Kafka Streams client metrics bound, consumer lag per
 * partition, and a stats view of it all for {@code /api/stats} and the dashboard.
 */
public final class OpsMetrics implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OpsMetrics.class);
    private static final long LAG_REFRESH_MS = 1_000;

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc;
    private KafkaStreamsMetrics streamsMetrics;
    private volatile ConsumerLag lag;
    private ScheduledExecutorService lagRefresher;
    private final TopicsPerMinute topicMinutes;

    /** A registry with JVM, process and uptime metrics bound. */
    public OpsMetrics() {
        this(java.time.Clock.systemUTC());
    }

    /** As {@link #OpsMetrics()}, with the clock that dates the per-minute topic counts. */
    OpsMetrics(java.time.Clock clock) {
        topicMinutes = new TopicsPerMinute(clock);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        gc = new JvmGcMetrics();
        gc.bindTo(registry);
    }

    /**
     * An observer that registers the pipeline's own meters here and feeds {@code topicsPerMinute}
     * of {@link #stats()}; a {@code new MetricsObserver(registry())} does the first only.
     */
    public MetricsObserver observer() {
        return new MetricsObserver(registry, topicMinutes);
    }

    /** The registry that {@code /metrics} scrapes; the pipeline's own meters are registered here. */
    public PrometheusMeterRegistry registry() {
        return registry;
    }

    /**
     * Binds the Kafka Streams client's own metrics (consumer, producer, threads) and consumer lag
     * per assigned input partition, refreshed every second.
     */
    public synchronized void bind(KafkaStreams streams) {
        streamsMetrics = new KafkaStreamsMetrics(streams);
        streamsMetrics.bindTo(registry);
        bindLag(streams::metrics);
    }

    /** Consumer lag read from {@code metrics}, for a client other than a {@link KafkaStreams}. */
    synchronized void bindLag(Supplier<? extends Map<MetricName, ? extends Metric>> metrics) {
        Objects.requireNonNull(metrics, "metrics");
        if (lagRefresher != null) {
            throw new IllegalStateException("consumer lag is already bound");
        }
        ConsumerLag l = new ConsumerLag(metrics, registry);
        lag = l;
        lagRefresher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "newswire-lag");
            t.setDaemon(true);
            return t;
        });
        lagRefresher.scheduleWithFixedDelay(() -> refreshLag(l), 0, LAG_REFRESH_MS, TimeUnit.MILLISECONDS);
    }

    private static void refreshLag(ConsumerLag l) {
        try {
            l.refresh();
        } catch (RuntimeException e) {
            // A failed read must not cancel the schedule: the next second reads again.
            LOG.debug("consumer lag refresh failed", e);
        }
    }

    /**
     * Counts, latency percentiles and lag so far, for {@code /api/stats} and the dashboard;
     * {@code topicsPerMinute} lists the last 15 minutes' articles by IPTC subject as counted by
     * {@link #observer()}.
     */
    public Map<String, Object> stats() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("articlesIn", count("newswire.articles.in"));
        out.put("articlesOut", count("newswire.articles.out"));
        out.put("deadLettered", sumByTag("newswire.articles.dead.lettered", "reason"));
        out.put("languages", sumByTag("newswire.articles.by.language", "language"));
        out.put("countries", sumByTag("newswire.articles.by.country", "country"));
        out.put("topics", sumByTag("newswire.articles.by.topic", "topic"));
        out.put("topicsPerMinute", topicMinutes.snapshot());
        out.put("stageErrors", sumByTag("newswire.stage.errors", "stage"));
        out.put("latencySeconds", timersByTag("newswire.end.to.end.latency", "kind"));
        out.put("stageSeconds", timersByTag("newswire.stage.duration", "stage"));
        ConsumerLag l = lag;
        if (l != null) {
            l.refresh();
            out.put("consumerLag", l.snapshot());
        } else {
            out.put("consumerLag", java.util.List.of());
        }
        return out;
    }

    @Override
    public synchronized void close() {
        if (lagRefresher != null) {
            lagRefresher.shutdownNow();
        }
        if (streamsMetrics != null) {
            streamsMetrics.close();
        }
        gc.close();
        registry.close();
    }

    private long count(String name) {
        Counter c = registry.find(name).counter();
        return c == null ? 0 : (long) c.count();
    }

    private Map<String, Long> sumByTag(String name, String tag) {
        Map<String, Long> out = new TreeMap<>();
        for (Meter m : registry.find(name).meters()) {
            if (m instanceof Counter c) {
                out.merge(m.getId().getTag(tag), (long) c.count(), Long::sum);
            }
        }
        return out;
    }

    private Map<String, Map<String, Object>> timersByTag(String name, String tag) {
        Map<String, Map<String, Object>> out = new TreeMap<>();
        for (Timer t : registry.find(name).timers()) {
            HistogramSnapshot s = t.takeSnapshot();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("count", s.count());
            row.put("p50", quantile(s, 0.50));
            row.put("p99", quantile(s, 0.99));
            out.put(t.getId().getTag(tag), row);
        }
        return out;
    }

    /**
     * The {@code q} quantile in seconds since start, interpolated within the histogram bucket that
     * holds it, as Prometheus' {@code histogram_quantile} does; {@code null} before any value.
     */
    static Double quantile(HistogramSnapshot s, double q) {
        if (s.count() == 0) {
            return null;
        }
        double rank = q * s.count();
        double lowerBound = 0;
        double below = 0;
        for (CountAtBucket b : s.histogramCounts()) {
            double upper = b.bucket(TimeUnit.SECONDS);
            // Bucket counts are cumulative (Prometheus semantics): values <= upper.
            if (b.count() >= rank) {
                double inBucket = b.count() - below;
                return inBucket <= 0 ? upper : lowerBound + (upper - lowerBound) * (rank - below) / inBucket;
            }
            lowerBound = upper;
            below = b.count();
        }
        return s.max(TimeUnit.SECONDS);
    }
}
