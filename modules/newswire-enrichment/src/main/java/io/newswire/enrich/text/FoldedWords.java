package io.newswire.enrich.text;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A table of lower-case words asked with a token's form as written, ignoring case, without making a
 * lower-case copy of the token. Most words of an article are none of a stage's words, and
 * lower-casing every token only to look it up cost the events stage a tenth of its time.
 *
 * <p>An ASCII form is compared folding {@code A-Z} only, which is what {@code toLowerCase(Locale.ROOT)}
 * does to ASCII; a form with any other character is lower-cased and looked up exactly. So the answer is
 * always that of a map lookup of {@code form.toLowerCase(Locale.ROOT)}. Each word carries a non-zero
 * value (a set of flags, say) and the table returns its own instance of the word, so callers can
 * compare it by identity or switch on it. Immutable and thread-safe.
 */
public final class FoldedWords {

    private final String[] slots;
    private final int[] values;
    private final int mask;
    private final Map<String, String> exactWord;
    private final Map<String, Integer> exactValue;

    /** @param words each lower-case word with a non-zero value */
    public FoldedWords(Map<String, Integer> words) {
        this.exactValue = Map.copyOf(words);
        this.exactWord = new HashMap<>();
        int size = Integer.highestOneBit(Math.max(4, words.size() * 4) - 1) << 1;
        this.slots = new String[size];
        this.values = new int[size];
        this.mask = size - 1;
        for (Map.Entry<String, Integer> e : exactValue.entrySet()) {
            String w = e.getKey();
            if (e.getValue() == 0) {
                throw new IllegalArgumentException("0 is the value of an absent word: " + w);
            }
            exactWord.put(w, w);
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

    /** A table of the words, each with the value 1. */
    public static FoldedWords of(Iterable<String> words) {
        Map<String, Integer> m = new HashMap<>();
        for (String w : words) {
            m.put(w, 1);
        }
        return new FoldedWords(m);
    }

    /** The value of {@code form} lower-cased with {@link Locale#ROOT}, or 0 when it is none of the words. */
    public int get(String form) {
        return get(form, 0, form.length());
    }

    /** The value of {@code text[start, end)} lower-cased with {@link Locale#ROOT}, or 0 when it is none of the words. */
    public int get(String text, int start, int end) {
        int s = slot(text, start, end);
        if (s >= 0) {
            return values[s];
        }
        return s == -1 ? 0 : exactValue.getOrDefault(lower(text, start, end), 0);
    }

    /**
     * The table's own instance of {@code text[start, end)} lower-cased with {@link Locale#ROOT}, or null
     * when it is none of the words.
     */
    public String word(String text, int start, int end) {
        int s = slot(text, start, end);
        if (s >= 0) {
            return slots[s];
        }
        return s == -1 ? null : exactWord.get(lower(text, start, end));
    }

    /** The slot of an ASCII form, -1 when an ASCII form is absent, -2 when the form is not ASCII. */
    private int slot(String text, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                return -2;
            }
            h = 31 * h + fold(c);
        }
        int n = end - start;
        for (int s = spread(h) & mask; ; s = (s + 1) & mask) {
            String w = slots[s];
            if (w == null) {
                return -1;
            }
            if (w.length() == n && sameFolded(w, text, start)) {
                return s;
            }
        }
    }

    private static String lower(String text, int start, int end) {
        return text.substring(start, end).toLowerCase(Locale.ROOT);
    }

    private static boolean sameFolded(String lower, String text, int start) {
        for (int i = 0; i < lower.length(); i++) {
            if (lower.charAt(i) != fold(text.charAt(start + i))) {
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
