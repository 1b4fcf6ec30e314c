package io.newswire.enrich.geo;

import io.newswire.enrich.gazetteer.Gazetteer;
import io.newswire.enrich.text.Folding;
import io.newswire.model.Article;
import io.newswire.model.Country;
import io.newswire.model.Mention;
import io.newswire.model.Place;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Place resolution, the core of the geo stage: spots names with {@link GeoSpotter}, applies the
 * entities' hints ({@link EntityHints}), reads the dateline and its region, and scores every candidate
 * of a spot: size (log population), feature (country, capital, division seat), the dateline's country,
 * countries and divisions named elsewhere, containment written out ("Springfield, Illinois"), and, in a
 * second pass, the countries the other spots chose. Small places need context ({@link SpotContext}),
 * so that a town called Of or Reading is not read into every text. The chosen entries become
 * {@link PlaceRecords} and {@link CountryRanker} ranks their countries.
 */
final class PlaceResolver {

    /** Below this population a resolved town needs its country named, datelined or chosen by the other spots. */
    static final int UNSUPPORTED_MIN_POPULATION = 100_000;

    private final Gazetteer gaz;
    private final EntityHints entityHints;
    private final PlaceRecords placeRecords;
    private final CountryRanker countryRanker;

    PlaceResolver(Gazetteer gaz) {
        this.gaz = gaz;
        this.entityHints = new EntityHints(gaz);
        this.placeRecords = new PlaceRecords(gaz);
        this.countryRanker = new CountryRanker(gaz);
    }

    record Result(List<Place> places, List<Country> countries) {
    }

    Result resolve(Article article) {
        String text = article.text();
        List<GeoSpotter.Spot> spots = new ArrayList<>(GeoSpotter.spot(gaz, text));
        List<Mention> unknownLocations = entityHints.apply(article, text, spots);

        // "Easley, S.C.", "Beckley, W.Va.": the region a town is written with; the abbreviation itself is no place
        int[][] apRegion = new int[spots.size() + 1][];
        // the abbreviation as a mention of its state or province ("S.C." names South Carolina)
        GeoSpotter.Spot[] apSpot = new GeoSpotter.Spot[spots.size() + 1];
        for (int i = 0; i < spots.size(); i++) {
            GeoSpotter.Spot s = spots.get(i);
            int abbrevEnd = SpotContext.regionAbbreviationAfter(text, s.end());
            if (abbrevEnd < 0) {
                continue;
            }
            DatelineRegions.Region r = DatelineRegions.abbreviation(text.substring(s.end() + 2, abbrevEnd));
            apRegion[i] = regionEntries(r.name() + "|" + r.countryCode());
            if (apRegion[i] != null) {
                int state = apRegion[i][0];
                for (int e : apRegion[i]) {
                    if (Gazetteer.kind(e) == Gazetteer.ADMIN1) {
                        state = e;
                        break;
                    }
                }
                apSpot[i] = new GeoSpotter.Spot(s.end() + 2, abbrevEnd, new int[] {state}, false, false);
            }
            // a spot on the abbreviation ("Ore." is a town in Nigeria, "Del." a surname) goes
            while (i + 1 < spots.size() && spots.get(i + 1).start() < abbrevEnd) {
                spots.remove(i + 1);
            }
        }
        int nc = gaz.countryCount();
        // context: countries named (by name or demonym), divisions named, the dateline
        double[] named = new double[nc];
        Map<Integer, Integer> namedAdmin1 = new HashMap<>();
        for (int i = 0; i < spots.size(); i++) {
            GeoSpotter.Spot s = spots.get(i);
            if (apRegion[i] != null) {
                for (int e : apRegion[i]) {
                    if (Gazetteer.kind(e) == Gazetteer.ADMIN1) {
                        namedAdmin1.merge(Gazetteer.index(e), 1, Integer::sum);
                    }
                }
            }
            if (s.byVariant()) {
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
        int[] datelineRegion = null;
        String datelineWritten = null;
        if (article.dateline() != null) {
            String loc = article.dateline().locationDisplay() != null ? article.dateline().locationDisplay()
                    : article.dateline().location();
            int[] region = article.dateline().region() == null ? null : regionEntries(article.dateline().region());
            datelineRegion = region;
            datelineWritten = loc;
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
                datelineEntry = best(cands, locKey, named, namedAdmin1, -1, -1, region, false);
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
        boolean[] divisionAfter = new boolean[spots.size()];
        for (int i = 0; i < spots.size(); i++) {
            spotKey[i] = Folding.key(text, spots.get(i).start(), spots.get(i).end());
            divisionAfter[i] = SpotContext.DIVISION_WORDS.contains(SpotContext.wordAfter(text, spots.get(i).end()));
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
                        datelineEntry, datelineCountry, next == null ? apRegion[i] : next.entries(), divisionAfter[i]);
            }
            // one vote per distinct place: "Shr" ten times in an earnings table is not ten towns
            votes = new double[nc];
            java.util.Set<Integer> voted = new java.util.HashSet<>();
            for (int i = 0; i < spots.size(); i++) {
                int c = choice[i] < 0 ? -1 : gaz.countryOf(choice[i]);
                // towns only: a division's name is often a word ("Central", "Portland" the Jamaican parish)
                // and would vote before it is accepted
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
        Chosen lastAccepted = null;
        for (int i = 0; i < spots.size(); i++) {
            int e = choice[i];
            if (e < 0) {
                continue;
            }
            GeoSpotter.Spot s = spots.get(i);
            String after = SpotContext.wordAfter(text, s.end());
            if (SpotContext.DIVISION_WORDS.contains(after) && Gazetteer.kind(e) == Gazetteer.PLACE) {
                // "Farah Province", "Punjab province": the division, not its capital town
                for (int x : s.entries()) {
                    if (Gazetteer.kind(x) == Gazetteer.ADMIN1 && gaz.countryOf(x) == gaz.countryOf(e)) {
                        e = x;
                        break;
                    }
                }
            }
            boolean contained = i + 1 < spots.size() && spots.get(i + 1).start() - s.end() <= 2
                    && text.startsWith(",", s.end()) && contains(spots.get(i + 1).entries(), e)
                    || apRegion[i] != null && contains(apRegion[i], e);
            int k = Gazetteer.kind(e);
            boolean inNamedDivision = (k == Gazetteer.PLACE || k == Gazetteer.ADMIN2)
                    && namedAdmin1.containsKey(gaz.admin1Of(e));
            // "in Larkana and Khairpur", "Peshawar, Charsadda and Mardan": a list goes on naming places
            boolean listed = lastAccepted != null && SpotContext.listJoin(text, lastAccepted.spot().end(), s.start());
            boolean cue = contained || inNamedDivision || s.fromEntity() || e == datelineEntry || listed
                    || SpotContext.locativeBefore(text, s.start()) || SpotContext.DIVISION_WORDS.contains(after);
            if (accept(s, e, text, named, votes, datelineCountry, cue, contained || inNamedDivision,
                    SpotContext.DIVISION_WORDS.contains(after))) {
                Chosen c = new Chosen(s, e);
                chosen.add(c);
                lastAccepted = c;
            }
            if (apSpot[i] != null) {
                chosen.add(new Chosen(apSpot[i], apSpot[i].entries()[0]));
            }
        }
        List<Place> places = placeRecords.places(chosen, text);
        if (!unknownLocations.isEmpty() || datelineWritten != null) {
            places = new ArrayList<>(places);
            if (datelineWritten != null) {
                places.add(placeRecords.datelinePlace(datelineWritten, datelineEntry, datelineRegion, datelineCountry));
            }
            places.addAll(placeRecords.unknownPlaces(unknownLocations, chosen, datelineEntry));
        }
        return new Result(places, countryRanker.rank(chosen, text, datelineCountry, datelineEntry));
    }

    /** The best-scoring entry; a word that is a demonym is read as one ("American" is not a town). */
    private int best(int[] entries, long surfaceKey, double[] named, Map<Integer, Integer> namedAdmin1,
            int datelineEntry, int datelineCountry, int[] container, boolean divisionAfter) {
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
            } else if (kind == Gazetteer.ADMIN1 || kind == Gazetteer.ADMIN2) {
                // a division's population is the sum of its towns: no bonus on top, or Washington the
                // state would beat Washington the capital; "Kano State", "Kech district" name the division
                if (kind == Gazetteer.ADMIN2 && !divisionAfter && !gaz.isOwnName(e, surfaceKey)) {
                    // "Pickens" alone is a town or a surname, not Pickens County
                    continue;
                }
                if (divisionAfter) {
                    score += 4.0;
                }
                if (kind == Gazetteer.ADMIN2 && namedAdmin1.containsKey(gaz.admin2Admin1(Gazetteer.index(e)))) {
                    score += 2.0;
                }
            } else {
                String f = gaz.placeFeature(Gazetteer.index(e));
                score += switch (f) {
                    case "PPLC" -> 1.5;
                    case "PPLA" -> 1.0;
                    case "PPLA2" -> 0.3;
                    default -> 0.0;
                };
                Integer a = namedAdmin1.get(gaz.placeAdmin1(Gazetteer.index(e)));
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
            int bar = p.indexOf('|');
            DatelineRegions.Region abbreviation = bar > 0 ? new DatelineRegions.Region(p.substring(bar + 1),
                    p.substring(0, bar)) : DatelineRegions.abbreviation(p);
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
        int kind = Gazetteer.kind(e);
        if (kind != Gazetteer.PLACE && kind != Gazetteer.ADMIN1 && kind != Gazetteer.ADMIN2) {
            return false;
        }
        int country = gaz.countryOf(e);
        int admin1 = kind == Gazetteer.ADMIN1 ? -1 : gaz.admin1Of(e);
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
        if (s.byVariant()) {
            // a spelling variant is a guess (Chairman sounds like Kerman, Builder like Boulder): it needs its
            // country supported, a town also a cue, and then it passes every check an exact name passes
            boolean big = surfaceLength >= 9 && (kind != Gazetteer.PLACE || gaz.population(e) >= 1_000_000);
            if (!supported && !big || kind == Gazetteer.PLACE && !cue && gaz.population(e) < 1_000_000) {
                return false;
            }
        }
        boolean singleWord = true;
        for (int i = s.start(); i < s.end(); i++) {
            if (!Folding.isTokenChar(text.charAt(i))) {
                singleWord = false;
                break;
            }
        }
        if (kind == Gazetteer.CONTINENT && !"CONT".equals(gaz.continentFeature(Gazetteer.index(e)))) {
            // a region or sea in one word inside a longer name is that name's: "Gulf Oil", "Union Pacific"
            return !singleWord || !SpotContext.capitalisedWordBefore(text, s.start())
                    && !SpotContext.capitalisedWordAfter(text, s.end());
        }
        if (kind == Gazetteer.COUNTRY || kind == Gazetteer.DEMONYM || kind == Gazetteer.CONTINENT) {
            return true;
        }
        if (SpotContext.NOT_ALONE.contains(Folding.folded(text.substring(s.start(), s.end())))) {
            return false;
        }
        long population = gaz.population(e);
        if (singleWord && surfaceLength <= 5 && SpotContext.allCapitals(text, s.start(), s.end()) && population < 1_000_000) {
            // "IRNA", "OPEC", "NATO": a short word in capitals is an acronym far more often than a town
            return false;
        }
        if (kind == Gazetteer.ADMIN1 || kind == Gazetteer.ADMIN2) {
            return supported || cue || population >= 1_000_000;
        }
        if (!s.fromEntity() && singleWord && population < 1_000_000
                && (SpotContext.capitalisedWordBefore(text, s.start()) || SpotContext.capitalisedWordAfter(text, s.end())
                        && !divisionAfter)) {
            // "John Washington", "Wall Street", "Ford Motor": part of a longer name
            return false;
        }
        if (population < UNSUPPORTED_MIN_POPULATION) {
            return supported && cue;
        }
        return true;
    }

}
