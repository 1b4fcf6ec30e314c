package io.newswire.streams;

import static java.util.Objects.requireNonNull;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The duplicates index's keys and values ({@link StoredDuplicateState}) in a local store without a changelog, made
 * durable by one changelog record an article instead of one per key written (s33, issue 11). Until s32 every key an
 * article wrote (its id, fingerprint, 32 band rings, day member, day uses, story count, clocks: about 36 after the
 * record cache's coalescing) was a record on {@code dedup-index}'s changelog, each through Kafka Streams' record cache
 * and commit flush: the largest part of the step's cost (docs/STORIES.md, "s32").
 *
 * <ul>
 *   <li>{@value #WORK}: the index itself, local (RocksDB), no changelog, no record cache: it answers every read.</li>
 *   <li>{@value #OPS}: one record an article (operation number to the article's writes, each key with its new value
 *       or a deletion): a redo log. An article whose writes exceed {@value #PART_BYTES} bytes (retention dropping a
 *       day of articles) takes several consecutive records.</li>
 *   <li>{@value #SNAPSHOT}: a copy of the local index, written a chunk at a time as articles arrive (about {@link
 *       #bytesPerArticle} bytes an article, in records of about {@value #CHUNK_BYTES} bytes), in two generations: the
 *       last complete copy and the one being written, with a meta record (key {@code m}).</li>
 * </ul>
 *
 * <p>Restore: when the local store is not the one the changelogs describe (its marker, the number of operations it
 * holds, differs from the committed number: a new host, a crash, under exactly-once any unclean close, which wipes
 * the task's local state), it is emptied and rebuilt from the last complete copy, then every operation since that
 * copy began, in order. The copy is fuzzy (its chunks are read at different times while articles change the index),
 * which is exact because the operations are physical, each a key's new value: replaying every operation since the
 * copy began gives each key written since its last value and leaves the others as copied. When a copy is complete
 * the operations before its start are deleted (four an article, so that no transaction carries a burst of them), so
 * the log holds at most about two and a quarter copies' worth of articles, and both are bounded by the index, which
 * is bounded by event-time retention.
 *
 * <p>An app before s33 kept the index in {@value StoredDuplicateState#INDEX} with a changelog: with no copy yet, that
 * store is the base of a rebuild, until the first copy is complete; then it is emptied.
 */
final class LoggedIndex {

    /** The local index (no changelog). */
    static final String WORK = "dedup-index-local";
    /** The operations, one record an article. */
    static final String OPS = "dedup-index-ops";
    /** The copies of the local index. */
    static final String SNAPSHOT = "dedup-index-snapshot";
    /** Bytes of the local index copied an article, by default: about twice what an article adds to it. */
    static final int BYTES_PER_ARTICLE = 2048;
    /**
     * Bytes copied an article when the index also holds the same-event stories' state (s41: stories, posting lists and
     * article stories add about 1.9 KB an article to its 1.4 KB, BBC).
     */
    static final int BYTES_PER_ARTICLE_WITH_STORIES = 4096;
    /** Bytes of a snapshot record. */
    static final int CHUNK_BYTES = 32 * 1024;
    /**
     * The key filters' size, 2^26 bits (8 MB each, two on the heap): one in 20 absent keys read from RocksDB up to 10M
     * keys in the local index (about 300,000 articles), one in 7 at 32M keys (1M articles).
     */
    static final int FILTER_BITS = 26;
    /** Bytes of an operation record, beyond which an article's writes are split. */
    static final int PART_BYTES = 256 * 1024;

    /** In the local index, after every key of the index: the number of operations it holds. */
    private static final Bytes MARKER = Bytes.wrap(new byte[] {'~'});
    /** Above every key of the local index. */
    private static final Bytes END = Bytes.wrap(new byte[] {(byte) 0x7F});
    private static final Bytes META = Bytes.wrap(new byte[] {'m'});
    /** The marker while an article's writes are under way. */
    private static final long DIRTY = -1;
    /** A deletion in {@link #unwritten} (compared by identity: an empty value is a value). */
    private static final byte[] DELETED = new byte[0];
    /** Keys deleted at a time when the local index or an older app's is emptied (bounded heap). */
    private static final int DELETE_BATCH = 10_000;
    /** Covered operations deleted an article: the log drains four times faster than it fills. */
    private static final int DELETES_PER_ARTICLE = 4;

    private final KeyValueStore<Bytes, byte[]> work;
    private final KeyValueStore<Long, byte[]> ops;
    private final KeyValueStore<Bytes, byte[]> snapshot;
    private final KeyValueStore<Bytes, byte[]> legacy;
    private final int bytesPerArticle;
    /** The writes of the article now, in order (null: deleted). */
    private final Map<Bytes, byte[]> pending = new LinkedHashMap<>();
    /**
     * The writes not yet in the local store, the last value of each key ({@link #DELETED}: deleted): every read looks
     * here first. They go to the local store in one batch with the marker when the copy moves on (every 16 articles at
     * most), before a range read and at {@link #close}, so that a key written by several articles in between (a day
     * bucket's last use, the clocks, a feed's common band rings) reaches RocksDB once, and the marker is written with
     * the writes it describes instead of twice an article (s40).
     */
    private final Map<Bytes, byte[]> unwritten = new HashMap<>();
    /** The marker the local store holds now ({@link #DIRTY} while it holds part of an article's writes). */
    private long markerAt = DIRTY;
    /**
     * Every key of the local index (and some others: see {@link KeyFilter}), or null until one is complete: a read of a
     * key it says is absent skips RocksDB (s40). Built beside each copy ({@link #next}): the copy reads every key of the
     * local index once, and a key written after the copy began is added as it is written, so when the copy completes
     * the filter holds every key the index holds, and it takes over; keys deleted since are forgotten then.
     */
    private KeyFilter filter;
    /** The filter being built beside the copy being written; null when this index did not see that copy begin. */
    private KeyFilter next;
    /** The one spare filter, reused (two filters at most on the heap). */
    private KeyFilter spare;
    private long nextOp;
    /** The lowest operation number still stored (those before the complete copy's start go, a few an article). */
    private long oldestOp;
    /** The meta of the copies: see {@link Meta}. */
    private Meta meta;

    /**
     * The copies' state: the complete one (generation, the first operation after its start, its chunks; {@code
     * completeGen} -1 when there is none yet) and the one being written (with the last key copied, null before the
     * first); {@code nextOp} the operations committed when it was written.
     */
    private record Meta(int completeGen, long completeStart, int completeChunks, int gen, long start, int chunks,
            byte[] cursor, long nextOp) {

        byte[] bytes() {
            int n = cursor == null ? -1 : cursor.length;
            ByteBuffer b = ByteBuffer.allocate(4 + 8 + 4 + 4 + 8 + 4 + 8 + 4 + Math.max(0, n));
            b.putInt(completeGen).putLong(completeStart).putInt(completeChunks).putInt(gen).putLong(start)
                    .putInt(chunks).putLong(nextOp).putInt(n);
            if (cursor != null) {
                b.put(cursor);
            }
            return b.array();
        }

        static Meta of(byte[] v) {
            ByteBuffer b = ByteBuffer.wrap(v);
            int completeGen = b.getInt();
            long completeStart = b.getLong();
            int completeChunks = b.getInt();
            int gen = b.getInt();
            long start = b.getLong();
            int chunks = b.getInt();
            long nextOp = b.getLong();
            int n = b.getInt();
            byte[] cursor = null;
            if (n >= 0) {
                cursor = new byte[n];
                b.get(cursor);
            }
            return new Meta(completeGen, completeStart, completeChunks, gen, start, chunks, cursor, nextOp);
        }
    }

    LoggedIndex(KeyValueStore<Bytes, byte[]> work, KeyValueStore<Long, byte[]> ops,
            KeyValueStore<Bytes, byte[]> snapshot, KeyValueStore<Bytes, byte[]> legacy) {
        this(work, ops, snapshot, legacy, BYTES_PER_ARTICLE);
    }

    /** @param bytesPerArticle bytes of the local index copied an article (the tests copy fast, to end copies often) */
    LoggedIndex(KeyValueStore<Bytes, byte[]> work, KeyValueStore<Long, byte[]> ops,
            KeyValueStore<Bytes, byte[]> snapshot, KeyValueStore<Bytes, byte[]> legacy, int bytesPerArticle) {
        if (bytesPerArticle < 1) {
            throw new IllegalArgumentException("bytesPerArticle: " + bytesPerArticle);
        }
        this.work = requireNonNull(work, "work");
        this.ops = requireNonNull(ops, "ops");
        this.snapshot = requireNonNull(snapshot, "snapshot");
        this.legacy = requireNonNull(legacy, "legacy");
        this.bytesPerArticle = bytesPerArticle;
    }

    /**
     * Makes the local index the one the changelogs describe: kept when its marker says it holds every committed
     * operation and no other, else rebuilt (the last complete copy, or an older app's index, then the operations
     * since). Returns whether it was rebuilt.
     */
    boolean open() {
        pending.clear();
        unwritten.clear();
        byte[] m = snapshot.get(META);
        meta = m == null ? new Meta(-1, 0, 0, 0, 0, 0, null, 0) : Meta.of(m);
        // a copy under way began before this open: its filter would miss the keys it copied and those written since
        spare = filter != null ? filter : next != null ? next : spare;
        filter = null;
        next = meta.cursor() == null ? newFilter() : null;
        long committed = meta.nextOp();
        // the last operation only: a start with its local index current reads nothing else
        try (KeyValueIterator<Long, byte[]> it = ops.reverseAll()) {
            if (it.hasNext()) {
                committed = Math.max(committed, it.next().key + 1);
            }
        }
        nextOp = committed;
        try (KeyValueIterator<Long, byte[]> it = ops.all()) {
            oldestOp = it.hasNext() ? it.next().key : committed;
        }
        byte[] marker = work.get(MARKER);
        if (marker != null && ByteBuffer.wrap(marker).getLong() == committed) {
            markerAt = committed;
            return false;
        }
        clear(work);
        if (meta.completeGen() >= 0) {
            for (int c = 0; c < meta.completeChunks(); c++) {
                byte[] chunk = snapshot.get(chunkKey(meta.completeGen(), c));
                if (chunk == null) {
                    throw new IllegalStateException("snapshot chunk " + c + " of " + meta.completeChunks() + " missing");
                }
                apply(chunk);
            }
        } else {
            try (KeyValueIterator<Bytes, byte[]> it = legacy.all()) {
                while (it.hasNext()) {
                    KeyValue<Bytes, byte[]> kv = it.next();
                    work.put(kv.key, kv.value);
                }
            }
        }
        long from = meta.completeGen() >= 0 ? meta.completeStart() : 0;
        long expected = from;
        try (KeyValueIterator<Long, byte[]> it = ops.range(from, Long.MAX_VALUE)) {
            while (it.hasNext()) {
                KeyValue<Long, byte[]> op = it.next();
                if (op.key != expected) {
                    throw new IllegalStateException("operation " + expected + " missing from " + OPS + " (next: "
                            + op.key + ")");
                }
                apply(op.value);
                expected++;
            }
        }
        if (expected != committed) {
            throw new IllegalStateException("operations " + expected + " to " + committed + " missing from " + OPS);
        }
        work.put(MARKER, longBytes(committed));
        markerAt = committed;
        return true;
    }

    byte[] get(Bytes key) {
        byte[] v = unwritten.get(key);
        if (v != null) {
            return v == DELETED ? null : v;
        }
        if (filter != null && !filter.mightContain(key.get())) {
            return null;
        }
        return work.get(key);
    }

    void put(Bytes key, byte[] value) {
        requireNonNull(value, "value");
        pending.put(key, value);
        unwritten.put(key, value);
        if (filter != null) {
            filter.add(key.get());
        }
        if (next != null) {
            next.add(key.get());
        }
    }

    void delete(Bytes key) {
        pending.put(key, null);
        unwritten.put(key, DELETED);
    }

    /** A range of the local index, with every write so far (written to the local store first). */
    KeyValueIterator<Bytes, byte[]> range(Bytes from, Bytes to) {
        write();
        return work.range(from, to);
    }

    /**
     * Writes what the local store does not hold yet, in one batch with the marker: the number of operations it then
     * holds when no article is under way, else "in the middle of an article" ({@link #DIRTY}), so that a local store
     * that kept part of an article's writes is never taken as current (a crash keeps a batch whole or not at all:
     * RocksDB without its write-ahead log, which Kafka Streams turns off, loses the last writes of a crash, never
     * earlier ones). The sequencer calls it when its task closes, so that a clean close or a move leaves the local
     * store current; until then a crash finds a marker that disagrees with the committed operations, and the store is
     * rebuilt, as it was before s40 whenever a crash lost its last writes.
     */
    void close() {
        write();
    }

    private void write() {
        long marker = pending.isEmpty() ? nextOp : DIRTY;
        if (unwritten.isEmpty() && markerAt == marker) {
            return;
        }
        List<KeyValue<Bytes, byte[]>> batch = new ArrayList<>(unwritten.size() + 1);
        for (Map.Entry<Bytes, byte[]> e : unwritten.entrySet()) {
            batch.add(KeyValue.pair(e.getKey(), e.getValue() == DELETED ? null : e.getValue()));
        }
        batch.add(KeyValue.pair(MARKER, longBytes(marker)));
        work.putAll(batch);
        unwritten.clear();
        markerAt = marker;
    }

    /**
     * Ends the article: its writes become one operation record (or several, past {@value #PART_BYTES} bytes), and
     * the copy moves on by this article's share. Called after every article, also one whose stage failed half way,
     * so that the log holds every write the local index holds.
     */
    void endArticle() {
        if (pending.isEmpty()) {
            return;
        }
        List<byte[]> parts = new ArrayList<>();
        ByteBuffer b = ByteBuffer.allocate(Math.max(64, encodedSize(pending)));
        for (Map.Entry<Bytes, byte[]> e : pending.entrySet()) {
            int size = entrySize(e.getKey().get(), e.getValue());
            if (b.position() > 0 && b.position() + size > PART_BYTES) {
                parts.add(java.util.Arrays.copyOf(b.array(), b.position()));
                b.clear();
            }
            putEntry(b, e.getKey().get(), e.getValue());
        }
        parts.add(java.util.Arrays.copyOf(b.array(), b.position()));
        pending.clear();
        for (byte[] part : parts) {
            ops.put(nextOp++, part);
        }
        // the copy's share counts the operations since the last chunk (as stored: a restart does not reset it)
        long share = (nextOp - meta.nextOp()) * bytesPerArticle;
        if (share >= Math.min(CHUNK_BYTES, bytesPerArticle * 16L)) {
            copy((int) Math.min(share, 4L * CHUNK_BYTES));
        }
        // operations the complete copy covers go a few an article, not all at once when a copy completes (at 1M
        // articles held that would be hundreds of thousands of deletions in one transaction)
        long keepFrom = meta.completeGen() >= 0 ? meta.completeStart() : 0;
        for (int i = 0; i < DELETES_PER_ARTICLE && oldestOp < keepFrom; i++) {
            ops.delete(oldestOp++);
        }
    }

    /** An empty filter: the spare one cleared, else a new one. */
    private KeyFilter newFilter() {
        KeyFilter f = spare;
        spare = null;
        if (f == null) {
            return new KeyFilter(FILTER_BITS);
        }
        f.clear();
        return f;
    }

    /** Copies about {@code bytes} of the local index, from the last key copied on, into the copy being written. */
    private void copy(int bytes) {
        // the copy reads the local store: it holds every write first
        write();
        ByteBuffer b = ByteBuffer.allocate(bytes + 64);
        byte[] last = meta.cursor();
        boolean done = true;
        Bytes from = last == null ? Bytes.wrap(new byte[0]) : Bytes.wrap(after(last));
        try (KeyValueIterator<Bytes, byte[]> it = work.range(from, END)) {
            while (it.hasNext()) {
                KeyValue<Bytes, byte[]> kv = it.next();
                if (kv.key.equals(MARKER)) {
                    continue;
                }
                int size = entrySize(kv.key.get(), kv.value);
                if (b.position() > 0 && b.position() + size > bytes) {
                    done = false;
                    break;
                }
                if (size > b.remaining()) {
                    ByteBuffer bigger = ByteBuffer.allocate(b.position() + size);
                    bigger.put(b.array(), 0, b.position());
                    b = bigger;
                }
                putEntry(b, kv.key.get(), kv.value);
                last = kv.key.get();
                if (next != null) {
                    next.add(last);
                }
            }
        }
        int chunks = meta.chunks();
        if (b.position() > 0) {
            snapshot.put(chunkKey(meta.gen(), chunks++), java.util.Arrays.copyOf(b.array(), b.position()));
        }
        if (!done) {
            meta = new Meta(meta.completeGen(), meta.completeStart(), meta.completeChunks(), meta.gen(), meta.start(),
                    chunks, last, nextOp);
            snapshot.put(META, meta.bytes());
            return;
        }
        // the copy is complete: the older one, and the operations before this one began, are no longer needed
        if (meta.completeGen() >= 0) {
            for (int c = 0; c < meta.completeChunks(); c++) {
                snapshot.delete(chunkKey(meta.completeGen(), c));
            }
        } else {
            clear(legacy);
        }
        meta = new Meta(meta.gen(), meta.start(), chunks, 1 - meta.gen(), nextOp, 0, null, nextOp);
        // the copy read every key the index held when it passed it, and the filter beside it got every key written
        // since the copy began: it holds every key now, and the next copy's filter starts empty
        if (next != null) {
            spare = filter;
            filter = next;
        }
        next = newFilter();
        snapshot.put(META, meta.bytes());
    }

    /** Operation records held (for the tests: bounded by two copies' worth of articles). */
    long operationsHeld() {
        long n = 0;
        try (KeyValueIterator<Long, byte[]> it = ops.all()) {
            while (it.hasNext()) {
                it.next();
                n++;
            }
        }
        return n;
    }

    /** Whether a complete copy of the local index is stored (until then a rebuild starts from an older app's index). */
    boolean hasCompleteCopy() {
        return meta.completeGen() >= 0;
    }

    /** Deletes every key of the store, a batch at a time, so that the heap holds at most one batch of keys. */
    private static void clear(KeyValueStore<Bytes, byte[]> store) {
        List<Bytes> batch = new ArrayList<>();
        do {
            batch.clear();
            try (KeyValueIterator<Bytes, byte[]> it = store.all()) {
                while (it.hasNext() && batch.size() < DELETE_BATCH) {
                    batch.add(it.next().key);
                }
            }
            batch.forEach(store::delete);
        } while (batch.size() == DELETE_BATCH);
    }

    private void apply(byte[] record) {
        ByteBuffer b = ByteBuffer.wrap(record);
        while (b.hasRemaining()) {
            byte[] key = new byte[b.getInt()];
            b.get(key);
            int n = b.getInt();
            if (n < 0) {
                work.delete(Bytes.wrap(key));
            } else {
                byte[] value = new byte[n];
                b.get(value);
                work.put(Bytes.wrap(key), value);
            }
        }
    }

    private static int encodedSize(Map<Bytes, byte[]> writes) {
        int n = 0;
        for (Map.Entry<Bytes, byte[]> e : writes.entrySet()) {
            n += entrySize(e.getKey().get(), e.getValue());
        }
        return n;
    }

    private static int entrySize(byte[] key, byte[] value) {
        return 8 + key.length + (value == null ? 0 : value.length);
    }

    private static void putEntry(ByteBuffer b, byte[] key, byte[] value) {
        b.putInt(key.length).put(key);
        if (value == null) {
            b.putInt(-1);
        } else {
            b.putInt(value.length).put(value);
        }
    }

    /** The smallest key after {@code key}. */
    private static byte[] after(byte[] key) {
        return java.util.Arrays.copyOf(key, key.length + 1);
    }

    private static Bytes chunkKey(int gen, int chunk) {
        return Bytes.wrap(ByteBuffer.allocate(6).put((byte) 'c').put((byte) gen).putInt(chunk).array());
    }

    private static byte[] longBytes(long v) {
        return ByteBuffer.allocate(8).putLong(v).array();
    }
}
