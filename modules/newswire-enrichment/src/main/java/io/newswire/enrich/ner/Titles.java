package io.newswire.enrich.ner;

import io.newswire.enrich.text.Tokenizer;
import io.newswire.enrich.text.WordSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Titles and roles ("Major General", "Defense Minister", "Ayatollah") from {@code titles.txt}, loaded
 * once from the classpath. Matching is on tokens, case-insensitive, longest title first, so that the
 * title found before a name is the whole of "Brigadier General" rather than "General".
 */
public final class Titles {

    /** The titles of {@code titles.txt}: their words are features of the tagger. */
    private static final List<String[]> FEATURE_TITLES = load("titles.txt");
    /**
     * Every title matched before a name: {@code titles.txt}, {@code titles-extra.txt} and
     * {@code titles-local.txt} (local officials' and police titles, "District Collector", "Sub Inspector").
     */
    private static final List<String[]> TITLES = concat(concat(FEATURE_TITLES, load("titles-extra.txt")),
            load("titles-local.txt"));
    private static final Set<String> WORDS = words(TITLES);
    private static final LongSet FEATURE_WORD_HASHES = new LongSet(words(FEATURE_TITLES).stream()
            .mapToLong(NerFeatures::normHash).toArray());
    private static final LongSet WORD_HASHES = new LongSet(WORDS.stream().mapToLong(NerFeatures::normHash).toArray());
    private static final int LONGEST = TITLES.stream().mapToInt(t -> t.length).max().orElse(0);
    /**
     * {@link #TITLES} by their number of words and the {@link #caseKey} of their first character, each
     * bucket in the list's order: a token can equal a title's first word ignoring case only if their
     * first characters have the same key, so {@link #matches} compares a token with a few titles, not all.
     */
    private static final String[][][][] BY_LENGTH_AND_FIRST = index(TITLES);

    private Titles() {
    }

    /** Whether a token (any case) is a word of some title: a feature of the tagger. */
    public static boolean isTitleWord(String word) {
        // An ASCII word's hash is its lower-case form's (NerFeatures.normHash folds ASCII case), so a hash
        // outside every title word's says no without allocating the lower-case copy.
        if (ascii(word) && !isAnyTitleWordHash(NerFeatures.normHash(word))) {
            return false;
        }
        return WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static boolean ascii(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Whether a word with this {@link NerFeatures#normHash} is a word of some title of {@code titles.txt}: a feature. */
    public static boolean isTitleWordHash(long normHash) {
        return FEATURE_WORD_HASHES.contains(normHash);
    }

    /** Whether a token (any case) is a word of some title, by its hash: allocates nothing. */
    public static boolean isAnyTitleWord(String word) {
        return isAnyTitleWordHash(NerFeatures.normHash(word));
    }

    private static boolean isAnyTitleWordHash(long normHash) {
        return WORD_HASHES.contains(normHash);
    }

    /**
     * The number of tokens of the longest title (or chain of titles, "Defense Minister General")
     * ending just before {@code end}, 0 if none.
     */
    public static int titleBefore(List<Tokenizer.Token> tokens, int end) {
        int total = 0;
        int at = end;
        while (at > 0) {
            int len = longestEndingAt(tokens, at);
            if (len == 0) {
                break;
            }
            total += len;
            at -= len;
        }
        return total;
    }

    /** The number of tokens of the longest title starting at {@code start} and ending before {@code limit}. */
    public static int titleAt(List<Tokenizer.Token> tokens, int start, int limit) {
        if (start >= limit || !isAnyTitleWordHash(NerFeatures.normHash(tokens.get(start).word()))) {
            return 0;
        }
        for (int len = Math.min(LONGEST, limit - start); len > 0; len--) {
            if (matches(tokens, start, len)) {
                return len;
            }
        }
        return 0;
    }

    private static int longestEndingAt(List<Tokenizer.Token> tokens, int end) {
        if (!isAnyTitleWordHash(NerFeatures.normHash(tokens.get(end - 1).word()))) {
            return 0;
        }
        for (int len = Math.min(LONGEST, end); len > 0; len--) {
            if (matches(tokens, end - len, len)) {
                return len;
            }
        }
        return 0;
    }

    private static boolean matches(List<Tokenizer.Token> tokens, int start, int len) {
        outer:
        for (String[] t : BY_LENGTH_AND_FIRST[len][caseKey(tokens.get(start).word().charAt(0))]) {
            for (int k = 0; k < len; k++) {
                Tokenizer.Token tok = tokens.get(start + k);
                // Titles are capitalised in running text before a name: "the minister said" is no title.
                if (!tok.word().equalsIgnoreCase(t[k]) || !Character.isUpperCase(tok.word().codePointAt(0))
                        && !isLowerJoiner(t[k])) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /**
     * A character's case-folded form as {@link String#equalsIgnoreCase} compares it (upper, then lower case),
     * or 128 for any that is not ASCII then: two characters equal ignoring case always have the same key.
     */
    private static int caseKey(char c) {
        char f = Character.toLowerCase(Character.toUpperCase(c));
        return f < 128 ? f : 128;
    }

    private static String[][][][] index(List<String[]> titles) {
        String[][][][] index = new String[LONGEST + 1][129][][];
        for (int len = 0; len <= LONGEST; len++) {
            for (int key = 0; key <= 128; key++) {
                List<String[]> bucket = new ArrayList<>();
                for (String[] t : titles) {
                    if (t.length == len && len > 0 && caseKey(t[0].charAt(0)) == key) {
                        bucket.add(t);
                    }
                }
                index[len][key] = bucket.toArray(new String[0][]);
            }
        }
        return index;
    }

    /**
     * Lower-case words inside a title that need no capital and are no title word themselves: "of", "the",
     * "in", and the possessive of "State's Attorney" (straight or curly), which would otherwise make every
     * possessive a title word.
     */
    private static boolean isLowerJoiner(String w) {
        return w.equals("of") || w.equals("the") || w.equals("in") || w.equals("'s") || w.equals("\u2019s");
    }

    private static List<String[]> concat(List<String[]> a, List<String[]> b) {
        List<String[]> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    private static List<String[]> load(String name) {
        List<String[]> titles = new ArrayList<>();
        try (InputStream in = Titles.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                titles.add(Tokenizer.tokens(line).stream().map(Tokenizer.Token::word).toArray(String[]::new));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(titles);
    }

    private static Set<String> words(List<String[]> titles) {
        Set<String> words = new HashSet<>();
        for (String[] t : titles) {
            for (String w : t) {
                if (!isLowerJoiner(w.toLowerCase(Locale.ROOT))) {
                    words.add(w.toLowerCase(Locale.ROOT));
                }
            }
        }
        return WordSet.copyOf(words);
    }

    /**
     * A fixed set of word hashes: asked for every word the tagger scores, where a binary search over a
     * sorted array (its first form) cost a mispredicted branch per step; one probe here mostly.
     */
    private static final class LongSet {
        private final long[] slots;
        private final int mask;
        private final boolean hasZero;

        LongSet(long[] values) {
            int capacity = Integer.highestOneBit(Math.max(4, values.length * 4 - 1)) << 1;
            slots = new long[capacity];
            mask = capacity - 1;
            boolean zero = false;
            for (long v : values) {
                if (v == 0) {
                    zero = true;
                    continue;
                }
                int slot = home(v);
                while (slots[slot] != 0 && slots[slot] != v) {
                    slot = (slot + 1) & mask;
                }
                slots[slot] = v;
            }
            hasZero = zero;
        }

        boolean contains(long v) {
            if (v == 0) {
                return hasZero;
            }
            for (int slot = home(v); ; slot = (slot + 1) & mask) {
                long k = slots[slot];
                if (k == v) {
                    return true;
                }
                if (k == 0) {
                    return false;
                }
            }
        }

        private int home(long v) {
            return (int) (v ^ (v >>> 29) ^ (v >>> 47)) & mask;
        }
    }
}
