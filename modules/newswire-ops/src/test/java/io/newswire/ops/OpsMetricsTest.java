package io.newswire.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.micrometer.core.instrument.Timer;
import io.newswire.model.Article;
import io.newswire.model.Country;
import io.newswire.model.Language;
import io.newswire.model.Provenance;
import io.newswire.model.RejectReason;
import io.newswire.model.StageTiming;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OpsMetricsTest {

    @Test
    @SuppressWarnings("unchecked")
    void shouldSummariseCountsLatencyAndStagesWhenArticlesWereObserved() {
        try (OpsMetrics ops = new OpsMetrics()) {
            MetricsObserver observer = new MetricsObserver(ops.registry());
            Instant now = Instant.parse("2026-11-23T10:00:00Z");
            for (int i = 0; i < 10; i++) {
                observer.received();
                observer.enriched(Article.builder("c-" + i, "Ο πρωθυπουργός μίλησε στην Αθήνα.", "test")
                        .ingestedAt(now.minusMillis(100L * (i + 1))).processedAt(now)
                        .language(new Language("el", 0.9))
                        .provenance(Provenance.start("test").plus(new StageTiming("normalize", 200, true), null))
                        .build());
            }
            observer.received();
            observer.deadLettered(RejectReason.MALFORMED_JSON, "decode");

            Map<String, Object> stats = ops.stats();
            assertThat(stats).containsEntry("articlesIn", 11L).containsEntry("articlesOut", 10L)
                    .containsEntry("deadLettered", Map.of("MALFORMED_JSON", 1L))
                    .containsEntry("languages", Map.of("el", 10L));
            Map<String, Map<String, Object>> latency = (Map<String, Map<String, Object>>) stats.get("latencySeconds");
            assertThat(latency.get("ingest")).containsEntry("count", 10L);
            // 100..1000 ms recorded: the median lies between 0.4 and 0.7 s whatever the bucket edges.
            assertThat((Double) latency.get("ingest").get("p50")).isBetween(0.4, 0.7);
            assertThat((Double) latency.get("ingest").get("p99")).isBetween(0.8, 1.2);
            assertThat(latency.get("published")).containsEntry("count", 0L).containsEntry("p50", null);
            Map<String, Map<String, Object>> stages = (Map<String, Map<String, Object>>) stats.get("stageSeconds");
            assertThat(stages.get("normalize")).containsEntry("count", 10L);
            assertThat(stats).containsEntry("consumerLag", java.util.List.of());
        }
    }

    @Test
    void shouldExportBatchSizesOnlyOnceAnEnrichBatchWasObserved() {
        try (OpsMetrics ops = new OpsMetrics()) {
            MetricsObserver observer = new MetricsObserver(ops.registry());
            assertThat(ops.registry().find("newswire.enrich.batch.size").summary()).isNull();

            observer.enrichBatch(1);
            observer.enrichBatch(32);
            observer.enrichBatch(3);

            var sizes = ops.registry().get("newswire.enrich.batch.size").summary();
            assertThat(sizes.count()).isEqualTo(3);
            assertThat(sizes.totalAmount()).isEqualTo(36.0);
            assertThat(sizes.max()).isEqualTo(32.0);
            assertThat(MetricsObserver.PROMETHEUS_NAMES).contains("newswire_enrich_batch_size");
        }
    }

    @Test
    void shouldInterpolateQuantilesWithinBucketsWhenValuesAreKnown() {
        try (OpsMetrics ops = new OpsMetrics()) {
            Timer t = Timer.builder("test.timer").serviceLevelObjectives(Duration.ofSeconds(1), Duration.ofSeconds(2))
                    .register(ops.registry());
            for (int i = 0; i < 4; i++) {
                t.record(Duration.ofMillis(500));
                t.record(Duration.ofMillis(1500));
            }
            assertThat(OpsMetrics.quantile(t.takeSnapshot(), 0.5)).isCloseTo(1.0, within(1e-9));
            assertThat(OpsMetrics.quantile(t.takeSnapshot(), 0.75)).isCloseTo(1.5, within(1e-9));
        }
    }

    @Test
    void shouldCountFocusCountriesOnlyWhenReportingCountries() {
        try (OpsMetrics ops = new OpsMetrics()) {
            MetricsObserver observer = new MetricsObserver(ops.registry());
            observer.enriched(Article.builder("c-1", "وزير الخارجية الإيراني في طهران.", "test")
                    .countries(java.util.List.of(new Country("IR", "Iran", java.util.List.of(), 0.9, true),
                            new Country("IQ", "Iraq", java.util.List.of(), 0.1, false)))
                    .build());
            assertThat(ops.stats()).containsEntry("countries", Map.of("IR", 1L));
        }
    }
}
