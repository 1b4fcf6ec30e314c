package io.newswire.enrich.events;

import io.newswire.enrich.text.FoldedWords;
import io.newswire.enrich.text.Tokenizer;
import io.newswire.enrich.text.Tokenizer.Token;
import io.newswire.enrich.text.WordMemo;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The classes of a sentence's words, read once per sentence in the pass that decides whether the
 * sentence can hold an event: trigger, casualty word, date word, factuality word (negation, modal,
 * future), a word that can start a figure. {@link Factuality}, the date reader and
 * {@link CasualtyFinder} then test an int per word instead of switching on its string; a word
 * without the class is one their switches would not match, so their answers do not change.
 */
final class WordClasses {

    static final int TRIGGER = 1;
    static final int CASUALTY = 2;
    static final int DATE = 4;
    static final int FACT = 8;
    static final int NUMBER = 16;
    /** Words {@link CasualtyFinder} reads besides its cues: "number" (of dead), "dead" after "shot". */
    static final int CASUALTY_OTHER = 32;
    /**
     * A word that starts with a capital letter: what {@link CasualtyFinder} needs of the original
     * case to read a named victim ("Sheriff Ana Ruiz, 42, was killed"). Not counted in the union
     * {@link #fill} returns, so it decides nothing about whether a sentence can hold an event.
     */
    static final int CAPITAL = 64;

    private static final Map<String, Integer> CLASSES = classes();
    private static final FoldedWords TABLE = new FoldedWords(CLASSES);
    /**
     * The ASCII characters a word of {@link #TABLE} can start with, in either case: a token starting
     * with any other ASCII character (most punctuation, most capitals' words are not) has no class,
     * so it needs no look-up.
     */
    private static final boolean[] FIRST = firstChars();

    private WordClasses() {
    }

    private static Map<String, Integer> classes() {
        Map<String, Integer> m = new HashMap<>();
        for (String w : EventTriggers.TABLE.keySet()) {
            m.merge(w, TRIGGER, (a, b) -> a | b);
        }
        for (String w : CasualtyFinder.CUES.keySet()) {
            m.merge(w, CASUALTY, (a, b) -> a | b);
        }
        m.merge(CasualtyFinder.TOLL, CASUALTY, (a, b) -> a | b);
        m.merge(CasualtyFinder.BODY, CASUALTY, (a, b) -> a | b);
        m.merge(CasualtyFinder.DEATH, CASUALTY, (a, b) -> a | b);
        for (String w : CasualtyFinder.LIVES) {
            m.merge(w, CASUALTY, (a, b) -> a | b);
        }
        for (String w : CasualtyFinder.HURT_NOUNS) {
            m.merge(w, CASUALTY, (a, b) -> a | b);
        }
        for (String w : CasualtyFinder.OTHER_CUES) {
            m.merge(w, CASUALTY, (a, b) -> a | b);
        }
        for (String w : List.of("number", "dead", "hit", "rushed", "airlifted")) { // "hit": "two officers were hit", read with a casualty word
            m.merge(w, CASUALTY_OTHER, (a, b) -> a | b);
        }
        // every word EventsEnricher.DateWords.resolve switches on (day, month, "today", "month" ...)
        for (String w : List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                "january", "jan", "february", "feb", "march", "april", "apr", "may", "june", "july", "august", "aug",
                "september", "sept", "sep", "october", "oct", "november", "nov", "december", "dec")) {
            m.merge(w, DATE, (a, b) -> a | b);
            m.merge(w + ".", DATE, (a, b) -> a | b); // "Dec." as one token
        }
        for (String w : List.of("yesterday", "today", "tomorrow", "month", "year")) {
            m.merge(w, DATE, (a, b) -> a | b);
        }
        // every word Factuality's loops switch on
        for (String w : List.of("not", "n't", "never", "no", "without", "nor", "neither", "denied", "deny", "denies",
                "foiled", "thwarted", "averted", "prevented", "will", "'ll", "shall", "upcoming", "planned",
                "scheduled", "forthcoming", "proposed", "could", "may", "might", "if", "unless", "considering",
                "plotting", "planning", "possible", "threatened", "threatening", "vowed", "warned", "should", "would",
                "next", "tomorrow", "soon", "later", "postponed", "false", "baseless", "untrue", "fabricated",
                "often", "frequently", "routinely", "regularly", "commonly", "usually", "typically", "sometimes",
                "generally", "mean", "means", "refer", "refers", "describe", "describes", "denote", "denotes")) {
            m.merge(w, FACT, (a, b) -> a | b);
        }
        for (String w : Quantity.startWords()) {
            m.merge(w, NUMBER, (a, b) -> a | b);
        }
        return Map.copyOf(m);
    }

    private static boolean[] firstChars() {
        boolean[] first = new boolean[128];
        for (String w : CLASSES.keySet()) {
            char c = w.charAt(0);
            if (c < 128) {
                first[c] = true;
                first[Character.toUpperCase(c) < 128 ? Character.toUpperCase(c) : c] = true;
            }
        }
        return first;
    }

    /**
     * Fills {@code out[0, n)} with the classes of the sentence's words and returns their union. The
     * array must hold at least {@code sentence.size()} values.
     */
    static int fill(List<Token> sentence, int[] out) {
        int has = 0;
        for (int i = 0, n = sentence.size(); i < n; i++) {
            int c = classesOf(sentence.get(i).word());
            has |= c;
            out[i] = c;
        }
        return has & ~CAPITAL;
    }

    /**
     * {@link #fill(List, int[])} for sentence {@code sentence} of {@code view}, whose first token is token
     * {@code first} of the view: each word's classes are read from {@code memo} ({@link #MEMO}'s values
     * for the view, {@code null} when it has none) and worked out only for a word not met before.
     */
    static int fill(List<Token> sentence, int[] out, Tokenizer.View view, int first, long[] memo) {
        if (memo == null) {
            return fill(sentence, out);
        }
        int has = 0;
        for (int i = 0, n = sentence.size(); i < n; i++) {
            int c = WordMemo.valueOf(memo, view, first + i, sentence.get(i).word(), WordClasses::classesOf);
            has |= c;
            out[i] = c;
        }
        return has & ~CAPITAL;
    }

    /** Each word's classes, once per word while the tokenizer keeps it (see {@link WordMemo}). */
    static final WordMemo MEMO = new WordMemo();

    /** A word's classes, with {@link #CAPITAL} when it starts with a capital letter. */
    private static int classesOf(String w) {
        char f = w.charAt(0);
        int c = f < 128 && !FIRST[f] ? 0 : TABLE.get(w);
        return f >= 'A' && f <= 'Z' || f >= 128 && Character.isUpperCase(f) ? c | CAPITAL : c;
    }

    /** Whether the word at {@code i} may be read by {@link Quantity#at}: a class word, a digit, or a hyphenated number word. */
    static boolean mayStartFigure(int[] cls, String[] low, int i) {
        if (cls == null || (cls[i] & NUMBER) != 0) {
            return true;
        }
        String w = low[i];
        return !w.isEmpty() && (Character.isDigit(w.charAt(0)) || w.indexOf('-') > 0);
    }

    /** Whether the word has {@code bit}; true when no classes were computed. */
    static boolean has(int[] cls, int i, int bit) {
        return cls == null || (cls[i] & bit) != 0;
    }
}
