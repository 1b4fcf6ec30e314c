package io.newswire.enrich.entities;

import java.util.List;

/**
 * The features of the tagger, shared by training ({@link NerTrainer}) and tagging ({@link NerTagger})
 * so that the two can never disagree. Each feature is a 64-bit hash of a template number and its
 * strings: no feature string is ever built, which keeps tagging free of per-feature allocation.
 */
final class NerFeatures {

    /** Labels, BIO over three types. Index 0 is "O". */
    static final String[] LABELS = {"O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"};
    static final int N_LABELS = LABELS.length;
    /** Features that depend on the token and its neighbours only. */
    static final int N_STATIC = 31;
    /** Features that depend also on the labels already given to the previous tokens. */
    static final int N_DYNAMIC = 6;

    private static final long PRIME = 0x100000001B3L;

    private NerFeatures() {
    }

    /** The model's view of a word: lower case, every digit a 0. */
    static String norm(String word) {
        StringBuilder sb = null;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            char m = Character.isDigit(c) ? '0' : Character.toLowerCase(c);
            if (m != c && sb == null) {
                sb = new StringBuilder(word.length()).append(word, 0, i);
            }
            if (sb != null) {
                sb.append(m);
            }
        }
        return sb == null ? word : sb.toString();
    }

    /** The word's shape, runs collapsed: "Baqeri" -> "Xx", "U.S." -> "X.X.", "10,000" -> "d,d". */
    static String shape(String word) {
        StringBuilder sb = new StringBuilder(8);
        char last = 0;
        for (int i = 0; i < word.length() && sb.length() < 8; i++) {
            char c = word.charAt(i);
            char s = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) || Character.isLetter(c) ? 'x'
                    : Character.isDigit(c) ? 'd' : c;
            if (s != last) {
                sb.append(s);
                last = s;
            }
        }
        return sb.toString();
    }

    /** The static features of every token of a sentence, {@link #N_STATIC} per token. */
    static long[] staticFeatures(List<String> words, CaseLexicon lexicon) {
        int n = words.size();
        String[] norm = new String[n];
        String[] shape = new String[n];
        boolean[] title = new boolean[n];
        String[] cas = new String[n];
        for (int i = 0; i < n; i++) {
            norm[i] = norm(words.get(i));
            shape[i] = shape(words.get(i));
            title[i] = Titles.isTitleWord(words.get(i));
            cas[i] = Integer.toString(lexicon.bucket(norm[i]));
        }
        long[] f = new long[n * N_STATIC];
        for (int i = 0; i < n; i++) {
            int o = i * N_STATIC;
            String w = norm[i];
            f[o] = h(0);
            f[o + 1] = h(1, w);
            f[o + 2] = h(2, shape[i]);
            f[o + 3] = h(3, w.substring(Math.max(0, w.length() - 3)));
            f[o + 4] = h(4, w.substring(Math.max(0, w.length() - 2)));
            f[o + 5] = h(5, w.substring(0, Math.min(3, w.length())));
            f[o + 6] = h(6, at(norm, i - 1));
            f[o + 7] = h(7, at(norm, i + 1));
            f[o + 8] = h(8, at(norm, i - 2));
            f[o + 9] = h(9, at(norm, i + 2));
            f[o + 10] = h(10, at(shape, i - 1), shape[i]);
            f[o + 11] = h(11, shape[i], at(shape, i + 1));
            f[o + 12] = h(12, at(norm, i - 1), w);
            f[o + 13] = h(13, w, at(norm, i + 1));
            f[o + 14] = h(14, i == 0 ? "first" : "", shape[i]);
            f[o + 15] = h(15, i > 0 && title[i - 1] ? "t" : "", shape[i]);
            f[o + 16] = h(16, title[i] ? "t" : "", shape[i]);
            f[o + 17] = h(17, w.substring(Math.max(0, w.length() - 4)));
            f[o + 18] = h(18, at(shape, i - 1), shape[i], at(shape, i + 1));
            f[o + 19] = h(19, words.get(i).equals(w) ? "" : "C", i > 0 && !words.get(i - 1).equals(norm[i - 1])
                    ? "C" : "", i + 1 < n && !words.get(i + 1).equals(norm[i + 1]) ? "C" : "");
            f[o + 20] = h(20, w.substring(0, Math.min(4, w.length())));
            f[o + 21] = h(21, w.substring(0, Math.min(2, w.length())));
            String p = at(norm, i - 1);
            String x = at(norm, i + 1);
            f[o + 22] = h(22, p.substring(Math.max(0, p.length() - 3)));
            f[o + 23] = h(23, x.substring(Math.max(0, x.length() - 3)));
            f[o + 24] = h(24, p, shape[i]);
            f[o + 25] = h(25, shape[i], x);
            f[o + 26] = h(26, at(norm, i - 2), p);
            f[o + 27] = h(27, x, at(norm, i + 2));
            f[o + 28] = h(28, cas[i]);
            f[o + 29] = h(29, at(cas, i - 1), cas[i], at(cas, i + 1));
            f[o + 30] = h(30, cas[i], shape[i], i == 0 ? "first" : "");
        }
        return f;
    }

    /** The features that read the previous labels, into {@code out[0..N_DYNAMIC)}. */
    static void dynamicFeatures(long[] stat, int i, int prev1, int prev2, long[] out) {
        int o = i * N_STATIC;
        out[0] = h(60) * PRIME + prev1;
        out[1] = (h(61) * PRIME + prev1) * PRIME + prev2;
        out[2] = (stat[o + 1] ^ 0x5DEECE66DL) * PRIME + prev1;
        out[3] = (stat[o + 2] ^ 0x2545F4914F6CDD1DL) * PRIME + prev1;
        out[4] = (stat[o + 6] ^ 0x3C6EF372FE94F82BL) * PRIME + prev1;
        out[5] = (stat[o + 7] ^ 0x1B873593A1B2C3D4L) * PRIME + prev1;
    }

    private static String at(String[] a, int i) {
        return i < 0 ? "<s>" : i >= a.length ? "</s>" : a[i];
    }

    private static long h(int template, String... parts) {
        long h = 0xcbf29ce484222325L ^ (template * 0x9E3779B97F4A7C15L);
        for (String p : parts) {
            for (int i = 0; i < p.length(); i++) {
                h = (h ^ p.charAt(i)) * PRIME;
            }
            h = (h ^ 0x1F) * PRIME;
        }
        return mix(h);
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
}
