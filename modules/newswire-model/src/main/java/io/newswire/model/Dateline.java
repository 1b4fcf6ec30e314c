package io.newswire.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A wire dateline cut from the start of an article ("TEHRAN, May 13 (Reuters) -").
 *
 * @param location        the location as written ("TEHRAN"), may be {@code null}; of a dateline naming
 *                        several places ("GAZA CITY/JERUSALEM, Jan 3 (Reuters) -"), the first
 * @param locationDisplay a display form of the location ("Tehran"), may be {@code null}
 * @param region          the region written after the location ("Calif." in "SAN JOSE, Calif.,
 *                        March 3 -"; "Ont."; "New Zealand"; "Senegal" in "DAKAR, Senegal —"; "Borno,
 *                        Nigeria" in "MAIDUGURI (Borno, Nigeria), Jan 9"; qualifiers joined by ", "),
 *                        as written, or {@code null}. Added in contract 1 without a version change:
 *                        readers of older output see it absent.
 * @param date            the date as written ("May 13"), may be {@code null}
 * @param resolvedDate    the date as an ISO date, year inferred from the publication or ingest
 *                        time, {@code null} when there is no date
 * @param agency          the agency named in the dateline ("Reuters"), may be {@code null}
 * @param otherLocations  the dateline's places after the first, as written, in order ("JERUSALEM" in
 *                        "GAZA CITY/JERUSALEM, Jan 3 (Reuters) -"; "LONDON", "PARIS" in
 *                        "BRUSSELS/LONDON/PARIS"; "MOSCOW" in "KYIV and MOSCOW"): a story filed from several
 *                        bureaus; empty, never {@code null}, when the dateline names one place. Added in
 *                        contract 1 without a version change: readers of older output see it absent.
 */
public record Dateline(String location, String locationDisplay, String region, String date,
        LocalDate resolvedDate, String agency, List<String> otherLocations) {

    public Dateline {
        otherLocations = otherLocations == null ? List.of() : List.copyOf(otherLocations);
    }

    /** A dateline naming one place. */
    public Dateline(String location, String locationDisplay, String region, String date, LocalDate resolvedDate,
            String agency) {
        this(location, locationDisplay, region, date, resolvedDate, agency, List.of());
    }

    /** A dateline without a region, naming one place. */
    public Dateline(String location, String locationDisplay, String date, LocalDate resolvedDate, String agency) {
        this(location, locationDisplay, null, date, resolvedDate, agency, List.of());
    }

    /** The same dateline with {@code agency} as its agency (its other places kept). */
    public Dateline withAgency(String agency) {
        return new Dateline(location, locationDisplay, region, date, resolvedDate, agency, otherLocations);
    }
}
