package io.newswire.enrich.geo;

import io.newswire.enrich.api.Enricher;
import io.newswire.enrich.gazetteer.Gazetteer;
import io.newswire.enrich.text.Folding;
import io.newswire.enrich.text.WordList;
import io.newswire.model.Article;
import io.newswire.model.Country;
import io.newswire.model.Entity;
import io.newswire.model.EntityType;
import io.newswire.model.Mention;
import io.newswire.model.Place;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The places and countries stage: spots place names with the {@link Gazetteer}, resolves each to one
 * GeoNames entry, and derives the countries of the article with one marked as its focus.
 *
 * <p>One stage rather than two because both halves need the same spotting pass and the same
 * context (the dateline, the countries named, the divisions named): split, the countries stage would
 * spot the text again or read back what the places stage chose. LOCATION entities of an earlier
 * entities stage are used when present (their spans are looked up even when the spotter would not
 * have found them; PERSON spans veto a place), but the stage needs none.
 *
 * <p>Resolution scores every candidate of a spot: size (log population), feature (country, capital,
 * division seat), the dateline's country, countries and divisions named elsewhere, containment
 * written out ("Springfield, Illinois"), and, in a second pass, the countries the other spots chose.
 * Small places need context, so that a town called Of or Reading is not read into every text.
 */
public final class GeoEnricher implements Enricher {

    /** Capitalised words that are also the name of some small place or division; alone, they are not places. */
    private static final Set<String> NOT_ALONE = WordList.load(GeoEnricher.class, "not-alone.txt");

    /** Below this population a resolved town needs its country named, datelined or chosen by the other spots. */
    static final int UNSUPPORTED_MIN_POPULATION = 100_000;

    /** What the dateline adds to its country's weight: as much as four mentions (chosen on Reuters TRAIN). */
    static final double DATELINE_WEIGHT = 4.0;
    /** Mentions in the first fifth of the text (at least 300 characters) weigh this much more. */
    static final double LEAD_FACTOR = 1.5;

    /** The dateline country's weight is at least this share of the top country's (chosen on Reuters TRAIN). */
    static final double DATELINE_FLOOR = 0.5;

    private final Gazetteer gaz;

    /** Loads the gazetteer now, at pipeline start-up, rather than on the first article. */
    public GeoEnricher() {
        this.gaz = Gazetteer.get();
    }

    @Override
    public String name() {
        return "geo";
    }

    @Override
    public Article enrich(Article article) {
        Result r = resolve(article);
        return article.toBuilder().places(r.places()).countries(r.countries()).build();
    }

    record Result(List<Place> places, List<Country> countries) {
    }

    private record Chosen(GeoSpotter.Spot spot, int entry) {
    }

    Result resolve(Article article) {
        String text = article.text();
        List<GeoSpotter.Spot> spots = new ArrayList<>(GeoSpotter.spot(gaz, text));
        List<Mention> unknownLocations = applyEntities(article, text, spots);

        int nc = gaz.countryCount();
        // context: countries named (by name or demonym), divisions named, the dateline
        double[] named = new double[nc];
        Map<Integer, Integer> namedAdmin1 = new HashMap<>();
        for (GeoSpotter.Spot s : spots) {
            if (s.bySkeleton()) {
                continue;
            }
            for (int e : s.entries()) {
                int kind = Gazetteer.kind(e);
                if (kind == Gazetteer.COUNTRY || kind == Gazetteer.DEMONYM) {
                    named[Gazetteer.index(e)] += 1.0 / s.entries().length;
                } else if (kind == Gazetteer.ADMIN1) {
                    namedAdmin1.merge(Gazetteer.index(e), 1, Integer::sum);
                }
            }
        }
        int datelineEntry = -1;
        int datelineCountry = -1;
        if (article.dateline() != null) {
            String loc = article.dateline().locationDisplay() != null ? article.dateline().locationDisplay()
                    : article.dateline().location();
            int[] region = article.dateline().region() == null ? null : regionEntries(article.dateline().region());
            if (region != null) {
                for (int e : region) {
                    if (Gazetteer.kind(e) == Gazetteer.ADMIN1) {
                        // "SPRINGFIELD, Ill.": other towns of Illinois in the story are likelier too
                        namedAdmin1.merge(Gazetteer.index(e), 1, Integer::sum);
                    }
                }
            }
            long locKey = loc == null ? 0 : Folding.key(loc);
            int[] cands = locKey == 0 ? null : gaz.byKey(locKey);
            if (cands != null) {
                datelineEntry = best(cands, locKey, named, namedAdmin1, -1, -1, region);
                if (region != null && datelineEntry >= 0 && !contains(region, datelineEntry)) {
                    // "PARIS, Texas": no town of that name in that region is in the gazetteer; the
                    // region, not the namesake, says where the story was filed
                    datelineEntry = -1;
                }
            }
            datelineCountry = datelineEntry >= 0 ? gaz.countryOf(datelineEntry)
                    : region != null ? regionCountry(region) : -1;
        }

        // two passes: the second lets the other spots' choices vote for a country
        int[] choice = new int[spots.size()];
        long[] spotKey = new long[spots.size()];
        for (int i = 0; i < spots.size(); i++) {
            spotKey[i] = Folding.key(text, spots.get(i).start(), spots.get(i).end());
        }
        double[] votes = null;
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < spots.size(); i++) {
                GeoSpotter.Spot s = spots.get(i);
                GeoSpotter.Spot next = i + 1 < spots.size() ? spots.get(i + 1) : null;
                if (next != null && !(next.start() - s.end() <= 2 && text.startsWith(",", s.end()))) {
                    next = null;
                }
                choice[i] = best(s.entries(), spotKey[i], named, namedAdmin1,
                        datelineEntry, datelineCountry, next == null ? null : next.entries());
            }
            // one vote per distinct place: "Shr" ten times in an earnings table is not ten towns
            votes = new double[nc];
            java.util.Set<Integer> voted = new java.util.HashSet<>();
            for (int i = 0; i < spots.size(); i++) {
                int c = choice[i] < 0 ? -1 : gaz.countryOf(choice[i]);
                if (c >= 0 && Gazetteer.kind(choice[i]) == Gazetteer.PLACE && voted.add(choice[i])) {
                    votes[c] += 1;
                }
            }
            if (pass == 0) {
                // the other places' choices count as half a naming; accept() takes a place's own vote back out
                named = named.clone();
                for (int c = 0; c < nc; c++) {
                    named[c] += 0.5 * votes[c];
                }
            }
        }

        List<Chosen> chosen = new ArrayList<>();
        for (int i = 0; i < spots.size(); i++) {
            int e = choice[i];
            if (e < 0) {
                continue;
            }
            GeoSpotter.Spot s = spots.get(i);
            String after = wordAfter(text, s.end());
            if (DIVISION_WORDS.contains(after) && Gazetteer.kind(e) == Gazetteer.PLACE) {
                // "Farah Province", "Punjab province": the division, not its capital town
                for (int x : s.entries()) {
                    if (Gazetteer.kind(x) == Gazetteer.ADMIN1 && gaz.countryOf(x) == gaz.countryOf(e)) {
                        e = x;
                        break;
                    }
                }
            }
            boolean contained = i + 1 < spots.size() && spots.get(i + 1).start() - s.end() <= 2
                    && text.startsWith(",", s.end()) && contains(spots.get(i + 1).entries(), e);
            boolean inNamedDivision = Gazetteer.kind(e) == Gazetteer.PLACE
                    && namedAdmin1.containsKey(gaz.placeAdmin1[Gazetteer.index(e)]);
            boolean cue = contained || inNamedDivision || s.fromEntity() || e == datelineEntry
                    || locativeBefore(text, s.start()) || DIVISION_WORDS.contains(after);
            if (accept(s, e, text, named, votes, datelineCountry, cue, contained || inNamedDivision,
                    DIVISION_WORDS.contains(after))) {
                chosen.add(new Chosen(s, e));
            }
        }
        List<Place> places = places(chosen, text);
        if (!unknownLocations.isEmpty()) {
            places = new ArrayList<>(places);
            places.addAll(unknownPlaces(unknownLocations, chosen, datelineEntry));
        }
        return new Result(places, countries(chosen, text, datelineCountry, datelineEntry));
    }

    /**
     * Applies an entities stage's findings: PERSON spans veto spots; a LOCATION span is looked up as a
     * whole and replaces spots that cover only part of it ("Frenchmen Street" is no town called Street),
     * unless the rest is a generic word ("Kabul province"). Returns the LOCATION spans the gazetteer
     * does not know.
     */
    private List<Mention> applyEntities(Article article, String text, List<GeoSpotter.Spot> spots) {
        List<Entity> entities = article.entities();
        if (entities == null || entities.isEmpty()) {
            return List.of();
        }
        List<Mention> unknown = new ArrayList<>();
        for (Entity en : entities) {
            for (Mention m : en.mentions()) {
                if (m.end() > text.length()) {
                    continue;
                }
                if (en.type() == EntityType.PERSON) {
                    spots.removeIf(s -> s.start() < m.end() && m.start() < s.end()
                            && Gazetteer.kind(s.entries()[0]) != Gazetteer.DEMONYM);
                } else if (en.type() == EntityType.LOCATION) {
                    GeoSpotter.Spot whole = GeoSpotter.lookupSpan(gaz, text, m.start(), m.end());
                    boolean covered = false;
                    for (int i = spots.size() - 1; i >= 0; i--) {
                        GeoSpotter.Spot s = spots.get(i);
                        if (s.start() < m.end() && m.start() < s.end()) {
                            boolean containsEntity = s.start() <= m.start() && s.end() >= m.end();
                            boolean inside = s.start() >= m.start() && s.end() <= m.end();
                            String rest = !inside ? "-" : Folding.folded(text.substring(m.start(), s.start()) + " "
                                    + text.substring(s.end(), m.end()));
                            if (containsEntity || whole == null && (rest.isEmpty() || PlaceWords.isGeneric(rest))) {
                                covered = true;
                                spots.set(i, new GeoSpotter.Spot(s.start(), s.end(), s.entries(), s.bySkeleton(), true));
                            } else {
                                spots.remove(i);
                            }
                        }
                    }
                    if (!covered) {
                        if (whole != null) {
                            spots.add(new GeoSpotter.Spot(whole.start(), whole.end(), whole.entries(),
                                    whole.bySkeleton(), true));
                        } else {
                            unknown.add(m);
                        }
                    }
                }
            }
        }
        spots.sort(Comparator.comparingInt(GeoSpotter.Spot::start));
        return unknown;
    }

    /** The best-scoring entry; a word that is a demonym is read as one ("American" is not a town). */
    private int best(int[] entries, long surfaceKey, double[] named, Map<Integer, Integer> namedAdmin1,
            int datelineEntry, int datelineCountry, int[] container) {
        int best = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        boolean demonym = false;
        for (int e : entries) {
            demonym |= Gazetteer.kind(e) == Gazetteer.DEMONYM;
        }
        for (int e : entries) {
            int kind = Gazetteer.kind(e);
            if (demonym && kind != Gazetteer.DEMONYM) {
                continue;
            }
            int c = gaz.countryOf(e);
            double score = Math.log10(gaz.population(e) + 10.0);
            if (kind == Gazetteer.COUNTRY || kind == Gazetteer.DEMONYM || kind == Gazetteer.CONTINENT) {
                score += 3;
            } else if (kind == Gazetteer.ADMIN1) {
                // a division's population is the sum of its towns: no bonus on top, or Washington the
                // state would beat Washington the capital
                score += 0.0;
            } else {
                String f = gaz.placeFeature[Gazetteer.index(e)];
                score += switch (f) {
                    case "PPLC" -> 1.5;
                    case "PPLA" -> 1.0;
                    case "PPLA2" -> 0.3;
                    default -> 0.0;
                };
                Integer a = namedAdmin1.get(gaz.placeAdmin1[Gazetteer.index(e)]);
                if (a != null) {
                    score += 2.0;
                }
            }
            if (gaz.isOwnName(e, surfaceKey)) {
                score += 1.5;
            }
            if (e == datelineEntry) {
                score += 3.0;
            }
            if (c >= 0 && c == datelineCountry) {
                score += 2.5;
            }
            if (c >= 0) {
                double support = named[c];
                if (kind == Gazetteer.COUNTRY) {
                    support -= 1.0 / entries.length;
                }
                score += 1.5 * Math.min(1.0, Math.max(0, support));
            }
            if (container != null && contains(container, e)) {
                score += 5.0;
            }
            if (score > bestScore) {
                bestScore = score;
                best = e;
            }
        }
        return best;
    }

    /**
     * The countries and first-level divisions a dateline's region names ("Calif." is California,
     * US; "N.S.W., Australia"; "Balochistan"; "New Zealand"), or {@code null} when none is known.
     */
    private int[] regionEntries(String region) {
        List<Integer> out = new ArrayList<>();
        for (String part : region.split(",")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            DatelineRegions.Region abbreviation = DatelineRegions.abbreviation(p);
            int wantCountry = abbreviation == null ? -1 : gaz.country(abbreviation.countryCode());
            int[] cands = gaz.byKey(Folding.key(abbreviation == null ? p : abbreviation.name()));
            if (cands == null) {
                continue;
            }
            for (int e : cands) {
                int kind = Gazetteer.kind(e);
                if ((kind == Gazetteer.COUNTRY || kind == Gazetteer.ADMIN1)
                        && (wantCountry < 0 || gaz.countryOf(e) == wantCountry)) {
                    out.add(e);
                }
            }
        }
        return out.isEmpty() ? null : out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The country a region names: a country itself, else the most populous division's country. */
    private int regionCountry(int[] region) {
        int bestAdmin1 = -1;
        for (int e : region) {
            if (Gazetteer.kind(e) == Gazetteer.COUNTRY) {
                return gaz.countryOf(e);
            }
            if (bestAdmin1 < 0 || gaz.population(e) > gaz.population(bestAdmin1)) {
                bestAdmin1 = e;
            }
        }
        return bestAdmin1 < 0 ? -1 : gaz.countryOf(bestAdmin1);
    }

    /** Whether one of {@code container} is the division or country of {@code e}. */
    private boolean contains(int[] container, int e) {
        if (Gazetteer.kind(e) != Gazetteer.PLACE && Gazetteer.kind(e) != Gazetteer.ADMIN1) {
            return false;
        }
        int country = gaz.countryOf(e);
        int admin1 = Gazetteer.kind(e) == Gazetteer.PLACE ? gaz.placeAdmin1[Gazetteer.index(e)] : -1;
        for (int x : container) {
            if (Gazetteer.kind(x) == Gazetteer.COUNTRY && Gazetteer.index(x) == country) {
                return true;
            }
            if (Gazetteer.kind(x) == Gazetteer.ADMIN1 && admin1 >= 0 && Gazetteer.index(x) == admin1) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a chosen entry stays. Countries and demonyms do. Everything else needs its country
     * supported (named, datelined, or chosen by another place) or some size; a town under
     * {@value #UNSUPPORTED_MIN_POPULATION} people needs both support and a cue that a place is meant
     * (a locative word before it, its division or country after a comma, a LOCATION entity), since
     * most such names are also surnames or words (Baker, Sales, Congress).
     */
    private boolean accept(GeoSpotter.Spot s, int e, String text, double[] named, double[] votes,
            int datelineCountry, boolean cue, boolean contained, boolean divisionAfter) {
        int kind = Gazetteer.kind(e);
        int c = gaz.countryOf(e);
        double ownVote = kind == Gazetteer.PLACE ? 1 : 0;
        boolean supported = contained || c >= 0 && (c == datelineCountry || named[c] - 0.5 * ownVote >= 0.5
                || votes[c] - ownVote >= 1);
        if (s.fromEntity()) {
            // the entities stage already said it is a location: only which one is left to decide here
            return true;
        }
        int surfaceLength = s.end() - s.start();
        if (s.bySkeleton()) {
            // a sound-alike is a guess: Chairman sounds like Kerman
            return supported || surfaceLength >= 9 && (kind != Gazetteer.PLACE || gaz.population(e) >= 1_000_000);
        }
        if (kind == Gazetteer.COUNTRY || kind == Gazetteer.DEMONYM || kind == Gazetteer.CONTINENT) {
            return true;
        }
        boolean singleWord = true;
        for (int i = s.start(); i < s.end(); i++) {
            if (!Folding.isTokenChar(text.charAt(i))) {
                singleWord = false;
                break;
            }
        }
        if (NOT_ALONE.contains(Folding.folded(text.substring(s.start(), s.end())))) {
            return false;
        }
        long population = gaz.population(e);
        if (singleWord && surfaceLength <= 5 && allCapitals(text, s.start(), s.end()) && population < 1_000_000) {
            // "IRNA", "OPEC", "NATO": a short word in capitals is an acronym far more often than a town
            return false;
        }
        if (kind == Gazetteer.ADMIN1) {
            return supported || cue || population >= 1_000_000;
        }
        if (!s.fromEntity() && singleWord && population < 1_000_000
                && (capitalisedWordBefore(text, s.start()) || capitalisedWordAfter(text, s.end())
                        && !divisionAfter)) {
            // "John Washington", "Wall Street", "Ford Motor": part of a longer name
            return false;
        }
        if (population < UNSUPPORTED_MIN_POPULATION) {
            return supported && cue;
        }
        return true;
    }

    /** Generic words that name a first-level division rather than a town. */
    private static final Set<String> DIVISION_WORDS = WordList.load(GeoEnricher.class, "division-words.txt");

    /** The next word after {@code end} folded ("Province" -> "province"), or "" when there is none. */
    private static String wordAfter(String text, int end) {
        int p = end;
        if (p >= text.length() || text.charAt(p) != ' ') {
            return "";
        }
        p++;
        int start = p;
        while (p < text.length() && Folding.isTokenChar(text.charAt(p)) && p - start < 16) {
            p++;
        }
        return p == start ? "" : Folding.folded(text.substring(start, p));
    }

    /** Words after which a capitalised name is a place ("in", "near", "à", "nach"). */
    private static final Set<String> LOCATIVE = WordList.load(GeoEnricher.class, "locative.txt");

    private static boolean locativeBefore(String text, int start) {
        int p = start - 1;
        while (p >= 0 && text.charAt(p) == ' ') {
            p--;
        }
        int end = p + 1;
        while (p >= 0 && Folding.isTokenChar(text.charAt(p))) {
            p--;
        }
        return end - p - 1 > 0 && end - p - 1 <= 8
                && LOCATIVE.contains(text.substring(p + 1, end).toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean allCapitals(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!Character.isUpperCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean capitalisedWordAfter(String text, int end) {
        return end + 1 < text.length() && text.charAt(end) == ' ' && GeoSpotter.startsName(text.charAt(end + 1));
    }

    private static boolean capitalisedWordBefore(String text, int start) {
        if (start < 2 || text.charAt(start - 1) != ' ') {
            return false;
        }
        int end = start - 1;
        int b = end;
        while (b > 0 && Folding.isTokenChar(text.charAt(b - 1))) {
            b--;
        }
        if (b == end || !GeoSpotter.startsName(text.charAt(b))) {
            return false;
        }
        // a capitalised word that starts a sentence says nothing
        int p = b - 1;
        while (p >= 0 && text.charAt(p) == ' ') {
            p--;
        }
        return p >= 0 && text.charAt(p) != '.' && text.charAt(p) != '\n' && text.charAt(p) != '"'
                && text.charAt(p) != '\u201C';
    }

    private List<Place> places(List<Chosen> chosen, String text) {
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
    private List<Place> unknownPlaces(List<Mention> unknown, List<Chosen> chosen, int datelineEntry) {
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

    private List<Country> countries(List<Chosen> chosen, String text, int datelineCountry, int datelineEntry) {
        int nc = gaz.countryCount();
        double[] weight = new double[nc];
        int[] first = new int[nc];
        Arrays.fill(first, Integer.MAX_VALUE);
        Map<Integer, List<Mention>> mentions = new HashMap<>();
        double lead = Math.max(300, text.length() * 0.2);
        for (Chosen ch : chosen) {
            int e = ch.entry();
            int c = gaz.countryOf(e);
            if (c < 0) {
                continue;
            }
            double w = switch (Gazetteer.kind(e)) {
                case Gazetteer.COUNTRY -> 1.0;
                case Gazetteer.DEMONYM -> 0.7;
                case Gazetteer.ADMIN1 -> 0.8;
                default -> gaz.countryCapital[c] == gaz.placeGeonameId[Gazetteer.index(e)] ? 1.0 : 0.7;
            };
            if (ch.spot().start() < lead) {
                w *= LEAD_FACTOR;
            }
            weight[c] += w;
            first[c] = Math.min(first[c], ch.spot().start());
            mentions.computeIfAbsent(c, k -> new ArrayList<>()).add(new Mention(ch.spot().start(), ch.spot().end(),
                    text.substring(ch.spot().start(), ch.spot().end())));
        }
        if (datelineCountry >= 0) {
            weight[datelineCountry] += DATELINE_WEIGHT;
            first[datelineCountry] = -1;
        }
        double top = 0;
        for (double w : weight) {
            top = Math.max(top, w);
        }
        if (datelineCountry >= 0) {
            // filed from there: never a passing mention, even when the story is mostly about elsewhere
            weight[datelineCountry] = Math.max(weight[datelineCountry], top * DATELINE_FLOOR);
        }
        double max = 0;
        int focus = -1;
        for (int c = 0; c < nc; c++) {
            if (weight[c] > max || weight[c] == max && focus >= 0 && weight[c] > 0 && first[c] < first[focus]) {
                max = weight[c];
                focus = c;
            }
        }
        List<Country> out = new ArrayList<>();
        for (int c = 0; c < nc; c++) {
            if (weight[c] > 0) {
                List<Mention> ms = mentions.getOrDefault(c, List.of());
                ms = new ArrayList<>(ms);
                ms.sort(Comparator.comparingInt(Mention::start));
                out.add(new Country(gaz.countryCode[c], gaz.countryName[c], ms,
                        Math.round(weight[c] / max * 1000) / 1000.0, c == focus));
            }
        }
        out.sort(Comparator.comparingDouble(Country::score).reversed().thenComparing(Country::code));
        return out;
    }
}
