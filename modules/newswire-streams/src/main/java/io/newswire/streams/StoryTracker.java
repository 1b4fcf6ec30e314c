package io.newswire.streams;

import io.newswire.model.Article;
import io.newswire.model.Story;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The state of each story the sequencer holds, for the compacted {@code news.stories} topic: its size and
 * first-seen time (the index's), its last-seen time, a representative title (its first article's) and the
 * entities, places and countries its articles name most. Kept in the changelogged store {@code
 * dedup-stories} by story id, updated in the sequencer's order, dropped with the story when retention
 * drops its last article.
 */
final class StoryTracker {

    static final String STORE = "dedup-stories";
    /** Names counted per story and kind; later names beyond it are not counted (bounded, deterministic). */
    static final int MAX_COUNTED = 64;
    /** Names shown per kind in a {@code news.stories} record. */
    static final int TOP = 5;
    /** Names taken from one article per kind (its most salient first). */
    static final int PER_ARTICLE = 10;

    /** What a story record needs of one article, sent with its sequence record. */
    record Features(String title, List<String> entities, List<String> places, List<String> countries) {

        static final Features NONE = new Features(null, List.of(), List.of(), List.of());

        Features {
            entities = List.copyOf(entities);
            places = List.copyOf(places);
            countries = List.copyOf(countries);
        }

        static Features of(Article a) {
            String title = a.title() == null ? null : a.title().length() > 300 ? a.title().substring(0, 300) : a.title();
            return new Features(title,
                    a.entities().stream().limit(PER_ARTICLE).map(e -> e.name()).distinct().toList(),
                    a.places().stream().limit(PER_ARTICLE).map(p -> p.name()).distinct().toList(),
                    a.countries().stream().limit(PER_ARTICLE).map(c -> c.code()).distinct().toList());
        }
    }

    /** A story as the store keeps it (the counts in full, up to {@link #MAX_COUNTED} names per kind). */
    record StoryState(String id, int size, Instant firstSeen, Instant lastSeen, String title,
            Map<String, Integer> entities, Map<String, Integer> places, Map<String, Integer> countries) {
    }

    /**
     * A record of {@code news.stories}: the story now.
     *
     * @param mergedInto the story this one was merged into; always null today (stories are groups of copies,
     *                   which never merge)
     */
    record StoryRecord(String id, int size, Instant firstSeen, Instant lastSeen, String title,
            List<String> entities, List<String> places, List<String> countries, String mergedInto) {
    }

    private final KeyValueStore<String, StoryState> store;

    StoryTracker(KeyValueStore<String, StoryState> store) {
        this.store = store;
    }

    /** Adds one article (its event time and features) to its story; returns the story's record now. */
    StoryRecord add(Story story, Instant eventTime, Features features) {
        StoryState old = store.get(story.id());
        Map<String, Integer> entities = old == null ? new TreeMap<>() : new TreeMap<>(old.entities());
        Map<String, Integer> places = old == null ? new TreeMap<>() : new TreeMap<>(old.places());
        Map<String, Integer> countries = old == null ? new TreeMap<>() : new TreeMap<>(old.countries());
        count(entities, features.entities());
        count(places, features.places());
        count(countries, features.countries());
        Instant last = old == null ? eventTime : max(old.lastSeen(), eventTime);
        String title = old != null && old.title() != null ? old.title() : features.title();
        StoryState now = new StoryState(story.id(), story.size(), story.firstSeen(), last, title, entities, places,
                countries);
        store.put(story.id(), now);
        return new StoryRecord(now.id(), now.size(), now.firstSeen(), now.lastSeen(), now.title(), top(entities),
                top(places), top(countries), null);
    }

    /** Drops the stories {@code held} no longer knows; returns their ids (tombstones for the topic). */
    List<String> retain(java.util.function.Predicate<String> held) {
        List<String> gone = new ArrayList<>();
        try (var it = store.all()) {
            while (it.hasNext()) {
                String id = it.next().key;
                if (!held.test(id)) {
                    gone.add(id);
                }
            }
        }
        gone.forEach(store::delete);
        return gone;
    }

    private static Instant max(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    private static void count(Map<String, Integer> counts, List<String> names) {
        for (String n : names) {
            if (counts.containsKey(n) || counts.size() < MAX_COUNTED) {
                counts.merge(n, 1, Integer::sum);
            }
        }
    }

    private static List<String> top(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue).reversed()
                        .thenComparing(Map.Entry::getKey))
                .limit(TOP).map(Map.Entry::getKey).toList();
    }
}
