package io.newswire.enrich.normalize;

/**
 * Whether a line reads as a headline: short, several words, no sentence-final full stop, and
 * followed by more text. "Floods hit Lima" is one; "Officials said on Tuesday that ..." is not.
 */
public final class Headlines {

    private static final int MAX_CHARS = 160;

    private Headlines() {
    }

    public static boolean isHeadline(String line) {
        String t = line.strip();
        if (t.length() < 8 || t.length() > MAX_CHARS) {
            return false;
        }
        int words = t.split("\\s+").length;
        if (words < 3 || words > 25) {
            return false;
        }
        char last = t.charAt(t.length() - 1);
        if (last == '.' || last == ',' || last == ';' || last == ':' || last == '-' || last == '–' || last == '—') {
            return false;
        }
        return Character.isUpperCase(t.codePointAt(0)) || Character.isDigit(t.codePointAt(0))
                || t.charAt(0) == '“' || t.charAt(0) == '"' || t.charAt(0) == '\'' || t.charAt(0) == '‘';
    }
}
