package io.newswire.enrich.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one definition of how a place name becomes a lookup key, shared by the gazetteer loader and
 * the spotter so that both sides always agree. A name is cut into tokens (runs of letters, digits and
 * combining marks); each character is folded (lower case, accents stripped, "ß" to "ss"); the key is
 * a 64-bit FNV-1a hash over the folded tokens joined by one space. Hashing instead of building a
 * string lets the spotter extend a candidate span token by token without allocating.
 */
public final class Folding {

    public static final long BASIS = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    /** Folded form of each UTF-16 unit; 0 = dropped (a mark), 0xFFFF = see {@link #EXPANSIONS}. */
    private static final char[] FOLD = new char[65536];
    private static final String[] EXPANSIONS = new String[65536];

    static {
        for (int c = 0; c < 65536; c++) {
            char ch = (char) c;
            if (!isTokenChar(ch)) {
                continue;
            }
            String special = switch (ch) {
                case 'ß' -> "ss";
                case 'æ', 'Æ' -> "ae";
                case 'œ', 'Œ' -> "oe";
                case 'ø', 'Ø' -> "o";
                case 'ł', 'Ł' -> "l";
                case 'đ', 'Đ', 'ð', 'Ð' -> "d";
                case 'þ', 'Þ' -> "th";
                case 'ı' -> "i";
                default -> null;
            };
            String f = special != null ? special : fold(ch);
            if (f.isEmpty()) {
                FOLD[c] = 0;
            } else if (f.length() == 1) {
                FOLD[c] = f.charAt(0);
            } else {
                FOLD[c] = 0xFFFF;
                EXPANSIONS[c] = f;
            }
        }
    }

    private Folding() {
    }

    private static String fold(char ch) {
        String d = Normalizer.normalize(String.valueOf(ch), Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char x = d.charAt(i);
            if (Character.getType(x) != Character.NON_SPACING_MARK) {
                sb.append(x);
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    public static boolean isTokenChar(char c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        int t = Character.getType(c);
        return Character.isLetterOrDigit(c) || t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK;
    }

    /** Hash of one token {@code s[start, end)} appended to {@code h}; {@code first} = no space before it. */
    public static long mixToken(long h, CharSequence s, int start, int end, boolean first) {
        if (!first) {
            h = (h ^ ' ') * PRIME;
        }
        for (int i = start; i < end; i++) {
            char f = FOLD[s.charAt(i)];
            if (f == 0) {
                continue;
            }
            if (f == 0xFFFF) {
                String e = EXPANSIONS[s.charAt(i)];
                for (int k = 0; k < e.length(); k++) {
                    h = (h ^ e.charAt(k)) * PRIME;
                }
            } else {
                h = (h ^ f) * PRIME;
            }
        }
        return h;
    }

    /** Appends the folded form of {@code s[start, end)} to {@code out}. */
    public static void appendFolded(StringBuilder out, CharSequence s, int start, int end) {
        for (int i = start; i < end; i++) {
            char f = FOLD[s.charAt(i)];
            if (f == 0xFFFF) {
                out.append(EXPANSIONS[s.charAt(i)]);
            } else if (f != 0) {
                out.append(f);
            }
        }
    }

    /** The key of a whole name, as {@link #mixToken} over its tokens gives it; 0 for a name without tokens. */
    public static long key(CharSequence name) {
        return append(0, name, 0, name.length());
    }

    /** {@link #key} of {@code s[start, end)}, without copying it out. */
    public static long key(CharSequence s, int start, int end) {
        return append(0, s, start, end);
    }

    /**
     * The {@link #key} of the name whose key is {@code key} (0: the empty name) followed by a space and
     * {@code word}: {@code append(append(0, "New"), "York") == key("New York")}. 0 when {@code word} has
     * no token characters.
     */
    public static long append(long key, CharSequence word) {
        return append(key, word, 0, word.length());
    }

    private static long append(long key, CharSequence s, int from, int to) {
        boolean first = key == 0;
        long h = first ? BASIS : key;
        boolean added = false;
        int i = from;
        while (i < to) {
            while (i < to && !isTokenChar(s.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < to && isTokenChar(s.charAt(i))) {
                i++;
            }
            if (i > start) {
                h = mixToken(h, s, start, i, first);
                first = false;
                added = true;
            }
        }
        return added ? h : 0;
    }

    /** The folded tokens of a name joined by single spaces ("Côte d'Ivoire" to "cote d ivoire"). */
    public static String folded(CharSequence name) {
        StringBuilder sb = new StringBuilder(name.length());
        int i = 0;
        int n = name.length();
        while (i < n) {
            while (i < n && !isTokenChar(name.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && isTokenChar(name.charAt(i))) {
                i++;
            }
            if (i > start) {
                if (!sb.isEmpty()) {
                    sb.append(' ');
                }
                appendFolded(sb, name, start, i);
            }
        }
        return sb.toString();
    }

    /**
     * A sound skeleton for Persian, Arabic and Urdu romanisations, so that Baluchestan, Baluchistan
     * and Balochistan meet: q, gh, kh, ch and ck become k, ph becomes f, w becomes v; a, e and i become
     * a, o and ou become u, y becomes i; doubled letters become one; spaces go.
     */
    public static String skeleton(String folded) {
        StringBuilder sb = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            char next = i + 1 < folded.length() ? folded.charAt(i + 1) : 0;
            char out;
            if ((c == 'g' || c == 'k' || c == 'c') && (next == 'h' || next == 'k')) {
                out = 'k';
                i++;
            } else if (c == 'p' && next == 'h') {
                out = 'f';
                i++;
            } else if (c == 'q') {
                out = 'k';
            } else if (c == 'w') {
                out = 'v';
            } else if (c == ' ' || c == '-') {
                continue;
            } else if (c == 'e' || c == 'i' || c == 'a') {
                out = 'a';
            } else if (c == 'o' && next == 'u') {
                out = 'u';
                i++;
            } else if (c == 'o') {
                out = 'u';
            } else if (c == 'y') {
                out = 'a';
            } else {
                out = c;
            }
            if (sb.length() == 0 || sb.charAt(sb.length() - 1) != out) {
                sb.append(out);
            }
        }
        return sb.toString();
    }
}
