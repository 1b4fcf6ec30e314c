package io.newswire.enrich.stories;

import static java.util.Objects.requireNonNull;

import io.newswire.enrich.text.Folding;
import io.newswire.enrich.text.WordList;
import io.newswire.enrich.text.WordHashes;
import io.newswire.model.Article;
import io.newswire.model.Casualties;
import io.newswire.model.Entity;
import io.newswire.model.EntityType;
import io.newswire.model.Event;
import io.newswire.model.Mention;
import io.newswire.model.Place;
import io.newswire.model.Toll;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Online story clustering over articles in one order (after Miranda et al. 2018, reduced). The state
 * (document frequencies, stories and their recent members, postings) is a {@link StoryState} owned by
 * the caller; the clusterer itself only keeps scratch buffers. Not thread-safe.
 *
 * <p>An article becomes a {@link StoryState.Member}: its heaviest words and its entities and places as
 * length-normalised TF-IDF vectors (document frequencies counted online, so frequent words of any
 * language weigh little without a stop list; the words' start from {@link Settings#background()}), and its
 * salient facts: the three most salient persons and organisations, its most salient local place, the numbers
 * in its text, the
 * countries of its places, the days its events are dated to, its date anchor (full dates written in its
 * text, its dateline's date), its events' casualty figures, and its most salient distinct names (below country
 * level, each as its rarest word) with the rare words of the names it mentions. A pair of articles scores {@code sigmoid(b0
 * + b1 cos(words) + b2 cos(entities) + sum bi agree_i + b10 near(anchors) + b11 agree(casualty figures) + b12
 * mentioned(names))},
 * where {@code agree_i} is +1 when both sides have that fact and share one, -1 when
 * both have it and share none, 0 otherwise: two reports of one event name the same people, places and
 * figures; two events of one kind (two earthquakes) share their words but not those. A story scores the
 * mean over its most recent members (average linkage, not one centroid, so a story does not drift into
 * its neighbour), times {@code exp(-|dt| / decay)} over event time. The best candidate at or above the
 * threshold (a higher one for a story of one article) is joined, else the article starts a story. A pair the
 * vetoes of {@link #blocked} reject (no entity and few shared words, disjoint salient names, conflicting local
 * places) scores 0 whatever the model says. Stories are never merged or split, so an
 * emitted story id stays.
 */
public final class StoryClusterer {

    /**
     * @param threshold  mean pair probability at or above which an article joins a story
     * @param singleThreshold the same for a story of one article, whose score is a single pair's
     * @param coefficients the pair model: intercept, word cosine, entity cosine, then the agreement of
     *                   persons, the local place (s32; before, places of any level), organisations, numbers,
     *                   countries, event days, latest year in the text, then the closeness of the date anchors,
     *                   then the agreement of the casualty figures, then how far each side's salient distinct names are mentioned by the other
     * @param background document frequencies of words counted beforehand, added to the stream's own
     * @param decay      e-folding time of the time decay
     * @param retention  how long a story with no new article stays a candidate (event time)
     * @param members    the recent members of a story compared with a new article
     * @param maxWords   words kept per article (the heaviest by TF-IDF)
     * @param probeWords the article's heaviest words used (with its entities) to find candidate stories
     * @param maxCandidates stories scored per article at most (those found under the most probe keys, among
     *                   up to four times as many found)
     */
    public record Settings(double threshold, double singleThreshold, double[] coefficients, Duration decay,
            Duration retention, int members, int maxWords, int probeWords, int maxCandidates,
            BackgroundFrequencies background) {

        /**
         * Fitted by {@code newswire eval stories --fit} (the eval module's {@code StoriesFit}): a logistic
         * regression on pairs of ECB+ train-topic articles (CC BY 3.0; every earlier article of the topic and one
         * in 40 of the others, over five arrival orders, each member weighted by the document frequencies the
         * stream had counted when it arrived, plus the shipped background); the thresholds (0.45; 0.65 to join a
         * story of one article) are the highest mean F1 at mean precision >= 0.90 over the dev topics' five
         * orders (docs/EVALUATION.md#stories); the event-day coefficient is set by hand (ECB+ has no dates, so its
         * articles' events carry none); word document frequencies start from {@link
         * BackgroundFrequencies#standard()}.
         */
        public static final Settings STANDARD = new Settings(0.45, 0.65,
                new double[] {-1.73, 9.77, 1.97, 0.47, 0.16, -0.18, 1.30, -0.01, 1.00, 1.59, 0.21, 1.16, 2.01},
                Duration.ofDays(3), Duration.ofDays(7), 4, 64, 10, 8, BackgroundFrequencies.standard());

        public Settings {
            requireNonNull(decay, "decay");
            requireNonNull(retention, "retention");
            requireNonNull(background, "background");
            coefficients = coefficients.clone();
            if (coefficients.length != INPUTS + 1) {
                throw new IllegalArgumentException("coefficients: " + (INPUTS + 1) + ", not " + coefficients.length);
            }
        }

        public Settings withThreshold(double t) {
            return new Settings(t, singleThreshold, coefficients, decay, retention,
                    members, maxWords, probeWords, maxCandidates, background);
        }

        /** The same settings with {@code t} as the threshold and {@code single} as that of stories of one article. */
        public Settings withThresholds(double t, double single) {
            return new Settings(t, single, coefficients, decay, retention, members, maxWords, probeWords, maxCandidates,
                    background);
        }

        public Settings withMembers(int k) {
            return new Settings(threshold, singleThreshold, coefficients, decay, retention,
                    k, maxWords, probeWords, maxCandidates, background);
        }

        public Settings withCoefficients(double[] c) {
            return new Settings(threshold, singleThreshold, c, decay, retention,
                    members, maxWords, probeWords, maxCandidates, background);
        }

        public Settings withMaxCandidates(int n) {
            return new Settings(threshold, singleThreshold, coefficients, decay, retention,
                    members, maxWords, probeWords, n, background);
        }

        public Settings withProbeWords(int n) {
            return new Settings(threshold, singleThreshold, coefficients, decay, retention,
                    members, maxWords, n, maxCandidates, background);
        }

        /** The same settings with word document frequencies warmed from {@code b}. */
        public Settings withBackground(BackgroundFrequencies b) {
            return new Settings(threshold, singleThreshold, coefficients, decay, retention,
                    members, maxWords, probeWords, maxCandidates,
                    b);
        }

        public Settings withMaxWords(int n) {
            return new Settings(threshold, singleThreshold, coefficients, decay, retention,
                    members, n, probeWords, maxCandidates, background);
        }

        /** The same settings with {@code r} as the event-time retention of a story with no new article. */
        public Settings withRetention(Duration r) {
            return new Settings(threshold, singleThreshold, coefficients, decay, r,
                    members, maxWords, probeWords, maxCandidates, background);
        }
    }

    /**
     * What an article contributes before weighting: its distinct word hashes (in order of first appearance)
     * and sorted distinct entity hashes, with their counts, and its facts as sorted hashes.
     */
    public record Features(long[] words, float[] wordCounts, long[] entities, float[] entityCounts, long[] persons,
            long[] locations, long[] organisations, long[] numbers, long[] countries, long[] days, long[] year,
            long[] anchors, long[] tolls, long[] names, long[] nameWords) {
    }

    /**
     * The story an article joined.
     *
     * @param storyId    the story's id (its first article's)
     * @param firstSeen  the earliest event time among its articles
     * @param size       its articles, this one included (copies counted, see {@link StoryState.StoryRecord#articles()})
     * @param similarity the score that joined it, 0 for a new story
     */
    public record Assignment(String storyId, Instant firstSeen, int size, double similarity) {
    }

    private static final long[] NONE = new long[0];
    /** The pair model's inputs (its coefficients are these and an intercept). */
    static final int INPUTS = 12;
    /** Salient distinct names kept per article. */
    static final int NAMES = 4;
    /** Word cosine under which a pair where one side names no entity or place may not join ({@link #blocked}). */
    static final double WORDS_ALONE = 0.5;
    /** Word cosine under which two conflicting local places block a join ({@link #blocked}). */
    static final double PLACE_WORDS = 0.3;
    /** A name's rarest word must be in at most this share of the background's documents to count as distinct. */
    static final double NAME_SHARE = 0.01;

    /** The background document count at or under which a word can be a distinct name's. */
    private static int nameCut() {
        return (int) (NAME_SHARE * BackgroundFrequencies.standard().documents());
    }
    /**
     * Words that mark a person as speaking for an organisation ({@code spokesperson-cues.txt}): one police
     * spokesperson is quoted on every event of a country or province, so naming one is no evidence of one event.
     */
    private static final String[] SPOKESPERSON_CUES = WordList.load(StoryClusterer.class, "spokesperson-cues.txt")
            .toArray(String[]::new);
    /**
     * Words that say the spokesperson speaks for a whole force or administration ({@code spokesperson-bodies.txt});
     * a celebrity's or a company's spokesperson speaks for one party to the event and stays evidence.
     */
    private static final String[] BODY_CUES = WordList.load(StoryClusterer.class, "spokesperson-bodies.txt")
            .toArray(String[]::new);
    /** Characters before a person's mention read for a spokesperson cue ("national police spokesperson Colonel"). */
    static final int ROLE_BEFORE = 64;
    /** Mentions of a person read for a spokesperson cue (the first is where the role is introduced). */
    private static final int ROLE_MENTIONS = 2;
    private static final long GEONAMES = Folding.key("geonames");
    private static final String GEONAMES_PREFIX = "geonames:";
    private static final long DAY = 86_400_000L;
    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private final Settings settings;
    private final StoryState state;
    private final StoryState.StoryRecord[] candidates;
    private final int[] hits;
    private int candidateCount;
    private long latestDay = Long.MIN_VALUE;
    private final double decayMillis;
    private float[] select = new float[256];
    /** The new article's word weights by hash, for dot products with members' words. */
    private final Counts articleWords = new Counts(1 << 9);
    private final double[] inputs = new double[INPUTS];

    public StoryClusterer() {
        this(Settings.STANDARD);
    }

    public StoryClusterer(Settings settings) {
        this(settings, new InMemoryStoryState());
    }

    public StoryClusterer(Settings settings, StoryState state) {
        this.settings = requireNonNull(settings, "settings");
        this.state = requireNonNull(state, "state");
        this.candidates = new StoryState.StoryRecord[4 * settings.maxCandidates()];
        this.hits = new int[candidates.length];
        this.decayMillis = settings.decay().toMillis();
    }

    /**
     * The latest event day (days since the epoch) at which {@link #assign} ran retention, {@code Long.MIN_VALUE}
     * before the first: part of the clusterer's state, so a clusterer restarted over a stored {@link StoryState}
     * gets it back with {@link #resume} and runs retention on the same articles as one that never stopped.
     */
    public long latestDay() {
        return latestDay;
    }

    /** Restores {@link #latestDay()} after a restart over a stored state. */
    public void resume(long day) {
        latestDay = day;
    }

    /** The number of stories held. */
    public int stories() {
        return state.size();
    }

    /** The features of an article: its title and text words, entities, places, numbers and event days. */
    public static Features features(Article article) {
        Scratch s = SCRATCH.get();
        s.clear();
        if (article.title() != null) {
            WordHashes.scan(article.title(), 0, article.title().length(), s.titleSink);
        }
        WordHashes.scan(article.text(), 0, article.text().length(), s.bodySink);
        // in order of first appearance: the member's words are compared through a lookup table, not a merge,
        // so they need no sorting
        long[] words = s.words.keys();
        float[] wordCounts = s.words.values();
        List<Entity> entities = article.entities();
        long[] entityKeys = s.entityKeys(entities.size());
        boolean[] speaks = s.speaks(entities.size());
        for (int i = 0; i < entities.size(); i++) {
            Entity e = entities.get(i);
            speaks[i] = e.type() == EntityType.PERSON && spokesperson(e, article.text());
            entityKeys[i] = Folding.key(e.id() != null ? e.id() : e.name());
            s.entities.add(entityKeys[i], Math.max(1, e.count()));
        }
        for (Place p : article.places()) {
            if (p.geonameId() != null) {
                // a place's key, kept apart from entity keys without building a string
                s.entities.add(GEONAMES ^ (p.geonameId() * 0x9E3779B97F4A7C15L), 1);
            }
            if (p.countryCode() != null) {
                s.countries.add(Folding.key(p.countryCode()), 1);
            }
        }
        long[] entityHashes = s.entities.sortedKeys();
        float[] entityCounts = s.entities.counts(entityHashes);
        for (Event ev : article.events()) {
            if (ev.date() != null && Event.DAY.equals(ev.datePrecision())) {
                s.days.add(ev.date().toEpochDay() + 1, 1);
            }
        }
        if (article.dateline() != null && article.dateline().resolvedDate() != null) {
            s.anchors.add(article.dateline().resolvedDate().toEpochDay() + 1, 1);
        }
        long year = numbers(article.text(), s.numbers, s.anchors);
        long[] names = names(article, entities, speaks, s);
        // the casualty figures the events stage found: two earthquakes of one kind differ in their tolls
        for (Event ev : article.events()) {
            Casualties c = ev.casualties();
            if (!c.isEmpty()) {
                tolls(c.killed(), 1, s.figures);
                tolls(c.injured(), 2, s.figures);
                tolls(c.missing(), 3, s.figures);
                tolls(c.kidnapped(), 4, s.figures);
                tolls(c.arrested(), 5, s.figures);
            }
        }
        return new Features(words, wordCounts, entityHashes, entityCounts,
                salient(entities, entityKeys, speaks, EntityType.PERSON), localPlace(article, entities, s),
                salient(entities, entityKeys, speaks, EntityType.ORGANIZATION),
                s.numbers.sortedKeys(), s.countries.sortedKeys(), s.days.sortedKeys(),
                year == 0 ? NONE : new long[] {year}, s.anchors.sortedKeys(), s.figures.sortedKeys(), names,
                s.nameWords.sortedKeys());
    }

    /**
     * The article's most salient distinct names, each as its rarest word (by the background's document
     * frequencies, so "INS Sukanya", "Naval Ship Sukanya" and "Sukanya" are one name), leaving out countries and
     * names whose every word is common (a country, "police"); and the rare words of every name it
     * mentions, into {@code s.nameWords} (only those can match another article's names). Two events of one kind (two navy ships, two earthquakes' towns, two
     * companies) differ in these names; two reports of one event mention each other's.
     */
    private static long[] names(Article article, List<Entity> entities, boolean[] speaks, Scratch s) {
        BackgroundFrequencies bg = BackgroundFrequencies.standard();
        for (Place p : article.places()) {
            if (p.featureCode() != null && p.featureCode().startsWith("PCL") && p.name() != null) {
                WordHashes.scan(p.name(), 0, p.name().length(), s.countrySink);
            }
        }
        long[] keys = s.nameKeys;
        double[] sal = s.nameSalience;
        int n = 0;
        int cut = nameCut();
        for (int x = 0; x < entities.size(); x++) {
            Entity e = entities.get(x);
            String name = e.name();
            s.rarest = 0;
            s.rarestCount = Integer.MAX_VALUE;
            WordHashes.scan(name, 0, name.length(), s.nameSink);
            long key = s.rarest;
            // a spokesperson's name still counts as mentioned (above), not as one of the article's own names
            if (key == 0 || s.rarestCount > cut || s.countryWords.get(key) > 0 || speaks[x]) {
                continue;
            }
            int at = -1;
            for (int i = 0; i < n; i++) {
                if (keys[i] == key) {
                    at = i;
                    break;
                }
            }
            if (at >= 0) {
                sal[at] = Math.max(sal[at], e.salience());
            } else if (n < NAMES) {
                keys[n] = key;
                sal[n++] = e.salience();
            } else {
                int low = 0;
                for (int i = 1; i < n; i++) {
                    if (sal[i] < sal[low]) {
                        low = i;
                    }
                }
                if (e.salience() > sal[low]) {
                    keys[low] = key;
                    sal[low] = e.salience();
                }
            }
        }
        if (n == 0) {
            return NONE;
        }
        long[] out = Arrays.copyOf(keys, n);
        Arrays.sort(out);
        return out;
    }

    /** Adds the stated figures of one kind of casualty, as (kind, number) keys. */
    private static void tolls(List<Toll> tolls, int kind, Counts out) {
        for (Toll t : tolls) {
            Integer v = t.max() != null ? t.max() : t.min();
            if (v != null && out.size() < 32) {
                out.add(((long) kind << 32) | (v + 1L), 1);
            }
        }
    }

    /**
     * The article's most salient place below the first administrative level (a town, district, county, street or
     * a place the gazetteer did not resolve), as its name's rarest word (as {@link #names} keys a name, so two
     * gazetteer readings of one town, "Vancouver" in Canada or in Washington, are one place), or none when it has
     * no such place or its every word is common: where the event happened, when the article says. Countries and
     * first-level divisions are left out: two events of one kind in one country or province are common, two in
     * one town on one day are not. Until s32 this fact held the three most salient places of any level.
     */
    private static long[] localPlace(Article article, List<Entity> entities, Scratch s) {
        int best = -1;
        for (int x = 0; x < entities.size(); x++) {
            Entity e = entities.get(x);
            if (e.type() == EntityType.LOCATION && (best < 0 || e.salience() > entities.get(best).salience())
                    && local(e, article.places())) {
                best = x;
            }
        }
        if (best < 0) {
            return NONE;
        }
        String name = entities.get(best).name();
        s.rarest = 0;
        s.rarestCount = Integer.MAX_VALUE;
        WordHashes.scan(name, 0, name.length(), s.nameSink);
        return s.rarest == 0 || s.rarestCount > nameCut() ? NONE : new long[] {s.rarest};
    }

    /**
     * Whether a place entity is below the first administrative level: a resolved place whose feature is not a
     * country, a first-level division or a wider area; an unresolved place counts as local (gazetteers miss
     * villages and streets far more often than countries).
     */
    private static boolean local(Entity e, List<Place> places) {
        String id = e.id();
        if (id == null || !id.startsWith(GEONAMES_PREFIX)) {
            return true;
        }
        long g = geonameId(id);
        for (Place p : places) {
            if (p.geonameId() != null && p.geonameId() == g) {
                String fc = p.featureCode();
                return fc != null && !(fc.startsWith("PCL") || fc.startsWith("ADM1") || fc.equals("CONT")
                        || fc.equals("RGN") || fc.equals("ZN") || fc.equals("TERR") || fc.equals("AREA"));
            }
        }
        return false;
    }

    /**
     * Whether a person is named as the spokesperson of a force or administration (a police, an army, a ministry):
     * by the title the entities stage gave ("Police Spokesperson"),
     * or by a cue in the words just before one of its first mentions, in the same clause ("provincial police
     * spokesperson, Colonel X", "Polizeisprecher X"), or in the apposition right after it ("X, a spokesman for
     * the ministry,"). The cue must not be cut from the name by a sentence or quote end, so a victim named
     * before "..., police spokesperson Y said" is not one.
     */
    static boolean spokesperson(Entity e, String text) {
        if (e.title() != null && role(e.title(), 0, e.title().length())) {
            return true;
        }
        List<Mention> mentions = e.mentions();
        for (int i = 0; i < mentions.size() && i < ROLE_MENTIONS; i++) {
            Mention m = mentions.get(i);
            int start = Math.min(m.start(), text.length());
            int from = start;
            while (from > 0 && start - from < ROLE_BEFORE && !clauseEnd(text.charAt(from - 1))) {
                from--;
            }
            if (role(text, from, start)) {
                return true;
            }
            int end = Math.min(m.end(), text.length());
            if (end + 1 < text.length() && text.charAt(end) == ',') {
                int to = end + 1;
                while (to < text.length() && to - end < ROLE_BEFORE && text.charAt(to) != ','
                        && !clauseEnd(text.charAt(to))) {
                    to++;
                }
                if (role(text, end + 1, to)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean clauseEnd(char c) {
        return c == '.' || c == ';' || c == '"' || c == '\u201C' || c == '\u201D' || c == '\n' || c == '(' || c == ')';
    }

    /** Whether {@code [from, to)} of {@code text} names the role: a spokesperson cue and a body cue. */
    private static boolean role(String text, int from, int to) {
        return cue(SPOKESPERSON_CUES, text, from, to) && cue(BODY_CUES, text, from, to);
    }

    /** Whether one of {@code cues} starts anywhere in {@code [from, to)} of {@code text} (case-insensitive). */
    private static boolean cue(String[] cues, String text, int from, int to) {
        for (String c : cues) {
            int n = c.length();
            char first = c.charAt(0);
            for (int i = from; i + n <= to; i++) {
                char t = text.charAt(i);
                if ((t == first || Character.toLowerCase(t) == first) && text.regionMatches(true, i, c, 0, n)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The number after {@code geonames:}, -1 when there is none. */
    private static long geonameId(String id) {
        long v = 0;
        int n = id.length();
        if (n == GEONAMES_PREFIX.length() || n - GEONAMES_PREFIX.length() > 18) {
            return -1;
        }
        for (int i = GEONAMES_PREFIX.length(); i < n; i++) {
            char c = id.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** The three most salient entities of a type, as sorted keys. */
    private static long[] salient(List<Entity> entities, long[] entityKeys, boolean[] speaks, EntityType type) {
        long[] keys = new long[3];
        double[] sal = {-1, -1, -1};
        int n = 0;
        for (int x = 0; x < entities.size(); x++) {
            Entity e = entities.get(x);
            if (e.type() != type || speaks[x]) {
                continue;
            }
            long key = entityKeys[x];
            int at = n < 3 ? n++ : 2;
            if (at == 2 && n == 3 && sal[2] >= e.salience()) {
                continue;
            }
            keys[at] = key;
            sal[at] = e.salience();
            for (int i = at; i > 0 && sal[i] > sal[i - 1]; i--) {
                double t = sal[i];
                sal[i] = sal[i - 1];
                sal[i - 1] = t;
                long k = keys[i];
                keys[i] = keys[i - 1];
                keys[i - 1] = k;
            }
        }
        if (n == 0) {
            return NONE;
        }
        long[] out = Arrays.copyOf(keys, n);
        Arrays.sort(out);
        return out;
    }

    /**
     * Collects the runs of 1-4 digits standing alone (figures, ages, magnitudes' parts), by value; returns
     * the latest year among them (1900-2099), 0 when none: the year an article's event most likely
     * happened in when the article carries no date.
     */
    private static long numbers(String text, Counts out, Counts anchors) {
        int n = text.length();
        int i = 0;
        long year = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                i++;
                continue;
            }
            int start = i;
            long v = 0;
            while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                v = v * 10 + (text.charAt(i) - '0');
                i++;
            }
            boolean alone = (start == 0 || !Character.isLetter(text.charAt(start - 1)))
                    && (i == n || !Character.isLetter(text.charAt(i)));
            if (alone && i - start <= 4) {
                if (out.size() < 32) {
                    out.add(v + 1, 1);
                }
                if (i - start == 4 && v >= 1900 && v < 2100) {
                    year = Math.max(year, v);
                    long day = Dates.around(text, start, i, (int) v);
                    if (day != Long.MIN_VALUE && anchors.size() < 16) {
                        anchors.add(day + 1, 1);
                    }
                }
            }
        }
        return year;
    }

    /**
     * Assigns an article to a story and remembers it.
     *
     * @param id        the article id (the story's id when it starts one)
     * @param eventTime its publication time, else its ingest time
     */
    public Assignment assign(String id, Instant eventTime, Features f) {
        requireNonNull(eventTime, "eventTime");
        long at = eventTime.toEpochMilli();
        state.countDocument(f.words(), complement(f.entities()));
        StoryState.Member m = member(f, at);
        long[] probes = probes(f, m);
        load(m);
        candidateCount = 0;
        long retention = settings.retention().toMillis();
        for (long key : probes) {
            state.forEachPosted(key, c -> {
                if (Math.abs(c.lastMillis() - at) <= retention) {
                    hit(c);
                }
            });
        }
        // score only the stories found under the most probe keys: the pair model is the costly part
        int scored = Math.min(candidateCount, settings.maxCandidates());
        StoryState.StoryRecord best = null;
        double bestScore = 0;
        for (int n = 0; n < scored; n++) {
            int arg = n;
            for (int i = n + 1; i < candidateCount; i++) {
                if (hits[i] > hits[arg]) {
                    arg = i;
                }
            }
            StoryState.StoryRecord c = candidates[arg];
            candidates[arg] = candidates[n];
            hits[arg] = hits[n];
            candidates[n] = c;
            // a story of one article is one pair, no mean over members: it needs more to be joined
            double needed = c.size() == 1 ? settings.singleThreshold() : settings.threshold();
            double score = score(m, c, Math.max(bestScore, needed));
            if (score >= needed && score > bestScore) {
                best = c;
                bestScore = score;
            }
        }
        Arrays.fill(candidates, 0, candidateCount, null);
        StoryState.StoryRecord target;
        double similarity;
        if (best != null) {
            target = best;
            similarity = bestScore;
        } else {
            target = new StoryState.StoryRecord(id, eventTime, settings.members());
            similarity = 0;
        }
        target.add(m);
        state.save(target, probes);
        long day = Math.floorDiv(at, DAY);
        if (day > latestDay) {
            latestDay = day;
            state.expire(at - retention);
        }
        return new Assignment(target.id(), target.firstSeen(), target.articles(),
                Math.round(similarity * 1000) / 1000.0);
    }

    /**
     * For fitting the pair model (the eval's {@code stories --fit}): counts the article's terms as {@link #assign}
     * does and returns its member, weighted by the document frequencies seen so far, without assigning it.
     */
    public StoryState.Member observe(Features f, Instant eventTime) {
        state.countDocument(f.words(), complement(f.entities()));
        return member(f, eventTime.toEpochMilli());
    }

    /** For fitting: the pair model's inputs for two members (see {@link Settings#coefficients()}). */
    public double[] pairInputs(StoryState.Member a, StoryState.Member b) {
        load(a);
        double[] x = new double[INPUTS];
        inputs(a, b, x);
        return x;
    }

    /** The pair model's inputs. */
    public static int inputCount() {
        return INPUTS;
    }

    /** Counts a probe key's hit on a story (a linear scan: the candidates are few). */
    private void hit(StoryState.StoryRecord c) {
        for (int i = 0; i < candidateCount; i++) {
            if (candidates[i] == c) {
                hits[i]++;
                return;
            }
        }
        if (candidateCount < candidates.length) {
            candidates[candidateCount] = c;
            hits[candidateCount++] = 1;
        }
    }

    private static long[] complement(long[] keys) {
        long[] out = new long[keys.length];
        for (int i = 0; i < keys.length; i++) {
            out[i] = ~keys[i];
        }
        return out;
    }

    /** The article's member: its heaviest words and its entities, TF-IDF weighted and normalised. */
    StoryState.Member member(Features f, long at) {
        int docs = state.documents();
        long[] words = f.words();
        float[] wc = f.wordCounts();
        float[] w = new float[words.length];
        for (int i = 0; i < words.length; i++) {
            w[i] = (float) ((1 + Math.log(wc[i])) * wordIdf(docs, words[i]));
        }
        long[] keptWords = words;
        float[] keptWeights = w;
        int max = settings.maxWords();
        if (words.length > max) {
            float cut = kthLargest(w, max);
            int above = 0;
            for (float x : w) {
                if (x > cut) {
                    above++;
                }
            }
            // all words above the cut, then words at the cut in text order until max
            keptWords = new long[max];
            keptWeights = new float[max];
            int ties = max - above;
            int j = 0;
            for (int i = 0; i < words.length && j < max; i++) {
                if (w[i] > cut || (w[i] == cut && ties-- > 0)) {
                    keptWords[j] = words[i];
                    keptWeights[j++] = w[i];
                }
            }
        }
        normalise(keptWeights);
        long[] ents = f.entities();
        float[] ew = new float[ents.length];
        for (int i = 0; i < ents.length; i++) {
            ew[i] = (float) ((1 + Math.log(f.entityCounts()[i])) * idf(docs, ~ents[i]));
        }
        normalise(ew);
        return new StoryState.Member(at, keptWords, keptWeights, ents, ew, f.persons(), f.locations(),
                f.organisations(), f.numbers(), f.countries(), f.days(), f.year(), f.anchors(), f.tolls(), f.names(),
                f.nameWords());
    }

    /** The k-th largest of {@code w} (1-based), by quickselect over a reused copy. */
    private float kthLargest(float[] w, int k) {
        if (select.length < w.length) {
            select = new float[Math.max(w.length, 2 * select.length)];
        }
        float[] a = select;
        System.arraycopy(w, 0, a, 0, w.length);
        int lo = 0;
        int hi = w.length - 1;
        int target = k - 1;
        while (lo < hi) {
            float pivot = a[(lo + hi) >>> 1];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (a[i] > pivot) {
                    i++;
                }
                while (a[j] < pivot) {
                    j--;
                }
                if (i <= j) {
                    float t = a[i];
                    a[i++] = a[j];
                    a[j--] = t;
                }
            }
            if (target <= j) {
                hi = j;
            } else if (target >= i) {
                lo = i;
            } else {
                return a[target];
            }
        }
        return a[target];
    }

    /** A word's idf over the stream's documents and the background's. */
    private double wordIdf(int docs, long term) {
        BackgroundFrequencies bg = settings.background();
        return Math.log((docs + bg.documents() + 1.0) / (state.documentFrequency(term) + bg.frequency(term) + 1.0))
                + 1e-3;
    }

    private double idf(int docs, long term) {
        return Math.log((docs + 1.0) / (state.documentFrequency(term) + 1.0)) + 1e-3;
    }

    private static void normalise(float[] w) {
        double n = 0;
        for (float x : w) {
            n += x * x;
        }
        if (n == 0) {
            return;
        }
        float inv = (float) (1 / Math.sqrt(n));
        for (int i = 0; i < w.length; i++) {
            w[i] *= inv;
        }
    }

    /** The entities, and the heaviest words, as posting keys (entities complemented to keep them apart). */
    private long[] probes(Features f, StoryState.Member m) {
        int n = Math.min(settings.probeWords(), m.words().length);
        int e = Math.min(16, f.entities().length);
        long[] keys = new long[n + e];
        float[] w = m.wordWeights();
        // selection of the n heaviest words (n is small)
        boolean[] taken = new boolean[w.length];
        for (int k = 0; k < n; k++) {
            int arg = -1;
            for (int i = 0; i < w.length; i++) {
                if (!taken[i] && (arg < 0 || w[i] > w[arg])) {
                    arg = i;
                }
            }
            taken[arg] = true;
            keys[k] = m.words()[arg];
        }
        for (int i = 0; i < e; i++) {
            keys[n + i] = ~f.entities()[i];
        }
        return keys;
    }

    /**
     * The story's score: the mean pair probability over its recent members, decayed by event time; stops early
     * (returning less) once the members left cannot lift the mean to {@code needed}, even at probability 1.
     */
    private double score(StoryState.Member m, StoryState.StoryRecord story, double needed) {
        int k = story.members();
        double decay = Math.exp(-Math.abs(m.eventMillis() - story.lastMillis()) / decayMillis);
        double neededSum = needed / decay * k;
        double sum = 0;
        for (int i = 0; i < k; i++) {
            if (sum + (k - i) < neededSum) {
                return 0;
            }
            sum += pair(m, story.member(i));
        }
        return sum / k * decay;
    }

    /** Makes {@code a} the article that {@link #pair} compares members with. */
    void load(StoryState.Member a) {
        articleWords.clear();
        long[] words = a.words();
        float[] w = a.wordWeights();
        for (int i = 0; i < words.length; i++) {
            articleWords.add(words[i], w[i]);
        }
    }

    /** The probability that two articles report one event; {@code a} is the one last {@link #load}ed. */
    double pair(StoryState.Member a, StoryState.Member b) {
        double[] c = settings.coefficients();
        double[] x = inputs;
        inputs(a, b, x);
        if (blocked(a, b, x)) {
            return 0;
        }
        double z = c[0];
        for (int i = 0; i < x.length; i++) {
            z += c[i + 1] * x[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** The pair model's inputs for two members, {@code a} the one last {@link #load}ed, into {@code x}. */
    void inputs(StoryState.Member a, StoryState.Member b, double[] x) {
        double wordCos = 0;
        long[] bw = b.words();
        float[] bww = b.wordWeights();
        for (int i = 0; i < bw.length; i++) {
            wordCos += bww[i] * articleWords.get(bw[i]);
        }
        x[0] = wordCos;
        x[1] = dot(a.entities(), a.entityWeights(), b.entities(), b.entityWeights());
        x[2] = agree(a.persons(), b.persons());
        x[3] = agree(a.locations(), b.locations());
        x[4] = agree(a.organisations(), b.organisations());
        x[5] = agree(a.numbers(), b.numbers());
        x[6] = agree(a.countries(), b.countries());
        x[7] = agree(a.days(), b.days());
        x[8] = agree(a.year(), b.year());
        x[9] = near(a.anchors(), b.anchors());
        x[10] = agree(a.tolls(), b.tolls());
        x[11] = mentioned(a.names(), b.nameWords(), b.names(), a.nameWords());
    }

    /**
     * Whether a pair may not join whatever its score (a veto beside the pair model, which was fitted on ECB+ and
     * lets a shared template vocabulary, "neutralized", "Streifenwagen", "RCMP say ... collision", carry a pair of
     * look-alikes): symmetric in the two members, so the answer does not depend on which arrived first, and a function
     * of the two members alone, so it needs no state. It blocks when
     * <ul>
     *   <li>either side names no entity and no place and the two share less than {@link #WORDS_ALONE} of their
     *   word vectors: common words alone, with nothing to say what or where, are no evidence of one event;</li>
     *   <li>both name at least two salient distinct names and neither mentions any of the other's: two operations in
     *   two provinces, two crashes in two towns;</li>
     *   <li>their casualty figures disagree (both state a toll and share none, {@code agree} -1) and they share no
     *   number at all: two fatal rollovers told in one police force's template, three dead on one highway and one
     *   on another (s35 C9). A developing story whose toll rose still shares its other figures (the road, an age,
     *   the first toll);</li>
     *   <li>both name a local place (below the first administrative level) that the other never mentions, and their
     *   words are not close ({@link #PLACE_WORDS}): two crashes on two highways, two earthquakes in two counties.
     *   Close wording lets through one event told from two of its towns (a city and its suburb), unless the dates
     *   their texts write are also far apart ({@link #near} is -1, nine days or more): one agency's template for two
     *   fires in two wards of one city shares nearly all its words (s35 C9; undated copy, where the time decay
     *   cannot tell them apart).</li>
     * </ul>
     */
    static boolean blocked(StoryState.Member a, StoryState.Member b, double[] x) {
        if ((a.entities().length == 0 || b.entities().length == 0) && x[0] < WORDS_ALONE) {
            return true;
        }
        if (x[11] == -1 && a.names().length >= 2 && b.names().length >= 2) {
            return true;
        }
        if (x[10] == -1 && x[5] == -1) {
            return true;
        }
        return a.locations().length == 1 && b.locations().length == 1
                && a.locations()[0] != b.locations()[0]
                && (x[0] < PLACE_WORDS || x[9] == -1)
                && Arrays.binarySearch(b.nameWords(), a.locations()[0]) < 0
                && Arrays.binarySearch(a.nameWords(), b.locations()[0]) < 0;
    }

    /**
     * How far each side's salient names are mentioned by the other: {@code 2 found / (|a| + |b|) - 1}, from -1
     * (neither mentions any of the other's) to +1; 0 when either has none.
     */
    static double mentioned(long[] a, long[] inB, long[] b, long[] inA) {
        if (a.length == 0 || b.length == 0) {
            return 0;
        }
        int found = 0;
        for (long k : a) {
            if (Arrays.binarySearch(inB, k) >= 0) {
                found++;
            }
        }
        for (long k : b) {
            if (Arrays.binarySearch(inA, k) >= 0) {
                found++;
            }
        }
        return 2.0 * found / (a.length + b.length) - 1;
    }

    /**
     * How close two sets of dated days are: 0 when either is empty, +1 when two lie within two days, -1 when
     * the closest two are nine or more days apart, linear between.
     */
    static double near(long[] a, long[] b) {
        if (a.length == 0 || b.length == 0) {
            return 0;
        }
        long best = Long.MAX_VALUE;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            best = Math.min(best, Math.abs(a[i] - b[j]));
            if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        if (best <= 2) {
            return 1;
        }
        return Math.max(-1, 1 - 2 * (best - 2) / 7.0);
    }

    /** Dot product of two sparse vectors sorted by key (a merge, no hashing). */
    static double dot(long[] ka, float[] wa, long[] kb, float[] wb) {
        double d = 0;
        int i = 0;
        int j = 0;
        while (i < ka.length && j < kb.length) {
            long x = ka[i];
            long y = kb[j];
            if (x == y) {
                d += wa[i++] * wb[j++];
            } else if (x < y) {
                i++;
            } else {
                j++;
            }
        }
        return d;
    }

    /**
     * How far two sorted fact sets agree: 0 when either is empty, else {@code 2 shared / min(|a|, |b|) - 1},
     * from -1 (nothing shared) to +1 (the smaller set is inside the larger).
     */
    static double agree(long[] a, long[] b) {
        if (a.length == 0 || b.length == 0) {
            return 0;
        }
        int shared = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                shared++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return 2.0 * shared / Math.min(a.length, b.length) - 1;
    }

    /** Per-thread buffers for {@link #features}: reused, so an article allocates only its result arrays. */
    private static final class Scratch {
        final Counts words = new Counts(1 << 10);
        final Counts entities = new Counts(1 << 7);
        final Counts countries = new Counts(1 << 5);
        final Counts numbers = new Counts(1 << 6);
        final Counts days = new Counts(1 << 4);
        final Counts anchors = new Counts(1 << 5);
        final Counts figures = new Counts(1 << 5);
        final Counts nameWords = new Counts(1 << 7);
        final Counts countryWords = new Counts(1 << 4);
        final long[] nameKeys = new long[NAMES];
        final double[] nameSalience = new double[NAMES];
        long rarest;
        int rarestCount;
        final WordHashes.Sink countrySink = (h, stem, b) -> countryWords.add(stem, 1);
        private final int nameCut = nameCut();
        /**
         * The words of a name rare enough to be a distinct name into {@link #nameWords} (only those can match the
         * other side's names); keeps its rarest (the last of equals: the head).
         */
        final WordHashes.Sink nameSink = (h, stem, b) -> {
            int c = BackgroundFrequencies.standard().frequency(stem);
            if (c <= nameCut && (nameWords.size() < 64 || nameWords.get(stem) > 0)) {
                nameWords.add(stem, 1);
            }
            if (c <= rarestCount) {
                rarest = stem;
                rarestCount = c;
            }
        };
        private long[] entityKeys = new long[64];
        private boolean[] speaks = new boolean[64];

        boolean[] speaks(int n) {
            if (speaks.length < n) {
                speaks = new boolean[Math.max(n, 2 * speaks.length)];
            }
            return speaks;
        }

        long[] entityKeys(int n) {
            if (entityKeys.length < n) {
                entityKeys = new long[Math.max(n, 2 * entityKeys.length)];
            }
            return entityKeys;
        }
        final WordHashes.Sink titleSink = (h, stem, b) -> words.add(stem, 2);
        final WordHashes.Sink bodySink = (h, stem, b) -> words.add(stem, 1);

        void clear() {
            words.clear();
            entities.clear();
            countries.clear();
            numbers.clear();
            days.clear();
            anchors.clear();
            figures.clear();
            nameWords.clear();
            countryWords.clear();
        }
    }

    /** A small open-addressing count table over non-zero long keys that grows and clears in O(used). */
    static final class Counts {
        private long[] keys;
        private float[] counts;
        private int[] used;
        private int size;

        Counts(int capacity) {
            keys = new long[capacity];
            counts = new float[capacity];
            used = new int[capacity / 2];
        }

        int size() {
            return size;
        }

        void add(long key, float count) {
            if (key == 0) {
                key = 1;
            }
            int mask = keys.length - 1;
            int i = mix(key) & mask;
            while (keys[i] != 0) {
                if (keys[i] == key) {
                    counts[i] += count;
                    return;
                }
                i = (i + 1) & mask;
            }
            if (size == used.length) {
                grow();
                add(key, count);
                return;
            }
            keys[i] = key;
            counts[i] = count;
            used[size++] = i;
        }

        /** The keys in order of first insertion. */
        long[] keys() {
            if (size == 0) {
                return NONE;
            }
            long[] out = new long[size];
            for (int i = 0; i < size; i++) {
                out[i] = keys[used[i]];
            }
            return out;
        }

        /** The counts in order of first insertion. */
        float[] values() {
            float[] out = new float[size];
            for (int i = 0; i < size; i++) {
                out[i] = counts[used[i]];
            }
            return out;
        }

        /** The count of a key, 0 when absent. */
        float get(long key) {
            if (key == 0) {
                key = 1;
            }
            int mask = keys.length - 1;
            for (int i = mix(key) & mask; keys[i] != 0; i = (i + 1) & mask) {
                if (keys[i] == key) {
                    return counts[i];
                }
            }
            return 0;
        }

        long[] sortedKeys() {
            if (size == 0) {
                return NONE;
            }
            long[] out = new long[size];
            for (int i = 0; i < size; i++) {
                out[i] = keys[used[i]];
            }
            Arrays.sort(out);
            return out;
        }

        float[] counts(long[] sorted) {
            float[] out = new float[sorted.length];
            int mask = keys.length - 1;
            for (int k = 0; k < sorted.length; k++) {
                int i = mix(sorted[k]) & mask;
                while (keys[i] != sorted[k]) {
                    i = (i + 1) & mask;
                }
                out[k] = counts[i];
            }
            return out;
        }

        void clear() {
            for (int i = 0; i < size; i++) {
                keys[used[i]] = 0;
            }
            size = 0;
        }

        private void grow() {
            long[] oldKeys = keys;
            float[] oldCounts = counts;
            int[] oldUsed = used;
            int n = size;
            keys = new long[oldKeys.length * 2];
            counts = new float[oldKeys.length * 2];
            used = new int[keys.length / 2];
            size = 0;
            for (int k = 0; k < n; k++) {
                add(oldKeys[oldUsed[k]], oldCounts[oldUsed[k]]);
            }
        }

        private static int mix(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h ^ (h >>> 32));
        }
    }
}
