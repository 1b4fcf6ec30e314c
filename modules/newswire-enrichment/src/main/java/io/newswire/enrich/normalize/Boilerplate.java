package io.newswire.enrich.normalize;

import io.newswire.enrich.text.WordList;
import io.newswire.model.Attribution;
import io.newswire.model.License;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the lines around a story that are not the story: licence footers, source lines
 * ("Source: X", "(Source: X)" closing a paragraph), copyright lines, "read more"/share prompts and
 * photo credits. What was removed is kept: the lines in {@code boilerplate}, a recognised licence
 * with its SPDX id, and the original source as the attribution.
 *
 * <p>Only short lines are candidates (a boilerplate line is never a long paragraph), and every
 * pattern is anchored and free of nested repetition, so the cost is linear in the text.
 */
public final class Boilerplate {

    /** Lines longer than this are story, not boilerplate. */
    private static final int MAX_LINE = 300;

    /** Prompts and credits are short; a longer line is a paragraph that happens to start alike. */
    private static final int MAX_PROMPT = 160;
    /** How far from the end of the last paragraph a trailing source note may start. */
    private static final int TAIL_WINDOW = 120;

    private static final Pattern SOURCE_LINE = Pattern.compile(
            "^\\(?(?:Source|Sources|Fuente|Quelle|Quellen|Fonte|Fontes|Bron|Kaynak|Sumber|Źródło|Källa|Kilde)\\s*:\\s*([^()\\n]{2,80}?)\\)?\\.?$", Pattern.CASE_INSENSITIVE);
    /** "(Source: X)" or, after a sentence end, "Source: X" closing the last paragraph. */
    private static final Pattern SOURCE_TAIL = Pattern.compile(
            "\\s*(?:\\((?:Source|Sources|Fuente|Quelle|Quellen|Fonte|Fontes|Bron|Kaynak|Sumber|Źródło|Källa|Kilde)\\s*:\\s*([^()\\n]{2,80})\\)|\\b(?:Source|SOURCE)\\s*:\\s*([^()\\n.!?:]{2,60}))\\.?$",
            Pattern.CASE_INSENSITIVE);
    /**
     * A licence statement names a licence: "licensed under" alone is ordinary news prose ("the drug
     * is licensed under a 2019 agreement"), so it counts only with "licence"/"license" after it.
     */
    private static final Pattern LICENCE = Pattern.compile(
            "(?:creative\\s+commons|\\bCC[ -]BY\\b|\\bCC0\\b|public domain dedication|GNU Free Documentation"
                    + "|licen[cs]ed under [^\\n]{0,80}?\\blicen[cs]e\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CC_NAME = Pattern.compile(
            "Creative\\s+Commons\\s+(Attribution(?:[- ](?:ShareAlike|NonCommercial|NoDerivatives|NoDerivs))*)"
                    + "\\s+(\\d\\.\\d)", Pattern.CASE_INSENSITIVE);
    private static final Pattern CC_SHORT = Pattern.compile(
            "\\bCC[ -](BY(?:-(?:SA|NC|ND))*)[ -](\\d\\.\\d)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern COPYRIGHT_START = Pattern.compile("^(?:©|\\(c\\)\\s|copyright\\b)",
            Pattern.CASE_INSENSITIVE);
    /** Words a copyright notice is made of besides names and years. */
    private static final java.util.Set<String> NOTICE_WORDS = WordList.load(Boilerplate.class, "notice-words.txt");
    private static final Pattern PROMPT = Pattern.compile(
            "^(?:read more\\b|read also\\b|related\\s*:|share(?: this)?(?: article| story)?\\s*(?::|$)|follow us\\b|"
                    + "subscribe\\b|click here\\b|sign up\\b|advertisement$|listen to this article)",
            Pattern.CASE_INSENSITIVE);
    /**
     * A wire service's editorial note on a line of its own: "(END)", "(MORE)", "(LEAD)", "(URGENT)",
     * "(ATTN: UPDATES throughout)", "(EDITORS: ...)", "(2nd LD)", "(UPDATE 1)", Reuters' "(Adds quotes,
     * background)": notes to editors, never part of the story.
     */
    private static final Pattern WIRE_NOTE = Pattern.compile(
            "^\\((?:END|MORE|LEAD|URGENT|FLASH|BULLETIN|CORRECTED|(?:ATTN|EDITORS?|EDS)\\s*:[^()]*"
                    + "|\\d+(?:st|nd|rd|th|ST|ND|RD|TH)\\s+LD\\b[^()]*|(?:UPDATE|Update)\\s+\\d+\\b[^()]*"
                    + "|(?:Adds|Recasts|Updates|Corrects|Repeats|Rewrites|Changes)\\b[^()]*)\\)$");
    private static final Pattern CREDIT = Pattern.compile(
            "^\\(?(?:photo|photos|photograph|image|picture|file photo|foto|video)(?:\\s+credit)?\\s*[:：]",
            Pattern.CASE_INSENSITIVE);

    /** The story without its boilerplate, and what was taken out. */
    public record Result(String text, List<String> removed, License license, Attribution attribution) {
    }

    private Boilerplate() {
    }

    /** The text without its boilerplate lines, with what they said. */
    public static Result strip(String text) {
        String[] lines = text.split("\n", -1);
        List<String> kept = new ArrayList<>(lines.length);
        List<String> removed = new ArrayList<>();
        License license = null;
        String source = null;
        for (String line : lines) {
            String t = line.strip();
            if (t.isEmpty() || t.length() > MAX_LINE) {
                kept.add(line);
                continue;
            }
            Matcher m = SOURCE_LINE.matcher(t);
            if (m.matches() && isName(m.group(1).strip())) {
                source = m.group(1).strip();
                removed.add(t);
                continue;
            }
            if (LICENCE.matcher(t).find()) {
                if (license == null) {
                    license = new License(t, spdx(t));
                }
                removed.add(t);
                continue;
            }
            if (isCopyrightNotice(t) || (t.length() <= MAX_PROMPT
                    && (PROMPT.matcher(t).find() || CREDIT.matcher(t).find()
                    || t.charAt(0) == '(' && WIRE_NOTE.matcher(t).matches()))) {
                removed.add(t);
                continue;
            }
            kept.add(line);
        }
        // "(Source: X)" or "... . Source: X" closing the last paragraph of the story.
        for (int k = kept.size() - 1; k >= 0; k--) {
            String line = kept.get(k);
            if (line.isBlank()) {
                continue;
            }
            Matcher m = SOURCE_TAIL.matcher(line);
            // Only the end of the paragraph is searched: the cost stays flat however long it is.
            m.region(Math.max(0, line.length() - TAIL_WINDOW), line.length());
            if (m.find() && m.start() > 0) {
                String name = (m.group(1) != null ? m.group(1) : m.group(2)).strip();
                boolean bare = m.group(1) == null;
                if (!bare || (isName(name) && endsSentence(line, m.start()))) {
                    if (source == null) {
                        source = name;
                    }
                    removed.add(0, line.substring(m.start()).strip());
                    kept.set(k, line.substring(0, m.start()));
                }
            }
            break;
        }
        return new Result(collapseBlankLines(String.join("\n", kept)).strip(), removed, license,
                source == null ? null : new Attribution(source));
    }

    /** A source is a name ("Press TV", "AFP", "dpa"), not a clause ("a senior official who ..."). */
    private static boolean isName(String source) {
        if (source.isEmpty()) {
            return false;
        }
        int first = source.codePointAt(0);
        if (Character.isUpperCase(first) || Character.isDigit(first)) {
            return true;
        }
        // All-lower-case agency names such as "dpa" are one short word.
        return source.length() <= 6 && source.chars().allMatch(Character::isLetter);
    }

    /** Whether the text before {@code at} ends a sentence, so that what follows is a note, not prose. */
    private static boolean endsSentence(String line, int at) {
        int k = at - 1;
        while (k >= 0 && Character.isWhitespace(line.charAt(k))) {
            k--;
        }
        if (k < 0) {
            return false;
        }
        char c = line.charAt(k);
        return c == '.' || c == '!' || c == '?' || c == '"' || c == '”' || c == '’' || c == ')';
    }

    /**
     * "© 2026 Example Media", "Copyright Example Wire 2026. All rights reserved." — but not a
     * paragraph that starts with the word ("Copyright lawyers said ..."): after "Copyright" a notice
     * holds only names, years and the words of the formula.
     */
    static boolean isCopyrightNotice(String line) {
        if (line.length() > MAX_PROMPT) {
            return false;
        }
        String lower = line.toLowerCase(Locale.ROOT);
        if (lower.startsWith("all rights reserved") || lower.endsWith("all rights reserved")
                || lower.endsWith("all rights reserved.")) {
            return true;
        }
        if (!COPYRIGHT_START.matcher(line).find()) {
            return false;
        }
        // "Copyright 2026 The Associated Press. All rights reserved. This material may not be published, ...":
        // after the reservation comes the agency's redistribution formula, in lower case
        if (lower.contains("all rights reserved")) {
            return true;
        }
        if (line.startsWith("©") || lower.startsWith("(c)")) {
            return true;
        }
        for (String word : line.split("\\s+")) {
            String w = stripPunctuation(word);
            if (w.isEmpty() || NOTICE_WORDS.contains(w.toLowerCase(Locale.ROOT))
                    || Character.isUpperCase(w.codePointAt(0)) || Character.isDigit(w.codePointAt(0))) {
                continue;
            }
            return false;
        }
        return true;
    }

    private static String stripPunctuation(String word) {
        int from = 0;
        int to = word.length();
        while (from < to && ".,;:".indexOf(word.charAt(from)) >= 0) {
            from++;
        }
        while (to > from && ".,;:".indexOf(word.charAt(to - 1)) >= 0) {
            to--;
        }
        return word.substring(from, to);
    }

    /** At most one blank line between paragraphs once lines between them were taken out. */
    private static String collapseBlankLines(String text) {
        if (text.indexOf("\n\n\n") < 0) {
            return text; // the usual case, found by a vectorised search instead of a copy char by char
        }
        StringBuilder out = new StringBuilder(text.length());
        int newlines = 0;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '\n') {
                if (++newlines <= 2) {
                    out.append(c);
                }
            } else {
                newlines = 0;
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The SPDX id of a Creative Commons licence statement, or {@code null}. */
    static String spdx(String statement) {
        Matcher m = CC_NAME.matcher(statement);
        if (m.find()) {
            StringBuilder id = new StringBuilder("CC-BY");
            String name = m.group(1).toLowerCase(Locale.ROOT);
            if (name.contains("noncommercial")) {
                id.append("-NC");
            }
            if (name.contains("noderiv")) {
                id.append("-ND");
            }
            if (name.contains("sharealike")) {
                id.append("-SA");
            }
            return id.append('-').append(m.group(2)).toString();
        }
        m = CC_SHORT.matcher(statement);
        if (m.find()) {
            return "CC-" + m.group(1).toUpperCase(Locale.ROOT) + "-" + m.group(2);
        }
        if (statement.toLowerCase(Locale.ROOT).contains("cc0")) {
            return "CC0-1.0";
        }
        return null;
    }
}
