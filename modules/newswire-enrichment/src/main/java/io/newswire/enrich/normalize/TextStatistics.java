package io.newswire.enrich.normalize;

import io.newswire.model.TextStats;

/** Counts over normalized text in one pass: code points, words, sentences, paragraphs. */
public final class TextStatistics {

    private TextStatistics() {
    }

    public static TextStats of(String text) {
        int chars = 0;
        int words = 0;
        int sentences = 0;
        boolean inWord = false;
        boolean sentenceOpen = false;
        boolean blankLineSeen = false;
        int lines = text.isEmpty() ? 0 : 1;
        int blocks = text.isEmpty() ? 0 : 1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.charAt(i);
            boolean letterOrDigit;
            if (cp < 0x80) { // ASCII without the property tables: most of an English text
                i++;
                letterOrDigit = (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z' || cp >= '0' && cp <= '9';
            } else {
                cp = text.codePointAt(i);
                i += Character.charCount(cp);
                letterOrDigit = Character.isLetterOrDigit(cp);
            }
            chars++;
            if (letterOrDigit) {
                if (!inWord) {
                    words++;
                    inWord = true;
                }
                sentenceOpen = true;
            } else if (cp == '\'' || cp == '’' || cp == '-') {
                // inside a word: "Iran's", "Baden-Baden"
            } else {
                inWord = false;
            }
            if ((cp < 0x80 ? cp == '.' || cp == '!' || cp == '?' : cp == '。' || cp == '！' || cp == '？' || cp == '؟')
                    && sentenceOpen && (i >= text.length() || Character.isWhitespace(text.codePointAt(i))
                    || text.charAt(i) == '"' || text.charAt(i) == '”' || text.charAt(i) == '’')) {
                sentences++;
                sentenceOpen = false;
            }
            if (cp == '\n') {
                lines++;
                if (i < text.length() && text.charAt(i) == '\n') {
                    blankLineSeen = true;
                    blocks++;
                }
            }
        }
        if (sentenceOpen) {
            sentences++;
        }
        // Blank lines separate paragraphs when the text has them; otherwise each line is one.
        int paragraphs = blankLineSeen ? blocks : lines;
        return new TextStats(chars, words, sentences, paragraphs);
    }
}
