package io.newswire.enrich.geo;

import io.newswire.enrich.gazetteer.Gazetteer;
import io.newswire.model.Mention;
import io.newswire.model.Place;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The output side of place resolution: the {@link Place} records of the chosen entries (one per entry,
 * with every mention), and of the LOCATION spans the gazetteer does not know, placed at the article's
 * anchor. Stateless apart from the shared gazetteer; thread-safe.
 */
final class PlaceRecords {

    private final Gazetteer gaz;

    PlaceRecords(Gazetteer gaz) {
        this.gaz = gaz;
    }

    List<Place> places(List<Chosen> chosen, String text) {
        Map<Integer, List<Mention>> byEntry = new LinkedHashMap<>();
        for (Chosen c : chosen) {
            if (Gazetteer.kind(c.entry()) == Gazetteer.DEMONYM) {
                continue;
            }
            byEntry.computeIfAbsent(c.entry(), k -> new ArrayList<>())
                    .add(new Mention(c.spot().start(), c.spot().end(), text.substring(c.spot().start(), c.spot().end())));
        }
        List<Place> out = new ArrayList<>(byEntry.size());
        for (Map.Entry<Integer, List<Mention>> me : byEntry.entrySet()) {
            out.add(place(me.getKey(), me.getValue()));
        }
        return out;
    }

    /**
     * LOCATION spans the gazetteer does not know (streets, buildings, villages under 1,000 people):
     * no GeoNames id, and the position of the article's anchor (the dateline place, else its
     * most-mentioned town or division), since an unknown local name is most often in or near the place
     * the story is about.
     */
    List<Place> unknownPlaces(List<Mention> unknown, List<Chosen> chosen, int datelineEntry) {
        int anchor = datelineEntry >= 0 && (Gazetteer.kind(datelineEntry) == Gazetteer.PLACE
                || Gazetteer.kind(datelineEntry) == Gazetteer.ADMIN1) ? datelineEntry : -1;
        if (anchor < 0) {
            Map<Integer, Integer> counts = new LinkedHashMap<>();
            for (Chosen c : chosen) {
                int k = Gazetteer.kind(c.entry());
                if (k == Gazetteer.PLACE || k == Gazetteer.ADMIN1) {
                    // a town says more about where the story is than a whole province
                    counts.merge(c.entry(), k == Gazetteer.PLACE ? 2 : 1, Integer::sum);
                }
            }
            int most = 0;
            for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
                if (e.getValue() > most) {
                    most = e.getValue();
                    anchor = e.getKey();
                }
            }
        }
        Map<String, List<Mention>> byName = new LinkedHashMap<>();
        for (Mention m : unknown) {
            byName.computeIfAbsent(m.text(), k -> new ArrayList<>()).add(m);
        }
        List<Place> out = new ArrayList<>();
        Place at = anchor < 0 ? null : place(anchor, List.of());
        for (Map.Entry<String, List<Mention>> e : byName.entrySet()) {
            out.add(at == null ? new Place(e.getKey(), null, null, null, null, null, null, e.getValue())
                    : new Place(e.getKey(), null, null, at.countryCode(), at.admin1(), at.lat(), at.lon(), e.getValue()));
        }
        return out;
    }

    /** The Place record of an entry. */
    Place place(int e, List<Mention> mentions) {
        int i = Gazetteer.index(e);
        return switch (Gazetteer.kind(e)) {
            case Gazetteer.PLACE -> {
                int c = gaz.placeCountry[i];
                int a = gaz.placeAdmin1[i];
                yield new Place(gaz.placeName[i], (long) gaz.placeGeonameId[i], gaz.placeFeature[i],
                        c < 0 ? null : gaz.countryCode[c], a < 0 ? null : gaz.admin1Name[a],
                        (double) gaz.placeLat[i], (double) gaz.placeLon[i], mentions);
            }
            case Gazetteer.ADMIN1 -> {
                int c = gaz.admin1Country[i];
                boolean known = !Float.isNaN(gaz.admin1Lat[i]);
                yield new Place(gaz.admin1Name[i], nullIfZero(gaz.admin1GeonameId[i]), "ADM1",
                        c < 0 ? null : gaz.countryCode[c], gaz.admin1Name[i],
                        known ? (double) gaz.admin1Lat[i] : c < 0 ? null : (double) gaz.countryLat[c],
                        known ? (double) gaz.admin1Lon[i] : c < 0 ? null : (double) gaz.countryLon[c], mentions);
            }
            case Gazetteer.CONTINENT -> new Place(gaz.continentName[i], nullIfZero(gaz.continentGeonameId[i]), "CONT",
                    null, null, (double) gaz.continentLat[i], (double) gaz.continentLon[i], mentions);
            default -> new Place(gaz.countryName[i], nullIfZero(gaz.countryGeonameId[i]), "PCLI", gaz.countryCode[i],
                    null, (double) gaz.countryLat[i], (double) gaz.countryLon[i], mentions);
        };
    }

    private static Long nullIfZero(int id) {
        return id == 0 ? null : (long) id;
    }
}
