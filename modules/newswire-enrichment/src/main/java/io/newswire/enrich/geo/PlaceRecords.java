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

    /** The adjectives of regions and divisions ("Texan", "Bavarian"): read for the kind of a division's record. */
    private final RegionWords regionWords;

    PlaceRecords(Gazetteer gaz, RegionWords regionWords) {
        this.gaz = java.util.Objects.requireNonNull(gaz, "gaz");
        this.regionWords = java.util.Objects.requireNonNull(regionWords, "regionWords");
    }

    /**
     * One record per chosen entry and kind: named ("Pakistan") and by demonym ("Pakistani") are two
     * records of the same entry, so that consumers can tell them apart ({@link Place#kind}). The entry
     * {@code datelineEntry} (or -1) is the dateline's place, also named in the text: its one record is of
     * kind dateline and keeps the text's mentions. Dateline rather than literal, since the kind says
     * where the story was filed, which nothing else in the record would, while the mentions already say
     * that the text names it too.
     */
    List<Place> places(List<Chosen> chosen, String text, int datelineEntry) {
        Map<Integer, List<Mention>> byEntry = new LinkedHashMap<>();
        Map<Integer, List<Mention>> byDemonym = new LinkedHashMap<>();
        // "Texan", "Bavarian" (also in "Texan-born"): a division named by its adjective, a record of kind demonym as a
        // country's is, apart from the division's own name ("Texas")
        Map<Integer, List<Mention>> byAdjective = new LinkedHashMap<>();
        for (Chosen c : chosen) {
            int kind = Gazetteer.kind(c.entry());
            int start = c.spot().start();
            int end = c.spot().end();
            Mention mention = new Mention(start, end, text.substring(start, end));
            if (kind == Gazetteer.DEMONYM) {
                byDemonym.computeIfAbsent(Gazetteer.index(c.entry()), k -> new ArrayList<>()).add(mention);
            } else if (kind == Gazetteer.ADMIN1 && regionWords.entries(text, start, end) != null) {
                byAdjective.computeIfAbsent(c.entry(), k -> new ArrayList<>()).add(mention);
            } else {
                byEntry.computeIfAbsent(c.entry(), k -> new ArrayList<>()).add(mention);
            }
        }
        List<Place> out = new ArrayList<>(byEntry.size() + byDemonym.size());
        for (Map.Entry<Integer, List<Mention>> me : byEntry.entrySet()) {
            Place p = place(me.getKey(), me.getValue());
            out.add(me.getKey() == datelineEntry ? withKind(p, Place.DATELINE) : p);
        }
        for (Map.Entry<Integer, List<Mention>> me : byDemonym.entrySet()) {
            out.add(withKind(place(Gazetteer.entry(Gazetteer.COUNTRY, me.getKey()), me.getValue()), Place.DEMONYM));
        }
        for (Map.Entry<Integer, List<Mention>> me : byAdjective.entrySet()) {
            out.add(withKind(place(me.getKey(), me.getValue()), Place.DEMONYM));
        }
        return out;
    }

    /**
     * The dateline's place (no mentions: the dateline is cut from the text): its entry when resolved;
     * else the name as written, at its region's or country's point with that precision, or with no
     * coordinates when neither is known.
     */
    Place datelinePlace(String written, int datelineEntry, int[] region, int datelineCountry) {
        if (datelineEntry >= 0) {
            return withKind(place(datelineEntry, List.of()), Place.DATELINE);
        }
        int admin1 = -1;
        if (region != null) {
            for (int e : region) {
                if (Gazetteer.kind(e) == Gazetteer.ADMIN1 && gaz.countryOf(e) == datelineCountry) {
                    admin1 = Gazetteer.index(e);
                    break;
                }
            }
        }
        String cc = datelineCountry < 0 ? null : gaz.countryCode(datelineCountry);
        for (int x = 0; admin1 < 0 && region != null && x < region.length; x++) {
            int i = Gazetteer.index(region[x]);
            if (Gazetteer.kind(region[x]) == Gazetteer.ADMIN2 && gaz.countryOf(region[x]) == datelineCountry
                    && !Float.isNaN(gaz.admin2Lat(i))) {
                // "CARMEN, Cotabato": a town the gazetteer lacks, in a province it holds at the second level
                int a = gaz.admin2Admin1(i);
                return new Place(written, null, null, cc, a < 0 ? null : gaz.admin1Name(a), (double) gaz.admin2Lat(i),
                        (double) gaz.admin2Lon(i), List.of(), Place.ADMIN2, Place.DATELINE);
            }
        }
        if (admin1 >= 0 && !Float.isNaN(gaz.admin1Lat(admin1))) {
            return new Place(written, null, null, cc, gaz.admin1Name(admin1), (double) gaz.admin1Lat(admin1),
                    (double) gaz.admin1Lon(admin1), List.of(), Place.ADMIN1, Place.DATELINE);
        }
        if (datelineCountry >= 0) {
            return new Place(written, null, null, cc, null, (double) gaz.countryLat(datelineCountry),
                    (double) gaz.countryLon(datelineCountry), List.of(), Place.COUNTRY, Place.DATELINE);
        }
        return new Place(written, null, null, null, null, null, null, List.of(), null, Place.DATELINE);
    }

    /**
     * {@code places} with the dateline's other places ("JERUSALEM" in "GAZA CITY/JERUSALEM, Jan 3 (Reuters) -"),
     * written as {@code written} and resolved to {@code entries} (-1: not in the gazetteer), as records of kind
     * dateline, as the first place is: a place the body also names keeps its one record, now of kind dateline,
     * with the body's mentions; another is added without mentions ({@link #datelinePlace}). A place that is the
     * first place's entry again, or one already added, is not repeated.
     */
    List<Place> otherDatelinePlaces(List<Place> places, List<String> written, int[] entries, int datelineEntry) {
        List<Place> out = new ArrayList<>(places);
        for (int k = 0; k < entries.length; k++) {
            int e = entries[k];
            if (e >= 0 && e == datelineEntry) {
                continue;
            }
            Place own = e >= 0 ? place(e, List.of()) : null;
            boolean seen = false;
            for (int j = 0; j < out.size() && !seen; j++) {
                Place p = out.get(j);
                if (own != null ? p.geonameId() != null && p.geonameId().equals(own.geonameId())
                        && p.name().equals(own.name()) && !Place.DEMONYM.equals(p.kind())
                        : p.geonameId() == null && p.name().equalsIgnoreCase(written.get(k))) {
                    seen = true;
                    if (!Place.DATELINE.equals(p.kind())) {
                        out.set(j, withKind(p, Place.DATELINE));
                    }
                }
            }
            if (!seen) {
                out.add(datelinePlace(written.get(k), e, null, e >= 0 ? gaz.countryOf(e) : -1));
            }
        }
        return out;
    }

    private static Place withKind(Place p, String kind) {
        return new Place(p.name(), p.geonameId(), p.featureCode(), p.countryCode(), p.admin1(), p.lat(), p.lon(),
                p.mentions(), p.precision(), kind);
    }

    /**
     * LOCATION spans the gazetteer does not know (streets, buildings, villages under 1,000 people):
     * no GeoNames id and no point of their own. An unknown local name is most often in the division the
     * story is about, so it carries the point of the second-level division of the article's anchor (the
     * dateline place, else its most-mentioned town or division) with precision {@code admin2} when the
     * gazetteer knows the town's county or district, else its first-level division's with precision
     * {@code admin1}, or the anchor country's point with precision {@code country}; never a town's
     * point, which would claim a precision it does not have. A name with a place of its own inside it ("Bank
     * of Japan", "Air Canada Cargo", "University of ... Calamba") is anchored on that place instead.
     */
    List<Place> unknownPlaces(List<Mention> unknown, List<Chosen> chosen, int datelineEntry, String text,
            int focusCountry) {
        int anchor = datelineEntry >= 0 && (Gazetteer.kind(datelineEntry) == Gazetteer.PLACE
                || Gazetteer.kind(datelineEntry) == Gazetteer.ADMIN1) ? datelineEntry : -1;
        int textAnchor = textAnchor(chosen, focusCountry);
        if (anchor < 0) {
            anchor = textAnchor;
        } else if (textAnchor >= 0 && gaz.admin1Of(textAnchor) >= 0 && gaz.admin1Of(textAnchor) != gaz.admin1Of(anchor)
                && !namesAdmin1(chosen, gaz.admin1Of(anchor), anchor)) {
            // a Beijing dateline over a story whose towns are all in Xinjiang: the story's own region holds its
            // unknown villages, not the capital it was filed from. The capital named again in the body is no other
            // place of its region ("a bus from Mandera to Nairobi" in a NAIROBI story about Garissa's villages)
            anchor = textAnchor;
        }
        // one record per name; a name may come twice, from a LOCATION span and from a building's organisation span
        Map<Integer, List<Mention>> byName = new LinkedHashMap<>();
        Map<String, Integer> nameIndex = new java.util.HashMap<>();
        java.util.Set<Long> seenSpans = new java.util.HashSet<>();
        for (Mention m : unknown) {
            if (seenSpans.add((long) m.start() << 32 | m.end())) {
                byName.computeIfAbsent(nameIndex.computeIfAbsent(m.text(), k -> nameIndex.size()),
                        k -> new ArrayList<>()).add(m);
            }
        }
        List<Place> out = new ArrayList<>();
        for (Map.Entry<Integer, List<Mention>> e : byName.entrySet()) {
            List<Mention> mentions = e.getValue();
            int where = -1;
            for (int i = 0; i < mentions.size() && where < 0; i++) {
                where = writtenContainer(text, mentions.get(i), chosen);
            }
            if (where < 0) {
                where = innerPlace(mentions.get(0), chosen);
            }
            int level = where < 0 && anchor >= 0 && anchor == datelineEntry ? ownArea(text, mentions) : 0;
            if (level > 0) {
                // "Tashgurvek county", "Tagbaran province" in a story filed from elsewhere: an area of its own is not
                // inside the dateline town's county; a county-sized one may be in its province when the text names
                // that province's places, a wider one never is
                int a1 = gaz.admin1Of(anchor);
                int country = gaz.countryOf(anchor);
                int at = level == 1 && a1 >= 0 && namesAdmin1(chosen, a1) ? Gazetteer.entry(Gazetteer.ADMIN1, a1)
                        : country < 0 ? -1 : Gazetteer.entry(Gazetteer.COUNTRY, country);
                out.add(anchored(mentions.get(0).text(), mentions, at));
                continue;
            }
            out.add(anchored(mentions.get(0).text(), mentions, where >= 0 ? where : anchor));
        }
        return out;
    }

    /**
     * The story's own anchor read from the text: its most-mentioned town or division (a town weighs twice), in
     * the focus country when it names a town there, weighed up by the other places in its first-level division;
     * -1 when the text chose none.
     */
    private int textAnchor(List<Chosen> chosen, int focusCountry) {
        int anchor = -1;
        Map<Integer, Integer> counts = new LinkedHashMap<>();
        for (Chosen c : chosen) {
            int k = Gazetteer.kind(c.entry());
            if (k == Gazetteer.PLACE || k == Gazetteer.ADMIN1) {
                // a town says more about where the story is than a whole province
                counts.merge(c.entry(), k == Gazetteer.PLACE ? 2 : 1, Integer::sum);
            }
        }
        // a town of the country the story is about, when it names one: an Egyptian story that names Liverpool,
        // the club, more often than Cairo still has its suburbs in Egypt
        boolean inFocus = false;
        for (Integer e : counts.keySet()) {
            inFocus |= focusCountry >= 0 && gaz.countryOf(e) == focusCountry;
        }
        int most = 0;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            if (inFocus && gaz.countryOf(e.getKey()) != focusCountry) {
                continue;
            }
            // and the story's other places around it: in a Chicago story naming Park Ridge and the Near North
            // Side, a "South Side" read as a New York neighbourhood is no anchor for its streets
            int weight = e.getValue();
            int a1 = gaz.admin1Of(e.getKey());
            for (Integer other : counts.keySet()) {
                if (a1 >= 0 && !other.equals(e.getKey()) && gaz.admin1Of(other) == a1) {
                    weight++;
                }
            }
            if (weight > most) {
                most = weight;
                anchor = e.getKey();
            }
        }
        return anchor;
    }

    /** Whether a town or division of the text lies in first-level division {@code admin1} (or is it). */
    private boolean namesAdmin1(List<Chosen> chosen, int admin1) {
        return namesAdmin1(chosen, admin1, -1);
    }

    /** As {@link #namesAdmin1(List, int)}, not counting the entry {@code besides}. */
    private boolean namesAdmin1(List<Chosen> chosen, int admin1, int besides) {
        for (Chosen c : chosen) {
            int k = Gazetteer.kind(c.entry());
            if (c.entry() != besides && (k == Gazetteer.PLACE || k == Gazetteer.ADMIN1 || k == Gazetteer.ADMIN2) && gaz.admin1Of(c.entry()) == admin1) {
                return true;
            }
        }
        return false;
    }

    /** Words after a name that make it a province-sized area of its own ("X province", "X archipelago"), folded. */
    private static final java.util.Set<String> OWN_AREA_WORDS =
            io.newswire.enrich.text.WordList.load(PlaceRecords.class, "own-area-words.txt");

    /** Words after a name that make it a county-sized area of its own ("X county", "X island"), folded. */
    private static final java.util.Set<String> OWN_SUBAREA_WORDS =
            io.newswire.enrich.text.WordList.load(PlaceRecords.class, "own-subarea-words.txt");

    /** Words between a name and what contains it ("X village in Y", "X County, Y"), folded. */
    private static final java.util.Set<String> BETWEEN_WORDS =
            io.newswire.enrich.text.WordList.load(PlaceRecords.class, "generic-place-words.txt");

    /**
     * Whether a mention's last word, or the word right after it, says the name is an area of its own: 2 for a
     * province or wider ("X province"), 1 for a county or an island ("X county", "X Island"), else 0.
     */
    private static int ownArea(String text, List<Mention> mentions) {
        int level = 0;
        for (Mention m : mentions) {
            int lastSpace = m.text().lastIndexOf(' ');
            if (lastSpace > 0) {
                level = Math.max(level, areaLevel(m.text().substring(lastSpace + 1)));
            }
            int w = m.end() + 1;
            if (w < text.length() && text.charAt(m.end()) == ' ') {
                int e = wordEnd(text, w);
                if (e > w) {
                    level = Math.max(level, areaLevel(text.substring(w, e)));
                }
            }
        }
        return level;
    }

    private static int areaLevel(String word) {
        String f = io.newswire.enrich.text.Folding.folded(word);
        return OWN_AREA_WORDS.contains(f) ? 2 : OWN_SUBAREA_WORDS.contains(f) ? 1 : 0;
    }

    /** The end of the run of letters from {@code i}. */
    private static int wordEnd(String text, int i) {
        int e = i;
        while (e < text.length() && Character.isLetter(text.charAt(e))) {
            e++;
        }
        return e;
    }

    /**
     * The place a name the gazetteer lacks is written in, or -1: "Ravenholt Hospital in Leeds", "Okafor Library,
     * Enugu" (the place right after ", " or " in "), and "Leeds's Ravenholt Hospital", "Seoul's Jamsil Stadium"
     * (a town or division right before "'s "). What the text says outranks what the name holds or the story's
     * anchor: "Kessler Institute in Rome" in a London story is in Rome.
     */
    private int writtenContainer(String text, Mention m, List<Chosen> chosen) {
        // a generic word may stand between the name and its container: "Qarabulak county in Xinjiang",
        // "Tungan Dodo village, Niger State"
        int end = m.end();
        if (end + 1 < text.length() && text.charAt(end) == ' ') {
            int e = wordEnd(text, end + 1);
            if (e > end + 1 && BETWEEN_WORDS.contains(io.newswire.enrich.text.Folding.folded(text.substring(end + 1, e)))) {
                end = e;
            }
        }
        // the container after " in " or ", a town in ": "Goth Mirzani, a village in Sindh province"
        int in = -1;
        if (text.startsWith(" in ", end)) {
            in = end + 4;
        } else if (text.startsWith(", a ", end) || text.startsWith(", an ", end)) {
            int i = text.indexOf(' ', end + 2) + 1;
            // up to three lower-case words: "a remote mountain village in"
            for (int words = 0; words < 4 && i > 0 && i < text.length() && Character.isLowerCase(text.charAt(i)); words++) {
                int e = wordEnd(text, i);
                if (text.startsWith(" in ", e)) {
                    in = e + 4;
                    break;
                }
                i = e < text.length() && text.charAt(e) == ' ' ? e + 1 : -1;
            }
        }
        for (Chosen c : chosen) {
            int k = Gazetteer.kind(c.entry());
            if (k != Gazetteer.PLACE && k != Gazetteer.ADMIN1 && k != Gazetteer.ADMIN2 && k != Gazetteer.COUNTRY) {
                continue;
            }
            int cs = c.spot().start();
            int ce = c.spot().end();
            // after a comma only when punctuation closes the place: "Beyond Madinaty, Liverpool have ..." is a clause
            boolean after = cs == end + 2 && text.startsWith(", ", end) && closed(text, ce) || cs == in;
            boolean possessive = k != Gazetteer.COUNTRY && ce + 3 == m.start()
                    && (text.startsWith("'s ", ce) || text.startsWith("\u2019s ", ce));
            if (after && k == Gazetteer.COUNTRY) {
                // "in Nigeria's Niger state": the division the country's possessive names is nearer
                int inner = possessed(text, ce, chosen);
                return inner >= 0 ? inner : c.entry();
            }
            if (after || possessive) {
                return c.entry();
            }
        }
        return -1;
    }

    /** The town or division chosen right after "'s " at {@code i} ("Nigeria's Niger state"), or -1. */
    private int possessed(String text, int i, List<Chosen> chosen) {
        if (!text.startsWith("'s ", i) && !text.startsWith("\u2019s ", i)) {
            return -1;
        }
        for (Chosen c : chosen) {
            int k = Gazetteer.kind(c.entry());
            if (c.spot().start() == i + 3 && (k == Gazetteer.PLACE || k == Gazetteer.ADMIN1 || k == Gazetteer.ADMIN2)) {
                return c.entry();
            }
        }
        return -1;
    }

    /** Whether the text ends at {@code i} or a comma, full stop, semicolon or bracket follows. */
    private static boolean closed(String text, int i) {
        if (i >= text.length()) {
            return true;
        }
        char c = text.charAt(i);
        if (c == ' ' && i + 1 < text.length() && text.charAt(i + 1) == '(') {
            return true;
        }
        return c == ',' || c == '.' || c == ';' || c == ')' || c == '\n';
    }

    /** Words of a name that lies outside the place it names: "Embassy of Armenia" is in the host's capital. */
    private static final java.util.Set<String> ELSEWHERE_WORDS =
            io.newswire.enrich.text.WordList.load(PlaceRecords.class, "elsewhere-words.txt");

    /**
     * The place a name the gazetteer lacks lies in, read from inside it: the last town, division or country
     * chosen within the mention ("Bank of Japan", "University of ... Calamba", "British Embassy Tokyo"), or -1.
     * Not a demonym ("British International School" may be anywhere), not a curated feature, and never in a
     * name of a mission abroad ("Embassy of the Republic of Armenia").
     */
    private int innerPlace(Mention m, List<Chosen> chosen) {
        int inner = -1;
        boolean innerTown = false;
        for (Chosen c : chosen) {
            int k = Gazetteer.kind(c.entry());
            if (c.spot().start() >= m.start() && c.spot().end() <= m.end()
                    && c.spot().end() - c.spot().start() < m.end() - m.start()
                    && (k == Gazetteer.PLACE || k == Gazetteer.ADMIN1 || k == Gazetteer.ADMIN2 || k == Gazetteer.COUNTRY)
                    && gaz.isOwnName(c.entry(), io.newswire.enrich.text.Folding.key(m.text().substring(
                            c.spot().start() - m.start(), c.spot().end() - m.start())))) {
                // by its own name: "Island" of "Fire Island" is an alternate name of Iceland, no place inside.
                // A town is the nearest container ("Seoul" of "Seoul Central District Court", not a district
                // of that name elsewhere); else the last
                if (k == Gazetteer.PLACE || !innerTown) {
                    inner = c.entry();
                    innerTown = k == Gazetteer.PLACE;
                }
            }
        }
        if (inner < 0) {
            return -1;
        }
        for (String w : io.newswire.enrich.text.Folding.folded(m.text()).split(" ")) {
            if (ELSEWHERE_WORDS.contains(w)) {
                return -1;
            }
        }
        return inner;
    }

    /**
     * The record of a name the gazetteer lacks, placed at what contains {@code anchor}: a town's county or
     * district (precision admin2), a division (admin1), a country (country), or nowhere (no coordinates).
     */
    private Place anchored(String name, List<Mention> mentions, int anchor) {
        int kind = anchor < 0 ? -1 : Gazetteer.kind(anchor);
        int admin1 = anchor < 0 ? -1 : kind == Gazetteer.COUNTRY ? -1 : gaz.admin1Of(anchor);
        int country = anchor < 0 ? -1 : gaz.countryOf(anchor);
        int admin2 = kind == Gazetteer.PLACE ? gaz.placeAdmin2(Gazetteer.index(anchor))
                : kind == Gazetteer.ADMIN2 ? Gazetteer.index(anchor) : -1;
        if (admin2 >= 0 && !Float.isNaN(gaz.admin2Lat(admin2))) {
            // the anchor town's county or district: a street or a school of the story's town lies in it
            return new Place(name, null, null, country < 0 ? null : gaz.countryCode(country),
                    admin1 < 0 ? null : gaz.admin1Name(admin1), (double) gaz.admin2Lat(admin2),
                    (double) gaz.admin2Lon(admin2), mentions, Place.ADMIN2, Place.LITERAL);
        }
        if (admin1 >= 0 && !Float.isNaN(gaz.admin1Lat(admin1))) {
            return new Place(name, null, null, gaz.countryCode(gaz.admin1Country(admin1)), gaz.admin1Name(admin1),
                    (double) gaz.admin1Lat(admin1), (double) gaz.admin1Lon(admin1), mentions, Place.ADMIN1,
                    Place.LITERAL);
        }
        if (country >= 0) {
            return new Place(name, null, null, gaz.countryCode(country), null, (double) gaz.countryLat(country),
                    (double) gaz.countryLon(country), mentions, Place.COUNTRY, Place.LITERAL);
        }
        return new Place(name, null, null, null, null, null, null, mentions, null, Place.LITERAL);
    }

    /**
     * The Place record of an entry. A division's point is the mean of its towns' points (GeoNames
     * lists none for divisions), precision {@code exact}; a division without towns in the gazetteer
     * carries the point of what contains it, with that precision.
     */
    Place place(int e, List<Mention> mentions) {
        int i = Gazetteer.index(e);
        return switch (Gazetteer.kind(e)) {
            case Gazetteer.PLACE -> {
                int c = gaz.placeCountry(i);
                int a = gaz.placeAdmin1(i);
                yield new Place(gaz.placeName(i), (long) gaz.placeGeonameId(i), gaz.placeFeature(i),
                        c < 0 ? null : gaz.countryCode(c), a < 0 ? null : gaz.admin1Name(a),
                        (double) gaz.placeLat(i), (double) gaz.placeLon(i), mentions, Place.EXACT, Place.LITERAL);
            }
            case Gazetteer.ADMIN1 -> {
                int c = gaz.admin1Country(i);
                String cc = c < 0 ? null : gaz.countryCode(c);
                Long id = nullIfZero(gaz.admin1GeonameId(i));
                if (!Float.isNaN(gaz.admin1Lat(i))) {
                    yield new Place(gaz.admin1Name(i), id, "ADM1", cc, gaz.admin1Name(i), (double) gaz.admin1Lat(i),
                            (double) gaz.admin1Lon(i), mentions, Place.EXACT, Place.LITERAL);
                }
                yield c < 0 ? new Place(gaz.admin1Name(i), id, "ADM1", null, gaz.admin1Name(i), null, null, mentions,
                        null, Place.LITERAL)
                        : new Place(gaz.admin1Name(i), id, "ADM1", cc, gaz.admin1Name(i), (double) gaz.countryLat(c),
                                (double) gaz.countryLon(c), mentions, Place.COUNTRY, Place.LITERAL);
            }
            case Gazetteer.ADMIN2 -> {
                int c = gaz.admin2Country(i);
                int a = gaz.admin2Admin1(i);
                String cc = c < 0 ? null : gaz.countryCode(c);
                String a1 = a < 0 ? null : gaz.admin1Name(a);
                Long id = nullIfZero(gaz.admin2GeonameId(i));
                if (!Float.isNaN(gaz.admin2Lat(i))) {
                    yield new Place(gaz.admin2Name(i), id, "ADM2", cc, a1, (double) gaz.admin2Lat(i),
                            (double) gaz.admin2Lon(i), mentions, Place.EXACT, Place.LITERAL);
                }
                if (a >= 0 && !Float.isNaN(gaz.admin1Lat(a))) {
                    yield new Place(gaz.admin2Name(i), id, "ADM2", cc, a1, (double) gaz.admin1Lat(a),
                            (double) gaz.admin1Lon(a), mentions, Place.ADMIN1, Place.LITERAL);
                }
                yield c < 0 ? new Place(gaz.admin2Name(i), id, "ADM2", null, a1, null, null, mentions, null, Place.LITERAL)
                        : new Place(gaz.admin2Name(i), id, "ADM2", cc, a1, (double) gaz.countryLat(c),
                                (double) gaz.countryLon(c), mentions, Place.COUNTRY, Place.LITERAL);
            }
            case Gazetteer.CONTINENT -> {
                // a site inside one town ("Wall Street", "Heathrow Airport") lies in that town's country and division
                int town = SITE_FEATURES.contains(gaz.continentFeature(i)) ? siteTown(i) : -1;
                int c = town < 0 ? -1 : gaz.placeCountry(town);
                int a = town < 0 ? -1 : gaz.placeAdmin1(town);
                yield new Place(gaz.continentName(i), nullIfZero(gaz.continentGeonameId(i)), gaz.continentFeature(i),
                        c < 0 ? null : gaz.countryCode(c), a < 0 ? null : gaz.admin1Name(a),
                        (double) gaz.continentLat(i), (double) gaz.continentLon(i), mentions, Place.EXACT,
                        Place.LITERAL);
            }
            default -> new Place(gaz.countryName(i), nullIfZero(gaz.countryGeonameId(i)), "PCLI", gaz.countryCode(i),
                    null, (double) gaz.countryLat(i), (double) gaz.countryLon(i), mentions, Place.EXACT, Place.LITERAL);
        };
    }

    /** Feature codes of the curated features that are sites inside one town (site-features.txt). */
    private static final java.util.Set<String> SITE_FEATURES =
            io.newswire.enrich.text.WordList.load(PlaceRecords.class, "site-features.txt");

    /** A site's town is at most this far from its point (the curated point is the anchor town's own). */
    private static final double SITE_TOWN_MAX_KM = 30;

    /** Each site's nearest town, found once per site on first use: a scan of every town. */
    private final java.util.concurrent.ConcurrentMap<Integer, Integer> siteTowns = new java.util.concurrent.ConcurrentHashMap<>();

    /** The town nearest curated site {@code i}'s point within {@value #SITE_TOWN_MAX_KM} km, or -1. */
    private int siteTown(int i) {
        return siteTowns.computeIfAbsent(i, k -> {
            double lat = gaz.continentLat(k);
            double lon = gaz.continentLon(k);
            double cos = Math.cos(Math.toRadians(lat));
            // squared distance in degrees of latitude, longitude scaled by the cosine: exact enough within 30 km
            double limit = SITE_TOWN_MAX_KM / 111.2;
            double best = limit * limit;
            int town = -1;
            for (int t = 0; t < gaz.placeCount(); t++) {
                double dLat = gaz.placeLat(t) - lat;
                if (Math.abs(dLat) > limit) {
                    continue;
                }
                double dLon = (gaz.placeLon(t) - lon) * cos;
                double d = dLat * dLat + dLon * dLon;
                if (d < best) {
                    best = d;
                    town = t;
                }
            }
            return town;
        });
    }

    private static Long nullIfZero(int id) {
        return id == 0 ? null : (long) id;
    }
}
