package io.newswire.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.model.Article;
import io.newswire.model.Topic;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TopicStatsTest {

    private static final Instant T0 = Instant.parse("2026-11-29T10:00:00Z");

    @Test
    void shouldCountEachListedTopicWhenAnArticleIsEnriched() {
        Article a = Article.builder("u-1", "Troops and talks.", "1")
                .topics(List.of(new Topic("medtop:16000000", "conflict, war and peace", 0.8),
                        new Topic("medtop:11000000", "politics", 0.5)))
                .build();
        assertThat(StatsEventsProcessor.facts(a)).contains("topic=medtop:16000000", "topic=medtop:11000000");
        assertThat(StatsEventsProcessor.facts(Article.builder("u-2", "Nothing.", "1").build()))
                .noneMatch(k -> k.startsWith("topic="));
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldListTopicsPerMinuteAndTopTopicsWhenSnapshotting() {
        long minute = T0.toEpochMilli();
        List<WindowedStats.Cell> cells = List.of(new WindowedStats.Cell("topic=medtop:16000000", minute, 3),
                new WindowedStats.Cell("topic=medtop:15000000", minute, 1),
                new WindowedStats.Cell("articles=all", minute, 4));
        Map<String, Object> snap = WindowedStats.snapshot(cells, T0.plusSeconds(60), 5);
        List<Map<String, Object>> minutes = (List<Map<String, Object>>) snap.get("minutes");
        Map<String, Object> atT0 = minutes.stream().filter(m -> T0.toString().equals(m.get("start"))).findFirst()
                .orElseThrow();
        assertThat((Map<String, Long>) atT0.get("byTopic")).containsEntry("medtop:16000000", 3L)
                .containsEntry("medtop:15000000", 1L);
        List<Map<String, Object>> top = (List<Map<String, Object>>) snap.get("topTopics");
        assertThat(top.get(0)).containsEntry("code", "medtop:16000000").containsEntry("count", 3L);
    }
}
