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
        if (end - from >= Memo.MIN_CHARS && text instanceof String) {
            Memo memo = MEMO.get();
            if (!memo.busy) { // a sink that scans another text meanwhile reads it afresh
                memo.busy = true;
                try {
                    if (memo.text == text && memo.from == from && memo.end >= end) {
                        return memo.replay(end, sink, starts);
                    }
                    memo.text = null; // valid only once the scan is complete
                    memo.count = 0;
                    int words = scan(text, from, end, sink, starts, memo);
                    memo.text = text;
                    memo.from = from;
                    memo.end = end;
                    return words;
                } finally {
                    memo.busy = false;
                }
            }
        }
        return scan(text, from, end, sink, starts, null);
    }

    /** The scan itself; each word also goes to {@code memo} when it is not {@code null}. */
    private static int scan(CharSequence text, int from, int end, Sink sink, SentenceStarts starts, Memo memo) {
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
            int wordStart = i;
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
            if (memo != null) {
                memo.add(wordStart, i, h, stem, brk);
            }
            sink.word(h, stem, brk);
            words++;
            brk = false;
        }
        return words;
    }

    /**
     * The words of the last long text scanned on this thread, by identity. Topics and tone read the
     * same article body one after the other (topics its first 6,000 characters, tone its first
     * 3,000); the second scan replays the first's words instead of reading the characters again.
     * A replay reports exactly what a scan of the same range would: words that end within the range
     * as recorded, and a word cut by the range's end hashed again over the part inside it. Bounded by
     * one article per thread, as {@link Tokenizer}'s cache.
     */
    private static final class Memo {
        /** Shorter ranges (titles, sentences) are read again: cheap, and they would evict the body. */
        static final int MIN_CHARS = 512;
        CharSequence text;
        int from;
        int end;
        boolean busy;
        int count;
        int[] starts = new int[256];
        int[] ends = new int[256];
        long[] hashes = new long[256];
        long[] stems = new long[256];
        boolean[] breaks = new boolean[256];

        void add(int start, int end, long hash, long stem, boolean brk) {
            if (count == starts.length) {
                int n = 2 * count;
                starts = java.util.Arrays.copyOf(starts, n);
                ends = java.util.Arrays.copyOf(ends, n);
                hashes = java.util.Arrays.copyOf(hashes, n);
                stems = java.util.Arrays.copyOf(stems, n);
                breaks = java.util.Arrays.copyOf(breaks, n);
            }
            starts[count] = start;
            ends[count] = end;
            hashes[count] = hash;
            stems[count] = stem;
            breaks[count] = brk;
            count++;
        }

        /** The words of {@code text[from, end)}, from the record of a scan of {@code text[from, this.end)}. */
        int replay(int end, Sink sink, SentenceStarts sentenceStarts) {
            int words = 0;
            for (int k = 0; k < count && starts[k] < end; k++) {
                long h = hashes[k];
                long stem = stems[k];
                if (ends[k] > end) {
                    // cut by the range's end: its hashes over the part inside, as the scan gives them
                    long[] cut = new long[3];
                    scan(text, starts[k], end, (ch, cs, b) -> {
                        if (cut[2] == 0) { // the first word: the cut one (a cut apostrophe makes no second)
                            cut[0] = ch;
                            cut[1] = cs;
                            cut[2] = 1;
                        }
                    }, null, null);
                    h = cut[0];
                    stem = cut[1];
                }
                if (sentenceStarts != null && (breaks[k] || words == 0)) {
                    sentenceStarts.add(starts[k]);
                }
                sink.word(h, stem, breaks[k]);
                words++;
            }
            return words;
        }
    }

    private static final ThreadLocal<Memo> MEMO = ThreadLocal.withInitial(Memo::new);

    private static boolean isWordPart(char c) {
        // ASCII inline, the rest in a method of its own: this runs on every character of the texts
        // topics and tone read, and the property lookups kept the whole test from being inlined
        return c < 0x80 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' : isNonAsciiWordPart(c);
    }

    private static boolean isNonAsciiWordPart(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.isSurrogate(c);
    }
}
