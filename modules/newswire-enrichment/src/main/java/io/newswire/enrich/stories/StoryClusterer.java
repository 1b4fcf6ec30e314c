package io.newswire.enrich.stories;

import static java.util.Objects.requireNonNull;

import io.newswire.enrich.text.Folding;
import io.newswire.enrich.text.WordHashes;
import io.newswire.model.Article;
import io.newswire.model.Entity;
import io.newswire.model.Place;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Online story clustering over articles in one order; the state (document frequencies, stories and
 * their centroids, the candidate postings) lives in the instance. Not thread-safe.
 *
 * <p>An article becomes two sparse vectors: its words (hashed, lower-cased, a final "s" stripped;
 * title words count twice) and its entities and places (by id). Weights are TF-IDF with document
 * frequencies counted online over the articles seen so far, so frequent words (of any language) weigh
 * little without a stop list. The similarity to a story is {@code (1 - w) cos(words) + w cos(entities)}
 * (words alone when either side has no entity), times {@code exp(-|dt| / decay)} where {@code dt} is the
 * distance between the article's event time and the story's latest. Candidates are the stories sharing
 * one of the article's entities or its most weighted words; the best one at or above the threshold is
 * joined, else the article starts a story. Stories are never merged or split, so an emitted story id
 * stays. A story whose latest article is older than the retention (by event time, against the latest
 * event time seen) is dropped.
 */
public final class StoryClusterer {

    /**
     * @param threshold    similarity at or above which an article joins a story
     * @param entityWeight weight of the entities' cosine against the words'
     * @param decay        e-folding time of the time decay
     * @param retention    how long a story with no new article stays a candidate
     * @param maxTerms     words kept per story centroid (the heaviest)
     * @param probeTerms   the article's heaviest words used to find candidate stories
     * @param entityGate   when both sides have entities, the entities' cosine below which the article does not
     *                     join (two events of one kind share their words, not their people and places)
     */
    public record Settings(double threshold, double entityWeight, Duration decay, Duration retention, int maxTerms,
            int probeTerms, double entityGate) {

        /** Chosen on ECB+ train topics (docs/EVALUATION.md#stories). */
        public static final Settings STANDARD = new Settings(0.20, 0.4, Duration.ofDays(3), Duration.ofDays(7), 200,
                12, 0.0);

        public Settings {
            requireNonNull(decay, "decay");
            requireNonNull(retention, "retention");
        }

        public Settings withThreshold(double t) {
            return new Settings(t, entityWeight, decay, retention, maxTerms, probeTerms, entityGate);
        }

        public Settings withEntityWeight(double w) {
            return new Settings(threshold, w, decay, retention, maxTerms, probeTerms, entityGate);
        }

        public Settings withEntityGate(double g) {
            return new Settings(threshold, entityWeight, decay, retention, maxTerms, probeTerms, g);
        }
    }

    /** What an article contributes: sorted distinct word and entity hashes with their counts. */
    public record Features(long[] words, float[] wordCounts, long[] entities, float[] entityCounts) {
    }

    /**
     * The story an article joined.
     *
     * @param storyId    the story's id (its first article's)
     * @param firstSeen  the earliest event time among its articles
     * @param size       its articles, this one included
     * @param similarity the similarity that joined it, 0 for a new story
     */
    public record Assignment(String storyId, Instant firstSeen, int size, double similarity) {
    }

    private static final class Cluster {
        final String id;
        Instant firstSeen;
        long lastMillis;
        int size;
        final Map<Long, Float> words = new HashMap<>();
        final Map<Long, Float> entities = new HashMap<>();
        final Set<Long> posted = new HashSet<>();

        Cluster(String id, Instant firstSeen) {
            this.id = id;
            this.firstSeen = firstSeen;
        }
    }

    private final Settings settings;
    private final Map<Long, Integer> df = new HashMap<>();
    private final Map<Long, List<Cluster>> postings = new HashMap<>();
    private final Map<String, Cluster> clusters = new HashMap<>();
    private int documents;
    private long latest = Long.MIN_VALUE;

    public StoryClusterer() {
        this(Settings.STANDARD);
    }

    public StoryClusterer(Settings settings) {
        this.settings = requireNonNull(settings, "settings");
    }

    /** The number of stories held. */
    public int stories() {
        return clusters.size();
    }

    /** The features of an article: its title and text words, its entities and places. */
    public static Features features(Article article) {
        Map<Long, float[]> words = new HashMap<>();
        WordHashes.Sink title = (h, stem, b) -> words.computeIfAbsent(stem, k -> new float[1])[0] += 2;
        WordHashes.Sink body = (h, stem, b) -> words.computeIfAbsent(stem, k -> new float[1])[0] += 1;
        if (article.title() != null) {
            WordHashes.scan(article.title(), 0, article.title().length(), title);
        }
        WordHashes.scan(article.text(), 0, article.text().length(), body);
        Map<Long, float[]> entities = new HashMap<>();
        for (Entity e : article.entities()) {
            String key = e.id() != null ? e.id() : e.name();
            entities.computeIfAbsent(Folding.key(key), k -> new float[1])[0] += Math.max(1, e.count());
        }
        for (Place p : article.places()) {
            if (p.geonameId() != null) {
                entities.computeIfAbsent(Folding.key("geonames:" + p.geonameId()), k -> new float[1])[0] += 1;
            }
        }
        long[][] w = sorted(words);
        long[][] e = sorted(entities);
        return new Features(w[0], counts(words, w[0]), e[0], counts(entities, e[0]));
    }

    private static long[][] sorted(Map<Long, float[]> m) {
        long[] keys = new long[m.size()];
        int i = 0;
        for (long k : m.keySet()) {
            keys[i++] = k;
        }
        Arrays.sort(keys);
        return new long[][] {keys};
    }

    private static float[] counts(Map<Long, float[]> m, long[] keys) {
        float[] c = new float[keys.length];
        for (int i = 0; i < keys.length; i++) {
            c[i] = m.get(keys[i])[0];
        }
        return c;
    }

    /**
     * Assigns an article to a story and remembers it.
     *
     * @param id        the article id (the story's id when it starts one)
     * @param eventTime its publication time, else its ingest time
     */
    public Assignment assign(String id, Instant eventTime, Features f) {
        requireNonNull(eventTime, "eventTime");
        long at = eventTime.toEpochMilli();
        documents++;
        for (long k : f.words()) {
            df.merge(k, 1, Integer::sum);
        }
        for (long k : f.entities()) {
            df.merge(~k, 1, Integer::sum);
        }
        double[] wv = weights(f.words(), f.wordCounts(), false);
        double[] ev = weights(f.entities(), f.entityCounts(), true);
        long[] probes = probes(f, wv);
        Cluster best = null;
        double bestSim = 0;
        Set<Cluster> seen = new HashSet<>();
        long retention = settings.retention().toMillis();
        for (long key : probes) {
            List<Cluster> list = postings.get(key);
            if (list == null) {
                continue;
            }
            for (Cluster c : list) {
                if (!seen.add(c) || Math.abs(c.lastMillis - at) > retention || !clusters.containsKey(c.id)) {
                    continue;
                }
                double sim = similarity(f, wv, ev, c, at);
                if (sim > bestSim) {
                    best = c;
                    bestSim = sim;
                }
            }
        }
        Cluster target;
        double similarity;
        if (best != null && bestSim >= settings.threshold()) {
            target = best;
            similarity = bestSim;
        } else {
            target = new Cluster(id, eventTime);
            clusters.put(id, target);
            similarity = 0;
        }
        join(target, f, eventTime, probes);
        evict(at);
        return new Assignment(target.id, target.firstSeen, target.size, Math.round(similarity * 1000) / 1000.0);
    }

    private double[] weights(long[] keys, float[] counts, boolean entity) {
        double[] w = new double[keys.length];
        for (int i = 0; i < keys.length; i++) {
            w[i] = (1 + Math.log(counts[i])) * idf(entity ? ~keys[i] : keys[i]);
        }
        return w;
    }

    private double idf(long key) {
        Integer d = df.get(key);
        return Math.log((documents + 1.0) / ((d == null ? 0 : d) + 1.0)) + 1e-3;
    }

    /** The entities, and the heaviest words, as posting keys (entities complemented to keep them apart). */
    private long[] probes(Features f, double[] wv) {
        int n = Math.min(settings.probeTerms(), wv.length);
        Integer[] order = new Integer[wv.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(wv[b], wv[a]));
        long[] keys = new long[n + f.entities().length];
        for (int i = 0; i < n; i++) {
            keys[i] = f.words()[order[i]];
        }
        for (int i = 0; i < f.entities().length; i++) {
            keys[n + i] = ~f.entities()[i];
        }
        return keys;
    }

    private double similarity(Features f, double[] wv, double[] ev, Cluster c, long at) {
        double text = cosine(f.words(), wv, c.words, false);
        double sim = text;
        if (ev.length > 0 && !c.entities.isEmpty()) {
            double ent = cosine(f.entities(), ev, c.entities, true);
            if (ent < settings.entityGate()) {
                return 0;
            }
            sim = (1 - settings.entityWeight()) * text + settings.entityWeight() * ent;
        }
        double dt = Math.abs(at - c.lastMillis);
        return sim * Math.exp(-dt / (double) settings.decay().toMillis());
    }

    private double cosine(long[] keys, double[] w, Map<Long, Float> centroid, boolean entity) {
        double dot = 0;
        double na = 0;
        for (int i = 0; i < keys.length; i++) {
            na += w[i] * w[i];
            Float c = centroid.get(keys[i]);
            if (c != null) {
                dot += w[i] * c * idf(entity ? ~keys[i] : keys[i]);
            }
        }
        if (dot == 0) {
            return 0;
        }
        double nb = 0;
        for (Map.Entry<Long, Float> e : centroid.entrySet()) {
            double v = e.getValue() * idf(entity ? ~e.getKey() : e.getKey());
            nb += v * v;
        }
        return dot / Math.sqrt(na * nb);
    }

    private void join(Cluster c, Features f, Instant eventTime, long[] probes) {
        c.size++;
        c.lastMillis = Math.max(c.size == 1 ? Long.MIN_VALUE : c.lastMillis, eventTime.toEpochMilli());
        if (eventTime.isBefore(c.firstSeen)) {
            c.firstSeen = eventTime;
        }
        for (int i = 0; i < f.words().length; i++) {
            c.words.merge(f.words()[i], (float) (1 + Math.log(f.wordCounts()[i])), Float::sum);
        }
        for (int i = 0; i < f.entities().length; i++) {
            c.entities.merge(f.entities()[i], (float) (1 + Math.log(f.entityCounts()[i])), Float::sum);
        }
        if (c.words.size() > 2 * settings.maxTerms()) {
            prune(c.words, settings.maxTerms());
        }
        for (long key : probes) {
            if (c.posted.add(key)) {
                postings.computeIfAbsent(key, k -> new ArrayList<>(2)).add(c);
            }
        }
    }

    /** Keeps the heaviest {@code keep} words of a centroid (by summed log count). */
    private static void prune(Map<Long, Float> words, int keep) {
        float[] v = new float[words.size()];
        int i = 0;
        for (float x : words.values()) {
            v[i++] = x;
        }
        Arrays.sort(v);
        float cut = v[v.length - keep];
        words.values().removeIf(x -> x < cut);
    }

    private void evict(long at) {
        if (at <= latest) {
            return;
        }
        long day = Duration.ofDays(1).toMillis();
        boolean newDay = latest == Long.MIN_VALUE || Math.floorDiv(at, day) != Math.floorDiv(latest, day);
        latest = at;
        if (!newDay) {
            return;
        }
        long cut = at - settings.retention().toMillis();
        clusters.values().removeIf(c -> c.lastMillis < cut);
        for (var it = postings.values().iterator(); it.hasNext(); ) {
            List<Cluster> list = it.next();
            list.removeIf(c -> c.lastMillis < cut);
            if (list.isEmpty()) {
                it.remove();
            }
        }
    }
}
