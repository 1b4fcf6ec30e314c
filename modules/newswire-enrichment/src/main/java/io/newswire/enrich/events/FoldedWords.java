package io.newswire.enrich.events;

import java.util.Locale;
import java.util.Map;

/**
 * A set of lower-case words asked with a token's form as written, ignoring case, without making a
 * lower-case copy of the token: most sentences of an article hold no event or casualty word, and
 * lower-casing every token of them was a tenth of the stage's time. An ASCII form is compared
 * folding {@code A-Z} only, which is what {@code toLowerCase(Locale.ROOT)} does to ASCII; a form with
 * any other character is lower-cased and looked up exactly, so the answer is always that of
 * {@code words.get(form.toLowerCase(Locale.ROOT))}. Immutable and thread-safe.
 */
final class FoldedWords {

    private final String[] slots;
    private final int[] values;
    private final int mask;
    private final Map<String, Integer> exact;

    /** @param words each word with a non-zero value (a set of flags, say) */
    FoldedWords(Map<String, Integer> words) {
        this.exact = Map.copyOf(words);
        int size = Integer.highestOneBit(Math.max(4, words.size() * 4) - 1) << 1;
        this.slots = new String[size];
        this.values = new int[size];
        this.mask = size - 1;
        for (Map.Entry<String, Integer> e : exact.entrySet()) {
            String w = e.getKey();
            if (e.getValue() == 0) {
                throw new IllegalArgumentException("0 is the value of an absent word: " + w);
            }
            if (!w.equals(w.toLowerCase(Locale.ROOT)) || !ascii(w)) {
                continue; // no ASCII form lower-cases to it; such forms take the exact path
            }
            int s = spread(hash(w)) & mask;
            while (slots[s] != null) {
                s = (s + 1) & mask;
            }
            slots[s] = w;
            values[s] = e.getValue();
        }
    }

    /** The value of {@code form} lower-cased with {@link Locale#ROOT}, or 0 when it is none of the words. */
    int get(String form) {
        int h = 0;
        int n = form.length();
        for (int i = 0; i < n; i++) {
            char c = form.charAt(i);
            if (c >= 0x80) {
                return exact.getOrDefault(form.toLowerCase(Locale.ROOT), 0);
            }
            h = 31 * h + fold(c);
        }
        for (int s = spread(h) & mask; ; s = (s + 1) & mask) {
            String w = slots[s];
            if (w == null) {
                return 0;
            }
            if (w.length() == n && sameFolded(w, form)) {
                return values[s];
            }
        }
    }

    private static boolean sameFolded(String lower, String form) {
        for (int i = 0; i < lower.length(); i++) {
            if (lower.charAt(i) != fold(form.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static char fold(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    private static int hash(String lower) {
        int h = 0;
        for (int i = 0; i < lower.length(); i++) {
            h = 31 * h + lower.charAt(i);
        }
        return h;
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    private static boolean ascii(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (w.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
