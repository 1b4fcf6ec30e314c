package io.newswire.enrich.events;

import io.newswire.enrich.text.WordList;
import io.newswire.enrich.text.WordMap;
import io.newswire.enrich.text.WordSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The trigger table ({@code triggers.txt}): a word, its PLOVER type and mode, and a condition on its
 * sentence that keeps precision ("agreement" only when signed or reached, "protest" not when an
 * envoy is summoned). Loaded once; thread-safe.
 */
final class EventTriggers {

    /** One trigger word's entry. */
    record Trigger(String type, String mode, String condition, Set<String> words, Trigger also) {
    }

    static final Map<String, Trigger> TABLE = load();

    /** Words of accidents and disasters: their deaths are casualties of an event PLOVER has no type for. */
    static final Set<String> ACCIDENTS = WordList.load(EventTriggers.class, "accidents.txt");

    /**
     * Events with no agent of their own ("the explosion", "a fire", "the blaze"): a death they caused
     * ("The explosion occurred at the plant, killing five") is no attack unless the sentence tells a
     * bomb or an armed doer. An explosion or a blast can be a bomb, so they are in both lists' reach.
     */
    static final Set<String> NON_AGENT = WordSet.of("explosion", "explosions", "blast", "blasts", "blaze", "blazes",
            "fire", "fires", "inferno", "leak", "derailment", "eruption");

    /**
     * Words that tell a bomb, an attack or an armed doer: with them a non-agent event can be an attack.
     * Not "soldiers" or "militants", who are as often the victims ("an explosion killed five soldiers").
     */
    private static final Set<String> ATTACK_WORDS = WordSet.of("bomb", "bombs", "bomber", "bombers", "bombing",
            "bombings", "suicide", "ied", "ieds", "explosives", "attack", "attacks", "attacked", "attacker",
            "attackers", "terrorist", "terrorists", "gunmen", "gunman", "opened", "grenade", "mortar", "shelling", "airstrike",
            "airstrikes", "drone", "missile", "rocket");

    /**
     * Whether the sentence may give a killing verb an agent: no accident or disaster word, and no
     * non-agent event ("explosion", "fire") unless a bomb, an attack or an armed doer is told with it.
     * A sentence-wide test: the events stage has no parser to find the verb's subject, and wire copy
     * seldom tells an accident and an attack in one sentence.
     */
    static boolean agentive(String[] low) {
        boolean nonAgent = false;
        boolean attack = false;
        for (String w : low) {
            if (ACCIDENTS.contains(w)) {
                return false;
            }
            nonAgent |= NON_AGENT.contains(w);
            attack |= ATTACK_WORDS.contains(w);
        }
        return !nonAgent || attack;
    }

    /** Verbs that refer to an attack reported elsewhere ("condemned the attack"): not a report of it. */
    private static final Set<String> REFERRING = WordSet.of("condemned", "condemn", "condemns", "condemning",
            "denounced", "denounce", "denounces", "deplored", "mourned");

    private EventTriggers() {
    }

    private static Map<String, Trigger> load() {
        Map<String, Trigger> m = new HashMap<>();
        for (String line : WordList.load(EventTriggers.class, "triggers.txt")) {
            String[] f = line.split("\t");
            String mode = f[2].equals("-") ? null : f[2];
            // "cond&cond": both must hold
            String[] conds = f[3].split("&");
            Trigger t = null;
            for (int i = conds.length - 1; i >= 0; i--) {
                t = condition(f[1], mode, conds[i], t);
            }
            m.put(f[0], t);
        }
        return WordMap.copyOf(m);
    }

    private static Trigger condition(String type, String mode, String cond, Trigger also) {
        int colon = cond.indexOf(':');
        if (colon > 0) {
            return new Trigger(type, mode, cond.substring(0, colon), WordSet.of(cond.substring(colon + 1).split("\\|")),
                    also);
        }
        return new Trigger(type, mode, cond, Set.of(), also);
    }

    /** Whether the trigger at {@code i} holds in the sentence {@code low}. */
    static boolean holds(Trigger t, String[] low, int i) {
        return holdsOne(t, low, i) && (t.also() == null || holds(t.also(), low, i));
    }

    private static boolean holdsOne(Trigger t, String[] low, int i) {
        switch (t.condition()) {
            case "-" -> {
                return true;
            }
            case "agent" -> {
                return agentive(low); // "the blaze, killing five": no one did it
            }
            case "active" -> {
                if (!agentive(low)) {
                    return false; // "killed when a bus plunged", "the explosion killed five": no attack
                }
                int b = i - 1;
                while (b >= 0 && ADVERBS.contains(low[b])) {
                    b--; // "were also killed", "have reportedly been killed": still passive
                }
                String p = b < 0 ? "" : low[b];
                boolean passive = p.equals("was") || p.equals("were") || p.equals("been") || p.equals("be")
                        || p.equals("is") || p.equals("are") || p.equals("being") || p.equals("people")
                        || p.equals("others");
                return !passive || armedAgent(low, i + 1); // "have been killed by Taliban fighters": an attack
            }
            case "demand" -> {
                return politicalDemand(low, i);
            }
            case "legal" -> {
                return legalCharge(low, i);
            }
            case "physical" -> {
                return !verbalAttack(low, i);
            }
            case "meeting" -> {
                return !metStandard(low, i);
            }
            case "next" -> {
                return i + 1 < low.length && t.words().contains(low[i + 1]);
            }
            case "prev" -> {
                return i > 0 && t.words().contains(low[i - 1]);
            }
            case "notnext" -> {
                return i + 1 >= low.length || !t.words().contains(low[i + 1]);
            }
            case "notprev" -> {
                return i == 0 || !t.words().contains(low[i - 1]);
            }
            case "with", "without" -> {
                boolean has = false;
                for (String w : low) {
                    if (t.words().contains(w)) {
                        has = true;
                        break;
                    }
                }
                return has == t.condition().equals("with");
            }
            default -> throw new IllegalStateException("unknown trigger condition " + t.condition());
        }
    }

    /** What one meets that is no one to meet: "met the threshold", "targets can be met", "met expectations". */
    private static final Set<String> STANDARDS = WordSet.of("threshold", "thresholds", "standard", "standards",
            "requirement", "requirements", "criteria", "criterion", "target", "targets", "deadline", "deadlines",
            "expectations", "expectation", "forecasts", "forecast", "conditions", "condition", "obligations",
            "obligation", "burden", "quota", "quotas", "benchmark", "benchmarks", "cost", "costs", "demand",
            "demands", "needs", "goal", "goals", "test", "terms", "estimates", "bill", "shortfall");

    /** Words that end the object of "met": a preposition, an infinitive, a conjunction. */
    private static final Set<String> OBJECT_ENDS = WordSet.of("to", "with", "in", "on", "at", "for", "of", "and", "or",
            "but", "from", "during", "after", "before", "over", "as", "who", "which", "that");

    /**
     * Whether "met" at {@code i} is the meeting of a standard, not of people (PLOVER CONSULT): its
     * object within six words, before a preposition or an infinitive, is one ("has met its economic criteria", "returns met market
     * expectations"), or, in the passive, its subject within six words before it is ("the targets
     * ... can be met", "conditions had been met").
     */
    static boolean metStandard(String[] low, int i) {
        int n = low.length;
        for (int j = i + 1; j < Math.min(n, i + 7); j++) {
            if (STANDARDS.contains(low[j])) {
                return true; // "had met the very high criminal burden of proof"
            }
            if (!Character.isLetter(low[j].charAt(0)) || OBJECT_ENDS.contains(low[j])) {
                break; // "met officials to discuss the deadline", "met the head of the target firm"
            }
        }
        if (i == 0 || !(low[i - 1].equals("be") || low[i - 1].equals("been") || low[i - 1].equals("being"))) {
            return false;
        }
        for (int j = i - 2; j >= Math.max(0, i - 8); j--) {
            if (STANDARDS.contains(low[j])) {
                return true;
            }
            if (low[j].equals(".") || low[j].equals(";")) {
                break;
            }
        }
        return false;
    }

    /** Adjectives of an attack in words: "a scathing attack on the minister". */
    private static final Set<String> VERBAL = WordSet.of("verbal", "scathing", "blistering", "stinging", "withering",
            "rhetorical", "vitriolic", "personal", "political", "furious", "bitter", "veiled", "thinly-veiled",
            "no-holds-barred", "written", "twitter", "online");
    /** Words that tell the attack's words: "tore into the government in an attack on its budget, accusing it of ...". */
    private static final Set<String> SPEECH = WordSet.of("accusing", "alleging", "criticising", "criticizing",
            "slamming", "blaming", "questioning", "saying", "terming", "lambasting", "remarks", "tweet",
            "tweeted");
    /** Words of arms and force: with one, an attack is physical whatever else the sentence says. */
    private static final Set<String> FORCE = WordSet.of("gunmen", "gunman", "armed", "militants", "troops", "soldiers",
            "forces", "rebels", "insurgents", "militia", "fighters", "fired", "gun", "guns", "knife", "machete", "bomb", "rocket", "rockets", "missile",
            "missiles", "drone", "drones", "grenade", "explosives", "police", "army", "base", "checkpoint",
            "convoy", "village", "camp", "mosque", "church", "school", "injured", "killed", "wounded", "dead",
            "killing", "wounding", "injuring", "hurt", "shot", "stabbed", "suicide");

    /**
     * Whether the "attack" at {@code i} is one of words, not of force (PLOVER's ACCUSE or nothing, not
     * ASSAULT): an adjective of speech before it ("a scathing attack", "a veiled attack"), or a sentence
     * that tells its words ("accusing it of failing ...") and no word of arms, force or casualties.
     */
    static boolean verbalAttack(String[] low, int i) {
        int b = i - 1;
        if (b >= 0 && VERBAL.contains(low[b])) {
            return true;
        }
        boolean speech = false;
        for (String w : low) {
            if (FORCE.contains(w)) {
                return false;
            }
            speech |= SPEECH.contains(w);
        }
        return speech && i + 1 < low.length && low[i + 1].equals("on");
    }

    /** Nouns after "charged with" that make it a task or physics, not an offence: "charged with the task of". */
    private static final Set<String> NOT_OFFENCE = WordSet.of("task", "tasks", "responsibility", "duty", "duties", "job",
            "mission", "role", "oversight", "overseeing", "leading", "running", "managing", "coordinating",
            "organising", "organizing", "drafting", "electricity", "energy", "emotion", "emotions", "tension",
            "current", "power", "ions", "particles", "excitement", "meaning", "symbolism", "ensuring", "ensure",
            "thinking", "testing", "protecting", "implementing", "developing", "building", "looking", "finding",
            "investigating", "reviewing", "advising", "setting", "keeping", "maintaining", "promoting",
            "delivering", "creating", "handling", "supervising", "monitoring", "designing",
            "planning", "preparing", "examining", "assessing", "studying", "selecting", "choosing");

    /**
     * Whether "charged" at {@code i} is a charge at law (PLOVER COERCE, CAMEO 173 "charge with legal
     * action"): "was charged with murder", "police charged two men with theft", "were charged over the
     * crash", "charged in connection with"; not "charged with electricity", "charged with the task of",
     * "charged at the crowd", "charged the battery", "charged a fee", "emotionally charged".
     */
    static boolean legalCharge(String[] low, int i) {
        int n = low.length;
        for (int j = i + 1; j < Math.min(n, i + 6); j++) {
            String w = low[j];
            if (w.equals("with")) {
                for (int k = j + 1; k < Math.min(n, j + 3); k++) {
                    if (NOT_OFFENCE.contains(low[k])) {
                        return false;
                    }
                }
                return j + 1 < n && !low[j + 1].equals(".");
            }
            if (j == i + 1 && i > 0 && passiveAux(low[i - 1])
                    && (w.equals("over") || w.equals("in") && j + 1 < n && low[j + 1].equals("connection"))) {
                return true; // "were charged over the crash", not "charged over the line"
            }
            if (w.equals("at") || w.equals("into") || w.equals("toward") || w.equals("towards") || w.equals("for")
                    || w.equals("a") || w.equals("an") || w.equals("$") || w.equals(".") || w.equals(",")
                    || w.equals("up") || Character.isDigit(w.charAt(0))) {
                return false; // "charged at protesters", "charged a fee", "charged $5", "charged up"
            }
        }
        return false;
    }

    private static boolean passiveAux(String w) {
        return switch (w) {
            case "was", "were", "been", "be", "being", "is", "are", "also", "later", "subsequently" -> true;
            default -> false;
        };
    }

    /** Adverbs between a passive auxiliary and its participle: "were also killed". */
    static final Set<String> ADVERBS = WordSet.of("also", "later", "reportedly", "allegedly", "subsequently", "all",
            "both", "then", "apparently", "just", "since", "mistakenly", "brutally");

    /**
     * Nouns of armed doers: after "by" they make a passive death an attack ("killed by gunmen", "by
     * Taliban fighters", "by security forces"), unlike "killed by a falling tree" or "by lightning".
     */
    private static final Set<String> AGENTS = WordSet.of("gunmen", "gunman", "militants", "militant", "fighters",
            "insurgents", "rebels", "terrorists", "attackers", "assailants", "jihadists", "extremists",
            "separatists", "guerrillas", "guerrilla", "bandits", "robbers", "pirates", "troops", "soldiers", "forces",
            "army", "police", "policemen", "mob", "men", "maoists", "naxals", "miscreants", "kidnappers",
            "suicide", "bomber", "sniper", "snipers", "drone", "shelling", "airstrike", "airstrikes");

    /** Whether "by" at {@code j} names an armed agent within its next four words, before any comma or clause word. */
    static boolean armedAgent(String[] low, int j) {
        if (j >= low.length || !low[j].equals("by")) {
            return false;
        }
        for (int k = j + 1; k < low.length && k <= j + 4; k++) {
            String w = low[k];
            if (AGENTS.contains(w)) {
                return true;
            }
            if (w.equals(",") || w.equals("in") || w.equals("on") || w.equals("and") || w.equals("when")
                    || w.equals("after") || w.equals("who") || w.equals("which")) {
                return false;
            }
        }
        return false;
    }

    /** Words before a bare "demand" that make it a verb ("to demand", "they demand"). */
    private static final Set<String> VERB_BEFORE = WordSet.of("to", "will", "would", "should", "could", "must", "did",
            "not", "also", "they", "we", "i", "you");
    /** Words of markets and goods near the noun: "the demand for oil", "the demand fell". */
    private static final Set<String> ECONOMIC = WordSet.of("oil", "crude", "gas", "fuel", "energy", "power",
            "electricity", "gold", "steel", "goods", "products", "services", "cars", "vehicles", "homes", "housing",
            "loans", "credit", "chips", "exports", "imports", "commodities", "information", "data",
            "supply", "supplies", "prices", "price", "consumer", "market", "markets", "growth", "sales", "orders",
            "output");

    /** Modifiers of the economic noun: "strong demand", "domestic demand", "weaker demand". */
    private static final Set<String> ECONOMIC_BEFORE = WordSet.of("strong", "stronger", "weak", "weaker", "global",
            "domestic", "consumer", "rising", "falling", "robust", "sluggish", "soft", "softer", "firm", "firmer",
            "growing", "slowing", "peak", "energy", "oil", "fuel", "power", "market", "import", "export", "customer",
            "seasonal", "pent-up", "underlying", "overall", "higher", "lower", "high", "low", "healthy", "solid",
            "buoyant", "tepid", "subdued", "industrial", "retail", "aggregate", "external", "investor", "buyer", "in",
            "on", "us", "u.s.", "american", "chinese", "european", "asian", "world", "export-led");
    /** Verbs of quantities right after the noun: "demand fell" (not "the demand was dropped"). */
    private static final Set<String> QUANTITY_MOVES = WordSet.of("fell", "rose", "grew", "slowed", "weakened", "surged",
            "increased", "decreased", "dropped", "declined", "outstripped", "exceeded", "recovered", "picked",
            "eased", "softened", "jumped", "slumped");

    /**
     * Whether "demand(s)" at {@code i} is a party's demand (PLOVER DEMAND) rather than the economic
     * noun. A verb ("to demand", "they demand the release") or a noun with an owner ("a demand for the
     * withdrawal", "their demands", "opposition demand for a probe") is; the noun with a market
     * modifier or a market word in its phrase ("strong demand for oil", "US demand", "in demand",
     * "demand fell", "supply and demand") is not.
     */
    static boolean politicalDemand(String[] low, int i) {
        String p = i == 0 ? "" : low[i - 1];
        String n = i + 1 < low.length ? low[i + 1] : "";
        String n2 = i + 2 < low.length ? low[i + 2] : "";
        if (VERB_BEFORE.contains(p) || n.equals("the") || n.equals("that") || n.equals("an") || n.equals("a")
                || n.equals("immediate") || n.equals("his") || n.equals("their")
                || n.equals("for") && (n2.equals("the") || n2.equals("a") || n2.equals("an"))) {
            return true; // "demand the release", "a demand for the withdrawal"
        }
        if (ECONOMIC_BEFORE.contains(p) || QUANTITY_MOVES.contains(n) || i >= 2 && ECONOMIC.contains(low[i - 2])) {
            return false;
        }
        for (int k = i + 1; k < low.length && k <= i + 4; k++) {
            if (ECONOMIC.contains(low[k])) {
                return false;
            }
            if (low[k].equals(",") || low[k].equals(".")) {
                break;
            }
        }
        return true;
    }

    private static boolean referredTo(Trigger t, String[] low, int i) {
        if (!t.type().equals("ASSAULT")) {
            return false;
        }
        for (int j = Math.max(0, i - 3); j < i; j++) {
            if (REFERRING.contains(low[j])) {
                return true;
            }
        }
        return false;
    }

    /** The triggers that hold in a sentence, as token indexes, at most one per type (the first) unless a clause splits them. */
    static List<Integer> find(String[] low) {
        return find(low, null);
    }

    /**
     * The triggers that hold in a sentence, as token indexes. A type's first trigger is kept; a later
     * one of the same type only when it starts a new clause ({@link #clauseStart}): "travelled to X for
     * talks", "a visit, during which she will meet", "and later expelled". When {@code from} is given,
     * it receives, per trigger kept, the token where its clause starts, or -1 for a type's first.
     */
    static List<Integer> find(String[] low, List<Integer> from) {
        return find(low, from, null);
    }

    /**
     * {@link #find(String[], List)}, with the sentence's {@link WordClasses} (or null): a word without
     * the trigger class is no key of {@link #TABLE}, so it is not looked up.
     */
    static List<Integer> find(String[] low, List<Integer> from, int[] cls) {
        List<Integer> out = new ArrayList<>(2);
        List<String> types = new ArrayList<>(2);
        List<Integer> last = new ArrayList<>(2); // per type, its last kept trigger
        for (int i = 0; i < low.length; i++) {
            if (cls != null && (cls[i] & WordClasses.TRIGGER) == 0) {
                continue;
            }
            Trigger t = TABLE.get(low[i]);
            if (t == null || !holds(t, low, i) || referredTo(t, low, i)) {
                continue;
            }
            int known = types.indexOf(t.type());
            int b = -1;
            if (known >= 0) {
                b = clauseStart(low, last.get(known), i, t.type());
                if (b < 0) {
                    continue;
                }
                last.set(known, i);
            } else {
                types.add(t.type());
                last.add(i);
            }
            out.add(i);
            if (from != null) {
                from.add(b);
            }
        }
        return out;
    }

    /** Words that start a new act after an event of the same type: "and later arrested", "in a separate attack". */
    private static final Set<String> SEQUENCE = WordSet.of("later", "subsequently", "afterwards", "separate");

    /** Trips, whose purpose may be a meeting of its own: "travelled to Canberra for talks". */
    private static final Set<String> MOVES = WordSet.of("travel", "travelled", "traveled", "travels", "travelling",
            "traveling", "visit", "visited", "visits", "visiting", "trip", "arrived", "arrives", "flew");

    /** Determiners that make a trigger noun refer back to an event already told: "the attack", "the talks". */
    private static final Set<String> ANAPHORIC = WordSet.of("the", "this", "that", "its", "their", "his", "her", "these",
            "those", "such");

    /**
     * Auxiliaries that start a coordinated clause of its own time or mood: "and will meet", "and also
     * visit"; not "and were produced", "and have called", which go on telling the same act.
     */
    private static final Set<String> AUXILIARY = WordSet.of("will", "would", "plans", "plan", "planned", "also");

    /** After "and is" / "and are": a plan of its own ("and is to travel", "and are expected to meet"). */
    private static final Set<String> PLANNED = WordSet.of("to", "expected", "due", "scheduled", "set");

    /** Light verbs before a meeting noun in a coordinated clause: "and hold talks". */
    private static final Set<String> LIGHT = WordSet.of("hold", "holds", "held", "holding", "have", "had", "attend",
            "attended", "attends");

    /**
     * Where the clause of a second trigger of {@code type} at {@code i} starts, after the type's
     * trigger at {@code p}; -1 when it is the same event told again ("attacked a convoy and killed
     * four", "held talks ... the talks"). A new clause is:
     * <ul>
     * <li>a sequence word between the two or in the trigger's own clause ("and later arrested", "in
     * a separate attack ... hours later");</li>
     * <li>", during which" or ", where" (a visit and a meeting during it);</li>
     * <li>for a meeting, "for" over at most two modifiers ("travelled to Canberra for talks", "for an
     * annual summit"), or "and" plus a light verb ("will visit Tehran and hold talks");</li>
     * <li>", and" starting a clause with its own subject ("..., and a bomb later exploded").</li>
     * </ul>
     * A death or injury verb ("killed", "wounded") after an attack is its toll unless a sequence word
     * says otherwise.
     */
    static int clauseStart(String[] low, int p, int i, String type) {
        if (i > 0 && ANAPHORIC.contains(low[i - 1])) {
            return -1;
        }
        for (int j = i - 1; j > p && j >= i - 3; j--) {
            if (low[j].equals("in") || low[j].equals("during")) {
                return -1; // "shot dead a teacher in a separate attack": the scene of the same event
            }
            if (!Character.isLetterOrDigit(low[j].charAt(0))) {
                break;
            }
        }
        int n = low.length;
        int strong = -1;
        boolean trip = MOVES.contains(low[p]);
        for (int j = p + 1; j < i; j++) {
            String w = low[j];
            // "a visit, during which she will meet": a meeting within a trip; "talks, during which
            // they discussed" is the same meeting
            if (sequence(low, j) || trip && (w.equals("during") && j + 1 < n && low[j + 1].equals("which")
                    || w.equals("where") && low[j - 1].equals(","))) {
                strong = strong < 0 ? clauseWord(low, p, j) : strong;
            }
        }
        for (int j = i + 1; j < n && strong < 0; j++) {
            String w = low[j];
            if (w.equals(",") || w.equals(";") || TABLE.containsKey(w)) {
                break;
            }
            if (sequence(low, j)) {
                strong = clauseWord(low, p, i);
            }
        }
        if (strong >= 0) {
            return strong;
        }
        if (type.equals("ASSAULT") && CasualtyFinder.CUES.containsKey(low[i])) {
            return -1; // "attacked a checkpoint and killed four": the attack's toll, not another attack
        }
        if (type.equals("CONSULT") && trip) {
            for (int j = i - 1; j > p && j >= i - 3; j--) {
                String w = low[j];
                if (w.equals("for") || w.equals("and") && j + 1 < i && LIGHT.contains(low[j + 1])) {
                    return j;
                }
                if (!Character.isLetterOrDigit(w.charAt(0))) {
                    break;
                }
            }
        }
        for (int j = p + 1; j + 2 < i; j++) {
            if (low[j].equals(",") && low[j + 1].equals("and")) {
                return j;
            }
        }
        for (int j = p + 1; j + 1 < i; j++) {
            if (low[j].equals("and") && (AUXILIARY.contains(low[j + 1]) || (low[j + 1].equals("is")
                    || low[j + 1].equals("are")) && j + 2 < i && PLANNED.contains(low[j + 2]))) {
                return j; // "visited Riyadh last month and is to travel to Washington"
            }
        }
        return -1;
    }

    /** A sequence word, not a date ("later this month", "later in the day"). */
    private static boolean sequence(String[] low, int j) {
        if (!SEQUENCE.contains(low[j])) {
            return false;
        }
        String next = j + 1 < low.length ? low[j + 1] : "";
        return !(low[j].equals("later") && (next.equals("this") || next.equals("that") || next.equals("in")
                || next.equals("on") || next.equals("next")));
    }

    /** The start of the clause holding the word at {@code j}: the last ",", "and" or "where" after {@code p}. */
    private static int clauseWord(String[] low, int p, int j) {
        for (int k = j; k > p; k--) {
            String w = low[k];
            if (w.equals(",") || w.equals("and") || w.equals(";")) {
                return k;
            }
        }
        return j;
    }
}
