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
 * The sequencer task's {@link StoryState} for same-event stories: the clusterer's whole state in five
 * changelogged stores, written through as the clusterer changes it, and an {@link InMemoryStoryState} that
 * answers (the same code as {@code newswire enrich}'s, so the same answers). {@link #restore} makes the heap
 * state again from the stores when the task starts, moves or is re-initialised after an aborted transaction:
 * the stores are committed with the decisions, so what is restored is the state of the last committed
 * decision. Unlike the duplicates' {@code dedup-log} the stores hold the state itself, not a log to replay:
 * document frequencies never decrease, so a replay of a log trimmed by retention would count differently.
 *
 * <ul>
 *   <li>{@code stories-df}: the document-frequency table ({@link InMemoryStoryState#frequencySlot}) in blocks of
 *       {@value #BLOCK} slots, as of the last snapshot, plus the documents counted by then (key {@value #DOCUMENTS})
 *       and the clusterer's latest retention day (key {@value #LATEST_DAY});</li>
 *   <li>{@code stories-df-log}: the terms of each document counted since that snapshot, by sequence number;</li>
 *   <li>{@code stories-records}: story id to the story with its recent members (about 1.3 KB a member);</li>
 *   <li>{@code stories-postings}: posting key to the ids of its most recent stories, most recent first;</li>
 *   <li>{@code stories-of}: article id to its story id, for its copies.</li>
 * </ul>
 *
 * <p>Why a snapshot and a log for the counts (s26): an article counts all its distinct words and entities, about 250
 * for a 2 KB text, and one store write per count (s25: {@code stories-counts}, slot to count) made the write-through
 * cost several times the clusterer's own work. Now an article is one write (its terms, to the log); every
 * {@code snapshotEvery} documents the blocks changed since the last snapshot are written and the log is emptied, in
 * the same transaction. Counts only add up, so the table restored (snapshot, then the log's documents counted again)
 * is exactly the one the heap held, whatever the order.
 *
 * Retention is the clusterer's (event time, {@link #expire}); the stores drop what the heap dropped.
 */
final class StoredStoryState implements StoryState, SameEventStories.StoryOf {

    static final String COUNTS = "stories-df";
    static final String COUNTS_LOG = "stories-df-log";
    static final String RECORDS = "stories-records";
    static final String POSTINGS = "stories-postings";
    static final String STORY_OF = "stories-of";
    static final long DOCUMENTS = -1;
    static final long LATEST_DAY = -2;
    /** Slots in a block of {@code stories-df}. */
    static final int BLOCK = 256;
    /** Documents logged between two snapshots of the counts, by default. */
    static final int SNAPSHOT_EVERY = 4096;
    private static final long[] NONE = new long[0];

    private final InMemoryStoryState heap;
    private final KeyValueStore<Long, int[]> counts;
    private final KeyValueStore<Long, long[]> countsLog;
    private final KeyValueStore<String, StoryRecord> records;
    private final KeyValueStore<Long, List<String>> postings;
    private final KeyValueStore<String, String> storyOf;
    private final int snapshotEvery;
    private final java.util.BitSet dirty = new java.util.BitSet();
    private final List<String> ids = new ArrayList<>();
    private long logFirst;
    private long logNext;
    private long expirations;

    /** Over the five stores, with the offline command's postings per key ({@link InMemoryStoryState#InMemoryStoryState()}). */
    StoredStoryState(KeyValueStore<Long, int[]> counts, KeyValueStore<Long, long[]> countsLog,
            KeyValueStore<String, StoryRecord> records, KeyValueStore<Long, List<String>> postings,
            KeyValueStore<String, String> storyOf, int snapshotEvery) {
        if (snapshotEvery < 1) {
            throw new IllegalArgumentException("snapshotEvery: " + snapshotEvery);
        }
        this.heap = new InMemoryStoryState();
        this.counts = requireNonNull(counts, "counts");
        this.countsLog = requireNonNull(countsLog, "countsLog");
        this.records = requireNonNull(records, "records");
        this.postings = requireNonNull(postings, "postings");
        this.storyOf = requireNonNull(storyOf, "storyOf");
        this.snapshotEvery = snapshotEvery;
    }

    /** Makes the heap state from the stores; returns the clusterer's latest retention day, as stored. */
    long restore() {
        long latestDay = Long.MIN_VALUE;
        try (KeyValueIterator<Long, int[]> it = counts.all()) {
            while (it.hasNext()) {
                KeyValue<Long, int[]> kv = it.next();
                if (kv.key == DOCUMENTS) {
                    heap.restoreDocuments(kv.value[0]);
                } else if (kv.key == LATEST_DAY) {
                    latestDay = (long) kv.value[0] << 32 | kv.value[1] & 0xFFFF_FFFFL;
                } else {
                    int first = Math.toIntExact(kv.key) * BLOCK;
                    for (int i = 0; i < kv.value.length; i++) {
                        if (kv.value[i] != 0) {
                            heap.restoreFrequency(first + i, kv.value[i]);
                        }
                    }
                }
            }
        }
        logFirst = Long.MAX_VALUE;
        logNext = 0;
        try (KeyValueIterator<Long, long[]> it = countsLog.all()) {
            while (it.hasNext()) {
                KeyValue<Long, long[]> kv = it.next();
                count(kv.value, NONE);
                logFirst = Math.min(logFirst, kv.key);
                logNext = Math.max(logNext, kv.key + 1);
            }
        }
        if (logFirst == Long.MAX_VALUE) {
            logFirst = logNext;
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
            counts.put(LATEST_DAY, new int[] {(int) (day >>> 32), (int) day});
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
        long[] terms = new long[words.length + entities.length];
        System.arraycopy(words, 0, terms, 0, words.length);
        System.arraycopy(entities, 0, terms, words.length, entities.length);
        count(terms, NONE);
        countsLog.put(logNext++, terms);
        if (logNext - logFirst >= snapshotEvery) {
            snapshot();
        }
    }

    /** Counts a document in the heap and marks the blocks it changed. */
    private void count(long[] words, long[] entities) {
        heap.countDocument(words, entities);
        for (long t : words) {
            dirty.set(InMemoryStoryState.frequencySlot(t) / BLOCK);
        }
        for (long t : entities) {
            dirty.set(InMemoryStoryState.frequencySlot(t) / BLOCK);
        }
    }

    /** Writes the blocks changed since the last snapshot and the documents counted, and empties the log. */
    private void snapshot() {
        for (int b = dirty.nextSetBit(0); b >= 0; b = dirty.nextSetBit(b + 1)) {
            int[] block = new int[BLOCK];
            for (int i = 0; i < BLOCK; i++) {
                block[i] = heap.frequencyAt(b * BLOCK + i);
            }
            counts.put((long) b, block);
        }
        counts.put(DOCUMENTS, new int[] {heap.documents()});
        for (long k = logFirst; k < logNext; k++) {
            countsLog.delete(k);
        }
        dirty.clear();
        logFirst = logNext;
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
        // a key whose most recent story is already this one does not change: not written again
        boolean[] unchanged = new boolean[keys.length];
        for (int i = 0; i < keys.length; i++) {
            unchanged[i] = heap.mostRecent(keys[i]) == story;
        }
        heap.save(story, keys);
        records.put(story.id(), story);
        for (int i = 0; i < keys.length; i++) {
            if (!unchanged[i]) {
                postings.put(keys[i], posted(keys[i]));
            }
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
