package io.newswire.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.model.Article;
import io.newswire.model.Topic;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TopicsPerMinuteTest {

    private static final Instant T0 = Instant.parse("2026-11-29T10:00:00Z");
    private static final Topic CONFLICT = new Topic("medtop:16000000", "conflict, war and peace", 0.8);
    private static final Topic POLITICS = new Topic("medtop:11000000", "politics", 0.5);
    private static final Topic SPORT = new Topic("medtop:15000000", "sport", 0.9);

    /** A clock the test moves; nothing waits on real time. */
    private static final class TestClock extends Clock {
        private Instant now = T0;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private static Article article(String id, Topic... topics) {
        return Article.builder(id, "Στρατεύματα και συνομιλίες.", "test").topics(List.of(topics)).build();
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldListCountsByTopicPerMinuteWhenStatsAreRead() {
        TestClock clock = new TestClock();
        try (OpsMetrics ops = new OpsMetrics(clock)) {
            MetricsObserver observer = ops.observer();
            observer.enriched(article("a", CONFLICT, POLITICS));
            observer.enriched(article("b", CONFLICT));
            clock.now = T0.plusSeconds(61);
            observer.enriched(article("c", SPORT));
            observer.enriched(article("d"));

            List<Map<String, Object>> minutes = (List<Map<String, Object>>) ops.stats().get("topicsPerMinute");

            assertThat(minutes).hasSize(TopicsPerMinute.MINUTES);
            Map<String, Object> first = minutes.get(minutes.size() - 2);
            Map<String, Object> last = minutes.get(minutes.size() - 1);
            assertThat(first).containsEntry("start", "2026-11-29T10:00:00Z")
                    .containsEntry("byTopic", Map.of("medtop:16000000", 2L, "medtop:11000000", 1L));
            assertThat(last).containsEntry("start", "2026-11-29T10:01:00Z")
                    .containsEntry("byTopic", Map.of("medtop:15000000", 1L));
            assertThat(minutes.get(0)).containsEntry("byTopic", Map.of());
            // the Prometheus counters are fed by the same observer
            assertThat(ops.registry().get("newswire.articles.by.topic").tag("topic", "medtop:16000000").counter()
                    .count()).isEqualTo(2.0);
        }
    }

    @Test
    void shouldForgetAMinuteWhenItLeavesTheWindow() {
        TestClock clock = new TestClock();
        TopicsPerMinute perMinute = new TopicsPerMinute(clock);
        perMinute.count(article("a", CONFLICT));
        clock.now = T0.plusSeconds(60L * TopicsPerMinute.MINUTES);
        perMinute.count(article("b", SPORT));

        List<Map<String, Object>> minutes = perMinute.snapshot();

        assertThat(minutes).extracting(m -> m.get("byTopic")).containsOnlyOnce(Map.of("medtop:15000000", 1L))
                .doesNotContain(Map.of("medtop:16000000", 1L));
        assertThat(minutes.get(0).get("start")).isEqualTo("2026-11-29T10:01:00Z");
    }

    @ParameterizedTest
    @CsvSource({"medtop:01000000,0", "medtop:17000000,16", "medtop:18000000,-1", "medtop:20000053,-1",
        "medtop:1600000,-1", "iptc:16000000,-1", "medtop:0a000000,-1"})
    void shouldKeepTheLabelSetToTheSeventeenTopLevelCodesWhenIndexing(String code, int index) {
        assertThat(TopicsPerMinute.index(code)).isEqualTo(index);
    }
}
