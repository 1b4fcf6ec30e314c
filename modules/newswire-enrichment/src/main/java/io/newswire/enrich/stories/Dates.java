package io.newswire.enrich.stories;

import io.newswire.enrich.text.MonthNames;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Full dates written around a year in running text, read only where a year stands: "November 11, 2011",
 * "11 November 2011", "Nov. 11 2011", "11. November 2011", "2011-11-12", "2011 / 11 / 12" (URL paths
 * often carry one). An article without a publication time still states when its event happened this
 * way; the story clusterer uses those days as a date anchor. Month names in English, German, French,
 * Spanish, Italian, Portuguese and Dutch, and English three-letter abbreviations; scanning runs a few
 * characters either side of the year, so the cost is per year found, not per character of text.
 */
final class Dates {

    private Dates() {
    }

    /**
     * The epoch day of a full date written around the year at {@code [start, end)} of {@code text}, else
     * {@link Long#MIN_VALUE}.
     */
    static long around(CharSequence text, int start, int end, int year) {
        long after = numericAfter(text, end, year);
        return after != Long.MIN_VALUE ? after : namedBefore(text, start, year);
    }

    /** "2011-11-12", "2011/11/12", "2011 - 11 - 12". */
    private static long numericAfter(CharSequence text, int from, int year) {
        int[] at = {from};
        char sep = separator(text, at);
        if (sep == 0) {
            return Long.MIN_VALUE;
        }
        int month = digits(text, at);
        if (month < 0 || separator(text, at) != sep) {
            return Long.MIN_VALUE;
        }
        int day = digits(text, at);
        return day < 0 ? Long.MIN_VALUE : day(year, month, day);
    }

    private static char separator(CharSequence text, int[] at) {
        int i = skipSpaces(text, at[0], 2);
        if (i < text.length() && (text.charAt(i) == '-' || text.charAt(i) == '/')) {
            char c = text.charAt(i);
            at[0] = skipSpaces(text, i + 1, 2);
            return c;
        }
        return 0;
    }

    /** One or two digits standing alone at {@code at[0]}, or -1. */
    private static int digits(CharSequence text, int[] at) {
        int i = at[0];
        int v = 0;
        int n = 0;
        while (i < text.length() && n < 3 && Character.isDigit(text.charAt(i))) {
            v = v * 10 + (text.charAt(i) - '0');
            i++;
            n++;
        }
        if (n == 0 || n > 2) {
            return -1;
        }
        at[0] = i;
        return v;
    }

    private static int skipSpaces(CharSequence text, int i, int max) {
        int n = 0;
        while (i < text.length() && n < max && text.charAt(i) == ' ') {
            i++;
            n++;
        }
        return i;
    }

    /** "November 11, 2011", "Nov. 11th 2011", "11 November 2011", "11. November 2011", "le 11 novembre 2011". */
    private static long namedBefore(CharSequence text, int yearStart, int year) {
        int i = yearStart - 1;
        i = skipBack(text, i, " ,");
        int wordEnd = i + 1;
        while (i >= 0 && Character.isLetter(text.charAt(i))) {
            i--;
        }
        String word = text.subSequence(i + 1, wordEnd).toString().toLowerCase(Locale.ROOT);
        Integer month = MonthNames.of(word);
        if (month != null) {
            // "11 November 2011", "11. November 2011", "11 de noviembre de 2011" is not read
            int j = skipBack(text, i, " .");
            int day = digitsBefore(text, j);
            return day < 0 ? Long.MIN_VALUE : day(year, month, day);
        }
        // "November 11, 2011", "Nov. 11th 2011": drop an ordinal suffix, then the day, then the month
        if (word.equals("st") || word.equals("nd") || word.equals("rd") || word.equals("th")) {
            wordEnd = i + 1;
        } else if (!word.isEmpty()) {
            return Long.MIN_VALUE;
        }
        int day = digitsBefore(text, wordEnd - 1);
        if (day < 0) {
            return Long.MIN_VALUE;
        }
        int k = wordEnd - 1;
        while (k >= 0 && Character.isDigit(text.charAt(k))) {
            k--;
        }
        k = skipBack(text, k, " .");
        int end = k + 1;
        while (k >= 0 && Character.isLetter(text.charAt(k))) {
            k--;
        }
        Integer m = MonthNames.of(text.subSequence(k + 1, end).toString().toLowerCase(Locale.ROOT));
        return m == null ? Long.MIN_VALUE : day(year, m, day);
    }

    private static int skipBack(CharSequence text, int i, String chars) {
        int n = 0;
        while (i >= 0 && n < 3 && chars.indexOf(text.charAt(i)) >= 0) {
            i--;
            n++;
        }
        return i;
    }

    /** The one or two digits ending at {@code end} (inclusive) and standing alone, or -1. */
    private static int digitsBefore(CharSequence text, int end) {
        int i = end;
        while (i >= 0 && end - i < 3 && Character.isDigit(text.charAt(i))) {
            i--;
        }
        int n = end - i;
        if (n == 0 || n > 2 || (i >= 0 && Character.isLetterOrDigit(text.charAt(i)))) {
            return -1;
        }
        int v = 0;
        for (int k = i + 1; k <= end; k++) {
            v = v * 10 + (text.charAt(k) - '0');
        }
        return v;
    }

    private static long day(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day).toEpochDay();
        } catch (DateTimeException e) {
            return Long.MIN_VALUE;
        }
    }
}
