package io.newswire.enrich.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A deterministic, PTB-like word tokenizer with UTF-16 offsets, matching the tokens of the GMB
 * corpus the tagger is trained on: punctuation apart, the possessive {@code 's} (straight or curly)
 * a token of its own, {@code U.S.}, {@code Mr.}, {@code al-Qaida}, {@code Shi'ite} and
 * {@code 10,000} single tokens. Sentences end at a newline, at {@code . ! ?} tokens and after a {@code |}.
 *
 * <p>Thread-safe. Several stages of one pipeline (entities, events, keywords) split the same article
 * text one after another on one thread; {@link #sentences} therefore keeps the last text it split
 * per thread, by identity, and hands the same (unmodifiable) sentences to the next caller. An
 * article's text never changes once normalised, so a hit is always the same answer; the cached text
 * is one article's, so the memory held is bounded by one article per thread.
 */
public final class Tokenizer {

    /** A token: {@code text.substring(start, end)}; {@code word} is its form as the model sees it. */
    public record Token(String word, int start, int end) {
    }

    /** Tokens a sentence's list is made for: news sentences are mostly 20-40 tokens, and a list grown from 10 copies itself three times. */
    private static final int SENTENCE_CAPACITY = 32;

    /** Words whose trailing period belongs to them. */
    private static final Set<String> ABBREVIATIONS = WordList.load(Tokenizer.class, "abbreviations.txt");
    private static final int LONGEST_ABBREVIATION = ABBREVIATIONS.stream().mapToInt(String::length).max().orElse(0);
    private static final Set<String> TITLE_ABBREVIATIONS = WordList.load(Tokenizer.class, "title-abbreviations.txt");

    private Tokenizer() {
    }

    /** The last text {@link #sentences} split on this thread, its sentences, and its {@link View}. */
    private static final ThreadLocal<Object[]> LAST = ThreadLocal.withInitial(() -> new Object[3]);

    /**
     * The sentences of a text, each a non-empty list of tokens; the lists are unmodifiable and may be
     * shared with the next caller that asks for the same text on this thread.
     */
    @SuppressWarnings("unchecked")
    public static List<List<Token>> sentences(String text) {
        Object[] last = LAST.get();
        if (last[0] == text) {
            return (List<List<Token>>) last[1];
        }
        return split(text, last).sentences;
    }

    /**
     * The sentences of a text as {@link #sentences} gives them, with the id of each token's word on
     * this thread: the view a stage reads when it keeps per-word answers in a {@link WordMemo}. Shared
     * like the sentences (the same view for the same text on this thread).
     */
    public static View view(String text) {
        Object[] last = LAST.get();
        if (last[0] == text) {
            return (View) last[2];
        }
        return split(text, last);
    }

    /**
     * An article's tokens and, per token, the id of its word: one per-thread number for each distinct
     * word the tokenizer has met since its word table was last emptied, so a stage can keep what it
     * works out of a word (its classes in a word list, its shape) in an int array indexed by the id
     * ({@link WordMemo}) and work it out once per word instead of once per occurrence in every article.
     * Immutable; its ids mean something only on the thread that made it.
     */
    public static final class View {
        private final List<List<Token>> sentences;
        /** Shorts: the ids are under {@link Words#CAPACITY}, and the array is made for every text split. */
        private final short[] ids;
        /** The word table the ids are slots of: the splitting thread's. */
        private final Words table;
        private final int epoch;

        private View(List<List<Token>> sentences, short[] ids, Words table, int epoch) {
            this.sentences = sentences;
            this.ids = ids;
            this.table = table;
            this.epoch = epoch;
        }

        /** The sentences, as {@link Tokenizer#sentences} gives them. */
        public List<List<Token>> sentences() {
            return sentences;
        }

        /**
         * The id of token {@code index} of the text (sentences concatenated), or -1 when the word has
         * none (a word longer than the table keeps). Only meaningful when {@link #hasIds} holds.
         */
        public int id(int index) {
            return ids[index];
        }

        /**
         * Whether the ids are those of this thread's word table as it is now: false when the table was
         * emptied while or since this text was split, or when the view was made on another thread
         * (then each word must be read itself).
         */
        public boolean hasIds() {
            return ids != null && table == WORDS.get() && epoch == table.epoch;
        }

        int epoch() {
            return epoch;
        }
    }

    /** How many word ids there are: a {@link WordMemo}'s size. */
    static final int WORD_IDS = Words.CAPACITY;

    /** How many times this thread's word table has been emptied: word ids of another epoch are stale. */
    static int epoch() {
        return WORDS.get().epoch;
    }

    private static View split(String text, Object[] last) {
        Words words = WORDS.get();
        int epoch = words.epoch;
        short[] ids = new short[16 + text.length() / 5]; // news prose: a token per 5-6 characters
        int count = 0;
        List<List<Token>> sentences = new ArrayList<>();
        List<Token> current = new ArrayList<>(SENTENCE_CAPACITY);
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (!current.isEmpty()) { // a blank line ends nothing and needs no new list
                    flush(sentences, current);
                    current = new ArrayList<>(SENTENCE_CAPACITY);
                }
                i++;
                continue;
            }
            if (c < 0x80 ? c <= ' ' : Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
                continue;
            }
            if (isWordChar(text, i)) {
                int end = wordEnd(text, i);
                // The possessive clitic: "Bajwa's" -> "Bajwa" "'s", as GMB has it.
                int split = end;
                if (end - i > 2 && (text.charAt(end - 2) == '\'' || text.charAt(end - 2) == '\u2019')
                        && (text.charAt(end - 1) == 's' || text.charAt(end - 1) == 'S')) {
                    split = end - 2;
                }
                if (split < n && text.charAt(split) == '.' && split == end && takesPeriod(text, i, split)) {
                    split++;
                    end = split;
                }
                current.add(new Token(words.word(text, i, split), i, split));
                if (count + 2 > ids.length) {
                    ids = java.util.Arrays.copyOf(ids, 2 * ids.length);
                }
                ids[count++] = (short) words.last;
                if (split < end) {
                    current.add(new Token("'s", split, end));
                    ids[count++] = (short) words.id(POSSESSIVE);
                }
                i = end;
                continue;
            }
            // One punctuation or symbol character; a dash run stays together.
            int end = c < 0x80 ? i + 1 : i + Character.charCount(text.codePointAt(i));
            if (c == '-') {
                while (end < n && text.charAt(end) == '-') {
                    end++;
                }
            }
            String mark = end == i + 1 && c < 0x80 ? ASCII_PUNCTUATION[c] : punctuationWord(text.substring(i, end));
            current.add(new Token(mark, i, end));
            if (count == ids.length) {
                ids = java.util.Arrays.copyOf(ids, 2 * ids.length);
            }
            ids[count++] = (short) words.id(mark);
            i = end;
            if (c == '|') {
                // A pipe separates fields ("PTI | Ramgarh | Updated: ...", "Photo: X | Reuters"), never
                // words of one sentence: no name or clause runs across it.
                flush(sentences, current);
                current = new ArrayList<>(SENTENCE_CAPACITY);
            } else if (c == '.' || c == '!' || c == '?') {
                // Closing quotes and brackets still belong to the sentence that ends here.
                while (i < n && isCloser(text.charAt(i))) {
                    char closer = text.charAt(i);
                    String closing = closer < 0x80 ? ASCII_PUNCTUATION[closer] : punctuationWord(String.valueOf(closer));
                    current.add(new Token(closing, i, i + 1));
                    if (count == ids.length) {
                        ids = java.util.Arrays.copyOf(ids, 2 * ids.length);
                    }
                    ids[count++] = (short) words.id(closing);
                    i++;
                }
                flush(sentences, current);
                current = new ArrayList<>(SENTENCE_CAPACITY);
            }
        }
        flush(sentences, current);
        List<List<Token>> result = Collections.unmodifiableList(sentences);
        // a table emptied during the split gave the first words ids of the old epoch: no ids then
        View view = new View(result, words.epoch == epoch ? ids : null, words, epoch);
        last[0] = text;
        last[1] = result;
        last[2] = view;
        return view;
    }

    /** The possessive clitic's token word. */
    private static final String POSSESSIVE = "'s";

    /**
     * The words of the texts split lately on this thread, one string per distinct word: a news text
     * repeats most of its words ("the", "said", its names), and a new string for each occurrence was
     * a fifth of the tokenizer's allocation. A shared string also keeps its hash code once computed,
     * so the stages that look the same word up in their tables hash it once, not once per occurrence.
     * Open addressing by the word's {@link String#hashCode}; cleared when full; words longer than
     * {@link #LONGEST} are copied as before.
     */
    private static final class Words {
        static final int CAPACITY = 4096;
        static final int LIMIT = CAPACITY * 5 / 8;
        static final int LONGEST = 24;
        final String[] table = new String[CAPACITY];
        int size;
        /** Incremented each time the table is emptied: the ids handed out before are then stale. */
        int epoch;
        /** The id (slot) of the word {@link #word} returned last, -1 for a word too long to keep. */
        int last;

        /** {@code text.substring(from, to)}, or an equal string this table already holds; its id in {@link #last}. */
        String word(String text, int from, int to) {
            int len = to - from;
            if (len > LONGEST) {
                last = -1;
                return text.substring(from, to);
            }
            int h = 0;
            for (int k = from; k < to; k++) {
                h = 31 * h + text.charAt(k); // String.hashCode's formula, so equal words meet
            }
            int slot = (h ^ (h >>> 16)) * 0x9E3779B1 >>> 20; // 12 bits: CAPACITY
            while (true) {
                String w = table[slot];
                if (w == null) {
                    if (size >= LIMIT) {
                        java.util.Arrays.fill(table, null);
                        java.util.Arrays.fill(markIds, 0);
                        size = 0;
                        epoch++;
                        slot = (h ^ (h >>> 16)) * 0x9E3779B1 >>> 20;
                    }
                    w = text.substring(from, to);
                    table[slot] = w;
                    size++;
                    last = slot;
                    return w;
                }
                if (w.length() == len && w.hashCode() == h && text.regionMatches(from, w, 0, len)) {
                    last = slot;
                    return w;
                }
                slot = (slot + 1) & (CAPACITY - 1);
            }
        }

        /**
         * The ids of the one-character ASCII punctuation words in this epoch, plus one (0: not asked
         * yet): a sixth of a text's tokens are such marks, and each needs no probe of the table.
         */
        final int[] markIds = new int[0x80];

        /** The id of a punctuation token's word (a string of at most a few characters). */
        int id(String mark) {
            char c = mark.charAt(0);
            if (mark.length() == 1 && c < 0x80) {
                int id = markIds[c] - 1;
                if (id >= 0) {
                    return id;
                }
                word(mark, 0, 1); // empties markIds too when it empties the table
                markIds[c] = last + 1;
                return last;
            }
            word(mark, 0, mark.length());
            return last;
        }
    }

    private static final ThreadLocal<Words> WORDS = ThreadLocal.withInitial(Words::new);

    /** All tokens of a text, sentences concatenated. */
    public static List<Token> tokens(String text) {
        List<Token> all = new ArrayList<>();
        for (List<Token> s : sentences(text)) {
            all.addAll(s);
        }
        return all;
    }

    private static void flush(List<List<Token>> sentences, List<Token> current) {
        if (!current.isEmpty()) {
            sentences.add(Collections.unmodifiableList(current));
        }
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\u201D' || c == '\u2019' || c == ')' || c == ']' || c == '\'';
    }

    /**
     * A one-character ASCII punctuation token's word, one shared string per character: about a
     * sixth of a news text's tokens are punctuation, and a new one-character string for each was
     * a tenth of the tokenizer's allocation.
     */
    private static final String[] ASCII_PUNCTUATION = new String[0x80];

    static {
        for (char c = 0; c < 0x80; c++) {
            ASCII_PUNCTUATION[c] = punctuationWord(String.valueOf(c)).intern();
        }
    }

    private static String punctuationWord(String s) {
        return switch (s) {
            case "\u201C", "\u201D", "\u201E", "\u00AB", "\u00BB", "''", "``" -> "\"";
            case "\u2018", "\u2019" -> "'";
            case "\u2013", "\u2014" -> "--";
            default -> s;
        };
    }

    private static boolean isWordChar(String text, int i) {
        char c = text.charAt(i);
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        int cp = text.codePointAt(i);
        return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
                || Character.getType(cp) == Character.COMBINING_SPACING_MARK;
    }

    /** The end of a word from {@code i}: letters, digits, marks, and joiners between them. */
    private static int wordEnd(String text, int i) {
        int n = text.length();
        int j = i;
        while (j < n) {
            char c = text.charAt(j);
            if (c < 0x80 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' : isWordChar(text, j)) {
                j += c < 0x80 ? 1 : Character.charCount(text.codePointAt(j)); // ASCII: no code point to read
                continue;
            }
            boolean joiner = c == '-' || c == '\'' || c == '\u2019' || c == '.' || c == '&'
                    || (c == ',' && j > i && Character.isDigit(text.charAt(j - 1)));
            if (joiner && j + 1 < n && isWordChar(text, j + 1)
                    && (c != ',' || Character.isDigit(text.charAt(j + 1)))
                    && (c != '.' || isAbbrevContinuation(text, i, j))) {
                j++;
                continue;
            }
            break;
        }
        return j;
    }

    /** A period inside a word: "U.S", "3.5", "e.g" — not "end.Next" joined by a missing space. */
    private static boolean isAbbrevContinuation(String text, int start, int dot) {
        int prevLen = 0;
        for (int k = dot - 1; k >= start && isWordChar(text, k); k--) {
            prevLen++;
        }
        if (Character.isDigit(text.charAt(dot - 1)) && Character.isDigit(text.charAt(dot + 1))) {
            return true;
        }
        return prevLen == 1;
    }

    /**
     * Whether {@code text[start, end)}, followed by a full stop, is an abbreviated title written before a
     * name ("Lt.", "Supt.", "Mrs."): such a full stop never ends a sentence.
     */
    public static boolean isTitleAbbreviation(String text, int start, int end) {
        return end - start >= 2 && end - start <= 5 && Character.isUpperCase(text.charAt(start))
                && TITLE_ABBREVIATIONS.contains(text.substring(start, end).toLowerCase(Locale.ROOT));
    }

    private static boolean takesPeriod(String text, int start, int end) {
        for (int k = start; k < end; k++) {
            if (text.charAt(k) == '.') {
                return true; // U.S. -> "U.S."
            }
        }
        if (end - start == 1 && Character.isUpperCase(text.charAt(start))) {
            return true; // an initial: "J. Smith"
        }
        // Most words before a full stop end a sentence: one longer than every abbreviation is none
        // (lower-casing never shortens a word), without copying it.
        return end - start <= LONGEST_ABBREVIATION
                && ABBREVIATIONS.contains(text.substring(start, end).toLowerCase(Locale.ROOT));
    }
}
