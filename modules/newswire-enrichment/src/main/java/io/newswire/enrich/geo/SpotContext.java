package io.newswire.enrich.geo;

import io.newswire.enrich.text.Folding;
import io.newswire.enrich.text.WordList;
import io.newswire.enrich.text.WordSet;
import java.util.Set;

/**
 * What the words around a spot say about it: the word after it ("Kabul province"), a locative before
 * it ("in", "near", "nach"), capitals around it, and the ordinary capitalised words that are no place
 * alone. Read by {@link PlaceResolver} when it accepts or drops a candidate. Stateless.
 */
final class SpotContext {

    /** Capitalised words that are also the name of some small place or division; alone, they are not places. */
    static final Set<String> NOT_ALONE = WordList.load(SpotContext.class, "not-alone.txt");

    /** Generic words that name a first-level division rather than a town. */
    static final Set<String> DIVISION_WORDS = WordList.load(SpotContext.class, "division-words.txt");

    /** The next word after {@code end} folded ("Province" -> "province"), or "" when there is none. */
    static String wordAfter(String text, int end) {
        int p = end;
        if (p >= text.length() || text.charAt(p) != ' ') {
            return "";
        }
        p++;
        int start = p;
        while (p < text.length() && Folding.isTokenChar(text.charAt(p)) && p - start < 16) {
            p++;
        }
        if (p == start) {
            return "";
        }
        // nearly every such word is in small ASCII letters and digits, its own folded form: one copy of it
        boolean asFolded = true;
        for (int q = start; q < p && asFolded; q++) {
            char c = text.charAt(q);
            asFolded = c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
        }
        if (asFolded) {
            return text.substring(start, p);
        }
        // one run of token characters: its folded form is Folding.folded of it, without a copy of it first
        StringBuilder folded = new StringBuilder(p - start);
        Folding.appendFolded(folded, text, start, p);
        return folded.toString();
    }

    /** The length of the word starting at {@code start}. */
    static int wordLengthAt(String text, int start) {
        int p = start;
        while (p < text.length() && Folding.isTokenChar(text.charAt(p))) {
            p++;
        }
        return p - start;
    }

    /** Words after which a capitalised name is a place ("in", "near", "à", "nach"). */
    private static final Set<String> LOCATIVE = WordList.load(SpotContext.class, "locative.txt");

    /**
     * Whether {@code text[start, end)} is one word of three or more parts joined by hyphens, capitalised at both
     * ends, with a short particle in small letters between them: "Salon-de-Provence", "Bourbonne-les-Bains",
     * "Stratford-upon-Avon", "Castelnau-le-Lez". Names of people, firms and words are not built so (a double
     * surname has no particle; "state-of-the-art" has no capitals), so the form itself says a place is meant.
     */
    static boolean linkedPlaceName(String text, int start, int end) {
        if (end - start < 7 || !Character.isUpperCase(text.charAt(start))) {
            return false;
        }
        int parts = 1;
        boolean particle = false;
        int partStart = start;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '-') {
                if (i == partStart) {
                    return false;
                }
                parts++;
                partStart = i + 1;
                if (partStart < end && Character.isLowerCase(text.charAt(partStart))) {
                    int to = partStart;
                    while (to < end && Character.isLowerCase(text.charAt(to))) {
                        to++;
                    }
                    if (to == end || text.charAt(to) != '-' || to - partStart > 4) {
                        return false;
                    }
                    particle = true;
                }
            } else if (!Character.isLetter(c) && c != '\'' && c != '\u2019') {
                return false;
            }
        }
        return parts >= 3 && particle && partStart < end && Character.isUpperCase(text.charAt(partStart));
    }

    static boolean locativeBefore(String text, int start) {
        return locativeBefore(text, start, null);
    }

    /**
     * Per language (ISO 639-1 code): words after which a capitalised name is a place in that language only
     * ("a Pisa", "w Krakowie", "i Malmö", "di Surabaya"): in English "a", "i", "w" and "di" are other words.
     */
    private static final java.util.Map<String, Set<String>> LOCATIVE_BY_LANGUAGE = java.util.Map.of(
            "it", WordList.load(SpotContext.class, "locative-it.txt"),
            "pl", WordList.load(SpotContext.class, "locative-pl.txt"),
            "nl", WordList.load(SpotContext.class, "locative-nl.txt"),
            "sv", WordList.load(SpotContext.class, "locative-sv.txt"),
            "id", WordList.load(SpotContext.class, "locative-id.txt"));

    /** The locatives of a language beside {@code locative.txt}'s, or {@code null} (none, or no language). */
    static Set<String> locatives(String language) {
        return language == null ? null : LOCATIVE_BY_LANGUAGE.get(language);
    }

    /**
     * Whether a locative ends just before {@code start}: one of {@code locative.txt}, or of {@code language}'s
     * own ({@link #locatives}; {@code null} for none). An elided article ends the word ("nell'Umbria").
     */
    static boolean locativeBefore(String text, int start, Set<String> language) {
        int p = start - 1;
        if (language != null && p > 0 && (text.charAt(p) == '\'' || text.charAt(p) == '\u2019')) {
            // "nell'Umbria", "dall'Aquila"
            p--;
        }
        while (p >= 0 && text.charAt(p) == ' ') {
            p--;
        }
        int end = p + 1;
        while (p >= 0 && Folding.isTokenChar(text.charAt(p))) {
            p--;
        }
        if (end - p - 1 <= 0 || end - p - 1 > 9) {
            return false;
        }
        String w = text.substring(p + 1, end).toLowerCase(java.util.Locale.ROOT);
        return LOCATIVE.contains(w) || language != null && language.contains(w);
    }

    static boolean allCapitals(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!Character.isUpperCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the word just before {@code start} or just after {@code end} (one space apart) is written
     * in capitals too: "Associated Press WASHINGTON (AP)" is a dateline, "NEW YORK TIMES" one name.
     */
    static boolean capitalsWordAround(String text, int start, int end) {
        boolean before = false;
        if (start >= 2 && text.charAt(start - 1) == ' ') {
            int b = start - 1;
            while (b > 0 && Folding.isTokenChar(text.charAt(b - 1))) {
                b--;
            }
            before = b < start - 1 && allCapitals(text, b, start - 1);
        }
        boolean after = false;
        if (end + 1 < text.length() && text.charAt(end) == ' ') {
            int a = end + 1;
            while (a < text.length() && Folding.isTokenChar(text.charAt(a))) {
                a++;
            }
            after = a > end + 1 && allCapitals(text, end + 1, a);
        }
        return before || after;
    }

    /**
     * Whether a division word written before the name ends just before {@code start}: "Co Kerry", "Co. Down",
     * "County Clare" (Irish and British usage), in capitals as written.
     */
    static boolean divisionWordBefore(String text, int start) {
        if (start < 3 || text.charAt(start - 1) != ' ') {
            return false;
        }
        int end = start - 1;
        if (text.charAt(end - 1) == '.') {
            end--;
        }
        int b = end;
        while (b > 0 && Folding.isTokenChar(text.charAt(b - 1))) {
            b--;
        }
        int n = end - b;
        return n == 2 && text.startsWith("Co", b) || n == 6 && text.startsWith("County", b);
    }

    /** The plurals of {@link #DIVISION_WORDS} that close a list of division names: "Cook and DuPage counties". */
    private static final Set<String> DIVISION_PLURALS = WordSet.of("provinces", "regions", "governorates",
            "prefectures", "oblasts", "districts", "states", "counties", "parishes", "divisions", "tehsils", "boroughs");
    /** The most capitalised words of one name in such a list, and the most names read after the spot. */
    private static final int LIST_NAME_WORDS = 3;
    private static final int LIST_NAMES = 8;

    /**
     * Whether the name {@code text[start, end)} stands in a list of two or more names that a plural division word
     * closes: "Greenville, Spartanburg and Anderson counties", "the Amhara and Tigray regions". Each name of the
     * list is then that division, as if written "Anderson County". The names after the spot are one to three
     * capitalised words, joined by ", ", " and ", ", and " or " or "; the spot is the last name only after one of
     * those. Reads at most a few words after the spot, and stops at the first that does not fit.
     */
    static boolean inListOfDivisions(String text, int start, int end) {
        int n = text.length();
        boolean listed = start >= 2 && text.startsWith(", ", start - 2) || start >= 5 && text.startsWith(" and ", start - 5)
                || start >= 4 && text.startsWith(" or ", start - 4);
        int i = end;
        for (int names = 0; names <= LIST_NAMES; names++) {
            int sep = i;
            if (text.startsWith(", and ", i)) {
                i += 6;
            } else if (text.startsWith(" and ", i)) {
                i += 5;
            } else if (text.startsWith(", ", i)) {
                i += 2;
            } else if (text.startsWith(" or ", i)) {
                i += 4;
            } else if (listed && i < n && text.charAt(i) == ' ') {
                int b = i + 1;
                int e = b;
                while (e < n && Character.isLowerCase(text.charAt(e))) {
                    e++;
                }
                return e > b && (e == n || !Folding.isTokenChar(text.charAt(e)))
                        && DIVISION_PLURALS.contains(text.substring(b, e));
            } else {
                return false;
            }
            // a name: one to three capitalised words
            int words = 0;
            while (words < LIST_NAME_WORDS && i < n && Character.isUpperCase(text.charAt(i))) {
                while (i < n && Folding.isTokenChar(text.charAt(i))) {
                    i++;
                }
                words++;
                if (i + 1 < n && (text.charAt(i) == ' ' || text.charAt(i) == '-') && Character.isUpperCase(text.charAt(i + 1))
                        && words < LIST_NAME_WORDS) {
                    i++;
                } else {
                    break;
                }
            }
            if (words == 0) {
                return false;
            }
            listed = sep < i;
        }
        return false;
    }

    /** Division words that name the division before its name with "of": "the US state of Washington". */
    private static final Set<String> DIVISIONS_OF = WordSet.of("state", "province", "region", "county", "district",
            "governorate", "prefecture", "territory");

    /** The same before "di" or "de" in Italian, Spanish and Portuguese ("provincia di", "estado de"). */
    private static final Set<String> DIVISIONS_DI = WordSet.of("provincia", "regione", "región", "estado", "departamento",
            "província", "distrito");

    /**
     * Whether "the state of", "the province of" (a word of {@link #DIVISIONS_OF}, lower case, then "of") stands just
     * before {@code start}: the name after it is that division ("the US state of Washington" is the state, not the
     * capital; "the Indian state of Kerala"). Lower case only: "Secretary of State of X" is no division.
     */
    static boolean divisionOfBefore(String text, int start) {
        if (start < 4) {
            return false;
        }
        // "la provincia di Lucca", "el estado de Jalisco", "o estado de Goiás": the Romance forms with their own words
        boolean of = text.startsWith(" of ", start - 4);
        if (!of && !text.startsWith(" di ", start - 4) && !text.startsWith(" de ", start - 4)) {
            return false;
        }
        int end = start - 4;
        int b = end;
        while (b > 0 && Character.isLowerCase(text.charAt(b - 1))) {
            b--;
        }
        return end - b >= 5 && (b == 0 || !Folding.isTokenChar(text.charAt(b - 1)))
                && (of ? DIVISIONS_OF : DIVISIONS_DI).contains(text.substring(b, end));
    }

    /** Compass words that, before a name, say a part of it is meant ("southern Kaduna", "North Qld"). */
    private static final String[] COMPASS = {"north", "south", "east", "west", "northern", "southern", "eastern",
        "western", "central", "north-east", "north-west", "south-east", "south-west", "northeast", "northwest",
        "southeast", "southwest", "northeastern", "northwestern", "southeastern", "southwestern", "far north",
        "far south", "far west", "far east"};

    /** The last two characters of each compass word, ASCII lower-cased, as {@code c0 << 7 | c1}. */
    private static final java.util.BitSet COMPASS_ENDINGS = new java.util.BitSet(1 << 14);

    static {
        for (String w : COMPASS) {
            COMPASS_ENDINGS.set(asciiLower(w.charAt(w.length() - 2)) << 7 | asciiLower(w.charAt(w.length() - 1)));
        }
    }

    private static int asciiLower(char c) {
        return c >= 'A' && c <= 'Z' ? c | 0x20 : c;
    }

    /**
     * The length of the compass word ("southern", "north-west", "Far North") written one space before
     * {@code start}, or 0; with {@code smallOnly}, only one written in small letters ("southern Kaduna",
     * not "Southern Kaduna", which may be a name of its own). Compared in place.
     */
    static int compassBefore(String text, int start, boolean smallOnly) {
        if (start < 5 || text.charAt(start - 1) != ' ') {
            return 0;
        }
        char c0 = text.charAt(start - 3);
        char c1 = text.charAt(start - 2);
        if (c0 < 0x80 && c1 < 0x80 && !COMPASS_ENDINGS.get(asciiLower(c0) << 7 | asciiLower(c1))) {
            return 0; // "in", "of", "the" ...: no compass word ends so (a case-insensitive match needs its last two letters)
        }
        for (String w : COMPASS) {
            int b = start - 1 - w.length();
            if (b >= 0 && text.regionMatches(true, b, w, 0, w.length())
                    && (b == 0 || !Folding.isTokenChar(text.charAt(b - 1)) && text.charAt(b - 1) != '-')
                    && (!smallOnly || Character.isLowerCase(text.charAt(b)))) {
                return w.length();
            }
        }
        return 0;
    }

    /**
     * The length of a compass word written with a capital one space before {@code start} ("South Venezuela",
     * "Northern California", "Central London"), space included, or 0. Not after another capitalised word, so that
     * "Far North" or a name ending in a compass word stays as the spotter drew it.
     */
    static int capitalCompassBefore(String text, int start) {
        int len = compassBefore(text, start, false);
        if (len == 0) {
            return 0;
        }
        int b = start - 1 - len;
        if (!Character.isUpperCase(text.charAt(b)) || text.indexOf(' ', b) < start - 1) {
            return 0;
        }
        int p = b - 1;
        while (p >= 0 && text.charAt(p) == ' ') {
            p--;
        }
        return p >= 0 && p < b - 1 && Character.isUpperCase(text.charAt(wordStart(text, p))) ? 0 : len + 1;
    }

    private static int wordStart(String text, int last) {
        int p = last;
        while (p > 0 && Folding.isTokenChar(text.charAt(p - 1))) {
            p--;
        }
        return p;
    }

    /**
     * Whether "Greater " is written just before {@code start} ("Greater Manchester", "Greater Sydney"): the
     * city's metropolitan area, read as the city, with "Greater" part of the mention.
     */
    static boolean greaterBefore(String text, int start) {
        return start >= 8 && text.startsWith("Greater ", start - 8)
                && (start == 8 || !Folding.isTokenChar(text.charAt(start - 9)));
    }

    /** Whether a number ends just before {@code start}, a space apart ("400 BC"). */
    static boolean numberBefore(String text, int start) {
        int p = start - 1;
        while (p >= 0 && text.charAt(p) == ' ') {
            p--;
        }
        return p >= 0 && p < start - 1 && Character.isDigit(text.charAt(p));
    }

    static boolean capitalisedWordAfter(String text, int end) {
        return end + 1 < text.length() && text.charAt(end) == ' ' && GeoSpotter.startsName(text.charAt(end + 1));
    }

    static boolean capitalisedWordBefore(String text, int start) {
        if (start < 2 || text.charAt(start - 1) != ' ') {
            return false;
        }
        int end = start - 1;
        int b = end;
        while (b > 0 && Folding.isTokenChar(text.charAt(b - 1))) {
            b--;
        }
        if (b == end || !GeoSpotter.startsName(text.charAt(b))) {
            return false;
        }
        // a capitalised word that starts a sentence says nothing
        int p = b - 1;
        while (p >= 0 && text.charAt(p) == ' ') {
            p--;
        }
        return p >= 0 && text.charAt(p) != '.' && text.charAt(p) != '\n' && text.charAt(p) != '"'
                && text.charAt(p) != '\u201C';
    }


    /**
     * Where an AP-style state or province abbreviation written after a town ends ("Easley, S.C.",
     * "Beckley, W.Va.", "Tupelo, Miss.") or a postal code without dots ("Columbia, SC",
     * {@link DatelineRegions#postal}): the index after its final dot or last capital, or -1 when
     * {@code end} is not followed by ", " and such an abbreviation.
     */
    static int regionAbbreviationAfter(String text, int end) {
        if (end + 3 >= text.length() || text.charAt(end) != ',' || text.charAt(end + 1) != ' '
                || !Character.isUpperCase(text.charAt(end + 2))) {
            return -1;
        }
        int p = end + 2;
        // "Columbia, SC", "Halifax, NS": two or three capitals without dots, then no letter; "Townsville, Qld",
        // "Bendigo, Vic": the Australian forms, written without dots
        int q = p;
        while (q < text.length() && q - p < 4 && Character.isLetter(text.charAt(q))) {
            q++;
        }
        if (q - p >= 2 && q - p <= 3 && (q == text.length() || !Folding.isTokenChar(text.charAt(q)))
                && DatelineRegions.postal(text.substring(p, q)) != null) {
            return q;
        }
        int lastDot = -1;
        while (p < text.length() && p - end < 10) {
            char c = text.charAt(p);
            if (c == '.') {
                lastDot = p;
            } else if (!Character.isLetter(c)) {
                break;
            }
            p++;
        }
        // the abbreviation ends at a dot ("Tenn."); "Texas" or "Maine" written in full are spots of their own
        if (lastDot < 0 || lastDot != p - 1) {
            return -1;
        }
        return DatelineRegions.abbreviation(text.substring(end + 2, lastDot + 1)) == null ? -1 : lastDot + 1;
    }

    /** Whether only a list separator lies between two spots: ", ", " and ", ", and ", " or ", and "and" in es, fr, de, it/pt, pl, nl, sv, id. */
    static boolean listJoin(String text, int from, int to) {
        if (to - from > 6 || to < from) {
            return false;
        }
        String gap = text.substring(from, to);
        return gap.equals(", ") || gap.equals(" and ") || gap.equals(", and ") || gap.equals(" or ")
                || gap.equals(" y ") || gap.equals(" et ") || gap.equals(" und ") || gap.equals(" e ")
                || gap.equals(" i ") || gap.equals(" en ") || gap.equals(" och ") || gap.equals(" dan ");
    }

    /**
     * Whether the capitalised words after {@code end} close a division's name ("... Autonomous Prefecture", "...
     * County"): the run of up to four capitalised words, one space apart, ends with a division word and no
     * capitalised word follows it. Returns how many words the run has, 0 when it is no division's name.
     */
    static int divisionNameAfter(String text, int end) {
        int p = end;
        int words = 0;
        String last = null;
        while (words < 4 && p + 1 < text.length() && text.charAt(p) == ' ' && Character.isUpperCase(text.charAt(p + 1))) {
            int b = p + 1;
            p = b;
            while (p < text.length() && Folding.isTokenChar(text.charAt(p))) {
                p++;
            }
            words++;
            last = text.substring(b, p);
        }
        if (last == null || p + 1 < text.length() && text.charAt(p) == ' ' && Character.isUpperCase(text.charAt(p + 1))) {
            return 0;
        }
        return DIVISION_WORDS.contains(Folding.folded(last)) ? words : 0;
    }

    private SpotContext() {
    }
}
