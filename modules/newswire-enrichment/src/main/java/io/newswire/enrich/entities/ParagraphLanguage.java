package io.newswire.enrich.entities;

import io.newswire.enrich.text.Tokenizer;
import io.newswire.enrich.text.WordMemo;
import io.newswire.enrich.text.WordList;
import io.newswire.enrich.text.WordSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The language of each paragraph of an article, for the choice of tagger: a tagger runs only on
 * the paragraphs of its language. A paragraph of at least {@value #MIN_WORDS} lower-case words is
 * <ul>
 *   <li>English when at least {@value #MIN_SHARE} of them are English function words
 *   ({@code english-markers.txt}, chosen to be no common word of German, Spanish, French, Dutch,
 *   Italian or the Scandinavian languages); English news prose has about a third, those
 *   languages under a twentieth;</li>
 *   <li>German when at least {@value #MIN_SHARE} are German function words ({@code german-markers.txt},
 *   none a common word of English, Dutch, Danish or the Romance languages), or, in an article the
 *   language stage found German, when at least {@value #MIN_OWN_SHARE} are or the paragraph has under
 *   twice {@value #MIN_WORDS} lower-case words (too few to expect a function word);</li>
 *   <li>Russian when most of its words are in Cyrillic and it has the letters ы or э and none of
 *   the letters of the other Cyrillic alphabets (і, ї, є, ґ, ў, ј, љ, њ, ...), or, in an article the
 *   language stage found Russian, when it is in Cyrillic and has none of those letters;</li>
 *   <li>English, in an article the language stage found English, when one of them is an English function
 *   word and they are under twice {@value #MIN_WORDS} or at least {@value #MIN_OWN_SHARE} are (a short or
 *   name-heavy paragraph); here an English function word written with a capital that opens a sentence
 *   counts too ("The", "They", "After"), so that the one-sentence paragraph "The bus fell into a gorge on NH
 *   7 on Sunday." is English by its "The" (not the few whose capitalised form opens sentences of other
 *   languages: {@link #NOT_OPENING});</li>
 *   <li>otherwise the article's language when that is not English, German or Russian and the
 *   paragraph's script is the one the article is mostly written in, and {@code und} when nothing
 *   says which.</li>
 * </ul>
 * A shorter paragraph (a headline, a dateline, a one-line quote) has too few words to tell and
 * takes the article's language ({@code en} when unknown), unless its script is not the article's
 * (a Cyrillic quote in an English article), then {@code und}.
 *
 * <p>Cheaper than running the trigram detector per paragraph (which would cost as much again as the
 * language stage): one map lookup per lower-case token the tokenizer already made, and a scan of
 * a paragraph's characters only when it is neither English nor German.
 */
final class ParagraphLanguage {

    static final int MIN_WORDS = 6;
    static final double MIN_SHARE = 0.15;
    static final double MIN_OWN_SHARE = 0.05;
    private static final int EN = 0;
    private static final int DE = 1;
    private static final int RU = 2;
    /** Function word → which marker list it is in. */
    private static final Map<String, Integer> MARKERS = new HashMap<>();

    static {
        String[] files = {"english-markers.txt", "german-markers.txt", "russian-markers.txt"};
        for (int l = 0; l < files.length; l++) {
            for (String w : WordList.load(ParagraphLanguage.class, files[l])) {
                if (MARKERS.putIfAbsent(w, l) != null) {
                    throw new IllegalStateException(w + " is a marker of two languages");
                }
            }
        }
    }

    /**
     * English markers that do not count when they open a sentence with a capital: each, so written, opens
     * sentences of a language the pipeline reads (German "Was"/"Also", Spanish "He"/"Has", Dutch "Is"/"Of",
     * Polish and Czech "To"/"By", Danish "At", German nouns "Not"/"Will"... ), or is a name ("Will").
     */
    static final java.util.Set<String> NOT_OPENING = WordSet.of(
            "was", "also", "he", "has", "is", "to", "of", "at", "by", "not", "will", "be", "are", "had");
    /** The English markers written with a capital ("The"), for the word that opens a sentence. */
    private static final java.util.Set<String> OPENING = new java.util.HashSet<>();

    static {
        for (Map.Entry<String, Integer> e : MARKERS.entrySet()) {
            String w = e.getKey();
            if (e.getValue() == EN && !NOT_OPENING.contains(w)) {
                OPENING.add(Character.toUpperCase(w.charAt(0)) + w.substring(1));
            }
        }
    }

    /**
     * English markers that are also common words of the article's language, which therefore say nothing of a
     * paragraph of an article in it: Dutch "is" and "was" ("Hij was minister van Arbeid"), Polish and Czech "to"
     * and "by", Spanish "he" and "has", Danish and Norwegian "at", German "was", "will" and "also".
     */
    private static final Map<String, java.util.Set<String>> OWN_WORDS = Map.of(
            "nl", java.util.Set.of("is", "was"),
            "af", java.util.Set.of("is", "was"),
            "de", java.util.Set.of("was", "will", "also"),
            "pl", java.util.Set.of("to", "by"),
            "cs", java.util.Set.of("to", "by"),
            "sk", java.util.Set.of("to", "by"),
            "es", java.util.Set.of("he", "has"),
            "da", java.util.Set.of("at"),
            "no", java.util.Set.of("at"));

    /** Letters of Cyrillic alphabets other than Russian's: Ukrainian, Belarusian, Serbian, Macedonian, Kazakh, ... */
    private static final String NOT_RUSSIAN = "іїєґўјљњћђџѓќѕәғқңөұүһҗӣӯҳҷӏ";

    private ParagraphLanguage() {
    }

    /**
     * Per sentence, its paragraph's language (ISO 639-1, or {@code und}): sentences are in
     * paragraphs split at line breaks of {@code text}; {@code articleLanguage} (the language
     * stage's, {@code null} when unknown) decides for paragraphs too short to tell.
     */
    static String[] languages(String text, List<List<Tokenizer.Token>> sentences, String articleLanguage) {
        return languages(text, sentences, articleLanguage, null, null);
    }

    /**
     * {@link #languages(String, List, String)} of the view's sentences, each word's evidence read once
     * per word while the tokenizer keeps it (see {@link WordMemo}).
     */
    static String[] languages(String text, Tokenizer.View view, String articleLanguage) {
        return languages(text, view.sentences(), articleLanguage, view, MEMO.values(view));
    }

    /** Each word's evidence ({@link #evidence}), once per word while the tokenizer keeps it. */
    private static final WordMemo MEMO = new WordMemo();
    private static final int CYRILLIC = 1;
    private static final int LATIN = 2;
    private static final int LOWER = 4;
    /** The marker list the word is in, plus one, from this bit on (0: none). */
    private static final int MARKER_SHIFT = 3;
    private static final int OPENS_ENGLISH = 1 << 6;

    /** What a word tells of its paragraph's language: its script, its case, its marker list. */
    private static int evidence(String w) {
        char c = w.charAt(0);
        int e = 0;
        if (Character.isLetter(c)) {
            e |= c >= '\u0400' && c <= '\u04FF' ? CYRILLIC : LATIN;
        }
        if (Character.isLowerCase(c)) {
            e |= LOWER;
            Integer l = MARKERS.get(w);
            if (l != null) {
                e |= (l + 1) << MARKER_SHIFT;
            }
        }
        if (OPENING.contains(w)) {
            e |= OPENS_ENGLISH;
        }
        return e;
    }

    private static String[] languages(String text, List<List<Tokenizer.Token>> sentences, String articleLanguage,
            Tokenizer.View view, long[] memo) {
        String[] out = new String[sentences.size()];
        String article = articleLanguage == null ? "en" : articleLanguage;
        boolean articleCyrillic = cyrillicLanguage(article);
        java.util.Set<String> ownWords = OWN_WORDS.getOrDefault(article, java.util.Set.of());
        int first = 0; // first sentence of the current paragraph
        int[] counts = new int[5]; // en, de, ru markers, lower-case words, English markers opening a sentence
        int cyrillic = 0;
        int latin = 0;
        int prevEnd = 0;
        int index = 0; // the view's index of the sentence's first token
        for (int s = 0; s < sentences.size(); s++) {
            List<Tokenizer.Token> sentence = sentences.get(s);
            if (sentence.isEmpty()) {
                continue;
            }
            if (s > first && lineBreak(text, prevEnd, sentence.get(0).start())) {
                decide(out, text, sentences, first, s, counts, cyrillic, latin, article, articleCyrillic);
                first = s;
                java.util.Arrays.fill(counts, 0);
                cyrillic = 0;
                latin = 0;
            }
            if (memo != null) {
                for (int i = 0, n = sentence.size(); i < n; i++) {
                    int e = WordMemo.valueOf(memo, view, index + i, sentence.get(i).word(), ParagraphLanguage::evidence);
                    if (i == 0 && (e & OPENS_ENGLISH) != 0) { // "The bus fell ...": its "The"
                        counts[4]++;
                    }
                    cyrillic += e & CYRILLIC;
                    latin += (e & LATIN) >> 1;
                    if ((e & LOWER) != 0) {
                        counts[3]++;
                        int l = (e >> MARKER_SHIFT) & 7;
                        if (l != 0 && (l - 1 != EN || ownWords.isEmpty() || !ownWords.contains(sentence.get(i).word()))) {
                            counts[l - 1]++;
                        }
                    }
                }
                index += sentence.size();
                prevEnd = sentence.get(sentence.size() - 1).end();
                continue;
            }
            if (OPENING.contains(sentence.get(0).word())) { // "The bus fell ...": its "The"
                counts[4]++;
            }
            for (Tokenizer.Token t : sentence) {
                String w = t.word();
                char c = w.charAt(0);
                if (Character.isLetter(c)) {
                    if (c >= '\u0400' && c <= '\u04FF') {
                        cyrillic++;
                    } else {
                        latin++;
                    }
                }
                if (Character.isLowerCase(c)) {
                    counts[3]++;
                    Integer l = MARKERS.get(w);
                    if (l != null && (l != EN || !ownWords.contains(w))) {
                        counts[l]++;
                    }
                }
            }
            prevEnd = sentence.get(sentence.size() - 1).end();
        }
        decide(out, text, sentences, first, sentences.size(), counts, cyrillic, latin, article, articleCyrillic);
        return out;
    }

    /** Languages written mostly in Cyrillic, for the script check of a paragraph. */
    private static boolean cyrillicLanguage(String code) {
        return switch (code) {
            case "ru", "uk", "bg", "be", "mk", "sr", "kk", "ky", "mn", "tg", "tt", "ba" -> true;
            default -> false;
        };
    }

    private static boolean lineBreak(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                return true;
            }
        }
        return false;
    }

    private static void decide(String[] out, String text, List<List<Tokenizer.Token>> sentences, int from, int to,
            int[] counts, int cyrillic, int latin, String article, boolean articleCyrillic) {
        int words = counts[3];
        boolean paragraphCyrillic = cyrillic > latin;
        String language;
        if (words < MIN_WORDS) {
            language = cyrillic + latin == 0 || paragraphCyrillic == articleCyrillic ? article : "und";
        } else if (counts[EN] >= MIN_SHARE * words) {
            language = "en";
        } else if (counts[DE] >= MIN_SHARE * words || article.equals("de") && !paragraphCyrillic
                && (counts[DE] >= MIN_OWN_SHARE * words || words < 2 * MIN_WORDS)) {
            language = "de";
        } else if (article.equals("en") && !paragraphCyrillic
                && (counts[EN] >= MIN_OWN_SHARE * words || words < 2 * MIN_WORDS) && counts[EN] + counts[4] > 0) {
            // a short or name-heavy paragraph of an English article with an English function word
            // ("The Northern Grain Traders Association (NGTA) asked the government for cheaper loans"),
            // or one that only its capitalised first word shows English ("The bus fell into a gorge on
            // NH 7 on Sunday."): English, as a German article's paragraph is German on its own weaker
            // evidence. The opening word counts only here, in an English article: a German or Spanish
            // paragraph quoting "The Guardian" first stays what its own words say
            language = "en";
        } else if (paragraphCyrillic) {
            int letters = russianLetters(text, sentences, from, to);
            language = letters > 0 && (article.equals("ru") || letters > 1) ? "ru"
                    : !article.equals("ru") && articleCyrillic ? article : "und";
        } else {
            language = article.equals("en") || article.equals("de") || article.equals("ru") || articleCyrillic
                    ? "und" : article;
        }
        for (int s = from; s < to; s++) {
            out[s] = language;
        }
    }

    /**
     * How Russian the paragraph's letters look: 0 when it has a letter of another Cyrillic
     * alphabet, else 1 plus the count of ы and э (letters Ukrainian, Bulgarian and Serbian lack).
     */
    private static int russianLetters(String text, List<List<Tokenizer.Token>> sentences, int from, int to) {
        int start = sentences.get(from).isEmpty() ? 0 : sentences.get(from).get(0).start();
        int end = start;
        for (int s = to - 1; s >= from; s--) {
            if (!sentences.get(s).isEmpty()) {
                end = sentences.get(s).get(sentences.get(s).size() - 1).end();
                break;
            }
        }
        int marks = 1;
        for (int i = start; i < end; i++) {
            char c = Character.toLowerCase(text.charAt(i));
            if (c < '\u0400' || c > '\u04FF') {
                continue;
            }
            if (c == 'ы' || c == 'э') {
                marks++;
            } else if (NOT_RUSSIAN.indexOf(c) >= 0) {
                return 0;
            }
        }
        return marks;
    }
}
