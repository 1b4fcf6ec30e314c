package io.newswire.streams;

import static java.util.Objects.requireNonNull;

import io.newswire.enrich.stories.InMemoryStoryState;
import io.newswire.enrich.stories.SameEventStories;
import io.newswire.enrich.stories.StoryState;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The sequencer task's {@link StoryState} for same-event stories: the clusterer's whole state in four
 * changelogged stores, written through as the clusterer changes it, and an {@link InMemoryStoryState} that
 * answers (the same code as {@code newswire enrich}'s, so the same answers). {@link #restore} makes the heap
 * state again from the stores when the task starts, moves or is re-initialised after an aborted transaction:
 * the stores are committed with the decisions, so what is restored is the state of the last committed
 * decision. Unlike the duplicates' {@code dedup-log} the stores hold the state itself, not a log to replay:
 * document frequencies never decrease, so a replay of a log trimmed by retention would count differently.
 *
 * <ul>
 *   <li>{@code stories-counts}: the document-frequency table by slot ({@link InMemoryStoryState#frequencySlot}),
 *       plus the documents counted (key {@value #DOCUMENTS}) and the clusterer's latest retention day (key
 *       {@value #LATEST_DAY});</li>
 *   <li>{@code stories-records}: story id to the story with its recent members (about 1.3 KB a member);</li>
 *   <li>{@code stories-postings}: posting key to the ids of its most recent stories, most recent first;</li>
 *   <li>{@code stories-of}: article id to its story id, for its copies.</li>
 * </ul>
 *
 * Retention is the clusterer's (event time, {@link #expire}); the stores drop what the heap dropped.
 */
final class StoredStoryState implements StoryState, SameEventStories.StoryOf {

    static final String COUNTS = "stories-counts";
    static final String RECORDS = "stories-records";
    static final String POSTINGS = "stories-postings";
    static final String STORY_OF = "stories-of";
    static final long DOCUMENTS = -1;
    static final long LATEST_DAY = -2;

    private final InMemoryStoryState heap;
    private final KeyValueStore<Long, Long> counts;
    private final KeyValueStore<String, StoryRecord> records;
    private final KeyValueStore<Long, List<String>> postings;
    private final KeyValueStore<String, String> storyOf;
    private final List<String> ids = new ArrayList<>();
    private long expirations;

    /** Over the four stores, with the offline command's postings per key ({@link InMemoryStoryState#InMemoryStoryState()}). */
    StoredStoryState(KeyValueStore<Long, Long> counts, KeyValueStore<String, StoryRecord> records,
            KeyValueStore<Long, List<String>> postings, KeyValueStore<String, String> storyOf) {
        this.heap = new InMemoryStoryState();
        this.counts = requireNonNull(counts, "counts");
        this.records = requireNonNull(records, "records");
        this.postings = requireNonNull(postings, "postings");
        this.storyOf = requireNonNull(storyOf, "storyOf");
    }

    /** Makes the heap state from the stores; returns the clusterer's latest retention day, as stored. */
    long restore() {
        long latestDay = Long.MIN_VALUE;
        try (KeyValueIterator<Long, Long> it = counts.all()) {
            while (it.hasNext()) {
                KeyValue<Long, Long> kv = it.next();
                if (kv.key == DOCUMENTS) {
                    heap.restoreDocuments(Math.toIntExact(kv.value));
                } else if (kv.key == LATEST_DAY) {
                    latestDay = kv.value;
                } else {
                    heap.restoreFrequency(Math.toIntExact(kv.key), Math.toIntExact(kv.value));
                }
            }
        }
        try (KeyValueIterator<String, StoryRecord> it = records.all()) {
            while (it.hasNext()) {
                heap.restoreStory(it.next().value);
            }
        }
        try (KeyValueIterator<Long, List<String>> it = postings.all()) {
            while (it.hasNext()) {
                KeyValue<Long, List<String>> kv = it.next();
                List<StoryRecord> recent = new ArrayList<>(kv.value.size());
                for (String id : kv.value) {
                    StoryRecord r = heap.story(id);
                    if (r == null) {
                        throw new IllegalStateException("posting " + kv.key + " names story " + id + ", not stored");
                    }
                    recent.add(r);
                }
                heap.restorePosting(kv.key, recent);
            }
        }
        return latestDay;
    }

    /** Stores the clusterer's latest retention day when it changed. */
    void latestDay(long day, long before) {
        if (day != before) {
            counts.put(LATEST_DAY, day);
        }
    }

    /** How many times retention dropped stories (the caller writes their tombstones when it changes). */
    long expirations() {
        return expirations;
    }

    @Override
    public int documents() {
        return heap.documents();
    }

    @Override
    public int documentFrequency(long term) {
        return heap.documentFrequency(term);
    }

    @Override
    public void countDocument(long[] words, long[] entities) {
        heap.countDocument(words, entities);
        counts.put(DOCUMENTS, (long) heap.documents());
        putCounts(words);
        putCounts(entities);
    }

    private void putCounts(long[] terms) {
        for (long t : terms) {
            int slot = InMemoryStoryState.frequencySlot(t);
            counts.put((long) slot, (long) heap.frequencyAt(slot));
        }
    }

    @Override
    public void forEachPosted(long key, Consumer<StoryRecord> sink) {
        heap.forEachPosted(key, sink);
    }

    @Override
    public StoryRecord story(String id) {
        return heap.story(id);
    }

    @Override
    public void save(StoryRecord story, long[] keys) {
        heap.save(story, keys);
        records.put(story.id(), story);
        for (long key : keys) {
            postings.put(key, posted(key));
        }
    }

    private List<String> posted(long key) {
        ids.clear();
        heap.forEachPosted(key, r -> ids.add(r.id()));
        return List.copyOf(ids);
    }

    @Override
    public void expire(long cutoffMillis) {
        int before = heap.size();
        heap.expire(cutoffMillis);
        if (heap.size() == before) {
            return;
        }
        expirations++;
        // once per day of event time at most: a scan of each store, dropping what the heap dropped
        List<String> gone = new ArrayList<>();
        try (KeyValueIterator<String, StoryRecord> it = records.all()) {
            while (it.hasNext()) {
                String id = it.next().key;
                if (heap.story(id) == null) {
                    gone.add(id);
                }
            }
        }
        gone.forEach(records::delete);
        List<KeyValue<Long, List<String>>> changed = new ArrayList<>();
        try (KeyValueIterator<Long, List<String>> it = postings.all()) {
            while (it.hasNext()) {
                KeyValue<Long, List<String>> kv = it.next();
                List<String> now = posted(kv.key);
                if (!now.equals(kv.value)) {
                    changed.add(KeyValue.pair(kv.key, now.isEmpty() ? null : now));
                }
            }
        }
        for (KeyValue<Long, List<String>> kv : changed) {
            if (kv.value == null) {
                postings.delete(kv.key);
            } else {
                postings.put(kv.key, kv.value);
            }
        }
        List<String> orphans = new ArrayList<>();
        try (KeyValueIterator<String, String> it = storyOf.all()) {
            while (it.hasNext()) {
                KeyValue<String, String> kv = it.next();
                if (heap.story(kv.value) == null) {
                    orphans.add(kv.key);
                }
            }
        }
        orphans.forEach(storyOf::delete);
    }

    @Override
    public int size() {
        return heap.size();
    }

    @Override
    public String get(String articleId) {
        return storyOf.get(articleId);
    }

    @Override
    public void put(String articleId, String storyId) {
        storyOf.put(articleId, storyId);
    }
}
