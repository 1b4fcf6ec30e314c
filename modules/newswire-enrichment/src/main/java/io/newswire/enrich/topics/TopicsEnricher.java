package io.newswire.enrich.topics;

import io.newswire.enrich.api.Enricher;
import io.newswire.enrich.text.LinearModel;
import io.newswire.enrich.text.TermLexicon;
import io.newswire.enrich.text.WordSet;
import io.newswire.model.Article;
import io.newswire.model.Event;
import io.newswire.model.Topic;
import java.util.ArrayList;
import java.util.List;

/**
 * The topics stage: an article's subjects in the top level of IPTC Media Topics, multi-label, each
 * with a score 0..1.
 *
 * <p>The shipped stage scores each subject with a lexicon written for this project
 * ({@code iptc-lexicon.txt} beside this class, its boundaries explained in its header): every listed
 * term found adds its weight, a headline term twice, a repeated term less each time (1, 0.6, 0.4,
 * 0.3, then nothing), so one word said ten times does not decide. The sum is divided by
 * {@code sqrt(1 + words / 100)}, so a long article needs more evidence than a headline, and mapped
 * to 0..1 by {@code 1 - exp(-x / 4)}. Listed: every subject scoring at least {@link #MIN_SCORE} and
 * at least half the best, best first, at most {@link #MAX_TOPICS}.
 *
 * <p>No labelled data we may ship exists for topics (AG News, BBC and Reuters-21578 are research
 * or non-commercial only), hence a lexicon. A user who holds such data builds a
 * {@link LinearModel} with {@code newswire train topics} and names the file in the setting
 * {@code newswire.topics.model.file} (read when the pipeline is built); the stage then averages, for each subject the model knows,
 * the lexicon's score and the model's probability, and a model class that is no IPTC subject
 * (AG News "World") lends its probability to the subjects the lexicon finds among conflict, crime,
 * disaster, politics and the rest.
 *
 * <p>The events stage runs before this one, and its PLOVER types are evidence the lexicon lacks: an
 * air strike or a bombing is conflict, an arrest is crime, casualties without a PLOVER type (a crash,
 * a flood) are a disaster, a meeting or a sanction is politics (table in {@link #eventEvidence}). Each
 * event adds {@link #EVENT_WEIGHT} lexicon units (a weight-2 term's worth: "points to it") split
 * over its subjects, more with stated casualties, less when not asserted; a subject takes at most
 * {@link #EVENT_CAP} units from events, so a long list of attacks does not outweigh the wording.
 * Stateless and thread-safe.
 */
public final class TopicsEnricher implements Enricher {

    /** The lowest score listed. */
    public static final double MIN_SCORE = 0.25;
    /** The most subjects listed. */
    public static final int MAX_TOPICS = 3;
    /** How much of the body is read. */
    public static final int MAX_CHARS = 6_000;

    private static final List<String> KEYS = Iptc.TOP_LEVEL.stream().map(Iptc.Subject::code).toList();
    /** The lexicon's sections after the 17 subjects: words that name no subject on their own. */
    private static final String CASUALTY_WORDS = "casualties";
    private static final String OFFICIAL_WORDS = "officials";
    private static final TermLexicon LEXICON = TermLexicon.load(TopicsEnricher.class, "iptc-lexicon.txt",
            java.util.stream.Stream.concat(KEYS.stream(), java.util.stream.Stream.of(CASUALTY_WORDS, OFFICIAL_WORDS))
                    .toList());
    private static final float[] REPEAT = {1f, 0.6f, 0.4f, 0.3f};
    /**
     * Per-thread count of each term's hits in the current article, cleared after use: one array of
     * {@code terms()} bytes (~1.7 KB) per pipeline thread instead of one per article.
     */
    private static final ThreadLocal<byte[]> SEEN = ThreadLocal.withInitial(() -> new byte[LEXICON.terms()]);
    /** Lexicon units one asserted event adds to its subjects (a weight-2 term). */
    public static final double EVENT_WEIGHT = 2.0;
    /** The most lexicon units a subject takes from events. */
    public static final double EVENT_CAP = 6.0;
    private static final int CONFLICT = Iptc.TOP_LEVEL.indexOf(Iptc.CONFLICT);
    private static final int CRIME = Iptc.TOP_LEVEL.indexOf(Iptc.CRIME);
    private static final int DISASTER = Iptc.TOP_LEVEL.indexOf(Iptc.DISASTER);
    private static final int POLITICS = Iptc.TOP_LEVEL.indexOf(Iptc.POLITICS);
    private static final int WEATHER = Iptc.indexOf("medtop:17000000");
    private static final int SUBJECTS = Iptc.TOP_LEVEL.size();
    /**
     * The subjects of each pool of event units the wording shares out ({@link #eventEvidence}); pool
     * {@code p} is at index {@code 17 + p} of the evidence array.
     */
    static final int[][] POOLS = {{CONFLICT, CRIME}, {CONFLICT, POLITICS}, {CONFLICT, CRIME, POLITICS}};
    private static final int CONFLICT_OR_CRIME = SUBJECTS;
    private static final int UNREST_OR_POLITICS = SUBJECTS + 1;
    private static final int COERCION = SUBJECTS + 2;

    private final LinearModel model;
    /** For each model class, the subject index it stands for, or -1 for a class that is no subject. */
    private final int[] modelSubject;

    /** The lexicon alone. */
    public TopicsEnricher() {
        this(null);
    }

    /** The lexicon, with {@code model} when not {@code null}. */
    public TopicsEnricher(LinearModel model) {
        this.model = model;
        this.modelSubject = model == null ? new int[0]
                : model.classes().stream().mapToInt(Iptc::indexOf).toArray();
    }

    @Override
    public String name() {
        return "topics";
    }

    @Override
    public Article enrich(Article article) {
        String lang = article.language() == null ? null : article.language().code();
        if (lang != null && !LEXICON_LANGUAGES.contains(lang)) {
            // no wrong answers first: an Italian crash report scored with the English words it shares
            // ("Rouen", "auto", "media") came out as science and technology
            return article.toBuilder().topics(List.of()).build();
        }
        return article.toBuilder().topics(topics(article.title(), article.text(), article.events(), lang)).build();
    }

    private static java.util.Map<String, boolean[]> falseFriends() {
        java.util.Map<String, boolean[]> out = new java.util.HashMap<>();
        for (String entry : io.newswire.enrich.text.WordList.load(TopicsEnricher.class, "false-friends.txt")) {
            String[] f = entry.split(" ");
            if (f.length != 2 || !LEXICON_LANGUAGES.contains(f[0])) {
                throw new IllegalStateException("false-friends.txt: not 'language word' of a scored language: " + entry);
            }
            int[] terms = LEXICON.termsOf(f[1]);
            if (terms.length == 0) {
                throw new IllegalStateException("false-friends.txt: '" + f[1] + "' finds no term of the lexicon");
            }
            boolean[] set = out.computeIfAbsent(f[0], k -> new boolean[LEXICON.terms()]);
            for (int t : terms) {
                set[t] = true;
            }
        }
        return java.util.Map.copyOf(out);
    }

    /**
     * The languages the lexicon has terms in (its header): English, and the commonest terms of
     * French, Spanish, German and Portuguese. An article known to be in any other language gets no
     * topics; one whose language is unknown is read as the lexicon reads everything.
     */
    public static final java.util.Set<String> LEXICON_LANGUAGES = WordSet.of("en", "fr", "es", "de", "pt");
    /**
     * Per language, the lexicon's terms that are a common word of that language with another meaning
     * ({@code false-friends.txt}: German "war" is "was", French "par" is "by"), ignored in its articles.
     */
    private static final java.util.Map<String, boolean[]> FALSE_FRIENDS = falseFriends();

    /** The subjects of a headline and body, best first. */
    public List<Topic> topics(String title, String text) {
        return topics(title, text, List.of());
    }

    /** The subjects of a headline and body with the events the events stage found in it, best first. */
    public List<Topic> topics(String title, String text, List<Event> events) {
        return topics(title, text, events, null);
    }

    /**
     * The same for a text known to be in {@code language} (ISO 639-1, or {@code null} when unknown): the
     * lexicon's terms that are another word in that language are not read ({@code false-friends.txt}).
     */
    public List<Topic> topics(String title, String text, List<Event> events, String language) {
        return pick(scores(title, text, eventEvidence(events, EVENT_WEIGHT), language));
    }

    private static List<Topic> pick(double[] scores) {
        List<Topic> out = new ArrayList<>(MAX_TOPICS);
        double best = 0;
        for (double s : scores) {
            best = Math.max(best, s);
        }
        if (best < MIN_SCORE) {
            return List.of();
        }
        boolean[] taken = new boolean[scores.length];
        for (int n = 0; n < MAX_TOPICS; n++) {
            int arg = -1;
            for (int i = 0; i < scores.length; i++) {
                if (!taken[i] && (arg < 0 || scores[i] > scores[arg])) {
                    arg = i;
                }
            }
            if (scores[arg] < MIN_SCORE || scores[arg] < best / 2) {
                break;
            }
            taken[arg] = true;
            Iptc.Subject s = Iptc.TOP_LEVEL.get(arg);
            out.add(new Topic(s.code(), s.label(), Math.round(scores[arg] * 1000) / 1000.0));
        }
        return out;
    }

    /**
     * Lexicon units per subject ({@link Iptc#TOP_LEVEL} order) from PLOVER event types, {@code weight}
     * per event, or {@code null} when no event says anything. Weapons of war (bombing, aerial,
     * artillery), MOBILIZE and RETREAT are conflict; an arrest is crime; an untyped event (casualties
     * only) is a disaster; the verbal types (CONSULT, AGREE, COOPERATE, DEMAND, REJECT, THREATEN,
     * ACCUSE, DISAPPROVE, CONCEDE, SANCTION) lean to politics at a third of the weight. Killed or
     * injured figures count half as much again; an event not asserted (denied, planned, hypothetical)
     * counts half.
     *
     * <p>Some types name no subject on their own, and their units go to a pool the wording shares out
     * when the article is scored (slots {@code 17..19} of the array, after the subjects; slot {@code 20}
     * holds the cap, {@link #EVENT_CAP} at this weight, that a subject's share of events stays under): ASSAULT
     * of another mode (a shooting, a stabbing, a mob's attack) is conflict or crime; PROTEST is civil
     * unrest (conflict in IPTC) or politics; COERCE other than an arrest (a curfew, a sentence, a ban)
     * is conflict, crime or politics. Each pool is split among its subjects in proportion to what the
     * lexicon found for each, plus one unit each, so with no wording it splits evenly: a mob's attack
     * in a story of riots and curfews goes to conflict, a gunman's in a story of police and courts to
     * crime (the fixed half-and-half split before issue 13's sixth session let the events stage's
     * ASSAULTs pull riot coverage to crime).
     */
    public static double[] eventEvidence(List<Event> events, double weight) {
        if (events.isEmpty() || weight <= 0) {
            return null;
        }
        double[] raw = new double[SUBJECTS + POOLS.length + 1];
        for (Event e : events) {
            double w = weight;
            if (!e.casualties().killed().isEmpty() || !e.casualties().injured().isEmpty()) {
                w *= 1.5;
            }
            if (!"asserted".equals(e.status())) {
                w *= 0.5;
            }
            String mode = e.mode() == null ? "" : e.mode();
            if (e.type() == null) {
                raw[DISASTER] += w;
                continue;
            }
            switch (e.type()) {
                case "ASSAULT" -> {
                    if (mode.equals("bombing") || mode.equals("aerial") || mode.equals("artillery")) {
                        raw[CONFLICT] += w;
                    } else {
                        raw[CONFLICT_OR_CRIME] += w;
                    }
                }
                case "MOBILIZE", "RETREAT" -> raw[CONFLICT] += w;
                case "COERCE" -> {
                    if (mode.equals("arrest")) {
                        raw[CRIME] += w;
                    } else {
                        raw[COERCION] += w;
                    }
                }
                case "PROTEST" -> raw[UNREST_OR_POLITICS] += w;
                case "CONSULT", "AGREE", "COOPERATE", "DEMAND", "REJECT", "THREATEN", "ACCUSE", "DISAPPROVE",
                        "CONCEDE", "SANCTION" -> raw[POLITICS] += w / 3;
                default -> {
                    // AID and types added later: no subject of their own
                }
            }
        }
        double cap = EVENT_CAP * weight / EVENT_WEIGHT;
        for (int i = 0; i < SUBJECTS; i++) {
            raw[i] = Math.min(raw[i], cap);
        }
        raw[SUBJECTS + POOLS.length] = cap;
        return raw;
    }

    /**
     * Subject {@code i}'s share of the pooled event units: each pool split in proportion to the
     * lexicon's units for its subjects, plus one each.
     */
    private static double pooled(double[] eventUnits, double[] lexiconUnits, int i) {
        double share = 0;
        for (int p = 0; p < POOLS.length && SUBJECTS + p < eventUnits.length; p++) {
            double units = eventUnits[SUBJECTS + p];
            if (units == 0) {
                continue;
            }
            double mine = -1;
            double all = 0;
            for (int s : POOLS[p]) {
                double v = Math.max(0, lexiconUnits[s]) + 1;
                all += v;
                if (s == i) {
                    mine = v;
                }
            }
            if (mine > 0) {
                share += units * mine / all;
            }
        }
        return share;
    }

    /**
     * The most units a subject takes from events: the last slot of an evidence array (the cap at the
     * weight it was made with), or no further cap for an array of subjects only.
     */
    private static double capOf(double[] eventUnits) {
        return eventUnits.length > SUBJECTS + POOLS.length ? eventUnits[SUBJECTS + POOLS.length] : Double.MAX_VALUE;
    }

    /** The subjects from a headline, body and precomputed event evidence ({@link #eventEvidence}), best first. */
    public List<Topic> topics(String title, String text, double[] eventUnits) {
        return pick(scores(title, text, eventUnits, null));
    }

    /** A score 0..1 per subject, in {@link Iptc#TOP_LEVEL} order. */
    public double[] scores(String title, String text) {
        return scores(title, text, null, null);
    }

    private double[] scores(String title, String text, double[] eventUnits, String language) {
        double[] lexicon = lexiconScores(title, text, eventUnits, language == null ? null : FALSE_FRIENDS.get(language));
        if (model == null) {
            return lexicon;
        }
        double[] p = model.probabilities(title, text);
        double[] out = lexicon.clone();
        double other = 0;
        for (int c = 0; c < p.length; c++) {
            if (modelSubject[c] >= 0) {
                out[modelSubject[c]] = (lexicon[modelSubject[c]] + p[c]) / 2;
            } else {
                other += p[c];
            }
        }
        // subjects the model does not know keep the lexicon's score, scaled by how much the model
        // leaves to them ("World" for a war story), so a sports story's stray "attack" stays low
        for (int i = 0; i < out.length; i++) {
            boolean known = false;
            for (int s : modelSubject) {
                known |= s == i;
            }
            if (!known) {
                out[i] = lexicon[i] * (0.5 + 0.5 * other);
            }
        }
        return out;
    }

    /**
     * Shares the units of the word pools ({@code [casualties]}, {@code [officials]}, after the
     * subjects in {@code raw}) out to subjects, by the subjects' own units: casualty words among
     * conflict, crime and disaster in proportion to each one's units plus one; official words count
     * for politics in full, except when the leading other subject is event news (conflict, crime,
     * disaster, weather), where they count at the share {@code (p + 1) / (p + 1 + o)} of politics'
     * units {@code p} against that subject's {@code o}, and the rest counts for nothing. Both read the units as they were before either pool was shared.
     */
    static void shareWordPools(double[] raw) {
        double casualties = raw[SUBJECTS];
        double officials = raw[SUBJECTS + 1];
        double conflict = raw[CONFLICT];
        double crime = raw[CRIME];
        double disaster = raw[DISASTER];
        double politics = raw[POLITICS];
        int lead = -1;
        for (int i = 0; i < SUBJECTS; i++) {
            if (i != POLITICS && raw[i] > 0 && (lead < 0 || raw[i] > raw[lead])) {
                lead = i;
            }
        }
        double leadUnits = lead < 0 ? 0 : raw[lead];
        if (casualties > 0) {
            double all = conflict + crime + disaster + 3;
            raw[CONFLICT] += casualties * (conflict + 1) / all;
            raw[CRIME] += casualties * (crime + 1) / all;
            raw[DISASTER] += casualties * (disaster + 1) / all;
        }
        if (officials > 0) {
            // officials are the sources of event news (a war, a crime, a disaster, the weather) and the
            // makers of policy in the rest (a budget, a health plan), which IPTC files under politics too
            boolean eventNews = lead == CONFLICT || lead == CRIME || lead == DISASTER || lead == WEATHER;
            double share = eventNews ? (politics + 1) / (politics + 1 + leadUnits) : 1;
            // the rest is dropped, not given to the leading subject: a ministry's spokesman says
            // nothing about whether a story is a crash or a pilgrimage
            raw[POLITICS] += officials * share;
        }
    }

    private static double[] lexiconScores(String title, String text, double[] eventUnits, boolean[] ignored) {
        byte[] seen = SEEN.get();
        try {
            return lexiconScores(title, text, eventUnits, seen, ignored);
        } finally {
            java.util.Arrays.fill(seen, (byte) 0);
        }
    }

    private static double[] lexiconScores(String title, String text, double[] eventUnits, byte[] seen,
            boolean[] ignored) {
        double[] raw = new double[SUBJECTS + 2];
        TermLexicon.Hits hits = (term, key, weight, word) -> {
            int k = seen[term];
            if (k < REPEAT.length && (ignored == null || !ignored[term])) {
                raw[key] += weight * REPEAT[k];
            }
        };
        TermLexicon.Hits countingHits = (term, key, weight, word) -> {
            hits.hit(term, key, weight, word);
            if (seen[term] < Byte.MAX_VALUE) {
                seen[term]++;
            }
        };
        int words = 0;
        if (title != null) {
            // a headline term counts twice: once here, once more below when the body repeats it or not
            words += LEXICON.scan(title, 0, title.length(), (term, key, weight, word) -> {
                if (ignored == null || !ignored[term]) {
                    raw[key] += weight;
                }
            });
            LEXICON.scan(title, 0, title.length(), countingHits);
        }
        words += LEXICON.scan(text, 0, Math.min(text.length(), MAX_CHARS), countingHits);
        double norm = Math.sqrt(1 + words / 100.0);
        shareWordPools(raw);
        double[] out = new double[SUBJECTS];
        double cap = eventUnits == null ? 0 : capOf(eventUnits);
        for (int i = 0; i < SUBJECTS; i++) {
            double units = raw[i];
            if (eventUnits != null) {
                units += Math.min(cap, eventUnits[i] + pooled(eventUnits, raw, i));
            }
            out[i] = 1 - Math.exp(-units / norm / 4);
        }
        return out;
    }
}
