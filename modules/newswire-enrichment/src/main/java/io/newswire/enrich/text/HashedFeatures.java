package io.newswire.enrich.text;

import java.util.Arrays;

/**
 * The features of {@link LinearModel}: hashed unigrams and within-sentence bigrams of the
 * lower-cased words (fastText-style) of a text, and the words of a second, short text (a headline,
 * a target's clause) as features of their own, folded into a fixed number of buckets. The same code
 * builds features for training and for the stages.
 */
public final class HashedFeatures {

    /** How much of the body the features read: the lead carries the subject, and the cost stays flat. */
    public static final int MAX_CHARS = 6_000;

    /** Feature set 0: the headline's words only as features of their own (the tone model's, and topic models before s23). */
    public static final int HEADLINE_APART = 0;

    /**
     * Feature set 1: the headline's words also counted as body words (with their bigrams), so the few
     * words that name the subject weigh more; chosen for the topics model on dev splits (EVALUATION.md).
     */
    public static final int HEADLINE_ALSO_AS_BODY = 1;

    private static final long TITLE_SALT = 0x5DEECE66DL;

    private HashedFeatures() {
    }

    /** The bucket of every feature of the article (repeats kept), in {@code [0, buckets)}. */
    public static int[] of(String title, String text, int buckets) {
        Collector c = new Collector(buckets);
        if (title != null) {
            c.salt = TITLE_SALT;
            WordHashes.scan(title, 0, title.length(), c);
            c.salt = 0;
            c.have = false;
        }
        WordHashes.scan(text, 0, Math.min(text.length(), MAX_CHARS), c);
        return Arrays.copyOf(c.out, c.n);
    }

    /** As {@link #of(String, String, int)} with feature set {@code featureSet} ({@link #HEADLINE_APART} or {@link #HEADLINE_ALSO_AS_BODY}). */
    public static int[] of(String title, String text, int buckets, int featureSet) {
        if (featureSet == HEADLINE_APART || title == null) {
            return of(title, text, buckets);
        }
        Collector c = new Collector(buckets);
        c.salt = TITLE_SALT;
        WordHashes.scan(title, 0, title.length(), c);
        c.salt = 0;
        c.have = false;
        WordHashes.scan(title, 0, title.length(), c);
        c.have = false;
        WordHashes.scan(text, 0, Math.min(text.length(), MAX_CHARS), c);
        return Arrays.copyOf(c.out, c.n);
    }

    /** The bucket of one feature hash (a word's stem hash, or {@link WordHashes#pair} of two). */
    public static int bucket(long h, int buckets) {
        return (int) Long.remainderUnsigned(h ^ (h >>> 31), buckets);
    }

    private static final class Collector implements WordHashes.Sink {
        private final int buckets;
        private int[] out = new int[256];
        private int n;
        private long prev;
        private boolean have;
        private long salt;

        Collector(int buckets) {
            this.buckets = buckets;
        }

        @Override
        public void word(long hash, long stem, boolean breakBefore) {
            add(stem ^ salt);
            if (have && !breakBefore && salt == 0) {
                add(WordHashes.pair(prev, stem));
            }
            prev = stem;
            have = true;
        }

        private void add(long h) {
            if (n == out.length) {
                out = Arrays.copyOf(out, n * 2);
            }
            out[n++] = bucket(h, buckets);
        }
    }
}
