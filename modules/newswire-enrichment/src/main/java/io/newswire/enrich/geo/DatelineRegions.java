package io.newswire.enrich.geo;

import io.newswire.enrich.text.Folding;
import io.newswire.enrich.text.WordList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The abbreviations wire datelines use for a city's state or province ("SAN JOSE, Calif.",
 * "LONDON, Ont.", "SYDNEY, N.S.W."): AP style for the US, the Canadian Press forms, the common
 * Australian ones ({@code dateline-regions.tsv}). GeoNames lists none of them as alternate names, so
 * they are written down there; a region written in full ("Maine", "Balochistan", "New Zealand") is looked up in the gazetteer.
 */
final class DatelineRegions {

    /** An abbreviation's country (ISO 3166-1 alpha-2) and its division's GeoNames name. */
    record Region(String countryCode, String name) {
    }

    /** The rows of {@code dateline-regions.tsv}: table, country, abbreviation, name. */
    private static final List<String[]> ROWS = rows();

    private static final Map<String, Region> ABBREVIATIONS = byFoldedCode("abbreviation");

    /**
     * The Mexican states' abbreviations of Mexican copy ("MORELIA, Mich.-", "ACAPULCO, Gro.", "TIJUANA, B.C."),
     * the official ones: for a dateline's region, and after a town of that state. Several are also a US state's or
     * a Canadian province's ("Mich.", "B.C.") or words ("Son.", "Col."), so they are never read alone.
     */
    private static final Map<String, Region> TOWN_BOUND = byFoldedCode("town-bound");

    private DatelineRegions() {
    }

    /** The region an abbreviation stands for ("Calif." / "calif" / "N. J."), or {@code null}. */
    static Region abbreviation(String written) {
        return ABBREVIATIONS.get(normalize(written));
    }

    /**
     * Every region an abbreviation may stand for, the one of {@link #abbreviation} first, then a Mexican state's
     * ("Mich." is Michigan or Michoacán, "Gro." Guerrero): the town written with it, or the text's country,
     * decides. Empty when none.
     */
    static List<Region> abbreviations(String written) {
        String key = normalize(written);
        Region first = ABBREVIATIONS.get(key);
        Region mexican = TOWN_BOUND.get(key);
        return first == null ? mexican == null ? List.of() : List.of(mexican)
                : mexican == null ? List.of(first) : List.of(first, mexican);
    }

    /**
     * The regions a postal code written without dots after a town may stand for ("Columbia, SC",
     * "Halifax, NS", "Darwin, NT": US, Canadian and Australian codes, and the common ones of Pakistani,
     * Indian and South African papers), or {@code null}. Exact capitals only: "Or" and "In" are words.
     */
    static List<Region> postal(String written) {
        return POSTAL.get(written);
    }

    /**
     * The regions or countries an abbreviation written alone in running text may stand for ("in BC",
     * "SA's farmers": South Australia or South Africa), or {@code null}. A short list: most postal codes
     * alone are words or other acronyms (IN, OR, ME, NL, NT), so only those news writes alone are here.
     */
    static List<Region> standalone(String written) {
        return STANDALONE.get(written);
    }

    /** The codes of {@link #postal}. */
    static java.util.Set<String> postalCodeSet() {
        return POSTAL.keySet();
    }

    /** The codes of {@link #standalone}. */
    static java.util.Set<String> standaloneCodeSet() {
        return STANDALONE.keySet();
    }

    private static final Map<String, List<Region>> POSTAL = postalCodes();

    private static final Map<String, List<Region>> STANDALONE = standaloneCodes();

    private static List<String[]> rows() {
        List<String[]> out = new java.util.ArrayList<>();
        for (String line : WordList.lines(DatelineRegions.class, "dateline-regions.tsv")) {
            String[] f = line.split("\t", -1);
            if (f.length < 3 || f.length > 4) {
                throw new IllegalStateException("dateline-regions.tsv: not table, country, code, name: " + line);
            }
            out.add(new String[] {f[0], f[1], f[2], f.length == 4 ? f[3] : ""});
        }
        return List.copyOf(out);
    }

    /** One table's rows by their folded abbreviation ("N. J." and "N.J." are both "nj"). */
    private static Map<String, Region> byFoldedCode(String table) {
        Map<String, Region> m = new HashMap<>();
        for (String[] r : ROWS) {
            if (r[0].equals(table)) {
                m.put(normalize(r[2]), new Region(r[1], r[3]));
            }
        }
        return Map.copyOf(m);
    }

    private static Map<String, List<Region>> postalCodes() {
        Map<String, List<Region>> m = new HashMap<>();
        for (String[] r : ROWS) {
            if (r[0].equals("postal")) {
                m.computeIfAbsent(r[2], k -> new java.util.ArrayList<>()).add(new Region(r[1], r[3]));
            }
        }
        return copy(m);
    }

    private static Map<String, List<Region>> standaloneCodes() {
        Map<String, List<Region>> m = new java.util.LinkedHashMap<>();
        for (String[] r : ROWS) {
            if (!r[0].equals("standalone")) {
                continue;
            }
            List<Region> regions = m.computeIfAbsent(r[2], k -> new java.util.ArrayList<>());
            if (r[1].isEmpty()) {
                List<Region> postal = POSTAL.get(r[2]);
                if (postal == null) {
                    throw new IllegalStateException("dateline-regions.tsv: standalone " + r[2] + " is no postal code");
                }
                regions.addAll(postal);
            } else {
                regions.add(new Region(r[1], r[3]));
            }
        }
        return copy(m);
    }

    private static Map<String, List<Region>> copy(Map<String, List<Region>> m) {
        Map<String, List<Region>> out = new HashMap<>();
        m.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return Map.copyOf(out);
    }

    /** Folded as gazetteer names are, without the spaces: "N. J." and "N.J." are both "nj". */
    private static String normalize(String written) {
        return Folding.folded(written).replace(" ", "");
    }
}
