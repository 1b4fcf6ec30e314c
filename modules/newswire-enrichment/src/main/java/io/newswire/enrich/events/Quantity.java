package io.newswire.enrich.events;

import io.newswire.enrich.text.WordSet;
import java.util.Map;

/**
 * A number phrase of a sentence, normalised: "at least 128", "more than 30", "around 10,000",
 * "dozens", "a dozen", "two", "Twenty-five", "between 15 and 20".
 *
 * @param from      first token of the phrase (the qualifier included)
 * @param to        token after the phrase
 * @param min       smallest value, {@code null} when unbounded below
 * @param max       largest value, {@code null} when open
 * @param qualifier exact, at least, more than, about, up to, between
 * @param article   the phrase is only "a"/"an" (one, if a person noun follows)
 */
record Quantity(int from, int to, Integer min, Integer max, String qualifier, boolean article) {

    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90));

    /** Vague plurals: their least value, open above ("dozens" are at least two dozen). */
    /** Whether the word is a vague plural of no stated size: "dozens", "hundreds", "tens", "thousands". */
    static boolean vague(String w) {
        return VAGUE.containsKey(w);
    }

    private static final Map<String, Integer> VAGUE = Map.of("dozens", 24, "scores", 40, "hundreds", 200,
            "thousands", 2000, "several", 3, "tens", 20);

    /**
     * Every word {@link #at} can start a phrase with other than a figure or a number word: its
     * qualifiers, the vague plurals, "a" and "an". {@link #mayStart} is false for any other word,
     * so a sentence's words are not each run through {@link #at}.
     */
    private static final java.util.Set<String> STARTS = starts();

    private static java.util.Set<String> starts() {
        java.util.Set<String> s = new java.util.HashSet<>(VAGUE.keySet());
        s.addAll(java.util.List.of("at", "more", "fewer", "less", "up", "as", "an", "a", "both", "between", "over",
                "nearly",
                "about", "around", "some", "approximately", "roughly", "almost", "approx.", "another", "other",
                "further", "additional"));
        return WordSet.copyOf(s);
    }

    /**
     * Every word other than a digit form or a hyphenated number ("twenty-five") for which
     * {@link #mayStart} can be true: {@link #STARTS} and the number words.
     */
    static java.util.Set<String> startWords() {
        java.util.Set<String> s = new java.util.HashSet<>(STARTS);
        s.addAll(UNITS.keySet());
        return s;
    }

    /** False when {@link #at} surely returns null at a word (true does not promise a phrase). */
    static boolean mayStart(String w) {
        return STARTS.contains(w) || value(w) >= 0;
    }

    /** Words after a number that make it something other than a count of people. */
    static boolean isUnit(String w) {
        return switch (w) {
            case "years", "year", "days", "day", "hours", "hour", "minutes", "months", "month", "weeks", "week",
                    "km", "kilometres", "kilometers", "miles", "metres", "meters", "percent", "%", "per", "million",
                    "billion", "dollars", "euros", "rupees", "tonnes", "tons", "kg", "kilograms", "p.m.", "a.m.",
                    "times", "points", "degrees", "rounds", "vehicles", "houses", "homes", "cars", "shops", "pm",
                    "am", "o'clock", "feet", "acres", "hectares", "crore", "lakh", "yuan", "pounds", "kilos",
                    "trucks", "buildings", "rockets", "missiles", "shells", "drones", "villages", "districts",
                    "provinces", "cities", "countries", "nations", "schools", "-year-old", "storey", "floors" ->
                    true;
            default -> false;
        };
    }

    /** The value of one number word or figure, or -1. */
    static int value(String w) {
        int n = w.length();
        if (n == 0) {
            return -1;
        }
        if (Character.isDigit(w.charAt(0))) {
            long v = 0;
            for (int i = 0; i < n; i++) {
                char c = w.charAt(i);
                if (c == ',') {
                    continue;
                }
                if (c < '0' || c > '9' || v > 100_000_000L) {
                    return -1;
                }
                v = v * 10 + (c - '0');
            }
            return (int) v;
        }
        Integer u = UNITS.get(w);
        if (u != null) {
            return u;
        }
        int dash = w.indexOf('-');
        if (dash > 0) {
            Integer tens = UNITS.get(w.substring(0, dash));
            Integer unit = UNITS.get(w.substring(dash + 1));
            if (tens != null && unit != null && tens >= 20 && tens % 10 == 0 && unit < 10) {
                return tens + unit;
            }
        }
        return -1;
    }

    /**
     * Whether "both" at {@code j} counts its noun ("both passengers were killed") rather than joining two
     * ("both soldiers and civilians"): no "and", "or" nor comma before the verb that follows it.
     */
    private static boolean bothCounts(String[] low, int j) {
        for (int m = j + 1; m < Math.min(low.length, j + 6); m++) {
            switch (low[m]) {
                case "and", "or", "nor", ",", "&" -> {
                    return false;
                }
                case "were", "are", "was", "is", "have", "had", "has", "been", "died", "will", "would" -> {
                    return true;
                }
                default -> {
                }
            }
        }
        return true;
    }

    /**
     * The number phrase starting at token {@code i} of {@code low} (lower-case words), or {@code null}.
     * The qualifier, when any, starts at {@code i}.
     */
    static Quantity at(String[] low, int i) {
        int n = low.length;
        String q = "exact";
        int j = i;
        String w = low[i];
        String next = i + 1 < n ? low[i + 1] : "";
        if (w.equals("at") && (next.equals("least") || next.equals("minimum"))) {
            q = "at least";
            j += 2;
        } else if ((w.equals("more") || w.equals("fewer") || w.equals("less")) && next.equals("than")) {
            q = w.equals("more") ? "more than" : "fewer than";
            j += 2;
        } else if (w.equals("up") && next.equals("to")) {
            q = "up to";
            j += 2;
        } else if (w.equals("as") && next.equals("many") && i + 2 < n && low[i + 2].equals("as")) {
            q = "up to";
            j += 3;
        } else if (w.equals("an") && next.equals("estimated")) {
            q = "about";
            j += 2;
        } else if (w.equals("between")) {
            q = "between";
            j += 1;
        } else {
            switch (w) {
                case "over", "nearly" -> q = w.equals("over") ? "more than" : "about";
                case "about", "around", "some", "approximately", "roughly", "almost", "approx." -> q = "about";
                case "another", "other", "further", "additional" -> q = "exact";
                default -> j = i - 1;
            }
            j++;
        }
        if (j >= n) {
            return null;
        }
        // the core
        String c = low[j];
        int end;
        int v;
        Integer vagueMin = VAGUE.get(c);
        boolean article = false;
        if (vagueMin != null) {
            int min = vagueMin;
            if (q.equals("more than") || q.equals("at least") || q.equals("exact") || q.equals("about")) {
                return new Quantity(i, j + 1, min, null, "at least", false);
            }
            return null;
        }
        if ((c.equals("a") || c.equals("an")) && j + 1 < n && low[j + 1].equals("dozen")) {
            v = 12;
            end = j + 2;
        } else if (c.equals("a") && j + 2 < n && (low[j + 1].equals("couple") || low[j + 1].equals("pair"))
                && low[j + 2].equals("of")) {
            v = 2; // "a couple of", "a pair of"
            end = j + 3;
        } else if (c.equals("both")) {
            // "both passengers", "both were killed": exactly two; not "both soldiers and civilians", where
            // "both" coordinates groups of no stated size, nor after a qualifier
            if (j != i || !bothCounts(low, j)) {
                return null;
            }
            v = 2;
            end = j + 1;
        } else if (c.equals("a") || c.equals("an")) {
            if (j != i) {
                return null;
            }
            return new Quantity(i, j + 1, 1, 1, "exact", true);
        } else {
            v = value(c);
            if (v < 0) {
                return null;
            }
            end = j + 1;
            if (end < n && low[end].equals("dozen")) {
                v *= 12;
                end++;
            } else if (end < n && low[end].equals("hundred")) {
                v *= 100;
                end++;
            } else if (end < n && low[end].equals("thousand")) {
                v *= 1000;
                end++;
            }
        }
        if (q.equals("between") || (q.equals("exact") && end + 1 < n && (low[end].equals("to")
                || low[end].equals("and") && q.equals("between")))) {
            if (end + 1 < n && (low[end].equals("and") || low[end].equals("to"))) {
                int v2 = value(low[end + 1]);
                if (v2 > v) {
                    return new Quantity(i, end + 2, v, v2, "between", false);
                }
            }
            if (q.equals("between")) {
                return null;
            }
        }
        return switch (q) {
            case "at least" -> new Quantity(i, end, v, null, q, article);
            case "more than" -> new Quantity(i, end, v + 1, null, q, article);
            case "up to" -> new Quantity(i, end, null, v, q, article);
            case "fewer than" -> new Quantity(i, end, null, v - 1, "up to", article);
            default -> new Quantity(i, end, v, v, q, article);
        };
    }
}
