package io.newswire.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.junit.jupiter.api.Test;

/**
 * Lag read from metric maps shaped like a Kafka consumer's own (group, name and tags as the client
 * registers them); the real client's metrics are covered by the pipeline integration tests.
 */
class ConsumerLagTest {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Map<MetricName, Metric> metrics = new LinkedHashMap<>();
    private final ConsumerLag lag = new ConsumerLag(() -> metrics, registry);

    private void put(String client, String topic, int partition, double value) {
        MetricName name = new MetricName("records-lag", "consumer-fetch-manager-metrics", "",
                Map.of("client-id", client, "topic", topic, "partition", String.valueOf(partition)));
        metrics.put(name, new Metric() {
            @Override
            public MetricName metricName() {
                return name;
            }

            @Override
            public Object metricValue() {
                return value;
            }
        });
    }

    @Test
    void shouldExportLagPerPartitionWhenTheMainConsumerReportsIt() {
        put("app-StreamThread-1-consumer", "news.raw", 0, 12);
        put("app-StreamThread-1-consumer", "news.raw", 2, 0);
        put("app-StreamThread-1-restore-consumer", "app-store-changelog", 0, 99);
        put("app-StreamThread-1-consumer", "news.raw", 1, Double.NaN);
        lag.refresh();

        assertThat(registry.scrape()).contains(
                "newswire_consumer_lag_records{partition=\"0\",topic=\"news.raw\"} 12.0",
                "newswire_consumer_lag_records{partition=\"2\",topic=\"news.raw\"} 0.0")
                .doesNotContain("changelog", "partition=\"1\"");
        assertThat(lag.snapshot()).containsExactly(
                Map.of("topic", "news.raw", "partition", 0, "lag", 12L),
                Map.of("topic", "news.raw", "partition", 2, "lag", 0L));
    }

    @Test
    void shouldReportEachPartitionOnceWhenKafkaAlsoRegistersTheDeprecatedUnderscoreName() {
        put("app-StreamThread-1-consumer", "news.raw", 0, 8);
        put("app-StreamThread-1-consumer", "news_raw", 0, 8);
        put("app-StreamThread-1-consumer", "only_underscores", 0, 2);
        lag.refresh();

        assertThat(lag.snapshot()).containsExactly(
                Map.of("topic", "news.raw", "partition", 0, "lag", 8L),
                Map.of("topic", "only_underscores", "partition", 0, "lag", 2L));
        assertThat(registry.scrape()).doesNotContain("topic=\"news_raw\"");
    }

    @Test
    void shouldDropThePartitionGaugeWhenThePartitionIsRevoked() {
        put("app-StreamThread-1-consumer", "news.raw", 0, 5);
        put("app-StreamThread-1-consumer", "news.raw", 1, 7);
        lag.refresh();
        metrics.clear();
        put("app-StreamThread-1-consumer", "news.raw", 1, 3);
        lag.refresh();

        assertThat(registry.scrape()).contains("newswire_consumer_lag_records{partition=\"1\",topic=\"news.raw\"} 3.0")
                .doesNotContain("partition=\"0\"");
        assertThat(lag.snapshot()).extracting(m -> m.get("partition")).isEqualTo(List.of(1));
    }

    @Test
    void shouldKeepNonAsciiTopicNamesIntactWhenExporting() {
        put("app-StreamThread-1-consumer", "nouvelles.brutes", 0, 4);
        put("app-StreamThread-2-consumer", "nouvelles.brutes", 0, 6);
        lag.refresh();

        assertThat(lag.snapshot()).containsExactly(Map.of("topic", "nouvelles.brutes", "partition", 0, "lag", 6L));
    }
}
