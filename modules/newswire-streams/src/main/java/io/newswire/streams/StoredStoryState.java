package io.newswire.streams;

import static java.util.Objects.requireNonNull;

import io.newswire.enrich.stories.InMemoryStoryState;
import io.newswire.enrich.stories.SameEventStories;
import io.newswire.enrich.stories.StoryState;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The sequencer task's {@link StoryState} for same-event stories: the clusterer's state in five changelogged
 * stores, which are the truth and answer (s30: persistent, RocksDB), with only bounded parts on the heap, so that
 * the heap does not grow with the stories held. The answers are those of {@link InMemoryStoryState} (what {@code
 * newswire enrich} runs) over the same order: the same stories, posted under the same keys in the same order, with
 * the same retention.
 *
 * <ul>
 *   <li>{@code stories-df}: the document-frequency table ({@link InMemoryStoryState#frequencySlot}) in blocks of
 *       {@value #BLOCK} slots, as of the last snapshot, plus the documents counted by then (key {@value #DOCUMENTS}),
 *       the clusterer's latest retention day (key {@value #LATEST_DAY}) and the stories held (key {@value #STORIES});
 *       the table itself is also on the heap (a fixed 4 MB, whatever the stream's length), which answers;</li>
 *   <li>{@code stories-df-log}: the terms of each document counted since that snapshot, by sequence number;</li>
 *   <li>{@code stories-records}: story id to the story with its recent members (about 1.3 KB a member);</li>
 *   <li>{@code stories-postings}: posting key to the ids of its most recent stories (at most {@value #PER_KEY}),
 *       most recent first: the list {@link InMemoryStoryState}'s ring of the key reports;</li>
 *   <li>{@code stories-of}: article id to its story id, for its copies.</li>
 * </ul>
 *
 * <p>On the heap besides the counts: the {@value #CACHED} stories most recently read or saved, decoded (a story read
 * twice while one article is assigned is the same object, as the clusterer's candidate count needs: the cache is cut
 * to its bound between two articles, never during one; a saved story is
 * written to its store at once, so the cache never holds anything the stores do not). Until s29 the heap held every
 * story and posting and the stores were only written through (about 9 KB of heap an article with the duplicates'
 * index: a default 1 GB heap fed 500 articles/s ran out within minutes, docs/STORIES.md "Memory").
 *
 * <p>Why a snapshot and a log for the counts (s26): an article counts all its distinct words and entities, about 250
 * for a 2 KB text, and one store write per count (s25: {@code stories-counts}, slot to count) made the write-through
 * cost several times the clusterer's own work. Now an article is one write (its terms, to the log); every
 * {@code snapshotEvery} documents the blocks changed since the last snapshot are written and the log is emptied, in
 * the same transaction. Counts only add up, so the table restored (snapshot, then the log's documents counted again)
 * is exactly the one the heap held, whatever the order.
 *
 * <p>Retention is the clusterer's (event time, {@link #expire}): at most once per day of event time, a scan of the
 * stories drops those {@link InMemoryStoryState#expire} drops, and the postings and article ids that named them.
 */
final class StoredStoryState implements StoryState, SameEventStories.StoryOf {

    static final String COUNTS = "stories-df";
    static final String COUNTS_LOG = "stories-df-log";
    static final String RECORDS = "stories-records";
    static final String POSTINGS = "stories-postings";
    static final String STORY_OF = "stories-of";
    static final long DOCUMENTS = -1;
    static final long LATEST_DAY = -2;
    /** Key of the number of stories held in {@code stories-df} (s30; absent in an older app's store). */
    static final long STORIES = -3;
    /** Slots in a block of {@code stories-df}. */
    static final int BLOCK = 256;
    /** Documents logged between two snapshots of the counts, by default. */
    static final int SNAPSHOT_EVERY = 4096;
    /** Stories posted per key: {@link InMemoryStoryState}'s default, which {@code newswire enrich} runs with. */
    static final int PER_KEY = 8;
    /** Stories kept decoded on the heap (at most 4 members of about 1.5 KB each: at most about 12 MB). */
    static final int CACHED = 2048;
    /** Posting lists kept decoded on the heap (a list of at most 8 ids: about 1 KB with its strings, at most 16 MB). */
    static final int CACHED_POSTINGS = 16_384;
    /** Key prefix of a story in the {@link LoggedIndex} layout (s41), then the story id's UTF-8 bytes. */
    static final byte RECORD_PREFIX = 'R';
    /** Key prefix of a posting list in the {@link LoggedIndex} layout (s41), then the posting key's 8 bytes. */
    static final byte POSTING_PREFIX = 'P';
    /** Key prefix of an article's story in the {@link LoggedIndex} layout (s41), then the article id's UTF-8 bytes. */
    static final byte STORY_OF_PREFIX = 'O';
    /** Entries moved at a time from an older app's story stores into the index (bounded heap). */
    private static final int MOVE_BATCH = 10_000;
    private static final long[] NONE = new long[0];
    /** A key known to have no posting list (a distinct object, compared by identity). */
    private static final List<String> ABSENT = java.util.Collections.unmodifiableList(new ArrayList<>());

    /** The document frequencies only: its stories and postings stay empty. */
    private final InMemoryStoryState frequencies;
    private final KeyValueStore<Long, int[]> counts;
    private final KeyValueStore<Long, long[]> countsLog;
    private final Table<String, StoryRecord> records;
    private final Table<Long, List<String>> postings;
    private final Table<String, String> storyOf;
    private final int snapshotEvery;
    private final java.util.BitSet dirty = new java.util.BitSet();
    private final Map<String, StoryRecord> cache;
    private final int cached;
    private final List<String> ids = new ArrayList<>();
    /**
     * The posting lists most recently read or written, decoded, absent keys as {@link #ABSENT}: written through, so
     * never stale (s35). Kept across articles up to {@link #cachedPostings}, cut between two articles like
     * {@link #cache}: an article reads the lists of its 20-odd probe keys and its save rewrites the same ones, and a
     * feed's common words and entities are probed by article after article. Before s35 the lists were kept for one
     * article only, so each article decoded its probe keys' lists afresh through the store's metered and caching
     * layers (new id strings, hashed again for every story lookup): a third of the stories' own work in the
     * sequencer (JFR, docs/STORIES.md "Cost of the step").
     */
    private final LinkedHashMap<Long, List<String>> posted;
    private final int cachedPostings;
    private long logFirst;
    private long logNext;
    private long expirations;
    private int stories;

    /** Over the five stores, with the offline command's postings per key ({@link InMemoryStoryState#InMemoryStoryState()}). */
    StoredStoryState(KeyValueStore<Long, int[]> counts, KeyValueStore<Long, long[]> countsLog,
            KeyValueStore<String, StoryRecord> records, KeyValueStore<Long, List<String>> postings,
            KeyValueStore<String, String> storyOf, int snapshotEvery) {
        this(counts, countsLog, records, postings, storyOf, snapshotEvery, CACHED);
    }

    /** @param cached the stories kept decoded on the heap between two articles */
    StoredStoryState(KeyValueStore<Long, int[]> counts, KeyValueStore<Long, long[]> countsLog,
            KeyValueStore<String, StoryRecord> records, KeyValueStore<Long, List<String>> postings,
            KeyValueStore<String, String> storyOf, int snapshotEvery, int cached) {
        this(counts, countsLog, records, postings, storyOf, snapshotEvery, cached, CACHED_POSTINGS);
    }

    /**
     * @param cached         the stories kept decoded on the heap between two articles
     * @param cachedPostings the posting lists kept decoded on the heap between two articles
     */
    StoredStoryState(KeyValueStore<Long, int[]> counts, KeyValueStore<Long, long[]> countsLog,
            KeyValueStore<String, StoryRecord> records, KeyValueStore<Long, List<String>> postings,
            KeyValueStore<String, String> storyOf, int snapshotEvery, int cached, int cachedPostings) {
        this(counts, countsLog, new StoreTable<>(requireNonNull(records, "records")),
                new StoreTable<>(requireNonNull(postings, "postings")),
                new StoreTable<>(requireNonNull(storyOf, "storyOf")), snapshotEvery, cached, cachedPostings);
    }

    /**
     * The layout since s41: stories, posting lists and article-to-story entries in the duplicates' {@link LoggedIndex}
     * (key prefixes {@value #RECORD_PREFIX}, {@value #POSTING_PREFIX}, {@value #STORY_OF_PREFIX}), so that they are
     * part of the article's one operation record, reach RocksDB in the index's batches, and reads of keys never
     * written (most probe keys of a new article) are answered by the index's key filter; the sequencer ends the
     * article ({@link LoggedIndex#endArticle}) after the stories step.
     */
    StoredStoryState(KeyValueStore<Long, int[]> counts, KeyValueStore<Long, long[]> countsLog, LoggedIndex index,
            int snapshotEvery) {
        this(counts, countsLog, index, snapshotEvery, CACHED, CACHED_POSTINGS);
    }

    /** As {@link #StoredStoryState(KeyValueStore, KeyValueStore, LoggedIndex, int)} with the heap caches' bounds. */
    StoredStoryState(KeyValueStore<Long, int[]> counts, KeyValueStore<Long, long[]> countsLog, LoggedIndex index,
            int snapshotEvery, int cached, int cachedPostings) {
        this(counts, countsLog, IndexTable.records(index), IndexTable.postings(index), IndexTable.storyOf(index),
                snapshotEvery, cached, cachedPostings);
    }

    private StoredStoryState(KeyValueStore<Long, int[]> counts, KeyValueStore<Long, long[]> countsLog,
            Table<String, StoryRecord> records, Table<Long, List<String>> postings, Table<String, String> storyOf,
            int snapshotEvery, int cached, int cachedPostings) {
        if (snapshotEvery < 1) {
            throw new IllegalArgumentException("snapshotEvery: " + snapshotEvery);
        }
        if (cached < 1) {
            throw new IllegalArgumentException("cached: " + cached);
        }
        if (cachedPostings < 0) {
            throw new IllegalArgumentException("cachedPostings: " + cachedPostings);
        }
        this.frequencies = new InMemoryStoryState();
        this.counts = requireNonNull(counts, "counts");
        this.countsLog = requireNonNull(countsLog, "countsLog");
        this.records = records;
        this.postings = postings;
        this.storyOf = storyOf;
        this.snapshotEvery = snapshotEvery;
        this.cached = cached;
        this.cache = new LinkedHashMap<>(cached * 2, 0.75f, true);
        this.cachedPostings = cachedPostings;
        this.posted = new LinkedHashMap<>(Math.max(64, Math.min(cachedPostings, 1 << 16) * 2), 0.75f, true);
    }

    /**
     * Reads the counts from the stores (the stories and postings are read when asked for); returns the clusterer's
     * latest retention day, as stored.
     */
    long restore() {
        posted.clear();
        long latestDay = Long.MIN_VALUE;
        int held = -1;
        cache.clear();
        try (KeyValueIterator<Long, int[]> it = counts.all()) {
            while (it.hasNext()) {
                KeyValue<Long, int[]> kv = it.next();
                if (kv.key == DOCUMENTS) {
                    frequencies.restoreDocuments(kv.value[0]);
                } else if (kv.key == LATEST_DAY) {
                    latestDay = (long) kv.value[0] << 32 | kv.value[1] & 0xFFFF_FFFFL;
                } else if (kv.key == STORIES) {
                    held = kv.value[0];
                } else {
                    int first = Math.toIntExact(kv.key) * BLOCK;
                    for (int i = 0; i < kv.value.length; i++) {
                        if (kv.value[i] != 0) {
                            frequencies.restoreFrequency(first + i, kv.value[i]);
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
        if (held < 0) {
            // an older app's stores: no count kept, counted once
            int[] n = {0};
            records.forEach((id, r) -> n[0]++);
            held = n[0];
        }
        stories = held;
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
        return frequencies.documents();
    }

    @Override
    public int documentFrequency(long term) {
        return frequencies.documentFrequency(term);
    }

    @Override
    public void countDocument(long[] words, long[] entities) {
        // an article's assignment starts here: the cache shrinks to its bound between two articles, never during
        // one, so that a story read under two keys is one object (the clusterer counts its candidates by identity)
        trim();
        long[] terms = new long[words.length + entities.length];
        System.arraycopy(words, 0, terms, 0, words.length);
        System.arraycopy(entities, 0, terms, words.length, entities.length);
        count(terms, NONE);
        countsLog.put(logNext++, terms);
        if (logNext - logFirst >= snapshotEvery) {
            snapshot();
        }
    }

    /** Cuts the caches of decoded stories and posting lists to their bounds (between two articles). */
    void trim() {
        var it = cache.entrySet().iterator();
        for (int excess = cache.size() - cached; excess > 0 && it.hasNext(); excess--) {
            it.next();
            it.remove();
        }
        var lists = posted.entrySet().iterator();
        for (int excess = posted.size() - cachedPostings; excess > 0 && lists.hasNext(); excess--) {
            lists.next();
            lists.remove();
        }
    }

    /** Posting lists decoded on the heap now (at most their bound, plus one article's keys). */
    int cachedPostings() {
        return posted.size();
    }

    /** Counts a document on the heap and marks the blocks it changed. */
    private void count(long[] words, long[] entities) {
        frequencies.countDocument(words, entities);
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
                block[i] = frequencies.frequencyAt(b * BLOCK + i);
            }
            counts.put((long) b, block);
        }
        counts.put(DOCUMENTS, new int[] {frequencies.documents()});
        for (long k = logFirst; k < logNext; k++) {
            countsLog.delete(k);
        }
        dirty.clear();
        logFirst = logNext;
    }

    @Override
    public void forEachPosted(long key, Consumer<StoryRecord> sink) {
        List<String> ids = posting(key);
        if (ids == null) {
            return;
        }
        for (String id : ids) {
            StoryRecord r = story(id);
            if (r == null) {
                // retention removes a dropped story from every posting in the same transaction
                throw new IllegalStateException("posting " + key + " names story " + id + ", not stored");
            }
            sink.accept(r);
        }
    }

    /** Whether the story is held, without decoding it into the cache (a scan over all stories asks this). */
    boolean holds(String id) {
        return cache.containsKey(id) || records.get(id) != null;
    }

    @Override
    public StoryRecord story(String id) {
        StoryRecord r = cache.get(id);
        if (r == null) {
            r = records.get(id);
            if (r != null) {
                cache.put(id, r);
            }
        }
        return r;
    }

    @Override
    public void save(StoryRecord story, long[] keys) {
        if (story(story.id()) == null) {
            stories++;
            counts.put(STORIES, new int[] {stories});
        }
        cache.put(story.id(), story);
        records.put(story.id(), story);
        for (long key : keys) {
            List<String> posted = posting(key);
            // already the most recent under this key: unchanged (InMemoryStoryState#save)
            if (posted != null && !posted.isEmpty() && posted.get(0).equals(story.id())) {
                continue;
            }
            ids.clear();
            ids.add(story.id());
            for (int i = 0; posted != null && i < posted.size() && ids.size() < PER_KEY; i++) {
                ids.add(posted.get(i));
            }
            List<String> now = List.copyOf(ids);
            this.posted.put(key, now);
            postings.put(key, now);
        }
    }

    /**
     * A key's posting list, or null, read through {@link #posted}: an article's assignment reads the lists of its
     * probe keys and its save reads and writes the same ones, and the lists of common keys stay decoded for the
     * articles after it.
     */
    private List<String> posting(long key) {
        List<String> ids = posted.get(key);
        if (ids == null) {
            ids = postings.get(key);
            posted.put(key, ids == null ? ABSENT : ids);
            return ids;
        }
        return ids == ABSENT ? null : ids;
    }

    @Override
    public void expire(long cutoffMillis) {
        // once per day of event time at most: a scan of each store, dropping what InMemoryStoryState#expire drops
        Set<String> gone = new HashSet<>();
        records.forEach((id, stored) -> {
            StoryRecord cached = cache.get(id);
            if ((cached != null ? cached : stored).lastMillis() < cutoffMillis) {
                gone.add(id);
            }
        });
        if (gone.isEmpty()) {
            return;
        }
        expirations++;
        posted.clear();
        for (String id : gone) {
            records.delete(id);
            cache.remove(id);
        }
        stories -= gone.size();
        counts.put(STORIES, new int[] {stories});
        List<KeyValue<Long, List<String>>> changed = new ArrayList<>();
        postings.forEach((key, list) -> {
            List<String> now = new ArrayList<>(list.size());
            for (String id : list) {
                if (!gone.contains(id)) {
                    now.add(id);
                }
            }
            if (now.size() != list.size()) {
                changed.add(KeyValue.pair(key, now.isEmpty() ? null : List.copyOf(now)));
            }
        });
        for (KeyValue<Long, List<String>> kv : changed) {
            if (kv.value == null) {
                postings.delete(kv.key);
            } else {
                postings.put(kv.key, kv.value);
            }
        }
        List<String> orphans = new ArrayList<>();
        storyOf.forEach((article, story) -> {
            if (gone.contains(story)) {
                orphans.add(article);
            }
        });
        orphans.forEach(storyOf::delete);
    }

    @Override
    public int size() {
        return stories;
    }

    /** Stories decoded on the heap now (at most the cache's bound, plus one article's candidates). */
    int cached() {
        return cache.size();
    }

    @Override
    public String get(String articleId) {
        return storyOf.get(articleId);
    }

    @Override
    public void put(String articleId, String storyId) {
        storyOf.put(articleId, storyId);
    }

    /**
     * Moves what an app before s41 kept in its three story stores ({@code stories-records}, {@code stories-postings},
     * {@code stories-of}, changelogged) into the index's layout, and empties them: once, at the first start of this
     * version, in the task's first transaction (the index's writes become operation records, the stores' deletions
     * tombstones). The caller ends the operation ({@link LoggedIndex#endArticle}). Returns the entries moved.
     */
    static long moveInto(LoggedIndex index, KeyValueStore<String, StoryRecord> records,
            KeyValueStore<Long, List<String>> postings, KeyValueStore<String, String> storyOf) {
        return move(records, IndexTable.records(index)) + move(postings, IndexTable.postings(index))
                + move(storyOf, IndexTable.storyOf(index));
    }

    private static <K, V> long move(KeyValueStore<K, V> from, Table<K, V> to) {
        long moved = 0;
        List<KeyValue<K, V>> batch = new ArrayList<>();
        do {
            batch.clear();
            try (KeyValueIterator<K, V> it = from.all()) {
                while (it.hasNext() && batch.size() < MOVE_BATCH) {
                    batch.add(it.next());
                }
            }
            for (KeyValue<K, V> kv : batch) {
                to.put(kv.key, kv.value);
                from.delete(kv.key);
            }
            moved += batch.size();
        } while (batch.size() == MOVE_BATCH);
        return moved;
    }

    /**
     * One map of the clusterer's state: a store (the layout until s40, which the tests of that layout and an older
     * app's stores use) or a key range of the duplicates' {@link LoggedIndex} (s41).
     */
    interface Table<K, V> {

        V get(K key);

        void put(K key, V value);

        void delete(K key);

        /** Every entry, in key order; the action must not change the table (collect, then change). */
        void forEach(BiConsumer<K, V> action);
    }

    /** A table over a key-value store. */
    private record StoreTable<K, V>(KeyValueStore<K, V> store) implements Table<K, V> {

        @Override
        public V get(K key) {
            return store.get(key);
        }

        @Override
        public void put(K key, V value) {
            store.put(key, value);
        }

        @Override
        public void delete(K key) {
            store.delete(key);
        }

        @Override
        public void forEach(BiConsumer<K, V> action) {
            try (KeyValueIterator<K, V> it = store.all()) {
                while (it.hasNext()) {
                    KeyValue<K, V> kv = it.next();
                    action.accept(kv.key, kv.value);
                }
            }
        }
    }

    /**
     * A table over the keys of one prefix in a {@link LoggedIndex}: values encoded as the stores of the old layout
     * encoded them ({@link DedupCodec}), keys as the prefix and the key's bytes.
     */
    private static final class IndexTable<K, V> implements Table<K, V> {

        private final LoggedIndex index;
        private final byte prefix;
        private final Function<K, byte[]> keyBytes;
        private final Function<byte[], K> keyOf;
        private final Serde<V> serde;

        private IndexTable(LoggedIndex index, byte prefix, Function<K, byte[]> keyBytes,
                Function<byte[], K> keyOf, Serde<V> serde) {
            this.index = requireNonNull(index, "index");
            this.prefix = prefix;
            this.keyBytes = keyBytes;
            this.keyOf = keyOf;
            this.serde = serde;
        }

        static IndexTable<String, StoryRecord> records(LoggedIndex index) {
            return new IndexTable<>(index, RECORD_PREFIX, StoredStoryState::utf8, StoredStoryState::string,
                    DedupCodec.STORY_RECORD);
        }

        static IndexTable<Long, List<String>> postings(LoggedIndex index) {
            return new IndexTable<>(index, POSTING_PREFIX, StoredStoryState::longKey,
                    b -> ByteBuffer.wrap(b, 1, 8).getLong(), DedupCodec.STORY_IDS);
        }

        static IndexTable<String, String> storyOf(LoggedIndex index) {
            return new IndexTable<>(index, STORY_OF_PREFIX, StoredStoryState::utf8, StoredStoryState::string,
                    Serdes.String());
        }

        private Bytes key(K key) {
            byte[] k = keyBytes.apply(key);
            k[0] = prefix;
            return Bytes.wrap(k);
        }

        @Override
        public V get(K key) {
            byte[] v = index.get(key(key));
            return v == null ? null : serde.deserializer().deserialize(null, v);
        }

        @Override
        public void put(K key, V value) {
            index.put(key(key), serde.serializer().serialize(null, requireNonNull(value, "value")));
        }

        @Override
        public void delete(K key) {
            index.delete(key(key));
        }

        @Override
        public void forEach(BiConsumer<K, V> action) {
            try (KeyValueIterator<Bytes, byte[]> it = index.range(
                    Bytes.wrap(new byte[] {prefix}),
                    Bytes.wrap(new byte[] {(byte) (prefix + 1)}))) {
                while (it.hasNext()) {
                    KeyValue<Bytes, byte[]> kv = it.next();
                    action.accept(keyOf.apply(kv.key.get()), serde.deserializer().deserialize(null, kv.value));
                }
            }
        }
    }

    /** A string key's bytes after a one-byte prefix slot (left 0, the table writes its prefix). */
    private static byte[] utf8(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        byte[] k = new byte[b.length + 1];
        System.arraycopy(b, 0, k, 1, b.length);
        return k;
    }

    private static String string(byte[] key) {
        return new String(key, 1, key.length - 1, StandardCharsets.UTF_8);
    }

    private static byte[] longKey(long key) {
        return ByteBuffer.allocate(9).put((byte) 0).putLong(key).array();
    }
}
