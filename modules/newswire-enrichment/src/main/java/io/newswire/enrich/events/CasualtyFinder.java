package io.newswire.enrich.events;

import io.newswire.enrich.text.WordList;
import io.newswire.enrich.text.WordMap;
import io.newswire.enrich.text.WordSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Casualty figures of one sentence: a number phrase ({@link Quantity}) tied to a casualty word by
 * position ("killed at least 23", "10 guards were killed and two others injured", "left 19 dead",
 * "the death toll rose to 45"). A figure that breaks a toll down ("including 5 soldiers", "four of
 * the officers") is not a toll of its own; "no one was killed" is none.
 *
 * <p>Written by hand rather than learned: there is no shippable labelled data for casualty figures,
 * and wire copy states them in a few fixed constructions; every rule keeps precision first.
 * Stateless and thread-safe.
 */
final class CasualtyFinder {

    /** A casualty word: its kind and where its figure may stand. */
    record Cue(String kind, boolean after, boolean before, boolean adjacent, boolean people) {
    }

    /**
     * A figure found in a sentence (token indexes).
     *
     * @param supersedes the figure updates the toll ("rose to 45"): smaller earlier figures are stale
     * @param cumulative a running total ("bringing the toll to 300"): a toll of its own
     * @param weak       no number phrase states it ("soldiers were killed", "his body was found"): it
     *                   gives way to any figure of its kind in the article
     */
    record Found(String kind, Quantity q, int cueToken, String victims, boolean supersedes, boolean cumulative,
            boolean weak) {
    }

    static final Map<String, Cue> CUES = cues();
    /** The noun of "the death toll rose to 45": a figure's cue though not a casualty word. */
    static final String TOLL = "toll";
    private static final Cue SHOT_DEAD = new Cue("killed", true, true, false, false);
    /** "Three people lost their lives", "a man lost his life": a death, its figure before the verb. */
    private static final Cue LOST_LIVES = new Cue("killed", false, true, false, false);
    /** The nouns of "lost their lives": a figure's cue after "lost" and a possessive, not a casualty word. */
    static final Set<String> LIVES = WordSet.of("lives", "life");
    /**
     * Verbs before "dead" that make it a toll's cue: the manner of a killing ("shot dead"), and
     * "found dead", a death of any cause that police reports count ("two men were found dead").
     */
    private static final Set<String> MANNER = WordSet.of("shot", "gunned", "stabbed", "hacked", "beaten", "bludgeoned",
            "burnt", "burned", "lynched", "found", "shooting");
    static final Map<String, String> VICTIMS = table("victims.txt");
    static final Set<String> PEOPLE = WordList.load(CasualtyFinder.class, "people.txt");
    /** Animals a figure may count ("hundreds of cattle were killed"): never victims of a toll. */
    private static final Set<String> ANIMALS = WordList.load(CasualtyFinder.class, "animals.txt");
    /**
     * One person by role, trade, office or age ("a trader", "a barangay captain", "a pensioner"),
     * singular and plural, and the singulars of {@link #PEOPLE} ("a driver", "an occupant"): built
     * once, so a singular victim noun is one look-up.
     */
    private static final Set<String> ROLES = roles();

    private CasualtyFinder() {
    }

    private static Map<String, Cue> cues() {
        Map<String, Cue> m = new HashMap<>();
        for (String line : WordList.load(CasualtyFinder.class, "casualty-words.txt")) {
            String[] f = line.split("\t");
            String flags = f.length > 2 ? f[2] : "";
            m.put(f[0], new Cue(f[1], flags.indexOf('a') >= 0, flags.indexOf('b') >= 0, flags.indexOf('d') >= 0,
                    flags.indexOf('p') >= 0));
        }
        return WordMap.copyOf(m);
    }

    private static Map<String, String> table(String name) {
        Map<String, String> m = new HashMap<>();
        for (String line : WordList.load(CasualtyFinder.class, name)) {
            String[] f = line.split("\t");
            m.put(f[0], f[1]);
        }
        return WordMap.copyOf(m);
    }

    /** Whether a sentence may hold a figure at all: the cheap test before the work. */
    static boolean mayHold(String[] low) {
        for (String w : low) {
            if (CUES.containsKey(w) || w.equals(TOLL) || w.equals(BODY) || w.equals(DEATH) || LIVES.contains(w)
                    || HURT_NOUNS.contains(w) || OTHER_CUES.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> roles() {
        Set<String> m = new java.util.HashSet<>();
        for (String w : WordList.load(CasualtyFinder.class, "roles.txt")) {
            m.add(w);
            m.add(plural(w));
        }
        for (String w : PEOPLE) {
            if (w.endsWith("men")) {
                m.add(w.substring(0, w.length() - 3) + "man"); // "fishermen": "a fisherman"
            } else if (w.endsWith("s") && !w.endsWith("ss") && w.length() > 4 && !w.equals("others")
                    && !w.equals("nationals")) { // "other", "national": adjectives before the noun
                m.add(w.substring(0, w.length() - 1)); // "drivers": "a driver"
            }
        }
        return WordSet.copyOf(m);
    }

    private static String plural(String w) {
        if (w.endsWith("man")) {
            return w.substring(0, w.length() - 3) + "men";
        }
        if (w.endsWith("y") && w.length() > 2 && "aeiou".indexOf(w.charAt(w.length() - 2)) < 0) {
            return w.substring(0, w.length() - 1) + "ies"; // "deputy": "deputies"
        }
        if (w.endsWith("s") || w.endsWith("sh") || w.endsWith("ch") || w.endsWith("x")) {
            return w + "es";
        }
        return w + "s";
    }

    static boolean isPerson(String w) {
        if (VICTIMS.containsKey(w) || PEOPLE.contains(w) || ROLES.contains(w)) {
            return true;
        }
        return false;
    }

    /** The figures of one sentence. */
    static List<Found> find(String[] low) {
        return find(low, null);
    }

    /** The figures of one sentence; {@code cls}, its {@link WordClasses} or null, skips words no rule reads. */
    static List<Found> find(String[] low, int[] cls) {
        int n = low.length;
        Quantity[] startsAt = new Quantity[n];
        Quantity[] endsAt = new Quantity[n];
        boolean[] breakdown = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (!WordClasses.mayStartFigure(cls, low, i) || !Quantity.mayStart(low[i])) {
                continue;
            }
            Quantity q = Quantity.at(low, i);
            if (q != null && overMeansAbout(low, i)) {
                q = i + 1 < n ? Quantity.at(low, i + 1) : null; // "a protest over 28 people killed": 28
            }
            if (q == null || !plausible(low, q, cls)) {
                continue;
            }
            startsAt[i] = q;
            endsAt[q.to() - 1] = q;
            breakdown[i] = isBreakdown(low, q);
            i = q.to() - 1;
        }
        boolean[] used = new boolean[n];
        List<Found> found = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            if (!WordClasses.has(cls, k, WordClasses.CASUALTY | WordClasses.CASUALTY_OTHER)
                    && !(WordClasses.has(cls, k, WordClasses.TRIGGER) && (armed(low, k) && ARMED.contains(low[k])
                    || confirmedArrest(low, k)))) {
                continue; // no cue, "toll", "body", "dead" nor "number", nor "was attacked with a machete"
            }
            String w = low[k];
            if (w.equals("arrest") || w.equals("arrests")) {
                Found f = arrestOf(low, k, startsAt, used, cls);
                if (f != null) {
                    found.add(f); // "Police have confirmed the arrest of a local man"
                }
                continue;
            }
            if (w.equals("dead") && k + 1 < n && (low[k + 1].equals("is") || low[k + 1].equals("are"))
                    && (k == 0 || opensClause(low[k - 1]) && !low[k - 1].equals("and") && !low[k - 1].equals("or"))) {
                Found f = deadIs(low, k, startsAt, used, cls);
                if (f != null) {
                    found.add(f); // "Dead is 43-year-old farmer, Ann Reid": the victim after the copula
                }
                continue;
            }
            if (w.equals("custody")) {
                Found f = inCustody(low, k, startsAt, endsAt, used, cls);
                if (f != null) {
                    found.add(f); // "two men are in custody", "a man has been taken into custody"
                }
                continue;
            }
            if (w.equals("rushed") || w.equals("airlifted")) {
                if (k + 2 < n && low[k + 1].equals("to") && (low[k + 2].equals("hospital")
                        || k + 3 < n && low[k + 3].equals("hospital"))) {
                    Found f = subjectOf(low, k, "injured", startsAt, endsAt, used, cls);
                    if (f != null) {
                        found.add(f); // "four others have been rushed to hospital"
                    }
                }
                continue;
            }
            if (w.equals("fatally") && k >= 2 && startsAt[k - 1] != null && startsAt[k - 1].to() == k) {
                Found f = partFatally(low, k, startsAt[k - 1], used);
                if (f != null) {
                    found.add(f); // "two men were shot – one fatally –"
                    continue;
                }
            }
            if (w.equals("toll")) {
                Found f = toll(low, k, startsAt, used);
                if (f != null) {
                    found.add(f);
                }
                continue;
            }
            if (w.equals("fatal") || w.equals("murder") || w.equals("slaying")) {
                Found f = killingOf(low, k, startsAt, used, cls);
                if (f != null) {
                    found.add(f);
                }
                continue;
            }
            if (w.equals("deceased")) {
                Found f = declaredDeceased(low, k, startsAt, endsAt, used, cls);
                if (f != null) {
                    found.add(f); // "medics pronounced the driver deceased", "she was declared deceased"
                }
                continue;
            }
            if (ARMED.contains(w)) {
                if (armed(low, k)) {
                    Found f = subjectOf(low, k, "injured", startsAt, endsAt, used, cls);
                    if (f != null) {
                        found.add(f); // "The woman was assaulted with a machete by her neighbour": one, injured
                    }
                }
                continue;
            }
            if (w.equals("hit")) {
                Found f = hitByFire(low, k, endsAt, used, breakdown);
                if (f != null) {
                    found.add(f);
                }
                continue;
            }
            if ((w.equals("killing") || w.equals("killings")) && k + 1 < n && low[k + 1].equals("of")) {
                Found f = killingOf(low, k, startsAt, used, cls);
                if (f != null) {
                    found.add(f); // "confirmed the killing of at least 40 militants"
                    continue;
                }
            }
            Cue cue = CUES.get(w);
            if (w.equals("fatally")) {
                if (k + 1 >= n || !FATAL_VERBS.contains(low[k + 1])
                        || low[k + 1].equals("run") && !(k + 2 < n && low[k + 2].equals("over"))) {
                    continue;
                }
                k++; // "fatally shot": the verb is the cue
                w = low[k];
                cue = FATALLY;
            }
            if (LIVES.contains(w)) {
                Quantity lost = livesLost(low, k, endsAt, used);
                if (lost != null) {
                    used[lost.from()] = true; // "More than 300 lives have been lost"
                    found.add(new Found("killed", lost, k, null, false, false, false));
                    continue;
                }
                Found claimed = claimedLives(low, k, startsAt, used, cls);
                if (claimed != null) {
                    found.add(claimed); // "the crash claimed the life of a ten-year-old girl"
                    continue;
                }
                if (!lostLives(low, k) || !Factuality.of(low, k - 2, "ASSAULT").equals(Factuality.ASSERTED)) {
                    continue; // "life imprisonment", "saved their lives", "could have lost their lives"
                }
                cue = LOST_LIVES;
            } else if (!usable(low, k)) {
                continue; // "gunned the engine", "drowned out", "succumbed to pressure"
            }
            if (w.equals("dead") && k > 0 && MANNER.contains(low[k - 1])) {
                cue = SHOT_DEAD; // "shot dead a journalist", "a man was shot dead"
            }
            if (w.equals(DEATH) || w.equals("deaths") || w.equals("dead") || w.equals("bodies")) {
                Found f = deathPhrase(low, k, startsAt, endsAt, used, breakdown, cls);
                if (f != null) {
                    found.add(f);
                    continue;
                }
                if (w.equals(DEATH)) {
                    if (k + 1 < n && low[k + 1].equals("of") && violentContext(low, k, cls)) {
                        Found o = killingOf(low, k, startsAt, used, cls);
                        if (o != null && o.weak()) {
                            found.add(o); // "the death of Ana Ruiz in the crash": one, weak
                        }
                    }
                    continue;
                }
                if (w.equals("bodies") && k + 1 < n && low[k + 1].equals("of")) {
                    continue; // "the bodies of the victims": counted where they died, not here
                }
            }
            if (w.equals(BODY)) {
                Found f = bodyFound(low, k);
                if (f != null) {
                    found.add(f);
                }
                continue;
            }
            if (w.equals("number") && k + 1 < n && low[k + 1].equals("of")) {
                Found f = numberOf(low, k, startsAt, used);
                if (f != null) {
                    found.add(f);
                }
                continue;
            }
            if (w.equals("injuries") || w.equals("injury")) {
                Found f = leftWith(low, k, endsAt, used);
                if (f != null) {
                    found.add(f); // "left two others with various degrees of injury"
                    continue;
                }
            }
            if (w.equals("injuries")) {
                Found f = sustaining(low, k, endsAt, used);
                if (f != null) {
                    found.add(f); // "with 514 residents sustaining injuries"
                    continue;
                }
            }
            if (w.equals("injuries") || HURT_NOUNS.contains(w)) {
                Found f = hospitalised(low, k, startsAt, endsAt, used, cls);
                if (f != null) {
                    found.add(f);
                    continue;
                }
                if (cue == null) {
                    continue;
                }
            }
            if (cue == null) {
                continue;
            }
            // "the dead", "the wounded": a noun, its figure elsewhere
            if (cue != LOST_LIVES && k > 0 && (low[k - 1].equals("the") || low[k - 1].equals("their"))) {
                continue;
            }
            if (w.equals("trapped") && freed(low, k)) {
                continue; // "trapped in the car until paramedics freed them": found, not missing
            }
            Quantity q = null;
            if (cue.after()) {
                int j = objectStart(low, k);
                if (cue != SHOT_DEAD && w.equals("dead") || j < n && (low[j].equals("him") || low[j].equals("her"))) {
                    j = n; // "shot him dead" is the attacker, not a toll of the attack's victims
                }
                if (j < n && startsAt[j] != null && !used[j] && (!breakdown[j] || ofBreakdownOnly(low, startsAt[j]))) {
                    q = startsAt[j];
                }
            }
            if (q == null && cue.adjacent() && k > 0 && endsAt[k - 1] != null && !used[endsAt[k - 1].from()]) {
                q = endsAt[k - 1];
            }
            if (q == null && cue.before() && !((w.equals("gunned") || cue == FATALLY || activeWithObject(low, k))
                    && !passive(low, k))) {
                q = agedNames(low, k, cls); // "Ann Obi, 30, and Ali Musa, 25, died": two
                if (q == null) {
                    q = before(low, k, endsAt, used, breakdown); // not "Two suspects gunned down a chief": the actors
                }
                if (q != null) {
                    q = headTotal(low, q, endsAt, used);
                }
                if (q == null || q.article() && !followedByPerson(low, q.to(), k)) {
                    Quantity m = modifiedSubject(low, k, startsAt, used); // "Four soldiers of an army unit were killed"
                    q = m != null ? m : q;
                }
            }
            if (q == null && cue.after()) {
                Found d = definiteObject(low, k, cue);
                if (d != null) {
                    found.add(d); // "killing the gunman", "police arrested the killer": one, weak
                    continue;
                }
            }
            if (q == null) {
                Found u = unknown(low, k, cue);
                if (u == null) {
                    u = named(low, k, cue, cls);
                }
                if (u == null && cue.before()) {
                    u = subjectOf(low, k, cue.kind(), startsAt, endsAt, used, cls); // "Two others in the car were also wounded"
                }
                if (u != null) {
                    found.add(u);
                }
                continue;
            }
            if (q.article() && !followedByPerson(low, q.to(), k > q.from() ? k : n)
                    && !(k > q.from() && cue.kind().equals("killed") && singularSubject(low, q.to(), k))) {
                continue;
            }
            if (cue.people() && !followedByPerson(low, q.to(), Math.min(n, q.to() + 3))) {
                continue;
            }
            used[q.from()] = true;
            String victims = victims(low, q, k, found);
            if (q.from() > k) {
                Quantity all = list(low, q, startsAt, used); // "injuring a militia man and an armed soldier": two
                if (all != q && !java.util.Objects.equals(victims, VICTIMS.get(low[all.to() - 1]))) {
                    victims = null; // "two soldiers and a civilian": no one group
                }
                q = all;
            } else if (q.to() <= k) {
                Quantity all = list(low, q, startsAt, used);
                if (all != q && all.to() <= k) {
                    q = all; // "A farmer and his son were killed": the list opens at the figure found, two
                    victims = null;
                }
                // "A policeman and two civilians were wounded": the figure before the cue is the list's last
                boolean[] mixed = {false};
                q = listBefore(low, q, startsAt, used, victims, mixed, cls);
                if (mixed[0]) {
                    victims = null; // "a policeman and two civilians": no one group
                }
            }
            found.add(new Found(fatal(low, k) ? "killed" : cue.kind(), q, k, victims, false, false, false));
        }
        return found;
    }

    /**
     * Words that are no casualty word yet make one: "fatally" before a verb of violence ("fatally shot
     * a suspect"), "fatal" before a noun of one ("the fatal shooting of a man"), and the nouns of
     * "the murder of X", "the slaying of a woman". Read as cues by {@link #find}.
     */
    static final Set<String> OTHER_CUES = WordSet.of("fatally", "fatal", "murder", "slaying", "deceased", "custody");
    /**
     * Verbs of an assault that a weapon after "with" makes an injury: "was assaulted with a machete".
     * They are event triggers, not casualty words: {@link #armedAt} lets {@link #find} read a sentence
     * that has one before "with", so a sentence with "attacked" alone costs nothing more.
     */
    private static final Set<String> ARMED = WordSet.of("assaulted", "attacked", "hacked", "slashed", "macheted");
    /** Weapons of a hand-to-hand assault: "was attacked with a machete", "hacked with a cutlass". */
    private static final Set<String> WEAPONS = WordSet.of("machete", "machetes", "knife", "knives", "cutlass", "cutlasses",
            "axe", "axes", "ax", "hammer", "stick", "sticks", "rod", "rods", "bat", "club", "clubs", "dagger", "sword",
            "swords", "acid", "cudgel", "cudgels", "panga", "pangas", "sickle", "spear", "bottle", "brick", "stones",
            "stone", "hatchet", "blade", "screwdriver", "scissors");
    /** Nouns of a group of no stated size: "a group of youths", "a gang of robbers" is no count of one. */
    private static final Set<String> COLLECTIVE = WordSet.of("group", "gang", "band", "crowd", "mob", "batch", "host",
            "handful", "horde", "bunch", "team", "squad", "cell", "ring", "family", "lot", "party", "section",
            "number");
    /** Adjectives between the determiner and "killing"/"murder": "the brutal killing of". */
    private static final Set<String> KILLING_ADJECTIVES = WordSet.of("gruesome", "brutal", "cold-blooded", "senseless",
            "mass", "extrajudicial", "alleged", "targeted", "reported", "horrific", "barbaric", "recent");
    /** Prepositions before "the killing of N" that make it a killing referred to, not told: "silence on", "reports of". */
    private static final Set<String> REFERRING = WordSet.of("on", "of", "in", "over", "for", "about", "into", "against",
            "after", "since", "behind", "following", "despite", "amid", "by", "to", "with", "from");
    /** Verbs that "fatally" makes a death: "was fatally shot", "fatally stabbed two men". */
    private static final Set<String> FATAL_VERBS = WordSet.of("shot", "stabbed", "struck", "hit", "beaten", "mauled",
            "gored", "attacked", "assaulted", "run", "crushed", "burned", "burnt", "shooting", "stabbing", "striking",
            "wounding", "injuring");
    /** Nouns "fatal" makes a death of whom "of" names: "the fatal shooting of a man". */
    private static final Set<String> FATAL_NOUNS = WordSet.of("shooting", "stabbing", "beating", "attack", "assault",
            "mauling");
    /** "fatally shot": a death, its figure after the verb (the victims) or before it (a passive's). */
    private static final Cue FATALLY = new Cue("killed", true, true, false, false);
    /** Words of gunfire that make "two officers were hit" an injury: read only in a sentence with a casualty word. */
    private static final Set<String> GUNFIRE = WordSet.of("fire", "gunfire", "shots", "shot", "bullets", "bullet",
            "shooting", "crossfire", "gunman", "gunmen", "shootout", "shoot-out");
    /** Verbs of an arrest whose definite object is one person taken: "police arrested the killer". */
    private static final Set<String> ARRESTING = WordSet.of("arrested", "detained", "nabbed", "apprehended");

    /**
     * "the killing of at least 40 militants", "the murder of two farmers": the count after "of", exact.
     * "the fatal shooting of a Kamloops man", "the murder of Nasreen Akhtar", "a slaying of a woman":
     * one death, weak (it is most often the death a figure elsewhere counts). The "of" must name one
     * person: "a"/"an" and a person noun within four words, "the" and a singular person noun, or a
     * capitalised name of two to four words. Not an attempt ("attempted murder of"), nor a plan.
     */
    private static Found killingOf(String[] low, int k, Quantity[] startsAt, boolean[] used, int[] cls) {
        int n = low.length;
        int of = k + 1;
        if (low[k].equals("fatal")) {
            if (of >= n || !FATAL_NOUNS.contains(low[of])) {
                return null;
            }
            of++;
        }
        if (of + 1 >= n || !low[of].equals("of") || k > 0 && (low[k - 1].startsWith("attempt")
                || low[k - 1].equals("conspiracy") || low[k - 1].equals("plot"))) {
            return null;
        }
        int o = of + 1;
        int end;
        String victims = null;
        Quantity h = startsAt[o];
        if (h != null && !h.article() && !used[o] && h.min() != null && personAt(low, h.to()) >= 0) {
            // "confirmed the killing of at least 40 militants", "the murder of two farmers": the count, exact.
            // Not a killing the sentence only refers to ("silence on the killing of 58 passengers", "protests
            // over the killing of ...", "resulting in the killing of thousands"): its toll is told where it is
            // the news; nor a vague plural
            int b = k - 1;
            if (b >= 0 && (DEFINITE.contains(low[b]) || low[b].equals("a"))) {
                b--;
            }
            while (b >= 0 && b >= k - 3 && KILLING_ADJECTIVES.contains(low[b])) {
                b--; // "the gruesome killing of"
            }
            if (b >= 0 && DEFINITE.contains(low[b])) {
                b--;
            }
            if (b >= 0 && REFERRING.contains(low[b]) || Quantity.vague(low[h.to() - 1])
                    || !Factuality.of(low, k, "ASSAULT").equals(Factuality.ASSERTED)) {
                return null;
            }
            used[o] = true;
            Quantity all = list(low, h, startsAt, used);
            return new Found("killed", all, k, victims(low, all, k, List.of()), false, false, false);
        }
        if (low[o].equals("a") || low[o].equals("an")) {
            int p = -1;
            for (int j = o + 1; j < Math.min(n, o + 5) && p < 0; j++) {
                String w = low[j];
                if (isPerson(w) || isPerson(w + "s")) {
                    p = j;
                } else if (!Character.isLetter(w.charAt(0)) || blocks(w) || w.equals("and")) {
                    break;
                }
            }
            if (p < 0 || !singular(low[p])) {
                return null;
            }
            end = p + 1;
            victims = VICTIMS.get(low[p]) != null ? VICTIMS.get(low[p]) : VICTIMS.get(low[p] + "s");
        } else if (low[o].equals("the") && singularPersonAt(low, o + 1)) {
            end = o + 1;
        } else if (cls != null && (cls[o] & WordClasses.CAPITAL) != 0 && o + 1 < n
                && (cls[o + 1] & WordClasses.CAPITAL) != 0 && !NOT_NAMES.contains(low[o])) {
            int e = o + 1;
            while (e + 1 < n && e < o + 3 && (cls[e + 1] & WordClasses.CAPITAL) != 0) {
                e++;
            }
            if (e + 1 < n && (cls[e + 1] & WordClasses.CAPITAL) != 0) {
                return null; // a run of five capitals: a title, not a name
            }
            if (e + 1 < n && (low[e + 1].equals("and") || low[e + 1].equals("&"))) {
                return null; // "the murder of Ana Ruiz and her son": how many is for the list to say
            }
            end = e + 1;
        } else {
            return null;
        }
        if (!Factuality.of(low, k, "ASSAULT").equals(Factuality.ASSERTED)) {
            return null;
        }
        return new Found("killed", new Quantity(o, end, 1, 1, "exact", false), k, victims, false, false, true);
    }

    /**
     * "pronounced the man deceased", "declared him deceased" (one, weak), and the passive "was
     * pronounced deceased" read as "was pronounced dead" ({@link #subjectOf}). Only after a verb of
     * declaring: "the deceased" is a noun, "the deceased's family" no death told here.
     */
    private static Found declaredDeceased(String[] low, int k, Quantity[] startsAt, Quantity[] endsAt, boolean[] used,
            int[] cls) {
        if (k > 1 && DECLARED.contains(low[k - 1]) && !low[k - 1].equals("found")) {
            return subjectOf(low, k, "killed", startsAt, endsAt, used, cls);
        }
        int v;
        if (k > 1 && (low[k - 1].equals("him") || low[k - 1].equals("her"))) {
            v = k - 2;
        } else if (k > 2 && singularPerson(low[k - 1]) && low[k - 2].equals("the")) {
            v = k - 3;
        } else {
            return null;
        }
        if (!DECLARED.contains(low[v]) || !Factuality.of(low, v, "ASSAULT").equals(Factuality.ASSERTED)) {
            return null;
        }
        return new Found("killed", new Quantity(v + 1, k, 1, 1, "exact", false), k, null, false, false, true);
    }

    /**
     * "two officers were hit" in a sentence of gunfire ("returned fire, killing the gunman, but not
     * before two officers were hit"): the passive's counted subject, injured. Read only in a sentence
     * that already holds a casualty word, and only with a word of gunfire in it.
     */
    private static Found hitByFire(String[] low, int k, Quantity[] endsAt, boolean[] used, boolean[] breakdown) {
        if (k == 0 || !(low[k - 1].equals("were") || low[k - 1].equals("was")) || k > 1 && low[k - 2].equals("not")) {
            return null;
        }
        boolean fire = false;
        for (String w : low) {
            if (GUNFIRE.contains(w)) {
                fire = true;
                break;
            }
        }
        if (!fire) {
            return null;
        }
        Quantity q = before(low, k, endsAt, used, breakdown);
        if (q == null || !followedByPerson(low, q.to(), k)) {
            return null;
        }
        String fact = Factuality.of(low, k, "ASSAULT");
        boolean notBefore = q.from() > 1 && low[q.from() - 1].equals("before") && low[q.from() - 2].equals("not");
        if (!fact.equals(Factuality.ASSERTED) && !(notBefore && fact.equals(Factuality.NEGATED))) {
            return null; // ("but not before two deputies were hit": "not before" is "first")
        }
        used[q.from()] = true;
        return new Found("injured", q, k, victims(low, q, k, List.of()), false, false, false);
    }

    /** "More than 300 lives have been lost", "12 lives were lost": the figure right before "lives". */
    private static Quantity livesLost(String[] low, int k, Quantity[] endsAt, boolean[] used) {
        int n = low.length;
        if (!low[k].equals("lives") || k == 0 || endsAt[k - 1] == null || used[endsAt[k - 1].from()]) {
            return null;
        }
        int a = k + 1;
        if (a + 1 < n && (low[a].equals("have") || low[a].equals("had")) && low[a + 1].equals("been")) {
            a += 2;
        } else if (a < n && (low[a].equals("were") || low[a].equals("are"))) {
            a++;
        } else {
            return null;
        }
        if (a >= n || !low[a].equals("lost") || !Factuality.of(low, a, "ASSAULT").equals(Factuality.ASSERTED)) {
            return null;
        }
        return endsAt[k - 1];
    }

    /**
     * "left two others with various degrees of injury", "leaving five passengers with serious injuries":
     * the count after a verb of leaving whose "with", within six words before the noun, names injuries.
     */
    private static Found leftWith(String[] low, int k, Quantity[] endsAt, boolean[] used) {
        for (int a = k - 1; a >= Math.max(2, k - 6); a--) {
            String w = low[a];
            if (w.equals("with")) {
                int e = a - 1;
                if (isPerson(low[e]) || isPerson(low[e] + "s")) {
                    e--; // "two others", "five passengers"
                }
                Quantity q = e >= 0 ? endsAt[e] : null;
                if (q == null || used[q.from()] || q.min() == null || q.from() == 0
                        || !LEAVING.contains(low[q.from() - 1])
                        || !Factuality.of(low, q.from() - 1, "ASSAULT").equals(Factuality.ASSERTED)) {
                    return null;
                }
                used[q.from()] = true;
                return new Found("injured", q, k, victims(low, q, k, List.of()), false, false, false);
            }
            if (!Character.isLetter(w.charAt(0)) || blocks(w) && !w.equals("of")) {
                return null;
            }
        }
        return null;
    }

    /**
     * "with 514 residents sustaining injuries", "while 12 others sustained injuries", "two others
     * received injuries": a count of people right before "sustaining"/"sustained"/"suffering"/
     * "suffered"/"received", whose object, within five words, is "injuries".
     */
    private static Found sustaining(String[] low, int k, Quantity[] endsAt, boolean[] used) {
        for (int v = k - 1; v >= Math.max(1, k - 5); v--) {
            String w = low[v];
            if (w.equals("sustaining") || w.equals("sustained") || w.equals("suffering") || w.equals("suffered")
                    || w.equals("received") || w.equals("receiving")) {
                int e = v - 1;
                if (isPerson(low[e]) && e > 0) {
                    e--; // "514 persons sustaining"
                }
                Quantity q = endsAt[e];
                if (q == null || used[q.from()] || q.article() || q.min() == null
                        || !Factuality.of(low, v, "ASSAULT").equals(Factuality.ASSERTED)) {
                    return null;
                }
                for (int a = k + 1; a < low.length; a++) {
                    Cue c = CUES.get(low[a]);
                    if (c != null && c.kind().equals("killed")) {
                        return null; // "The two suffered bullet injuries and died on the spot": the dead
                    }
                }
                used[q.from()] = true;
                return new Found("injured", q, k, victims(low, q, k, List.of()), false, false, false);
            }
            if (!Character.isLetter(w.charAt(0)) || blocks(w) && !w.equals("of")) {
                return null;
            }
        }
        return null;
    }

    /**
     * "injured another", "arrested another": one more, exact, for any cue. Else the one person a killing
     * or an arrest names by a definite object: "killing the gunman", "have shot
     * dead the man suspected of ...", "fatally shot the suspect", "police arrested the killer". Weak:
     * it is most often someone a figure elsewhere counts. The verb must be active and state what
     * happened; the object "the" and a singular person noun within three words.
     */
    private static Found definiteObject(String[] low, int k, Cue cue) {
        String w = low[k];
        boolean killing = cue == SHOT_DEAD || cue == FATALLY || w.equals("killing") || w.equals("killed")
                || w.equals("murdered") || w.equals("lynched") || w.equals("gunned");
        if (cue != SHOT_DEAD && passive(low, k)) {
            return null;
        }
        int o = objectStart(low, k);
        if (o < low.length && low[o].equals("another") && (o + 1 == low.length || Quantity.at(low, o + 1) == null)
                && Factuality.of(low, k, "ASSAULT").equals(Factuality.ASSERTED)) {
            // "killed one suspect and injured another": one more, exact
            return new Found(fatal(low, k) ? "killed" : cue.kind(), new Quantity(o, o + 1, 1, 1, "exact", false), k,
                    null, false, false, false);
        }
        if (!killing && !ARRESTING.contains(w)) {
            return null;
        }
        if (o + 1 >= low.length || !low[o].equals("the") || !singularPersonAt(low, o + 1)) {
            return null;
        }
        int head = o + 1;
        while (head < low.length - 1 && !singularPerson(low[head])) {
            head++;
        }
        if (head + 1 < low.length && (low[head + 1].equals("and") || low[head + 1].equals(","))) {
            int all = coordinated(low, o + 1, head);
            if (all > 1 && Factuality.of(low, k, "ASSAULT").equals(Factuality.ASSERTED)) {
                // "killing the pedestrian, driver, and one passenger": each conjunct counted
                return new Found(killing ? "killed" : cue.kind(), new Quantity(o, o + 1, all, all, "exact", false), k,
                        null, false, false, false);
            }
        }
        if (head + 1 < low.length && (low[head + 1].equals("and") && !(head + 2 < low.length
                && CUES.containsKey(low[head + 2])) || SAYS.contains(low[head + 1]))) {
            return null; // "killed the driver and his men": the list's; "arrested the man said"; not "killed
                         // the driver and wounded a passenger", a second verb
        }
        if (!Factuality.of(low, k, "ASSAULT").equals(Factuality.ASSERTED)) {
            return null;
        }
        String victims = VICTIMS.get(low[head]) != null ? VICTIMS.get(low[head]) : VICTIMS.get(low[head] + "s");
        return new Found(killing ? "killed" : cue.kind(), new Quantity(o, o + 1, 1, 1, "exact", false), k, victims,
                false, false, true);
    }

    /**
     * The number of people a coordinated list of person nouns names, its first member's head at
     * {@code head} (after "the"): "the pedestrian, driver, and one passenger" (3), "the guard, the cook
     * and two visitors" (4). A member is a singular person noun, bare or after a determiner, or an exact
     * count and its noun; the members are joined by commas and a last "and". 0 when it is no such list:
     * a plural member of no stated size ("the driver and his men"), an apposition ("the driver, a man
     * from X", with no "and"), or a member that is no person ("the driver and the car").
     */
    private static int coordinated(String[] low, int from, int head) {
        int n = low.length;
        int sum = 1;
        int j = head + 1;
        boolean closed = false;
        while (j < n && !closed) {
            if (low[j].equals(",")) {
                j++;
                if (j < n && low[j].equals("and")) {
                    j++;
                    closed = true;
                }
            } else if (low[j].equals("and")) {
                j++;
                closed = true;
            } else {
                return 0; // the list ended with no "and": an apposition or a lone noun
            }
            if (j < n && (DEFINITE.contains(low[j]) || low[j].equals("a") || low[j].equals("an"))) {
                j++;
            }
            int count = 1;
            if (j < n && Quantity.mayStart(low[j])) {
                Quantity q = Quantity.at(low, j);
                if (q != null && !q.article()) {
                    if (!exact(q)) {
                        return 0;
                    }
                    count = q.min();
                    j = q.to();
                }
            }
            int p = -1;
            for (int m = j; m < Math.min(n, j + 3); m++) {
                if (isPerson(low[m]) || isPerson(low[m] + "s")) {
                    p = m;
                    break;
                }
                if (!Character.isLetter(low[m].charAt(0)) || blocks(low[m]) || low[m].equals("and")
                        || CUES.containsKey(low[m]) || low[m].endsWith("ed") || low[m].endsWith("ing")
                        || low[m].equals("a") || low[m].equals("an") || DEFINITE.contains(low[m])) {
                    break; // "killed the driver and injured a passenger": a second verb, no member
                }
            }
            if (p < 0 || count == 1 && !singular(low[p])) {
                return 0; // "the driver and the car", "the driver and his men"
            }
            sum += count;
            j = p + 1;
        }
        return closed ? sum : 0;
    }

    /**
     * "Dead is 43-year-old farmer, Ann Reid, of X" (one), "Dead are two passengers" (the count): the
     * inverted copula of police and Caribbean copy, the victim after it. One for "is" with a person noun
     * or a capitalised name within six words; for "are" only a count of people right after it.
     */
    private static Found deadIs(String[] low, int k, Quantity[] startsAt, boolean[] used, int[] cls) {
        int n = low.length;
        int s = k + 2;
        if (s >= n) {
            return null;
        }
        if (low[k + 1].equals("are")) {
            Quantity q = startsAt[s];
            if (q == null || q.article() || used[s] || personAt(low, q.to()) < 0) {
                return null;
            }
            used[s] = true;
            return new Found("killed", list(low, q, startsAt, used), k, null, false, false, false);
        }
        for (int j = s; j < Math.min(n, s + 6); j++) {
            String w = low[j];
            if (isPerson(w) || cls != null && (cls[j] & WordClasses.CAPITAL) != 0 && !NOT_NAMES.contains(w)) {
                return new Found("killed", new Quantity(s, j + 1, 1, 1, "exact", false), k,
                        VICTIMS.get(w), false, false, false);
            }
            if (w.equals("and") || blocks(w) && !w.equals("of")) {
                return null;
            }
        }
        return null;
    }

    /**
     * "Two men are in custody", "a man has been taken into custody", "the suspect remains in police
     * custody": the subject's count, arrested ({@link #subjectFigure}). Not "died in custody" (no
     * copula) nor "remanded in custody" (a court's order, counted where the arrest is told).
     */
    private static Found inCustody(String[] low, int k, Quantity[] startsAt, Quantity[] endsAt, boolean[] used,
            int[] cls) {
        int j = k - 1;
        if (j > 0 && (low[j].equals("police") || low[j].equals("protective"))) {
            j--;
        }
        if (j < 1 || cls == null) {
            return null;
        }
        int p;
        if (low[j].equals("in")) {
            p = j - 1;
            while (p > 0 && (low[p].equals("now") || low[p].equals("still") || low[p].equals("also"))) {
                p--;
            }
        } else if (low[j].equals("into") && (low[j - 1].equals("taken") || low[j - 1].equals("placed"))) {
            p = j - 2;
            if (p > 0 && low[p].equals("been")) {
                p--;
            }
        } else {
            return null;
        }
        if (p < 1 || Factuality.of(low, k, "COERCE").equals(Factuality.NEGATED)
                || !Factuality.of(low, k, "COERCE").equals(Factuality.ASSERTED)) {
            return null;
        }
        int number = switch (low[p]) {
            case "is", "was", "has", "remains" -> 1;
            case "are", "were", "have", "remain" -> 2;
            case "remained", "had" -> 0;
            default -> -1;
        };
        if (number < 0) {
            return null;
        }
        return subjectFigure(low, p, number, "arrested", k, false, startsAt, endsAt, used, cls);
    }

    /**
     * "two men were shot – one fatally –", "three people were stabbed, one fatally": the part told as
     * fatal after a dash or comma that follows a verb of wounding, killed. The count must be exact and
     * the verb within four words before the dash.
     */
    private static Found partFatally(String[] low, int k, Quantity q, boolean[] used) {
        int d = q.from() - 1;
        if (d < 1 || !(isDash(low[d]) || low[d].equals(",") || low[d].equals("(")) || !exact(q) || used[q.from()]) {
            return null;
        }
        for (int j = d - 1; j >= Math.max(0, d - 4); j--) {
            if (FATAL_VERBS.contains(low[j]) || low[j].equals("wounded") || low[j].equals("injured")) {
                used[q.from()] = true;
                return new Found("killed", q, k, null, false, false, false);
            }
        }
        return null;
    }

    /**
     * "The crash claimed the life of a ten-year-old girl", "the fire claimed the lives of three
     * children": the count after "of" (one for "a"/"an" and a person), killed.
     */
    private static Found claimedLives(String[] low, int k, Quantity[] startsAt, boolean[] used, int[] cls) {
        int n = low.length;
        if (k < 2 || k + 2 >= n || !low[k - 1].equals("the") || !low[k + 1].equals("of")) {
            return null;
        }
        switch (low[k - 2]) {
            case "claimed", "claiming", "claims", "claim", "took", "taking", "takes" -> {
            }
            default -> {
                return null;
            }
        }
        int o = k + 2;
        Quantity q = startsAt[o];
        if (q == null || used[o] || personAt(low, q.to()) < 0 && !(q.article() && personOrAge(low, q.to(), n) >= 0)) {
            return null;
        }
        if (q.article() && !(low[k].equals("life"))) {
            return null;
        }
        if (!Factuality.of(low, k - 2, "ASSAULT").equals(Factuality.ASSERTED)) {
            return null;
        }
        used[o] = true;
        return new Found("killed", q.article() ? q : list(low, q, startsAt, used), k, null, false, false, false);
    }

    /** The noun of "his body was found": one death, though no number is written. */
    static final String BODY = "body";

    /** Forms of a casualty word that state a death or injury that happened (not "kill", "die"). */
    private static final Set<String> HAPPENED = WordSet.of("killed", "killing", "dead", "died", "martyred", "slain",
            "murdered", "massacred", "lynched", "beheaded", "injured", "wounded", "hurt", "injuring", "wounding",
            "gunned", "drowned", "succumbed");

    /** Verbs of a death that take no object: "two children drowned", "she succumbed to her injuries". */
    private static final Set<String> INTRANSITIVE = WordSet.of("died", "perished", "drowned", "succumbed", "expired");

    /**
     * Whether the cue at {@code k} is a casualty word here: "gunned" only in "gunned down", "drowned"
     * not in "drowned out", "succumbed" only to injuries, wounds or burns (not "to pressure").
     */
    private static boolean usable(String[] low, int k) {
        int n = low.length;
        switch (low[k]) {
            case "gunned" -> {
                return k + 1 < n && low[k + 1].equals("down");
            }
            case "drowned" -> {
                return k + 1 >= n || !low[k + 1].equals("out");
            }
            case "expired" -> {
                return k > 0 && (low[k - 1].equals("later") || low[k - 1].equals("subsequently")) && wounded(low);
            }
            case "succumbed" -> {
                for (int j = k + 1; j < Math.min(n, k + 5); j++) {
                    switch (low[j]) {
                        case "injuries", "injury", "wounds", "wound", "burns" -> {
                            return true;
                        }
                        default -> {
                        }
                    }
                }
                return false;
            }
            default -> {
                return true;
            }
        }
    }

    /** Whether the sentence tells of wounds: the context that makes "later expired" a death, not a licence's end. */
    private static boolean wounded(String[] low) {
        for (String w : low) {
            switch (w) {
                case "injuries", "injury", "wounds", "wound", "injured", "wounded", "hospital" -> {
                    return true;
                }
                default -> {
                }
            }
        }
        return false;
    }

    /** The noun of "in a critical condition": with a subject that is a person, one injured. */
    static final String CONDITION = "condition";
    /** The nouns of "taken to hospital with minor injuries": one injured, not a casualty word of their own. */
    static final Set<String> HURT_NOUNS = WordSet.of(CONDITION, "injury");

    /** Adjectives of a patient's condition: "in a critical condition", "listed in stable condition". */
    private static final Set<String> GRAVE = WordSet.of("critical", "serious", "stable", "grave", "life-threatening");

    /**
     * Words that may stand inside a predicate, between its auxiliary and its participle or before an
     * intransitive verb: "were also wounded", "was fatally wounded", "later died", "was Tuesday killed".
     */
    private static final Set<String> INNER = WordSet.of("also", "later", "subsequently", "fatally", "mortally",
            "critically", "seriously", "severely", "slightly", "badly", "reportedly", "allegedly", "then",
            "eventually", "instantly", "immediately", "both", "all", "yesterday", "today", "tonight", "already",
            "still", "apparently");

    private static final Set<String> WEEKDAYS = WordSet.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");

    /** Determiners of a subject that names someone told of before: "the driver", "his passenger". */
    private static final Set<String> DEFINITE = WordSet.of("the", "his", "her", "its", "their", "this", "that");

    /** Words that end the subject's clause when read backwards from its verb. */
    private static boolean opensClause(String w) {
        return switch (w) {
            case ".", ";", ":", ",", "and", "or", "&", "but", "while", "when", "after", "as", "said", "says", "say",
                    "told", "that", "\"", "(", ")", "—", "–", "--", "where", "if", "because", "since", "before", "until" -> true;
            default -> false;
        };
    }

    /**
     * The figure of the subject of a casualty predicate whose subject carries an apposition, a
     * prepositional phrase or a relative clause, or whose predicate holds an adverb: "The rider of the
     * scooter, a 42-year-old man, was pronounced dead", "A woman who was in one of the cars died at the
     * scene", "Two others in the car were also wounded", "Four suspects were on Monday shot dead",
     * "A constable sustained injuries and later expired". The subject must open its clause with a
     * figure ("two others", "a woman", "a 17-year-old") or a definite determiner and a singular person
     * noun ("the police chief of this town"), whose number agrees with the auxiliary. A definite subject
     * is weak (it is most often someone a figure elsewhere counts); so is anything but a plural
     * figure's passive unless the sentence tells of violence or an accident.
     */
    private static Found subjectOf(String[] low, int k, String kind, Quantity[] startsAt, Quantity[] endsAt,
            boolean[] used, int[] cls) {
        if (cls == null) {
            return null;
        }
        String w = low[k];
        int v = k; // the first word of the verb
        boolean intransitive = INTRANSITIVE.contains(w);
        if (w.equals("dead") || w.equals("deceased")) {
            String b = k > 0 ? low[k - 1] : "";
            if (b.equals("up") && k > 1 && low[k - 2].equals("ended")) {
                v = k - 2; // "two hostages ended up dead"
                intransitive = true;
            } else if (MANNER.contains(b) || DECLARED.contains(b) || b.equals("already")) {
                v = k - 1;
            } else if (!isAux(b)) {
                return null;
            }
        } else if (!(w.endsWith("ed") || w.equals("slain") || w.equals("hurt")
                || FATAL_VERBS.contains(w) && k > 0 && low[k - 1].equals("fatally"))) {
            return null; // "killing", "kill", "die": no passive and no past
        }
        int j = v - 1;
        while (j >= 0) {
            if (INNER.contains(low[j])) {
                j--;
            } else if (j > 0 && WEEKDAYS.contains(low[j]) && low[j - 1].equals("on")) {
                j -= 2; // "were on Tuesday shot dead"
            } else if (WEEKDAYS.contains(low[j])) {
                j--;
            } else {
                break;
            }
        }
        int number = 0; // 1 singular, 2 plural, 0 either
        int p;
        if (j >= 0 && (low[j].equals("was") || low[j].equals("is"))) {
            number = 1;
            p = j;
        } else if (j >= 0 && (low[j].equals("were") || low[j].equals("are"))) {
            number = 2;
            p = j;
        } else if (j >= 1 && low[j].equals("been") && (low[j - 1].equals("has") || low[j - 1].equals("have")
                || low[j - 1].equals("had"))) {
            number = low[j - 1].equals("has") ? 1 : low[j - 1].equals("have") ? 2 : 0;
            p = j - 1;
        } else if (intransitive && j >= 0 && (low[j].equals("has") || low[j].equals("have") || low[j].equals("had"))) {
            number = low[j].equals("has") ? 1 : low[j].equals("have") ? 2 : 0;
            p = j;
        } else if (intransitive && j >= 0 && low[j].equals("and")) {
            p = sustained(low, j); // "sustained injuries and later expired"
            if (p < 0) {
                return null;
            }
        } else if (intransitive) {
            p = j + 1;
        } else {
            return null; // an active verb: its figure is its object
        }
        if (!Factuality.of(low, k, "ASSAULT").equals(Factuality.ASSERTED)) {
            return null;
        }
        if (p > 1 && low[p - 1].equals("and") && !intransitive) {
            int v2 = firstVerb(low, p - 1); // "The man ... shot at officers and was killed": the subject of both verbs
            if (v2 < 0) {
                return null;
            }
            p = v2;
        }
        return subjectFigure(low, p, number, fatal(low, k) ? "killed" : kind, k, false, startsAt, endsAt, used, cls);
    }

    /** Whether one of the sentence's triggers is an assault verb with a weapon: "was attacked with a cutlass". */
    static boolean armedAt(String[] low, List<Integer> triggers) {
        for (int t : triggers) {
            if (t + 1 < low.length && low[t + 1].equals("with") && ARMED.contains(low[t]) && armed(low, t)
                    || confirmedArrest(low, t)) {
                return true;
            }
        }
        return false;
    }

    /** Verbs that report an arrest made: "confirmed the arrest of", "announced the arrests of". */
    private static final Set<String> REPORTED = Set.of("confirmed", "confirms", "confirm", "announced", "announces",
            "effected", "reported");

    /**
     * Whether the trigger at {@code t} is the noun of "confirmed the arrest(s) of": an arrest reported as
     * made, not one ordered, sought or demanded ("ordered the arrest of", "a warrant for the arrest of").
     */
    private static boolean confirmedArrest(String[] low, int t) {
        return t >= 2 && t + 2 < low.length && (low[t].equals("arrest") || low[t].equals("arrests"))
                && low[t + 1].equals("of") && low[t - 1].equals("the") && REPORTED.contains(low[t - 2]);
    }

    /**
     * "Police have confirmed the arrest of a local man" (one), "confirmed the arrests of three suspects"
     * (three), "confirmed the arrest of Ana Ruiz" (one, weak): the people after "of", arrested.
     */
    private static Found arrestOf(String[] low, int k, Quantity[] startsAt, boolean[] used, int[] cls) {
        if (!confirmedArrest(low, k) || !Factuality.of(low, k - 2, "COERCE").equals(Factuality.ASSERTED)) {
            return null;
        }
        int o = k + 2;
        Quantity q = startsAt[o];
        if (q != null && !used[o] && !q.article() && personAt(low, q.to()) >= 0) {
            used[o] = true;
            return new Found("arrested", list(low, q, startsAt, used), k, null, false, false, false);
        }
        if (low[o].equals("a") || low[o].equals("an")) {
            int p = personOrAge(low, o + 1, low.length);
            if (p < 0) {
                for (int j = o + 1; j < Math.min(low.length, o + 4) && p < 0; j++) {
                    if (singularPerson(low[j])) {
                        p = j; // "a local man", "a 30-year-old man"
                    } else if (!Character.isLetter(low[j].charAt(0)) && !low[j].endsWith("-year-old")) {
                        break;
                    }
                }
            }
            if (p < 0 || !singular(low[p])) {
                return null;
            }
            return new Found("arrested", new Quantity(o, p + 1, 1, 1, "exact", false), k, null, false, false, false);
        }
        if (cls != null && (cls[o] & WordClasses.CAPITAL) != 0 && !NOT_NAMES.contains(low[o])) {
            return new Found("arrested", new Quantity(o, o + 1, 1, 1, "exact", false), k, null, false, false, true);
        }
        return null;
    }

    /** Whether the passive assault verb at {@code k} has a weapon after "with": "was hacked with a cutlass". */
    private static boolean armed(String[] low, int k) {
        if (k + 1 >= low.length || !low[k + 1].equals("with") || k == 0 || !isAux(low[k - 1]) && !INNER.contains(low[k - 1])) {
            return false;
        }
        for (int j = k + 2; j < Math.min(low.length, k + 5); j++) {
            if (WEAPONS.contains(low[j])) {
                return true;
            }
        }
        return false;
    }

    /**
     * The finite verb of a first predicate that ends at the "and" at {@code and} ("shot at officers and
     * was killed", "fled the scene and was arrested"): a word in -ed, or a past form of {@link #PAST},
     * within six words, not after a determiner, an auxiliary or a casualty word; or -1.
     */
    private static int firstVerb(String[] low, int and) {
        for (int j = and - 1; j >= Math.max(1, and - 6); j--) {
            String w = low[j];
            if (!Character.isLetter(w.charAt(0)) || CUES.containsKey(w) || opensClause(w)) {
                return -1;
            }
            if ((w.endsWith("ed") || PAST.contains(w)) && !DEFINITE.contains(low[j - 1]) && !low[j - 1].equals("a")
                    && !low[j - 1].equals("an") && !isAux(low[j - 1]) && !CUES.containsKey(low[j - 1])) {
                return j;
            }
        }
        return -1;
    }

    /** Past forms not in -ed that open a first predicate: "shot at officers and was killed". */
    private static final Set<String> PAST = WordSet.of("shot", "fled", "ran", "fought", "drew", "hit", "struck", "threw",
            "stole", "broke", "took", "went", "held", "led", "drove", "rode", "made");

    /**
     * The verb of the first clause of "X sustained gunshot injuries and later died": "sustained",
     * "suffered" or "received" within six words before the "and" at {@code and}, its object a word of
     * wounds; or -1.
     */
    private static int sustained(String[] low, int and) {
        boolean wounds = false;
        for (int j = and - 1; j >= Math.max(0, and - 6); j--) {
            String w = low[j];
            if (w.equals("injuries") || w.equals("wounds") || w.equals("injury") || w.equals("burns")) {
                wounds = true;
            } else if (w.equals("sustained") || w.equals("suffered") || w.equals("received")) {
                return wounds ? j : -1;
            } else if (!Character.isLetter(w.charAt(0)) || blocks(w) && !w.equals("in")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "was taken to hospital with minor injuries", "is in a critical condition", "was listed in stable
     * condition": one injured for a person subject ({@link #subjectFigure}), weak. The "with" of the
     * injuries needs a word of care before it (hospital, treated, admitted); the condition a word of
     * its gravity. Not for an illness ("after a heart attack").
     */
    private static Found hospitalised(String[] low, int k, Quantity[] startsAt, Quantity[] endsAt, boolean[] used,
            int[] cls) {
        int at;
        boolean care;
        if (low[k].equals(CONDITION)) {
            int a = k - 1;
            if (a < 2 || !GRAVE.contains(low[a])) {
                return null;
            }
            a--;
            if (low[a].equals("a")) {
                a--;
            }
            if (a < 1 || !low[a].equals("in")) {
                return null;
            }
            at = a;
            care = true;
        } else {
            int a = k - 1; // "with injuries", "with minor injuries", "with non-life-threatening head injuries"
            while (a > 0 && k - a <= 3 && !low[a].equals("with") && Character.isLetter(low[a].charAt(0))
                    && !blocks(low[a])) {
                a--;
            }
            if (a < 1 || !low[a].equals("with")) {
                return null;
            }
            at = a;
            care = false;
        }
        int p = -1;
        int number = 0;
        for (int j = at - 1; j >= Math.max(0, at - 9); j--) {
            String w = low[j];
            switch (w) {
                case "hospital", "hospitalised", "hospitalized", "treated", "admitted", "airlifted" -> care = true;
                default -> {
                }
            }
            if (w.equals("was") || w.equals("is") || w.equals("remains")) {
                p = j;
                number = 1;
                break;
            }
            if (w.equals("were") || w.equals("are") || w.equals("remain")) {
                p = j;
                number = 2;
                break;
            }
            if (w.equals("remained")) {
                p = j;
                break;
            }
            if (opensClause(w) || w.equals("who") || w.equals("which") || CUES.containsKey(w)) {
                return null;
            }
        }
        if (p < 0 || !care || naturalDeath(low) || !Factuality.of(low, k, "ASSAULT").equals(Factuality.ASSERTED)) {
            return null;
        }
        return subjectFigure(low, p, number, "injured", k, true, startsAt, endsAt, used, cls);
    }

    /**
     * The figure of the subject that ends right before {@code p}, its predicate's first word: over an
     * apposition between commas (", a 31-year-old man from Glenvale,"), a prepositional phrase ("of the
     * scooter", "in the car") or a relative clause ("who was in one of the cars"), back to where its
     * clause opens. The subject must open with a figure counting people, "another", or a definite
     * determiner and a singular person noun; its number must agree with the auxiliary. Null when it
     * holds another casualty word, a source ("said"), or a second count of people.
     */
    private static Found subjectFigure(String[] low, int p, int number, String kind, int k, boolean weak,
            Quantity[] startsAt, Quantity[] endsAt, boolean[] used, int[] cls) {
        int end = p;
        int app = -1;
        if (end > 1 && low[end - 1].equals(",")) {
            int c = end - 2;
            boolean relative = false; // ", whose identity is yet to be confirmed,": a relative clause, no source
            for (int r = end - 2; r >= 0 && end - r <= 12 && !low[r].equals(","); r--) {
                relative = low[r].equals("whose") && low[r - 1 < 0 ? 0 : r - 1].equals(",");
            }
            while (c >= 0 && !low[c].equals(",")) {
                String w = low[c];
                if (end - c > 12 || w.equals("and") || w.equals("or") || opensClause(w) && !relative
                        || CUES.containsKey(w) || SAYS.contains(w) && !relative) {
                    return null; // no apposition: "The victims, a woman and her son, were killed" is two
                }
                c--;
            }
            if (c < 1) {
                return null;
            }
            app = c + 1;
            end = c;
        }
        if (app < 0 && end > 2 && low[end - 1].equals("who") && isPerson(low[end - 2]) && endsAt[end - 3] != null
                && !endsAt[end - 3].article() && !used[endsAt[end - 3].from()]) {
            Quantity q = endsAt[end - 3]; // "to free two suspects who ended up dead": the antecedent's count
            if (number == 1 || naturalDeath(low) || INTRANSITIVE.contains(low[k]) && !violentContext(low, k, cls)) {
                return null;
            }
            used[q.from()] = true;
            return new Found(kind, q, k, VICTIMS.get(low[end - 2]), false, false, false);
        }
        int start = end - 1;
        while (start >= 0 && (!opensClause(low[start]) || soleRole(low, start))) {
            String w = low[start];
            if (end - start > 14 || CUES.containsKey(w) || SAYS.contains(w) || LIVES.contains(w)) {
                return null;
            }
            start--;
        }
        if (start >= 0 && (low[start].equals("and") || low[start].equals("or") || low[start].equals("&"))
                && !(start > 0 && CUES.containsKey(low[start - 1]))) {
            return null; // the last of a list: "A man and a woman in the car died" is two; not "A man has
                         // died and three others have been rushed to hospital", two clauses
        }
        start++;
        if (start >= end) {
            return null;
        }
        String d = low[start];
        int head;
        Quantity q;
        boolean definite = false;
        if (d.equals("a") || d.equals("an") || d.equals("another")) {
            if (start + 1 < end && groupSize(low[start + 1])) {
                return null; // "a two-man crew was injured": a group of that size, no count of one
            }
            head = personOrAge(low, start + 1, end);
            q = new Quantity(start, start + 1, 1, 1, "exact", false);
        } else if ((d.equals("he") || d.equals("she")) && start + 1 == end && number != 2 && low[k].equals("dead")
                && k > 0 && DECLARED.contains(low[k - 1]) && scene(low)) {
            // "He was pronounced dead at the scene": someone told of before, weak; not "He was killed
            // instantly", which as often retells a death another sentence counts
            head = start;
            q = new Quantity(start, start + 1, 1, 1, "exact", false);
            definite = true;
        } else if (startsAt[start] != null && !startsAt[start].article()) {
            q = startsAt[start];
            if (used[start] || isBreakdown(low, q) || q.to() >= end) {
                return null;
            }
            head = personAt(low, q.to());
        } else if (DEFINITE.contains(d)) {
            head = personOrAge(low, start + 1, end);
            if (head >= 0 && !singular(low[head])) {
                return null; // "the victims were wounded": how many is not said
            }
            q = new Quantity(start, start + 1, 1, 1, "exact", false);
            definite = true;
        } else {
            return null;
        }
        if (head < 0 || head >= end) {
            return null;
        }
        boolean one = q.min() != null && q.min() == 1 && q.max() != null && q.max() == 1;
        if (number == 1 && !one || number == 2 && one) {
            return null;
        }
        while (head + 1 < end && (cls[head + 1] & WordClasses.CAPITAL) != 0 && end - head <= 4) {
            head++; // "a constable Barkat Ali": the role and the name are one subject
        }
        if (head + 3 < end && soleRole(low, head + 1)) {
            head += 3; // "the driver and sole occupant of the car": one person, the second role its head
        }
        if (head + 1 < end) {
            String m = low[head + 1];
            if (!MODIFIER_START.contains(m) && !m.equals("who") && !m.equals("aged")) {
                return null; // "the driver told ...": no subject of ours
            }
            for (int j = head + 1; j < end; j++) {
                if (startsAt[j] != null && !isBreakdown(low, startsAt[j]) && personAt(low, startsAt[j].to()) >= 0
                        && !gerundObject(low, j)) {
                    return null; // a second count of people inside the subject (not "suspected of shooting two")
                }
            }
        }
        if (app >= 0 && startsAt[app] != null && !startsAt[app].article()
                && personAt(low, startsAt[app].to()) >= 0) {
            return null; // ", two of them children,": a breakdown of someone else's count
        }
        weak |= definite;
        // a plural count in a passive needs no context; "a 17-year-old was injured" needs police copy's
        boolean plain = !weak && !INTRANSITIVE.contains(low[k]) && !one;
        boolean police = !weak && low[head].endsWith("-year-old") && mentions(low, "police");
        // a death police count, whatever its cause; not "The 87-year-old was found dead", an obituary's
        boolean declared = (low[k].equals("dead") || low[k].equals("deceased")) && k > 0
                && (low[k - 1].equals("pronounced")
                || low[k - 1].equals("found")) && !low[head].endsWith("-year-old");
        // "The driver was killed when ...", "the woman was assaulted with a machete": no natural death nor
        // a sports injury, weak when definite
        boolean killedPassive = one && number == 1 && (definite && low[k].equals("killed") && !low[p].equals("is")
                || ARMED.contains(low[k])); // not "after his father is killed he ...": a plot's present
        boolean custody = low[k].equals("custody"); // an arrest needs no violence told: "a man is in custody"
        if (!plain && !custody && (naturalDeath(low) || !fatal(low, k) && !police && !declared && !killedPassive
                && !violentContext(low, k, cls))) {
            return null; // "the striker was injured in training", "a woman died aged 91"
        }
        if (!weak) {
            used[q.from()] = true;
        }
        return new Found(kind, q, k, VICTIMS.get(low[head]), false, false, weak);
    }

    /**
     * Whether the "and" at {@code j} joins two roles of one person: "the driver and sole occupant of
     * the car", "the driver and only person inside the truck" (police releases): "sole"/"only" and a
     * person noun after it. Such a subject is one person, not a list of two.
     */
    private static boolean soleRole(String[] low, int j) {
        return low[j].equals("and") && j + 2 < low.length && (low[j + 1].equals("sole") || low[j + 1].equals("only"))
                && (isPerson(low[j + 2]) || low[j + 2].equals("person"));
    }

    /** Words of where and by whom a death is found: a pronoun's "was pronounced dead" is a report, not a memory. */
    private static final Set<String> SCENE = WordSet.of("scene", "spot", "hospital", "police", "officers", "paramedics",
            "custody", "medics", "rcmp", "deputies");

    private static boolean scene(String[] low) {
        for (String w : low) {
            if (SCENE.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean mentions(String[] low, String word) {
        for (String w : low) {
            if (w.equals(word)) {
                return true;
            }
        }
        return false;
    }

    /** A person noun (or "a 17-year-old" used as one) within three words from {@code from}, before {@code end}. */
    private static int personOrAge(String[] low, int from, int end) {
        for (int j = from; j < Math.min(end, from + 3); j++) {
            String w = low[j];
            if (w.endsWith("-year-old") && w.length() > 9 && Character.isDigit(w.charAt(0))) {
                if (j + 1 == end || j + 1 < end && (MODIFIER_START.contains(low[j + 1]) || low[j + 1].equals("who"))) {
                    return j; // "a 17-year-old was injured"
                }
                continue;
            }
            if ((w.equals("'s") || w.equals("’s")) && j > from) {
                continue; // "the vehicle's driver": the possessor is a modifier
            }
            if (isPerson(w) || isPerson(w + "s")) {
                while (j + 1 < end && (isPerson(low[j + 1]) || isPerson(low[j + 1] + "s"))) {
                    j++; // "the police chief": the head is the last noun
                }
                return j;
            }
            if (!Character.isLetter(w.charAt(0)) || blocks(w) || w.equals("and")) {
                return -1;
            }
        }
        return -1;
    }

    /** A singular person noun: "driver", "woman", "17-year-old"; not "drivers", "women", "police", "people". */
    private static boolean singular(String w) {
        return w.endsWith("-year-old") || !w.endsWith("s") && !w.endsWith("men") && !w.equals("people")
                && !w.equals("children") && !w.equals("police");
    }

    /** Whether a word of violence, an accident or an event other than the cue is in the sentence. */
    private static boolean violentContext(String[] low, int k, int[] cls) {
        for (int j = 0; j < low.length; j++) {
            if (j != k && ((cls[j] & (WordClasses.TRIGGER | WordClasses.CASUALTY)) != 0 && !LIVES.contains(low[j])
                    && !HURT_NOUNS.contains(low[j]) || EventTriggers.ACCIDENTS.contains(low[j])
                    || VIOLENT.contains(low[j]))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the verb at {@code k} has a determiner or pronoun object right after it ("Two gunmen
     * killed the guard", "Three men abducted his son"): then the figure before it counts the actors.
     */
    private static boolean activeWithObject(String[] low, int k) {
        if (k + 1 >= low.length || !low[k].endsWith("ed")) {
            return false;
        }
        return switch (low[k + 1]) {
            case "the", "his", "her", "their", "him", "them", "its", "this", "that", "these", "those" -> true;
            default -> false;
        };
    }

    /** Whether an auxiliary stands before the participle at {@code k}, over adverbs: "were later gunned down". */
    private static boolean passive(String[] low, int k) {
        int j = k - 1;
        while (j >= 0 && INNER.contains(low[j])) {
            j--;
        }
        return j >= 0 && isAux(low[j]);
    }

    /** The first word of the object after a casualty verb: past the "down" of "gunned down". */
    private static int objectStart(String[] low, int k) {
        return low[k].equals("gunned") && k + 1 < low.length && low[k + 1].equals("down") ? k + 2 : k + 1;
    }

    /** "lost their lives", "lost his life": the possessive and the past "lost" before the noun. */
    private static boolean lostLives(String[] low, int k) {
        if (k < 2 || !low[k - 2].equals("lost")) {
            return false;
        }
        String p = low[k - 1];
        return low[k].equals("lives") ? p.equals("their") : p.equals("his") || p.equals("her");
    }

    /**
     * A death or injury of people stated without a number: "soldiers were killed", "killing
     * civilians", "protesters were shot dead". The toll has no min and no max and the qualifier
     * {@link #UNKNOWN}; consumers that add tolls up skip it. Only with a plural noun for people right
     * before the passive ("civilians were wounded") or right after the active verb, over at most one
     * modifier ("killed government soldiers"), and only as a report of what happened: "could have
     * been killed", "denied that troops had killed protesters" and "no civilians were hurt" give none.
     */
    private static Found unknown(String[] low, int k, Cue cue) {
        String w = low[k];
        if (!(cue.kind().equals("killed") || cue.kind().equals("injured")) || !HAPPENED.contains(w)) {
            return null;
        }
        int n = low.length;
        int noun = -1;
        int verb = w.equals("dead") && k > 0 && MANNER.contains(low[k - 1]) ? k - 1 : k; // "shot dead"
        int aux = verb - 1;
        if (aux > 0 && low[aux].equals("been") && (low[aux - 1].equals("have") || low[aux - 1].equals("had"))) {
            aux--;
        }
        if (aux > 0 && (low[aux].equals("were") || low[aux].equals("have") && low[verb - 1].equals("been"))
                && pluralPeople(low[aux - 1])) {
            noun = aux - 1; // "soldiers were killed", "civilians have been wounded"
        } else if (verb == k && !w.equals("dead") && !INTRANSITIVE.contains(w) && !w.equals("hurt")
                && objectStart(low, k) < n && (k == 0 || !isAux(low[k - 1]))) {
            int o = objectStart(low, k);
            if (pluralPeople(low[o])) {
                noun = o; // "killing civilians", "gunned down protesters"
            } else if (o + 1 < n && modifier(low[o]) && pluralPeople(low[o + 1])) {
                noun = o + 1; // "killed government soldiers"
            }
        }
        if (noun < 0 || noun > 0 && (low[noun - 1].equals("no") || Quantity.mayStart(low[noun - 1]))
                || !Factuality.of(low, k, "ASSAULT").equals(Factuality.ASSERTED)) {
            return null;
        }
        Quantity q = new Quantity(noun, noun + 1, null, null, UNKNOWN, false);
        return new Found(fatal(low, k) ? "killed" : cue.kind(), q, k, VICTIMS.get(low[noun]), false, false, true);
    }

    /**
     * The last word of the subject of a singular passive or of "died" ("a trader <b>was</b> killed",
     * "Ana Ruiz, 42, <b>has been</b> killed", "the driver later died"), or -1.
     */
    private static int subjectEnd(String[] low, int k) {
        String w = low[k];
        int verb = w.equals("dead") && k > 0 && MANNER.contains(low[k - 1]) ? k - 1 : k;
        if (verb >= 2 && (low[verb - 1].equals("was") || low[verb - 1].equals("is"))) {
            return verb - 2;
        }
        if (verb >= 3 && low[verb - 1].equals("been") && (low[verb - 2].equals("has") || low[verb - 2].equals("had"))) {
            return verb - 3;
        }
        if (verb == k && INTRANSITIVE.contains(w) && k >= 1) {
            int s = k - 1;
            return s > 0 && (low[s].equals("later") || low[s].equals("subsequently") || low[s].equals("also")) ? s - 1 : s;
        }
        return -1;
    }

    /**
     * "A trader was killed", "an elderly pensioner died": an "a"/"an" figure whose noun is not in the
     * lists but is the head of the subject of a singular passive casualty verb (or of "died"), over at
     * most three modifiers, and has a person's ending (-er, -or, -ist, -ian, -ant). In that position
     * such a noun is a person: things are not "killed" in wire copy. Deaths only: "a player was
     * injured" is sport.
     */
    private static boolean singularSubject(String[] low, int from, int k) {
        int s = subjectEnd(low, k);
        if (s < from || s - from > 3) {
            return false;
        }
        for (int j = from; j < s; j++) {
            if (!Character.isLetter(low[j].charAt(0)) && !low[j].endsWith("-year-old") || blocks(low[j])) {
                return false;
            }
        }
        String w = low[s];
        return w.length() > 4 && (w.endsWith("er") || w.endsWith("or") || w.endsWith("ist") || w.endsWith("ian")
                || w.endsWith("ant"));
    }

    /** Capitalised words that open a sentence and name nobody: "Nobody was hurt", "He was killed". */
    private static final Set<String> NOT_NAMES = WordSet.of("nobody", "none", "noone", "no-one", "everyone", "everybody",
            "someone", "somebody", "anyone", "anybody", "he", "she", "it", "this", "that", "who", "one", "each",
            "another", "all", "many", "most", "several", "both", "either", "neither", "police", "nothing", "i",
            "we", "they", "you", "there", "what", "which");

    /** Words before a capitalised run that make it no victim: a place ("in Kano"), a second name ("and"). */
    private static final Set<String> NOT_SUBJECT = WordSet.of("in", "of", "from", "at", "near", "to", "by", "on", "for",
            "with", "into", "across", "and", "&", "'s", "’s", "or", "nor");

    /**
     * One named victim: "Sheriff Ana Ruiz, 42, was killed", "Constable Musa Bello was shot dead",
     * "Kwame Mensah died in hospital". A capitalised name (at most four words, over an age in commas)
     * as the whole subject of a singular passive casualty verb or of "died", as a report of what
     * happened; deaths only (a team or a company "was hurt by" a defeat or sales). Weak: it gives way to any figure of its kind in the article, which is usually the
     * toll that counts this person too.
     */
    private static Found named(String[] low, int k, Cue cue, int[] cls) {
        if (cls == null || !cue.kind().equals("killed") || !HAPPENED.contains(low[k])) {
            return null; // not "injured": "Apple was hurt by weak sales", a player "injured in training"
        }
        int s = subjectEnd(low, k);
        if (s >= 3 && low[s].equals(",") && low[s - 2].equals(",") && isDigits(low[s - 1])) {
            s -= 3; // "Ana Ruiz, 42, was killed"
        } else if (s >= 3 && low[s].equals(",")) {
            s = apposed(low, s); // "Maj. Dario Velasco, police chief of San Lino, was shot dead"
            if (s >= 0 && low[s + 2].equals("who") && low[k - 1].equals("found")) {
                return null; // "Davis, who was married to ..., was found dead": of any cause, most often an obituary's
            }
        }
        if (s < 0 || (cls[s] & WordClasses.CAPITAL) == 0 || NOT_NAMES.contains(low[s])) {
            return null;
        }
        int r = s;
        while (r > 0 && r > s - 3 && (cls[r - 1] & WordClasses.CAPITAL) != 0) {
            r--;
        }
        if (r > 0 && NOT_SUBJECT.contains(low[r - 1]) || r > 0 && (cls[r - 1] & WordClasses.CAPITAL) != 0) {
            return null; // "residents of Kano died"; "Ana and Musa Bello died": two; a run of five capitals
        }
        if (!Factuality.of(low, k, "ASSAULT").equals(Factuality.ASSERTED)
                || (low[k].equals("died") || low[k].equals("perished")) && !violentDeath(low, k, cls)
                || low[k - 1].equals("found") && naturalDeath(low)) {
            return null;
        }
        String victims = r > 0 ? VICTIMS.get(low[r - 1]) : null; // "police officer Ana Ruiz"
        for (int j = r; j <= s && victims == null; j++) {
            victims = VICTIMS.get(low[j]); // "Constable Musa Bello"
        }
        Quantity q = new Quantity(r, s + 1, 1, 1, "exact", false);
        return new Found(fatal(low, k) ? "killed" : cue.kind(), q, k, victims, false, false, true);
    }

    /**
     * The last word before an apposition closed by the comma at {@code close} (", police chief of San
     * Lino,", ", a 31-year-old nurse,"), or -1: the apposition is at most ten words, holds no casualty
     * word, no source, no "and" (", a woman and her son," is two people) and no count of people.
     */
    private static int apposed(String[] low, int close) {
        for (int c = close - 1; c >= Math.max(1, close - 11); c--) {
            String w = low[c];
            if (w.equals(",")) {
                return c < close - 1 ? c - 1 : -1;
            }
            if (w.equals("and") || w.equals("or") || opensClause(w) || CUES.containsKey(w) || SAYS.contains(w)
                    || isDigits(w) && c == close - 1 || Quantity.value(w) > 1) {
                return -1;
            }
        }
        return -1;
    }

    /** Words of a death by violence or accident, besides triggers, casualty words and accidents. */
    private static final Set<String> VIOLENT = WordSet.of("hospital", "injuries", "wounds", "wound", "scene", "spot",
            "custody", "fire", "blaze", "collision", "shooting", "gunshot", "stabbing", "explosion", "blast",
            "shootout", "shoot-out", "gunfire", "crash", "accident");
    /** Words of a natural death: an obituary's "died aged 73", "after a long battle with cancer". */
    private static final Set<String> NATURAL = WordSet.of("cancer", "illness", "ill", "disease", "heart", "stroke",
            "natural", "peacefully", "aged", "age", "battle", "sleep", "leukaemia", "leukemia", "dementia");

    /**
     * Whether "X died" in this sentence is a death the casualty figures count: a word of violence,
     * an accident or an event in the sentence, and no word of a natural death. A named person's
     * "died" is most often an obituary's ("Melcher died at his home after a long battle with cancer").
     */
    private static boolean naturalDeath(String[] low) {
        for (String w : low) {
            if (NATURAL.contains(w)) {
                return true; // "X has been found dead at the age of 87"
            }
        }
        return false;
    }

    private static boolean violentDeath(String[] low, int k, int[] cls) {
        if (naturalDeath(low)) {
            return false;
        }
        for (int j = 0; j < low.length; j++) {
            if (j != k && ((cls[j] & (WordClasses.TRIGGER | WordClasses.CASUALTY)) != 0 && !LIVES.contains(low[j])
                    || EventTriggers.ACCIDENTS.contains(low[j]) || VIOLENT.contains(low[j]))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> FINDING = WordSet.of("found", "recovered", "discovered", "fished");

    /** Words that free the trapped: after one, they are found and reached, not missing. */
    private static final Set<String> FREEING = WordSet.of("free", "freed", "rescued", "extricated", "released", "pulled");

    /**
     * Whether the sentence frees whom it says were trapped ("were trapped in the car until paramedics
     * could free them", "was trapped and had to be cut free"): after the cue, over the rest of the sentence.
     */
    private static boolean freed(String[] low, int k) {
        for (int j = k + 1; j < low.length; j++) {
            if (FREEING.contains(low[j])) {
                return true;
            }
        }
        return false;
    }

    /** The qualifier of a toll whose number the text does not state. */
    static final String UNKNOWN = "unknown";

    private static boolean isAux(String w) {
        return switch (w) {
            case "was", "were", "been", "be", "is", "are", "being" -> true;
            default -> false;
        };
    }

    /** A word that can stand between the verb and its object: a letter word that is no function word. */
    private static boolean modifier(String w) {
        return Character.isLetter(w.charAt(0)) && !blocks(w) && !w.equals("and") && !w.equals("the")
                && !w.equals("a") && !w.equals("an") && !w.equals("his") && !w.equals("her") && !w.equals("their")
                && !CUES.containsKey(w);
    }

    /** A plural noun for people: "civilians", "people", "policemen", "children", "Palestinians". */
    private static boolean pluralPeople(String w) {
        if (w.equals("people") || w.equals("children") || w.endsWith("men")) {
            return true;
        }
        return w.length() > 3 && w.endsWith("s") && (isPerson(w) || w.endsWith("ers") && w.length() > 5
                || w.endsWith("ists") || w.endsWith("ians"));
    }

    /**
     * "his body was found", "the body of a woman was recovered": one death. Only with a determiner
     * before "body" ("governing body" is none) and a verb of finding within the next few words.
     */
    private static Found bodyFound(String[] low, int k) {
        if (k == 0) {
            return null;
        }
        switch (low[k - 1]) {
            case "his", "her", "the", "a" -> {
            }
            default -> {
                return null;
            }
        }
        int n = low.length;
        // "police found the body of a woman": the finding verb before, over the determiner
        int from = k > 1 && FINDING.contains(low[k - 2]) ? k - 2 : k + 1;
        for (int j = from; j < Math.min(n, k + 8); j++) {
            switch (low[j]) {
                case "found", "recovered", "discovered", "fished" -> {
                    if (!Factuality.of(low, j, "ASSAULT").equals(Factuality.ASSERTED)) {
                        return null;
                    }
                    String victims = null;
                    int end = j < k ? Math.min(n, k + 6) : j;
                    if (k + 3 < end && low[k + 1].equals("of")) {
                        for (int v = k + 2; v < end && victims == null; v++) {
                            victims = VICTIMS.get(low[v]);
                        }
                    }
                    return new Found("killed", new Quantity(k, k + 1, 1, 1, "exact", false), k, victims, false, false,
                            true);
                }
                case ".", ";", "and", "but" -> {
                    return null;
                }
                default -> {
                }
            }
        }
        return null;
    }

    /** "the number of people killed rose to 27": the kind is the cue's in the subject. */
    private static Found numberOf(String[] low, int k, Quantity[] startsAt, boolean[] used) {
        for (int j = k + 2; j < Math.min(low.length, k + 6); j++) {
            Cue c = CUES.get(low[j]);
            if (c != null) {
                Found f = toll(low, j, startsAt, used);
                return f == null ? null : new Found(c.kind(), f.q(), f.cueToken(), null, f.supersedes(), f.cumulative(), false);
            }
        }
        return null;
    }

    /** "the death toll rose to 45", "put the toll at 9", "bringing the toll to more than 300". */
    private static Found toll(String[] low, int k, Quantity[] startsAt, boolean[] used) {
        int n = low.length;
        String kind = k > 0 && (low[k - 1].equals("injury") || low[k - 1].equals("casualty")) ? "injured"
                : "killed";
        boolean supersedes = false;
        boolean cumulative = false;
        for (int b = Math.max(0, k - 6); b < k; b++) {
            if (low[b].equals("bringing") || low[b].equals("taking") || low[b].equals("overall")
                    || low[b].equals("total")) {
                cumulative = true;
            }
            if (low[b].equals("revised") || low[b].equals("raised") || low[b].equals("updated")) {
                supersedes = true; // "revised the toll to 10"
            }
        }
        for (int j = k + 1; j < Math.min(n, k + 12); j++) {
            String w = low[j];
            switch (w) {
                case "rose", "risen", "climbed", "jumped", "increased", "revised", "reached", "mounted", "rises",
                        "climbs", "hit", "soared", "surged", "raised" -> supersedes = true;
                default -> {
                }
            }
            if (w.equals(".") || w.equals(";") || w.equals("said") || w.equals("while")) {
                return null;
            }
            boolean linker = w.equals("to") || w.equals("at") || w.equals("reached") || w.equals("hit")
                    || w.equals("is") || w.equals("was") || w.equals("stood") || w.equals("of");
            if (linker && j + 1 < n && startsAt[j + 1] != null && !used[j + 1] && !startsAt[j + 1].article()) {
                Quantity q = startsAt[j + 1];
                used[j + 1] = true;
                return new Found(kind, q, k, null, supersedes && !cumulative, cumulative, false);
            }
        }
        return null;
    }

    /** Looks back from the cue for its figure across the subject noun phrase and auxiliaries. */
    private static Quantity before(String[] low, int k, Quantity[] endsAt, boolean[] used, boolean[] breakdown) {
        int budget = 10;
        boolean clause = false; // passed "and the ...": a second subject, if a verb stands before it
        for (int j = k - 1; j >= 0 && budget > 0; j--) {
            // an age ("aged 41, 45 and 52") is no figure and no word of the subject's length
            if (!(low[j].equals("aged") || endsAt[j] == null && isDigits(low[j]))) {
                budget--;
            }
            Quantity q = endsAt[j];
            if (q != null) {
                if (used[q.from()]) {
                    return null;
                }
                if (breakdown[q.from()]) {
                    if (INTRANSITIVE.contains(low[k]) && partSubject(low, q, k)
                            && (low[k].equals("succumbed") || low[k - 1].equals("later")
                            || low[k - 1].equals("subsequently"))) {
                        // "one of them succumbed to his injuries", "two of the injured later died": some of a
                        // group told before died since; not "four of the officers died at the scene" (the toll's)
                        return q;
                    }
                    j = q.from();
                    continue;
                }
                if (gerundObject(low, q.from()) || plural(low, q) && singularAux(low, k)) {
                    // "a man suspected of stabbing two others was killed": the two are the stabbing's,
                    // and "was" has a subject of one
                    return null;
                }
                return q;
            }
            String w = low[j];
            if (w.equals("on") && j + 1 < k && WEEKDAYS.contains(low[j + 1])) {
                continue; // "X and two others were on Friday killed": the day inside the verb
            }
            if (CUES.containsKey(w) || blocks(w)) {
                return null;
            }
            if ((w.equals("and") || w.equals("but")) && j + 1 < k && DEFINITE.contains(low[j + 1])) {
                clause = true; // "A herder and his son were killed" is a list, unless a verb comes first
            } else if (clause && isAux(w)) {
                return null; // "two troopers were hit, and the gunman died": the gunman's clause
            }
        }
        return null;
    }

    /**
     * Whether the breakdown figure {@code q} ("one of them", "two of the victims") is itself the subject
     * of the intransitive death verb at {@code k}: "of", at most three words with no comma, and the
     * adverbs of {@link #INNER} ("later") up to the verb. Not "including" or "among" a toll.
     */
    private static boolean partSubject(String[] low, Quantity q, int k) {
        if (q.to() >= k || !low[q.to()].equals("of") || !ofBreakdownOnly(low, q)) {
            return false;
        }
        int j = q.to() + 1;
        int words = 0;
        while (j < k && words < 3 && Character.isLetter(low[j].charAt(0)) && !blocks(low[j]) && !INNER.contains(low[j])) {
            j++;
            words++;
        }
        while (j < k && INNER.contains(low[j])) {
            j++;
        }
        return words > 0 && j == k;
    }

    /** Verbs whose "-ing" form takes a count of people as its object: "shooting two others", "stabbing three". */
    private static final Set<String> GERUNDS = WordSet.of("shooting", "stabbing", "attacking", "hitting", "robbing",
            "beating", "assaulting", "raping", "injuring", "wounding", "killing", "murdering", "kidnapping",
            "abducting", "hacking", "targeting", "threatening", "chasing", "running");

    /** Whether the number at {@code from} is the object of a verb's "-ing" form right before it. */
    private static boolean gerundObject(String[] low, int from) {
        return from > 0 && GERUNDS.contains(low[from - 1]);
    }

    /** A count of more than one, or one of no stated least ("up to 5", "dozens"), but not "more than one". */
    private static boolean plural(String[] low, Quantity q) {
        if (q.qualifier().equals("more than") && q.min() != null && q.min() == 2) {
            return false; // "more than one person was killed"
        }
        for (int b = q.from() - 1; b >= Math.max(0, q.from() - 8) && !low[b].equals(","); b--) {
            if (low[b].equals("alongwith") || low[b].equals("along") || low[b].equals("together")) {
                return false; // "X, along with his aides and 300 workers, was arrested": the subject's company
            }
        }
        if (q.from() >= 2 && low[q.from() - 1].equals("of") && (low[q.from() - 2].equals("total")
                || low[q.from() - 2].equals("number"))) {
            return false; // "a total of 12 people was killed": the subject is the total
        }
        return q.min() == null ? q.max() == null || q.max() > 1 : q.min() > 1;
    }

    /**
     * Whether the verb that ends at the cue {@code k} is singular: "was killed", "is dead", "has
     * been wounded", "has died", over the adverbs of {@link #INNER}.
     */
    private static boolean singularAux(String[] low, int k) {
        if (low[k].equals("was") || low[k].equals("is")) {
            return true;
        }
        int a = k - 1;
        while (a >= 0 && INNER.contains(low[a])) {
            a--;
        }
        if (a < 0) {
            return false;
        }
        String w = low[a];
        return w.equals("was") || w.equals("is") || w.equals("has")
                || w.equals("been") && a > 0 && low[a - 1].equals("has");
    }

    private static boolean blocks(String w) {
        return switch (w) {
            case "said", "says", "told", "reported", "in", "on", "at", "from", "by", "after", "since", "during",
                    "when", "as", "which", "who", "that", "with", "for", "to", "but", "while", "where", "no", "none",
                    "not", "nobody", "than", "if", ";", ":", ".", "\"", "(", ")", "before", "into", "near",
                    "against", "over", "under", "about", "killed", "being" -> true;
            default -> false;
        };
    }

    /** Not a count of people: a year, a time, an amount, "no one", "one of the". */
    private static boolean plausible(String[] low, Quantity q, int[] cls) {
        int n = low.length;
        String next = q.to() < n ? low[q.to()] : "";
        if (q.article() && COLLECTIVE.contains(next) && q.to() + 1 < n && low[q.to() + 1].equals("of")) {
            return false; // "a group of youths were arrested": a group of no stated size, not one person
        }
        if (q.article() && groupSize(next)) {
            return false; // "four members of a five-member family died": the family is no count of one
        }
        if (Quantity.isUnit(next) || next.endsWith("-year-old") && personAt(low, q.to()) < 0 || next.endsWith("-year")) {
            return false; // "a 10-year-old war"; but "a 52-year-old man was killed" is one person
        }
        if (q.to() == q.from() + 1 && isDigits(low[q.from()]) && isMonth(next) && Quantity.value(low[q.from()]) <= 31
                && !(next.equals("may") && modalMay(low, q.to()))) {
            return false; // "was shot dead 3 June": a day of the month
        }
        if (clockTime(low, q.to())) {
            return false; // "was killed about 3:15 a.m.": the hour of a time, not a count
        }
        if (animals(low, q.to())) {
            return false; // "hundreds of cattle were killed": not victims
        }
        if (q.from() > 0) {
            String prev = low[q.from() - 1];
            if (prev.equals("no") || prev.equals("the") && q.min() != null && q.min() == 1 && q.article()) {
                return false;
            }
            if (prev.equals("of") && q.from() > 1 && KIN.contains(low[q.from() - 2])) {
                return false; // "a father of two was killed": one victim
            }
            if (prev.equals("aged") || prev.equals(",") && next.equals(",") && q.to() == q.from() + 1
                    && isDigits(low[q.from()])) {
                return false; // an age: "Nicholas Reyes, 23, died", "a man aged 40"
            }
            if (inAgeList(low, q.from()) || apposedAges(low, q.from()) || lastNamedAge(low, q.from(), cls)) {
                return false; // "two women, aged 24 and 25, died", "aged between 20 and 30", "Ann Obi, 20 were held"
            }
            if (isMonth(prev) || prev.equals("no.") || prev.equals("number") || prev.equals("$")
                    || prev.equals("rs") || prev.equals("rs.") || prev.equals("page") || prev.equals("article")
                    || prev.equals("section") || prev.equals("flight") || prev.equals("route")) {
                return false;
            }
        }
        if (low[q.from()].equals("both") && !(isAux(next) || next.equals("have") || next.equals("had") || CUES.containsKey(next)
                || followedByPerson(low, q.to(), Math.min(n, q.to() + 3)))) {
            return false; // "both sides", "both countries": two, but not people; "both were killed" counts
        }
        if (q.min() != null && q.max() != null && q.min() >= 1900 && q.min() <= 2100 && q.qualifier().equals("exact")
                && !isPerson(next)) {
            return false; // a year
        }
        return true;
    }

    /** The sizes of a group written as one adjective: "five-member", "12-strong", "two-man", "three-person". */
    private static final Set<String> GROUP_SIZES = Set.of("member", "strong", "man", "men", "person", "woman",
            "people");

    /**
     * Whether {@code w} is a compound adjective of a group's size ("five-member", "12-strong",
     * "two-man"): a number, a hyphen and a word of {@link #GROUP_SIZES}. The article before it counts
     * the group, never one person, and the number inside counts no victims.
     */
    private static boolean groupSize(String w) {
        int h = w.lastIndexOf('-');
        if (h <= 0 || h == w.length() - 1 || !GROUP_SIZES.contains(w.substring(h + 1))) {
            return false;
        }
        String n = w.substring(0, h);
        return isDigits(n) || Quantity.value(n) > 0;
    }

    /** Whether the "may" at {@code m} is the verb ("12 may have died"), not the month ("12 May"). */
    private static boolean modalMay(String[] low, int m) {
        if (m + 1 >= low.length) {
            return false;
        }
        return switch (low[m + 1]) {
            case "have", "be", "not", "also", "still", "yet", "never", "well", "already", "die", "face", "need" -> true;
            default -> false;
        };
    }

    /**
     * Whether the number ending before {@code to} is the hour of a clock time: ":" and two digits
     * after it ("3:15", "14:30"), as the tokenizer splits them.
     */
    private static boolean clockTime(String[] low, int to) {
        if (to + 1 >= low.length || !low[to].equals(":")) {
            return false;
        }
        String m = low[to + 1];
        return m.length() == 2 && isDigits(m);
    }

    /**
     * Whether the noun a number counts is an animal ("hundreds of cattle", "40 dairy cows", "500 head
     * of cattle"): the first noun-like word within three words after the number, over "of" and "head",
     * is in {@link #ANIMALS}. A person noun first ends the look.
     */
    private static boolean animals(String[] low, int from) {
        for (int j = from; j < Math.min(low.length, from + 4); j++) {
            String w = low[j];
            if (ANIMALS.contains(w)) {
                return true;
            }
            if (isPerson(w) || !Character.isLetter(w.charAt(0)) || blocks(w) && !w.equals("of") || CUES.containsKey(w)
                    || w.equals("and") || w.equals("or")) {
                return false;
            }
        }
        return false;
    }

    private static boolean isDigits(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (w.charAt(i) < '0' || w.charAt(i) > '9') {
                return false;
            }
        }
        return !w.isEmpty();
    }

    private static boolean ofBreakdownOnly(String[] low, Quantity q) {
        for (int b = Math.max(0, q.from() - 3); b < q.from(); b++) {
            if (low[b].equals("including") || low[b].equals("among")) {
                return false;
            }
        }
        return true;
    }

    /** "including 5 soldiers", "among them three officers", "four of the officers", "one of whom". */
    private static boolean isBreakdown(String[] low, Quantity q) {
        int n = low.length;
        if (q.to() + 1 < n && low[q.to()].equals("of")) {
            switch (low[q.to() + 1]) {
                case "the", "them", "whom", "those", "these", "its", "their", "his", "her" -> {
                    return true;
                }
                default -> {
                }
            }
        }
        for (int b = Math.max(0, q.from() - 3); b < q.from(); b++) {
            String w = low[b];
            if (w.equals("including") || w.equals("among") || w.equals("includes") || w.equals("included")
                    || w.equals("mostly") || w.equals("mainly")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A figure after its cue that opens a coordinated list of exact counts of people ("a militia man
     * and an armed soldier", "a policeman, a teacher and two children"): the sum of the list, each
     * member counted once; the figure itself when no other count of people is joined to it. Read on
     * the number phrases the sentence's one scan found ({@code startsAt}), so no new pass.
     */
    private static Quantity list(String[] low, Quantity q, Quantity[] startsAt, boolean[] used) {
        if (q.min() == null || !q.min().equals(q.max()) || !q.qualifier().equals("exact")) {
            return q;
        }
        int head = personAt(low, q.to());
        int sum = q.min();
        int end = q.to();
        while (head >= 0) {
            int j = head + 1;
            if (j < low.length && low[j].equals(",")) {
                j++;
            }
            if (j < low.length && low[j].equals("and")) {
                j++;
            } else if (j == head + 1) {
                break; // neither "and" nor a comma: the list, if any, has ended
            }
            if (j + 1 < low.length && (low[j].equals("his") || low[j].equals("her") || low[j].equals("their"))) {
                if (startsAt[j + 1] == null) {
                    int one = personAt(low, j + 1);
                    if (one < 0 || low[one].endsWith("s") || one + 1 < low.length && SAYS.contains(low[one + 1])) {
                        break; // "killed a commander and his men": how many is not said
                    }
                    sum += 1; // "killed a commander and his driver": two
                    head = one;
                    end = one + 1;
                    continue;
                }
                j++; // "a farmer and his two sons"
            }
            Quantity r = j < low.length ? startsAt[j] : null;
            if (r == null || used[j] || r.min() == null || !r.min().equals(r.max()) || !r.qualifier().equals("exact")
                    || isBreakdown(low, r)) {
                break; // ("6 people, 4 of them children": a part of the six, not more of them)
            }
            int next = personAt(low, r.to());
            if (next < 0) {
                break; // "a soldier and a dog", "a guard and two hours later"
            }
            if (next + 1 < low.length && SAYS.contains(low[next + 1])
                    || next + 2 < low.length && SAYS.contains(low[next + 2])) {
                break; // "injuring 11 others, a police officer said": the source, not a twelfth victim
            }
            used[j] = true;
            sum += r.min();
            head = next;
            end = next + 1;
        }
        return end == q.to() ? q : new Quantity(q.from(), end, sum, sum, "exact", false);
    }

    /**
     * The whole list of counted people before a passive cue, from its last member {@code q}: "A
     * policeman and two civilians were wounded" (3), "Two soldiers and a village guard were killed" (3),
     * "Three police officers, a nurse and four passengers" (8). Each member is an exact figure with a
     * person noun after it, not used by another cue; the member before the last is joined by "and"
     * (", and"), the earlier ones by commas; a possessive may open a member ("a farmer and his two
     * sons"). Sets {@code mixed[0]} when a member's group differs from {@code victims}, the last member's.
     */
    private static Quantity listBefore(String[] low, Quantity q, Quantity[] startsAt, boolean[] used, String victims,
            boolean[] mixed, int[] cls) {
        if (!exact(q)) {
            return q;
        }
        int sum = q.min();
        int from = q.from();
        boolean first = true;
        while (true) {
            int j = from - 1;
            boolean his = j >= 0 && (low[j].equals("his") || low[j].equals("her"));
            if (j >= 0 && (his || low[j].equals("their"))) {
                j--; // "a farmer and his two sons"
            }
            if (his && first && j > 0 && low[j].equals("and")) {
                int r = namedMember(low, j - 1, cls);
                if (r >= 0) {
                    mixed[0] = true; // "Amina Yusuf and her four children": the named one and the four
                    return new Quantity(r, q.to(), sum + 1, sum + 1, "exact", false);
                }
            }
            if (first && !his && j > 0 && low[j].equals("and") && q.to() < low.length && low[q.to()].equals("others")) {
                int r = namedMember(low, low[j - 1].equals(",") ? j - 2 : j - 1, cls);
                if (r >= 0) {
                    mixed[0] = true; // "Yusuf Bako and two others were killed": the named one and the two
                    return new Quantity(r, q.to(), sum + 1, sum + 1, "exact", false);
                }
            }
            if (j >= 0 && low[j].equals("and") && first) {
                j--;
                if (j >= 0 && low[j].equals(",")) {
                    j--;
                }
            } else if (j >= 0 && low[j].equals(",") && !first) {
                j--;
            } else {
                break;
            }
            int head = j;
            if (head < 0) {
                break;
            }
            Quantity r = null;
            if (personAt(low, head) == head) {
                // the member's figure within three words before its noun, over person words or modifiers:
                // "a driver", "three police officers"
                for (int b = head - 1; b >= Math.max(0, head - 3); b--) {
                    if (startsAt[b] != null && startsAt[b].to() <= head) {
                        int p = personAt(low, startsAt[b].to());
                        r = p >= 0 && p <= head ? startsAt[b] : null;
                        break;
                    }
                }
            }
            if (r == null || used[r.from()] || !exact(r)) {
                break;
            }
            used[r.from()] = true;
            sum += r.min();
            from = r.from();
            if (from > 0 && (low[from - 1].equals("his") || low[from - 1].equals("her") || low[from - 1].equals("their"))) {
                break; // "his wife and two sons": the possessive opens the list
            }
            first = false;
            if (!java.util.Objects.equals(victims, VICTIMS.get(low[head]))) {
                mixed[0] = true;
            }
        }
        return from == q.from() ? q : new Quantity(from, q.to(), sum, sum, "exact", false);
    }

    /**
     * The first word of one named person (or "he"/"she") that ends at {@code end} and opens its
     * clause, as the first member of "X and her four children": a run of at most four capitalised
     * words after the sentence's start, a clause word ("that", a comma) or a role ("constable"); or -1.
     */
    private static int namedMember(String[] low, int end, int[] cls) {
        if (end < 0) {
            return -1;
        }
        if (low[end].equals("he") || low[end].equals("she")) {
            return end == 0 || opensClause(low[end - 1]) ? end : -1;
        }
        if (cls == null || (cls[end] & WordClasses.CAPITAL) == 0 || NOT_NAMES.contains(low[end])) {
            return -1;
        }
        int r = end;
        while (r > 0 && r > end - 3 && (cls[r - 1] & WordClasses.CAPITAL) != 0 && !NOT_NAMES.contains(low[r - 1])) {
            r--;
        }
        if (r == 0) {
            return r;
        }
        String b = low[r - 1];
        return opensClause(b) && !b.equals("and") && !b.equals("or") && !b.equals("&") || isPerson(b) ? r : -1;
    }

    private static boolean exact(Quantity q) {
        return q.min() != null && q.min().equals(q.max()) && q.qualifier().equals("exact");
    }

    /** Verbs after a noun phrase that make it the story's source ("..., a police officer said"). */
    private static final java.util.Set<String> SAYS = WordSet.of("said", "says", "told", "added", "confirmed",
            "stated", "reported");

    /** The person noun heading the words after a number (over at most two modifiers), or -1. */
    private static int personAt(String[] low, int from) {
        for (int j = from; j < from + 3 && j < low.length; j++) {
            String w = low[j];
            if (w.endsWith("-year-old") && w.length() > 9 && Character.isDigit(w.charAt(0))) {
                continue; // "a 52-year-old man": the age is one modifier, as "young" is
            }
            if (isPerson(w) || isPerson(w + "s") || w.endsWith("men") || w.endsWith("ers") && w.length() > 4
                    || w.endsWith("ists") || w.endsWith("ians")) {
                return j; // "passenger" counts as "passengers" does
            }
            if (!Character.isLetter(w.charAt(0)) || w.equals("and") || w.equals("or")) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean followedByPerson(String[] low, int from, int to) {
        for (int j = from; j < Math.min(to, from + 3) && j < low.length; j++) {
            String w = low[j];
            if (isPerson(w) || w.endsWith("men") || w.endsWith("ers") && w.length() > 4
                    || w.endsWith("ists") || w.endsWith("ians")) {
                return true;
            }
        }
        return false;
    }

    /** The victim group named between the figure and its cue, or just after the figure. */
    private static String victims(String[] low, Quantity q, int cue, List<Found> earlier) {
        int end = cue > q.to() ? Math.min(cue, q.to() + 5) : Math.min(low.length, q.to() + 4);
        for (int j = q.to(); j < end; j++) {
            String w = low[j];
            if ((w.equals("personnel") || w.equals("forces")) && j > 0 && low[j - 1].equals("security")) {
                return "police";
            }
            if (w.equals("officers") && j > 0 && (low[j - 1].equals("army") || low[j - 1].equals("military"))) {
                return "soldiers";
            }
            String v = VICTIMS.get(w);
            if (v != null) {
                return v;
            }
            if (w.equals("others") || w.equals("more")) {
                return earlier.isEmpty() ? null : earlier.get(earlier.size() - 1).victims();
            }
            if (w.equals("and") || w.equals(",") || blocks(w) || CUES.containsKey(w)) {
                return null;
            }
        }
        return null;
    }

    /** The noun of "led to the death of a motorcyclist", "stabbed to death": a figure's cue though not a casualty word. */
    static final String DEATH = "death";

    /** Words after which "over" means "about", not "more than": "a protest over 28 people killed". */
    private static final Set<String> OVER_ABOUT = WordList.load(CasualtyFinder.class, "over-about.txt");

    /** Verbs that state a death with "dead" after their object or in the passive: "declared five dead". */
    private static final Set<String> DECLARED = WordSet.of("declared", "pronounced", "certified", "confirmed", "found");

    /** Verbs of an outcome with "dead" after its object: "the attack left 11 people dead". */
    private static final Set<String> LEAVING = WordSet.of("left", "leaving", "leaves", "leave");

    /** Nouns of "a father of two": the figure after their "of" counts children, not victims. */
    private static final Set<String> KIN = WordSet.of("father", "mother", "parent", "grandfather", "grandmother",
            "grandparent", "dad", "mom", "mum");

    /** Verbs of "stabbed to death", "beat two men to death", "were shot to death". */
    private static final Set<String> TO_DEATH = WordSet.of("shot", "stabbed", "beaten", "beat", "hacked", "bludgeoned",
            "axed", "knifed", "hammered", "strangled", "kicked", "mauled",
            "burnt", "burned", "stoned", "crushed", "trampled", "clubbed", "tortured", "starved", "lynched",
            "shooting", "stabbing", "beating", "hacking", "stoning", "clubbing", "trampling", "crushing");

    /**
     * Words that open a modifier of the victims' noun between it and the passive verb: "Twenty
     * villagers in X state were killed", "four soldiers belonging to the 40th division were killed".
     */
    private static final Set<String> MODIFIER_START = WordSet.of("in", "of", "from", "with", "near", "at", "on",
            "belonging", "employed", "serving", "attached", "working", "based", "stationed", "travelling",
            "traveling", "aboard", "inside", "riding", "suspected", "accused", "wanted");

    /** Words a modified subject ("Twenty villagers in X state") never spans: a clause or another figure's verb. */
    private static boolean endsSubject(String w) {
        return switch (w) {
            case ".", ";", ":", "said", "says", "told", "and", "but", "who", "which", "that", "when", "while",
                    "after", "before", "\"", "(", ")", "were", "was", "are", "is", "had", "has", "have", "by",
                    "where", "as", "if", "since" -> true;
            default -> CUES.containsKey(w);
        };
    }

    /** "over" read as "about" after a noun of anger or protest ("anger over 12 deaths"), not as "more than". */
    private static boolean overMeansAbout(String[] low, int i) {
        return low[i].equals("over") && i > 0 && OVER_ABOUT.contains(low[i - 1]);
    }

    /** "fatally wounded", "mortally injured": a death, though the cue is a word of injury. */
    private static boolean fatal(String[] low, int k) {
        if (k == 0 || !(low[k - 1].equals("fatally") || low[k - 1].equals("mortally"))) {
            return false;
        }
        Cue c = CUES.get(low[k]);
        return c != null && c.kind().equals("injured");
    }

    /**
     * A figure that is one age of a list or range after an age word: the 25 of "aged 24 and 25",
     * "aged 19, 20 and 31", "aged between 20 and 30", "aged 12 to 15", "between the ages of 18 and 25",
     * "at the age of 19". Any member of it, not only the last: neither end of a range counts anyone.
     */
    private static boolean inAgeList(String[] low, int from) {
        if (!isDigits(low[from])) {
            return false;
        }
        for (int j = from - 1; j >= 0 && from - j <= 10; j--) {
            String w = low[j];
            if (w.equals("aged") || w.equals("ages") || w.equals("age")
                    || w.equals("of") && j > 0 && (low[j - 1].equals("ages") || low[j - 1].equals("age"))) {
                return true;
            }
            if (w.equals(",") && personAt(low, from + 1) == from + 1) {
                return false; // "under age 18, 30 people were held": a count of people after the comma
            }
            if (!AGE_JOINS.contains(w) && !isDigits(w)) {
                return false;
            }
        }
        return false;
    }

    /**
     * Named people, each with an age between commas, right before a passive or intransitive cue: one
     * per name ("Ann Obi, 30, and Ali Musa, 25, died": two; "Four suspects, A B, 22, C D, 19, and E F,
     * 20 were arrested": four). Read from the cue back over its auxiliaries; a member is one to four
     * capitalised words, a comma and a number of at most three digits; members are joined by commas
     * or "and". Null for fewer than two members (one named victim is read by {@link #named}).
     */
    private static Quantity agedNames(String[] low, int k, int[] cls) {
        if (cls == null || k < 4 || !(isDigits(low[k - 1]) || low[k - 1].equals(",") || isAux(low[k - 1])
                || INNER.contains(low[k - 1]))) {
            return null; // the cheap test: a list of ages ends right before the verb or its auxiliary
        }
        int j = k - 1;
        while (j >= 0 && (INNER.contains(low[j]) || isAux(low[j]) || low[j].equals("have") || low[j].equals("had"))) {
            j--; // "were also", "have been"
        }
        int end = j + 1;
        int members = 0;
        int from = -1;
        while (j >= 2) {
            if (low[j].equals(",")) {
                j--; // the comma that closes a member's age
            }
            if (j < 2 || !isDigits(low[j]) || low[j].length() > 3 || !low[j - 1].equals(",")) {
                break;
            }
            int r = j - 2;
            int caps = 0;
            while (r >= 0 && caps < 4 && (cls[r] & WordClasses.CAPITAL) != 0 && !NOT_NAMES.contains(low[r])) {
                r--;
                caps++;
            }
            if (caps == 0) {
                break;
            }
            members++;
            from = r + 1;
            if (r >= 0 && low[r].equals("and")) {
                j = r - 1;
            } else if (r >= 0 && low[r].equals(",")) {
                j = r;
            } else {
                break;
            }
        }
        return members < 2 ? null : new Quantity(from, end, members, members, "exact", false);
    }

    /** Words that join the ages of a list or a range: "aged 19, 20 and 31", "aged between 20 and 30". */
    private static final Set<String> AGE_JOINS = WordSet.of(",", "and", "or", "between", "from", "to", "-", "&");

    /**
     * An age of a list set off by commas after a person: the 16 and 17 of "Two teens, 16 and 17, were
     * held" (the single ", 23," age is read where {@link #plausible} reads it). The run of numbers
     * joined by "and"/"or" opens after a comma that follows a person noun or a name, and closes with a
     * comma; every number in it is small enough to be an age.
     */
    private static boolean apposedAges(String[] low, int from) {
        if (!isDigits(low[from])) {
            return false;
        }
        boolean joined = false;
        int b = from;
        while (b > 0 && (isDigits(low[b - 1]) || low[b - 1].equals("and") || low[b - 1].equals("or"))) {
            b--;
            joined |= !isDigits(low[b]);
        }
        int e = from + 1;
        while (e < low.length && (isDigits(low[e]) || low[e].equals("and") || low[e].equals("or"))) {
            joined |= !isDigits(low[e]);
            e++;
        }
        if (!joined || b < 2 || !low[b - 1].equals(",") || e >= low.length || !low[e].equals(",")
                || !isPerson(low[b - 2]) && !low[b - 2].endsWith("s")) {
            return false;
        }
        for (int j = b; j < e; j++) {
            if (isDigits(low[j]) && (low[j].length() > 3 || Integer.parseInt(low[j]) > 120)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The age of the last member of a list of named people, each with an age, that no comma closes:
     * the 19 of "Ann Obi, 24, and Ali Musa, 19 were arrested". The number follows a comma after one to
     * four capitalised words, which follow "and" or a comma, and an earlier member of the list has its
     * age between commas: without that, "In Kano, 20 were arrested" is a count.
     */
    private static boolean lastNamedAge(String[] low, int from, int[] cls) {
        if (cls == null || from < 3 || !isDigits(low[from]) || low[from].length() > 3 || !low[from - 1].equals(",")) {
            return false;
        }
        int r = from - 2;
        int caps = 0;
        while (r >= 0 && caps < 4 && (cls[r] & WordClasses.CAPITAL) != 0) {
            r--;
            caps++;
        }
        if (caps == 0 || r < 2 || !(low[r].equals("and") || low[r].equals(","))) {
            return false;
        }
        for (int j = r; j >= Math.max(2, r - 3); j--) {
            if (low[j].equals(",") && isDigits(low[j - 1]) && low[j - 2].equals(",")) {
                return true; // "..., Ali Musa, 31, and Ann Obi, 19 were"
            }
        }
        return false;
    }

    /**
     * The head total of a subject whose figure {@link #before} read inside its breakdown: "six others,
     * including four police officers and two civilians, were injured" is six, "Eight family members —
     * four women and four children — were killed" is eight. The head must count people, be written
     * just before the "including", "among", dash or bracket that opens the breakdown, and be no
     * smaller than the part; otherwise the figure found stands.
     */
    private static Quantity headTotal(String[] low, Quantity q, Quantity[] endsAt, boolean[] used) {
        int marker = -1;
        for (int j = q.from() - 1; j >= Math.max(0, q.from() - 14); j--) {
            String w = low[j];
            if (w.equals("including") || w.equals("among") || w.equals("—") || w.equals("–") || w.equals("--")
                    || w.equals("-") || w.equals("(")) {
                marker = j;
                break;
            }
            if (endsBreakdown(w)) {
                return q;
            }
        }
        if (marker <= 0) {
            return q;
        }
        int m = low[marker - 1].equals(",") ? marker - 2 : marker - 1;
        for (int j = m; j >= Math.max(0, m - 5); j--) {
            Quantity h = endsAt[j];
            if (h != null && !used[h.from()] && h.min() != null && q.min() != null && h.min() >= q.min()
                    && h.to() < marker && (followedByPerson(low, h.to(), marker) || low[h.to()].equals("others")
                            || low[h.to()].equals("people"))) {
                return h; // ("Nine members of one family — ...": the one is no head, the nine is)
            }
            if (h != null && !used[h.from()] && h.min() != null && q.min() != null && h.min() > q.min() && !h.article()
                    && h.to() == m + 1 && low[m + 1].equals(",") && (h.from() == 0 || opensClause(low[h.from() - 1]))) {
                return h; // "Three, including a guard and a suspect, died": a bare number opening its clause is the head
            }
            if (!Character.isLetterOrDigit(low[j].charAt(0)) || blocks(low[j]) && !low[j].equals("of")) {
                return q;
            }
        }
        return q;
    }

    /** A word a breakdown ("including four officers from one unit and two civilians") never holds. */
    private static boolean endsBreakdown(String w) {
        return switch (w) {
            case ".", ";", ":", "said", "says", "told", "who", "which", "that", "when", "while", "after", "were",
                    "was", "is", "are", "had", "has", "have", ")", "\"", "but" -> true;
            default -> CUES.containsKey(w);
        };
    }

    /**
     * The figure of a passive toll whose subject carries a modifier before its verb: "Twenty villagers
     * in X state in northwestern Y were killed", "four soldiers belonging to the 40th division were
     * killed", "A police outrider with the escort unit was killed". The figure must count people, be
     * followed within three words by a word that opens the modifier, and agree with "was"/"were";
     * nothing between it and the verb may end the subject (a clause word, a verb, another cue).
     */
    private static Quantity modifiedSubject(String[] low, int k, Quantity[] startsAt, boolean[] used) {
        int a = k - 1;
        if (a > 0 && (low[a].equals("fatally") || low[a].equals("mortally"))) {
            a--;
        }
        if (a > 0 && low[a].equals("been") && (low[a - 1].equals("have") || low[a - 1].equals("has")
                || low[a - 1].equals("had"))) {
            a--;
        }
        if (a <= 0) {
            return null;
        }
        boolean plural = low[a].equals("were") || low[a].equals("have");
        if (!plural && !low[a].equals("was") && !low[a].equals("has") && !low[a].equals("had")) {
            return null;
        }
        for (int j = a - 1; j >= Math.max(0, a - 16); j--) {
            Quantity h = startsAt[j];
            if (h != null && !used[j] && h.to() < a && !isBreakdown(low, h)) {
                boolean one = h.min() != null && h.min() == 1 && h.max() != null && h.max() == 1;
                int person = personAt(low, h.to());
                int open = -1;
                for (int o = h.to(); o < Math.min(a, h.to() + 4); o++) {
                    if (MODIFIER_START.contains(low[o])) {
                        open = o;
                        break;
                    }
                }
                if (one != plural && person >= 0 && open > person) {
                    return h;
                }
            }
            if (endsSubject(low[j])) {
                return null;
            }
        }
        return null;
    }

    /**
     * A death stated without "killed" or "died": "shot one suspect dead", "declared all five
     * passengers dead", "five were pronounced dead", "beat two men to death", "two women were stabbed
     * to death", "led to the death of a motorcyclist", "caused the deaths of 12 people". The figure
     * must count people; "the death of the driver" is one death, weak as a found body is.
     */
    private static Found deathPhrase(String[] low, int k, Quantity[] startsAt, Quantity[] endsAt, boolean[] used,
            boolean[] breakdown, int[] cls) {
        int n = low.length;
        String w = low[k];
        Quantity q = null;
        boolean weak = false;
        int fact = k; // the word whose factuality is the death's: "to death" reads as an infinitive
        if (w.equals("dead") && k > 0 && !MANNER.contains(low[k - 1])) {
            if (DECLARED.contains(low[k - 1]) && k > 1 && isAux(low[k - 2])) {
                q = before(low, k - 1, endsAt, used, breakdown); // "five were pronounced dead"
            } else if (k > 1 && (low[k - 1].equals("is") || low[k - 1].equals("are") || low[k - 1].equals("was")
                    || low[k - 1].equals("were"))) {
                q = before(low, k - 1, endsAt, used, breakdown); // "a 69-year-old man is dead", "four people are dead"
                if (q != null && q.min() == null) {
                    q = null;
                }
            } else {
                q = objectBefore(low, k, DECLARED, startsAt, used); // "declared all five passengers dead"
                if (q == null) {
                    q = objectBefore(low, k, MANNER, startsAt, used); // "shot one suspect dead"
                }
                if (q == null) {
                    q = objectBefore(low, k, LEAVING, startsAt, used); // "leaving four soldiers dead"
                }
            }
        } else if (k > 1 && low[k - 1].equals("to")) {
            if (k > 2 && TO_DEATH.contains(low[k - 2]) && isAux(low[k - 3])) {
                q = before(low, k - 2, endsAt, used, breakdown); // "two women were stabbed to death"
                fact = k - 2;
            } else {
                q = objectBefore(low, k - 1, TO_DEATH, startsAt, used); // "beat two men to death"
                fact = q == null ? k : Math.max(0, q.from() - 1);
                int o = k - 2; // "knifed her to death", "beat his brother to death": one, weak
                if (q == null && o > 1 && singularPerson(low[o]) && (low[o - 1].equals("his") || low[o - 1].equals("her")
                        || low[o - 1].equals("the") || low[o - 1].equals("their"))) {
                    o--;
                }
                if (q == null && o > 0 && TO_DEATH.contains(low[o - 1]) && (o < k - 2 || low[o].equals("him")
                        || low[o].equals("her"))) {
                    q = new Quantity(o, k - 1, 1, 1, "exact", false);
                    weak = true;
                    fact = o - 1;
                }
            }
        } else if (k + 2 < n && low[k + 1].equals("of") && (w.equals("bodies") || k > 0 && (low[k - 1].equals("the")
                || low[k - 1].equals("his") || low[k - 1].equals("her")))) {
            Quantity h = startsAt[k + 2];
            if (h != null && !used[k + 2] && personAt(low, h.to()) >= 0 && personAt(low, h.to()) < h.to() + 3) {
                q = list(low, h, startsAt, used); // "the deaths of 12 people", "the bodies of a man and a woman": two
            } else if (w.equals(DEATH) && low[k + 2].equals("the") && singularPersonAt(low, k + 3)) {
                q = new Quantity(k + 2, k + 3, 1, 1, "exact", false); // "the death of the car driver"
                weak = true;
            }
        }
        if (q == null && w.equals("dead") && k > 0 && !MANNER.contains(low[k - 1])) {
            // "The rider, a 42-year-old man, was pronounced dead", "the driver was already dead", "ended up dead"
            return subjectOf(low, k, "killed", startsAt, endsAt, used, cls);
        }
        if (q == null || q.min() == null && q.max() == null
                || !Factuality.of(low, fact, "ASSAULT").equals(Factuality.ASSERTED)) {
            return null;
        }
        if (q.article() && personAt(low, q.to()) < 0) {
            return null; // ("the death of a motorcyclist": a person noun known by its plural)
        }
        if (!weak) {
            used[q.from()] = true;
        }
        return new Found("killed", q, k, victims(low, q, k, List.of()), false, false, weak);
    }

    /** A singular person noun: "driver", "suspect", "gunman" (known by its plural "gunmen"). */
    private static boolean singularPerson(String w) {
        return !w.endsWith("s") && (isPerson(w + "s") || PEOPLE.contains(w) || ROLES.contains(w))
                || w.endsWith("man") && w.length() > 4 && isPerson(w.substring(0, w.length() - 3) + "men");
    }

    /** A singular person noun within the next three words: "the car driver", "the suspect". */
    private static boolean singularPersonAt(String[] low, int from) {
        for (int j = from; j < Math.min(low.length, from + 3); j++) {
            String w = low[j];
            if (singularPerson(w)) {
                return true;
            }
            if (!Character.isLetter(w.charAt(0))) {
                return false;
            }
        }
        return false;
    }

    /**
     * The counted object of a verb from {@code verbs} written before {@code end} ("shot one suspect
     * dead", "declared all five passengers of the car dead"): the figure right after the verb (over
     * "all" or "the"), counting people named before {@code end}.
     */
    private static Quantity objectBefore(String[] low, int end, Set<String> verbs, Quantity[] startsAt,
            boolean[] used) {
        int lo = Math.max(0, end - 9);
        for (int v = end - 1; v >= lo; v--) {
            String w = low[v];
            if (isDash(w) && v == end - 1) {
                int open = openingDash(low, v);
                if (open > 0) {
                    end = open; // "declared all six occupants - three girls and three boys - dead": the count is the head's
                    v = open;
                    lo = Math.max(0, open - 9);
                    continue;
                }
            }
            if (verbs.contains(w)) {
                int o = v + 1;
                if (o < end && (low[o].equals("all") || low[o].equals("the"))) {
                    o++;
                }
                Quantity q = o < end ? startsAt[o] : null;
                if (q == null || used[o] || q.to() >= end) {
                    return null;
                }
                int person = personAt(low, q.to());
                return person >= 0 && person < end ? q : null;
            }
            if (startsAt[v] != null && startsAt[v].to() <= end) {
                continue; // the object's own figure: the "at" of "left at least 11 people dead"
            }
            if (blocks(w) && !w.equals("of") || CUES.containsKey(w) && !w.equals("dead")) {
                return null;
            }
        }
        return null;
    }

    private static boolean isDash(String w) {
        return w.equals("-") || w.equals("--") || w.equals("—") || w.equals("–");
    }

    /** The dash that opens the dashed apposition closed at {@code close}, within 24 words of one clause, or -1. */
    private static int openingDash(String[] low, int close) {
        for (int j = close - 1; j >= Math.max(0, close - 24); j--) {
            String w = low[j];
            if (isDash(w)) {
                return j;
            }
            if (w.equals(".") || w.equals(";") || w.equals(":") || CUES.containsKey(w)) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean isMonth(String w) {
        return switch (w) {
            case "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                    "november", "december", "jan.", "feb.", "aug.", "sept.", "sep.", "oct.", "nov.", "dec." -> true;
            default -> false;
        };
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
