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
    /** A subheading is at most this many words. */
    private static final int HEADING_WORDS = 12;
    /** Below this share of its words in the markup body, the articleBody is taken instead (if longer). */
    private static final double BODY_MISSED = 0.5;

    private ArticleBodies() {
    }

    static String reconcile(String text, String articleBody) {
        return reconcile(text, articleBody, Set.of());
    }

    /**
     * As {@link #reconcile(String, String)}, keeping the story's subheadings: publishers write the
     * articleBody from the paragraphs alone, so a heading set inside the story ({@code headings}, as
     * the markup has them) is kept when it is short and story paragraphs that are kept follow it.
     * A heading at the end, with nothing kept after it, is a related list's or a box's.
     */
    static String reconcile(String text, String articleBody, Set<String> headings) {
        if (articleBody == null || articleBody.length() < MIN_BODY_CHARS) {
            return text;
        }
        String body = articleBody.indexOf('<') >= 0 && articleBody.indexOf('>') >= 0
                ? HtmlExtractor.blockText(Jsoup.parseBodyFragment(articleBody).body())
                : articleBody;
        body = TextCleaner.cleanText(body);
        if (isCutShort(body)) {
            // "... the return of…": a teaser the publisher cut for a paywall or a card, not the story.
            return text;
        }
        Set<String> bodyWords = new HashSet<>(words(body));
        if (bodyWords.size() < 20) {
            return text;
        }
        String[] paragraphs = text.split("\n\n");
        // 1: kept as story, 2: a subheading kept if story follows it, 0: dropped.
        int[] verdict = new int[paragraphs.length];
        Set<String> keptWords = new HashSet<>();
        Set<String> allWords = new HashSet<>();
        for (int i = 0; i < paragraphs.length; i++) {
            List<String> w = words(paragraphs[i]);
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
                verdict[i] = 1;
                keptWords.addAll(w);
            } else if (w.size() <= HEADING_WORDS && !headings.isEmpty() && headings.contains(paragraphs[i].strip())) {
                verdict[i] = 2;
            }
        }
        if (share(bodyWords, keptWords) >= BODY_COVERED) {
            List<String> kept = new ArrayList<>();
            boolean storyFollows = false;
            for (int i = paragraphs.length - 1; i >= 0; i--) {
                if (verdict[i] == 1 || verdict[i] == 2 && storyFollows) {
                    kept.add(paragraphs[i]);
                }
                storyFollows |= verdict[i] == 1;
            }
            java.util.Collections.reverse(kept);
            return String.join("\n\n", kept);
        }
        if (share(bodyWords, allWords) < BODY_MISSED && body.length() > text.length()) {
            return body;
        }
        return text;
    }

    /** Whether the articleBody ends in an ellipsis, as publishers mark a text they cut short. */
    static boolean isCutShort(String body) {
        String b = body.stripTrailing();
        return b.endsWith("\u2026") || b.endsWith("...") || b.endsWith("[\u2026]") || b.endsWith("[...]");
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
