package io.newswire.enrich.geo;

import io.newswire.enrich.text.Folding;
import java.util.HashMap;
import java.util.Map;

/**
 * The abbreviations wire datelines use for a city's state or province ("SAN JOSE, Calif.",
 * "LONDON, Ont.", "SYDNEY, N.S.W."): AP style for the US, the Canadian Press forms, the common
 * Australian ones. GeoNames lists none of them as alternate names, so they are written down here;
 * a region written in full ("Maine", "Balochistan", "New Zealand") is looked up in the gazetteer.
 */
final class DatelineRegions {

    /** An abbreviation's country (ISO 3166-1 alpha-2) and its division's GeoNames name. */
    record Region(String countryCode, String name) {
    }

    private static final Map<String, Region> ABBREVIATIONS = build();

    private DatelineRegions() {
    }

    /** The region an abbreviation stands for ("Calif." / "calif" / "N. J."), or {@code null}. */
    static Region abbreviation(String written) {
        return ABBREVIATIONS.get(normalize(written));
    }

    /** Folded as gazetteer names are, without the spaces: "N. J." and "N.J." are both "nj". */
    private static String normalize(String written) {
        return Folding.folded(written).replace(" ", "");
    }

    private static Map<String, Region> build() {
        Map<String, Region> m = new HashMap<>();
        String[][] us = {
            {"Ala", "Alabama"}, {"Ariz", "Arizona"}, {"Ark", "Arkansas"}, {"Calif", "California"},
            {"Cal", "California"}, {"Colo", "Colorado"}, {"Conn", "Connecticut"}, {"Del", "Delaware"},
            {"DC", "District of Columbia"}, {"Fla", "Florida"}, {"Ga", "Georgia"}, {"Ill", "Illinois"},
            {"Ind", "Indiana"}, {"Kan", "Kansas"}, {"Kans", "Kansas"}, {"Ky", "Kentucky"}, {"La", "Louisiana"},
            {"Md", "Maryland"}, {"Mass", "Massachusetts"}, {"Mich", "Michigan"}, {"Minn", "Minnesota"},
            {"Miss", "Mississippi"}, {"Mo", "Missouri"}, {"Mont", "Montana"}, {"Neb", "Nebraska"},
            {"Nebr", "Nebraska"}, {"Nev", "Nevada"}, {"NH", "New Hampshire"}, {"NJ", "New Jersey"},
            {"NM", "New Mexico"}, {"NY", "New York"}, {"NC", "North Carolina"}, {"ND", "North Dakota"},
            {"Okla", "Oklahoma"}, {"Ore", "Oregon"}, {"Oreg", "Oregon"}, {"Pa", "Pennsylvania"},
            {"Penn", "Pennsylvania"}, {"Penna", "Pennsylvania"}, {"RI", "Rhode Island"}, {"SC", "South Carolina"},
            {"SD", "South Dakota"}, {"Tenn", "Tennessee"}, {"Tex", "Texas"}, {"Vt", "Vermont"}, {"Va", "Virginia"},
            {"Wash", "Washington"}, {"WVa", "West Virginia"}, {"Wis", "Wisconsin"}, {"Wisc", "Wisconsin"},
            {"Wyo", "Wyoming"},
        };
        String[][] ca = {
            {"Alta", "Alberta"}, {"BC", "British Columbia"}, {"Man", "Manitoba"}, {"NB", "New Brunswick"},
            {"Nfld", "Newfoundland and Labrador"}, {"NS", "Nova Scotia"}, {"Ont", "Ontario"},
            {"PEI", "Prince Edward Island"}, {"Que", "Quebec"}, {"Sask", "Saskatchewan"},
        };
        String[][] au = {
            {"NSW", "New South Wales"}, {"Qld", "Queensland"}, {"Vic", "Victoria"}, {"Tas", "Tasmania"},
        };
        put(m, "US", us);
        put(m, "CA", ca);
        put(m, "AU", au);
        return Map.copyOf(m);
    }

    private static void put(Map<String, Region> m, String country, String[][] rows) {
        for (String[] row : rows) {
            m.put(normalize(row[0]), new Region(country, row[1]));
        }
    }
}
