package io.newswire.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A place mentioned in an article, resolved to a GeoNames entry when possible.
 *
 * @param name        the GeoNames name of the place
 * @param geonameId   GeoNames id, {@code null} when unresolved
 * @param featureCode GeoNames feature code (PPLC, ADM1, PCLI, ...), may be {@code null}
 * @param countryCode ISO 3166-1 alpha-2 code, may be {@code null}
 * @param admin1      first-level administrative division name, may be {@code null}
 * @param lat         latitude, may be {@code null}
 * @param lon         longitude, may be {@code null}
 * @param mentions    every mention, offsets into {@link Article#text()}
 */
public record Place(
        String name,
        Long geonameId,
        String featureCode,
        String countryCode,
        String admin1,
        Double lat,
        Double lon,
        List<Mention> mentions) {

    public Place {
        requireNonNull(name, "name");
        mentions = List.copyOf(mentions == null ? List.of() : mentions);
    }
}
