package io.newswire.enrich.text;

/**
 * What a stage works out of a token's word alone (its classes in the stage's word lists, its shape),
 * kept per thread in an array indexed by the word's {@link Tokenizer.View#id id}: a news text repeats
 * most of its words, and the stages that each looked every token up in their own tables (a hash of
 * the word, a probe, an equals) did so again for every occurrence in every article. With a memo a
 * word is looked up once while the tokenizer's word table keeps it, and each later occurrence is one
 * array read.
 *
 * <p>A value must depend on the word's form only (never on its neighbours or the article), so the
 * answer is the same as reading the word itself. The memo is emptied whenever the tokenizer's table
 * is (its ids are then reused for other words). One instance per stage, shared by threads: each
 * thread has its own array.
 */
public final class WordMemo {

    /** Set on every stored value, so that 0 means "not worked out yet". */
    private static final long KNOWN = 1L << 32;

    private static final class State {
        int epoch = -1;
        final long[] values = new long[Tokenizer.WORD_IDS];
    }

    private final ThreadLocal<State> state = ThreadLocal.withInitial(State::new);

    /**
     * This thread's values for the words of {@code view}, or {@code null} when the view has no valid
     * ids (then the caller reads each word itself). Read a value with {@link #known} and {@link #value},
     * store one with {@link #store}.
     */
    public long[] values(Tokenizer.View view) {
        if (!view.hasIds()) {
            return null;
        }
        State s = state.get();
        if (s.epoch != view.epoch()) {
            java.util.Arrays.fill(s.values, 0L);
            s.epoch = view.epoch();
        }
        return s.values;
    }

    /** This thread's lower-case forms of words by id, and the epoch they are of. */
    private static final class Forms {
        int epoch = -1;
        final String[] lower = new String[Tokenizer.WORD_IDS];
    }

    private static final ThreadLocal<Forms> FORMS = ThreadLocal.withInitial(Forms::new);

    /**
     * This thread's lower-case forms of the words of {@code view}, by id, for {@link #lowerCase}; {@code null}
     * when the view has no valid ids. One table for every stage: a word is lower-cased once while the
     * tokenizer keeps it, and the stages that look the lower-case form up find its hash code computed.
     */
    public static String[] lowerCaseForms(Tokenizer.View view) {
        if (!view.hasIds()) {
            return null;
        }
        Forms f = FORMS.get();
        if (f.epoch != view.epoch()) {
            java.util.Arrays.fill(f.lower, null);
            f.epoch = view.epoch();
        }
        return f.lower;
    }

    /**
     * {@code word.toLowerCase(Locale.ROOT)}, where {@code word} is token {@code index} of {@code view}
     * and {@code forms} is {@link #lowerCaseForms} of the view (or {@code null}).
     */
    public static String lowerCase(String[] forms, Tokenizer.View view, int index, String word) {
        int id = forms == null ? -1 : view.id(index);
        if (id < 0) {
            return word.toLowerCase(java.util.Locale.ROOT);
        }
        String low = forms[id];
        if (low == null) {
            low = word.toLowerCase(java.util.Locale.ROOT);
            forms[id] = low;
        }
        return low;
    }

    /** Whether {@code slot} (a {@link #values} entry) holds a value. */
    public static boolean known(long slot) {
        return slot != 0;
    }

    /** The value a {@link #values} entry holds. */
    public static int value(long slot) {
        return (int) slot;
    }

    /** The entry that holds {@code value}. */
    public static long store(int value) {
        return KNOWN | (value & 0xFFFFFFFFL);
    }

    /**
     * The value of {@code word}, token {@code index} of {@code view}: read from {@code memo} ({@link #values} of the
     * view) when the word was met before, else {@code compute}d and, when the token has an id, stored. The one
     * look-up every memo user makes per token.
     */
    public static int valueOf(long[] memo, Tokenizer.View view, int index, String word,
            java.util.function.ToIntFunction<String> compute) {
        int id = view.id(index);
        long m = id < 0 ? 0 : memo[id];
        if (known(m)) {
            return value(m);
        }
        int v = compute.applyAsInt(word);
        if (id >= 0) {
            memo[id] = store(v);
        }
        return v;
    }
}
