package io.newswire.enrich.text;

/**
 * The word loop shared by lexicon matching and hashed-feature models: reads a text once, lower-cases
 * each word and hashes it as it goes (64-bit FNV-1a over UTF-16 units), with no allocation.
 *
 * <p>Words are runs of letters, digits and marks, with an inner apostrophe kept ({@code don't},
 * {@code army's}); everything else separates words. Stateless and thread-safe.
 */
public final class WordHashes {

    static final long FNV_OFFSET = 0xcbf29ce484222325L;
    static final long FNV_PRIME = 0x100000001b3L;

    /** Receives each word of a text in order. */
    public interface Sink {
        /**
         * @param hash        the lower-cased word's hash
         * @param stem        the hash of the word without a final {@code s} or {@code 's} when it is
         *                    longer than three characters, else {@code hash}
         * @param breakBefore a sentence end ({@code . ! ? ; :}) or a line break lies between this word
         *                    and the one before
         */
        void word(long hash, long stem, boolean breakBefore);
    }

    private WordHashes() {
    }

    /** The hash of one word as {@link #scan} computes it (the first word of {@code word}). */
    public static long hash(String word) {
        long[] out = {0};
        scan(word, 0, word.length(), (h, s, b) -> {
            if (out[0] == 0) {
                out[0] = h;
            }
        });
        return out[0];
    }

    /** The hash of a pair of adjacent words, from the two words' hashes. */
    public static long pair(long first, long second) {
        long h = first * 0x9E3779B97F4A7C15L + second;
        return h ^ (h >>> 29);
    }

    /** Reports every word of {@code text[from, to)} to {@code sink}; returns how many there were. */
    public static int scan(CharSequence text, int from, int to, Sink sink) {
        return scan(text, from, to, sink, null);
    }

    /**
     * {@link #scan(CharSequence, int, int, Sink)}, also noting in {@code starts} (when not
     * {@code null}) where each sentence begins: the offset of its first word, the text's first word
     * and then every word reported with {@code breakBefore}. Lets a caller that scores sentences
     * as they stream by find the sentence of a character offset afterwards, without a second pass.
     */
    public static int scan(CharSequence text, int from, int to, Sink sink, SentenceStarts starts) {
        int end = Math.min(to, text.length());
        int i = from;
        boolean brk = false;
        int words = 0;
        while (i < end) {
            char c = text.charAt(i);
            if (!isWordPart(c)) {
                if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ';' || c == ':') {
                    brk = true;
                }
                i++;
                continue;
            }
            if (starts != null && (brk || words == 0)) {
                starts.add(i);
            }
            long h = FNV_OFFSET;
            long before1 = h;
            long before2 = h;
            char last = 0;
            char last2 = 0;
            int len = 0;
            while (i < end) {
                char ch = text.charAt(i);
                if (ch == '\'' || ch == '\u2019') {
                    if (i + 1 < end && Character.isLetter(text.charAt(i + 1))) {
                        ch = '\'';
                    } else {
                        break;
                    }
                } else if (!isWordPart(ch)) {
                    break;
                }
                char lower = ch < 0x80 ? (ch >= 'A' && ch <= 'Z' ? (char) (ch | 0x20) : ch) : Character.toLowerCase(ch);
                before2 = before1;
                before1 = h;
                h = (h ^ lower) * FNV_PRIME;
                last2 = last;
                last = lower;
                len++;
                i++;
            }
            long stem = h;
            if (len > 3 && last == 's') {
                stem = last2 == '\'' ? before2 : before1;
            }
            sink.word(h, stem, brk);
            words++;
            brk = false;
        }
        return words;
    }

    private static boolean isWordPart(char c) {
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.isSurrogate(c);
    }
}
