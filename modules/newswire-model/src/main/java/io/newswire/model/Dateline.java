package io.newswire.model;

import java.time.LocalDate;

/**
 * A wire dateline cut from the start of an article ("TEHRAN, May 13 (Reuters) -").
 *
 * @param location        the location as written ("TEHRAN"), may be {@code null}
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
 */
public record Dateline(String location, String locationDisplay, String region, String date,
        LocalDate resolvedDate, String agency) {

    /** A dateline without a region. */
    public Dateline(String location, String locationDisplay, String date, LocalDate resolvedDate, String agency) {
        this(location, locationDisplay, null, date, resolvedDate, agency);
    }
}
