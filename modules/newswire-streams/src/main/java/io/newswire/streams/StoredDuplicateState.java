package io.newswire.streams;

import static java.util.Objects.requireNonNull;

import io.newswire.enrich.duplicates.DuplicateIndex;
import io.newswire.enrich.duplicates.DuplicateState;
import io.newswire.enrich.duplicates.TextSignature;
import io.newswire.streams.DedupCodec.LogEntry;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The sequencer task's {@link DuplicateState}: the {@link DuplicateIndex} algorithm over two changelogged stores
 * (s30: persistent, RocksDB), which are the truth and answer, with only bounded parts on the heap, so that the heap
 * does not grow with the articles held. Every answer is the one {@link DuplicateIndex} gives over the same order
 * (what {@code newswire enrich} runs): the same band rings in the same slots, the same fingerprint winner, the same
 * day buckets and evictions by ingest time, the same story counts ({@code StoredDuplicateStateTest} runs the two
 * side by side, retention included).
 *
 * <ul>
 *   <li>{@code dedup-log}: sequence number to the article ({@link LogEntry}: id, times, signature, canonical, story;
 *       about 1.2 KB), one per article held, in the order added;</li>
 *   <li>{@code dedup-index}: everything else, under one-byte key prefixes: article id to its sequence number
 *       ({@code i}), fingerprint to the sequence number of its earliest article ({@code f}), LSH band key to its
 *       ring of at most {@link DuplicateIndex.Settings#maxPerKey} sequence numbers, slot for slot as {@link
 *       DuplicateIndex}'s ring ({@code b}), event day and sequence number of each article held ({@code d}: a day
 *       bucket's members, in the order added), a day bucket's last use in ingest time ({@code u}), a story's first
 *       event time, size and articles held ({@code s}), and the index's clocks and counters ({@code m}).</li>
 * </ul>
 *
 * <p>On the heap: the day buckets' last uses (one entry per event day held), and the {@value #CACHED} articles most
 * recently read or added, decoded. Until s29 the whole index was on the heap and rebuilt from {@code dedup-log} at
 * every start and after every eviction, so that after an eviction the streams app's answers could differ from the
 * offline command's in what the dropped articles had left behind; now they cannot. An older app's {@code dedup-log}
 * (no {@code dedup-index} yet) is replayed once into the index at the start, as that app rebuilt its index.
 */
final class StoredDuplicateState implements DuplicateState {

    /** The index's store (beside {@link SequencerProcessor#STORE}, the articles). */
    static final String INDEX = "dedup-index";
    /** Articles kept decoded on the heap (about 2 KB each). */
    static final int CACHED = 4096;

    private static final long DAY_MILLIS = Duration.ofDays(1).toMillis();
    private static final byte ID = 'i';
    private static final byte FINGERPRINT = 'f';
    private static final byte BAND = 'b';
    private static final byte DAY = 'd';
    private static final byte USE = 'u';
    private static final byte STORY = 's';
    private static final Bytes META = Bytes.wrap(new byte[] {'m'});
    private static final long NONE = -1;

    /** A stored article, decoded. */
    private record Node(long seq, LogEntry entry, long eventMillis, long[] bandKeys) {
        String id() {
            return entry.id();
        }

        DuplicateIndex.Ref self() {
            return new DuplicateIndex.Ref(entry.id(), entry.publishedAt(), entry.ingestedAt());
        }
    }

    private final DuplicateIndex.Settings settings;
    private final KeyValueStore<Long, LogEntry> log;
    private final LoggedIndex index;
    private final int cached;
    private final Map<Long, Node> cache;
    private final TreeMap<Long, Long> lastUse = new TreeMap<>();
    /** The rings read or written since the last lookup began: written through, so never stale. */
    private final Map<Long, long[]> rings = new java.util.HashMap<>();
    private long next;
    private long clock = Long.MIN_VALUE;
    private long nextEviction = Long.MIN_VALUE;
    private long evicted;
    private long held;

    StoredDuplicateState(DuplicateIndex.Settings settings, KeyValueStore<Long, LogEntry> log, LoggedIndex index) {
        this(settings, log, index, CACHED);
    }

    /** @param cached articles kept decoded on the heap */
    StoredDuplicateState(DuplicateIndex.Settings settings, KeyValueStore<Long, LogEntry> log, LoggedIndex index,
            int cached) {
        if (cached < 1) {
            throw new IllegalArgumentException("cached: " + cached);
        }
        this.settings = requireNonNull(settings, "settings");
        this.log = requireNonNull(log, "log");
        this.index = requireNonNull(index, "index");
        this.cached = cached;
        this.cache = new LinkedHashMap<>(cached * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, Node> eldest) {
                return size() > StoredDuplicateState.this.cached;
            }
        };
    }

    /**
     * Reads the index's clocks and day buckets from the stores when the task starts, moves or is re-initialised
     * after an aborted transaction (the stores are those of the last committed decision); an older app's log,
     * with no index beside it, is replayed into the index once.
     */
    void restore() {
        cache.clear();
        rings.clear();
        lastUse.clear();
        index.open();
        byte[] meta = index.get(META);
        if (meta != null) {
            ByteBuffer b = ByteBuffer.wrap(meta);
            next = b.getLong();
            clock = b.getLong();
            nextEviction = b.getLong();
            evicted = b.getLong();
            held = b.getLong();
            try (KeyValueIterator<Bytes, byte[]> it = index.range(Bytes.wrap(new byte[] {USE}),
                    Bytes.wrap(new byte[] {USE + 1}))) {
                while (it.hasNext()) {
                    KeyValue<Bytes, byte[]> kv = it.next();
                    lastUse.put(ByteBuffer.wrap(kv.key.get(), 1, 8).getLong(), ByteBuffer.wrap(kv.value).getLong());
                }
            }
            return;
        }
        next = 0;
        clock = Long.MIN_VALUE;
        nextEviction = Long.MIN_VALUE;
        evicted = 0;
        held = 0;
        List<LogEntry> older = new ArrayList<>();
        List<Long> keys = new ArrayList<>();
        try (KeyValueIterator<Long, LogEntry> it = log.all()) {
            while (it.hasNext()) {
                KeyValue<Long, LogEntry> kv = it.next();
                keys.add(kv.key);
                older.add(kv.value);
            }
        }
        keys.forEach(log::delete);
        for (LogEntry e : older) {
            // add() takes only the canonical and the story of a match: the logged ones give the same entry
            add(e.id(), e.publishedAt(), e.ingestedAt(), e.signature(), Optional.of(new DuplicateIndex.Match(
                    e.canonical(), e.id(), 1.0, DuplicateIndex.Kind.EXACT, e.storyId())));
        }
        saveMeta();
        index.endArticle();
    }

    /**
     * Ends an article's writes to the index ({@link LoggedIndex#endArticle}: its one operation record); the sequencer
     * calls it after every article, also one whose stage failed half way.
     */
    void endArticle() {
        index.endArticle();
    }

    /**
     * Writes what the local index holds on the heap only ({@link LoggedIndex#close}); the sequencer calls it when its
     * task closes.
     */
    void close() {
        index.close();
    }

    /** The number of articles dropped so far by event-time retention. */
    long evicted() {
        return evicted;
    }

    /** Whether the index still holds an article of the story. */
    boolean holdsStory(String storyId) {
        return index.get(key(STORY, storyId)) != null;
    }

    /** Articles the index holds. */
    long size() {
        return held;
    }

    /** Articles decoded on the heap now (at most {@link #CACHED}). */
    int cached() {
        return cache.size();
    }

    @Override
    public Optional<DuplicateIndex.Match> find(TextSignature signature, Instant eventTime) {
        // a new article: the rings of the last one go (bounded: its bands, and those of the articles it evicted)
        rings.clear();
        long at = eventTime == null ? Long.MIN_VALUE : millis(eventTime);
        long exactSeq = seq(index.get(key(FINGERPRINT, signature.fingerprint())));
        if (exactSeq != NONE && signature.tokens() > 0) {
            Node exact = node(exactSeq);
            if (within(exact, at)) {
                return Optional.of(new DuplicateIndex.Match(exact.entry().canonical(), exact.id(), 1.0,
                        DuplicateIndex.Kind.EXACT, exact.entry().storyId()));
            }
        }
        Set<Long> visited = new HashSet<>();
        Node best = null;
        double bestSimilarity = 0;
        Node canonicalBy = null;
        for (long band : signature.bandKeys(DuplicateIndex.BANDS)) {
            long[] ring = ring(band);
            if (ring == null) {
                continue;
            }
            for (int i = 0; i < Ring.size(ring); i++) {
                long s = Ring.slot(ring, i);
                if (!visited.add(s)) {
                    continue;
                }
                Node n = node(s);
                if (!within(n, at)) {
                    continue;
                }
                double similarity = DuplicateIndex.nearSimilarity(settings, signature, n.entry().signature());
                if (similarity < 0) {
                    continue;
                }
                if (best == null || similarity > bestSimilarity) {
                    best = n;
                    bestSimilarity = similarity;
                }
                if (canonicalBy == null || DuplicateIndex.Ref.ORDER.compare(n.entry().canonical(),
                        canonicalBy.entry().canonical()) < 0) {
                    canonicalBy = n;
                }
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        return Optional.of(new DuplicateIndex.Match(canonicalBy.entry().canonical(), best.id(),
                Math.round(bestSimilarity * 1000) / 1000.0, DuplicateIndex.Kind.NEAR, canonicalBy.entry().storyId()));
    }

    @Override
    public DuplicateIndex.Entry add(String id, Instant publishedAt, Instant ingestedAt, TextSignature signature,
            Optional<DuplicateIndex.Match> match) {
        DuplicateIndex.Ref self = new DuplicateIndex.Ref(id, publishedAt, ingestedAt);
        DuplicateIndex.Ref canonical = self;
        if (match.isPresent() && DuplicateIndex.Ref.ORDER.compare(match.get().canonical(), self) < 0) {
            canonical = match.get().canonical();
        }
        Instant event = self.eventTime();
        long eventMillis = event == null ? 0 : millis(event);
        String storyId = match.map(DuplicateIndex.Match::storyId).orElse(id);
        LogEntry logged = new LogEntry(id, publishedAt, ingestedAt, signature, canonical, storyId);
        long seq = next++;
        Node node = new Node(seq, logged, eventMillis, signature.bandKeys(DuplicateIndex.BANDS));
        log.put(seq, logged);
        cache.put(seq, node);
        Bytes idKey = key(ID, id);
        long replacedSeq = seq(index.get(idKey));
        index.put(idKey, longBytes(seq));
        if (replacedSeq != NONE) {
            Node replaced = node(replacedSeq);
            unlink(replaced);
            leave(replaced);
            index.delete(dayKey(Math.floorDiv(replaced.eventMillis(), DAY_MILLIS), replacedSeq));
            drop(replacedSeq);
        } else {
            held++;
        }
        if (signature.tokens() > 0) {
            Bytes fp = key(FINGERPRINT, signature.fingerprint());
            long old = seq(index.get(fp));
            if (old == NONE || DuplicateIndex.Ref.ORDER.compare(node(old).self(), self) > 0) {
                index.put(fp, longBytes(seq));
            }
        }
        for (long band : node.bandKeys()) {
            long[] ring = ring(band);
            putRing(band, Ring.add(ring == null ? Ring.empty() : ring, seq, settings.maxPerKey()));
        }
        Bytes storyKey = key(STORY, storyId);
        long[] count = longs(index.get(storyKey));
        if (count == null) {
            // {has first seen, its seconds, its nanos, size, live}
            count = new long[5];
        }
        count[3]++;
        count[4]++;
        if (event != null && (count[0] == 0 || event.isBefore(Instant.ofEpochSecond(count[1], count[2])))) {
            count[0] = 1;
            count[1] = event.getEpochSecond();
            count[2] = event.getNano();
        }
        index.put(storyKey, longsBytes(count));
        retain(node, ingestedAt == null ? eventMillis : millis(ingestedAt));
        saveMeta();
        index.endArticle();
        // bounded by one article (a replay of an older app's log adds without lookups)
        rings.clear();
        return new DuplicateIndex.Entry(self, signature, canonical, storyId);
    }

    @Override
    public Optional<StoryStatus> story(String storyId) {
        long[] count = longs(index.get(key(STORY, storyId)));
        return count == null ? Optional.empty() : Optional.of(new StoryStatus(storyId,
                count[0] == 0 ? null : Instant.ofEpochSecond(count[1], count[2]), Math.toIntExact(count[3])));
    }

    private boolean within(Node n, long at) {
        return at == Long.MIN_VALUE || Math.abs(n.eventMillis() - at) <= settings.retention().toMillis();
    }

    /** {@link DuplicateIndex}'s retain: day buckets touched by ingest time, idle ones dropped hourly. */
    private void retain(Node node, long now) {
        long day = Math.floorDiv(node.eventMillis(), DAY_MILLIS);
        index.put(dayKey(day, node.seq()), new byte[0]);
        if (!lastUse.containsKey(day)) {
            lastUse.put(day, Long.MIN_VALUE);
        }
        long reach = Math.floorDiv(settings.retention().toMillis(), DAY_MILLIS) + 1;
        for (Map.Entry<Long, Long> b : lastUse.subMap(day - reach, true, day + reach, true).entrySet()) {
            if (now > b.getValue()) {
                b.setValue(now);
                index.put(useKey(b.getKey()), longBytes(now));
            }
        }
        clock = Math.max(clock, now);
        if (clock < nextEviction) {
            return;
        }
        nextEviction = clock + Math.min(Duration.ofHours(1).toMillis(), Math.max(1, settings.idle().toMillis()));
        for (Iterator<Map.Entry<Long, Long>> it = lastUse.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Long, Long> b = it.next();
            if (b.getValue() < clock - settings.idle().toMillis()) {
                List<Bytes> members = new ArrayList<>();
                try (KeyValueIterator<Bytes, byte[]> m = index.range(dayKey(b.getKey(), 0),
                        dayKey(b.getKey(), Long.MAX_VALUE))) {
                    while (m.hasNext()) {
                        members.add(m.next().key);
                    }
                }
                for (Bytes member : members) {
                    long s = ByteBuffer.wrap(member.get(), 9, 8).getLong();
                    Node n = node(s);
                    unlink(n);
                    leave(n);
                    Bytes idKey = key(ID, n.id());
                    if (seq(index.get(idKey)) == s) {
                        index.delete(idKey);
                        held--;
                    }
                    evicted++;
                    index.delete(member);
                    drop(s);
                }
                index.delete(useKey(b.getKey()));
                it.remove();
            }
        }
    }

    /** A story is forgotten with its last stored article. */
    private void leave(Node n) {
        Bytes storyKey = key(STORY, n.entry().storyId());
        long[] count = longs(index.get(storyKey));
        if (count == null) {
            return;
        }
        if (--count[4] <= 0) {
            index.delete(storyKey);
        } else {
            index.put(storyKey, longsBytes(count));
        }
    }

    private void unlink(Node n) {
        Bytes fp = key(FINGERPRINT, n.entry().signature().fingerprint());
        if (seq(index.get(fp)) == n.seq()) {
            index.delete(fp);
        }
        for (long band : n.bandKeys()) {
            long[] ring = ring(band);
            if (ring == null) {
                continue;
            }
            long[] after = Ring.remove(ring, n.seq());
            if (after == ring) {
                // already pushed out by newer articles of this key
                if (Ring.size(ring) == 0) {
                    putRing(band, null);
                }
            } else if (Ring.size(after) == 0) {
                putRing(band, null);
            } else {
                putRing(band, after);
            }
        }
    }

    /** An article no longer held: its log entry goes. */
    private void drop(long seq) {
        log.delete(seq);
        cache.remove(seq);
    }

    private Node node(long seq) {
        Node n = cache.get(seq);
        if (n == null) {
            LogEntry e = log.get(seq);
            if (e == null) {
                throw new IllegalStateException("the index names article " + seq + ", not in " + SequencerProcessor.STORE);
            }
            Instant event = e.publishedAt() != null ? e.publishedAt() : e.ingestedAt();
            n = new Node(seq, e, event == null ? 0 : millis(event), e.signature().bandKeys(DuplicateIndex.BANDS));
            cache.put(seq, n);
        }
        return n;
    }

    /**
     * A band key's ring, read through {@link #rings}: the lookup of an article reads its 32 rings and its insert
     * reads and writes the same 32, so each is read from the store once an article.
     */
    private long[] ring(long band) {
        if (rings.containsKey(band)) {
            return rings.get(band);
        }
        byte[] v = index.get(bandKey(band));
        long[] ring = v == null ? null : longs(v);
        rings.put(band, ring);
        return ring;
    }

    /** Writes a ring (null: deletes it) to the store and to {@link #rings}. */
    private void putRing(long band, long[] ring) {
        rings.put(band, ring);
        if (ring == null) {
            index.delete(bandKey(band));
        } else {
            index.put(bandKey(band), Ring.bytes(ring));
        }
    }

    private void saveMeta() {
        index.put(META, longsBytes(new long[] {next, clock, nextEviction, evicted, held}));
    }

    /**
     * {@link DuplicateIndex}'s ring of one band key over sequence numbers, slot for slot: {next, size, slots...}
     * ({@value #EMPTY_SLOT} an empty slot), so that candidates are read in the same order.
     */
    static final class Ring {
        static final long EMPTY_SLOT = -1;

        private Ring() {
        }

        static long[] empty() {
            return new long[] {0, 0, EMPTY_SLOT, EMPTY_SLOT};
        }

        static int size(long[] r) {
            return (int) r[1];
        }

        static long slot(long[] r, int i) {
            return r[2 + i];
        }

        private static int capacity(long[] r) {
            return r.length - 2;
        }

        static long[] add(long[] r, long seq, int max) {
            int next = (int) r[0];
            int size = (int) r[1];
            long[] nodes = r;
            if (size < max) {
                if (size == capacity(r)) {
                    int cap = Math.min(max, capacity(r) * 2);
                    nodes = new long[2 + cap];
                    java.util.Arrays.fill(nodes, 2, nodes.length, EMPTY_SLOT);
                    // the ring is full and in order from next (oldest) when it grows
                    for (int i = 0; i < size; i++) {
                        nodes[2 + i] = r[2 + (next + i) % size];
                    }
                    next = size;
                }
                nodes[2 + next] = seq;
                next = (next + 1) % capacity(nodes);
                size++;
            } else {
                nodes[2 + next] = seq;
                next = (next + 1) % capacity(nodes);
            }
            nodes[0] = next;
            nodes[1] = size;
            return nodes;
        }

        /** The ring without {@code seq}; the same array when it does not hold it. */
        static long[] remove(long[] r, long seq) {
            int cap = capacity(r);
            boolean held = false;
            for (int i = 0; i < cap && !held; i++) {
                held = r[2 + i] == seq;
            }
            if (!held) {
                return r;
            }
            int next = (int) r[0];
            int size = (int) r[1];
            int oldest = size < cap ? (next - size + cap) % cap : next;
            long[] kept = new long[2 + cap];
            java.util.Arrays.fill(kept, 2, kept.length, EMPTY_SLOT);
            int k = 0;
            for (int i = 0; i < size; i++) {
                long m = r[2 + (oldest + i) % cap];
                if (m != seq) {
                    kept[2 + k++] = m;
                }
            }
            kept[0] = k % cap;
            kept[1] = k;
            return kept;
        }

        static byte[] bytes(long[] r) {
            return longsBytes(r);
        }
    }

    private static Bytes key(byte prefix, String s) {
        byte[] text = s.getBytes(StandardCharsets.UTF_8);
        byte[] k = new byte[1 + text.length];
        k[0] = prefix;
        System.arraycopy(text, 0, k, 1, text.length);
        return Bytes.wrap(k);
    }

    private static Bytes bandKey(long band) {
        return Bytes.wrap(ByteBuffer.allocate(9).put(BAND).putLong(band).array());
    }

    private static Bytes useKey(long day) {
        return Bytes.wrap(ByteBuffer.allocate(9).put(USE).putLong(day).array());
    }

    /** Day then sequence number, big-endian: a day's members are one key range, in the order added. */
    private static Bytes dayKey(long day, long seq) {
        return Bytes.wrap(ByteBuffer.allocate(17).put(DAY).putLong(day).putLong(seq).array());
    }

    private static long seq(byte[] v) {
        return v == null ? NONE : ByteBuffer.wrap(v).getLong();
    }

    private static byte[] longBytes(long v) {
        return ByteBuffer.allocate(8).putLong(v).array();
    }

    private static byte[] longsBytes(long[] v) {
        ByteBuffer b = ByteBuffer.allocate(8 * v.length);
        for (long x : v) {
            b.putLong(x);
        }
        return b.array();
    }

    private static long[] longs(byte[] v) {
        if (v == null) {
            return null;
        }
        ByteBuffer b = ByteBuffer.wrap(v);
        long[] out = new long[v.length / 8];
        for (int i = 0; i < out.length; i++) {
            out[i] = b.getLong();
        }
        return out;
    }

    /** {@link DuplicateIndex#millis}: the same saturated epoch milliseconds, so both states agree. */
    private static long millis(Instant t) {
        return DuplicateIndex.millis(t);
    }
}
