package io.newswire.enrich.geo;

import io.newswire.enrich.gazetteer.Gazetteer;
import io.newswire.enrich.text.Folding;
import io.newswire.enrich.text.WordList;
import io.newswire.enrich.text.WordSet;
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

    private static final long COUNTY_KEY = Folding.key("County");
    /** Added to a town whose county (second-level division) the story names and the first pass chose. */
    private static final double ADMIN2_NAMED_BONUS = 1.5;
    /**
     * Added to a town for each other place the first pass chose in its first-level division (state,
     * province, Scotland), up to {@link #ADMIN1_CHOSEN_MAX}: "Perth" beside Dundee, Kirkcaldy and Fife is
     * Scotland's, "Paris" beside Tyler and Longview is Texas's, without the division being named.
     */
    /**
     * A city of this many people that begins an organisation the entities stage found ("Seattle Fire", "Buffalo
     * Bisons", "Winnipeg Fire Paramedic Service") is a mention of the city, as one of a million or more is
     * anywhere ("New York Times"); a smaller town there is the organisation's word ("Ford Motor").
     */
    private static final int ORGANISATION_CITY_MIN_POPULATION = 100_000;
    private static final double ADMIN1_CHOSEN_STEP = 0.75;
    /** Taken from a town matched by an alternate name when another town has the name as its own. */
    private static final double ALTERNATE_NAME_PENALTY = 1.0;
    private static final double ADMIN1_CHOSEN_MAX = 2.25;

    /** Below this population a resolved town needs its country named, datelined or chosen by the other spots. */
    static final int UNSUPPORTED_MIN_POPULATION = 100_000;

    private final Gazetteer gaz;
    private final EntityHints entityHints;
    private final RegionWords regionWords;
    private final PlaceRecords placeRecords;
    private final CountryRanker countryRanker;
    private final TeamCities teamCities;

    /** A standalone abbreviation's country needs at least this share of the best-supported country's support. */
    private static final double ABBREVIATION_SHARE = 0.5;
    /** ... and at least this support: two namings or towns, or the dateline ({@link #support}). */
    private static final double ABBREVIATION_MIN_SUPPORT = 2;

    /** Standalone abbreviations ("BC", "SA") and postal codes after a town ("Columbia, SC"): their entries. */
    private final int[][] standalone;
    private final Map<String, int[]> postal;

    PlaceResolver(Gazetteer gaz) {
        this.gaz = gaz;
        this.countryScratch = ThreadLocal.withInitial(() -> new CountryScratch(gaz.countryCount()));
        this.regionWords = new RegionWords(gaz);
        this.entityHints = new EntityHints(gaz, regionWords);
        this.placeRecords = new PlaceRecords(gaz, regionWords);
        this.countryRanker = new CountryRanker(gaz);
        this.teamCities = new TeamCities(gaz);
        this.standalone = new int[GeoSpotter.ABBREVIATION_SLOTS][];
        abbreviationEntries(DatelineRegions.standaloneCodeSet(), true)
                .forEach((code, e) -> standalone[GeoSpotter.abbreviationSlot(code, 0, code.length())] = e);
        this.postal = abbreviationEntries(DatelineRegions.postalCodeSet(), false);
        Map<String, Integer> home = new HashMap<>();
        for (String line : WordList.load(PlaceResolver.class, "language-countries.txt")) {
            String[] f = line.split("\t");
            int c = f.length == 2 ? gaz.country(f[1].strip()) : -1;
            if (c < 0) {
                throw new IllegalStateException("language-countries.txt: not 'language<TAB>country': " + line);
            }
            home.put(f[0].strip(), c);
        }
        this.languageCountry = Map.copyOf(home);
    }

    /** Per language written in one country above all ({@code language-countries.txt}): that country's index. */
    private final Map<String, Integer> languageCountry;

    private Map<String, int[]> abbreviationEntries(java.util.Set<String> codes, boolean alone) {
        Map<String, int[]> out = new HashMap<>();
        for (String code : codes) {
            List<Integer> entries = new ArrayList<>();
            for (DatelineRegions.Region r : alone ? DatelineRegions.standalone(code) : DatelineRegions.postal(code)) {
                // looked up whole: "Washington, D.C." is one name
                int[] e = gaz.byKey(Folding.key(r.name()));
                int want = gaz.country(r.countryCode());
                for (int x : e == null ? new int[0] : e) {
                    int kind = Gazetteer.kind(x);
                    if ((kind == Gazetteer.COUNTRY || kind == Gazetteer.ADMIN1) && gaz.countryOf(x) == want) {
                        entries.add(x);
                    }
                }
            }
            if (!entries.isEmpty()) {
                out.put(code, entries.stream().mapToInt(Integer::intValue).toArray());
            }
        }
        return Map.copyOf(out);
    }

    record Result(List<Place> places, List<Country> countries) {
    }

    /**
     * One thread's per-country arrays for {@link #resolve}: the countries named before and after the first
     * pass's votes, the votes, and the entries that vote. Reused article after article (zeroed first) instead of
     * allocated for each: fresh arrays of every country cost a few KB an article and evict as many cache lines.
     */
    private static final class CountryScratch {
        final double[] named;
        final double[] secondNamed;
        final double[] votes;
        private int[] voters = new int[64];

        CountryScratch(int countries) {
            named = new double[countries];
            secondNamed = new double[countries];
            votes = new double[countries];
        }

        double[] zeroed(double[] a) {
            java.util.Arrays.fill(a, 0.0);
            return a;
        }

        int[] voters(int n) {
            if (voters.length < n) {
                voters = new int[Math.max(n, 2 * voters.length)];
            }
            return voters;
        }

        private BestAsked asked = new BestAsked(64);

        /** The {@link BestAsked} of this thread, for {@code n} spots; nothing of the last article is read again. */
        BestAsked asked(int n) {
            if (asked.answer.length < n) {
                asked = new BestAsked(Math.max(n, 2 * asked.answer.length));
            }
            return asked;
        }
    }

    /**
     * The questions the spots of one pass put to {@link #best} and its answers, by spot: the arguments that vary from
     * spot to spot (the rest are the same for the whole pass). Slot {@code i} is written when spot {@code i} is
     * resolved, and {@link #find} reads only the slots below {@code i}, written earlier in the same pass; arrays are
     * compared by identity (the gazetteer's own entry arrays for a name), which can only miss an equal question,
     * never match a different one.
     */
    private static final class BestAsked {
        final long[] key;
        final int[][] entries;
        final boolean[] multiWord;
        final int[][] container;
        final boolean[] divisionAfter;
        final int[] self;
        final int[] answer;

        BestAsked(int n) {
            key = new long[n];
            entries = new int[n][];
            multiWord = new boolean[n];
            container = new int[n][];
            divisionAfter = new boolean[n];
            self = new int[n];
            answer = new int[n];
        }

        /** The answer of an earlier spot of this pass to the same question, or -1 (also when its answer was -1). */
        int find(int i, long k, int[] e, boolean multi, int[] c, boolean division, int selfChoice) {
            for (int j = 0; j < i; j++) {
                if (key[j] == k && entries[j] == e && multiWord[j] == multi && container[j] == c
                        && divisionAfter[j] == division && self[j] == selfChoice) {
                    return answer[j];
                }
            }
            return -1;
        }

        void put(int i, long k, int[] e, boolean multi, int[] c, boolean division, int selfChoice, int a) {
            key[i] = k;
            entries[i] = e;
            multiWord[i] = multi;
            container[i] = c;
            divisionAfter[i] = division;
            self[i] = selfChoice;
            answer[i] = a;
        }

        /** Spot {@code i} asks nothing (an abbreviation): no later spot may match it. */
        void skip(int i) {
            entries[i] = null;
        }
    }

    private final ThreadLocal<CountryScratch> countryScratch;

    /**
     * One article's state between the phases of {@link #resolve}: what each phase reads from the ones before it. The
     * phases were one method of ~6.7 KB of bytecode, above C2's limits for inlining and for compiling huge methods
     * early; split, each is compiled (and inlined into) on its own. Created per article, never shared.
     */
    private static final class Work {
        final Article article;
        final String text;
        final String language;
        List<GeoSpotter.Spot> spots;
        boolean anyRegionAbbreviation;
        List<Mention> facilityLocations;
        List<Mention> unknownLocations;
        /** Every building's or site's name, whatever its type: [start0, end0, start1, end1, ...]. */
        int[] facilityNames;
        /** The article language's own locatives ("a Pisa", "w Krakowie"), beside the shared ones. */
        java.util.Set<String> locativesHere;
        int[] organisationStarts;
        /** The LOCATION spans the entities stage drew: a spot inside a longer one is a fragment of it. */
        List<Mention> locationSpans;
        /** "Easley, S.C.", "Beckley, W.Va.": the region a town is written with; the abbreviation itself is no place. */
        int[][] apRegion;
        /** The abbreviation as a mention of its state or province ("S.C." names South Carolina). */
        GeoSpotter.Spot[] apSpot;
        CountryScratch scratch;
        /** Context: countries named (by name or demonym), divisions named, the dateline. */
        double[] named;
        /** Allocated only when a standalone abbreviation needs its country's support. */
        double[] countryNamed;
        boolean anyAbbreviation;
        /** First-level divisions named, each with the key of the one surface that names it (NamedDivisions). */
        NamedDivisions namedAdmin1;
        long[] spotKey;
        /** "Portland Trail Blazers": the team's city, for this spot and the story's other spots of that name. */
        int[] teamCity;
        boolean[] teamHead;
        int home;
        int datelineEntry = -1;
        int datelineCountry = -1;
        /** The key of a dateline town its own region rules every gazetteer reading out of, else 0. */
        long datelineOutsideKey;
        int[] datelineRegion;
        String datelineWritten;
        /** The key of the dateline's town as written, else 0. */
        long datelineKey;
        List<String> otherWritten;
        int[] otherEntries;
        int[] choice;
        int[] abbreviationChoice;
        boolean[] divisionAfter;
        double[] votes;
        /** The counties the first pass chose ("Lincolnshire", "Perth and Kinross"): their towns are likelier. */
        int[] admin2Chosen;
        int admin2ChosenCount;
        /** The towns and counties the first pass chose, and their first-level divisions. */
        int[] chosenEntry;
        int[] chosenAdmin1;
        int chosenCount;
        /** The unknown locations and the names written with a division they cannot lie in, when there are such. */
        List<Mention> outsideDivision;
        /** The keys of names the text places inside a division none of their readings lies in ("Cochin, Saskatchewan"). */
        long[] pinned;

        Work(Article article) {
            this.article = article;
            this.text = article.text();
            this.language = article.language() == null ? null : article.language().code();
        }

        /** {@link #outsideDivision}, begun with the unknown locations when still {@code null}. */
        List<Mention> outsideDivision() {
            if (outsideDivision == null) {
                outsideDivision = new ArrayList<>(unknownLocations);
            }
            return outsideDivision;
        }

        /** Spot {@code s} as an unknown place of its own. */
        void addOutside(GeoSpotter.Spot s) {
            outsideDivision().add(new Mention(s.start(), s.end(), text.substring(s.start(), s.end())));
        }

        /** Spot {@code i}'s key among the names the text placed in a division of their own. */
        void pin(int i) {
            pinned = pinned == null ? new long[] {spotKey[i]} : append(pinned, spotKey[i]);
        }
    }

    /**
     * Resolves the places of one article, phase by phase: spots and the entities' hints, the regions written after
     * towns, the context (countries and divisions named, teams' cities), the dateline, the two passes of choices, the
     * rules over the choices, what is accepted, and the records.
     */
    Result resolve(Article article) {
        Work w = new Work(article);
        spotAndFilter(w);
        regionsWrittenAfter(w);
        // this thread's per-country arrays (a few KB each, four an article when allocated fresh); none outlives
        // the call, none is handed to anything that keeps it, and nothing called from here resolves again on this
        // thread (no re-entrancy), so the next article may zero them
        w.scratch = countryScratch.get();
        namedContext(w);
        teamCitiesOf(w);
        namedBySpots(w);
        w.home = w.language == null ? -1 : languageCountry.getOrDefault(w.language, -1);
        if (w.home >= 0) {
            // a language written in one country supports that country's towns as one naming of it would
            w.named[w.home] += 1;
        }
        if (article.dateline() != null) {
            readDateline(w);
        }
        // "GAZA CITY/JERUSALEM": the dateline's other places, resolved as its first is (no region applies to them)
        w.otherWritten = article.dateline() == null ? List.of() : article.dateline().otherLocations();
        w.otherEntries = w.otherWritten.isEmpty() ? null : otherDatelineEntries(w.otherWritten, w.named, w.namedAdmin1);
        choose(w);
        applyRules(w);
        List<Chosen> chosen = accepted(w);
        return records(w, chosen);
    }

    /** Spots the names, applies the entities' hints, and drops the spots that are no places. */
    private void spotAndFilter(Work w) {
        String text = w.text;
        Article article = w.article;
        List<GeoSpotter.Spot> spots = new ArrayList<>(GeoSpotter.spot(gaz, text, standalone, regionWords,
                InflectedNames.of(w.language)));
        w.spots = spots;
        int firstAbbreviationSpot = spots.size();
        addRegionAbbreviations(text, spots);
        w.anyRegionAbbreviation = spots.size() > firstAbbreviationSpot;
        if (w.anyRegionAbbreviation) {
            spots.sort(java.util.Comparator.comparingInt(GeoSpotter.Spot::start));
        }
        List<Mention> facilityLocations = new ArrayList<>(0);
        List<Mention> facilityMentions = new ArrayList<>(0);
        List<Mention> unknownLocations = entityHints.apply(article, text, spots, facilityLocations, facilityMentions);
        w.facilityLocations = facilityLocations;
        // every building's or site's name, whatever its type: [start0, end0, start1, end1, ...]
        int[] facilityNames = new int[2 * facilityMentions.size()];
        for (int f = 0; f < facilityMentions.size(); f++) {
            facilityNames[2 * f] = facilityMentions.get(f).start();
            facilityNames[2 * f + 1] = facilityMentions.get(f).end();
        }
        w.facilityNames = facilityNames;
        // words that are never places ("Der", "Xinhua", "Mann") and clock times ("3am Singapore time") go,
        // even where the entities stage read them as locations
        java.util.Set<String> neverHere = neverPlaces(article);
        // the article language's own locatives ("a Pisa", "w Krakowie"), beside the shared ones
        w.locativesHere = SpotContext.locatives(w.language);
        spots.removeIf(sp -> neverPlace(text, sp, neverHere) || timeZone(text, sp) || headNounOfName(text, sp)
                || compassOfRoadNumber(text, sp) || gradeName(text, sp));
        dropCountriesNamingStreets(text, spots);
        List<Mention> neighbourhoods = neighbourhoodNames(text, spots);
        // "the Bayside neighborhood": a part of the story's town, like its streets, not a namesake town elsewhere
        List<Mention> streetNames = neighbourhoods.isEmpty() ? streetListNames(text, spots)
                : java.util.stream.Stream.concat(streetListNames(text, spots).stream(), neighbourhoods.stream()).toList();
        if (!streetNames.isEmpty()) {
            // "Bourbon and Dauphine streets": the names are streets of the story's town, unknown to the gazetteer
            spots.removeIf(sp -> overlapsAny(sp.start(), sp.end(), streetNames));
            List<Mention> unknown = new ArrayList<>(unknownLocations.size() + streetNames.size());
            for (Mention m : unknownLocations) {
                if (!overlapsAny(m.start(), m.end(), streetNames)) {
                    unknown.add(m);
                }
            }
            unknown.addAll(streetNames);
            unknownLocations = unknown;
        }
        w.unknownLocations = unknownLocations;
        removeDefinedAcronyms(text, spots);
        w.organisationStarts = EntityHints.organisationStarts(article, facilityLocations);
        // the LOCATION spans the entities stage drew: a spot inside a longer one is a fragment of it
        List<Mention> locationSpans = locationSpans(article);
        if (!facilityLocations.isEmpty()) {
            // a building's name typed LOCATION is read as an organisation's: its head town is no fragment of it
            locationSpans = new ArrayList<>(locationSpans);
            locationSpans.removeAll(facilityLocations);
        }
        w.locationSpans = locationSpans;
    }

    /**
     * "Easley, S.C.", "Columbia, SC": the region written after each town ({@code apRegion}) and the abbreviation as a
     * mention of it ({@code apSpot}); "Washington, D.C." read as one name; the spots on the abbreviation dropped.
     */
    private void regionsWrittenAfter(Work w) {
        String text = w.text;
        List<GeoSpotter.Spot> spots = w.spots;
        // "Easley, S.C.", "Beckley, W.Va.": the region a town is written with; the abbreviation itself is no place
        int[][] apRegion = new int[spots.size() + 1][];
        // the abbreviation as a mention of its state or province ("S.C." names South Carolina)
        GeoSpotter.Spot[] apSpot = new GeoSpotter.Spot[spots.size() + 1];
        w.apRegion = apRegion;
        w.apSpot = apSpot;
        for (int i = 0; i < spots.size(); i++) {
            GeoSpotter.Spot s = spots.get(i);
            int abbrevEnd = SpotContext.regionAbbreviationAfter(text, s.end());
            if (abbrevEnd < 0) {
                continue;
            }
            String written = text.substring(s.end() + 2, abbrevEnd);
            long wholeKey = Folding.key(text, s.start(), abbrevEnd);
            int[] whole = wholeKey == 0 ? null : gaz.byKey(wholeKey);
            if (whole != null) {
                // "Washington, D.C." is the name of a place, not a town and its state
                spots.set(i, new GeoSpotter.Spot(s.start(), abbrevEnd, whole, false, s.fromEntity()));
                while (i + 1 < spots.size() && spots.get(i + 1).start() < abbrevEnd) {
                    spots.remove(i + 1);
                }
                continue;
            }
            int state = -1;
            if (written.indexOf('.') < 0) {
                // "Columbia, SC", "Darwin, NT": a postal code is taken only when the town has a namesake in
                // one of the regions it may stand for ("Smith, MD" is a doctor)
                state = postalState(postal.get(written), s);
                if (state < 0) {
                    continue;
                }
                apRegion[i] = new int[] {state};
            } else {
                apRegion[i] = abbreviatedRegion(written, s);
            }
            if (apRegion[i] != null) {
                if (state < 0) {
                    state = apRegion[i][0];
                    for (int e : apRegion[i]) {
                        if (Gazetteer.kind(e) == Gazetteer.ADMIN1) {
                            state = e;
                            break;
                        }
                    }
                }
                apSpot[i] = new GeoSpotter.Spot(s.end() + 2, abbrevEnd, new int[] {state}, false, false);
            }
            // a spot on the abbreviation ("Ore." is a town in Nigeria, "Del." a surname) goes
            while (i + 1 < spots.size() && spots.get(i + 1).start() < abbrevEnd) {
                spots.remove(i + 1);
            }
        }
    }

    /** Of the {@code regions} a postal code may stand for, the first division holding a namesake of {@code s}, or -1. */
    private int postalState(int[] regions, GeoSpotter.Spot s) {
        int state = -1;
        for (int x = 0; regions != null && x < regions.length && state < 0; x++) {
            for (int e : s.entries()) {
                if (Gazetteer.kind(regions[x]) == Gazetteer.ADMIN1 && contains(new int[] {regions[x]}, e)) {
                    state = regions[x];
                    break;
                }
            }
        }
        return state;
    }

    /**
     * "Uruapan, Mich." is Michoacán's: of the regions the abbreviation {@code written} may stand for, the one holding a
     * town of the name of {@code s}, else the first (AP's); its entries, or {@code null}.
     */
    private int[] abbreviatedRegion(String written, GeoSpotter.Spot s) {
        List<DatelineRegions.Region> rs = DatelineRegions.abbreviations(written);
        int[] region = regionEntries(rs.get(0).name() + "|" + rs.get(0).countryCode());
        for (int x = 1; x < rs.size(); x++) {
            int[] other = regionEntries(rs.get(x).name() + "|" + rs.get(x).countryCode());
            boolean first = false;
            boolean here = false;
            for (int e : s.entries()) {
                first |= region != null && contains(region, e);
                here |= other != null && contains(other, e);
            }
            if (here && !first) {
                region = other;
                break;
            }
        }
        return region;
    }

    /** The context arrays: countries named, the divisions named, each spot's key. */
    private void namedContext(Work w) {
        List<GeoSpotter.Spot> spots = w.spots;
        // context: countries named (by name or demonym), divisions named, the dateline
        w.named = w.scratch.zeroed(w.scratch.named);
        boolean anyAbbreviation = false;
        for (GeoSpotter.Spot s : spots) {
            anyAbbreviation |= s.abbreviation();
        }
        w.anyAbbreviation = anyAbbreviation;
        if (anyAbbreviation) {
            w.countryNamed = new double[gaz.countryCount()];
        }
        // first-level divisions named, each with the key of the one surface that names it (NamedDivisions)
        w.namedAdmin1 = new NamedDivisions();
        long[] spotKey = new long[spots.size()];
        for (int i = 0; i < spots.size(); i++) {
            spotKey[i] = Folding.key(w.text, spots.get(i).start(), spots.get(i).end());
        }
        w.spotKey = spotKey;
    }

    /** "Portland Trail Blazers": the team's city, for this spot and the story's other spots of that name. */
    private void teamCitiesOf(Work w) {
        List<GeoSpotter.Spot> spots = w.spots;
        long[] spotKey = w.spotKey;
        int[] teamCity = null;
        for (int i = 0; i < spots.size(); i++) {
            GeoSpotter.Spot s = spots.get(i);
            int t = s.abbreviation() || s.byVariant() ? -1 : teamCities.cityBefore(w.text, s.start(), s.end(), spotKey[i]);
            if (t >= 0 && holds(s.entries(), t)) {
                if (teamCity == null) {
                    teamCity = new int[spots.size()];
                    java.util.Arrays.fill(teamCity, -1);
                }
                teamCity[i] = t;
            }
        }
        boolean[] teamHead = null;
        if (teamCity != null) {
            teamHead = new boolean[spots.size()];
            for (int i = 0; i < spots.size(); i++) {
                teamHead[i] = teamCity[i] >= 0;
            }
            for (int i = 0; i < spots.size(); i++) {
                for (int j = 0; teamHead[i] && j < spots.size(); j++) {
                    if (teamCity[j] < 0 && spotKey[j] == spotKey[i] && holds(spots.get(j).entries(), teamCity[i])) {
                        teamCity[j] = teamCity[i];
                    }
                }
            }
        }
        w.teamCity = teamCity;
        w.teamHead = teamHead;
    }

    /** The countries and first-level divisions the spots name (and the regions written after towns). */
    private void namedBySpots(Work w) {
        String text = w.text;
        List<GeoSpotter.Spot> spots = w.spots;
        double[] named = w.named;
        double[] countryNamed = w.countryNamed;
        NamedDivisions namedAdmin1 = w.namedAdmin1;
        for (int i = 0; i < spots.size(); i++) {
            GeoSpotter.Spot s = spots.get(i);
            if (w.apRegion[i] != null) {
                for (int e : w.apRegion[i]) {
                    if (Gazetteer.kind(e) == Gazetteer.ADMIN1) {
                        namedAdmin1.nameElsewhere(Gazetteer.index(e));
                    }
                }
            }
            if (s.byVariant() || s.abbreviation() && !s.fromEntity()) {
                // a guess says nothing of the story's places until it is accepted
                continue;
            }
            for (int e : s.entries()) {
                int kind = Gazetteer.kind(e);
                if (kind == Gazetteer.COUNTRY || kind == Gazetteer.DEMONYM) {
                    named[Gazetteer.index(e)] += 1.0 / s.entries().length;
                    if (countryNamed != null) {
                        // "Canada" is also a few small towns; as support for an abbreviation it is the country
                        countryNamed[Gazetteer.index(e)] += 1;
                    }
                } else if (kind == Gazetteer.ADMIN1 && !universityTeam(text, s, e)) {
                    if (i > 0 && pairedWithTownBefore(text, spots.get(i - 1), s)) {
                        // "Columbus, Ohio": the state of that town, not the story's own state named on its own
                        namedAdmin1.name(Gazetteer.index(e), w.spotKey[i]);
                    } else {
                        namedAdmin1.nameAlone(Gazetteer.index(e), w.spotKey[i]);
                    }
                    if (countryNamed != null && s.fromEntity() && gaz.countryOf(e) >= 0) {
                        // "Limpopo", "North West" marked as locations: support for "SA" as South Africa, shared
                        // among the divisions of that name ("North West" is also Cameroon's)
                        countryNamed[gaz.countryOf(e)] += 1.0 / s.entries().length;
                    }
                }
            }
        }
    }

    /** The dateline: its town ({@code datelineEntry}), country, region and what is written. */
    private void readDateline(Work w) {
        Article article = w.article;
        double[] named = w.named;
        NamedDivisions namedAdmin1 = w.namedAdmin1;
        String loc = article.dateline().locationDisplay() != null ? article.dateline().locationDisplay()
                : article.dateline().location();
        int[] region = article.dateline().region() == null ? null : regionEntries(article.dateline().region());
        w.datelineRegion = region;
        w.datelineWritten = loc;
        if (region != null) {
            for (int e : region) {
                if (Gazetteer.kind(e) == Gazetteer.ADMIN1) {
                    // "SPRINGFIELD, Ill.": other towns of Illinois in the story are likelier too
                    namedAdmin1.nameElsewhere(Gazetteer.index(e));
                }
            }
        }
        long locKey = loc == null ? 0 : Folding.key(loc);
        w.datelineKey = locKey;
        int[] cands = locKey == 0 ? null : datelineCandidates(gaz.byKey(locKey));
        if (cands == null && locKey != 0) {
            // "SAN PEDRO CITY, Laguna": a Philippine (and other) city written with "City", which GeoNames
            // leaves out of the name; the town X of the region written, or of one country (s30 QA N7)
            long shortKey = cityWordDropped(loc);
            String writtenRegion = article.dateline().region();
            // the region as written may be a province GeoNames holds at the second level ("Laguna")
            int[] within = region != null || writtenRegion == null ? region : gaz.byKey(Folding.key(writtenRegion));
            int[] towns = shortKey == 0 || writtenRegion != null && within == null ? null
                    : cityOf(datelineCandidates(gaz.byKey(shortKey)), within, named, namedAdmin1);
            if (towns != null) {
                cands = towns;
                locKey = shortKey;
            }
        }
        // "CARMEN, Cotabato": a province GeoNames holds at the second level, when one country has it
        int[] province = region == null && article.dateline().region() != null
                ? provinces(gaz.byKey(Folding.key(article.dateline().region()))) : null;
        int datelineEntry = -1;
        if (cands != null) {
            int[] within = region != null ? region : province;
            datelineEntry = best(cands, locKey, loc.indexOf(' ') > 0, named, namedAdmin1, -1, -1, within, false, null,
                    0, null, null, 0, -1);
            if (within != null && datelineEntry >= 0 && !contains(within, datelineEntry)) {
                // "PARIS, Texas": no town of that name in that region is in the gazetteer; the
                // region, not the namesake, says where the story was filed
                datelineEntry = -1;
                // and the body's mentions of the name are that town too, unknown to the gazetteer, not the
                // namesake abroad ("DAULATPUR, KUSHTIA: ... in Daulatpur Upazila" is no Pakistani town)
                w.datelineOutsideKey = locKey;
            }
        }
        if (province != null && datelineEntry < 0) {
            w.datelineRegion = province;
        }
        if (datelineEntry >= 0 && region == null && province == null && foreignSmallTown(datelineEntry, named,
                w.spots, w.text)) {
            // "NEW WASHINGTON -" over a story of Ohio roads and Ohio's Crawford County: the village is not in the
            // gazetteer, and the Philippine town of the name is not where an Ohio story was filed
            datelineEntry = -1;
        }
        w.datelineEntry = datelineEntry;
        w.datelineCountry = datelineEntry >= 0 ? gaz.countryOf(datelineEntry)
                : region != null ? regionCountry(region) : province != null ? gaz.countryOf(province[0]) : -1;
    }

    /** The two passes of choices: the second lets the other spots' choices vote for a country. */
    private void choose(Work w) {
        String text = w.text;
        List<GeoSpotter.Spot> spots = w.spots;
        w.choice = new int[spots.size()];
        w.abbreviationChoice = w.anyAbbreviation ? new int[spots.size()] : null;
        boolean[] divisionAfter = new boolean[spots.size()];
        for (int i = 0; i < spots.size(); i++) {
            // "Kano State", "Garissa County"; "Co Kerry", "County Clare" with the word before
            divisionAfter[i] = SpotContext.DIVISION_WORDS.contains(SpotContext.wordAfter(text, spots.get(i).end()))
                    || SpotContext.divisionWordBefore(text, spots.get(i).start())
                    || SpotContext.divisionOfBefore(text, spots.get(i).start())
                    || SpotContext.inListOfDivisions(text, spots.get(i).start(), spots.get(i).end());
        }
        w.divisionAfter = divisionAfter;
        if (w.datelineOutsideKey != 0) {
            w.outsideDivision();
            w.pinned = new long[] {w.datelineOutsideKey};
        }
        BestAsked asked = w.scratch.asked(spots.size());
        for (int pass = 0; pass < 2; pass++) {
            choosePass(w, pass, asked);
            if (pass == 0) {
                rememberFirstChoices(w);
            }
            countVotes(w);
            if (pass == 0) {
                secondPassContext(w);
            }
        }
        for (int i = 0; i < spots.size(); i++) {
            if (spots.get(i).abbreviation()) {
                w.choice[i] = w.abbreviationChoice[i];
            }
            if (w.pinned != null && w.choice[i] >= 0 && holdsKey(w.pinned, w.spotKey[i])) {
                // another mention of a name the text placed in a division of its own: that place, not the namesake
                w.choice[i] = -1;
                if (spots.get(i).fromEntity()) {
                    w.addOutside(spots.get(i));
                }
            }
        }
    }

    /** One pass of choices over every spot. */
    private void choosePass(Work w, int pass, BestAsked asked) {
        String text = w.text;
        List<GeoSpotter.Spot> spots = w.spots;
        int[] choice = w.choice;
        int[][] apRegion = w.apRegion;
        for (int i = 0; i < spots.size(); i++) {
            GeoSpotter.Spot s = spots.get(i);
            GeoSpotter.Spot next = i + 1 < spots.size() ? spots.get(i + 1) : null;
            if (next != null && !containerFollows(text, s, next)) {
                next = null;
            }
            // "Munshiganj's Srinagar upazila", "Kano's Sabon Gari": the place before the possessive holds this one
            int[] possessor = next == null && apRegion[i] == null && i > 0 && choice[i - 1] >= 0
                    && possessiveBefore(text, spots.get(i - 1).end(), s.start()) ? holder(choice[i - 1]) : null;
            if (s.abbreviation()) {
                asked.skip(i);
                choice[i] = -1;
            } else {
                boolean multiWord = text.lastIndexOf(' ', s.end() - 1) > s.start();
                int[] container = next == null ? possessor != null ? possessor : apRegion[i] : next.entries();
                // a name the text repeats is asked the same question again within a pass (best reads nothing
                // that changes before the pass ends): the earlier answer, not a second scoring of every reading
                int same = asked.find(i, w.spotKey[i], s.entries(), multiWord, container, w.divisionAfter[i], choice[i]);
                int answer = same >= 0 ? same : best(s.entries(), w.spotKey[i], multiWord, w.named, w.namedAdmin1,
                        w.datelineEntry, w.datelineCountry, container, w.divisionAfter[i],
                        w.admin2Chosen, w.admin2ChosenCount, w.chosenEntry, w.chosenAdmin1, w.chosenCount, choice[i]);
                asked.put(i, w.spotKey[i], s.entries(), multiWord, container, w.divisionAfter[i], choice[i], answer);
                choice[i] = answer;
            }
            if (possessor != null && choice[i] >= 0 && outsideHolder(s, possessor[0])) {
                // no reading lies in the holder's country: a place of the holder the gazetteer lacks, not a
                // namesake abroad (India's Srinagar); kept as such when the entities stage marked it, and the
                // story's other mentions of the name are that place too ("Srinagar Fire Station")
                choice[i] = -1;
                if (pass == 1) {
                    w.outsideDivision();
                    if (s.fromEntity()) {
                        w.addOutside(s);
                    }
                    w.pin(i);
                }
            }
            // the division written after the town: the next spot, or an AP form ("Lucknow, Texas")
            GeoSpotter.Spot written = next != null ? next : w.apSpot[i];
            int afterWritten = next != null ? i + 2 : i + 1;
            // the division as the first pass read it: "Manchester" in "Chelsea, Manchester United" is the city,
            // not Jamaica's parish
            int division = written == null || pass == 0 ? -1 : next != null ? choice[i + 1] : written.entries()[0];
            if (division >= 0 && Gazetteer.kind(division) == Gazetteer.ADMIN1 && choice[i] >= 0
                    && outsideWrittenDivision(text, s, written, division,
                    afterWritten < spots.size() ? spots.get(afterWritten) : null)) {
                // "Cochin, Saskatchewan": the text says which province the town is in, and no town of that
                // name lies in its country; the town is that province's, unknown to the gazetteer, not
                // India's Cochin (s30 QA cause 1 (a))
                choice[i] = -1;
                if (pass == 1) {
                    w.addOutside(s);
                    w.pin(i);
                }
            }
            if (w.teamCity != null && w.teamCity[i] >= 0 && next == null && apRegion[i] == null && !w.divisionAfter[i]
                    && Gazetteer.kind(choice[i]) == Gazetteer.PLACE) {
                // a team's city is the league city, not a namesake in the state of the story's other places;
                // a name written with its state ("Portland, Maine") or a division word keeps its own reading
                choice[i] = w.teamCity[i];
            }
        }
    }

    /** After the first pass: the counties it chose, and the towns and counties with their first-level divisions. */
    private void rememberFirstChoices(Work w) {
        List<GeoSpotter.Spot> spots = w.spots;
        int[] choice = w.choice;
        for (int i = 0; i < spots.size(); i++) {
            if (choice[i] >= 0 && Gazetteer.kind(choice[i]) == Gazetteer.ADMIN2) {
                if (w.admin2Chosen == null) {
                    w.admin2Chosen = new int[spots.size()];
                }
                w.admin2Chosen[w.admin2ChosenCount++] = Gazetteer.index(choice[i]);
            }
            int k = choice[i] < 0 ? -1 : Gazetteer.kind(choice[i]);
            int a1 = k == Gazetteer.PLACE || k == Gazetteer.ADMIN2 ? gaz.admin1Of(choice[i]) : -1;
            boolean seen = false;
            for (int x = 0; x < w.chosenCount && !seen; x++) {
                seen = w.chosenEntry[x] == choice[i];
            }
            if (a1 >= 0 && !seen && !spots.get(i).abbreviation()) {
                if (w.chosenEntry == null) {
                    w.chosenEntry = new int[spots.size()];
                    w.chosenAdmin1 = new int[spots.size()];
                }
                w.chosenEntry[w.chosenCount] = choice[i];
                w.chosenAdmin1[w.chosenCount++] = a1;
            }
        }
    }

    /**
     * One vote per distinct place: "Shr" ten times in an earnings table is not ten towns (the second pass's votes
     * replace the first's, which nothing reads after this pass).
     */
    private void countVotes(Work w) {
        List<GeoSpotter.Spot> spots = w.spots;
        int[] choice = w.choice;
        double[] votes = w.scratch.zeroed(w.scratch.votes);
        w.votes = votes;
        int[] voters = w.scratch.voters(spots.size());
        int voterCount = 0;
        for (int i = 0; i < spots.size(); i++) {
            int c = choice[i] < 0 ? -1 : gaz.countryOf(choice[i]);
            // towns only: a division's name is often a word ("Central", "Portland" the Jamaican parish)
            // and would vote before it is accepted
            if (c >= 0 && Gazetteer.kind(choice[i]) == Gazetteer.PLACE) {
                voters[voterCount++] = choice[i];
            }
        }
        // distinct entries by sorting (no boxed set); each vote is a whole 1, so the order of the sums is exact
        java.util.Arrays.sort(voters, 0, voterCount);
        for (int v = 0; v < voterCount; v++) {
            if (v == 0 || voters[v] != voters[v - 1]) {
                votes[gaz.countryOf(voters[v])] += 1;
            }
        }
    }

    /** Between the passes: the first pass's votes as half a naming each, and the standalone abbreviations read. */
    private void secondPassContext(Work w) {
        int nc = gaz.countryCount();
        List<GeoSpotter.Spot> spots = w.spots;
        // the other places' choices count as half a naming; accept() takes a place's own vote back out
        double[] firstNamed = w.named;
        double[] named = w.scratch.secondNamed;
        System.arraycopy(firstNamed, 0, named, 0, nc);
        double[] votes = w.votes;
        for (int c = 0; c < nc; c++) {
            named[c] += 0.5 * votes[c];
        }
        w.named = named;
        // "BC" read once the story's places support Canada names British Columbia for the second pass
        for (int i = 0; w.anyAbbreviation && i < spots.size(); i++) {
            if (spots.get(i).abbreviation()) {
                w.abbreviationChoice[i] = abbreviationChoice(spots.get(i), w.text, w.countryNamed, votes,
                        w.datelineCountry);
                if (w.abbreviationChoice[i] >= 0 && Gazetteer.kind(w.abbreviationChoice[i]) == Gazetteer.ADMIN1) {
                    w.namedAdmin1.nameElsewhere(Gazetteer.index(w.abbreviationChoice[i]));
                }
            }
        }
    }

    /** The rules that revise the choices with the whole story in view. */
    private void applyRules(Work w) {
        String text = w.text;
        List<GeoSpotter.Spot> spots = w.spots;
        sameNameAsState(text, spots, w.spotKey, w.choice, w.divisionAfter, w.named, w.votes, w.datelineCountry);
        countryNameAsHomeDivision(spots, w.spotKey, w.choice, w.datelineCountry);
        datelineStateNamedAlone(text, spots, w.spotKey, w.choice, w.datelineRegion, w.datelineEntry, w.apSpot);
        famousNamesakesAbroad(text, spots, w.spotKey, w.choice, w.divisionAfter, w.apRegion, w.datelineEntry,
                w.datelineKey, w.datelineRegion);
        localNamesakes(spots, w.spotKey, w.choice, w.datelineEntry, w.named);
        sharedDivisionNamesakes(text, spots, w.spotKey, w.choice, w.divisionAfter, w.apRegion, w.datelineEntry, w.named);
        divisionsListedWithDivisions(text, spots, w.choice);
    }

    /**
     * The entry a choice {@code e} of spot {@code s} names as written: "Farah Province", "southern Kaduna", "Co.
     * Donegal" are the division of that name, not its capital town.
     */
    private int writtenDivision(Work w, int i, GeoSpotter.Spot s, int e, boolean divisionWord) {
        String text = w.text;
        if (divisionWord && Gazetteer.kind(e) == Gazetteer.PLACE) {
            // "Farah Province", "Punjab province", "Co Kerry": the division, not its capital town
            for (int x : s.entries()) {
                int xk = Gazetteer.kind(x);
                if ((xk == Gazetteer.ADMIN1 || xk == Gazetteer.ADMIN2) && gaz.countryOf(x) == gaz.countryOf(e)) {
                    e = x;
                    break;
                }
            }
        }
        if (!divisionWord && Gazetteer.kind(e) == Gazetteer.PLACE && SpotContext.compassBefore(text, s.start(), true) > 0) {
            // "southern Kaduna", "northern Punjab": a part of the division of that name, not of its capital town
            for (int x : s.entries()) {
                int xk = Gazetteer.kind(x);
                if ((xk == Gazetteer.ADMIN1 || xk == Gazetteer.ADMIN2) && gaz.countryOf(x) == gaz.countryOf(e)
                        && gaz.isOwnName(x, w.spotKey[i])) {
                    e = x;
                    break;
                }
            }
        }
        if (divisionWord && Gazetteer.kind(e) == Gazetteer.PLACE && SpotContext.divisionWordBefore(text, s.start())) {
            // "Co. Donegal": GeoNames lists the county as "County Donegal", not under the town's name
            int[] county = gaz.byKey(Folding.append(COUNTY_KEY, text.substring(s.start(), s.end())));
            for (int x = 0; county != null && x < county.length; x++) {
                if (Gazetteer.kind(county[x]) == Gazetteer.ADMIN2 && gaz.countryOf(county[x]) == gaz.countryOf(e)) {
                    e = county[x];
                    break;
                }
            }
        }
        return e;
    }

    /** The choices accepted, in text order, with the AP regions written after towns. */
    private List<Chosen> accepted(Work w) {
        String text = w.text;
        List<GeoSpotter.Spot> spots = w.spots;
        List<Chosen> chosen = new ArrayList<>();
        Chosen lastAccepted = null;
        for (int i = 0; i < spots.size(); i++) {
            int e = w.choice[i];
            if (e < 0) {
                continue;
            }
            GeoSpotter.Spot s = spots.get(i);
            if (Gazetteer.kind(e) == Gazetteer.DEMONYM && text.charAt(s.end() < text.length() ? s.end() : s.end() - 1) == ' ') {
                // "Bortala Mongolian Autonomous Prefecture", "Kizilsu Kirgiz Autonomous Prefecture": an adjective inside a
                // division's name (a name before it, or two words after it ending in the division word) names no country
                int after = SpotContext.divisionNameAfter(text, s.end());
                if (after >= 2 || after == 1 && SpotContext.capitalisedWordBefore(text, s.start())) {
                    continue;
                }
            }
            boolean divisionWord = w.divisionAfter[i];
            e = writtenDivision(w, i, s, e, divisionWord);
            // "Greater Manchester", "Greater Sydney": the city's metropolitan area, read as the city
            boolean greater = Gazetteer.kind(e) == Gazetteer.PLACE && SpotContext.greaterBefore(text, s.start());
            if (s.abbreviation()) {
                chosen.add(new Chosen(s, e));
                continue;
            }
            Chosen c = acceptOne(w, i, s, e, divisionWord, greater, lastAccepted);
            if (c == DROPPED) {
                // no place of the gazetteer's, nor its AP region
                continue;
            }
            if (c != null) {
                chosen.add(c);
                lastAccepted = c;
            }
            if (w.apSpot[i] != null) {
                chosen.add(new Chosen(w.apSpot[i], w.apSpot[i].entries()[0]));
            }
        }
        bareNameOfNamedCounty(text, chosen);
        return chosen;
    }

    /** {@link #acceptOne}'s answer for a spot dropped with the region written after it (unlike one not accepted). */
    private static final Chosen DROPPED = new Chosen(null, -1);

    /**
     * Spot {@code i} read as entry {@code e}, when the text supports it: its {@link Chosen}; {@code null} when it is
     * not accepted; {@link #DROPPED} when it is no mention of a place of the gazetteer (inside an organisation's
     * name, a landmark, a square, a person), which drops the AP region written after it too.
     */
    private Chosen acceptOne(Work w, int i, GeoSpotter.Spot s, int e, boolean divisionWord, boolean greater,
            Chosen lastAccepted) {
        String text = w.text;
        Article article = w.article;
        List<GeoSpotter.Spot> spots = w.spots;
        NamedDivisions namedAdmin1 = w.namedAdmin1;
        int[] organisationStarts = w.organisationStarts;
        int datelineEntry = w.datelineEntry;
        long[] spotKey = w.spotKey;
        boolean contained = i + 1 < spots.size() && containerFollows(text, s, spots.get(i + 1))
                && contains(spots.get(i + 1).entries(), e)
                || w.apRegion[i] != null && contains(w.apRegion[i], e);
        int k = Gazetteer.kind(e);
        boolean inNamedDivision = (k == Gazetteer.PLACE || k == Gazetteer.ADMIN2)
                && namedAdmin1.contains(gaz.admin1Of(e));
        // "in Larkana and Khairpur", "Peshawar, Charsadda and Mardan": a list goes on naming places
        boolean listed = lastAccepted != null && SpotContext.listJoin(text, lastAccepted.spot().end(), s.start());
        // what the text itself says of the name (not the entities stage's guess)
        // (its division named by another surface: "Patrick" is no naming of the Manx division of that name)
        boolean inOtherNamedDivision = inNamedDivision && namedAdmin1.bonus(gaz.admin1Of(e), spotKey[i]) >= 2;
        boolean textCue = contained || inOtherNamedDivision || e == datelineEntry || listed
                || SpotContext.locativeBefore(text, s.start(), w.locativesHere) || divisionWord || greater
                || w.anyRegionAbbreviation && isRegionAbbreviation(text, s)
                // "l'hôpital de Salon-de-Provence": the compound of a town's own name is a place's form
                || k == Gazetteer.PLACE && SpotContext.linkedPlaceName(text, s.start(), s.end())
                && gaz.isOwnName(e, spotKey[i]);
        // "Lambesc : un incendie ..." over "les pompiers à Lambesc": a place the headline names too, written in the body
        // with a cue of its own, is what the story is about; that holds its country as a naming would
        // (a cue of the text's own: the entities stage's LOCATION is none, "Arsenal" in a headline and a report)
        boolean headline = !contained && textCue && article.title() != null
                && headlineNames(article.title(), text, s) && !isCompassWord(text, s.start(), s.end());
        contained |= headline;
        boolean cue = textCue || s.fromEntity();
        boolean organisationHead = organisationStarts != null && EntityHints.startsOne(organisationStarts, s);
        boolean insideOrganisation = !organisationHead && organisationStarts != null
                && EntityHints.insideOne(organisationStarts, s);
        if ((insideOrganisation || organisationHead && s.byVariant()) && (!strongInsideOrganisation(s, e)
                || k == Gazetteer.PLACE && EntityHints.endsOneAfterName(gaz, organisationStarts, text, s))) {
            // "Islamic State in Khorasan Province": a word inside an organisation's name is no mention of a
            // place of that name unless it is one of the well-known places organisations are named after ("Bank
            // of Japan", "University of Texas"), matched by its exact name. A town at the head ("Beverly Hills
            // Police Department", "Seattle Fire") is read as before (accept), but never by spelling variant; nor
            // a town that closes a name of names ("Wells Fargo", "Real Madrid": EntityHints.endsAfterName)
            return DROPPED;
        }
        boolean team = w.teamHead != null && w.teamHead[i] && e == w.teamCity[i];
        if (!contained && !inNamedDivision && e != datelineEntry && k == Gazetteer.PLACE && !s.byVariant()
                && !divisionWord && !team && !listed
                && landmarkElsewhere(text, s, e, datelineEntry, w.datelineCountry, w.chosenEntry, w.chosenCount)) {
            // "Hyde Park" in a London story is no Hyde Park of Massachusetts, nor "Central Park" in a New York one
            // a Central Park of Washington state: the story's own park, square or street, which the gazetteer
            // lacks; kept as such (placed with the story's places) when the entities stage marked it
            if (s.fromEntity()) {
                w.addOutside(s);
            }
            return DROPPED;
        }
        if (!contained && !inNamedDivision && e != datelineEntry && k == Gazetteer.PLACE && !s.byVariant()
                && gaz.population(e) < UNSUPPORTED_MIN_POPULATION && text.lastIndexOf(' ', s.end() - 1) > s.start()
                && !gaz.isOwnName(e, spotKey[i]) && !othersInAdmin1(e, w.chosenEntry, w.chosenAdmin1, w.chosenCount)) {
            // "Washington Square" in a New Orleans story is no alternate name of Franklin Square, New York, nor
            // "South Side" in a Chicago one Staten Island's Eltingville: a name of several words that only an
            // alternate name of a small town elsewhere matches is a square, a quarter or a park of the story's
            // own places. Kept as a place the gazetteer lacks when the entities stage marked it
            if (s.fromEntity()) {
                w.addOutside(s);
            }
            return DROPPED;
        }
        if (!textCue && !team && Gazetteer.kind(e) == Gazetteer.PLACE && smallAbroad(e) && nameOfPerson(article, text, s)) {
            // "Craig Kearney, 27, ... It took Craig a long time": a word of a person's name the story gives is that
            // person again, not a town of that name, when nothing in the text says a place is meant
            return DROPPED;
        }
        // "Prestwick Airport" in a story that names the town's own state or province: the small town an airport
        // is named after, written by its own name, is that town, whatever type the entities stage gave the
        // airport's name (a town of 100,000 or more is read so as any organisation's head). Airports only:
        // stadiums, colleges and centres take sponsors' and founders' names ("Rogers Centre" is no Texan Rogers)
        boolean facilityTown = organisationHead && k == Gazetteer.PLACE && inNamedDivision && !s.byVariant()
                && EntityHints.startsAirfield(w.facilityNames, text, s) && gaz.isOwnName(e, spotKey[i]);
        if (!accept(s, spotKey[i], e, text, w.named, w.votes, spots, w.choice, w.divisionAfter, organisationStarts,
                w.datelineCountry, cue || team || facilityTown, textCue || team || insideOrganisation,
                contained || inOtherNamedDivision, contained || inNamedDivision,
                divisionWord, greater, organisationHead || team, insideLonger(text, s, w.locationSpans),
                organisationStarts != null && EntityHints.isOne(organisationStarts, s), w.home, facilityTown)) {
            return null;
        }
        return new Chosen(acceptedSpan(w, s, e, divisionWord, greater), e);
    }

    /**
     * The span of an accepted spot {@code s} read as {@code e}: with a division word that is part of the name ("Borno
     * State") and a compass word with a capital before it ("West Texas"), or "Greater" ("Greater Manchester").
     */
    private GeoSpotter.Spot acceptedSpan(Work w, GeoSpotter.Spot s, int e, boolean divisionWord, boolean greater) {
        String text = w.text;
        int k2 = Gazetteer.kind(e);
        // "Borno State", "Oaxaca State", "Kwara State": a division word written with a capital is part
        // of the division's name ("Kech district" in small letters is not). Not when a capitalised word
        // follows ("Osun State Police", "Illinois State Armory"), nor for a US state: "Ohio State" and
        // "Mississippi State" are universities and their teams
        int wordEnd = s.end() + 1 + SpotContext.wordLengthAt(text, s.end() + 1);
        int nameEnd = divisionWord && (k2 == Gazetteer.ADMIN1 || k2 == Gazetteer.ADMIN2)
                && s.end() + 1 < text.length() && text.charAt(s.end()) == ' '
                && Character.isUpperCase(text.charAt(s.end() + 1))
                && SpotContext.DIVISION_WORDS.contains(SpotContext.wordAfter(text, s.end()))
                && !SpotContext.capitalisedWordAfter(text, wordEnd)
                && !"US".equals(gaz.countryCode(gaz.countryOf(e))) ? wordEnd : s.end();
        // "South Venezuela", "West Texas", "Northern California": a compass word with a capital is part of the
        // name of the region it marks out, and of the mention (read as the place itself)
        int compass = greater ? 0 : SpotContext.capitalCompassBefore(text, s.start());
        int nameStart = greater ? s.start() - 8 : s.start() - compass;
        return nameStart != s.start() || nameEnd != s.end() ? new GeoSpotter.Spot(nameStart,
                nameEnd, s.entries(), s.byVariant(), s.fromEntity()) : s;
    }

    /** The place records and the ranked countries of the accepted choices, the dateline and the unknown places. */
    private Result records(Work w, List<Chosen> chosen) {
        String text = w.text;
        int datelineEntry = w.datelineEntry;
        // the dateline's place also named in the text is one record, of kind dateline, with the text's mentions
        boolean datelineNamed = false;
        for (int i = 0; datelineEntry >= 0 && i < chosen.size() && !datelineNamed; i++) {
            datelineNamed = chosen.get(i).entry() == datelineEntry;
        }
        List<Place> places = placeRecords.places(chosen, text, datelineNamed ? datelineEntry : -1);
        List<Country> countries = w.otherEntries == null
                ? countryRanker.rank(chosen, text, w.datelineCountry, datelineEntry)
                : countryRanker.rank(chosen, text, w.datelineCountry, datelineEntry, countriesOf(w.otherEntries));
        List<Mention> unknownLocations = w.outsideDivision != null ? w.outsideDivision : w.unknownLocations;
        String datelineWritten = w.datelineWritten;
        if (!unknownLocations.isEmpty() || datelineWritten != null && !datelineNamed) {
            places = new ArrayList<>(places);
            if (datelineWritten != null && !datelineNamed) {
                places.add(placeRecords.datelinePlace(datelineWritten, datelineEntry, w.datelineRegion,
                        w.datelineCountry));
            }
            // names the gazetteer lacks are placed in the country the story is about when it names a town there
            int focus = -1;
            for (Country c : countries) {
                focus = c.focus() ? gaz.country(c.code()) : focus;
            }
            places.addAll(placeRecords.unknownPlaces(unknownLocations, chosen, datelineEntry, text, focus));
        }
        if (w.otherEntries != null) {
            places = placeRecords.otherDatelinePlaces(places, w.otherWritten, w.otherEntries, datelineEntry);
        }
        return new Result(places, countries);
    }

    private static final String STATE_WORD = "State";

    /** Last words of the names of parks, squares and streets, which towns elsewhere also bear. */
    private static final java.util.Set<String> LANDMARK_HEADS = WordList.load(PlaceResolver.class, "landmark-heads.txt");
    /** Below this, a town of a landmark's name in another division of the story's country is not taken for it. */
    static final int LANDMARK_NAMESAKE_MAX_POPULATION = 10_000;

    /**
     * Whether {@code s}, a name of several words that ends as a park's, a square's or a street's does ("Hyde Park",
     * "Central Park", "Union Square"), read as town {@code e}, lies away from every place the story is set in: in
     * another country than the dateline's and every other town the first pass chose (a town under {@value
     * #UNSUPPORTED_MIN_POPULATION}), or in their country but in none of their first-level divisions (a town under
     * {@value #LANDMARK_NAMESAKE_MAX_POPULATION}: "Menlo Park" and "Oak Park" are towns news names from afar). A
     * story with no other place says nothing. Costs a word lookup for the multi-word towns accepted, nothing per token.
     */
    private boolean landmarkElsewhere(String text, GeoSpotter.Spot s, int e, int datelineEntry, int datelineCountry,
            int[] chosenEntry, int chosenCount) {
        long population = gaz.population(e);
        if (population >= UNSUPPORTED_MIN_POPULATION || text.lastIndexOf(' ', s.end() - 1) <= s.start()
                || !LANDMARK_HEADS.contains(lastWord(text, s))) {
            return false;
        }
        int c = gaz.countryOf(e);
        int a1 = gaz.admin1Of(e);
        int others = 0;
        boolean sameCountry = false;
        boolean sameAdmin1 = false;
        if (datelineCountry >= 0) {
            others++;
            sameCountry = datelineCountry == c;
            sameAdmin1 = datelineEntry >= 0 && a1 >= 0 && gaz.admin1Of(datelineEntry) == a1;
        }
        for (int x = 0; x < chosenCount; x++) {
            if (chosenEntry[x] != e) {
                others++;
                sameCountry |= gaz.countryOf(chosenEntry[x]) == c;
                sameAdmin1 |= a1 >= 0 && gaz.admin1Of(chosenEntry[x]) == a1;
            }
        }
        if (others == 0 || sameAdmin1) {
            return false;
        }
        return !sameCountry || population < LANDMARK_NAMESAKE_MAX_POPULATION;
    }

    /**
     * Whether {@value #NAMESAKE_LOCAL_PLACES} other places the first pass chose lie in the first-level division of
     * town {@code e}: one may be a stray word read there too ("the Louisiana Purchase" gives Purchase, New York).
     */
    private boolean othersInAdmin1(int e, int[] chosenEntry, int[] chosenAdmin1, int chosenCount) {
        int a1 = gaz.admin1Of(e);
        int others = 0;
        for (int x = 0; a1 >= 0 && x < chosenCount; x++) {
            others += chosenAdmin1[x] == a1 && chosenEntry[x] != e ? 1 : 0;
        }
        return others >= NAMESAKE_LOCAL_PLACES;
    }

    /**
     * Whether {@code s}, naming the US state {@code e}, begins a university or its team ("Mississippi State
     * started the game against Louisville", "Ohio State"): no naming of the state, so that it does not pull
     * the other team's city to a namesake in that state (Louisville, Mississippi).
     */
    private boolean universityTeam(String text, GeoSpotter.Spot s, int e) {
        return text.startsWith(STATE_WORD, s.end() + 1) && text.charAt(s.end()) == ' '
                && "US".equals(gaz.countryCode(gaz.countryOf(e)))
                && (s.end() + 6 >= text.length() || !Character.isLetter(text.charAt(s.end() + 6)));
    }

    /** The key of a division's name without its last word when that is a division word ("Lakki Marwat District"). */
    private static long divisionNameKey(String name) {
        int sp = name.lastIndexOf(' ');
        return sp > 0 && SpotContext.DIVISION_WORDS.contains(Folding.folded(name.substring(sp + 1)))
                ? Folding.key(name.substring(0, sp)) : 0;
    }

    /** The country of each entry, -1 for none. */
    private int[] countriesOf(int[] entries) {
        int[] countries = new int[entries.length];
        for (int k = 0; k < entries.length; k++) {
            countries[k] = entries[k] >= 0 ? gaz.countryOf(entries[k]) : -1;
        }
        return countries;
    }

    /**
     * The entries of the dateline's places after the first ("JERUSALEM" in "GAZA CITY/JERUSALEM, Jan 3 (Reuters)
     * -"), each chosen as the first place is ({@link #datelineCandidates}: the town before a division of the
     * name), or -1 where the gazetteer has no such place.
     */
    private int[] otherDatelineEntries(List<String> written, double[] named, NamedDivisions namedAdmin1) {
        int[] entries = new int[written.size()];
        for (int k = 0; k < entries.length; k++) {
            String w = written.get(k);
            long key = Folding.key(w);
            int[] cands = key == 0 ? null : datelineCandidates(gaz.byKey(key));
            entries[k] = cands == null ? -1 : best(cands, key, w.indexOf(' ') > 0, named, namedAdmin1, -1, -1, null,
                    false, null, 0, null, null, 0, -1);
        }
        return entries;
    }

    /**
     * The entries a dateline's place may be: a dateline names the town the story was filed from, so when a
     * populated place has the name, the divisions of that name are dropped ("NEW YORK" is the city, not the
     * state; "PUNJAB" alone stays the province). Countries stay ("KUWAIT", "SINGAPORE").
     */
    private static int[] datelineCandidates(int[] entries) {
        if (entries == null) {
            return null;
        }
        int places = 0;
        int divisions = 0;
        for (int e : entries) {
            int kind = Gazetteer.kind(e);
            places += kind == Gazetteer.PLACE ? 1 : 0;
            divisions += kind == Gazetteer.ADMIN1 || kind == Gazetteer.ADMIN2 ? 1 : 0;
        }
        if (places == 0 || divisions == 0) {
            return entries;
        }
        int[] out = new int[entries.length - divisions];
        int n = 0;
        for (int e : entries) {
            int kind = Gazetteer.kind(e);
            if (kind != Gazetteer.ADMIN1 && kind != Gazetteer.ADMIN2) {
                out[n++] = e;
            }
        }
        return out;
    }

    /**
     * Whether a spot inside an organisation's name is still a mention of the place {@code e}: a country,
     * its demonym, a continent or region, a first-level division, or a town of
     * {@value #ORGANISATION_CITY_MIN_POPULATION} people or more, by its exact name; never by spelling variant.
     */
    private boolean strongInsideOrganisation(GeoSpotter.Spot s, int e) {
        if (s.byVariant()) {
            return false;
        }
        int kind = Gazetteer.kind(e);
        return kind == Gazetteer.COUNTRY || kind == Gazetteer.DEMONYM || kind == Gazetteer.CONTINENT
                || kind == Gazetteer.ADMIN1 || gaz.population(e) >= ORGANISATION_CITY_MIN_POPULATION;
    }

    private static long[] append(long[] a, long v) {
        long[] out = java.util.Arrays.copyOf(a, a.length + 1);
        out[a.length] = v;
        return out;
    }

    /** Whether the first {@code n} of {@code keys} hold {@code key}. */
    private static boolean holdsKey(long[] keys, int n, long key) {
        for (int i = 0; i < n; i++) {
            if (keys[i] == key) {
                return true;
            }
        }
        return false;
    }

    private static boolean holdsKey(long[] keys, long key) {
        for (long k : keys) {
            if (k == key) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the one-word spot {@code s} is a word of the name of a person the entities stage found elsewhere in the
     * article ("Craig" of "Craig Kearney"). Walks the article's PERSON mentions: called only for a spot without a
     * cue, which is rare.
     */
    private static boolean nameOfPerson(Article article, String text, GeoSpotter.Spot s) {
        int n = s.end() - s.start();
        for (int i = s.start(); i < s.end(); i++) {
            if (!Character.isLetter(text.charAt(i))) {
                return false;
            }
        }
        String word = text.substring(s.start(), s.end());
        for (io.newswire.model.Entity en : article.entities() == null ? List.<io.newswire.model.Entity>of() : article.entities()) {
            if (en.type() != io.newswire.model.EntityType.PERSON) {
                continue;
            }
            for (Mention m : en.mentions()) {
                String name = m.text();
                if (m.end() - m.start() <= n || m.start() <= s.start() && s.end() <= m.end()) {
                    continue;
                }
                for (int at = name.indexOf(word); at >= 0; at = name.indexOf(word, at + 1)) {
                    boolean startsWord = at == 0 || !Character.isLetter(name.charAt(at - 1));
                    boolean endsWord = at + n == name.length() || !Character.isLetter(name.charAt(at + n));
                    if (startsWord && endsWord) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether "'s " (or "’s ") alone stands between {@code end} and {@code start}. */
    private static boolean possessiveBefore(String text, int end, int start) {
        return start == end + 3 && (text.startsWith("'s ", end) || text.startsWith("\u2019s ", end));
    }

    /**
     * What a place before a possessive holds, as a container for {@link #best}: a country or division itself, a
     * town its first-level division ("Dhaka's Dhamrai"); {@code null} for anything else (a demonym, a region).
     */
    private int[] holder(int e) {
        int kind = Gazetteer.kind(e);
        if (kind == Gazetteer.COUNTRY || kind == Gazetteer.ADMIN1 || kind == Gazetteer.ADMIN2) {
            return new int[] {e};
        }
        int a1 = kind == Gazetteer.PLACE ? gaz.admin1Of(e) : -1;
        return a1 < 0 ? null : new int[] {Gazetteer.entry(Gazetteer.ADMIN1, a1)};
    }

    /** Whether no reading of {@code s} lies in the country of {@code holder}. */
    private boolean outsideHolder(GeoSpotter.Spot s, int holder) {
        int country = gaz.countryOf(holder);
        for (int e : s.entries()) {
            // a curated landmark or region lies in no country the gazetteer records ("London's Heathrow" is the
            // airport's entry): no reading of it is shown to lie outside the holder
            if (gaz.countryOf(e) == country || gaz.countryOf(e) < 0) {
                return false;
            }
        }
        return country >= 0;
    }

    /** Whether {@code s} is a state written as an AP abbreviation after a comma ("Lakewood, Wash."). */
    private static boolean isRegionAbbreviation(String text, GeoSpotter.Spot s) {
        return s.entries().length == 1 && Gazetteer.kind(s.entries()[0]) == Gazetteer.ADMIN1 && s.start() >= 2
                && text.charAt(s.end() - 1) == '.' && text.startsWith(", ", s.start() - 2);
    }

    /**
     * "CAMP MURRAY, Wash.", "KILLEEN, Texas" aside: an AP abbreviation with dots after a capitalised word the
     * gazetteer does not know (a base, a hamlet) still names the state, for the story's other places, and is a
     * mention of it. After a town the gazetteer knows, the town's own handling ({@code apRegion}) replaces
     * this spot; kept, it also survives an entities stage that reads the whole unknown name as one location.
     */
    private void addRegionAbbreviations(String text, List<GeoSpotter.Spot> spots) {
        int n = text.length();
        int from = 0;
        while (true) {
            int p = text.indexOf(", ", from);
            if (p < 0 || p + 3 >= n) {
                return;
            }
            from = p + 2;
            if (p == 0 || !Character.isUpperCase(text.charAt(p + 2)) || !Character.isLetter(text.charAt(p - 1))) {
                continue;
            }
            int b = p;
            while (b > 0 && Folding.isTokenChar(text.charAt(b - 1))) {
                b--;
            }
            if (!GeoSpotter.startsName(text.charAt(b))) {
                continue;
            }
            int end = SpotContext.regionAbbreviationAfter(text, p);
            if (end < 0 || text.charAt(end - 1) != '.') {
                continue;
            }
            // after a town the gazetteer knows, the abbreviation loop below replaces this spot with its own
            DatelineRegions.Region r = DatelineRegions.abbreviation(text.substring(p + 2, end));
            int[] region = r == null ? null : regionEntries(r.name() + "|" + r.countryCode());
            for (int x = 0; region != null && x < region.length; x++) {
                if (Gazetteer.kind(region[x]) == Gazetteer.ADMIN1) {
                    spots.add(new GeoSpotter.Spot(p + 2, end, new int[] {region[x]}, false, false));
                    break;
                }
            }
        }
    }

    /**
     * What a province or state abbreviation written alone stands for ("BC", "SA"), or -1: the entry whose
     * country the article supports most ({@link #support}), when that country has at least
     * {@value #ABBREVIATION_MIN_SUPPORT} and {@value #ABBREVIATION_SHARE} of the best-supported country's, since
     * "SC" in a Pakistani story is its Supreme Court. Never after a number ("400 BC") nor beside another
     * capitalised word ("Small Business BC", "BC Hydro"). A LOCATION the entities stage found is read
     * whatever the support: only which division is left to decide.
     */
    private int abbreviationChoice(GeoSpotter.Spot s, String text, double[] named, double[] votes,
            int datelineCountry) {
        if (!s.fromEntity() && (SpotContext.numberBefore(text, s.start())
                || SpotContext.capitalisedWordBefore(text, s.start()) && SpotContext.compassBefore(text, s.start(), false) == 0
                || SpotContext.capitalisedWordAfter(text, s.end()))) {
            // "North Qld" is a part of Queensland, not a name of which Qld is a word
            return -1;
        }
        double most = 0;
        for (int c = 0; c < named.length; c++) {
            most = Math.max(most, support(c, named, votes, datelineCountry));
        }
        int best = s.fromEntity() ? s.entries()[0] : -1;
        double bestSupport = 0;
        for (int e : s.entries()) {
            int c = gaz.countryOf(e);
            double sup = c < 0 ? 0 : support(c, named, votes, datelineCountry);
            if (sup > bestSupport) {
                bestSupport = sup;
                best = e;
            }
        }
        if (!s.fromEntity() && (bestSupport < ABBREVIATION_MIN_SUPPORT || bestSupport < ABBREVIATION_SHARE * most)) {
            return -1;
        }
        return best;
    }

    /**
     * A country's support for an abbreviation: each naming of the country or its demonym, each town
     * chosen in it by the first pass (whether or not then accepted: "Scott" the surname votes for a US
     * town, so one such vote is not enough), and 2 for the dateline.
     */
    private static double support(int c, double[] countryNamed, double[] votes, int datelineCountry) {
        return countryNamed[c] + votes[c] + (c == datelineCountry ? 2 : 0);
    }

    /** The best-scoring entry; a word that is a demonym is read as one ("American" is not a town). */
    private int best(int[] entries, long surfaceKey, boolean multiWord, double[] named, NamedDivisions namedAdmin1,
            int datelineEntry, int datelineCountry, int[] container, boolean divisionAfter, int[] admin2Chosen,
            int admin2ChosenCount, int[] chosenEntry, int[] chosenAdmin1, int chosenCount, int selfChoice) {
        int best = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        boolean demonym = false;
        // "Lakki Marwat": no town has the whole name as its own (GeoNames lists the town as "Lakki"), so the
        // district "Lakki Marwat District" is the name written, not the town matched by an alternate name
        boolean ownPlace = !multiWord;
        // a town of its own name among the candidates ("Southold", the Long Island town, beside South Bend,
        // Indiana, of which GeoNames lists "Southold" as an alternate name)
        boolean ownTown = false;
        for (int e : entries) {
            demonym |= Gazetteer.kind(e) == Gazetteer.DEMONYM;
            ownPlace |= Gazetteer.kind(e) == Gazetteer.PLACE && gaz.isOwnName(e, surfaceKey);
            ownTown |= Gazetteer.kind(e) == Gazetteer.PLACE && gaz.isOwnName(e, surfaceKey);
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
                boolean wholeName = !ownPlace && kind == Gazetteer.ADMIN2 && !gaz.isOwnName(e, surfaceKey)
                        && divisionNameKey(gaz.admin2Name(Gazetteer.index(e))) == surfaceKey;
                if (kind == Gazetteer.ADMIN2 && !divisionAfter && !gaz.isOwnName(e, surfaceKey) && !wholeName) {
                    // "Pickens" alone is a town or a surname, not Pickens County
                    continue;
                }
                if (wholeName) {
                    score += 1.5;
                }
                if (divisionAfter) {
                    score += 4.0;
                }
                // a county in a division named elsewhere; a division also written another way ("HELENA, Mont."
                // then "Montana" is the state, not Bulgaria's Montana)
                // 1 when only this very name names it ("Geneva" the canton and the city; "Nelson" names New
                // Zealand's region, which must not outvote "BC" for the Canadian town)
                double bonus = namedAdmin1.bonus(kind == Gazetteer.ADMIN2 ? gaz.admin2Admin1(Gazetteer.index(e))
                        : Gazetteer.index(e), surfaceKey);
                // a division named only by this very name gains nothing from that
                score += kind == Gazetteer.ADMIN1 && bonus < 2 ? 0 : bonus;
            } else {
                String f = gaz.placeFeature(Gazetteer.index(e));
                score += switch (f) {
                    case "PPLC" -> 1.5;
                    case "PPLA" -> 1.0;
                    case "PPLA2" -> 0.3;
                    default -> 0.0;
                };
                score += namedAdmin1.bonus(gaz.placeAdmin1(Gazetteer.index(e)), surfaceKey);
                int a2 = gaz.placeAdmin2(Gazetteer.index(e));
                for (int x = 0; a2 >= 0 && x < admin2ChosenCount; x++) {
                    if (admin2Chosen[x] == a2 && gaz.admin2NameKey(a2) != surfaceKey
                            && divisionNameKey(gaz.admin2Name(a2)) != surfaceKey) {
                        // a town of a county the story names ("Lincoln" beside "Boston in Lincolnshire"), not the
                        // county's own name read again ("Lakki Marwat" for Lakki Marwat District)
                        score += ADMIN2_NAMED_BONUS;
                        break;
                    }
                }
            }
            if (kind == Gazetteer.PLACE || kind == Gazetteer.ADMIN2
                    || kind == Gazetteer.ADMIN1 && chosenCount > 0 && !townOfName(entries, e)) {
                // a town or a county in the state of the story's other places; both alike, so that the bonus
                // does not tip a town against the county of its name ("Solihull"); and the state itself: "La Rioja"
                // beside Haro, Logroño and Calahorra is Spain's region, not Argentina's province (not against a town
                // of the name inside it: "New York" beside Buffalo may be the city)
                int a1 = gaz.admin1Of(e);
                int others = 0;
                for (int x = 0; a1 >= 0 && x < chosenCount; x++) {
                    // the others: not this name's own first-pass choice, which would vote for its county namesake
                    if (chosenAdmin1[x] == a1 && chosenEntry[x] != e && chosenEntry[x] != selfChoice) {
                        others++;
                    }
                }
                if (kind == Gazetteer.ADMIN1 && others < NAMESAKE_LOCAL_PLACES) {
                    // one other place there may be a stray word ("Freeland", a minister's name, is a town in
                    // Washington state): a division needs two to outweigh a capital of its name
                    others = 0;
                }
                score += Math.min(ADMIN1_CHOSEN_MAX, ADMIN1_CHOSEN_STEP * others);
            }
            if (gaz.isOwnName(e, surfaceKey)) {
                score += 1.5;
            } else if (ownTown && kind == Gazetteer.PLACE && gaz.population(e) < 1_000_000
                    && ownTownIn(entries, surfaceKey, c)) {
                // a town by one of its alternate names is a guess (accept() treats it so) against a town of that
                // very name in the same country. Not across countries: an English name is an alternate name in
                // GeoNames ("Athens" for Athína, "Florence" for Firenze) and must not lose to Georgia's Athens
                score -= ALTERNATE_NAME_PENALTY;
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
        if (best >= 0 && Gazetteer.kind(best) == Gazetteer.PLACE && best != datelineEntry
                && (container == null || !contains(container, best))) {
            best = bigNamesake(best, entries, surfaceKey, chosenEntry, chosenAdmin1, chosenCount, selfChoice,
                    namedAdmin1);
        }
        return best;
    }

    /**
     * Whether the headline has the spot's words as a whole word or words (case as written), not followed by a
     * capitalised word: a story's headline names
     * the place the story is about, so a small town there and in the body is meant as a place. Read only for a spot
     * no other cue supports.
     */
    static boolean headlineNames(String title, String text, GeoSpotter.Spot s) {
        int len = s.end() - s.start();
        for (int i = title.indexOf(text.charAt(s.start())); i >= 0 && i + len <= title.length();
                i = title.indexOf(text.charAt(s.start()), i + 1)) {
            int after = i + len;
            if (title.regionMatches(i, text, s.start(), len) && (i == 0 || !Folding.isTokenChar(title.charAt(i - 1)))
                    && (after == title.length() || !Folding.isTokenChar(title.charAt(after)))
                    // not the start of a longer name there ("North Korea", "Pisa Airport")
                    && !(after + 1 < title.length() && title.charAt(after) == ' '
                    && Character.isUpperCase(title.charAt(after + 1)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "wanted in Georgia ... will be charged in Tennessee" beside Cleveland and Bradley County: a name that is a
     * country abroad and a first-level division of the country every other place of the story lies in is that
     * division (s35 QA C1: Georgia the country in a Tennessee story). Needs two other places there, or one and the
     * dateline, and nothing chosen elsewhere: a country or demonym of another country, or a town abroad, keeps
     * the name a country ("talks between Armenia and Georgia"). Walks the spots only when one reads as a country.
     */
    /**
     * "CAMP MURRAY, Wash. - ... at home in Washington": the first-level division the dateline writes after its town,
     * named alone in the body by its own name, is that division, not the capital or the country that shares its name
     * (Washington, D.C.; Georgia). "Washington, D.C." written so is one name and stays the city. Runs once per
     * article with a dateline region, over the spots.
     */
    private void datelineStateNamedAlone(String text, List<GeoSpotter.Spot> spots, long[] spotKey, int[] choice,
            int[] datelineRegion, int datelineEntry, GeoSpotter.Spot[] apSpot) {
        int state = -1;
        boolean country = false;
        for (int x = 0; datelineRegion != null && x < datelineRegion.length; x++) {
            if (Gazetteer.kind(datelineRegion[x]) == Gazetteer.ADMIN1 && state < 0) {
                state = datelineRegion[x];
            }
            country |= Gazetteer.kind(datelineRegion[x]) == Gazetteer.COUNTRY;
        }
        if (country && (datelineEntry < 0 || gaz.admin1Of(datelineEntry) != Gazetteer.index(state))) {
            // "TBILISI, Georgia": the region written may be a country; only the dateline town's own state counts
            state = -1;
        }
        for (int i = 0; datelineRegion == null && state < 0 && i < spots.size() && spots.get(i).start() < DATELINE_REACH;
                i++) {
            // the dateline left in the text, as an unparsed copy has it: "CAMP MURRAY, Wash. - ...", the abbreviation
            // a spot of its own after a name the gazetteer lacks, or the region of the town before it
            GeoSpotter.Spot abbreviation = isRegionAbbreviation(text, spots.get(i)) ? spots.get(i) : apSpot[i];
            if (abbreviation != null && abbreviation.end() < DATELINE_REACH && dashAfter(text, abbreviation.end())
                    && Gazetteer.kind(abbreviation.entries()[0]) == Gazetteer.ADMIN1) {
                state = abbreviation.entries()[0];
            }
        }
        for (int i = 0; state >= 0 && i < spots.size(); i++) {
            GeoSpotter.Spot s = spots.get(i);
            if (choice[i] >= 0 && choice[i] != state && !s.byVariant() && !s.abbreviation() && holds(s.entries(), state)
                    && gaz.isOwnName(state, spotKey[i])) {
                choice[i] = state;
            }
        }
    }

    /** How far into the text a dateline left in it may end. */
    private static final int DATELINE_REACH = 60;

    /** Whether a dash (or an agency's bracket) follows {@code end} after a space: the end of a dateline. */
    private static boolean dashAfter(String text, int end) {
        if (end + 2 >= text.length() || text.charAt(end) != ' ') {
            return false;
        }
        char c = text.charAt(end + 1);
        return c == '-' || c == '\u2013' || c == '\u2014' || c == '(';
    }

    private void countryNameAsHomeDivision(List<GeoSpotter.Spot> spots, long[] spotKey, int[] choice,
            int datelineCountry) {
        boolean anyCountry = false;
        for (int x : choice) {
            anyCountry |= x >= 0 && Gazetteer.kind(x) == Gazetteer.COUNTRY;
        }
        if (!anyCountry) {
            return;
        }
        int home = datelineCountry;
        int places = datelineCountry >= 0 ? 1 : 0;
        int last = -1;
        for (int i = 0; i < spots.size(); i++) {
            int e = choice[i];
            if (e < 0 || Gazetteer.kind(e) == Gazetteer.COUNTRY) {
                continue;
            }
            int c = gaz.countryOf(e);
            if (c < 0) {
                continue;
            }
            if (home >= 0 && c != home) {
                return;
            }
            home = c;
            if (e != last) {
                places++;
                last = e;
            }
        }
        if (home < 0 || places < 2) {
            return;
        }
        int[] division = new int[spots.size()];
        for (int i = 0; i < spots.size(); i++) {
            division[i] = -1;
            int e = choice[i];
            if (e < 0 || Gazetteer.kind(e) != Gazetteer.COUNTRY || gaz.countryOf(e) == home) {
                continue;
            }
            for (int x : spots.get(i).entries()) {
                if (Gazetteer.kind(x) == Gazetteer.ADMIN1 && gaz.countryOf(x) == home && gaz.isOwnName(x, spotKey[i])) {
                    division[i] = x;
                    break;
                }
            }
            if (division[i] < 0) {
                // a country named that the story's country has no division of: the story is not set in one country
                return;
            }
        }
        for (int i = 0; i < spots.size(); i++) {
            if (division[i] >= 0) {
                choice[i] = division[i];
            }
        }
    }

    /**
     * "Niger State" and then "in Niger" in a Nigerian story: once the text names a state with its division word, the
     * story's other mentions of that name are the state, not a country of that name abroad, when the state's country
     * is supported (named, datelined or voted for by towns), nothing but the name itself names the other country and
     * the mention is not listed beside a country ("floods in Niger and Mali").
     * One name, one place. A country of the state's own ("Estado de México" and "México") keeps its reading.
     */
    private void sameNameAsState(String text, List<GeoSpotter.Spot> spots, long[] spotKey, int[] choice,
            boolean[] divisionAfter, double[] named, double[] votes, int datelineCountry) {
        for (int i = 0; i < spots.size(); i++) {
            if (!divisionAfter[i] || choice[i] < 0 || Gazetteer.kind(choice[i]) != Gazetteer.ADMIN1) {
                continue;
            }
            int state = choice[i];
            int sc = gaz.countryOf(state);
            if (sc < 0 || !(sc == datelineCountry || named[sc] >= 1 || votes != null && votes[sc] >= 1)) {
                continue;
            }
            for (int j = 0; j < spots.size(); j++) {
                int x = choice[j];
                if (j == i || divisionAfter[j] || spotKey[j] != spotKey[i] || x < 0
                        || Gazetteer.kind(x) != Gazetteer.COUNTRY || gaz.countryOf(x) == sc
                        || !holds(spots.get(j).entries(), state) || namedOtherwise(gaz.countryOf(x), spotKey[i], spots,
                        spotKey, choice) || listedWithCountry(text, spots, choice, j)) {
                    continue;
                }
                choice[j] = state;
            }
        }
    }

    /**
     * A town's name listed beside a first-level division ("mines in Ontario and Quebec", "Sindh, Punjab and
     * Balochistan") is the division of that name in the same country when it has one: the list joins names of one
     * kind. Quebec the province, not its capital, though the town is chosen alone (a division's population earns
     * it no bonus). Reads the spots right before and after each town chosen, one {@link SpotContext#listJoin} apart.
     */
    private void divisionsListedWithDivisions(String text, List<GeoSpotter.Spot> spots, int[] choice) {
        for (int j = 0; j < spots.size(); j++) {
            if (choice[j] < 0 || Gazetteer.kind(choice[j]) != Gazetteer.PLACE) {
                continue;
            }
            int country = gaz.countryOf(choice[j]);
            boolean beside = j > 0 && listedDivision(spots.get(j - 1), choice[j - 1], country)
                    && SpotContext.listJoin(text, spots.get(j - 1).end(), spots.get(j).start())
                    || j + 1 < spots.size() && listedDivision(spots.get(j + 1), choice[j + 1], country)
                    && SpotContext.listJoin(text, spots.get(j).end(), spots.get(j + 1).start());
            if (!beside) {
                continue;
            }
            for (int e : spots.get(j).entries()) {
                if (Gazetteer.kind(e) == Gazetteer.ADMIN1 && gaz.countryOf(e) == country) {
                    choice[j] = e;
                    break;
                }
            }
        }
    }

    /**
     * Whether {@code entry}, the choice of {@code spot}, is a first-level division of {@code country} whose name no
     * big town of that country shares: "New York" read as the state is no evidence that "Washington" beside it is
     * one ("the attacks in New York and Washington").
     */
    private boolean listedDivision(GeoSpotter.Spot spot, int entry, int country) {
        if (entry < 0 || Gazetteer.kind(entry) != Gazetteer.ADMIN1 || gaz.countryOf(entry) != country) {
            return false;
        }
        for (int e : spot.entries()) {
            if (Gazetteer.kind(e) == Gazetteer.PLACE && gaz.countryOf(e) == country
                    && gaz.population(e) >= LISTED_DIVISION_TOWN_LIMIT) {
                return false;
            }
        }
        return true;
    }

    /** Whether town entry {@code e} is a national capital (GeoNames PPLC). */
    private boolean isCapital(int e) {
        return "PPLC".equals(gaz.placeFeature(Gazetteer.index(e)));
    }

    /** A town this big shares its name with the division beside it too often for the list to say which is meant. */
    private static final long LISTED_DIVISION_TOWN_LIMIT = 100_000;

    /** Whether spot {@code j} is listed beside a country ("floods in Niger and Mali"): a country itself. */
    private static boolean listedWithCountry(String text, List<GeoSpotter.Spot> spots, int[] choice, int j) {
        return j > 0 && choice[j - 1] >= 0 && Gazetteer.kind(choice[j - 1]) == Gazetteer.COUNTRY
                && SpotContext.listJoin(text, spots.get(j - 1).end(), spots.get(j).start())
                || j + 1 < spots.size() && choice[j + 1] >= 0 && Gazetteer.kind(choice[j + 1]) == Gazetteer.COUNTRY
                && SpotContext.listJoin(text, spots.get(j).end(), spots.get(j + 1).start());
    }

    /** Whether a spot of another name than {@code key} reads country {@code c} (its name or a demonym). */
    private boolean namedOtherwise(int c, long key, List<GeoSpotter.Spot> spots, long[] spotKey, int[] choice) {
        for (int j = 0; j < spots.size(); j++) {
            int k = choice[j] < 0 ? -1 : Gazetteer.kind(choice[j]);
            if (spotKey[j] != key && (k == Gazetteer.COUNTRY || k == Gazetteer.DEMONYM) && gaz.countryOf(choice[j]) == c) {
                return true;
            }
        }
        return false;
    }

    /** Whether a town among {@code entries} lies in first-level division {@code admin1Entry}. */
    private boolean townOfName(int[] entries, int admin1Entry) {
        int a1 = Gazetteer.index(admin1Entry);
        for (int x : entries) {
            if (Gazetteer.kind(x) == Gazetteer.PLACE && gaz.admin1Of(x) == a1) {
                return true;
            }
        }
        return false;
    }

    /** A city at least this big ... */
    private static final long NAMESAKE_CITY_MIN_POPULATION = ORGANISATION_CITY_MIN_POPULATION;
    /** ... and this many times the town's population stays the reading of its name ... */
    private static final long NAMESAKE_RATIO = 20;
    /** ... unless this many other places of the story lie in the town's state. */
    private static final int NAMESAKE_LOCAL_PLACES = 2;

    /**
     * The city of the country that has the name, when the state of the story's other places chose a town
     * {@value #NAMESAKE_RATIO} times smaller on one piece of evidence: "Louisville" in a game story with a
     * "COLUMBUS, Ohio" photo caption is Kentucky's city of 240,000, not Ohio's town of 9,000. Two other places in
     * that state, or the name written with it ("Louisville, Ohio"), keep the town: a local story about Miami,
     * Oklahoma names Tulsa and Joplin too.
     */
    private int bigNamesake(int town, int[] entries, long surfaceKey, int[] chosenEntry, int[] chosenAdmin1,
            int chosenCount, int selfChoice, NamedDivisions namedAdmin1) {
        long pop = gaz.population(town);
        int country = gaz.countryOf(town);
        int big = -1;
        for (int e : entries) {
            long p = gaz.population(e);
            if (Gazetteer.kind(e) == Gazetteer.PLACE && gaz.countryOf(e) == country && p >= NAMESAKE_CITY_MIN_POPULATION
                    && p >= NAMESAKE_RATIO * Math.max(1, pop) && gaz.isOwnName(e, surfaceKey)
                    && (big < 0 || p > gaz.population(big))) {
                big = e;
            }
        }
        if (big < 0) {
            return town;
        }
        int a1 = gaz.admin1Of(town);
        int others = 0;
        boolean county = false;
        for (int x = 0; a1 >= 0 && x < chosenCount; x++) {
            if (chosenAdmin1[x] == a1 && chosenEntry[x] != town && chosenEntry[x] != selfChoice) {
                others++;
                county |= Gazetteer.kind(chosenEntry[x]) == Gazetteer.ADMIN2;
            }
        }
        if (county && namedAdmin1.namedAlone(a1)) {
            // a county of the state and the state itself named on its own, the marks of a local story, count as
            // two: "a crash in Ohio ... in Muskingum County ... Smith, of Roseville" is Ohio's village, not
            // California's city. Not the state as a town's ("Columbus, Ohio"), nor beside a town alone (a team's
            // city and its state's name are sports copy: "Texas" and "Arlington")
            others++;
        }
        return others >= NAMESAKE_LOCAL_PLACES ? town : big;
    }

    /** A town abroad at least this big is one every reader knows by its name alone ("Paris", "Rome"). */
    private static final long FAMOUS_CITY_MIN_POPULATION = 1_000_000;
    /** A national capital at least this big is known by its name alone too ("Dublin", "Lisbon", "Oslo"). */
    private static final long FAMOUS_CAPITAL_MIN_POPULATION = 100_000;
    /**
     * How many times bigger than the town the famous city must be: Dublin (1.0 million) over Dublin, California
     * (72,000); not Kingston, Jamaica (0.9 million) over Kingston, Ontario (124,000), nor Athens over Athens, Georgia.
     */
    private static final long FAMOUS_NAMESAKE_RATIO = 10;
    /**
     * How many times bigger than the town a national capital must be to win when nothing in the text, not even the
     * dateline's town, lies in the town's state: Athens (664,000) over Athens, Georgia (127,000) in a NEW YORK story.
     */
    private static final long FAMOUS_CAPITAL_RATIO = 3;

    /**
     * "NEW YORK (AP) - ... the CAC 40 in Paris" over a story whose other places are American: the country-wide
     * evidence (the dateline's country, the country named, towns of other states) chose Paris, Texas, a town of
     * 25,000, over the capital of France. A town picked so is the famous city of another country of its very name
     * ({@value #FAMOUS_CITY_MIN_POPULATION} people or more, or a national capital of
     * {@value #FAMOUS_CAPITAL_MIN_POPULATION}, and {@value #FAMOUS_NAMESAKE_RATIO} times the town's size) unless the story
     * gives evidence of the town's own state: another place of the text in that state (a local story about Rome,
     * Georgia names Cartersville or Georgia too), the dateline's region ("UTICA, N.Y."), or the dateline's town in that
     * state together with another. A bare big-city dateline alone ("NEW YORK") is no such evidence: AP files national and
     * world stories from it. Nor a name the text writes with its state anywhere ("Paris, Texas", "Rome, Ga."), or with
     * a division word after it, or a spelling variant: those keep their reading.
     */
    private void famousNamesakesAbroad(String text, List<GeoSpotter.Spot> spots, long[] spotKey, int[] choice,
            boolean[] divisionAfter, int[][] apRegion, int datelineEntry, long datelineKey, int[] datelineRegion) {
        long[] written = null;
        for (int i = 0; i < spots.size(); i++) {
            if (divisionAfter[i] || apRegion[i] != null
                    || i + 1 < spots.size() && containerFollows(text, spots.get(i), spots.get(i + 1))) {
                // "Alexandria, Va." once: the story's other "Alexandria" is that town too
                written = written == null ? new long[] {spotKey[i]} : append(written, spotKey[i]);
            }
        }
        // "the Texan-born singer", "an Ohio-bred guard": where a person comes from, no evidence of where the story is
        int[] evidenceChoice = choice;
        for (int i = 0; i < spots.size(); i++) {
            if (choice[i] >= 0 && originCompound(text, spots.get(i).end())) {
                if (evidenceChoice == choice) {
                    evidenceChoice = choice.clone();
                }
                evidenceChoice[i] = -1;
            }
        }
        for (int i = 0; i < spots.size(); i++) {
            int town = choice[i];
            GeoSpotter.Spot s = spots.get(i);
            if (town < 0 || town == datelineEntry || Gazetteer.kind(town) != Gazetteer.PLACE || s.byVariant()
                    || s.abbreviation() || written != null && holdsKey(written, spotKey[i])) {
                continue;
            }
            long pop = Math.max(1, gaz.population(town));
            int country = gaz.countryOf(town);
            int big = -1;
            // a national capital a few times the town's size, taken only when nothing at all places the town's state
            int capital = -1;
            for (int e : s.entries()) {
                if (Gazetteer.kind(e) != Gazetteer.PLACE || gaz.countryOf(e) == country || !gaz.isOwnName(e, spotKey[i])) {
                    continue;
                }
                long p = gaz.population(e);
                boolean capitalCity = isCapital(e);
                boolean famous = p >= FAMOUS_CITY_MIN_POPULATION || p >= FAMOUS_CAPITAL_MIN_POPULATION && capitalCity;
                if (famous && p >= FAMOUS_NAMESAKE_RATIO * pop && (big < 0 || p > gaz.population(big))) {
                    big = e;
                }
                if (capitalCity && p >= FAMOUS_CAPITAL_MIN_POPULATION && p >= FAMOUS_CAPITAL_RATIO * pop
                        && (capital < 0 || p > gaz.population(capital))) {
                    capital = e;
                }
            }
            if (big < 0 && capital < 0) {
                continue;
            }
            int a1 = gaz.admin1Of(town);
            int evidence = a1 < 0 ? 0 : localEvidence(spots, spotKey, evidenceChoice, i, a1, datelineEntry,
                    datelineKey, datelineRegion);
            if (big >= 0 && evidence < 2) {
                choice[i] = big;
            } else if (capital >= 0 && evidence == 0) {
                // "NEW YORK (AP) - ... medals in Athens": Athens, Georgia is a fifth of Greece's capital, and nothing
                // in the story is in Georgia; an OTTAWA story's Kingston (the dateline's province) stays Ontario's
                choice[i] = capital;
            }
            if (evidenceChoice != choice && evidenceChoice[i] >= 0) {
                evidenceChoice[i] = choice[i];
            }
        }
    }

    /** The endings that make a place a person's origin: "Texan-born", "Lagos-raised", "London-bred". */
    private static final String[] ORIGIN_ENDINGS = {"-born", "-bred", "-raised"};

    /** Whether an origin ending ({@link #ORIGIN_ENDINGS}) follows at {@code end}, as a whole word's end. */
    static boolean originCompound(String text, int end) {
        // every ending begins with a hyphen, which no other character equals in any case: one read for most names
        if (end >= text.length() || text.charAt(end) != '-') {
            return false;
        }
        for (String ending : ORIGIN_ENDINGS) {
            int after = end + ending.length();
            if (text.regionMatches(true, end, ending, 0, ending.length())
                    && (after == text.length() || !Character.isLetterOrDigit(text.charAt(after)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Crews from Cartersville and Calhoun helped Rome clear the roads": a name read as a town of a division no other
     * place of the text lies in is the town of its very name in the division where two other places of the text were
     * read (the issue's "a town that shares its name with a famous city abroad"). The size of the famous city and the
     * country-wide evidence outweighed the two neighbours before. Not when the text names the chosen town's country
     * (then it speaks of both), nor for the dateline's town, a spelling variant or an abbreviation.
     */
    private void localNamesakes(List<GeoSpotter.Spot> spots, long[] spotKey, int[] choice, int datelineEntry,
            double[] named) {
        // what placesIn reads of each spot, read once: the first-level division each spot's choice counts for (any
        // place, and a small place the entities stage marked; countedIn); placesIn read them again for every spot and
        // every namesake of it, a pass over the spots each time
        int n = spots.size();
        int[] anyIn = new int[n];
        int[] smallIn = new int[n];
        for (int j = 0; j < n; j++) {
            countsIn(spots.get(j), choice[j], anyIn, smallIn, j);
        }
        for (int i = 0; i < n; i++) {
            int town = choice[i];
            GeoSpotter.Spot s = spots.get(i);
            if (town < 0 || town == datelineEntry || Gazetteer.kind(town) != Gazetteer.PLACE || s.byVariant()
                    || s.abbreviation() || gaz.admin1Of(town) < 0) {
                continue;
            }
            int country = gaz.countryOf(town);
            if (country >= 0 && named[country] >= 1 || namesIn(anyIn, spotKey, i, gaz.admin1Of(town)) > 0) {
                continue;
            }
            int local = -1;
            for (int e : s.entries()) {
                int a = Gazetteer.kind(e) == Gazetteer.PLACE ? gaz.admin1Of(e) : -1;
                if (e != town && a >= 0 && gaz.isOwnName(e, spotKey[i])
                        && namesIn(smallIn, spotKey, i, a) >= NAMESAKE_LOCAL_PLACES
                        && (local < 0 || gaz.population(e) > gaz.population(local))) {
                    local = e;
                }
            }
            if (local >= 0) {
                choice[i] = local;
                countsIn(s, local, anyIn, smallIn, i);
            }
        }
    }

    /** What {@link #countedIn} gives for a spot that counts for no division (admin1Of's -1 is a division unknown). */
    private static final int COUNTS_NOWHERE = Integer.MIN_VALUE;

    /**
     * The first-level division spot {@code s}, read as {@code e}, counts for as another name of the text in that
     * division, or {@link #COUNTS_NOWHERE}: a place, a county or the division itself, not a spelling variant. With
     * {@code small}, only names the entities stage marked as locations (a word the gazetteer merely matches is no
     * evidence: "Toronto" fourteen times in a Toronto story is not Toronto, Ohio because two words of it match Ohio
     * villages), and of those only towns under {@value #ORGANISATION_CITY_MIN_POPULATION} people and counties,
     * neither the division itself nor an abbreviation: local copy names small towns, while a game or a national
     * story names big cities of several states (a Toronto game story naming Cleveland and Columbus is no story of
     * Toronto, Ohio).
     */
    private int countedIn(GeoSpotter.Spot s, int e, boolean small) {
        if (e < 0 || s.byVariant() || small && s.abbreviation()) {
            return COUNTS_NOWHERE;
        }
        int k = Gazetteer.kind(e);
        boolean counts = small
                ? (k == Gazetteer.PLACE || k == Gazetteer.ADMIN2) && s.fromEntity()
                        && (k == Gazetteer.ADMIN2 || gaz.population(e) < ORGANISATION_CITY_MIN_POPULATION)
                : k == Gazetteer.PLACE || k == Gazetteer.ADMIN2 || k == Gazetteer.ADMIN1;
        return counts ? gaz.admin1Of(e) : COUNTS_NOWHERE;
    }

    /** Sets {@code anyIn[j]} and {@code smallIn[j]} to {@link #countedIn} of spot {@code s} read as {@code e}. */
    private void countsIn(GeoSpotter.Spot s, int e, int[] anyIn, int[] smallIn, int j) {
        anyIn[j] = countedIn(s, e, false);
        smallIn[j] = countedIn(s, e, true);
    }

    /**
     * {@link #placesIn} (with no key excepted) from the divisions {@link #countsIn} gave: the distinct names of the
     * other spots that count for {@code a1} (-1, a division unknown, included).
     */
    private static int namesIn(int[] in, long[] spotKey, int self, int a1) {
        int n = 0;
        for (int j = 0; j < in.length; j++) {
            if (in[j] != a1 || j == self || spotKey[j] == spotKey[self]) {
                continue;
            }
            boolean seen = false;
            for (int k = 0; k < j && !seen; k++) {
                seen = in[k] == a1 && k != self && spotKey[k] == spotKey[j];
            }
            if (!seen) {
                n++;
            }
        }
        return n;
    }

    /** A place at least this big, or a national capital, is named in stories of any region: no local evidence. */
    private static final long SHARED_DIVISION_EVIDENCE_MAX = 1_000_000;

    /**
     * "Flood warnings for Perth and Stirling ... crews in Dundee": two or more names read as towns of one first-level
     * division (Western Australia, where Perth is a city of two million and Stirling a suburb) that all have towns of
     * their very name in another division (Scotland), where the text also names a place of its own, are that other
     * division's towns: one division that holds every name explains the text better than two. Each name's size
     * outweighed its neighbours before, one name at a time. Not when the first division holds any other place of the
     * text, its country is named or is the dateline's, or a name of the group is written anywhere with its region or a
     * division word ("Perth, Western Australia"); the place of the other division must be a town under
     * {@value #SHARED_DIVISION_EVIDENCE_MAX} people or a county, no national capital, and marked a location by the
     * entities stage (London, named in any story, places no story in England). Runs only when two spots were read in
     * one division; a pass over the spots per such division.
     */
    private void sharedDivisionNamesakes(String text, List<GeoSpotter.Spot> spots, long[] spotKey, int[] choice,
            boolean[] divisionAfter, int[][] apRegion, int datelineEntry, double[] named) {
        // the group's keys are gathered here, one buffer a call, and copied out only for a group that is read on
        // (growing an array one key at a time for every spot of a division cost a copy a key)
        long[] groupKeys = null;
        for (int i = 0; i < spots.size(); i++) {
            int a1 = groupDivision(spots, choice, i);
            if (a1 < 0 || datelineEntry >= 0 && gaz.countryOf(datelineEntry) == gaz.countryOf(choice[i])) {
                continue;
            }
            int country = gaz.countryOf(choice[i]);
            if (country >= 0 && named[country] >= 1) {
                continue;
            }
            // the group: the distinct names read in division a1; any other place there (a division, an
            // abbreviation, a name written with its region) keeps them all
            int groupSize = 0;
            boolean keep = false;
            for (int j = 0; j < spots.size() && !keep; j++) {
                int e = choice[j];
                if (e < 0 || gaz.admin1Of(e) != a1 || Gazetteer.kind(e) == Gazetteer.COUNTRY) {
                    continue;
                }
                keep = groupDivision(spots, choice, j) != a1 || divisionAfter[j] || apRegion[j] != null
                        || j + 1 < spots.size() && containerFollows(text, spots.get(j), spots.get(j + 1));
                if (groupKeys == null) {
                    groupKeys = new long[spots.size()];
                }
                if (!holdsKey(groupKeys, groupSize, spotKey[j])) {
                    groupKeys[groupSize++] = spotKey[j];
                }
            }
            if (keep || groupSize < 2) {
                continue;
            }
            long[] group = java.util.Arrays.copyOf(groupKeys, groupSize);
            // the other division: every name of the group has a town (or county) of its own name there
            int other = -1;
            for (int e : spots.get(i).entries()) {
                int k = Gazetteer.kind(e);
                int b = k == Gazetteer.PLACE || k == Gazetteer.ADMIN2 ? gaz.admin1Of(e) : -1;
                if (b >= 0 && b != a1 && gaz.isOwnName(e, spotKey[i]) && allNamesIn(spots, spotKey, group, b)
                        && localPlaceIn(spots, spotKey, choice, group, b)) {
                    other = b;
                    break;
                }
            }
            if (other < 0) {
                continue;
            }
            for (int j = 0; j < spots.size(); j++) {
                if (holdsKey(group, spotKey[j])) {
                    choice[j] = readingIn(spots.get(j), spotKey[j], other);
                }
            }
        }
    }

    /**
     * The first-level division of spot {@code i}'s choice when it may join a group of names moved together: a town or
     * a county by its own name, not a spelling variant or an abbreviation; else -1.
     */
    private int groupDivision(List<GeoSpotter.Spot> spots, int[] choice, int i) {
        int e = choice[i];
        GeoSpotter.Spot s = spots.get(i);
        int k = e < 0 ? -1 : Gazetteer.kind(e);
        if (k != Gazetteer.PLACE && k != Gazetteer.ADMIN2 || s.byVariant() || s.abbreviation()) {
            return -1;
        }
        return gaz.admin1Of(e);
    }

    /** Whether every name of {@code group} has a reading by its own name in first-level division {@code a1}. */
    private boolean allNamesIn(List<GeoSpotter.Spot> spots, long[] spotKey, long[] group, int a1) {
        for (long key : group) {
            boolean found = false;
            for (int j = 0; j < spots.size() && !found; j++) {
                found = spotKey[j] == key && readingIn(spots.get(j), key, a1) >= 0;
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the text names, outside {@code group}, a place of division {@code a1} that only a story of that region
     * names: a town under {@link #SHARED_DIVISION_EVIDENCE_MAX} people and no national capital, or a county, or the
     * division itself, marked a location by the entities stage.
     */
    private boolean localPlaceIn(List<GeoSpotter.Spot> spots, long[] spotKey, int[] choice, long[] group, int a1) {
        for (int j = 0; j < spots.size(); j++) {
            int e = choice[j];
            if (e < 0 || holdsKey(group, spotKey[j]) || !spots.get(j).fromEntity() || spots.get(j).byVariant()
                    || gaz.admin1Of(e) != a1) {
                continue;
            }
            int k = Gazetteer.kind(e);
            if (k == Gazetteer.ADMIN2 || k == Gazetteer.ADMIN1 || k == Gazetteer.PLACE
                    && gaz.population(e) < SHARED_DIVISION_EVIDENCE_MAX
                    && !isCapital(e)) {
                return true;
            }
        }
        return false;
    }

    /** The spot's most populous town by its own name in division {@code a1}, else such a county, else -1. */
    private int readingIn(GeoSpotter.Spot s, long key, int a1) {
        int best = -1;
        for (int e : s.entries()) {
            int k = Gazetteer.kind(e);
            if ((k == Gazetteer.PLACE || k == Gazetteer.ADMIN2) && gaz.admin1Of(e) == a1 && gaz.isOwnName(e, key)
                    && (best < 0 || Gazetteer.kind(best) == Gazetteer.ADMIN2 && k == Gazetteer.PLACE
                            || Gazetteer.kind(best) == k && gaz.population(e) > gaz.population(best))) {
                best = e;
            }
        }
        return best;
    }

    /**
     * How many other names of the text (not {@code self}'s, not {@code except}) count for division {@code a1}
     * ({@link #countedIn}, any place).
     */
    private int placesIn(List<GeoSpotter.Spot> spots, long[] spotKey, int[] choice, int self, int a1, long except) {
        int n = 0;
        long[] seen = null;
        for (int j = 0; j < spots.size(); j++) {
            if (j == self || spotKey[j] == spotKey[self] || except != 0 && spotKey[j] == except) {
                continue;
            }
            if (countedIn(spots.get(j), choice[j], false) == a1 && (seen == null || !holdsKey(seen, spotKey[j]))) {
                seen = seen == null ? new long[] {spotKey[j]} : append(seen, spotKey[j]);
                n++;
            }
        }
        return n;
    }

    /**
     * The evidence that the text's places lie in first-level division {@code a1}: 2 for any other place of the text
     * there or the division named (mentions of the spot's own name and of the dateline's town's name not counted), 2
     * for the dateline's region naming it, 1 for the dateline's town lying in it.
     */
    private int localEvidence(List<GeoSpotter.Spot> spots, long[] spotKey, int[] choice, int self, int a1,
            int datelineEntry, long datelineKey, int[] datelineRegion) {
        int evidence = datelineEntry >= 0 && gaz.admin1Of(datelineEntry) == a1 ? 1 : 0;
        for (int x = 0; datelineRegion != null && x < datelineRegion.length; x++) {
            if (Gazetteer.kind(datelineRegion[x]) == Gazetteer.ADMIN1 && Gazetteer.index(datelineRegion[x]) == a1) {
                evidence += 2;
            }
        }
        if (placesIn(spots, spotKey, choice, self, a1, datelineKey) > 0) {
            evidence += 2;
        }
        return evidence;
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
            // "Mich." is Michigan or Michoacán: both, and the town written with it decides (best()'s container)
            List<DatelineRegions.Region> abbreviations = bar > 0 ? List.of(new DatelineRegions.Region(
                    p.substring(bar + 1), p.substring(0, bar))) : DatelineRegions.abbreviations(p);
            for (int a = 0; a < Math.max(1, abbreviations.size()); a++) {
                DatelineRegions.Region abbreviation = abbreviations.isEmpty() ? null : abbreviations.get(a);
                int wantCountry = abbreviation == null ? -1 : gaz.country(abbreviation.countryCode());
                int[] cands = gaz.byKey(Folding.key(abbreviation == null ? p : abbreviation.name()));
                for (int x = 0; cands != null && x < cands.length; x++) {
                    int kind = Gazetteer.kind(cands[x]);
                    if ((kind == Gazetteer.COUNTRY || kind == Gazetteer.ADMIN1)
                            && (wantCountry < 0 || gaz.countryOf(cands[x]) == wantCountry)) {
                        out.add(cands[x]);
                    }
                }
            }
        }
        return out.isEmpty() ? null : out.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * The second-level divisions among {@code entries} when they all lie in one country ("Cotabato"), else
     * {@code null}: a dateline's region that is no first-level division or country may be a province so held, but
     * "Laguna" is a Philippine province and a Brazilian municipality, and then the town written decides.
     */
    private int[] provinces(int[] entries) {
        int n = 0;
        int country = -1;
        for (int x = 0; entries != null && x < entries.length; x++) {
            if (Gazetteer.kind(entries[x]) == Gazetteer.ADMIN2) {
                if (n > 0 && gaz.countryOf(entries[x]) != country) {
                    return null;
                }
                country = gaz.countryOf(entries[x]);
                n++;
            }
        }
        if (n == 0 || country < 0) {
            return null;
        }
        int[] out = new int[n];
        n = 0;
        for (int e : entries) {
            if (Gazetteer.kind(e) == Gazetteer.ADMIN2) {
                out[n++] = e;
            }
        }
        return out;
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

    /**
     * Whether {@code next} may name the division or country of {@code s}: "Springfield, Illinois", "Boston in
     * Lincolnshire", "Perth in Western Australia".
     */
    private static boolean containerFollows(String text, GeoSpotter.Spot s, GeoSpotter.Spot next) {
        int gap = next.start() - s.end();
        return gap <= 2 && text.startsWith(",", s.end()) || gap == 4 && text.startsWith(" in ", s.end());
    }

    /** Whether a town of country {@code c} among {@code entries} has the surface {@code key} as its own name. */
    private boolean ownTownIn(int[] entries, long key, int c) {
        for (int e : entries) {
            if (Gazetteer.kind(e) == Gazetteer.PLACE && gaz.countryOf(e) == c && gaz.isOwnName(e, key)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether town {@code s} is written with a first-level division {@code division} ("Cochin, Saskatchewan") in
     * whose country none of its readings lies: the town is that division's, unknown to the gazetteer, not a
     * namesake abroad. Only for names read as towns or counties (not "Kano, Kaduna", both states), and not in a list:
     * "London, Bavaria and Texas" or "Lyon, Ontario, Texas" (the name after a list comma, or the division before "and",
     * "or" or a list join to another place) name places side by side, not one inside the other. Nor for the last
     * word of a longer name ("Usmanu Danfodio University, Sokoto": "University" is no town of its own).
     */
    private boolean outsideWrittenDivision(String text, GeoSpotter.Spot s, GeoSpotter.Spot next, int division,
            GeoSpotter.Spot afterNext) {
        if (!text.startsWith(",", s.end()) || s.start() >= 2 && text.charAt(s.start() - 2) == ','
                || SpotContext.capitalisedWordBefore(text, s.start())
                || afterNext != null && SpotContext.listJoin(text, next.end(), afterNext.start())
                || text.startsWith(" and ", next.end()) || text.startsWith(" or ", next.end())) {
            return false;
        }
        int country = gaz.countryOf(division);
        for (int e : s.entries()) {
            int kind = Gazetteer.kind(e);
            if (kind != Gazetteer.PLACE && kind != Gazetteer.ADMIN2 || gaz.countryOf(e) == country) {
                // a country, a state ("Iraq, Georgia and ..."), or a town or county of the division's own country
                // ("Edinburgh, Wales Secretary ..."): left to the other readings
                return false;
            }
        }
        return true;
    }

    /** {@link Folding#key} of {@code name} without a closing word "City" ("San Pedro City"), or 0 without one. */
    private static long cityWordDropped(String name) {
        int n = name.length();
        if (n < 7 || !name.regionMatches(true, n - 5, " city", 0, 5)) {
            return 0;
        }
        return Folding.key(name.substring(0, n - 5));
    }

    /**
     * The towns among {@code entries} inside {@code region} ("SAN PEDRO CITY, Laguna"), or, with no region
     * written, those in a country or first-level division the text names ("SAN PEDRO CITY -" in a story naming
     * Calabarzon) when they lie in one country; {@code null} when none.
     */
    private int[] cityOf(int[] entries, int[] region, double[] named, NamedDivisions namedAdmin1) {
        if (entries == null) {
            return null;
        }
        int[] out = new int[entries.length];
        int n = 0;
        int country = -2;
        for (int e : entries) {
            int c = gaz.countryOf(e);
            if (Gazetteer.kind(e) != Gazetteer.PLACE || region != null && !contains(region, e)
                    || region == null && (c < 0 || named[c] <= 0) && !namedAdmin1.contains(gaz.admin1Of(e))) {
                continue;
            }
            if (region == null && country != -2 && c != country) {
                return null;
            }
            country = c;
            out[n++] = e;
        }
        return n == 0 ? null : java.util.Arrays.copyOf(out, n);
    }

    /**
     * Whether {@code e} is a town of fewer than {@value #NAMESAKE_CITY_MIN_POPULATION} people in a country the text
     * names neither by name nor by any of its divisions, while the text names one other country's divisions by at
     * least {@value #LOCAL_DIVISION_NAMINGS} different names, one of them a county, a state alone ("a crash in Ohio", not "Columbus, Ohio") or a county
     * with its division word ("Crawford County"): a dateline written without its region that only a small town abroad
     * matches, over a local story of another country. One name is not enough, even twice: "CAPE CANAVERAL" over a
     * launch for Indonesia that names Bali, "BETHESDA" over "Federal Realty" (a division's short name) written twice.
     */
    private boolean foreignSmallTown(int e, double[] named, List<GeoSpotter.Spot> spots, String text) {
        int c = gaz.countryOf(e);
        if (Gazetteer.kind(e) != Gazetteer.PLACE || c < 0 || gaz.population(e) >= NAMESAKE_CITY_MIN_POPULATION
                || named[c] > 0) {
            return false;
        }
        int other = -1;
        int namings = 0;
        long firstName = 0;
        boolean county = false;
        for (int i = 0; i < spots.size(); i++) {
            GeoSpotter.Spot s = spots.get(i);
            if (s.byVariant() || s.abbreviation()) {
                continue;
            }
            boolean counted = false;
            long name = Folding.key(text, s.start(), s.end());
            for (int x : s.entries()) {
                int kind = Gazetteer.kind(x);
                int xc = gaz.countryOf(x);
                if (xc == c && (kind == Gazetteer.ADMIN1 || kind == Gazetteer.ADMIN2 || kind == Gazetteer.COUNTRY)) {
                    return false;
                }
                boolean countyNamed = kind == Gazetteer.ADMIN2 && (SpotContext.DIVISION_WORDS.contains(
                        SpotContext.wordAfter(text, s.end())) || SpotContext.DIVISION_WORDS.contains(lastWord(text, s)));
                boolean naming = countyNamed
                        || kind == Gazetteer.ADMIN1 && !(i > 0 && pairedWithTownBefore(text, spots.get(i - 1), s));
                if (naming && xc >= 0 && !counted && (namings == 0 || name != firstName)) {
                    if (other >= 0 && other != xc) {
                        return false;
                    }
                    other = xc;
                    firstName = namings == 0 ? name : firstName;
                    namings++;
                    counted = true;
                    county |= countyNamed;
                }
            }
        }
        // a county is the mark of a local story: two states alone may be a forum's guests ("DAVOS - the governors
        // of California and Texas ...")
        return namings >= LOCAL_DIVISION_NAMINGS && county;
    }

    /** The last word of a spot, in small letters ("county" of "Crawford County"). */
    private static String lastWord(String text, GeoSpotter.Spot s) {
        int from = text.lastIndexOf(' ', s.end() - 1);
        return from < s.start() ? "" : Folding.folded(text.substring(from + 1, s.end()));
    }

    /** How many namings of one country's divisions set a story there against a small town abroad (above). */
    private static final int LOCAL_DIVISION_NAMINGS = 2;

    /** Whether {@code state} follows {@code town} as "Town, State" (a comma and a space between them). */
    private static boolean pairedWithTownBefore(String text, GeoSpotter.Spot town, GeoSpotter.Spot state) {
        return state.start() == town.end() + 2 && text.charAt(town.end()) == ',' && text.charAt(town.end() + 1) == ' ';
    }

    /** Whether {@code entries} holds {@code e} itself. */
    private static boolean holds(int[] entries, int e) {
        for (int x : entries) {
            if (x == e) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of {@code container} is the division (first or second level) or country of {@code e}. */
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
            if (Gazetteer.kind(x) == Gazetteer.ADMIN2 && kind == Gazetteer.PLACE
                    && gaz.placeAdmin2(Gazetteer.index(e)) == Gazetteer.index(x)) {
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
    /** Compass words that name a part of a country in news copy ("the North", "the Far North", "the Midwest"). */
    private static final java.util.Set<String> COMPASS_WORDS = WordSet.of("north", "south", "east", "west",
            "northeast", "northwest", "southeast", "southwest", "north-east", "north-west", "south-east", "south-west",
            "far north", "far east", "far west", "far south", "midwest", "mid-west", "centre", "center", "central",
            "north east", "north west", "south east", "south west");

    /** Whether {@code text[start, end)} is only a compass word, in whatever case. */
    private static boolean isCompassWord(String text, int start, int end) {
        if (end - start > 10) {
            return false;
        }
        char c = Character.toLowerCase(text.charAt(start));
        return (c == 'n' || c == 's' || c == 'e' || c == 'w' || c == 'f' || c == 'm' || c == 'c')
                && COMPASS_WORDS.contains(text.substring(start, end).toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Whether the reading {@code e} of the one-word spot {@code s}, in a country the story does not support,
     * is too weak to stand alone: a fragment of a longer name (after a name particle that follows a
     * capitalised word, "Maguindanao del Sur", "Daniel arap Moi"; or a word inside a longer location the
     * entities stage found, "Batang Kali"), a town under {@value #UNSUPPORTED_MIN_POPULATION}
     * people before another capitalised word ("a Honda CRV").
     */
    private boolean weakReading(GeoSpotter.Spot s, int e, int kind, String text, boolean fragment) {
        if (particleBefore(text, s.start())) {
            return true;
        }
        if (fragment) {
            return true;
        }
        if (kind != Gazetteer.PLACE) {
            return false;
        }
        // a small foreign town's name before another name: "a Honda CRV" is a car; before "and" and a person's
        // name it is a given name sharing that person's surname: "Vito and Vincenzo Ferrante", "Dolores or Lucia
        // Reyes". Not after "in", "near" (a cue: "in Rehab and New Cairo"), nor before a place ("New Cairo")
        return gaz.population(e) < UNSUPPORTED_MIN_POPULATION
                && (SpotContext.capitalisedWordAfter(text, s.end()) || sharedSurname(text, s.end()) && !SpotContext.locativeBefore(text, s.start()));
    }

    /**
     * Whether the town {@code e} is written by its own name of two words or more, not only compass words and not a
     * saint's name: "the City of London", "the East Kilbride athlete", "at Old Trafford" name that town and nothing
     * else, even in a story set abroad, unlike a one-word name ("Bono", "Grace") that is a word or a person's name
     * too, or "St Mary's", "North East", which many places and parishes share. Only a name whose every reading lies
     * in the one country.
     */
    private boolean ownLongName(GeoSpotter.Spot s, int e, String text, boolean singleWord) {
        if (singleWord || s.byVariant() || isCompassWord(text, s.start(), s.end())) {
            return false;
        }
        int firstEnd = text.indexOf(' ', s.start());
        String first = firstEnd < 0 || firstEnd > s.end() ? "" : text.substring(s.start(), firstEnd)
                .toLowerCase(java.util.Locale.ROOT);
        if (LONG_NAME_OPENERS.contains(first) || NAME_PARTICLES.contains(first)) {
            // a saint's name or an article first: "St Mary's", "San José", "El Niño" name many places and things
            return false;
        }
        for (int x : s.entries()) {
            if (gaz.countryOf(x) != gaz.countryOf(e)) {
                // "West End", "Rio Tinto", "El Alto": a name several countries' places share is no such evidence
                return false;
            }
        }
        return gaz.isOwnName(e, Folding.key(text, s.start(), s.end()));
    }

    private static final java.util.Set<String> LONG_NAME_OPENERS = WordSet.of("st", "st.", "saint", "san", "santa",
            "santo", "são", "sainte", "ste", "el", "le", "les", "los", "las", "il", "lo", "the", "a");

    /** Below this population a one-word town abroad needs the text's own evidence (accept()). */
    static final int FOREIGN_ALONE_MIN_POPULATION = 1_000_000;

    private static final List<String> COMPANY_CUES = List.copyOf(WordList.load(PlaceResolver.class, "company-cues.txt"));

    /**
     * Whether a mention of the name of {@code s} (this one or another of the same key) is part of a longer name (a
     * capitalised word beside it: "Marisol Ortega Lagunes", "Delta Air Lines") or a company's (a company cue after
     * it: "troubled Delta, parent of Comair", "Delta shares fell"): then every mention of the name the text gives no
     * cue for is that name's. Walks the spots: called only for a division abroad without a cue.
     */
    private static boolean nameOrCompany(GeoSpotter.Spot s, String text, List<GeoSpotter.Spot> spots) {
        long key = Folding.key(text, s.start(), s.end());
        for (GeoSpotter.Spot o : spots) {
            if (o != s && Folding.key(text, o.start(), o.end()) != key) {
                continue;
            }
            if (SpotContext.capitalisedWordBefore(text, o.start()) || SpotContext.capitalisedWordAfter(text, o.end())
                    || companyCueAfter(text, o.end())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a company cue ({@code company-cues.txt}) follows {@code end} after ", ", " ", "'s " or "’s ". */
    private static boolean companyCueAfter(String text, int end) {
        int from = text.startsWith(", ", end) ? end + 2 : text.startsWith("'s ", end) || text.startsWith("\u2019s ", end)
                ? end + 3 : text.startsWith(" ", end) ? end + 1 : -1;
        if (from < 0) {
            return false;
        }
        for (String cue : COMPANY_CUES) {
            int to = from + cue.length();
            if (text.regionMatches(true, from, cue, 0, cue.length())
                    && (to == text.length() || !Character.isLetter(text.charAt(to)))) {
                return true;
            }
        }
        return false;
    }

    /** Whether town {@code e} is under {@value #FOREIGN_ALONE_MIN_POPULATION} people and no capital. */
    private boolean smallAbroad(int e) {
        return gaz.population(e) < FOREIGN_ALONE_MIN_POPULATION && !isCapital(e);
    }

    /**
     * Whether the story is firmly set in a country other than {@code c}: datelined there, or with at least two
     * pieces of evidence for it among the readings chosen ({@code choice}): the country's name counts two, a
     * demonym, a division or a distinct town the entities stage marked as a location one each. Capitalised words
     * read as towns without that mark ("Police" is a Polish town, "Sunday" a Japanese one) count nothing, and one
     * demonym ("an Indian national") is not enough. Walks the spots, which is done only for the rare candidate
     * {@link #alone} flags.
     */
    private boolean firmlyElsewhere(int c, List<GeoSpotter.Spot> spots, int[] choice, boolean[] divisionAfter,
            int[] organisations, String text, int datelineCountry) {
        if (datelineCountry >= 0 && datelineCountry != c) {
            return true;
        }
        for (int i = 0; i < spots.size(); i++) {
            int x = choice[i] < 0 ? -1 : gaz.countryOf(choice[i]);
            if (x >= 0 && x != c && firstOf(choice, i) && evidence(x, -1, spots, choice, divisionAfter, organisations, text) >= 2) {
                return true;
            }
        }
        return false;
    }

    /**
     * The evidence the readings chosen give for country {@code x} ({@link #evidence(GeoSpotter.Spot, int, String,
     * boolean)}, one count per distinct reading), leaving out reading {@code self}; counts up to 2 only.
     */
    private int evidence(int x, int self, List<GeoSpotter.Spot> spots, int[] choice, boolean[] divisionAfter,
            int[] organisations, String text) {
        int weight = 0;
        for (int j = 0; j < spots.size() && weight < 2; j++) {
            // a word of an organisation's name is no evidence ("Kisumu Central Region Hospital" is in no Central Region)
            if (choice[j] >= 0 && choice[j] != self && gaz.countryOf(choice[j]) == x && firstOf(choice, j)
                    && (organisations == null || !EntityHints.insideOne(organisations, spots.get(j))
                            && !EntityHints.startsOne(organisations, spots.get(j)))) {
                weight += evidence(spots.get(j), choice[j], text, divisionAfter[j]);
            }
        }
        return weight;
    }

    /**
     * What reading {@code e} of spot {@code s} says of its country ({@link #firmlyElsewhere}): the country's name 2,
     * a division written with its division word or in more than one word ("Kabupaten Tapin", "Kakamega County") 2,
     * a demonym or another division 1, a town 1 when the entities stage marked it, it is written in more than one
     * word or after a locative word, else 0: a lone capitalised word read as a town ("Sunday" is a Japanese town,
     * "Creek" an American one) is no evidence.
     */
    private static int evidence(GeoSpotter.Spot s, int e, String text, boolean divisionAfter) {
        boolean multiWord = text.lastIndexOf(' ', s.end() - 1) > s.start() || text.indexOf('-', s.start()) >= 0
                && text.indexOf('-', s.start()) < s.end();
        return switch (Gazetteer.kind(e)) {
            case Gazetteer.COUNTRY -> 2;
            case Gazetteer.DEMONYM -> 1;
            case Gazetteer.ADMIN1, Gazetteer.ADMIN2 -> divisionAfter || multiWord ? 2 : 1;
            case Gazetteer.PLACE -> s.fromEntity() || multiWord || SpotContext.locativeBefore(text, s.start()) ? 1 : 0;
            default -> 0;
        };
    }

    /** Whether {@code choice[j]} is chosen there for the first time: one piece of evidence per distinct reading. */
    private static boolean firstOf(int[] choice, int j) {
        for (int i = 0; i < j; i++) {
            if (choice[i] == choice[j]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether " and " or " or " at {@code end} is followed by two capitalised words and no more: a given name and a
     * surname, which the word before shares ("Vito and Vincenzo Ferrante").
     */
    private boolean sharedSurname(String text, int end) {
        int p = text.startsWith(" and ", end) ? end + 5 : text.startsWith(" or ", end) ? end + 4 : -1;
        if (p < 0 || p >= text.length() || !Character.isUpperCase(text.charAt(p))) {
            return false;
        }
        int e1 = p;
        while (e1 < text.length() && Character.isLetter(text.charAt(e1))) {
            e1++;
        }
        if (e1 + 1 >= text.length() || text.charAt(e1) != ' ' || !Character.isUpperCase(text.charAt(e1 + 1))) {
            return false;
        }
        int e2 = e1 + 1;
        while (e2 < text.length() && Character.isLetter(text.charAt(e2))) {
            e2++;
        }
        // "Vito and Vincenzo Ferrante were", not "Vito and San Marco Argentano" (a third capitalised word)
        return e2 - e1 > 2 && !(e2 + 1 < text.length() && text.charAt(e2) == ' '
                && Character.isUpperCase(text.charAt(e2 + 1))) && gaz.byKey(Folding.key(text, p, e2)) == null;
    }

    /** The mentions of the article's LOCATION entities; empty when it has none. */
    private static List<Mention> locationSpans(Article article) {
        if (article.entities() == null || article.entities().isEmpty()) {
            return List.of();
        }
        List<Mention> out = new ArrayList<>();
        for (io.newswire.model.Entity en : article.entities()) {
            if (en.type() == io.newswire.model.EntityType.LOCATION) {
                out.addAll(en.mentions());
            }
        }
        return out;
    }

    /**
     * Whether {@code s} lies inside one of the LOCATION spans {@code spans} and is not all of it: "Kali" of
     * "Batang Kali", which the gazetteer lacks (its words are then read as a list of places, or the known
     * one is kept alone).
     */
    private static boolean insideLonger(String text, GeoSpotter.Spot s, List<Mention> spans) {
        for (Mention m : spans) {
            if (m.start() <= s.start() && s.end() <= m.end() && m.end() - m.start() > s.end() - s.start()
                    && (joinedWordBefore(text, s.start(), m.start()) || joinedWordAfter(text, s.end(), m.end()))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word other than "and"/"or" ends one space before {@code start}, at or after {@code from}. */
    private static boolean joinedWordBefore(String text, int start, int from) {
        if (start - 2 < from || text.charAt(start - 1) != ' ' || !Character.isLetter(text.charAt(start - 2))) {
            return false;
        }
        int b = start - 2;
        while (b > from && Character.isLetter(text.charAt(b - 1))) {
            b--;
        }
        return !isConjunction(text, b, start - 1);
    }

    /** Whether a word other than "and"/"or" begins one space after {@code end}, ending by {@code to}. */
    private static boolean joinedWordAfter(String text, int end, int to) {
        if (end + 2 > to || text.charAt(end) != ' ' || !Character.isLetter(text.charAt(end + 1))) {
            return false;
        }
        int e = end + 1;
        while (e < to && Character.isLetter(text.charAt(e))) {
            e++;
        }
        return !isConjunction(text, end + 1, e);
    }

    private static boolean isConjunction(String text, int start, int end) {
        return end - start == 3 && text.startsWith("and", start) || end - start == 2 && text.startsWith("or", start);
    }

    /**
     * Whether the story supports a country other than {@code c}: its dateline, a naming of it (a town chosen
     * there counts half), or a town chosen there. Without any, a story of one foreign town keeps it.
     */
    private static boolean otherCountrySupported(int c, double[] named, double[] votes, int datelineCountry) {
        if (datelineCountry >= 0 && datelineCountry != c) {
            return true;
        }
        for (int x = 0; x < named.length; x++) {
            if (x != c && (named[x] >= 0.5 || votes[x] >= 1)) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> NEVER_PLACES = WordList.load(PlaceResolver.class, "never-places.txt");
    /** Per language (ISO 639-1 code): words never places in that language's copy ({@code never-places-xx.txt}). */
    private static final Map<String, java.util.Set<String>> NEVER_PLACES_BY_LANGUAGE = Map.of(
            "de", WordList.load(PlaceResolver.class, "never-places-de.txt"),
            "es", WordList.load(PlaceResolver.class, "never-places-es.txt"),
            "fr", WordList.load(PlaceResolver.class, "never-places-fr.txt"),
            "it", WordList.load(PlaceResolver.class, "never-places-it.txt"),
            "pt", WordList.load(PlaceResolver.class, "never-places-pt.txt"));
    private static final java.util.Set<String> FEATURE_NOUNS = WordList.load(PlaceResolver.class, "feature-nouns.txt");
    private static final java.util.Set<String> NAME_PARTICLES = WordList.load(PlaceResolver.class, "name-particles.txt");
    private static final java.util.Set<String> LINKS = WordSet.of("de", "del", "du", "di", "des", "la", "d");

    /** The never-place words of the article's language, or {@code null} for a language without a list. */
    private static java.util.Set<String> neverPlaces(Article article) {
        String code = article.language() == null ? null : article.language().code();
        return code == null ? null : NEVER_PLACES_BY_LANGUAGE.get(code);
    }

    /** Whether {@code s} is one word of the never-place lists (all languages, then the article's). */
    private static boolean neverPlace(String text, GeoSpotter.Spot s, java.util.Set<String> language) {
        if (s.end() - s.start() > 12) {
            return false;
        }
        String w = text.substring(s.start(), s.end()).toLowerCase(java.util.Locale.ROOT);
        return NEVER_PLACES.contains(w) || language != null && language.contains(w);
    }

    /**
     * Whether {@code s} is a compass word right after a number: the direction of a numbered road ("Road 81 West",
     * "Highway 12 East", "I-95 North"), part of the road's name, not the West (Western Europe) or the North of a
     * country (s35 QA C8). Reads the one token before the spot.
     */
    static boolean compassOfRoadNumber(String text, GeoSpotter.Spot s) {
        int b = s.start() - 1;
        if (b < 1 || text.charAt(b) != ' ' || !Character.isDigit(text.charAt(b - 1))
                || !isCompassWord(text, s.start(), s.end())) {
            return false;
        }
        int p = b - 1;
        while (p > 0 && Character.isDigit(text.charAt(p - 1))) {
            p--;
        }
        // the number stands alone or ends a road's code ("I-95", "A1"), not a clock time or a score ("10:20", "3-1")
        return p == 0 || text.charAt(p - 1) == ' ' || Character.isLetter(text.charAt(p - 1))
                || text.charAt(p - 1) == '-' && p >= 2 && Character.isLetter(text.charAt(p - 2));
    }

    /** Words closing a street's name after the name it is named for ("Kıbrıs Caddesi", "Oxford Street"). */
    private static final java.util.Set<String> STREET_WORDS_AFTER = WordList.load(PlaceResolver.class, "street-words-after.txt");
    /** Words opening a street's name, written with a capital, before the name ("Jalan Ampang", "Calle Granada"). */
    private static final java.util.Set<String> STREET_WORDS_BEFORE = WordList.load(PlaceResolver.class,
            "street-words-before.txt");

    /**
     * Takes the country readings out of a spot that names a street ({@link #streetName}), and the spot when it has no
     * other: "Kıbrıs Caddesi" is a street in Istanbul, no mention of Cyprus, and "Calle Cuba" one in Valladolid. A
     * town's readings stay: a road named after a town leads there ("Samrala road" in a Ludhiana story, "Jalan Johor
     * Baru-Ayer Hitam"), and is evidence of the story's country as the town would be.
     */
    private static void dropCountriesNamingStreets(String text, List<GeoSpotter.Spot> spots) {
        for (int i = spots.size() - 1; i >= 0; i--) {
            GeoSpotter.Spot s = spots.get(i);
            boolean country = false;
            for (int e : s.entries()) {
                int k = Gazetteer.kind(e);
                country |= k == Gazetteer.COUNTRY || k == Gazetteer.DEMONYM;
            }
            if (!country || !streetName(text, s)) {
                continue;
            }
            int[] rest = java.util.Arrays.stream(s.entries()).filter(e -> Gazetteer.kind(e) != Gazetteer.COUNTRY
                    && Gazetteer.kind(e) != Gazetteer.DEMONYM).toArray();
            if (rest.length == 0) {
                spots.remove(i);
            } else {
                spots.set(i, new GeoSpotter.Spot(s.start(), s.end(), rest, s.byVariant(), s.fromEntity(), s.abbreviation()));
            }
        }
    }

    /**
     * Whether {@code entries} are all counties or towns under {@code maxTown} people, and some: no country, people,
     * continent or first-level division, and no city a name is borrowed from ("Dubai crude", "the Detroit
     * neighbourhood"). A name whose readings are all this local names something smaller or other than a place when
     * a grade word or a neighbourhood word follows it.
     */
    private boolean localReadingsOnly(int[] entries, long maxTown) {
        for (int e : entries) {
            int k = Gazetteer.kind(e);
            if (k != Gazetteer.ADMIN2 && (k != Gazetteer.PLACE || gaz.population(e) >= maxTown)) {
                return false;
            }
        }
        return entries.length > 0;
    }

    private static final long NEIGHBOURHOOD_TOWN_LIMIT = 100_000;

    /** Words after a name that make it a part of a town ("the Bayside neighborhood"), folded. */
    private static final java.util.Set<String> NEIGHBOURHOOD_WORDS = WordSet.of("neighborhood", "neighbourhood",
            "neighborhoods", "neighbourhoods");

    /**
     * The spots of towns' names written as a neighbourhood after "the" ("in the Bayside neighborhood"), not before
     * "of" ("the Bayside neighborhood of Queens" names the borough's): parts of the story's town, which the gazetteer
     * knows only as namesake towns elsewhere (a Portland story's Bayside read as Bayside, California). They become
     * local names the story's own area holds. A city's name used of its neighbourhoods ("a white Detroit
     * neighbourhood"), a country's, a division's or a people's ("the Jewish neighborhood") is none.
     */
    private List<Mention> neighbourhoodNames(String text, List<GeoSpotter.Spot> spots) {
        List<Mention> out = List.of();
        for (GeoSpotter.Spot s : spots) {
            String word = SpotContext.wordAfter(text, s.end());
            if (NEIGHBOURHOOD_WORDS.contains(word) && s.start() >= 4
                    && text.regionMatches(true, s.start() - 4, "the ", 0, 4)
                    && !text.startsWith(" of ", s.end() + 1 + word.length()) && localReadingsOnly(s.entries(), NEIGHBOURHOOD_TOWN_LIMIT)) {
                if (out.isEmpty()) {
                    out = new ArrayList<>(2);
                }
                out.add(new Mention(s.start(), s.end(), text.substring(s.start(), s.end())));
            }
        }
        return out;
    }

    /**
     * Whether {@code s} is the name a street or road is named after: a street word right after it ("Kıbrıs Caddesi",
     * "Cyprus Street") or a capitalised street word right before it ("Jalan Kuwait", "Jl. Sudirman", "Calle Cuba").
     * Reads one word on each side.
     */
    static boolean streetName(String text, GeoSpotter.Spot s) {
        String after = SpotContext.wordAfter(text, s.end());
        if (!after.isEmpty() && STREET_WORDS_AFTER.contains(after)) {
            return true;
        }
        int end = s.start() - 1;
        if (end < 1 || text.charAt(end) != ' ') {
            return false;
        }
        if (text.charAt(end - 1) == '.') {
            // "Jl. Sudirman", "ul. Długa"
            end--;
        }
        int b = end;
        while (b > 0 && Folding.isTokenChar(text.charAt(b - 1)) && end - b < 8) {
            b--;
        }
        return b < end && Character.isUpperCase(text.charAt(b)) && (b == 0 || !Folding.isTokenChar(text.charAt(b - 1)))
                && STREET_WORDS_BEFORE.contains(Folding.folded(text.substring(b, end)));
    }

    /** A town this big is known by its own name even in a story that names a county of that name. */
    private static final long COUNTY_NAME_TOWN_LIMIT = 500_000;

    /**
     * A name the story also writes as a county or district with its division word ("Suffolk County detectives ...
     * told the Suffolk Times", "Harlan County ... jobs in Harlan") names that county, not a namesake town in another
     * county in another state: the text has said which Suffolk it means (s38). A town inside that county or its
     * state keeps its reading (the county seat is named for it), as does a town written with its own region ("Suffolk, Va."), followed by a
     * division word itself, or of 500,000 people or more ("Washington" beside "Washington County").
     */
    private void bareNameOfNamedCounty(String text, List<Chosen> chosen) {
        Map<Long, Integer> counties = null;
        for (Chosen c : chosen) {
            if (Gazetteer.kind(c.entry()) != Gazetteer.ADMIN2) {
                continue;
            }
            GeoSpotter.Spot s = c.spot();
            String written = text.substring(s.start(), s.end());
            int sp = written.lastIndexOf(' ');
            long key;
            if (sp > 0 && SpotContext.DIVISION_WORDS.contains(Folding.folded(written.substring(sp + 1)))) {
                key = Folding.key(written.substring(0, sp));
            } else if (SpotContext.DIVISION_WORDS.contains(SpotContext.wordAfter(text, s.end()))) {
                key = Folding.key(written);
            } else {
                continue;
            }
            if (key != 0) {
                if (counties == null) {
                    counties = new HashMap<>();
                }
                counties.putIfAbsent(key, c.entry());
            }
        }
        for (int i = 0; counties != null && i < chosen.size(); i++) {
            Chosen c = chosen.get(i);
            GeoSpotter.Spot s = c.spot();
            if (Gazetteer.kind(c.entry()) != Gazetteer.PLACE) {
                continue;
            }
            Integer county = counties.get(Folding.key(text, s.start(), s.end()));
            // a town in the county's own state or province keeps its reading: it is most often the county seat, and
            // GeoNames does not always give a town its county ("the jail in Pickens" beside Pickens County)
            if (county == null || gaz.placeAdmin2(Gazetteer.index(c.entry())) == Gazetteer.index(county)
                    || gaz.admin1Of(c.entry()) >= 0 && gaz.admin1Of(c.entry()) == gaz.admin1Of(county)
                    || gaz.population(c.entry()) >= COUNTY_NAME_TOWN_LIMIT
                    || SpotContext.DIVISION_WORDS.contains(SpotContext.wordAfter(text, s.end()))
                    || SpotContext.regionAbbreviationAfter(text, s.end()) >= 0
                    || s.end() + 2 < text.length() && text.startsWith(", ", s.end())
                            && Character.isUpperCase(text.charAt(s.end() + 2))) {
                continue;
            }
            chosen.set(i, new Chosen(s, county));
        }
    }

    private static boolean overlapsAny(int start, int end, List<Mention> spans) {
        for (Mention m : spans) {
            if (m.start() < end && start < m.end()) {
                return true;
            }
        }
        return false;
    }

    /** Plural street words closing a list of streets' names ("Bourbon and Dauphine streets"). */
    private static final java.util.Set<String> STREET_LIST_WORDS = WordList.load(PlaceResolver.class, "street-list-words.txt");
    /** Words for where two streets meet ("the corner of Elm and Grove", "the Elm/Grove intersection"). */
    private static final java.util.Set<String> STREET_CROSSING_WORDS = WordList.load(PlaceResolver.class,
            "street-crossing-words.txt");
    /** Capitalised function words that open a clause before a list of streets ("At Elm and Grove streets"). */
    private static final java.util.Set<String> STREET_LIST_LEADERS = WordList.load(PlaceResolver.class,
            "street-list-leaders.txt");

    /**
     * The names in a written list or crossing of streets: "A and B streets", "A, B and C avenues", "the corner of A
     * and B", "the A/B intersection", "the junction of A and B". Each is a street of the story's town, not a town
     * of that name ("Bourbon and Dauphine streets" in a New Orleans story are no Bourbon, Indiana; "the corner of
     * State and Hubbard" in Chicago no Hubbard, Ohio), so its spots go and it is a name the gazetteer lacks, placed
     * where the story's other unknown names are (s38). Looks at the words around each " and ", " & " and "/" only.
     */
    static List<Mention> streetListNames(String text, List<GeoSpotter.Spot> spots) {
        List<Mention> out = new ArrayList<>(0);
        for (int p = text.indexOf(" and "); p > 0; p = text.indexOf(" and ", p + 1)) {
            addStreetPair(text, p, p + 5, spots, out);
        }
        for (int p = text.indexOf(" & "); p > 0; p = text.indexOf(" & ", p + 1)) {
            addStreetPair(text, p, p + 3, spots, out);
        }
        for (int p = text.indexOf('/'); p > 0; p = text.indexOf('/', p + 1)) {
            addStreetPair(text, p, p + 1, spots, out);
        }
        return out;
    }

    /** Adds the two names around a separator [sep, sepEnd) when the words around them make them streets. */
    private static void addStreetPair(String text, int sep, int sepEnd, List<GeoSpotter.Spot> spots, List<Mention> out) {
        int rightEnd = capitalRunEnd(text, sepEnd);
        int leftStart = capitalRunStart(text, sep);
        if (rightEnd <= sepEnd || leftStart >= sep) {
            return;
        }
        // the street word in lower case: "Franz Ferdinand and The Streets" are two bands
        String after = rightEnd + 1 < text.length() && Character.isLowerCase(text.charAt(rightEnd + 1))
                ? SpotContext.wordAfter(text, rightEnd) : "";
        boolean streets = STREET_LIST_WORDS.contains(after) || STREET_CROSSING_WORDS.contains(after);
        // "the corner of A and B": a crossing word, then "of", right before the first name
        int before = leftStart - 1;
        if (!streets && before >= 3 && text.startsWith(" of ", before - 3)) {
            int we = before - 3;
            int wb = we;
            while (wb > 0 && Character.isLetter(text.charAt(wb - 1))) {
                wb--;
            }
            streets = wb < we && STREET_CROSSING_WORDS.contains(Folding.folded(text.substring(wb, we)));
        }
        if (!streets || wide(leftStart, sep, spots) || wide(sepEnd, rightEnd, spots)) {
            return;
        }
        out.add(new Mention(leftStart, sep, text.substring(leftStart, sep)));
        out.add(new Mention(sepEnd, rightEnd, text.substring(sepEnd, rightEnd)));
        // "A, B and C streets": the names listed before the first, one comma each
        int listEnd = leftStart;
        while (listEnd >= 3 && text.startsWith(", ", listEnd - 2) && (STREET_LIST_WORDS.contains(after))) {
            int s = capitalRunStart(text, listEnd - 2);
            if (s >= listEnd - 2 || wide(s, listEnd - 2, spots)) {
                break;
            }
            out.add(new Mention(s, listEnd - 2, text.substring(s, listEnd - 2)));
            listEnd = s;
        }
    }

    /**
     * The end of a run of up to three capitalised words from {@code i} (numbered streets count: "42nd"); no full
     * stop, which may end the sentence ("Elm and Main. The ...").
     */
    private static int capitalRunEnd(String text, int i) {
        int end = i;
        for (int words = 0; words < 3 && end < text.length(); words++) {
            int w = words == 0 ? end : end + 1;
            if (words > 0 && (end >= text.length() || text.charAt(end) != ' ')) {
                break;
            }
            if (w >= text.length() || !(Character.isUpperCase(text.charAt(w)) || Character.isDigit(text.charAt(w)))) {
                break;
            }
            if (words == 0 && text.startsWith("The ", w)) {
                // "... and The Streets": a title, no street's name
                break;
            }
            int e = w;
            while (e < text.length() && (Character.isLetterOrDigit(text.charAt(e)) || text.charAt(e) == '\''
                    || text.charAt(e) == '\u2019' || text.charAt(e) == '-')) {
                e++;
            }
            if (STREET_LIST_WORDS.contains(Folding.folded(text.substring(w, e)))
                    || STREET_CROSSING_WORDS.contains(Folding.folded(text.substring(w, e))) || bareNumber(text, w, e)) {
                break;
            }
            end = e;
        }
        return end;
    }

    /** Whether [start, end) holds no letter: "between 10 and 12 roads" counts roads, it names none. */
    private static boolean bareNumber(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (Character.isLetter(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a spot within [start, end) may be a country or a nationality, or is only divisions: "Kansas and
     * Missouri roads", "British and Irish roads" are the roads of those states and countries, no two streets. A name
     * with a town's reading beside a division's may be a street ("Hamilton", a parish of Bermuda, is a common street
     * name).
     */
    private static boolean wide(int start, int end, List<GeoSpotter.Spot> spots) {
        for (GeoSpotter.Spot sp : spots) {
            if (sp.start() < end && start < sp.end()) {
                boolean town = false;
                for (int e : sp.entries()) {
                    int k = Gazetteer.kind(e);
                    if (k == Gazetteer.COUNTRY || k == Gazetteer.DEMONYM) {
                        return true;
                    }
                    town |= k == Gazetteer.PLACE;
                }
                if (!town) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The start of a run of up to three capitalised words ending at {@code i}, after any leading function word. */
    private static int capitalRunStart(String text, int i) {
        int start = i;
        for (int words = 0; words < 3; words++) {
            int e = words == 0 ? start : start - 1;
            if (words > 0 && (e < 0 || start == 0 || text.charAt(e) != ' ')) {
                break;
            }
            int b = e;
            while (b > 0 && (Character.isLetterOrDigit(text.charAt(b - 1)) || text.charAt(b - 1) == '\''
                    || text.charAt(b - 1) == '\u2019' || text.charAt(b - 1) == '-')) {
                b--;
            }
            // a possessive is the street's town, no part of its name: "Chicago's State and Hubbard streets"
            if (b >= e || !(Character.isUpperCase(text.charAt(b)) || Character.isDigit(text.charAt(b)))
                    || text.startsWith("'s", e - 2) || text.startsWith("\u2019s", e - 2)
                    || STREET_LIST_LEADERS.contains(Folding.folded(text.substring(b, e))) || bareNumber(text, b, e)) {
                break;
            }
            start = b;
        }
        return start;
    }

    /** Division and island words that close a name: "Island" in "Gokceada Island", "Krai" in "Perm Krai". */
    private static final java.util.Set<String> NAME_HEAD_NOUNS = headNouns();

    private static java.util.Set<String> headNouns() {
        java.util.Set<String> out = new java.util.HashSet<>(WordList.load(PlaceRecords.class, "own-area-words.txt"));
        out.addAll(WordList.load(PlaceRecords.class, "own-subarea-words.txt"));
        return WordSet.copyOf(out);
    }

    /** Words after a name that make it a commodity grade's name ("Brent crude"), folded. */
    private static final java.util.Set<String> GRADE_WORDS = WordList.load(PlaceResolver.class, "grade-words.txt");

    /** A town at least this big keeps its reading before a grade word: "Dubai crude" is named after the city. */
    private static final long GRADE_TOWN_MAX = 1_000_000;

    /**
     * Whether {@code s} names a traded grade, not a place: a name right before a grade word ("Brent crude", "Brent
     * Crude futures") whose every reading is a town under {@value #GRADE_TOWN_MAX} people or a county. A country, a
     * first-level division or a big city keeps its reading ("Iranian crude", "Texas crude", "Dubai crude"). One word
     * read per spot.
     */
    private boolean gradeName(String text, GeoSpotter.Spot s) {
        if (!GRADE_WORDS.contains(SpotContext.wordAfter(text, s.end()))) {
            return false;
        }
        return localReadingsOnly(s.entries(), GRADE_TOWN_MAX);
    }

    /**
     * Whether {@code s} is a division or island word alone right after a capitalised name word: the head noun of a
     * name the gazetteer lacks ("Tarvekada Island"), never a place of its own, though "Island" is an alternate
     * name of Iceland (cause 1 (c) of the s30 QA: "Gokceada Island" was read as Iceland).
     */
    private static boolean headNounOfName(String text, GeoSpotter.Spot s) {
        int length = s.end() - s.start();
        if (length < 4 || length > 14 || !SpotContext.capitalisedWordBefore(text, s.start())) {
            return false;
        }
        for (int i = s.start(); i < s.end(); i++) {
            if (!Character.isLetter(text.charAt(i))) {
                return false;
            }
        }
        return NAME_HEAD_NOUNS.contains(text.substring(s.start(), s.end()).toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Drops the spots of an acronym the text defines in brackets after a name that is no place ("The Serious Incident
     * Response Team (SIRT)", "The Supreme Court (SC)"): every use of it is the body's, though a town abroad has the
     * letters as a name (Sirte) or a code (South Carolina). An acronym of a place stays ("Khyber Pakhtunkhwa (KP)",
     * the name before the bracket being a spot). Looks only at spots of two to six capitals.
     */
    private static final java.util.Set<String> ACRONYM_LINKS = WordSet.of("of", "and", "the", "for", "on", "de",
            "des", "du", "la", "del", "der", "für");

    private static void removeDefinedAcronyms(String text, List<GeoSpotter.Spot> spots) {
        long[] dropped = null;
        for (int i = 0; i < spots.size(); i++) {
            GeoSpotter.Spot s = spots.get(i);
            int n = s.end() - s.start();
            if (n < 2 || n > 6 || !SpotContext.allCapitals(text, s.start(), s.end())) {
                continue;
            }
            String bracketed = "(" + text.substring(s.start(), s.end()) + ")";
            int at = text.indexOf(bracketed);
            if (at < 2 || text.charAt(at - 1) != ' ' || !Character.isLetter(text.charAt(at - 2))) {
                continue;
            }
            // the name before the bracket whose capitalised words' initials spell the acronym, with "of", "and",
            // "the" between them: "Serious Incident Response Team (SIRT)", not "AP Flagstaff (US)"
            int nameStart = -1;
            int b = at - 1;
            int letter = n - 1;
            while (letter >= 0 && b > 0 && text.charAt(b) == ' ' && Character.isLetter(text.charAt(b - 1))) {
                int w = b;
                while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
                    w--;
                }
                if (text.charAt(w) == text.charAt(s.start() + letter)) {
                    letter--;
                    nameStart = letter < 0 ? w : -1;
                } else if (!ACRONYM_LINKS.contains(text.substring(w, b))) {
                    break;
                }
                b = w - 1;
            }
            boolean placeBefore = false;
            for (GeoSpotter.Spot other : spots) {
                // "Khyber Pakhtunkhwa (KP)": the whole name is a place, and so is its acronym
                placeBefore |= other.end() == at - 1 && other.start() <= nameStart;
            }
            if (nameStart >= 0 && !placeBefore) {
                long key = Folding.key(text, s.start(), s.end());
                dropped = dropped == null ? new long[] {key} : append(dropped, key);
            }
        }
        if (dropped != null) {
            long[] keys = dropped;
            spots.removeIf(sp -> holdsKey(keys, Folding.key(text, sp.start(), sp.end())));
        }
    }

    /** Whether {@code s} names a time zone: "3.57am Singapore time", "at noon Beijing time". */
    private static boolean timeZone(String text, GeoSpotter.Spot s) {
        int p = s.end();
        return p + 5 <= text.length() && text.charAt(p) == ' ' && text.regionMatches(true, p + 1, "time", 0, 4)
                && (p + 5 == text.length() || !Character.isLetter(text.charAt(p + 5)));
    }

    /** The start of the lower-case word that ends just before {@code end} (one space between), or -1. */
    private static int lowerWordBefore(String text, int end) {
        if (end < 2 || text.charAt(end - 1) != ' ') {
            return -1;
        }
        int b = end - 1;
        while (b > 0 && Folding.isTokenChar(text.charAt(b - 1))) {
            b--;
        }
        return b < end - 1 && Character.isLowerCase(text.charAt(b)) ? b : -1;
    }

    /** Whether a feature noun ("río", "rue", "jalan") stands before {@code start}, maybe with "de"/"del" between. */
    private static boolean featureNounBefore(String text, int start) {
        int b = lowerWordBefore(text, start);
        for (int hops = 0; b >= 0 && hops < 3; hops++) {
            String w = text.substring(b, start - 1);
            if (FEATURE_NOUNS.contains(w)) {
                return true;
            }
            if (!LINKS.contains(w)) {
                return false;
            }
            start = b;
            b = lowerWordBefore(text, start);
        }
        return false;
    }

    /** Whether a name particle after a capitalised word stands before {@code start}: "Maguindanao del Sur". */
    private static boolean particleBefore(String text, int start) {
        int b = lowerWordBefore(text, start);
        return b >= 0 && start - 1 - b <= 5 && NAME_PARTICLES.contains(text.substring(b, start - 1))
                && SpotContext.capitalisedWordBefore(text, b);
    }

    /**
     * Whether spot {@code s}, read as entry {@code e}, is taken as a place. {@code surfaceKey} is the {@link Folding#key}
     * of {@code s} as written (its {@code spotKey}), folded once per spot rather than at each own-name test here.
     */
    private boolean accept(GeoSpotter.Spot s, long surfaceKey, int e, String text, double[] named, double[] votes, List<GeoSpotter.Spot> spots,
            int[] choice, boolean[] divisionWords, int[] organisations, int datelineCountry, boolean cue, boolean textCue, boolean containedByOther,
            boolean contained, boolean divisionAfter, boolean prefixed,
            boolean organisationHead, boolean fragment, boolean wholeOrganisation, int homeCountry, boolean facilityTown) {
        int kind = Gazetteer.kind(e);
        int c = gaz.countryOf(e);
        double ownVote = kind == Gazetteer.PLACE ? 1 : 0;
        boolean supported = contained || c >= 0 && (c == datelineCountry || named[c] - 0.5 * ownVote >= 0.5
                || votes[c] - ownVote >= 1);
        int surfaceLength = s.end() - s.start();
        if (s.byVariant()) {
            // a spelling variant is a guess (Chairman sounds like Kerman, Builder like Boulder, a LOCATION "Dam"
            // like Ghana's Dome): it needs its country supported by the story, even when the entities stage found
            // the span (it says a place is meant, not which), a town also a cue, and then it passes every check an
            // exact name passes. "Khorasan Province" names a province: a town that sounds like it is not meant
            boolean big = surfaceLength >= 9 && (kind != Gazetteer.PLACE || gaz.population(e) >= 1_000_000);
            boolean ownSupport = contained || c >= 0 && (c == datelineCountry || named[c] - 0.5 * ownVote >= 1
                    || votes[c] - ownVote >= 1);
            if (!(s.fromEntity() ? ownSupport : supported || big)
                    || kind == Gazetteer.PLACE && (divisionAfter || !cue && gaz.population(e) < 1_000_000)) {
                return false;
            }
        }
        if (kind == Gazetteer.PLACE && !s.byVariant() && gaz.population(e) < 1_000_000
                && !gaz.isOwnName(e, surfaceKey)) {
            // a town by one of its alternate names is as much a guess as a spelling variant: "Dam" is the
            // word before "Site 14" in a West Virginia story, not Ghana's Dome; "Khorasan Province" is no
            // Turkish town called Horasan. A common word never, a division word after it never, and a small
            // town's country must be the story's, even for a span the entities stage marked
            boolean ownSupport = contained || c >= 0 && (c == datelineCountry || named[c] - 0.5 * ownVote >= 1
                    || votes[c] - ownVote >= 1);
            if (GeoSpotter.isCommonWord(text, s.start(), s.end()) || divisionAfter
                    || gaz.population(e) < UNSUPPORTED_MIN_POPULATION && !ownSupport) {
                return false;
            }
        }
        if (kind == Gazetteer.PLACE && !s.byVariant() && gaz.population(e) >= 1_000_000
                && surfaceLength <= 12 && !contained && c >= 0 && c != datelineCountry
                && named[c] - 0.5 * ownVote < 1 && votes[c] - ownVote < 1
                && !textCue && !gaz.isOwnName(e, surfaceKey)
                && nameOrCompany(s, text, spots)) {
            // a city's alternate name, often another language's, that is a word of a longer name (here or at another
            // mention of it) in a story nothing else of which is in that country: "Kompol Eko Iskandar ... Eko
            // menjelaskan" is an Indonesian officer, not Lagos (Eko in Yoruba); "Adalet Bakanı" is Turkey's Minister
            // of Justice, not Adelaide. A city by its own name ("Lagos Island"), with a cue ("in Eko"), or in a
            // story that supports its country ("Eko Hotel" in Nigerian copy) stays
            return false;
        }
        if (!supported && c >= 0 && isCompassWord(text, s.start(), s.end())) {
            // "the South" (Korea's), "the North's capital region", "the American South": a part of a country
            // the story names, never a same-named division abroad (Cameroon's South, France's Nord) the story
            // gives no reason for, even when the entities stage read the word as a location; "the West" as a
            // region of the world has no country and stays
            return false;
        }
        boolean singleWord = true;
        for (int i = s.start(); i < s.end(); i++) {
            if (!Folding.isTokenChar(text.charAt(i))) {
                singleWord = false;
                break;
            }
        }
        if ((kind == Gazetteer.PLACE || kind == Gazetteer.ADMIN1 || kind == Gazetteer.ADMIN2)
                && featureNounBefore(text, s.start())) {
            // "el río León", "rue de Lyon", "jalan Ampang": a river, street or bridge named after the town
            return false;
        }
        if (!supported && c >= 0 && singleWord && !contained
                && (kind == Gazetteer.PLACE || kind == Gazetteer.ADMIN1 || kind == Gazetteer.ADMIN2)
                && weakReading(s, e, kind, text, fragment) && otherCountrySupported(c, named, votes, datelineCountry)) {
            // a one-word reading in a country nothing else in the story supports, while the story supports
            // another: "Kali" of "Batang Kali" is no Colombian city, "Sur" of "Maguindanao del Sur" no Omani
            // town, "a Honda CRV" in a Johannesburg story a car. Even where the entities stage marked a
            // location: it says a place is meant, not that one
            return false;
        }
        if (c >= 0 && singleWord && !textCue && !containedByOther && c != datelineCountry
                && (kind == Gazetteer.PLACE && smallAbroad(e) && (gaz.population(e) < UNSUPPORTED_MIN_POPULATION
                        || !s.byVariant() && !gaz.isOwnName(e, surfaceKey))
                        || (kind == Gazetteer.ADMIN1 || kind == Gazetteer.ADMIN2)
                        && nameOrCompany(s, text, spots))
                && evidence(c, e, spots, choice, divisionWords, organisations, text) < 1
                && firmlyElsewhere(c, spots, choice, divisionWords, organisations, text, datelineCountry)) {
            // a one-word town under a hundred thousand people by its own name, or under a million by an alternate
            // name (a city by its own name is a mention even alone: "Liverpool", "Glasgow" in a story about Ireland),
            // not a capital, or a division's name inside a longer name or a company's, with no cue in
            // the text that a place is meant, in a country nothing else in the story gives evidence for (a stray
            // capitalised word read as a town there is none, nor a division the spot names itself: "Patrick" is a
            // Manx town and division), in a story firmly set in another country: a common noun, a make or a name
            // ("mit schwerem Gerät", "their Toyota saloon car", "his accomplice, Kamran,", "Jessica Luna Lagunes"),
            // not a place abroad the story never situates. The entities stage's LOCATION is no cue here: it marks
            // capitalised words the gazetteer knows. With a cue ("a plant in Ghent") the town stays
            return false;
        }
        if (c >= 0 && !textCue && !contained && c != datelineCountry && c != homeCountry
                && (kind == Gazetteer.PLACE && smallAbroad(e) && gaz.population(e) < UNSUPPORTED_MIN_POPULATION
                        && !ownLongName(s, e, text, singleWord)
                        || (kind == Gazetteer.ADMIN1 || kind == Gazetteer.ADMIN2) && gaz.population(e) < 1_000_000)
                && evidence(c, e, spots, choice, divisionWords, organisations, text) < 1
                && firmlyElsewhere(c, spots, choice, divisionWords, organisations, text, datelineCountry)) {
            // a small town or division abroad that nothing else in the story supports, with no cue of the text's
            // own (an entities-stage LOCATION is none), in a story firmly set in another country (two pieces of
            // evidence or the dateline), adds no country of its own: "headed for St Mary's in Chitungwiza" is no
            // Jamaican parish (s35 QA C1). Asking only that another country be supported cost the one place of
            // three QA stories (a stray reading elsewhere outvoted "Saskatchewan"); with a cue ("flew from Gatwick
            // to Pisa" under a London dateline) the town stays, which leaves "the driver, from Lockport" in Manitoba
            // copy as Lockport, New York. The country of the text's language is never abroad ("Polres Sleman")
            return false;
        }
        if (s.fromEntity()) {
            // the entities stage already said it is a location: only which one is left to decide here
            return true;
        }
        String continentFeature = kind == Gazetteer.CONTINENT ? gaz.continentFeature(Gazetteer.index(e)) : null;
        if (continentFeature != null && !"CONT".equals(continentFeature) && !"ZN".equals(continentFeature)) {
            // a region or sea in one word inside a longer name is that name's: "Gulf Oil", "Union Pacific". A
            // union of countries is read as a country is: "EU Transport Commissioner", "EU Aviation Strategy"
            return !singleWord || !SpotContext.capitalisedWordBefore(text, s.start())
                    && !SpotContext.capitalisedWordAfter(text, s.end());
        }
        if (kind == Gazetteer.COUNTRY || kind == Gazetteer.DEMONYM || kind == Gazetteer.CONTINENT) {
            return true;
        }
        long population = gaz.population(e);
        if (wholeOrganisation && kind == Gazetteer.PLACE && supported && population >= ORGANISATION_CITY_MIN_POPULATION
                && !s.byVariant() && gaz.isOwnName(e, surfaceKey)) {
            // an organisation the entities stage drew over a town's own name alone, in a country the story is
            // about: a team or a council named by its town ("a 1-0 defeat to Reading", "Leeds were relegated"),
            // which geoparsing counts as a (metonymic) mention of the town, though "Reading" alone is a gerund
            return true;
        }
        if (SpotContext.NOT_ALONE.contains(Folding.folded(text.substring(s.start(), s.end())))) {
            return false;
        }
        if (singleWord && surfaceLength <= 5 && SpotContext.allCapitals(text, s.start(), s.end()) && population < 1_000_000) {
            // "IRNA", "OPEC", "NATO": a short word in capitals is an acronym far more often than a town
            return false;
        }
        if (kind == Gazetteer.ADMIN1 || kind == Gazetteer.ADMIN2) {
            return supported || cue || population >= 1_000_000;
        }
        boolean inCapitals = surfaceLength >= 4 && SpotContext.allCapitals(text, s.start(), s.end());
        if (!s.fromEntity() && !facilityTown && singleWord
                && population < (organisationHead ? ORGANISATION_CITY_MIN_POPULATION : 1_000_000)
                && (inCapitals
                ? SpotContext.capitalsWordAround(text, s.start(), s.end())
                : SpotContext.capitalisedWordBefore(text, s.start()) && !prefixed && !divisionAfter
                        || SpotContext.capitalisedWordAfter(text, s.end()) && !divisionAfter)) {
            // "John Washington", "Wall Street", "Ford Motor": part of a longer name
            return false;
        }
        if (population < UNSUPPORTED_MIN_POPULATION) {
            return supported && cue;
        }
        return true;
    }

}
