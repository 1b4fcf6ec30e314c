package io.newswire.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TopStoriesTest {

    private static byte[] story(String id, int size, String lastSeen, String title) {
        return ("{\"id\":\"" + id + "\",\"size\":" + size + ",\"firstSeen\":\"2026-05-01T00:00:00Z\",\"lastSeen\":\""
                + lastSeen + "\",\"title\":\"" + title + "\",\"entities\":[],\"places\":[],\"countries\":[],"
                + "\"mergedInto\":null}").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void shouldListTheLargestStoriesOfTheLastDayFirstWhenRecordsArrive() {
        TopStories stories = new TopStories();
        stories.accept("a", story("a", 3, "2026-05-13T10:00:00Z", "Séisme à Lyon"));
        stories.accept("b", story("b", 7, "2026-05-13T09:00:00Z", "Землетрясение"));
        stories.accept("c", story("c", 50, "2026-05-11T09:00:00Z", "old and large"));
        stories.accept("a", story("a", 9, "2026-05-13T11:00:00Z", "Séisme à Lyon"));

        assertThat(stories.top(10)).extracting(s -> s.get("id")).containsExactly("a", "b");
        assertThat(stories.top(1)).extracting(s -> s.get("title")).containsExactly("Séisme à Lyon");
    }

    @Test
    void shouldForgetAStoryWhenItsTombstoneArrivesOrItsRecordIsUnreadable() {
        TopStories stories = new TopStories();
        stories.accept("a", story("a", 3, "2026-05-13T10:00:00Z", "x"));
        stories.accept("b", story("b", 2, "2026-05-13T10:00:00Z", "y"));
        stories.accept("a", null);
        stories.accept("z", "not json".getBytes(StandardCharsets.UTF_8));

        assertThat(stories.size()).isEqualTo(1);
        assertThat(stories.top(10)).extracting(s -> s.get("id")).containsExactly("b");
    }
}
