package io.newswire.enrich.normalize;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;

/**
 * Uses the page's own JSON-LD {@code articleBody} (what the publisher says the story is) to check
 * the body found in the markup. Many news sites publish it; it is plain text, often without
 * paragraph breaks, sometimes cut short for a paywall, sometimes of another story. So it is a
 * referee rather than the text: the paragraphs of the markup body that it does not contain (teasers,
 * captions, prompts, furniture) are dropped, but only when the paragraphs kept hold nearly all of it;
 * and it replaces the markup body only when that body holds little of it and it is longer.
 */
final class ArticleBodies {

    /** Below this an articleBody is a teaser, not a referee. */
    private static final int MIN_BODY_CHARS = 300;
    /** A paragraph belongs to the story when this share of its words is in the articleBody. */
    private static final double PARAGRAPH_IN_BODY = 0.8;
    /** The kept paragraphs must hold this share of the articleBody's words, or the check is void. */
    private static final double BODY_COVERED = 0.9;
    /**
     * A paragraph this long is prose of the story even when the articleBody lacks it: publishers
     * leave the drop-cap lead or the last paragraphs out of it, while teasers, captions and prompts
     * are short.
     */
    private static final int PROSE_WORDS = 50;
    /** Below this share of its words in the markup body, the articleBody is taken instead (if longer). */
    private static final double BODY_MISSED = 0.5;

    private ArticleBodies() {
    }

    static String reconcile(String text, String articleBody) {
        if (articleBody == null || articleBody.length() < MIN_BODY_CHARS) {
            return text;
        }
        String body = articleBody.indexOf('<') >= 0 && articleBody.indexOf('>') >= 0
                ? HtmlExtractor.blockText(Jsoup.parseBodyFragment(articleBody).body())
                : articleBody;
        body = TextCleaner.cleanText(body);
        Set<String> bodyWords = new HashSet<>(words(body));
        if (bodyWords.size() < 20) {
            return text;
        }
        List<String> kept = new ArrayList<>();
        Set<String> keptWords = new HashSet<>();
        Set<String> allWords = new HashSet<>();
        for (String paragraph : text.split("\n\n")) {
            List<String> w = words(paragraph);
            allWords.addAll(w);
            if (w.isEmpty()) {
                continue;
            }
            int in = 0;
            for (String x : w) {
                if (bodyWords.contains(x)) {
                    in++;
                }
            }
            if (in >= PARAGRAPH_IN_BODY * w.size() || w.size() >= PROSE_WORDS) {
                kept.add(paragraph);
                keptWords.addAll(w);
            }
        }
        if (share(bodyWords, keptWords) >= BODY_COVERED) {
            return String.join("\n\n", kept);
        }
        if (share(bodyWords, allWords) < BODY_MISSED && body.length() > text.length()) {
            return body;
        }
        return text;
    }

    private static double share(Set<String> of, Set<String> in) {
        int n = 0;
        for (String w : of) {
            if (in.contains(w)) {
                n++;
            }
        }
        return n / (double) of.size();
    }

    /** Words: runs of letters and digits, lower case; each Han or kana character a word of its own. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); ) {
            int cp = i < text.length() ? text.codePointAt(i) : ' ';
            boolean single = cp >= 0x3040 && cp <= 0x30FF || cp >= 0x4E00 && cp <= 0x9FFF;
            if (Character.isLetterOrDigit(cp) && !single) {
                if (start < 0) {
                    start = i;
                }
            } else {
                if (start >= 0) {
                    out.add(text.substring(start, i).toLowerCase(java.util.Locale.ROOT));
                    start = -1;
                }
                if (single) {
                    out.add(new String(Character.toChars(cp)));
                }
            }
            i += i < text.length() ? Character.charCount(cp) : 1;
        }
        return out;
    }
}
