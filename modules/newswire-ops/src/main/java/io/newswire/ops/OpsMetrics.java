package io.newswire.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.streams.KafkaStreams;

/** The Prometheus registry with JVM and Kafka Streams client metrics bound, and a stats view of it. */
public final class OpsMetrics implements AutoCloseable {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private JvmGcMetrics gc;
    private KafkaStreamsMetrics streamsMetrics;

    public OpsMetrics() {
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        gc = new JvmGcMetrics();
        gc.bindTo(registry);
    }

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    /** Binds the Kafka Streams client's own metrics (consumer lag, producer, threads). */
    public void bind(KafkaStreams streams) {
        streamsMetrics = new KafkaStreamsMetrics(streams);
        streamsMetrics.bindTo(registry);
    }

    /** Counts so far, for {@code /api/stats} and the dashboard. */
    public Map<String, Object> stats() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("articlesIn", count("newswire.articles.in"));
        out.put("articlesOut", count("newswire.articles.out"));
        out.put("deadLettered", sumByTag("newswire.articles.dead.lettered", "reason"));
        out.put("languages", sumByTag("newswire.articles.by.language", "language"));
        out.put("countries", sumByTag("newswire.articles.by.country", "country"));
        out.put("stageErrors", sumByTag("newswire.stage.errors", "stage"));
        return out;
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

    @Override
    public void close() {
        if (streamsMetrics != null) {
            streamsMetrics.close();
        }
        if (gc != null) {
            gc.close();
        }
        registry.close();
    }
}
