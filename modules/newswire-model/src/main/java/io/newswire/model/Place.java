package io.newswire.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A place mentioned in an article, resolved to a GeoNames entry when possible.
 *
 * @param name        the GeoNames name of the place (the name as written when unresolved)
 * @param geonameId   GeoNames id, {@code null} when unresolved
 * @param featureCode GeoNames feature code (PPLC, ADM1, ADM2, PCLI, ...), may be {@code null}
 * @param countryCode ISO 3166-1 alpha-2 code, may be {@code null}
 * @param admin1      first-level administrative division name, may be {@code null}
 * @param lat         latitude, {@code null} when the place has no point of its own at {@code precision}
 * @param lon         longitude, {@code null} when {@code lat} is
 * @param mentions    every mention, offsets into {@link Article#text()}; for a dateline place only the
 *                    body's (the dateline is cut from the text), empty unless the body names it too
 * @param precision   what {@code lat}/{@code lon} are the point of: {@link #EXACT} the place's own GeoNames
 *                    point (a town, or a country's or division's own entry), {@link #ADMIN2} / {@link #ADMIN1}
 *                    / {@link #COUNTRY} the second-level division, first-level division or country the
 *                    place lies in (a place the gazetteer does not know, placed no closer than that);
 *                    {@code null} when there are no coordinates or the record predates the field. Added
 *                    in contract 1 without a version change.
 * @param kind        how the article names it: {@link #LITERAL} by name ("Peshawar"), {@link #DEMONYM} by
 *                    an adjective or inhabitant noun ("Pakistani"), {@link #DATELINE} in the dateline;
 *                    {@code null} in records that predate the field. A place named by name and by demonym
 *                    appears once per kind; the dateline's place also named in the body appears once, of
 *                    kind {@link #DATELINE}, with the body's mentions. Added in contract 1 without a version
 *                    change.
 */
public record Place(
        String name,
        Long geonameId,
        String featureCode,
        String countryCode,
        String admin1,
        Double lat,
        Double lon,
        List<Mention> mentions,
        String precision,
        String kind) {

    public static final String EXACT = "exact";
    public static final String ADMIN2 = "admin2";
    public static final String ADMIN1 = "admin1";
    public static final String COUNTRY = "country";

    public static final String LITERAL = "literal";
    public static final String DEMONYM = "demonym";
    public static final String DATELINE = "dateline";

    public Place {
        requireNonNull(name, "name");
        mentions = List.copyOf(mentions == null ? List.of() : mentions);
    }

    /** A literal mention's place with its own coordinates (precision exact when it has some). */
    public Place(String name, Long geonameId, String featureCode, String countryCode, String admin1, Double lat,
            Double lon, List<Mention> mentions) {
        this(name, geonameId, featureCode, countryCode, admin1, lat, lon, mentions, lat == null ? null : EXACT,
                LITERAL);
    }
}
