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
 * "UAE") match only when written in capitals. A capitalised word, or a run of capitalised words
 * joined by "and" or hyphens, with no exact match may still match a town of
 * {@value Gazetteer#VARIANT_MIN_POPULATION} people or more, a division or a country by a spelling
 * variant ({@link Folding#variantKey}: Gawadar for Gwadar, Sistan and Balouchestan for Sistan and
 * Baluchestan), when the entry's own name {@link Folding#isVariant is a variant} of the text and no
 * other name of similar size shares the key; such spots are marked so that the resolver asks for
 * supporting context.
 */
final class GeoSpotter {

    static final int MAX_TOKENS = 6;
    private static final int MAX_CONNECTOR = 4;
    private static final int MIN_VARIANT_CHARS = 6;
    /** Of several names sharing a variant key, the biggest wins only when this many times the next. */
    private static final int VARIANT_DOMINANCE = 10;
    /**
     * Countries whose towns are romanised from another script: only their towns and divisions (and any
     * country's own name) are matched by spelling variant, since a Latin-script town has one spelling and
     * its sound-alikes are words and names (Builder for Boulder, Terence for Torrance).
     */
    private static final java.util.Set<String> ROMANISED =
            io.newswire.enrich.text.WordList.load(GeoSpotter.class, "romanised-countries.txt");

    /**
     * A span naming one or more entries; {@code abbreviation} marks a province or state abbreviation
     * written alone ("BC", "SA"), which the resolver reads only when its country is supported.
     */
    record Spot(int start, int end, int[] entries, boolean byVariant, boolean fromEntity, boolean abbreviation) {

        Spot(int start, int end, int[] entries, boolean byVariant, boolean fromEntity) {
            this(start, end, entries, byVariant, fromEntity, false);
        }
    }

    /**
     * Common English words whose variant key is a town's ("Reached", "Measure") or that are a small town's
     * alternate name ("Dam"): never matched by variant, nor read as such a town.
     */
    private static final java.util.Set<String> NOT_VARIANTS =
            io.newswire.enrich.text.WordList.load(GeoSpotter.class, "variant-not-words.txt");

    private GeoSpotter() {
    }

    /**
     * This thread's token start and end arrays for {@link #spot}: [starts, ends]. Safe to reuse: {@link #spot}
     * reads them only below the count it wrote in the same call, hands them to nothing that keeps them (the spots
     * copy out offsets), and calls nothing that spots again on this thread (no re-entrancy); a stream thread runs
     * one article at a time.
     */
    private static final ThreadLocal<int[][]> TOKEN_BOUNDS = ThreadLocal.withInitial(() -> new int[][] {new int[1024],
        new int[1024]});

    /** This thread's copy of the text's characters for {@link #spot}'s token scan (same reuse rules as the bounds). */
    private static final ThreadLocal<char[][]> TEXT_CHARS = ThreadLocal.withInitial(() -> new char[][] {new char[4096]});

    /** Slots of {@link #abbreviationSlot}: two or three letters A-Z. */
    static final int ABBREVIATION_SLOTS = 27 * 27 * 27;
    private static final int QLD = abbreviationSlot("QLD", 0, 3);

    /**
     * The slot of a code of two or three capitals A-Z ("BC", "NSW") in a table of {@link #ABBREVIATION_SLOTS},
     * or -1: looked up without building a string for every word in capitals.
     */
    static int abbreviationSlot(CharSequence text, int start, int end) {
        int n = end - start;
        if (n < 2 || n > 3) {
            return -1;
        }
        int slot = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < 'A' || c > 'Z') {
                return -1;
            }
            slot = slot * 27 + (c - 'A' + 1);
        }
        return slot;
    }

    /**
     * The spots of {@code text} (see the class comment); a word of two or three capitals ("BC", "NSW", or "D.C.")
     * that is no country's acronym but has entries in {@code abbreviations} (by {@link #abbreviationSlot})
     * is spotted as an abbreviation naming those entries.
     */
    static List<Spot> spot(Gazetteer gaz, String text, int[][] abbreviations) {
        return spot(gaz, text, abbreviations, null);
    }

    /**
     * As {@link #spot(Gazetteer, String, int[][])}; a word of {@code regionWords} in a region's context
     * ("the West", "Western countries", "Arab leaders": see {@link #regionContext}) is spotted as that
     * region, not as the town of that name.
     */
    static List<Spot> spot(Gazetteer gaz, String text, int[][] abbreviations, RegionWords regionWords) {
        return spot(gaz, text, abbreviations, regionWords, null);
    }

    /**
     * As {@link #spot(Gazetteer, String, int[][], RegionWords)}; in a language that declines place names
     * ({@code inflections} not {@code null}), a capitalised word that names nothing as written may name its
     * nominative ("w Krakowie": Kraków).
     */
    static List<Spot> spot(Gazetteer gaz, String text, int[][] abbreviations, RegionWords regionWords,
            InflectedNames inflections) {
        int n = text.length();
        // the token bounds live in this thread's arrays, kept from the last text (a few KB each a text, which
        // a fresh pair per article cost in allocation and in cache lines); grown, never shrunk
        int[][] bounds = TOKEN_BOUNDS.get();
        int[] ts = bounds[0];
        int[] te = bounds[1];
        int count = 0;
        int i = 0;
        // the text's characters read from an array (this thread's, grown, never shrunk): every character of the text
        // is read here, and String.charAt's checks cost more than the copy
        char[][] holder = TEXT_CHARS.get();
        char[] chars = holder[0];
        if (chars.length < n) {
            chars = new char[Math.max(n, 2 * chars.length)];
            holder[0] = chars;
        }
        text.getChars(0, n, chars, 0);
        while (i < n) {
            while (i < n && !Folding.isTokenChar(chars[i])) {
                i++;
            }
            int start = i;
            while (i < n && Folding.isTokenChar(chars[i])) {
                i++;
            }
            if (i > start) {
                if (count == ts.length) {
                    ts = java.util.Arrays.copyOf(ts, count * 2);
                    te = java.util.Arrays.copyOf(te, count * 2);
                    bounds[0] = ts;
                    bounds[1] = te;
                }
                ts[count] = start;
                te[count] = i;
                count++;
            }
        }
        List<Spot> out = new ArrayList<>();
        NameMemo names = NAME_MEMO.get();
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
                // "D.C.": its two letters' slot
                int slot = e != null || j - t != 2 ? -1 : (c0 - 'A' + 1) * 27 + (text.charAt(ts[t + 1]) - 'A' + 1);
                int[] r = slot >= 0 && c0 >= 'A' && c0 <= 'Z' && text.charAt(ts[t + 1]) >= 'A'
                        && text.charAt(ts[t + 1]) <= 'Z' ? abbreviations[slot] : null;
                // "U.S. Virgin Islands": an acronym that begins a longer name is that name's
                int longer = e == null ? -1 : longerName(gaz, text, s, te, ts, j, count);
                if (longer >= 0) {
                    out.add(new Spot(s, te[longer], gaz.byKey(Folding.key(text, s, te[longer])), false, false));
                    t = longer + 1;
                } else if (e != null) {
                    out.add(new Spot(s, te[j - 1] + 1, e, false, false));
                    t = j;
                } else if (r != null) {
                    out.add(new Spot(s, te[j - 1] + 1, r, false, false, true));
                    t = j;
                } else {
                    t++;
                }
                continue;
            }
            if (len == 3 && text.startsWith("Qld", s) && abbreviations[QLD] != null) {
                // Queensland's abbreviation as Australian papers write it alone ("far north Qld"); the other
                // states' (Vic, Tas) are also names, and are read only after a town ("Bendigo, Vic"). Written so, it is
                // no other word: read whatever the story's support, as a span the entities stage marks is
                out.add(new Spot(s, te[t], abbreviations[QLD], false, true, true));
                t++;
                continue;
            }
            if (len <= 3 && allUpper(text, s, te[t])) {
                int[] e = gaz.byAcronym(Folding.mixToken(Folding.BASIS, text, s, te[t], true));
                int slot = e != null ? -1 : abbreviationSlot(text, s, te[t]);
                int[] r = slot < 0 ? null : abbreviations[slot];
                if (e != null) {
                    out.add(new Spot(s, te[t], e, false, false));
                    t++;
                    continue;
                } else if (r != null) {
                    out.add(new Spot(s, te[t], r, false, false, true));
                    t++;
                    continue;
                }
                if (t + 1 >= count || !joinable(text, te[t], ts[t + 1]) || !allUpper(text, ts[t + 1], te[t + 1])) {
                    t++;
                    continue;
                }
                // no acronym, and another word in capitals follows: the first word of a name in capitals
                // ("LOS ANGELES", "SAN JOSE") is matched as any
            }
            long h = Folding.BASIS;
            // the key of token t alone (the first step of h), for the region words
            long firstKey = 0;
            int best = -1;
            int[] bestEntries = null;
            int last = t;
            boolean linked = false;
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
                if (j == t) {
                    firstKey = h;
                }
                if (capital) {
                    int[] e = names.byKey(gaz, h);
                    if (e != null) {
                        best = j;
                        bestEntries = e;
                    }
                    if (j == last + 1 || j == last + 2 && isAnd(text, ts[j - 1], te[j - 1])) {
                        linked |= j == last + 2 || text.charAt(te[j - 1]) == '-';
                        last = j;
                    }
                }
            }
            if (linked && last > best) {
                // "Sistan and Balouchestan", "Sistan-Baluchistan": a spelling of a longer name than the exact match
                int[] e = byVariant(gaz, text, s, te[last]);
                if (e != null) {
                    out.add(new Spot(s, te[last], e, true, false));
                    t = last + 1;
                    continue;
                }
            }
            if (regionWords != null && best <= t) {
                // token t is one run of token characters, and firstKey its Folding.key
                int[] region = regionWords.entriesOfToken(firstKey, te[t] - s);
                int regionStart = s;
                int regionEnd = t;
                if (region == null && t + 1 < count && ts[t + 1] == te[t] + 1 && text.charAt(te[t]) == '-') {
                    // "Sub-Saharan economies": a region word written with a hyphen
                    region = regionWords.entries(text, s, te[t + 1]);
                    regionEnd = t + 1;
                }
                if (region == null && s >= 4 && text.charAt(s - 1) == '-'
                        && text.regionMatches(false, s - 4, "sub", 0, 3)) {
                    // "sub-Saharan economies": its first word in small letters starts no name, so it is looked back
                    // at from the capitalised one (a compare of three letters for a capitalised word after a hyphen)
                    region = regionWords.entries(text, s - 4, te[t]);
                    if (region != null) {
                        regionStart = s - 4;
                    }
                }
                if (region != null && regionContext(text, ts, te, regionEnd, count)) {
                    out.add(new Spot(regionStart, te[regionEnd], region.clone(), false, false));
                    t = regionEnd + 1;
                    continue;
                }
            }
            if (best >= 0) {
                out.add(new Spot(s, te[best], bestEntries, false, false));
                t = best + 1;
                continue;
            }
            if (inflections != null && Character.isUpperCase(c0) && !allUpper(text, s, te[t])) {
                int[] e = inflections.entries(gaz, text, s, te[t]);
                if (e != null) {
                    out.add(new Spot(s, te[t], e, false, false));
                    t++;
                    continue;
                }
            }
            if (len >= MIN_VARIANT_CHARS) {
                int[] e = byVariant(gaz, text, s, te[t]);
                if (e != null) {
                    out.add(new Spot(s, te[t], e, true, false));
                }
            }
            t++;
        }
        return out;
    }

    /**
     * The last token of the longest gazetteer name that starts with the dotted acronym at {@code start} and
     * goes on with capitalised words from token {@code next} ("U.S. Virgin Islands"), or -1. Read only after
     * an acronym that a capitalised word follows, one space apart.
     */
    private static int longerName(Gazetteer gaz, String text, int start, int[] te, int[] ts, int next, int count) {
        if (next >= count || ts[next] != te[next - 1] + 2 || text.charAt(te[next - 1] + 1) != ' '
                || !startsName(text.charAt(ts[next]))) {
            return -1;
        }
        int found = -1;
        for (int k = next; k < count && k < next + 3; k++) {
            if (k > next && (!joinable(text, te[k - 1], ts[k]) || !startsName(text.charAt(ts[k])))) {
                break;
            }
            long key = Folding.key(text, start, te[k]);
            if (key != 0 && gaz.byKey(key) != null) {
                found = k;
            }
        }
        return found;
    }

    private static final long WEST = Folding.key("west");

    /**
     * Whether the word of token {@code t} is used of a region: after "the" ("the West", "the Arab world"),
     * or, for an adjective, before a word in small letters ("Western countries", "Arab leaders"); never
     * inside a longer name ("Kanye West", "West Bank", "Western Union"). The bare noun "West" needs
     * "the": alone it is a surname far more often ("West said").
     */
    private static boolean regionContext(String text, int[] ts, int[] te, int t, int count) {
        int s = ts[t];
        boolean the = t > 0 && te[t - 1] - ts[t - 1] == 3 && text.regionMatches(true, ts[t - 1], "the", 0, 3)
                && s - te[t - 1] == 1 && text.charAt(te[t - 1]) == ' ';
        if (!the && t > 0 && joinable(text, te[t - 1], s) && startsName(text.charAt(ts[t - 1]))) {
            return false;
        }
        boolean next = t + 1 < count && joinable(text, te[t], ts[t + 1]) && text.charAt(te[t]) == ' ';
        if (next && startsName(text.charAt(ts[t + 1]))) {
            return false;
        }
        if (the) {
            return true;
        }
        return next && Character.isLowerCase(text.charAt(ts[t + 1])) && Folding.key(text, s, te[t]) != WEST;
    }

    private static boolean isAnd(String text, int start, int end) {
        return end - start == 3 && text.regionMatches(false, start, "and", 0, 3);
    }

    /**
     * The entries a spelling variant of {@code text[start, end)} names, or {@code null}: those of the variant
     * table whose own name {@link Folding#isVariant is a variant} of the surface (the table's consonant
     * frame alone joins Kirman and Karaman); when they carry different names, the biggest only if it is
     * {@value #VARIANT_DOMINANCE} times the next, else none (a guess between two places is no guess).
     */
    static int[] byVariant(Gazetteer gaz, String text, int start, int end) {
        return VARIANT_MEMO.get().byVariant(gaz, text, start, end);
    }

    /** {@link #byVariant}, worked out from the text (no memo). */
    static int[] computeByVariant(Gazetteer gaz, String text, int start, int end) {
        // the key is hashed in place: most capitalised words the gazetteer does not know miss here
        long vk = Gazetteer.variantKey(text, start, end);
        int[] e = vk == 0 ? null : gaz.byVariant(vk);
        if (e == null || isCommonWord(text, start, end)) {
            return null;
        }
        // "North and Chicago" is no spelling of North Chicago: an "and" the text has, the name must have too
        boolean and = false;
        for (int i = start; i + 5 <= end && !and; i++) {
            and = text.startsWith(" and ", i);
        }
        int[] kept = new int[e.length];
        int n = 0;
        String biggestName = null;
        long biggest = -1;
        for (int x : e) {
            String own = ownName(gaz, x);
            if (own != null && (!and || hasConnector(own)) && Folding.isVariant(text, start, end, own)) {
                kept[n++] = x;
                long pop = gaz.population(x);
                if (pop > biggest) {
                    biggest = pop;
                    biggestName = own;
                }
            }
        }
        if (n == 0) {
            return null;
        }
        long runnerUp = -1;
        for (int i = 0; i < n; i++) {
            if (!ownName(gaz, kept[i]).equals(biggestName)) {
                runnerUp = Math.max(runnerUp, gaz.population(kept[i]));
            }
        }
        if (runnerUp < 0) {
            return romanised(gaz, kept, n);
        }
        if (biggest < VARIANT_DOMINANCE * Math.max(1, runnerUp)) {
            return null;
        }
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (ownName(gaz, kept[i]).equals(biggestName)) {
                kept[m++] = kept[i];
            }
        }
        return romanised(gaz, kept, m);
    }

    private static final ThreadLocal<NameMemo> NAME_MEMO = ThreadLocal.withInitial(NameMemo::new);

    /**
     * {@link Gazetteer#byKey} for {@link #spot}'s exact-name probes, per thread: every capitalised word and every
     * longer name it begins is probed, and texts repeat both ("The", "He", "Reuters", the story's own names) article
     * after article; the gazetteer's name table is megabytes, where a probe is one or two cache misses, and this
     * memo is a few KB. The answer (the table's own array, or none) depends on the key and the gazetteer alone, so a
     * remembered one is the same array. Direct-mapped by the key: a new key in a taken slot replaces the old one.
     */
    static final class NameMemo {
        static final int SLOTS = 2048;
        /** The answer "no entry", told from an empty slot. */
        private static final int[] NONE = new int[0];

        private Gazetteer owner;
        private final long[] keys = new long[SLOTS];
        private final int[][] answers = new int[SLOTS][];

        int[] byKey(Gazetteer gaz, long key) {
            if (owner != gaz) {
                java.util.Arrays.fill(answers, null);
                owner = gaz;
            }
            int slot = slot(key);
            int[] a = answers[slot];
            if (a != null && keys[slot] == key) {
                return a == NONE ? null : a;
            }
            int[] e = gaz.byKey(key);
            keys[slot] = key;
            answers[slot] = e == null ? NONE : e;
            return e;
        }

        /** The slot of {@code key}: its top 11 bits after a multiplicative mix. */
        static int slot(long key) {
            return (int) (key * 0x9E3779B97F4A7C15L >>> 53);
        }
    }

    private static final ThreadLocal<VariantMemo> VARIANT_MEMO = ThreadLocal.withInitial(VariantMemo::new);

    /**
     * {@link #computeByVariant}'s answers by surface, per thread: every capitalised word of six letters or more
     * that names no entry exactly is asked for (a person's or a body's name, "Monday", "Minister"), a text
     * repeats them, and working one out (the variant key's transliteration, then a comparison with each
     * candidate's own name) costs far more than finding it again. The answer depends on the surface and the
     * gazetteer alone (read nothing around the span), so a remembered one is the same. Direct-mapped by the
     * surface's hash: a new surface in a taken slot replaces the old one (no growth, no eviction list); the
     * surface is kept as chars in an array of its length, reused when the next one in the slot is as long.
     */
    static final class VariantMemo {
        static final int SLOTS = 4096;
        /** The answer "none", told from an empty slot. */
        private static final int[] NONE = new int[0];

        private Gazetteer owner;
        private final char[][] surfaces = new char[SLOTS][];
        private final int[][] answers = new int[SLOTS][];

        int[] byVariant(Gazetteer gaz, String text, int start, int end) {
            if (owner != gaz) {
                java.util.Arrays.fill(surfaces, null);
                java.util.Arrays.fill(answers, null);
                owner = gaz;
            }
            int len = end - start;
            int slot = slot(text, start, end);
            char[] k = surfaces[slot];
            if (k != null && k.length == len && same(k, text, start)) {
                int[] a = answers[slot];
                return a == NONE ? null : a;
            }
            int[] e = computeByVariant(gaz, text, start, end);
            if (k == null || k.length != len) {
                k = new char[len];
                surfaces[slot] = k;
            }
            text.getChars(start, end, k, 0);
            answers[slot] = e == null ? NONE : e;
            return e;
        }

        /** The slot of {@code text[start, end)}: its {@link String#hashCode} folded to 12 bits. */
        static int slot(String text, int start, int end) {
            int h = 0;
            for (int i = start; i < end; i++) {
                h = 31 * h + text.charAt(i);
            }
            return (h ^ (h >>> 12)) & (SLOTS - 1);
        }

        private static boolean same(char[] k, String text, int start) {
            for (int i = 0; i < k.length; i++) {
                if (k[i] != text.charAt(start + i)) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * The first {@code n} of {@code entries} that may be matched by spelling variant ({@link #ROMANISED});
     * {@code null} when none. Applied after the ambiguity guard, so that a Latin-script namesake still
     * counts as a competitor (Zambia's North-Western against Sri Lanka's North Western).
     */
    private static int[] romanised(Gazetteer gaz, int[] entries, int n) {
        int m = 0;
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            int x = entries[i];
            int kind = Gazetteer.kind(x);
            int c = gaz.countryOf(x);
            if (kind == Gazetteer.COUNTRY || kind == Gazetteer.CONTINENT
                    || c >= 0 && ROMANISED.contains(gaz.countryCode(c))) {
                out[m++] = x;
            }
        }
        return m == 0 ? null : java.util.Arrays.copyOf(out, m);
    }

    private static boolean hasConnector(String name) {
        return name.contains(" and ") || name.contains("&") || name.contains(" va ") || name.indexOf('-') > 0;
    }

    /** The name an entry is listed under (not an alternate), or {@code null} for a demonym. */
    private static String ownName(Gazetteer gaz, int entry) {
        int i = Gazetteer.index(entry);
        return switch (Gazetteer.kind(entry)) {
            case Gazetteer.PLACE -> gaz.placeName(i);
            case Gazetteer.ADMIN1 -> gaz.admin1Name(i);
            case Gazetteer.ADMIN2 -> gaz.admin2Name(i);
            case Gazetteer.COUNTRY -> gaz.countryName(i);
            case Gazetteer.CONTINENT -> gaz.continentName(i);
            default -> null;
        };
    }

    /**
     * Entries named by exactly {@code text[start, end)}, by exact key then by spelling variant;
     * {@code null} when none.
     */
    static Spot lookupSpan(Gazetteer gaz, String text, int start, int end) {
        long h = Folding.key(text, start, end);
        int[] e = h == 0 ? null : gaz.byKey(h);
        if (e != null) {
            return new Spot(start, end, e, false, false);
        }
        // a short word is matched by its exact name only, as the spotter's words are: "Dam" is no spelling of Dome
        e = end - start < MIN_VARIANT_CHARS ? null : byVariant(gaz, text, start, end);
        return e == null ? null : new Spot(start, end, e, true, false);
    }

    /** Whether {@code text[start, end)} is one word of {@link #NOT_VARIANTS}, in whatever case. */
    static boolean isCommonWord(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!Character.isLetter(text.charAt(i))) {
                return false;
            }
        }
        return NOT_VARIANTS.contains(text.substring(start, end).toLowerCase(java.util.Locale.ROOT));
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
