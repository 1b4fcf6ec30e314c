package io.newswire.enrich.entities;

import io.newswire.enrich.text.Tokenizer;
import io.newswire.enrich.text.WordList;
import java.util.List;
import java.util.Set;

/**
 * Which sentences of an article are English, per paragraph: the English tagger runs only there.
 * A paragraph of at least {@value #MIN_WORDS} lower-case words is English when at least
 * {@value #MIN_SHARE} of them are English function words ({@code english-markers.txt}, chosen to be
 * no common word of German, Spanish, French, Dutch, Italian or the Scandinavian languages); English
 * news prose has about a third, those languages under a twentieth. A shorter paragraph (a
 * headline, a dateline, a one-line quote) has too few words to tell and takes the language the
 * language stage found for the whole article.
 *
 * <p>Cheaper than running the trigram detector per paragraph (which would cost as much again as the
 * language stage): one set lookup per lower-case token the tokenizer already made.
 */
final class ParagraphLanguage {

    static final int MIN_WORDS = 6;
    static final double MIN_SHARE = 0.15;
    private static final Set<String> MARKERS = WordList.load(ParagraphLanguage.class, "english-markers.txt");

    private ParagraphLanguage() {
    }

    /**
     * Per sentence, whether it is English: sentences are in paragraphs split at line breaks of
     * {@code text}; {@code articleEnglish} decides for paragraphs too short to tell.
     */
    static boolean[] english(String text, List<List<Tokenizer.Token>> sentences, boolean articleEnglish) {
        boolean[] out = new boolean[sentences.size()];
        int first = 0; // first sentence of the current paragraph
        int words = 0;
        int markers = 0;
        int prevEnd = 0;
        for (int s = 0; s < sentences.size(); s++) {
            List<Tokenizer.Token> sentence = sentences.get(s);
            if (sentence.isEmpty()) {
                continue;
            }
            if (s > first && lineBreak(text, prevEnd, sentence.get(0).start())) {
                decide(out, first, s, words, markers, articleEnglish);
                first = s;
                words = 0;
                markers = 0;
            }
            for (Tokenizer.Token t : sentence) {
                String w = t.word();
                if (Character.isLowerCase(w.charAt(0))) {
                    words++;
                    if (MARKERS.contains(w)) {
                        markers++;
                    }
                }
            }
            prevEnd = sentence.get(sentence.size() - 1).end();
        }
        decide(out, first, sentences.size(), words, markers, articleEnglish);
        return out;
    }

    /**
     * The language of a paragraph {@link #english} judged: {@code en} when English, otherwise the
     * article's language when that is known and not English, otherwise {@code und}. No second
     * detector: a paragraph that is not English is taken to be in the article's language.
     */
    static String of(boolean english, String articleLanguage) {
        if (english) {
            return "en";
        }
        return articleLanguage == null || articleLanguage.equals("en") ? "und" : articleLanguage;
    }

    private static boolean lineBreak(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                return true;
            }
        }
        return false;
    }

    private static void decide(boolean[] out, int from, int to, int words, int markers, boolean articleEnglish) {
        boolean english = words < MIN_WORDS ? articleEnglish : markers >= MIN_SHARE * words;
        for (int s = from; s < to; s++) {
            out[s] = english;
        }
    }
}
