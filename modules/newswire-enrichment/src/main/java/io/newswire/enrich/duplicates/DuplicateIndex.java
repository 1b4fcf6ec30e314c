package io.newswire.enrich.duplicates;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The articles seen so far, found by fingerprint (exact copies) and by LSH band key (near copies): the
 * state of duplicate detection, kept by its owner (in memory over one input for the offline command
 * and the evaluation). Not thread-safe.
 *
 * <p>A new text is a near duplicate of a stored one when they share at least one band key (the LSH
 * candidate step: with {@value #BANDS} bands of 4 rows, pairs of Jaccard similarity 0.5 share one
 * with probability 0.87, pairs of 0.7 with 0.9999) and the sketches then say Jaccard >= {@link
 * #jaccardThreshold} or containment >= {@link #containmentThreshold}, and the texts share at least
 * {@link #numbersThreshold} of their figures (two notices of one template differ in their numbers
 * only: they report different events). The answer points at the
 * canonical article of the group: the earliest by {@link Entry#ORDER} (publication time, then ingest
 * time, then id), so it does not depend on the order in which copies arrive, except that an answer
 * already given is never revised.
 */
public final class DuplicateIndex {

    /** LSH bands over the {@value Signatures#DEFAULT_BINS}-bin sketch: 32 bands of 4 rows. */
    public static final int BANDS = 32;

    /**
     * One stored article.
     *
     * @param id          the article id
     * @param publishedAt its publication time, or null
     * @param ingestedAt  its ingest time, or null
     * @param signature   its text signature
     * @param canonicalId the canonical article of its group (its own id when it is the first)
     */
    public record Entry(String id, Instant publishedAt, Instant ingestedAt, TextSignature signature,
            String canonicalId) {

        /** Earliest publication, then earliest ingest (unknown times last), then id. */
        public static final Comparator<Entry> ORDER = Comparator
                .comparing(Entry::publishedAt, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Entry::ingestedAt, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Entry::id);

        public Entry {
            requireNonNull(id, "id");
            requireNonNull(signature, "signature");
            requireNonNull(canonicalId, "canonicalId");
        }
    }

    /** What a text is a copy of: the canonical article, the similarity to the matched text, the kind. */
    public record Match(String canonicalId, String matchedId, double similarity, Kind kind) {
        public Match {
            requireNonNull(canonicalId, "canonicalId");
            requireNonNull(matchedId, "matchedId");
            requireNonNull(kind, "kind");
        }
    }

    /** Exact: the same normalised text. Near: most of the wording shared. */
    public enum Kind { EXACT, NEAR }

    private final double jaccardThreshold;
    private final double containmentThreshold;
    private final double numbersThreshold;
    private final Map<String, Entry> byFingerprint = new HashMap<>();
    private final Map<Long, List<Entry>> byBand = new HashMap<>();
    private final Map<String, Entry> byId = new HashMap<>();

    /** The standard thresholds (chosen on Reuters-21578 TRAIN, see docs/EVALUATION.md). */
    public DuplicateIndex() {
        this(0.5, 0.7, 0.5);
    }

    public DuplicateIndex(double jaccardThreshold, double containmentThreshold, double numbersThreshold) {
        this.jaccardThreshold = jaccardThreshold;
        this.containmentThreshold = containmentThreshold;
        this.numbersThreshold = numbersThreshold;
    }

    public double numbersThreshold() {
        return numbersThreshold;
    }

    public double jaccardThreshold() {
        return jaccardThreshold;
    }

    public double containmentThreshold() {
        return containmentThreshold;
    }

    /** The number of stored articles. */
    public int size() {
        return byId.size();
    }

    /**
     * The stored article this signature copies, if any: an exact copy first, else the near copy with the
     * highest similarity; the canonical of the answer is the earliest canonical among all matches.
     */
    public Optional<Match> find(TextSignature signature) {
        Entry exact = byFingerprint.get(signature.fingerprint());
        if (exact != null && signature.tokens() > 0) {
            return Optional.of(new Match(exact.canonicalId(), exact.id(), 1.0, Kind.EXACT));
        }
        Set<String> seen = new HashSet<>();
        Entry best = null;
        double bestSimilarity = 0;
        Entry canonical = null;
        for (long key : signature.bandKeys(BANDS)) {
            List<Entry> candidates = byBand.get(key);
            if (candidates == null) {
                continue;
            }
            for (Entry c : candidates) {
                if (!seen.add(c.id())) {
                    continue;
                }
                double j = signature.jaccard(c.signature());
                double similarity = j >= jaccardThreshold ? j
                        : signature.containment(c.signature()) >= containmentThreshold ? j : -1;
                if (similarity < 0 || signature.numbersShared(c.signature()) < numbersThreshold) {
                    continue;
                }
                if (best == null || similarity > bestSimilarity) {
                    best = c;
                    bestSimilarity = similarity;
                }
                Entry root = byId.getOrDefault(c.canonicalId(), c);
                if (canonical == null || Entry.ORDER.compare(root, canonical) < 0) {
                    canonical = root;
                }
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        return Optional.of(new Match(canonical.id(), best.id(), round(bestSimilarity), Kind.NEAR));
    }

    /**
     * Stores an article with the canonical its match gave (its own id when it matched nothing, or when it
     * is earlier than the canonical it matched: a backfilled original becomes the canonical of the copies
     * that arrive after it).
     */
    public Entry add(String id, Instant publishedAt, Instant ingestedAt, TextSignature signature,
            Optional<Match> match) {
        Entry self = new Entry(id, publishedAt, ingestedAt, signature, id);
        String canonicalId = id;
        if (match.isPresent()) {
            Entry root = byId.get(match.get().canonicalId());
            if (root != null && Entry.ORDER.compare(root, self) < 0) {
                canonicalId = root.id();
            }
        }
        Entry entry = new Entry(id, publishedAt, ingestedAt, signature, canonicalId);
        byId.put(id, entry);
        if (signature.tokens() > 0) {
            byFingerprint.merge(signature.fingerprint(), entry, (old, now) -> Entry.ORDER.compare(old, now) <= 0
                    ? old : now);
        }
        for (long key : signature.bandKeys(BANDS)) {
            byBand.computeIfAbsent(key, k -> new ArrayList<>(2)).add(entry);
        }
        return entry;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
