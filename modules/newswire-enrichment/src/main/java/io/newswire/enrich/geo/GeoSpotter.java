package io.newswire.enrich.geo;

import io.newswire.enrich.gazetteer.Gazetteer;
import io.newswire.enrich.text.Folding;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the spans of a text that name a gazetteer entry: capitalised token runs of up to
 * {@value #MAX_TOKENS} tokens, longest match first, looked up by hash as the span grows (no regex,
 * no string per candidate). Short connecting words may sit inside a name ("Rio de Janeiro", "Bosnia
 * and Herzegovina"), never at its ends. Two- and three-letter names in capitals ("US", "U.S.",
 * "UAE") match only when written in capitals. A capitalised single word with no exact match may
 * still match a large place, division or country by its {@link Folding#skeleton} (Baluchestan for
 * Balochistan); such spots are marked so that the resolver asks for supporting context.
 */
final class GeoSpotter {

    static final int MAX_TOKENS = 6;
    private static final int MAX_CONNECTOR = 4;
    private static final int MIN_SKELETON_CHARS = 6;

    /** A span naming one or more entries. */
    record Spot(int start, int end, int[] entries, boolean bySkeleton, boolean fromEntity) {
    }

    private GeoSpotter() {
    }

    static List<Spot> spot(Gazetteer gaz, String text) {
        int n = text.length();
        int[] ts = new int[Math.max(16, n / 4)];
        int[] te = new int[ts.length];
        int count = 0;
        int i = 0;
        while (i < n) {
            while (i < n && !Folding.isTokenChar(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && Folding.isTokenChar(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                if (count == ts.length) {
                    ts = java.util.Arrays.copyOf(ts, count * 2);
                    te = java.util.Arrays.copyOf(te, count * 2);
                }
                ts[count] = start;
                te[count] = i;
                count++;
            }
        }
        List<Spot> out = new ArrayList<>();
        int t = 0;
        while (t < count) {
            int s = ts[t];
            char c0 = text.charAt(s);
            if (!startsName(c0)) {
                t++;
                continue;
            }
            int len = te[t] - s;
            // U.S., U.K., U.S.A.
            if (len == 1 && Character.isUpperCase(c0) && s + 1 < n && text.charAt(s + 1) == '.') {
                int j = t;
                long h = Folding.BASIS;
                while (j < count && te[j] - ts[j] == 1 && Character.isUpperCase(text.charAt(ts[j]))
                        && te[j] < n && text.charAt(te[j]) == '.' && (j == t || ts[j] == te[j - 1] + 1)) {
                    h = Folding.mixToken(h, text, ts[j], te[j], true);
                    j++;
                }
                int[] e = j - t >= 2 ? gaz.byAcronym(h) : null;
                if (e != null) {
                    out.add(new Spot(s, te[j - 1] + 1, e, false, false));
                    t = j;
                } else {
                    t++;
                }
                continue;
            }
            if (len <= 3 && allUpper(text, s, te[t])) {
                int[] e = gaz.byAcronym(Folding.mixToken(Folding.BASIS, text, s, te[t], true));
                if (e != null) {
                    out.add(new Spot(s, te[t], e, false, false));
                }
                t++;
                continue;
            }
            long h = Folding.BASIS;
            int best = -1;
            int[] bestEntries = null;
            for (int j = t; j < count && j < t + MAX_TOKENS; j++) {
                boolean capital = startsName(text.charAt(ts[j]));
                if (j > t) {
                    if (!joinable(text, te[j - 1], ts[j])) {
                        break;
                    }
                    if (!capital && te[j] - ts[j] > MAX_CONNECTOR) {
                        break;
                    }
                }
                h = Folding.mixToken(h, text, ts[j], te[j], j == t);
                if (capital) {
                    int[] e = gaz.byKey(h);
                    if (e != null) {
                        best = j;
                        bestEntries = e;
                    }
                }
            }
            if (best >= 0) {
                out.add(new Spot(s, te[best], bestEntries, false, false));
                t = best + 1;
                continue;
            }
            if (len >= MIN_SKELETON_CHARS) {
                StringBuilder folded = new StringBuilder(len);
                Folding.appendFolded(folded, text, s, te[t]);
                String sk = Folding.skeleton(folded.toString());
                if (sk.length() >= 5) {
                    int[] e = gaz.bySkeleton(Folding.mixToken(Folding.BASIS, sk, 0, sk.length(), true));
                    if (e != null) {
                        out.add(new Spot(s, te[t], e, true, false));
                    }
                }
            }
            t++;
        }
        return out;
    }

    /** Entries named by exactly {@code text[start, end)}, by exact key then by skeleton; {@code null} when none. */
    static Spot lookupSpan(Gazetteer gaz, String text, int start, int end) {
        long h = Folding.key(text, start, end);
        int[] e = h == 0 ? null : gaz.byKey(h);
        if (e != null) {
            return new Spot(start, end, e, false, false);
        }
        String sk = Folding.skeleton(Folding.folded(text.substring(start, end)));
        if (sk.length() >= 5) {
            e = gaz.bySkeleton(Folding.key(sk));
            if (e != null) {
                return new Spot(start, end, e, true, false);
            }
        }
        return null;
    }

    static boolean startsName(char c) {
        return Character.isLetter(c) && !Character.isLowerCase(c);
    }

    private static boolean allUpper(String text, int s, int e) {
        for (int i = s; i < e; i++) {
            if (!Character.isUpperCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** One space, hyphen or apostrophe, or ". " after an abbreviation (St. Louis). */
    private static boolean joinable(String text, int from, int to) {
        int gap = to - from;
        if (gap == 1) {
            char c = text.charAt(from);
            return c == ' ' || c == '-' || c == '\'' || c == '\u2019' || c == '\u00A0';
        }
        return gap == 2 && text.charAt(from) == '.' && text.charAt(from + 1) == ' ' && to - 3 >= 0
                && from - 3 >= 0 && !Folding.isTokenChar(text.charAt(from - 3));
    }
}
