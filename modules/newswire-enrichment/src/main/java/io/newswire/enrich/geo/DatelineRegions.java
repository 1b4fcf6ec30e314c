package io.newswire.enrich.geo;

import io.newswire.enrich.text.Folding;
import java.util.HashMap;
import java.util.List;
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

    /**
     * The Mexican states' abbreviations of Mexican copy ("MORELIA, Mich.-", "ACAPULCO, Gro.", "TIJUANA, B.C."),
     * the official ones: for a dateline's region, and after a town of that state. Several are also a US state's or
     * a Canadian province's ("Mich.", "B.C.") or words ("Son.", "Col."), so they are never read alone.
     */
    private static final Map<String, Region> TOWN_BOUND = mexicanStates();

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

    private static Map<String, List<Region>> postalCodes() {
        Map<String, List<Region>> m = new HashMap<>();
        String[] us = {
            "AL Alabama", "AK Alaska", "AZ Arizona", "AR Arkansas", "CA California", "CO Colorado",
            "CT Connecticut", "DE Delaware", "DC Washington, D.C.", "FL Florida", "GA Georgia", "HI Hawaii",
            "ID Idaho", "IL Illinois", "IN Indiana", "IA Iowa", "KS Kansas", "KY Kentucky", "LA Louisiana",
            "ME Maine", "MD Maryland", "MA Massachusetts", "MI Michigan", "MN Minnesota", "MS Mississippi",
            "MO Missouri", "MT Montana", "NE Nebraska", "NV Nevada", "NH New Hampshire", "NJ New Jersey",
            "NM New Mexico", "NY New York", "NC North Carolina", "ND North Dakota", "OH Ohio", "OK Oklahoma",
            "OR Oregon", "PA Pennsylvania", "RI Rhode Island", "SC South Carolina", "SD South Dakota",
            "TN Tennessee", "TX Texas", "UT Utah", "VT Vermont", "VA Virginia", "WA Washington",
            "WV West Virginia", "WI Wisconsin", "WY Wyoming",
        };
        String[] ca = {
            "AB Alberta", "BC British Columbia", "MB Manitoba", "NB New Brunswick", "NL Newfoundland and Labrador",
            "NS Nova Scotia", "NT Northwest Territories", "NU Nunavut", "ON Ontario", "PE Prince Edward Island",
            "PEI Prince Edward Island", "QC Quebec", "SK Saskatchewan", "YT Yukon",
        };
        String[] au = {
            "NSW New South Wales", "QLD Queensland", "SA South Australia", "WA Western Australia",
            "NT Northern Territory", "ACT Australian Capital Territory", "TAS Tasmania", "VIC Victoria",
        };
        String[] pk = {"KP Khyber Pakhtunkhwa", "KPK Khyber Pakhtunkhwa", "AJK Azad Kashmir", "GB Gilgit-Baltistan"};
        String[] in = {"UP Uttar Pradesh", "MP Madhya Pradesh", "HP Himachal Pradesh", "AP Andhra Pradesh"};
        String[] za = {"KZN KwaZulu-Natal"};
        putCodes(m, "US", us);
        putCodes(m, "CA", ca);
        putCodes(m, "AU", au);
        // Australian papers write three of them without dots, in small letters
        putCodes(m, "AU", new String[] {"Qld Queensland", "Vic Victoria", "Tas Tasmania"});
        putCodes(m, "PK", pk);
        putCodes(m, "IN", in);
        putCodes(m, "ZA", za);
        return copy(m);
    }

    private static Map<String, List<Region>> standaloneCodes() {
        Map<String, List<Region>> m = new HashMap<>();
        for (String code : List.of("BC", "NB", "NS", "PEI", "NSW", "QLD", "SA", "WA", "KP", "KPK", "AJK", "KZN",
                "UP", "SC", "SD", "NC", "NH", "NJ", "NY", "DC")) {
            m.put(code, new java.util.ArrayList<>(POSTAL.get(code)));
        }
        // "SA" is South Africa as often as South Australia; the article's countries decide
        m.get("SA").add(new Region("ZA", "South Africa"));
        return copy(m);
    }

    private static void putCodes(Map<String, List<Region>> m, String country, String[] rows) {
        for (String row : rows) {
            int sp = row.indexOf(' ');
            m.computeIfAbsent(row.substring(0, sp), k -> new java.util.ArrayList<>())
                    .add(new Region(country, row.substring(sp + 1)));
        }
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

    private static Map<String, Region> mexicanStates() {
        Map<String, Region> m = new HashMap<>();
        put(m, "MX", new String[][] {
            {"Ags", "Aguascalientes"}, {"BC", "Baja California"}, {"BCS", "Baja California Sur"}, {"Camp", "Campeche"},
            {"Chis", "Chiapas"}, {"Chih", "Chihuahua"}, {"Coah", "Coahuila"}, {"Col", "Colima"}, {"CDMX", "Mexico City"},
            {"Dgo", "Durango"}, {"Gto", "Guanajuato"}, {"Gro", "Guerrero"}, {"Hgo", "Hidalgo"}, {"Jal", "Jalisco"},
            {"Méx", "México"}, {"Edomex", "México"}, {"Mich", "Michoacán"}, {"Mor", "Morelos"}, {"Nay", "Nayarit"},
            {"NL", "Nuevo León"}, {"Oax", "Oaxaca"}, {"Pue", "Puebla"}, {"Qro", "Querétaro"}, {"QRoo", "Quintana Roo"},
            {"SLP", "San Luis Potosí"}, {"Sin", "Sinaloa"}, {"Son", "Sonora"}, {"Tab", "Tabasco"},
            {"Tamps", "Tamaulipas"}, {"Tlax", "Tlaxcala"}, {"Ver", "Veracruz"}, {"Yuc", "Yucatán"}, {"Zac", "Zacatecas"},
        });
        return Map.copyOf(m);
    }

    private static void put(Map<String, Region> m, String country, String[][] rows) {
        for (String[] row : rows) {
            m.put(normalize(row[0]), new Region(country, row[1]));
        }
    }
}
