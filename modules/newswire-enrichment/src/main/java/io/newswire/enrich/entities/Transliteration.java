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
    private static final Pattern DROPPED = Pattern.compile("['\u2019\u2018`\u02BC\u02BB\u02BF\u02BE.\\-\u2010\u2011]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Transliteration() {
    }

    /** The key of a name; words separated by one space. */
    public static String key(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD);
        s = MARKS.matcher(s).replaceAll("");
        s = s.toLowerCase(Locale.ROOT);
        s = DROPPED.matcher(s).replaceAll("");
        s = SPACES.matcher(s.strip()).replaceAll(" ");
        s = s.replace("gh", "k").replace("kh", "k").replace("ck", "k").replace("q", "k").replace("ph", "f")
                .replace("ou", "u").replace("oo", "u").replace("ee", "i").replace('o', 'u').replace('e', 'a');
        StringBuilder sb = new StringBuilder(s.length());
        int last = -1;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (cp != last || cp == ' ') {
                sb.appendCodePoint(cp);
            }
            last = cp;
            i += Character.charCount(cp);
        }
        return sb.toString();
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
