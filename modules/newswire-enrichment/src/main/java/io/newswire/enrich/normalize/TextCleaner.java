package io.newswire.enrich.normalize;

import java.text.Normalizer;
import org.jsoup.parser.Parser;

/**
 * Unicode and whitespace cleanup that keeps every word and quote as written: NFC; control,
 * zero-width and soft-hyphen characters removed; exotic spaces to spaces; line breaks to
 * {@code \n}; runs of spaces collapsed; lines trimmed; at most one blank line between paragraphs.
 * A single pass over the text, so linear in its length.
 */
public final class TextCleaner {

    private TextCleaner() {
    }

    /** Cleans plain text; HTML character references in it ({@code &amp;}, {@code &#8217;}) are decoded. */
    public static String cleanText(String text) {
        String s = text.indexOf('&') >= 0 ? Parser.unescapeEntities(text, false) : text;
        return clean(s);
    }

    /** Cleans text that has no character references left (e.g. extracted from HTML). */
    public static String clean(String text) {
        String s = text;
        StringBuilder out = new StringBuilder(s.length());
        int newlines = 0;      // consecutive line breaks pending
        boolean space = false; // a space is pending within the line
        boolean lineStart = true;
        boolean composable = false; // a code point at or above U+0300, where NFC can change anything
        int length = s.length();
        for (int i = 0; i < length; ) {
            int cp = s.charAt(i);
            int run = -1; // start of a run of printable ASCII, copied in one append
            if (cp > 0x20 && cp < 0x7F) {
                // A word, most of an English text: none of it is a space, a break or invisible, so
                // only what is pending before it applies.
                run = i++;
                while (i < length && s.charAt(i) > 0x20 && s.charAt(i) < 0x7F) {
                    i++;
                }
            } else {
                if (cp < 0x80) {
                    i++;
                } else {
                    cp = s.codePointAt(i);
                    i += Character.charCount(cp);
                    composable |= cp >= 0x300;
                }
                // The property lookups are for what is not printable ASCII.
                if (cp <= 0x20 || cp >= 0x7F) {
                    if (cp == '\r') {
                        if (i < length && s.charAt(i) == '\n') {
                            i++;
                        }
                        cp = '\n';
                    }
                    if (cp == '\n' || cp == 0x2028 || cp == 0x2029 || cp == 0x0B || cp == 0x0C || cp == 0x85) {
                        newlines++;
                        space = false;
                        continue;
                    }
                    if (cp == '\t' || Character.getType(cp) == Character.SPACE_SEPARATOR) {
                        space = true;
                        continue;
                    }
                    if (isInvisible(cp) && !(newlines == 0 && !space && isSpellingJoiner(cp, out, s, i))) {
                        continue;
                    }
                }
            }
            if (newlines > 0) {
                if (out.length() > 0) {
                    out.append(newlines >= 2 ? "\n\n" : "\n");
                }
                newlines = 0;
                lineStart = true;
            }
            if (space && !lineStart) {
                out.append(' ');
            }
            space = false;
            lineStart = false;
            if (run >= 0) {
                out.append(s, run, i);
            } else {
                out.appendCodePoint(cp);
            }
        }
        // NFC last: removing an invisible character between combining marks can change their
        // canonical order, so composing first would not be stable.
        String cleaned = out.toString();
        // Below U+0300 every code point is its own NFC form and composes with nothing before it.
        return !composable || Normalizer.isNormalized(cleaned, Normalizer.Form.NFC) ? cleaned
                : Normalizer.normalize(cleaned, Normalizer.Form.NFC);
    }

    /**
     * Whether a zero-width (non-)joiner at this point is part of the spelling and must stay: between
     * letters of scripts that write it (Persian "می‌گوید", Hindi, Malayalam, Sinhala), or inside an
     * emoji sequence. Between Latin letters, or next to a space, it is noise.
     *
     * @param next index of the code point after the joiner in {@code s}
     */
    static boolean isSpellingJoiner(int cp, CharSequence out, String s, int next) {
        if ((cp != 0x200C && cp != 0x200D) || out.length() == 0 || next >= s.length()) {
            return false;
        }
        int before = Character.codePointBefore(out, out.length());
        int after = s.codePointAt(next);
        if (cp == 0x200D && isEmojiPart(before) && Character.getType(after) == Character.OTHER_SYMBOL) {
            return true;
        }
        return joinsInScript(before) && joinsInScript(after);
    }

    private static boolean joinsInScript(int cp) {
        int type = Character.getType(cp);
        if (!Character.isLetter(cp) && type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script != Character.UnicodeScript.LATIN && script != Character.UnicodeScript.COMMON;
    }

    private static boolean isEmojiPart(int cp) {
        int type = Character.getType(cp);
        return type == Character.OTHER_SYMBOL || type == Character.MODIFIER_SYMBOL || cp == 0xFE0F;
    }

    /** Control characters, zero-width characters, soft hyphens, BOMs and unassigned code points. */
    static boolean isInvisible(int cp) {
        if (cp == 0x00AD || cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060 || cp == 0xFEFF
                || cp == 0x180E) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.UNASSIGNED || type == Character.SURROGATE
                || (type == Character.FORMAT && cp != 0x200E && cp != 0x200F && !(cp >= 0x202A && cp <= 0x202E)
                        && !(cp >= 0x2066 && cp <= 0x2069));
    }
}
