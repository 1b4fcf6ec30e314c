package io.newswire.ops;

import io.newswire.model.Json;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The stories of the compacted {@code news.stories} topic as last read, for the dashboard's "top stories
 * now" panel ({@code /api/stories/top}): one record per story id (a tombstone removes it), bounded to the
 * {@value #CAPACITY} stories seen last. "Now" is the day before the latest last-seen time read, so a
 * backfill shows its own days. Thread-safe.
 */
public final class TopStories {

    private static final Logger LOG = LoggerFactory.getLogger(TopStories.class);
    /** Stories kept; those seen longest ago go first. */
    public static final int CAPACITY = 10_000;
    /** How far back from the latest last-seen time a story counts as "now". */
    public static final Duration NOW = Duration.ofDays(1);

    private final Map<String, Map<String, Object>> stories = new HashMap<>();

    /** One record of the topic: the story's JSON, or null for a tombstone. */
    public synchronized void accept(String storyId, byte[] json) {
        if (storyId == null) {
            return;
        }
        if (json == null) {
            stories.remove(storyId);
            return;
        }
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> story = Json.mapper().readValue(json, Map.class);
            stories.put(storyId, story);
        } catch (IOException e) {
            // someone else's record on the topic: not a reason to stop reading it
            LOG.warn("unreadable record for story {} on the stories topic: {}", storyId, e.getMessage());
            return;
        }
        if (stories.size() > CAPACITY) {
            stories.values().stream().min(Comparator.comparing(TopStories::lastSeen))
                    .ifPresent(oldest -> stories.remove((String) oldest.get("id")));
        }
    }

    /** The largest stories last seen within {@link #NOW} of the latest one, largest and latest first. */
    public synchronized List<Map<String, Object>> top(int limit) {
        Instant latest = stories.values().stream().map(TopStories::lastSeen).max(Comparator.naturalOrder())
                .orElse(Instant.EPOCH);
        Instant from = latest.minus(NOW);
        List<Map<String, Object>> out = new ArrayList<>();
        stories.values().stream().filter(s -> !lastSeen(s).isBefore(from))
                .sorted(Comparator.<Map<String, Object>>comparingLong(s -> -size(s))
                        .thenComparing(TopStories::lastSeen, Comparator.reverseOrder())
                        .thenComparing(s -> String.valueOf(s.get("id"))))
                .limit(Math.max(0, limit)).forEach(out::add);
        return out;
    }

    public synchronized int size() {
        return stories.size();
    }

    private static long size(Map<String, Object> story) {
        return story.get("size") instanceof Number n ? n.longValue() : 0;
    }

    private static Instant lastSeen(Map<String, Object> story) {
        Object v = story.get("lastSeen");
        try {
            return v == null ? Instant.EPOCH : Instant.parse(v.toString());
        } catch (java.time.format.DateTimeParseException e) {
            return Instant.EPOCH;
        }
    }
}
