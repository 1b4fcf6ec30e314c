package io.newswire.enrich.ner;

import io.newswire.enrich.gazetteer.Gazetteer;
import io.newswire.enrich.text.Folding;
import java.util.List;

/**
 * The features of the tagger, shared by training ({@link NerTrainer}) and tagging ({@link NerTagger})
 * so that the two can never disagree. Each feature is a 64-bit hash: every word is hashed once (its
 * lower-cased form, shape, prefixes, suffixes), and a feature combines those hashes with a template
 * number. No string is built per token or per feature, which keeps tagging cheap.
 *
 * <p>Templates, for token i: bias; word; shape; suffixes of 2, 3, 4 and prefixes of 2, 3, 4 letters;
 * words i-2..i+2; shapes of i-1, i+1 with i's; word pairs (i-2,i-1), (i-1,i), (i,i+1), (i+1,i+2);
 * word i-1 or i+1 with shape i; sentence start with shape; a title word ({@code titles.txt}) at i-1
 * or i, with shape i; capitalisation of i-1, i, i+1; suffix 3 of i-1 and i+1; the case-lexicon bucket
 * of i, of i-1..i+1, and with shape i; the kinds of GeoNames entry ({@link Gazetteer#nameClass}) named
 * by word i when capitalised, and the kinds and population of those named by words (i, i+1) and
 * (i-1, i). Pair features, weighted per (label i-1, label i): the
 * transition itself (see {@link #pairFeatures}).
 */
final class NerFeatures {

    /** Labels, BIO over three types. Index 0 is "O". */
    static final String[] LABELS = {"O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"};
    static final int N_LABELS = LABELS.length;
    /** Features that depend on the token and its neighbours only. */
    static final int N_STATIC = 34;
    /**
     * The positions in {@link Sentence#row} of the features that depend on the token alone (its word
     * and shape; bias excluded): word, shape, suffixes, prefixes, title word with shape, case-lexicon
     * bucket, gazetteer kinds. Their weights add up to the same sum wherever the token stands, so the
     * tagger sums them once per distinct token ({@link NerTagger}'s word cache).
     */
    static final int[] TOKEN_ONLY = {1, 2, 3, 4, 5, 16, 17, 20, 21, 28, 31};
    /** The other positions of {@link Sentence#row} but the bias (0): features of the token's context. */
    static final int[] CONTEXT = java.util.stream.IntStream.range(1, 34)
            .filter(k -> java.util.Arrays.stream(TOKEN_ONLY).noneMatch(t -> t == k)).toArray();
    /** Features weighted per (previous label, label) pair; see {@link #pairFeatures}. */
    static final int N_PAIR = 1;
    /** Previous labels: the {@link #N_LABELS} labels and sentence start ({@link #START_LABEL}). */
    static final int N_PREV = N_LABELS + 1;
    static final int START_LABEL = N_LABELS;

    private static final long PRIME = 0x100000001B3L;
    private static final long OFFSET = 0xcbf29ce484222325L;
    /** Word hashes of the padding before and after a sentence. */
    private static final long START = mix(0x5354415254L);
    private static final long END = mix(0x454E44L);
    /** The pair feature every token has: the transition weights. */
    static final long TRANSITION = f(60, 0);
    /** The feature every token has, first in {@link Sentence#row}: the bias. */
    static final long BIAS = f(0, 0);

    private NerFeatures() {
    }

    /** The model's view of a character ({@link Folding#modelChar}): lower case, every digit a 0. */
    private static char normChar(char c) {
        return Folding.modelChar(c);
    }

    /**
     * The word's hashes in one pass, equal to {@code hashRange} of the whole word, its first 2, 3, 4
     * and last 2, 3, 4 characters: {@code out = [word, pre2, pre3, pre4, suf2, suf3, suf4]}.
     */
    private static void wordHashes(String w, char[] buf, long[] out) {
        int len = Math.min(w.length(), buf.length);
        if (len < w.length()) {
            out[0] = hashRange(w, 0, w.length());
            out[1] = hashRange(w, 0, 2);
            out[2] = hashRange(w, 0, 3);
            out[3] = hashRange(w, 0, 4);
            out[4] = hashRange(w, w.length() - 2, w.length());
            out[5] = hashRange(w, w.length() - 3, w.length());
            out[6] = hashRange(w, w.length() - 4, w.length());
            return;
        }
        long h = OFFSET;
        for (int i = 0; i < len; i++) {
            char c = normChar(w.charAt(i));
            buf[i] = c;
            h = (h ^ c) * PRIME;
            if (i == 1) {
                out[1] = mix(h ^ 2);
            } else if (i == 2) {
                out[2] = mix(h ^ 3);
            } else if (i == 3) {
                out[3] = mix(h ^ 4);
            }
        }
        out[0] = mix(h ^ len);
        if (len < 4) {
            out[3] = out[0];
            if (len < 3) {
                out[2] = out[0];
                if (len < 2) {
                    out[1] = out[0];
                }
            }
        }
        for (int k = 2; k <= 4; k++) {
            int from = Math.max(0, len - k);
            long g = OFFSET;
            for (int i = from; i < len; i++) {
                g = (g ^ buf[i]) * PRIME;
            }
            out[2 + k] = mix(g ^ (len - from));
        }
    }

    /** The hash of a word's normalised form (lower case, digits 0), as {@link CaseLexicon} keys it. */
    static long normHash(String word) {
        return hashRange(word, 0, word.length());
    }

    private static long hashRange(String word, int from, int to) {
        long h = OFFSET;
        for (int i = from; i < to; i++) {
            h = (h ^ normChar(word.charAt(i))) * PRIME;
        }
        return mix(h ^ (to - from));
    }

    /** The hash of the word's shape, runs collapsed: "Baqeri" -> "Xx", "U.S." -> "X.X.", "10,000" -> "d,d". */
    private static long shapeHash(String word) {
        long h = OFFSET;
        char last = 0;
        int n = 0;
        for (int i = 0; i < word.length() && n < 8; i++) {
            char c = word.charAt(i);
            char s = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) || Character.isLetter(c) ? 'x'
                    : Character.isDigit(c) ? 'd' : c;
            if (s != last) {
                h = (h ^ s) * PRIME;
                last = s;
                n++;
            }
        }
        return mix(h);
    }

    /** The static features of every token of a sentence, {@link #N_STATIC} per token. */
    static long[] staticFeatures(List<String> words, CaseLexicon lexicon, Gazetteer gazetteer) {
        Sentence sentence = new Sentence(words, lexicon, gazetteer, null);
        long[] f = new long[words.size() * N_STATIC];
        for (int i = 0; i < words.size(); i++) {
            sentence.row(i, f, i * N_STATIC);
        }
        return f;
    }

    /**
     * The hashes of a sentence's words that the static features combine, computed once per sentence;
     * {@link #row} then gives one token's {@link #N_STATIC} features. The tagger asks for the rows of
     * the tokens it scores one at a time, so no sentence-long feature array is built (it was a
     * quarter of the pipeline's allocation); training asks for all of them ({@link #staticFeatures}).
     * Both go through {@link #row}, so they cannot disagree.
     */
    static final class Sentence {
        private int n;
        private long[] word = new long[0]; // padded: index i + 2
        private long[] shape = word;
        private long[] cas = word;
        private long[] suf3 = word;
        private long[] gkey = word;
        private boolean[] title = new boolean[0];
        private boolean[] caps = title;
        private int[] gaz = new int[0]; // Gazetteer.nameClass of a capitalised word, kinds only
        private int[] gaz2 = gaz; // of a capitalised word and the next word, kinds and population
        private long[] pre2 = word;
        private long[] pre3 = word;
        private long[] pre4 = word;
        private long[] suf2 = word;
        private long[] suf4 = word;
        private final char[] buf = new char[64];
        private final long[] h = new long[7];

        /** A sentence's hashes; see {@link #reset}. */
        Sentence(List<String> words, CaseLexicon lexicon, Gazetteer gazetteer, boolean[] only) {
            memo = null;
            reset(words, lexicon, gazetteer, only);
        }

        /**
         * Room for sentences of up to {@code capacity} words, to be filled by {@link #reset}; with a
         * memo of the word-only hashes of words seen lately (see {@link Memo}).
         */
        Sentence(int capacity) {
            grow(capacity);
            memo = new Memo();
        }

        /** The tagger's memo, {@code null} in training (a new {@code Sentence} per sentence there). */
        private final Memo memo;

        /**
         * The hashes and flags of a word that depend on the word alone (and the gazetteer): its
         * normalised hash, prefixes and suffixes, shape, title flag, capital flag, gazetteer key and
         * class, by the word's text, for the words seen lately on this thread. A news text repeats
         * its words ("the", "said", its names), and every one was hashed character by character
         * four times and looked up in the gazetteer and the title set at each sentence it appeared
         * in. Open addressing; cleared when full or when another gazetteer is asked.
         */
        private static final class Memo {
            static final int CAPACITY = 4096;
            static final int LIMIT = CAPACITY * 5 / 8;
            /** Per entry: word, pre2, pre3, pre4, suf2, suf3, suf4, shape, gazetteer key. */
            static final int WIDTH = 9;
            final String[] words = new String[CAPACITY];
            final long[] hashes = new long[CAPACITY * WIDTH];
            /** Per entry: gazetteer class (8 bits), title flag (bit 8), capital flag (bit 9). */
            final int[] flags = new int[CAPACITY];
            int size;
            Gazetteer gazetteer;

            /** The slot holding {@code w}, or {@code -(slot + 1)} of the free slot where it goes. */
            int find(String w) {
                int h = w.hashCode();
                int slot = (h ^ (h >>> 16)) * 0x9E3779B1 >>> 20; // 12 bits: CAPACITY
                while (true) {
                    String k = words[slot];
                    if (k == null) {
                        return -(slot + 1);
                    }
                    if (k == w || k.equals(w)) {
                        return slot;
                    }
                    slot = (slot + 1) & (CAPACITY - 1);
                }
            }

            void clear() {
                java.util.Arrays.fill(words, null);
                size = 0;
            }
        }

        private void grow(int words) {
            if (pre2.length >= words) {
                return;
            }
            int cap = Math.max(words, pre2.length * 2);
            word = new long[cap + 4];
            shape = new long[cap + 4];
            cas = new long[cap + 4];
            suf3 = new long[cap + 4];
            gkey = new long[cap + 4];
            title = new boolean[cap + 4];
            caps = new boolean[cap + 4];
            gaz = new int[cap + 4];
            gaz2 = new int[cap + 4];
            pre2 = new long[cap];
            pre3 = new long[cap];
            pre4 = new long[cap];
            suf2 = new long[cap];
            suf4 = new long[cap];
        }

        /**
         * Computes the hashes of {@code words}, replacing the last sentence's: the tagger keeps one
         * {@code Sentence} per thread and reuses its arrays, so tagging allocates no per-word arrays.
         *
         * @param only the tokens whose rows will be asked for ({@code null}: all); the hashes of
         *     words no such row reads (more than two tokens away) are not computed
         */
        Sentence reset(List<String> words, CaseLexicon lexicon, Gazetteer gazetteer, boolean[] only) {
            int n = words.size();
            grow(n);
            this.n = n;
            // Every slot a row can read is written below or cleared here: rows of words outside
            // "only" read their zeroed neighbours, exactly as with fresh arrays.
            java.util.Arrays.fill(word, 0, n + 4, 0L);
            java.util.Arrays.fill(shape, 0, n + 4, 0L);
            java.util.Arrays.fill(cas, 0, n + 4, 0L);
            java.util.Arrays.fill(suf3, 0, n + 4, 0L);
            java.util.Arrays.fill(gkey, 0, n + 4, 0L);
            java.util.Arrays.fill(title, 0, n + 4, false);
            java.util.Arrays.fill(caps, 0, n + 4, false);
            java.util.Arrays.fill(gaz, 0, n + 4, 0);
            java.util.Arrays.fill(gaz2, 0, n + 4, 0);
            java.util.Arrays.fill(pre2, 0, n, 0L);
            java.util.Arrays.fill(pre3, 0, n, 0L);
            java.util.Arrays.fill(pre4, 0, n, 0L);
            java.util.Arrays.fill(suf2, 0, n, 0L);
            java.util.Arrays.fill(suf4, 0, n, 0L);
            word[0] = word[1] = shape[0] = shape[1] = cas[0] = cas[1] = suf3[0] = suf3[1] = START;
            word[n + 2] = word[n + 3] = shape[n + 2] = shape[n + 3] = cas[n + 2] = cas[n + 3] = suf3[n + 2] =
                    suf3[n + 3] = END;
            for (int i = 0; i < n; i++) {
                if (only != null && !within2(only, i)) {
                    continue; // no feature of a scored token reads this word
                }
                String w = words.get(i);
                int p = i + 2;
                if (memo != null) {
                    if (memo.gazetteer != gazetteer) {
                        memo.clear();
                        memo.gazetteer = gazetteer;
                    }
                    int slot = memo.find(w);
                    if (slot < 0) {
                        if (memo.size >= Memo.LIMIT) {
                            memo.clear();
                            slot = memo.find(w);
                        }
                        slot = -slot - 1;
                        hashWord(w, p, gazetteer);
                        int o = slot * Memo.WIDTH;
                        long[] m = memo.hashes;
                        m[o] = word[p];
                        m[o + 1] = h[1];
                        m[o + 2] = h[2];
                        m[o + 3] = h[3];
                        m[o + 4] = h[4];
                        m[o + 5] = h[5];
                        m[o + 6] = h[6];
                        m[o + 7] = shape[p];
                        m[o + 8] = gkey[p];
                        memo.flags[slot] = gaz[p] | (title[p] ? 1 << 8 : 0) | (caps[p] ? 1 << 9 : 0);
                        memo.words[slot] = w;
                        memo.size++;
                    } else {
                        int o = slot * Memo.WIDTH;
                        long[] m = memo.hashes;
                        int f = memo.flags[slot];
                        word[p] = m[o];
                        h[1] = m[o + 1];
                        h[2] = m[o + 2];
                        h[3] = m[o + 3];
                        h[4] = m[o + 4];
                        h[5] = m[o + 5];
                        h[6] = m[o + 6];
                        shape[p] = m[o + 7];
                        gkey[p] = m[o + 8];
                        gaz[p] = f & 0xff;
                        title[p] = (f & 1 << 8) != 0;
                        caps[p] = (f & 1 << 9) != 0;
                    }
                } else {
                    hashWord(w, p, gazetteer);
                }
                cas[p] = lexicon.bucket(word[p]);
                pre2[i] = h[1];
                pre3[i] = h[2];
                pre4[i] = h[3];
                suf2[i] = h[4];
                suf3[p] = h[5];
                suf4[i] = h[6];
            }
            for (int i = 0; i + 1 < n; i++) {
                int p = i + 2;
                if (gkey[p] != 0 && gkey[p + 1] != 0) {
                    gaz2[p] = gazetteer.nameClass(Gazetteer.appendKey(gkey[p], words.get(i + 1)));
                }
            }
            return this;
        }

        /**
         * The word-only hashes of {@code w} at padded position {@code p}: {@link #h} (word, prefixes,
         * suffixes), and word, shape, title, caps, gazetteer key and class at {@code p}.
         */
        private void hashWord(String w, int p, Gazetteer gazetteer) {
            int len = w.length();
            wordHashes(w, buf, h);
            word[p] = h[0];
            shape[p] = shapeHash(w);
            title[p] = Titles.isTitleWordHash(word[p]);
            boolean c = false;
            for (int k = 0; k < len && !c; k++) {
                char ch = w.charAt(k);
                c = ch < 0x80 ? ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9'
                        : Character.isUpperCase(ch) || Character.isDigit(ch);
            }
            caps[p] = c;
            if (upper(w)) {
                gkey[p] = Gazetteer.appendKey(0, w);
                gaz[p] = gazetteer.nameClass(gkey[p]) & 0xff;
            }
        }

        /** Token {@code i}'s {@link #N_STATIC} features into {@code f[o..o + N_STATIC)}. */
        void row(int i, long[] f, int o) {
            int p = i + 2;
            long w = word[p];
            long s = shape[p];
            f[o] = BIAS;
            f[o + 1] = f(1, w);
            f[o + 2] = f(2, s);
            f[o + 3] = f(3, suf3[p]);
            f[o + 4] = f(4, suf2[i]);
            f[o + 5] = f(5, pre3[i]);
            f[o + 6] = f(6, word[p - 1]);
            f[o + 7] = f(7, word[p + 1]);
            f[o + 8] = f(8, word[p - 2]);
            f[o + 9] = f(9, word[p + 2]);
            f[o + 10] = f(10, shape[p - 1], s);
            f[o + 11] = f(11, s, shape[p + 1]);
            f[o + 12] = f(12, word[p - 1], w);
            f[o + 13] = f(13, w, word[p + 1]);
            f[o + 14] = f(14, i == 0 ? 1 : 0, s);
            f[o + 15] = f(15, title[p - 1] ? 1 : 0, s);
            f[o + 16] = f(16, title[p] ? 1 : 0, s);
            f[o + 17] = f(17, suf4[i]);
            f[o + 18] = f(18, shape[p - 1], s, shape[p + 1]);
            f[o + 19] = f(19, (caps[p] ? 4 : 0) + (caps[p - 1] ? 2 : 0) + (caps[p + 1] ? 1 : 0));
            f[o + 20] = f(20, pre4[i]);
            f[o + 21] = f(21, pre2[i]);
            f[o + 22] = f(22, suf3[p - 1]);
            f[o + 23] = f(23, suf3[p + 1]);
            f[o + 24] = f(24, word[p - 1], s);
            f[o + 25] = f(25, s, word[p + 1]);
            f[o + 26] = f(26, word[p - 2], word[p - 1]);
            f[o + 27] = f(27, word[p + 1], word[p + 2]);
            f[o + 28] = f(28, cas[p]);
            f[o + 29] = f(29, cas[p - 1], cas[p], cas[p + 1]);
            f[o + 30] = f(30, cas[p], s, i == 0 ? 1 : 0);
            f[o + 31] = f(31, gaz[p]);
            f[o + 32] = f(32, gaz2[p]);
            f[o + 33] = f(33, gaz2[p - 1]);
        }

        int size() {
            return n;
        }

        /** The hash of token {@code i}'s normalised word; with {@link #shapeOf}, what its token-only features read. */
        long wordOf(int i) {
            return word[i + 2];
        }

        /** The hash of token {@code i}'s shape. */
        long shapeOf(int i) {
            return shape[i + 2];
        }
    }

    private static boolean upper(String w) {
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            // ASCII answered without Character's property tables, as in the tagger's hasCapital
            if (c < 0x80 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a word at most two away from {@code i} (inside {@code only}, which holds {@code i}) is
     * scored. Written out rather than as a loop over a clamped range: this runs for every word of every
     * sentence and was 1.5% of the pipeline's samples as a loop.
     */
    private static boolean within2(boolean[] only, int i) {
        int last = only.length - 1;
        return only[i] || i >= 1 && only[i - 1] || i >= 2 && only[i - 2]
                || i + 1 <= last && only[i + 1] || i + 2 <= last && only[i + 2];
    }

    /**
     * The features that are scored against the previous label too, into {@code out[0..N_PAIR)}: each
     * has a weight for every (previous label, label) pair, {@link #N_PREV} x {@link #N_LABELS}. The
     * first is the same for every token: the label transition weights; it is the only one.
     */
    static void pairFeatures(long[] stat, int i, long[] out) {
        out[0] = TRANSITION;
        // Measured on the GMB held-out split (micro F1): with word i, shape i, words i-1 and i+1 also
        // weighted per previous label 0.832; transitions alone 0.842; + word i 0.843, + word and shape
        // 0.835, + word, shape and word i-1 0.840. Over four shuffle seeds, transitions alone 0.839 and
        // + word i 0.841 on average: not worth a lookup of 56 weights per token.
    }

    private static long f(int template, long a) {
        return mix(((template + 1) * 0x9E3779B97F4A7C15L) ^ a * PRIME) | 1L; // never 0, the empty key
    }

    private static long f(int template, long a, long b) {
        return mix(f(template, a) ^ b * 0xC2B2AE3D27D4EB4FL) | 1L;
    }

    private static long f(int template, long a, long b, long c) {
        return mix(f(template, a, b) ^ c * 0x165667B19E3779F9L) | 1L;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** Whether {@code label} may follow {@code prev}: an I- only continues its own type. */
    static boolean allowed(int prev, int label) {
        if (label == 0 || label % 2 == 1) {
            return true;
        }
        return prev == label || prev == label - 1;
    }

    /** The normalised form of a word, as the case lexicon stores it ({@link Folding#modelForm}). */
    static String norm(String word) {
        return Folding.modelForm(word);
    }
}
