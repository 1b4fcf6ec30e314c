package io.newswire.enrich.entities;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A matching key for names romanised from Persian, Arabic, Pashto or Urdu, where one name is spelt
 * many ways in English-language news: Baqeri / Bagheri, Mohammad / Muhammad / Mohamed, Qasem /
 * Ghasem / Kasem, Rouhani / Ruhani. Two spellings with the same key are taken for the same name.
 *
 * <p>The rules, in order: Unicode NFD with the combining marks dropped (Sayyâd = Sayyad), lower case
 * (ROOT locale), apostrophes, hyphens and periods dropped (Da'esh = Daesh, al-Assad = alAssad); then
 * per letter: {@code gh}, {@code q}, {@code kh} and {@code ck} become
 * {@code k}; {@code ou} and {@code oo} and {@code o} become {@code u}; {@code ee} becomes {@code i};
 * {@code e} becomes {@code a}; {@code ph} becomes {@code f}; finally doubled letters are single
 * (Mohammad = Mohamad). Spaces separate words in the key.
 */
public final class Transliteration {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final String DROPPED_CHARS = "'\u2019\u2018`\u02BC\u02BB\u02BF\u02BE.-\u2010\u2011";

    private Transliteration() {
    }

    /** The key of a name; words separated by one space. */
    public static String key(String name) {
        String s = name;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0x7F) {
                s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
                break;
            }
        }
        // One pass: lower case, dropped punctuation, single spaces; then the letter rules.
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (b.length() > 0 && b.charAt(b.length() - 1) != ' ') {
                    b.append(' ');
                }
            } else if (DROPPED_CHARS.indexOf(c) < 0) {
                b.append(Character.toLowerCase(c));
            }
        }
        int len = b.length();
        if (len > 0 && b.charAt(len - 1) == ' ') {
            b.setLength(len - 1);
        }
        StringBuilder out = new StringBuilder(b.length());
        char last = 0;
        for (int i = 0; i < b.length(); i++) {
            char c = b.charAt(i);
            char next = i + 1 < b.length() ? b.charAt(i + 1) : 0;
            char m;
            if ((c == 'g' || c == 'k') && next == 'h' || c == 'c' && next == 'k') {
                m = 'k';
                i++;
            } else if (c == 'p' && next == 'h') {
                m = 'f';
                i++;
            } else if ((c == 'o' && (next == 'u' || next == 'o'))) {
                m = 'u';
                i++;
            } else if (c == 'e' && next == 'e') {
                m = 'i';
                i++;
            } else if (c == 'q') {
                m = 'k';
            } else if (c == 'o') {
                m = 'u';
            } else if (c == 'e') {
                m = 'a';
            } else {
                m = c;
            }
            if (m != last || m == ' ') {
                out.append(m);
            }
            last = m;
        }
        return out.toString();
    }

    /** Whether two keys are at most one edit apart (insertion, deletion or substitution). */
    static boolean withinOneEdit(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1) {
            return false;
        }
        if (la > lb) {
            return withinOneEdit(b, a);
        }
        int i = 0;
        while (i < la && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (la == lb) {
            return a.substring(i + 1).equals(b.substring(i + 1));
        }
        return a.substring(i).equals(b.substring(i + 1));
    }
}
