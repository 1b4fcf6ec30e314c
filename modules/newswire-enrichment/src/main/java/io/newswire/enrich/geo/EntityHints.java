package io.newswire.enrich.geo;

import io.newswire.enrich.gazetteer.Gazetteer;
import io.newswire.enrich.text.Folding;
import io.newswire.model.Article;
import io.newswire.model.Entity;
import io.newswire.model.EntityType;
import io.newswire.model.Mention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The entities stage's findings as context for place spotting, read from the article (never by
 * importing that stage): PERSON spans veto spots, LOCATION spans are looked up whole. Applied in the
 * entities' list order, which matters (a PERSON read after a LOCATION can veto the spot it added).
 */
final class EntityHints {

    private final Gazetteer gaz;
    private final RegionWords regionWords;

    EntityHints(Gazetteer gaz, RegionWords regionWords) {
        this.gaz = gaz;
        this.regionWords = regionWords;
    }

    /**
     * The start offsets of the ORGANIZATION mentions the entities stage found, sorted, each followed by its
     * end ({@code [start0, end0, start1, end1, ...]}), or {@code null} when there are none.
     */
    static int[] organisationStarts(Article article) {
        return organisationStarts(article, List.of());
    }

    /**
     * As {@link #organisationStarts(Article)}, with the buildings and sites the entities stage typed LOCATION
     * ({@code facilities}, from {@link #apply}) among them: "Edinburgh Airport" is read the same whether the
     * tagger calls it an organisation or a location.
     */
    static int[] organisationStarts(Article article, List<Mention> facilities) {
        List<Entity> entities = article.entities();
        if (entities == null || entities.isEmpty()) {
            return null;
        }
        int n = facilities.size();
        for (Entity en : entities) {
            n += en.type() == EntityType.ORGANIZATION ? en.mentions().size() : 0;
        }
        if (n == 0) {
            return null;
        }
        int[] out = new int[2 * n];
        int i = 0;
        for (Entity en : entities) {
            if (en.type() == EntityType.ORGANIZATION) {
                for (Mention m : en.mentions()) {
                    out[i++] = m.start();
                    out[i++] = m.end();
                }
            }
        }
        for (Mention m : facilities) {
            out[i++] = m.start();
            out[i++] = m.end();
        }
        return out;
    }

    /** Whether {@code s} is all of an organisation of {@code starts}: a team named by its town ("Reading"). */
    static boolean isOne(int[] starts, GeoSpotter.Spot s) {
        for (int i = 0; i < starts.length; i += 2) {
            if (starts[i] == s.start() && starts[i + 1] == s.end()) {
                return true;
            }
        }
        return false;
    }

    private static final KeySet AIRFIELD_HEADS = KeySet.of(Folding.key("airport"), Folding.key("airfield"),
            Folding.key("airbase"), Folding.key("aerodrome"), Folding.key("airstrip"));

    /**
     * Whether {@code s} begins one of the building names {@code names} ({@code [start0, end0, ...]}) that ends in an
     * airport's head word ("Prestwick Airport", "Kelso International Airport"), and is not all of it.
     */
    static boolean startsAirfield(int[] names, String text, GeoSpotter.Spot s) {
        for (int i = 0; i < names.length; i += 2) {
            if (names[i] == s.start() && names[i + 1] > s.end()) {
                int end = names[i + 1];
                int last = text.lastIndexOf(' ', end - 1) + 1;
                if (last > s.start() && has(AIRFIELD_HEADS, Folding.key(text, last, end))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether one of the entries of {@code whole} has the text of {@code m} as its own name. */
    private boolean ownName(GeoSpotter.Spot whole, String text, Mention m) {
        long key = Folding.key(text, m.start(), m.end());
        for (int e : whole.entries()) {
            if (Gazetteer.kind(e) != Gazetteer.PLACE || gaz.isOwnName(e, key)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code s} is the first word of an organisation of {@code starts} and not all of it. */
    static boolean startsOne(int[] starts, GeoSpotter.Spot s) {
        for (int i = 0; i < starts.length; i += 2) {
            if (starts[i] == s.start() && starts[i + 1] > s.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code s} is a country's acronym that begins a PERSON span of three words or more: "U.S. Trade
     * Representative Robert Lighthizer", "UK Foreign Secretary ..." as a tagger draws them; the country is named
     * (a country's name there may be a first name: "Jordan", "Chad", so only its acronym in capitals counts).
     */
    private boolean countryTitle(String text, Mention m, GeoSpotter.Spot s) {
        if (s.start() != m.start() || s.end() >= m.end() || !Character.isUpperCase(text.charAt(s.end() - 1))
                && text.charAt(s.end() - 1) != '.') {
            return false;
        }
        for (int i = s.start(); i < s.end(); i++) {
            char c = text.charAt(i);
            if (c != '.' && !Character.isUpperCase(c)) {
                return false;
            }
        }
        int words = 1;
        for (int i = s.end(); i < m.end(); i++) {
            words += text.charAt(i) == ' ' ? 1 : 0;
        }
        boolean country = false;
        for (int e : s.entries()) {
            country |= Gazetteer.kind(e) == Gazetteer.COUNTRY;
        }
        return country && words >= 3;
    }

    private static final java.util.Set<String> PLACE_TITLES =
            io.newswire.enrich.text.WordList.load(EntityHints.class, "place-titles.txt");

    /**
     * Whether the strong place {@code s} in the PERSON span {@code m} is a place the person's title names: at
     * the head before a title ("Harare Mayor Bernard ...", "Lagos Governor ..."), or after "of" ("Crown Prince
     * of Dubai", "the Emir of Kano") once the span has begun. A place as a first name ("Jordan Henderson",
     * "Paris Hilton") has no title after it and stays vetoed.
     */
    private boolean placeTitle(String text, Mention m, GeoSpotter.Spot s) {
        if (s.start() < m.start() || s.end() > m.end() || !strong(s)) {
            return false;
        }
        if (s.start() == m.start()) {
            int w = s.end() + 1;
            int len = SpotContext.wordLengthAt(text, w);
            return s.end() < m.end() && text.charAt(s.end()) == ' ' && len > 0 && w + len <= m.end()
                    && Character.isUpperCase(text.charAt(w))
                    && PLACE_TITLES.contains(Folding.folded(text.substring(w, w + len)));
        }
        return s.start() >= m.start() + 4 && text.startsWith(" of ", s.start() - 4);
    }

    /**
     * Whether {@code s} is all of the PERSON span {@code m} and a curated landmark or region of several words
     * ("Trump Tower", "Camp David"), or of one word after a lower-case "the" ("near the Cauvery", "on the
     * Volga": no person's name takes the article): a tagger reads the person's name in it, but the whole name is
     * the place's. Towns are not kept so ("St. Paul" wrote to the Corinthians).
     */
    private boolean wholeLandmark(String text, Mention m, GeoSpotter.Spot s) {
        if (s.start() != m.start() || s.end() != m.end()) {
            return false;
        }
        boolean words = s.start() >= 4 && text.startsWith("the ", s.start() - 4)
                && (s.start() == 4 || !Folding.isTokenChar(text.charAt(s.start() - 5)));
        for (int i = s.start(); i < s.end() && !words; i++) {
            words = text.charAt(i) == ' ';
        }
        for (int e : s.entries()) {
            if (words && !s.byVariant() && Gazetteer.kind(e) == Gazetteer.CONTINENT
                    && !"CONT".equals(gaz.continentFeature(Gazetteer.index(e)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the spots inside {@code m} are all of it but separators: commas, slashes, "and", "or", "&".
     * At least two spots. Two spots with only a space between them ("Greece Italy") are no list when the first
     * is a natural feature's opening head word or the second its closing one: "Nile Delta", "Marigny Canal",
     * "Lake Manassas" are one name whose head word happens to be a small town's too; nor a compass word with a
     * capital before a strong place ("West Texas": West is a Texan town too). (Any two words that are
     * towns, "Kanye West", "Dan Brown", a tagger's LOCATION over a person, still read as a list, which the
     * resolver then mostly rejects.)
     */
    private boolean isList(String text, Mention m, List<GeoSpotter.Spot> spots) {
        List<GeoSpotter.Spot> inside = new ArrayList<>();
        for (GeoSpotter.Spot s : spots) {
            if (s.start() >= m.start() && s.end() <= m.end()) {
                inside.add(s);
            }
        }
        if (inside.size() < 2) {
            return false;
        }
        inside.sort(Comparator.comparingInt(GeoSpotter.Spot::start));
        int p = m.start();
        int n = 0;
        for (GeoSpotter.Spot s : inside) {
            if (s.start() < p || !separators(text, p, s.start())) {
                return false;
            }
            if (n > 0 && spacesOnly(text, p, s.start()) && (featureHead(text, inside.get(n - 1), true)
                    || featureHead(text, s, false) || strong(s) && SpotContext.capitalCompassBefore(text, s.start()) > 0)) {
                return false;
            }
            p = s.end();
            n++;
        }
        return n >= 2 && separators(text, p, m.end());
    }

    /**
     * Whether spot {@code s}, overlapping the LOCATION span {@code m} that names nothing as a whole, stands for all
     * of it: the rest is empty or a generic word ("Kabul province"), a compass word ("West Texas", "Eastern Ukraine":
     * the compass word is part of the mention, the place Texas; a strong place only: "Northern Echo" is a newspaper,
     * no part of a town called Echo), or a division word before it ("Co. Cork", "Co Kerry": the county written with
     * its division word, the spot Cork; as an unknown name it had been placed at the story's own county). Worked out
     * only where it is read: the folded rest is a string built per spot.
     */
    private boolean coversAll(String text, Mention m, GeoSpotter.Spot s, boolean inside) {
        if (!inside) {
            // a spot reaching out of the span (generic-place-words.txt holds no "-", the rest such a spot was given)
            return false;
        }
        String rest = Folding.folded(text.substring(m.start(), s.start()) + " " + text.substring(s.end(), m.end()));
        return rest.isEmpty() || PlaceWords.isGeneric(rest)
                || s.end() == m.end() && strong(s)
                && SpotContext.capitalCompassBefore(text, s.start()) == s.start() - m.start()
                || s.end() == m.end() && s.start() > m.start()
                && PlaceWords.isDivisionPrefix(Folding.folded(text.substring(m.start(), s.start())));
    }

    private static final java.util.regex.Pattern SEPARATORS = java.util.regex.Pattern.compile("[\\s,/&;]+");

    /** Whether spot {@code s} is one word that opens ({@code first}) or closes a natural feature's name. */
    private static boolean featureHead(String text, GeoSpotter.Spot s, boolean first) {
        long k = Folding.key(text, s.start(), s.end());
        return has(first ? FEATURE_FIRST : FEATURE_LAST, k);
    }

    private static boolean spacesOnly(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean separators(String text, int from, int to) {
        String gap = text.substring(from, to).strip();
        for (String part : SEPARATORS.split(gap)) {
            if (!part.isEmpty() && !part.equals("and") && !part.equals("or")) {
                return false;
            }
        }
        return true;
    }

    /** Whether every entry of the spot is a town: no country, division, demonym or region shares its name. */
    private static boolean townOnly(GeoSpotter.Spot s) {
        for (int e : s.entries()) {
            if (Gazetteer.kind(e) != Gazetteer.PLACE) {
                return false;
            }
        }
        return true;
    }

    /** A country, a demonym, a first-level division or a town of 100,000 people or more among the spot's entries. */
    private boolean strong(GeoSpotter.Spot s) {
        if (s.byVariant() || s.abbreviation()) {
            return false;
        }
        for (int e : s.entries()) {
            int kind = Gazetteer.kind(e);
            if (kind == Gazetteer.COUNTRY || kind == Gazetteer.DEMONYM || kind == Gazetteer.ADMIN1
                    || kind == Gazetteer.PLACE && gaz.population(e) >= 100_000) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the spot {@code s} is the last word of a name {@code [start, end)} of several words and the word right
     * before it, joined by a space alone, is a name of the gazetteer too: "Wells Fargo", "Real Madrid", "Bayern
     * Munich", "Ajax Amsterdam". A bank or a club named so is a name made of names (founders', a club's own word), no
     * mention of the town it ends with; a brand before a town's name ("CTV Saskatoon", "Baseball Toronto"), which
     * geoparsing corpora count as the town, is not one, nor an institution's head word ("Robinson College Cambridge").
     */
    static boolean endsAfterName(Gazetteer gaz, String text, int start, int end, GeoSpotter.Spot s) {
        if (s.end() != end || s.start() < start + 2 || text.charAt(s.start() - 1) != ' ') {
            return false;
        }
        int wordEnd = s.start() - 1;
        int wordStart = wordEnd;
        while (wordStart > start && Folding.isTokenChar(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        if (wordStart == wordEnd || !Character.isUpperCase(text.charAt(wordStart))
                || wordStart > start && text.charAt(wordStart - 1) != ' ') {
            return false;
        }
        long key = Folding.key(text, wordStart, wordEnd);
        // an institution's or a building's head word is no name ("Robinson College Cambridge", "Harare City Council")
        return gaz.byKey(key) != null && !has(FACILITY_HEADS, key) && !has(INSTITUTION_WORDS, key)
                && !PlaceWords.isGeneric(Folding.folded(text.substring(wordStart, wordEnd)));
    }

    /** As {@link #endsAfterName(Gazetteer, String, int, int, GeoSpotter.Spot)} for the organisations of {@code starts}. */
    static boolean endsOneAfterName(Gazetteer gaz, int[] starts, String text, GeoSpotter.Spot s) {
        for (int i = 0; i < starts.length; i += 2) {
            if (starts[i] < s.start() && starts[i + 1] == s.end() && endsAfterName(gaz, text, starts[i], starts[i + 1], s)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code s} lies inside an organisation of {@code starts} and is not all of it: "Khorasan" of
     * "Islamic State in Khorasan", "Seattle" of "Seattle Fire".
     */
    static boolean insideOne(int[] starts, GeoSpotter.Spot s) {
        for (int i = 0; i < starts.length; i += 2) {
            if (starts[i] <= s.start() && s.end() <= starts[i + 1] && starts[i + 1] - starts[i] > s.end() - s.start()) {
                return true;
            }
        }
        return false;
    }

    private static final KeySet FACILITY_HEADS = keys("facility-words.txt");
    /** Heads that open a building's name in other languages: "Hôpital X", "Estadio X", "Krankenhaus X". */
    private static final KeySet FACILITY_FIRST = keys("facility-words-first.txt");
    private static final KeySet FACILITY_SURNAMES = keys("facility-surnames.txt");
    private static final KeySet INSTITUTION_WORDS = keys("institution-words.txt");
    /** "Centre of Excellence", "Center of Gravity": before "of" these are no building's head. */
    private static final KeySet NO_OF_FORM = KeySet.of(Folding.key("centre"), Folding.key("center"));
    private static final long OF_KEY = Folding.key("of");

    /** Heads that close a natural feature's or a waterway's name: "Swat Valley", "Marigny Canal", "Tana River". */
    private static final KeySet FEATURE_LAST = keys("natural-feature-words.txt");
    /** Heads that open one: "Lake Manassas", "Mount Elgon", "River Tana". */
    private static final KeySet FEATURE_FIRST = keys("natural-feature-first.txt");
    private static final long THE_KEY = Folding.key("the");

    private static KeySet keys(String resource) {
        return KeySet.of(io.newswire.enrich.text.WordList.load(EntityHints.class, resource).stream()
                .mapToLong(Folding::key).toArray());
    }

    private static boolean has(KeySet set, long key) {
        return set.contains(key);
    }

    /**
     * Whether the organisation or person span {@code m} names a building or site ("Altnagelvin Hospital",
     * "Kessler Memorial Stadium", "University of Northland"): of two words or more, with a facility head
     * ({@code facility-words.txt}) last or before "of". A head that is also a surname ("Hall", "Church") counts
     * only in an organisation's span and never before "of"; a name whose every word before the head is a
     * denomination or demonym ("the Catholic Church", "Russian Orthodox Church") is a body, not a building.
     * Compared by word keys, without copying the words out.
     */
    boolean facility(String text, Mention m, boolean person) {
        int start = m.start();
        int end = Math.min(m.end(), text.length());
        // the words: at most a few, found by spaces
        int words = 0;
        int ofAt = -1;
        int lastStart = -1;
        int lastEnd = -1;
        int prevStart = -1;
        for (int i = start; i < end; ) {
            while (i < end && text.charAt(i) == ' ') {
                i++;
            }
            int ws = i;
            while (i < end && text.charAt(i) != ' ') {
                i++;
            }
            if (i == ws) {
                break;
            }
            if (ofAt < 0 && words > 0 && i - ws == 2 && text.regionMatches(ws, "of", 0, 2)) {
                ofAt = ws;
                break;
            }
            words++;
            prevStart = lastStart;
            lastStart = ws;
            lastEnd = i;
        }
        if (lastStart < 0 || words < (ofAt >= 0 ? 1 : 2) || ofAt >= 0 && ofAt + 3 >= end) {
            return false;
        }
        int firstEnd = start;
        while (firstEnd < end && text.charAt(firstEnd) != ' ') {
            firstEnd++;
        }
        if (ofAt < 0 && has(FACILITY_FIRST, Folding.key(text, start, firstEnd))) {
            // the head first, as French, Spanish, Italian and German write it: "Estadio Ramón Quiroga"
            return true;
        }
        long head = Folding.key(text, lastStart, lastEnd);
        int headStart = lastStart;
        if (prevStart >= 0 && has(FACILITY_HEADS, Folding.key(text, prevStart, lastEnd))) {
            headStart = prevStart;
        } else if (!has(FACILITY_HEADS, head)) {
            return false;
        }
        if ((person || ofAt >= 0) && has(FACILITY_SURNAMES, head) || ofAt >= 0 && has(NO_OF_FORM, head)) {
            return false;
        }
        if (ofAt >= 0 || headStart == start) {
            return true;
        }
        // a body, not a building: every word before the head a denomination or a demonym, one a denomination
        boolean denomination = false;
        for (int i = start; i < headStart; i++) {
            int ws = i;
            while (i < headStart && text.charAt(i) != ' ') {
                i++;
            }
            if (i > ws) {
                long k = Folding.key(text, ws, i);
                if (has(INSTITUTION_WORDS, k)) {
                    denomination = true;
                    continue;
                }
                int[] entries = gaz.byKey(k);
                boolean demonym = false;
                for (int x = 0; entries != null && x < entries.length && !demonym; x++) {
                    demonym = Gazetteer.kind(entries[x]) == Gazetteer.DEMONYM;
                }
                if (!demonym) {
                    return true;
                }
            }
        }
        return !denomination;
    }

    /**
     * Whether the organisation or person span {@code m} names a natural feature or a waterway by its head word
     * ({@code natural-feature-words.txt} last: "Swat Valley", "Okavango Delta"; {@code natural-feature-first.txt}
     * first, in a name of two or three words: "Lake Manassas", "Mount Elgon"): the text itself says the name is a
     * place, whether or not the gazetteer knows it. A person's span counts only after a locative word or "the"
     * ("found in Lake Manassas", "the Tana River"), where no person's name stands; a span of one word never.
     */
    boolean naturalFeature(String text, Mention m, boolean person) {
        int start = m.start();
        int end = Math.min(m.end(), text.length());
        int firstEnd = text.indexOf(' ', start);
        if (firstEnd < 0 || firstEnd >= end) {
            return false;
        }
        int lastStart = text.lastIndexOf(' ', end - 1) + 1;
        int words = 1;
        for (int i = start; i < end; i++) {
            words += text.charAt(i) == ' ' ? 1 : 0;
        }
        boolean feature = has(FEATURE_LAST, Folding.key(text, lastStart, end))
                || words <= 3 && has(FEATURE_FIRST, Folding.key(text, start, firstEnd));
        if (!feature || !person) {
            return feature;
        }
        int p = start - 1;
        while (p >= 0 && text.charAt(p) == ' ') {
            p--;
        }
        int wordEnd = p + 1;
        while (p >= 0 && Folding.isTokenChar(text.charAt(p))) {
            p--;
        }
        return wordEnd > p + 1 && (SpotContext.locativeBefore(text, start)
                || Folding.key(text, p + 1, wordEnd) == THE_KEY);
    }

    /**
     * Whether the folded words {@code rest} before a place inside a longer name are only a natural feature's head
     * words (and "of", "the"): "Kenya" in "Mount Kenya", "Geneva" in "Lake Geneva", "Thailand" in "Gulf of
     * Thailand" is the feature's name, no mention of the country or town. Heads after the place leave it a
     * mention: "Ohio" in "Ohio River Valley" names the state the valley is in.
     */
    private static boolean featureWords(String rest) {
        boolean any = false;
        for (String w : rest.split(" ")) {
            if (w.isEmpty() || w.equals("of") || w.equals("the")) {
                continue;
            }
            long k = Folding.key(w);
            if (!has(FEATURE_FIRST, k) && !has(FEATURE_LAST, k)) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /**
     * A natural feature's span: the gazetteer's entry when it knows the whole name ("River Thames", "Lake Kivu"),
     * replacing the spots inside it, else an unknown place.
     */
    private void feature(String text, Mention m, List<GeoSpotter.Spot> spots, List<Mention> unknown) {
        GeoSpotter.Spot whole = GeoSpotter.lookupSpan(gaz, text, m.start(), m.end());
        if (whole == null) {
            unknown.add(m);
            return;
        }
        spots.removeIf(s -> s.start() < m.end() && m.start() < s.end());
        spots.add(new GeoSpotter.Spot(whole.start(), whole.end(), whole.entries(), whole.byVariant(), true));
    }

    /**
     * Applies an entities stage's findings: PERSON spans veto spots; a LOCATION span is looked up as a
     * whole and replaces spots that cover only part of it ("Frenchmen Street" is no town called Street),
     * unless the rest is a generic word ("Kabul province"). Returns the LOCATION spans the gazetteer
     * does not know, and the buildings and sites named by organisation or person spans ({@link #facility}).
     */
    /**
     * Whether a spot overlaps {@code m}: most person's spans hold no spot, and this plain pass costs less than
     * {@link List#removeIf}'s call of its predicate per spot (the removal test begins with this overlap).
     */
    private static boolean overlapsAny(List<GeoSpotter.Spot> spots, Mention m) {
        for (int i = 0; i < spots.size(); i++) {
            GeoSpotter.Spot s = spots.get(i);
            if (s.start() < m.end() && m.start() < s.end()) {
                return true;
            }
        }
        return false;
    }

    List<Mention> apply(Article article, String text, List<GeoSpotter.Spot> spots) {
        return apply(article, text, spots, new ArrayList<>(), new ArrayList<>());
    }

    /**
     * As {@link #apply(Article, String, List)}; adds to {@code facilities} the LOCATION spans that name a building
     * or site the gazetteer lacks ("Edinburgh Airport", "Rogers Centre"). Those are read as the same span typed
     * ORGANIZATION is: an unknown place, with the spots inside left for the resolver, a town at the head read as an
     * organisation's head town ({@link #organisationStarts(Article, List)}), not as a list of places nor as the
     * fragments of one unknown name. Adds to {@code allFacilities} every span, of any type, read as a building or
     * site.
     */
    List<Mention> apply(Article article, String text, List<GeoSpotter.Spot> spots, List<Mention> facilities,
            List<Mention> allFacilities) {
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
                    if (regionWords.entries(text, m.start(), m.end()) != null) {
                        // "Midwestern" or "Kashmiri" alone read as a person: the region word the spotter read in a
                        // region's context stays
                        continue;
                    }
                    if (overlapsAny(spots, m)) {
                        spots.removeIf(s -> s.start() < m.end() && m.start() < s.end()
                                && Gazetteer.kind(s.entries()[0]) != Gazetteer.DEMONYM && !countryTitle(text, m, s)
                                && !placeTitle(text, m, s) && !wholeLandmark(text, m, s));
                    }
                    if (naturalFeature(text, m, true)) {
                        // "near Lake Manassas", "the River Thames": a tagger reads a person in a lake's or river's name
                        feature(text, m, spots, unknown);
                    } else if (facility(text, m, true)) {
                        // "Jamsil Stadium", "Meydan Racecourse": a tagger reads a person in a site's name
                        unknown.add(m);
                        allFacilities.add(m);
                    }
                } else if (en.type() == EntityType.ORGANIZATION) {
                    if (naturalFeature(text, m, false)) {
                        // "Swat Valley", "Marigny Canal" read as organisations are places
                        feature(text, m, spots, unknown);
                    } else if (facility(text, m, false)) {
                        // "Altnagelvin Hospital", "Rogers Centre": a building is an organisation and a place
                        unknown.add(m);
                        allFacilities.add(m);
                    }
                } else if (en.type() == EntityType.LOCATION) {
                    int[] region = regionWords.entries(text, m.start(), m.end());
                    if (region != null) {
                        // "the West", "Arab leaders": the region, never the town of that name
                        spots.removeIf(s -> s.start() < m.end() && m.start() < s.end());
                        spots.add(new GeoSpotter.Spot(m.start(), m.end(), region.clone(), false, true));
                        continue;
                    }
                    GeoSpotter.Spot whole = GeoSpotter.lookupSpan(gaz, text, m.start(), m.end());
                    // the own-name test first: most LOCATION spans are a place's own name, and the facility test reads
                    // the span's words again
                    if ((whole == null || !ownName(whole, text, m)) && facility(text, m, false)) {
                        // "Edinburgh Airport", "Rogers Centre" typed LOCATION: a building named after its town (or a
                        // sponsor), read as the tagger's ORGANIZATION span of it is; read as a location, its town
                        // became a fragment of an unknown name and was lost, and "Rogers Centre" a list of two places.
                        // Also when only an alternate name of some small place matches the whole ("Manchester Arena")
                        unknown.add(m);
                        facilities.add(m);
                        allFacilities.add(m);
                        continue;
                    }
                    // "Hawaii and Guam, Louisiana", "Greece Italy", "Chartres/Franklin": a span the tagger drew
                    // over a list of places is those places
                    boolean list = whole == null && isList(text, m, spots);
                    boolean covered = false;
                    for (int i = spots.size() - 1; i >= 0; i--) {
                        GeoSpotter.Spot s = spots.get(i);
                        if (s.start() < m.end() && m.start() < s.end()) {
                            boolean containsEntity = s.start() <= m.start() && s.end() >= m.end();
                            boolean inside = s.start() >= m.start() && s.end() <= m.end();
                            if (containsEntity || whole == null && coversAll(text, m, s, inside)) {
                                covered = true;
                                spots.set(i, new GeoSpotter.Spot(s.start(), s.end(), s.entries(), s.byVariant(), true,
                                        s.abbreviation()));
                            } else if (inside && list) {
                                // a list's places: the span is those places, read as any spot is; but for a town that
                                // closes a name of names ("Wells Fargo" typed a location), which is no place
                                covered = true;
                                if (townOnly(s) && endsAfterName(gaz, text, m.start(), m.end(), s)) {
                                    spots.remove(i);
                                }
                            } else if (inside && whole == null && strong(s)
                                    && !featureWords(Folding.folded(text.substring(m.start(), s.start())))
                                    && !(townOnly(s) && endsAfterName(gaz, text, m.start(), m.end(), s))) {
                                // a country, state or city in a longer name the gazetteer lacks ("Louisiana
                                // Purchase", "Air Zimbabwe"): kept, and read as any spot is; the longer name
                                // is still an unknown location of its own
                                continue;
                            } else {
                                spots.remove(i);
                            }
                        }
                    }
                    if (!covered) {
                        if (whole == null && PlaceWords.isGeneric(Folding.folded(m.text()))) {
                            // "Province" alone, the tagger's piece of "Islamic State in Khorasan Province": no place
                            continue;
                        }
                        if (whole != null) {
                            spots.add(new GeoSpotter.Spot(whole.start(), whole.end(), whole.entries(),
                                    whole.byVariant(), true));
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
}
