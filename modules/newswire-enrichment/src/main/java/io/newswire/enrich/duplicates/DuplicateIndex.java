package io.newswire.enrich.duplicates;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The articles seen so far, found by fingerprint (exact copies) and by LSH band key (near copies): the
 * state of duplicate detection, kept by its owner (in memory over one input for the offline command
 * and the evaluation). Not thread-safe.
 *
 * <p>A new text is a near duplicate of a stored one when they share at least one band key (the LSH
 * candidate step: with {@value #BANDS} bands of 4 rows, pairs of Jaccard similarity 0.5 share one
 * with probability 0.87, pairs of 0.7 with 0.9999) and the sketches then say Jaccard >= {@link
 * Settings#jaccardThreshold} or containment >= {@link Settings#containmentThreshold}, and the texts
 * share at least {@link Settings#numbersThreshold} of their figures (two notices of one template differ
 * in their numbers only: they report different events). The answer points at the canonical article of
 * the group: the earliest by {@link Ref#ORDER} (publication time, then ingest time, then id), so it does
 * not depend on the order in which copies arrive, except that an answer already given is never revised.
 *
 * <p><b>Bounded work.</b> A band key keeps only its {@link Settings#maxPerKey} most recently added
 * articles: a feed of one template (a weekly notice, a results table) would otherwise make every lookup
 * check thousands of candidates sharing its keys. Copies of one story point at one canonical, so the
 * most recent members of a key are enough to find the group.
 *
 * <p><b>Bounded memory, by event time.</b> An article's event time is its publication time, else its
 * ingest time. Two articles match only when their event times are at most {@link Settings#retention}
 * apart, so a backfilled archive matches among its own days. Entries live in buckets by event day; an
 * arrival touches the buckets within the retention of its event time with its ingest time (its own
 * clock, part of the data, so a replay evicts the same way), and a bucket no arrival has touched for
 * {@link Settings#idle} of ingest time is dropped: a live feed keeps about retention + idle days, a
 * backfill keeps its days while it runs.
 */
public final class DuplicateIndex implements DuplicateState {

    /** LSH bands over the {@value Signatures#DEFAULT_BINS}-bin sketch: 32 bands of 4 rows. */
    public static final int BANDS = 32;

    private static final long DAY_MILLIS = Duration.ofDays(1).toMillis();

    /**
     * How the index decides and how much it keeps.
     *
     * @param jaccardThreshold     estimated Jaccard similarity at or above which two texts are near copies
     * @param containmentThreshold estimated containment (of the smaller text) at or above which they are
     * @param numbersThreshold     share of the figures of the text with fewer figures the other must hold
     * @param maxPerKey            most recent articles kept per LSH band key (bounds a lookup's work)
     * @param retention            largest event-time distance between two matching articles
     * @param idle                 ingest time after which a day bucket no arrival touched is dropped
     */
    public record Settings(double jaccardThreshold, double containmentThreshold, double numbersThreshold,
            int maxPerKey, Duration retention, Duration idle) {

        /** The standard settings: thresholds chosen on Reuters-21578 TRAIN (docs/EVALUATION.md). */
        public static final Settings STANDARD = new Settings(0.5, 0.7, 0.5, 16, Duration.ofDays(7),
                Duration.ofDays(1));

        public Settings {
            requireNonNull(retention, "retention");
            requireNonNull(idle, "idle");
            if (maxPerKey < 1 || retention.isNegative() || idle.isNegative()) {
                throw new IllegalArgumentException("maxPerKey >= 1, retention and idle >= 0");
            }
        }

        public Settings withThresholds(double jaccard, double containment, double numbers) {
            return new Settings(jaccard, containment, numbers, maxPerKey, retention, idle);
        }

        public Settings withMaxPerKey(int max) {
            return new Settings(jaccardThreshold, containmentThreshold, numbersThreshold, max, retention, idle);
        }

        public Settings withRetention(Duration retention, Duration idle) {
            return new Settings(jaccardThreshold, containmentThreshold, numbersThreshold, maxPerKey, retention,
                    idle);
        }
    }

    /**
     * An article as the ordering of a group sees it.
     *
     * @param id          the article id
     * @param publishedAt its publication time, or null
     * @param ingestedAt  its ingest time, or null
     */
    public record Ref(String id, Instant publishedAt, Instant ingestedAt) {

        /** Earliest publication, then earliest ingest (unknown times last), then id. */
        public static final Comparator<Ref> ORDER = Comparator
                .comparing(Ref::publishedAt, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Ref::ingestedAt, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Ref::id);

        public Ref {
            requireNonNull(id, "id");
        }

        /** Publication time, else ingest time, else null. */
        public Instant eventTime() {
            return publishedAt != null ? publishedAt : ingestedAt;
        }
    }

    /**
     * One stored article.
     *
     * @param self      the article
     * @param signature its text signature
     * @param canonical the canonical article of its group (itself when it is the first)
     * @param storyId   the story it joined: the story of the article that gave its canonical, else its own id
     */
    public record Entry(Ref self, TextSignature signature, Ref canonical, String storyId) {

        public Entry {
            requireNonNull(self, "self");
            requireNonNull(signature, "signature");
            requireNonNull(canonical, "canonical");
            requireNonNull(storyId, "storyId");
        }

        public String id() {
            return self.id();
        }

        public String canonicalId() {
            return canonical.id();
        }
    }

    /**
     * What a text is a copy of: the canonical article, the closest earlier copy and the similarity to it,
     * the kind, and the story of the stored article that gave the canonical.
     */
    public record Match(Ref canonical, String matchedId, double similarity, Kind kind, String storyId) {
        public Match {
            requireNonNull(canonical, "canonical");
            requireNonNull(matchedId, "matchedId");
            requireNonNull(kind, "kind");
            requireNonNull(storyId, "storyId");
        }

        public String canonicalId() {
            return canonical.id();
        }
    }

    /** Exact: the same normalised text. Near: most of the wording shared. */
    public enum Kind { EXACT, NEAR }

    /** A stored entry with what the index needs to find, skip and evict it. */
    private static final class Node {
        final Entry entry;
        final long eventMillis;
        final long[] bandKeys;
        long visit;

        Node(Entry entry, long eventMillis, long[] bandKeys) {
            this.entry = entry;
            this.eventMillis = eventMillis;
            this.bandKeys = bandKeys;
        }
    }

    /** The most recent nodes of one band key, oldest overwritten first. */
    private static final class Ring {
        Node[] nodes = new Node[2];
        int next;
        int size;

        void add(Node n, int max) {
            if (size < max) {
                if (size == nodes.length) {
                    Node[] grown = new Node[Math.min(max, nodes.length * 2)];
                    // the ring is full and in order from next (oldest) when it grows
                    for (int i = 0; i < size; i++) {
                        grown[i] = nodes[(next + i) % size];
                    }
                    nodes = grown;
                    next = size;
                }
                nodes[next] = n;
                next = (next + 1) % nodes.length;
                size++;
            } else {
                nodes[next] = n;
                next = (next + 1) % nodes.length;
            }
        }

        /** Removes the node if still held; returns whether the ring is now empty. */
        boolean remove(Node n) {
            boolean held = false;
            for (int i = 0; i < nodes.length && !held; i++) {
                held = nodes[i] == n;
            }
            if (!held) {
                // already pushed out by newer articles of this key
                return size == 0;
            }
            int cap = nodes.length;
            int oldest = size < cap ? (next - size + cap) % cap : next;
            Node[] kept = new Node[cap];
            int k = 0;
            for (int i = 0; i < size; i++) {
                Node m = nodes[(oldest + i) % cap];
                if (m != n) {
                    kept[k++] = m;
                }
            }
            nodes = kept;
            size = k;
            next = k % cap;
            return size == 0;
        }
    }

    private static final class StoryCount {
        Instant firstSeen;
        int size;
        int live;
    }

    private static final class Bucket {
        final List<Node> nodes = new ArrayList<>();
        long lastUse = Long.MIN_VALUE;
    }

    private final Settings settings;
    private final Map<String, Node> byFingerprint = new HashMap<>();
    private final Map<Long, Ring> byBand = new HashMap<>();
    private final Map<String, Node> byId = new HashMap<>();
    private final TreeMap<Long, Bucket> buckets = new TreeMap<>();
    private final Map<String, StoryCount> stories = new HashMap<>();
    private long visits;
    private long clock = Long.MIN_VALUE;
    private long nextEviction = Long.MIN_VALUE;
    private long evicted;

    /** The standard settings. */
    public DuplicateIndex() {
        this(Settings.STANDARD);
    }

    /** The standard cap and retention with other thresholds (the evaluation's grid). */
    public DuplicateIndex(double jaccardThreshold, double containmentThreshold, double numbersThreshold) {
        this(Settings.STANDARD.withThresholds(jaccardThreshold, containmentThreshold, numbersThreshold));
    }

    public DuplicateIndex(Settings settings) {
        this.settings = requireNonNull(settings, "settings");
    }

    public Settings settings() {
        return settings;
    }

    public double numbersThreshold() {
        return settings.numbersThreshold();
    }

    public double jaccardThreshold() {
        return settings.jaccardThreshold();
    }

    public double containmentThreshold() {
        return settings.containmentThreshold();
    }

    /** The number of stored articles. */
    public int size() {
        return byId.size();
    }

    /**
     * Whether the article is stored (added and not yet dropped by retention): how a caller that persists
     * the added articles elsewhere (the streams app's sequencer log) learns which ones to drop too.
     */
    public boolean contains(String id) {
        return byId.containsKey(id);
    }

    /** The number of articles dropped so far by event-time retention. */
    public long evicted() {
        return evicted;
    }

    /** The number of distinct band keys held (each holds at most {@link Settings#maxPerKey} articles). */
    public int bandKeys() {
        return byBand.size();
    }

    /**
     * The number of distinct stored articles a lookup of this signature checks (those sharing a band key
     * with it, at most {@value #BANDS} x {@link Settings#maxPerKey}): the work of {@link #find}.
     */
    public int candidates(TextSignature signature) {
        long visit = ++visits;
        int count = 0;
        for (long key : signature.bandKeys(BANDS)) {
            Ring ring = byBand.get(key);
            for (int i = 0; ring != null && i < ring.size; i++) {
                if (ring.nodes[i].visit != visit) {
                    ring.nodes[i].visit = visit;
                    count++;
                }
            }
        }
        return count;
    }

    /** The number of stories held (those with at least one stored article). */
    public int stories() {
        return stories.size();
    }

    /** As {@link #find(TextSignature, Instant)} with no event time: no retention window applies. */
    public Optional<Match> find(TextSignature signature) {
        return find(signature, null);
    }

    /**
     * The stored article this signature copies, if any, among those within the retention of {@code
     * eventTime} (all when null): an exact copy first, else the near copy with the highest similarity; the
     * canonical of the answer is the earliest canonical among all matches.
     */
    @Override
    public Optional<Match> find(TextSignature signature, Instant eventTime) {
        long at = eventTime == null ? Long.MIN_VALUE : millis(eventTime);
        Node exact = byFingerprint.get(signature.fingerprint());
        if (exact != null && signature.tokens() > 0 && within(exact, at)) {
            return Optional.of(new Match(exact.entry.canonical(), exact.entry.id(), 1.0, Kind.EXACT,
                    exact.entry.storyId()));
        }
        long visit = ++visits;
        Entry best = null;
        double bestSimilarity = 0;
        Entry canonicalBy = null;
        for (long key : signature.bandKeys(BANDS)) {
            Ring ring = byBand.get(key);
            if (ring == null) {
                continue;
            }
            for (int i = 0; i < ring.size; i++) {
                Node n = ring.nodes[i];
                if (n.visit == visit) {
                    continue;
                }
                n.visit = visit;
                if (!within(n, at)) {
                    continue;
                }
                Entry c = n.entry;
                double similarity = nearSimilarity(settings, signature, c.signature());
                if (similarity < 0) {
                    continue;
                }
                if (best == null || similarity > bestSimilarity) {
                    best = c;
                    bestSimilarity = similarity;
                }
                if (canonicalBy == null || Ref.ORDER.compare(c.canonical(), canonicalBy.canonical()) < 0) {
                    canonicalBy = c;
                }
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        return Optional.of(new Match(canonicalBy.canonical(), best.id(), round(bestSimilarity), Kind.NEAR,
                canonicalBy.storyId()));
    }

    /**
     * How {@link #find} judges a candidate sharing a band key: the estimated Jaccard similarity when the two texts
     * are near copies (similarity or containment over its threshold, and enough figures shared), else -1. Public so
     * that a store-backed state decides with the same code.
     */
    public static double nearSimilarity(Settings settings, TextSignature signature, TextSignature candidate) {
        double j = signature.jaccard(candidate);
        double similarity = j >= settings.jaccardThreshold() ? j
                : signature.containment(candidate, j) >= settings.containmentThreshold() ? j : -1;
        if (similarity < 0 || signature.numbersShared(candidate) < settings.numbersThreshold()) {
            return -1;
        }
        return similarity;
    }

    /**
     * Stores an article with the canonical its match gave (itself when it matched nothing, or when it is
     * earlier than the canonical it matched: a backfilled original becomes the canonical of the copies
     * that arrive after it), then drops the day buckets that retention lets go.
     */
    @Override
    public Entry add(String id, Instant publishedAt, Instant ingestedAt, TextSignature signature,
            Optional<Match> match) {
        Ref self = new Ref(id, publishedAt, ingestedAt);
        Ref canonical = self;
        if (match.isPresent() && Ref.ORDER.compare(match.get().canonical(), self) < 0) {
            canonical = match.get().canonical();
        }
        Instant event = self.eventTime();
        long eventMillis = event == null ? 0 : millis(event);
        String storyId = match.map(Match::storyId).orElse(id);
        Entry entry = new Entry(self, signature, canonical, storyId);
        long[] keys = signature.bandKeys(BANDS);
        Node node = new Node(entry, eventMillis, keys);
        Node replaced = byId.put(id, node);
        if (replaced != null) {
            unlink(replaced);
            leave(replaced);
            Bucket b = buckets.get(Math.floorDiv(replaced.eventMillis, DAY_MILLIS));
            if (b != null) {
                b.nodes.remove(replaced);
            }
        }
        if (signature.tokens() > 0) {
            byFingerprint.merge(signature.fingerprint(), node,
                    (old, now) -> Ref.ORDER.compare(old.entry.self(), now.entry.self()) <= 0 ? old : now);
        }
        for (long key : keys) {
            byBand.computeIfAbsent(key, k -> new Ring()).add(node, settings.maxPerKey());
        }
        StoryCount count = stories.computeIfAbsent(storyId, k -> new StoryCount());
        count.size++;
        count.live++;
        if (event != null && (count.firstSeen == null || event.isBefore(count.firstSeen))) {
            count.firstSeen = event;
        }
        retain(node, ingestedAt == null ? eventMillis : millis(ingestedAt));
        return entry;
    }

    private boolean within(Node n, long at) {
        return at == Long.MIN_VALUE || Math.abs(n.eventMillis - at) <= settings.retention().toMillis();
    }

    private void retain(Node node, long now) {
        long day = Math.floorDiv(node.eventMillis, DAY_MILLIS);
        buckets.computeIfAbsent(day, d -> new Bucket()).nodes.add(node);
        long reach = Math.floorDiv(settings.retention().toMillis(), DAY_MILLIS) + 1;
        for (Bucket b : buckets.subMap(day - reach, true, day + reach, true).values()) {
            b.lastUse = Math.max(b.lastUse, now);
        }
        clock = Math.max(clock, now);
        if (clock < nextEviction) {
            return;
        }
        // checked at most once an hour of ingest time: the scan is over day buckets, not articles
        nextEviction = clock + Math.min(Duration.ofHours(1).toMillis(), Math.max(1, settings.idle().toMillis()));
        for (Iterator<Bucket> it = buckets.values().iterator(); it.hasNext(); ) {
            Bucket b = it.next();
            if (b.lastUse < clock - settings.idle().toMillis()) {
                for (Node n : b.nodes) {
                    unlink(n);
                    leave(n);
                    byId.remove(n.entry.id(), n);
                    evicted++;
                }
                it.remove();
            }
        }
    }

    /** A story is forgotten with its last stored article. */
    private void leave(Node n) {
        StoryCount count = stories.get(n.entry.storyId());
        if (count != null && --count.live <= 0) {
            stories.remove(n.entry.storyId());
        }
    }

    @Override
    public Optional<StoryStatus> story(String storyId) {
        StoryCount count = stories.get(storyId);
        return count == null ? Optional.empty() : Optional.of(new StoryStatus(storyId, count.firstSeen, count.size));
    }

    private void unlink(Node n) {
        byFingerprint.remove(n.entry.signature().fingerprint(), n);
        for (long key : n.bandKeys) {
            Ring ring = byBand.get(key);
            if (ring != null && ring.remove(n)) {
                byBand.remove(key);
            }
        }
    }

    /** Largest distance from the epoch kept, about 300,000 years: sums and differences cannot overflow. */
    private static final long MAX_MILLIS = 1L << 53;

    /**
     * Epoch milliseconds, saturated at {@link #MAX_MILLIS}: a hostile date (year 999,999,999) must not
     * overflow {@link Instant#toEpochMilli()}; all such dates fall together, far from any real one.
     * Public so that a stored state of the same index computes the same times.
     */
    public static long millis(Instant t) {
        if (t.getEpochSecond() > MAX_MILLIS / 1000) {
            return MAX_MILLIS;
        }
        if (t.getEpochSecond() < -MAX_MILLIS / 1000) {
            return -MAX_MILLIS;
        }
        return t.toEpochMilli();
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
