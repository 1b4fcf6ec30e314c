package io.newswire.ops;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;

/**
 * Consumer lag per input partition as the gauge {@code newswire_consumer_lag_records{topic,partition}},
 * read from the stream threads' own consumer metrics ({@code records-lag}).
 *
 * <p>Kafka's per-partition lag metrics come and go with partition assignment, and Micrometer's
 * Kafka binder only notices new ones on its slow refresh; this class re-reads them on every
 * {@link #refresh()} instead, adds a gauge for a newly assigned partition and removes the gauge of a
 * revoked one, so labels stay bounded by the partitions this instance owns. Restore and global
 * consumers are left out: their lag is not input waiting to be processed.
 */
final class ConsumerLag {

    static final String METRIC = "newswire.consumer.lag";
    private static final String GROUP = "consumer-fetch-manager-metrics";

    private final Supplier<? extends Map<MetricName, ? extends Metric>> source;
    private final MeterRegistry registry;
    private final Map<Partition, Holder> current = new ConcurrentHashMap<>();

    ConsumerLag(Supplier<? extends Map<MetricName, ? extends Metric>> source, MeterRegistry registry) {
        this.source = Objects.requireNonNull(source, "source");
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    /** One input partition; {@code partition} is kept as Kafka's tag string. */
    record Partition(String topic, String partition) {
        Partition {
            Objects.requireNonNull(topic, "topic");
            Objects.requireNonNull(partition, "partition");
        }
    }

    private static final class Holder {
        private volatile double lag;
        private Gauge gauge;
    }

    /** Re-reads the consumer metrics; cheap enough to run every second. */
    synchronized void refresh() {
        Map<Partition, Double> seen = new HashMap<>();
        for (Map.Entry<MetricName, ? extends Metric> e : source.get().entrySet()) {
            MetricName name = e.getKey();
            if (!name.name().equals("records-lag") || !name.group().equals(GROUP)) {
                continue;
            }
            String client = name.tags().getOrDefault("client-id", "");
            if (client.endsWith("restore-consumer") || client.endsWith("global-consumer")) {
                continue;
            }
            String topic = name.tags().get("topic");
            String partition = name.tags().get("partition");
            if (topic == null || partition == null) {
                continue;
            }
            // NaN until the first fetch response for the partition: not known yet, not zero.
            if (e.getValue().metricValue() instanceof Number n && !Double.isNaN(n.doubleValue())) {
                seen.merge(new Partition(topic, partition), n.doubleValue(), Math::max);
            }
        }
        // Kafka 4 registers each partition's lag twice: under the topic's name and, deprecated, with
        // '.' replaced by '_'. Keep the real name; a topic really named with '_' has no twin and stays.
        seen.keySet().removeIf(p -> p.topic().indexOf('_') >= 0 && seen.keySet().stream().anyMatch(other ->
                !other.topic().equals(p.topic()) && other.partition().equals(p.partition())
                        && other.topic().replace('.', '_').equals(p.topic())));
        for (Map.Entry<Partition, Double> e : seen.entrySet()) {
            Holder h = current.computeIfAbsent(e.getKey(), this::register);
            h.lag = e.getValue();
        }
        current.entrySet().removeIf(e -> {
            if (seen.containsKey(e.getKey())) {
                return false;
            }
            registry.remove(e.getValue().gauge);
            return true;
        });
    }

    private Holder register(Partition p) {
        Holder h = new Holder();
        h.gauge = Gauge.builder(METRIC, h, x -> x.lag).tag("topic", p.topic()).tag("partition", p.partition())
                .baseUnit("records")
                .description("Records in an input partition not yet read by this instance (per assigned partition)")
                .register(registry);
        return h;
    }

    /** The lag of every partition this instance reads, by topic then partition number. */
    List<Map<String, Object>> snapshot() {
        List<Map.Entry<Partition, Holder>> entries = new ArrayList<>(current.entrySet());
        entries.sort(Comparator.comparing((Map.Entry<Partition, Holder> e) -> e.getKey().topic())
                .thenComparingInt(e -> partitionNumber(e.getKey().partition())));
        List<Map<String, Object>> out = new ArrayList<>(entries.size());
        for (Map.Entry<Partition, Holder> e : entries) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("topic", e.getKey().topic());
            row.put("partition", partitionNumber(e.getKey().partition()));
            row.put("lag", (long) e.getValue().lag);
            out.add(row);
        }
        return out;
    }

    private static int partitionNumber(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
