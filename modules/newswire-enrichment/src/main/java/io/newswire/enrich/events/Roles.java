package io.newswire.enrich.events;

import io.newswire.enrich.text.Tokenizer.Token;
import io.newswire.enrich.text.WordList;
import io.newswire.enrich.text.WordSet;
import io.newswire.model.Entity;
import io.newswire.model.EntityType;
import io.newswire.model.Mention;
import io.newswire.model.Place;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The actor, target and place of an event, read from the named mentions of its sentence with a few
 * positional rules (no parser): the actor is the nearest party named before the trigger, the target
 * the nearest after it, the place a place named in a locative phrase ("in", "near", "the city of") or
 * as the object of a visit or an attack. What the rules keep apart:
 *
 * <ul>
 *   <li>a place where the event happened is its place, never its actor or target ("met X in Ankara",
 *       "visited Tehran");</li>
 *   <li>a demonym ("Turkish counterpart", "Indian troops") is an attribute, not a named party and not
 *       the event's place;</li>
 *   <li>the search after the trigger stops where another event or a clause about something else
 *       begins (another trigger, "that", "of" + -ing, a trailing ", X said"), so "travelled to
 *       Khartoum for talks with Y" gives Y to the talks, not to the journey;</li>
 *   <li>the search before the trigger stops at a reporting verb ("Police said the BLA had carried out
 *       the attack"), unless a pronoun after it takes the speaker up ("the army said it had killed");</li>
 *   <li>for symmetric events (CONSULT, AGREE, COOPERATE) a coordinated subject gives both parties
 *       ("Japan and Australia signed": actor Japan, target Australia);</li>
 *   <li>a physical event (an attack, protest, arrest, meeting, accident) whose sentence names no place
 *       takes the place of an event of its type in the sentence before ("A bomb went off in Quetta. The
 *       blast killed five."), else the dateline's;</li>
 *   <li>an agent after "by" is the actor ("the visit by X"; "was attacked by X", whose subject is then
 *       the target), and whom something was told is not ("told Russia's TASS").</li>
 * </ul>
 */
final class Roles {

    /** An event's roles: entity ids (or null) and an index into {@code places[]} (or null). */
    record Result(String actor, String target, Integer place) {
    }

    /** Prepositions that make the place after them (over a few modifiers) where something happened. */
    private static final Set<String> LOCATIVE = WordSet.of("in", "at", "near", "outside", "inside", "into", "across",
            "throughout", "around", "off", "from", "to", "toward", "towards", "within", "along", "nearby");

    /** Prepositions that head a phrase of their own: the walk back to a locative one stops at them. */
    private static final Set<String> NOT_LOCATIVE = WordSet.of("against", "with", "by", "on", "for", "over", "about",
            "between", "than", "as", "amid", "under", "without", "like");

    /** Nouns before "of" that make the name after it a place: "the city of Aleppo", "the coast of Jaffna". */
    private static final Set<String> PLACE_NOUNS = WordSet.of("city", "town", "village", "villages", "province",
            "district", "region", "state", "port", "capital", "area", "outskirts", "suburb", "suburbs", "coast",
            "county", "island", "islands", "border", "neighbourhood", "neighborhood", "valley", "camp", "centre",
            "center", "heart", "north", "south", "east", "west", "parts", "part", "streets", "governorate");

    /** Triggers whose object is the place the event happened in: "visited Tehran", "stormed Kabul". */
    private static final Set<String> OBJECT_IS_PLACE = WordSet.of("visit", "visits", "visited", "visiting", "attacked",
            "attacking", "stormed", "shelled", "captured", "seized", "toured", "raided", "bombed");

    /** Words before a noun trigger that make its event the scene of another: "during a summit". */
    private static final Set<String> SCENE = WordSet.of("during", "at", "amid", "sidelines", "in", "for");

    /**
     * Nouns a place name before them only modifies ("Korvath police", "at 04:00 Osk time"): the
     * phrase names them, not the place. Nouns of people and of victims count too.
     */
    private static final Set<String> MODIFIED_HEADS = WordList.load(Roles.class, "modified-heads.txt");

    /** Nouns that make the name before them a place ("the Kuvo village", "the Idris Lal market"). */
    private static final Set<String> PLACE_HEADS = WordList.load(Roles.class, "place-heads.txt");

    /**
     * Words that may follow the subject of a clause: after one, a place name is the subject ("the
     * Netherlands has", "the US sent"), not a modifier. Verbs in -ed and reporting verbs count too.
     */
    private static final Set<String> AFTER_SUBJECT = WordSet.of("has", "have", "had", "is", "was", "were", "are", "will",
            "would", "could", "can", "may", "might", "must", "should", "did", "does", "do", "also", "and", "or", "but",
            "on", "in", "at", "to", "for", "with", "by", "from", "last", "this", "yesterday", "today", "then", "again",
            "sent", "held", "met", "led", "took", "struck", "hit", "shot", "began", "made", "gave", "fought", "won",
            "lost", "put", "set", "came", "went", "saw", "sought", "kept", "left", "brought", "built", "cut", "ran",
            "not", "never", "itself", "alone", "too", "which", "that", "who");

    /**
     * Nouns whose possessor acts through them ("President Oko's government has accused", "Sarn's
     * decision to attack"): the possessor stays the actor, unlike the owner of a thing ("X's offices").
     */
    private static final Set<String> ACTING = WordSet.of("government", "administration", "army", "military", "police",
            "forces", "troops", "navy", "ministry", "cabinet", "regime", "authorities", "officials", "decision", "plan",
            "plans", "bid", "move", "effort", "efforts", "attempt", "attempts", "call", "calls", "offer", "refusal",
            "order", "orders", "proposal", "request", "disclosure", "announcement");

    /** Words that open a clause before the main one ("After checking the Velcom footage, police detained"). */
    private static final Set<String> FRONTED = WordSet.of("after", "before", "when", "while", "following", "as", "since",
            "upon", "having", "despite", "once", "although", "though", "if", "during", "amid", "whereas");

    private static final Set<String> WEEKDAYS = WordSet.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");

    /** Words of a date that a name made only of them is ("Jul", "3rd Apr"): furniture, never a party. */
    private static final Set<String> DATE_WORDS = WordSet.of("jan", "jan.", "feb", "feb.", "mar", "mar.", "apr", "apr.",
            "jun", "jun.", "jul", "jul.", "aug", "aug.", "sep", "sep.", "sept", "sept.", "oct", "oct.", "nov", "nov.",
            "dec", "dec.", "january", "february", "april", "july", "august", "september", "october", "november",
            "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", ",");

    /**
     * Verbs of the judicial or police act whose "for <gerund>" tells what the one it befell did:
     * "were arrested by the task team for allegedly shooting dead six people".
     */
    private static final Set<String> HELD_FOR = WordSet.of("arrested", "detained", "charged", "held", "convicted",
            "jailed", "sentenced", "booked", "nabbed", "apprehended", "indicted", "wanted", "prosecuted");

    /** Words of a quantity between "by" and its agent: "by about 30", "by at least 200", "by more than 50". */
    private static final Set<String> QUANTITY = WordSet.of("about", "around", "over", "nearly", "some", "at", "least",
            "more", "than", "up", "to", "approximately", "roughly", "almost", "an", "estimated");

    /** Words that may stand between a noun trigger and the "by" of its agent: "was carried out by", "claimed by". */
    private static final Set<String> BY_FRAME = WordSet.of("was", "were", "is", "are", "been", "has", "have", "had",
            "reportedly", "allegedly", "apparently", "out", "also");

    /** Verbs that report speech: the party before one is the speaker, not the actor of the clause after it. */
    private static final Set<String> REPORTING = WordSet.of("said", "says", "told", "added", "reported", "announced",
            "stated", "claimed", "confirmed", "alleged", "quoted", "according");

    /**
     * Words that open a clause of its own between a pronoun and a trigger ("said it was premature to
     * say whether the blast ..."): the pronoun is then no subject of the trigger's clause.
     */
    private static final Set<String> CLAUSE_WORDS = WordSet.of("whether", "if", "that", "because", "how", "why");

    /** Subordinators whose clause has a subject of its own: "while the bandits were fleeing". */
    private static final Set<String> SUBORDINATORS = WordSet.of("while", "whereas", "although", "though", "because",
            "so", "when", "as", "after", "before", "until", "since");

    /** Words that open a new subject: "while the bandits". Not a pronoun, which most often takes up the name before. */
    private static final Set<String> SUBJECT_OPENERS = WordSet.of("the", "a", "an", "some", "many", "most");

    /**
     * Explosion nouns: no one is their actor unless a "by" phrase or a verb of doing or claiming names
     * one ("carried out the blast", "claimed the explosion"): "X said the explosion ...", "X's vehicle
     * was passing at the time of the blast" name a speaker and a bystander.
     */
    private static final Set<String> BLASTS = WordSet.of("blast", "blasts", "explosion", "explosions");

    /** Verbs and nouns before an explosion noun that give it an actor: "set off the blast", "behind the blast". */
    private static final Set<String> DOING = WordSet.of("carried", "claimed", "triggered", "detonated", "set", "staged",
            "behind", "responsibility", "responsible", "caused", "masterminded", "planned", "executed", "conducted");

    /** Verbs of looking into a deed: their subject investigates it ("ordered the police to look into the killing"). */
    private static final Set<String> INVESTIGATING = WordSet.of("into", "investigate", "investigates", "investigated",
            "investigating", "probe", "probes", "probed", "probing", "solve", "solving", "solved");

    /** Words a name of the police carries: the arresting side, never whom an arrest takes. */
    private static final Set<String> POLICE_WORDS = WordSet.of("police", "polis", "policia", "policía", "polizei",
            "gendarmerie", "constabulary", "sheriff", "sheriff's", "cid", "dci", "fbi", "interpol", "europol",
            "carabinieri", "guardia", "polícia", "politie", "polisi");

    /** Pronoun subjects that take the speaker up into the reported clause: "the army said it had killed". */
    private static final Set<String> PRONOUNS = WordSet.of("it", "they", "he", "she", "we", "its", "their", "his",
            "her");

    /**
     * Event types that are said rather than done (ACCUSE, REJECT, DISAPPROVE, DEMAND, THREATEN,
     * SANCTION, AID, CONCEDE): any event word after their trigger starts what they are about.
     */
    private static boolean said(String type) {
        return !physical(type) && !symmetric(type) && !"MOBILIZE".equals(type) && !"RETREAT".equals(type);
    }

    /** Event types that happen somewhere: they take the sentence before's place, else the dateline's. */
    private static boolean physical(String type) {
        return type == null || switch (type) {
            case "ASSAULT", "PROTEST", "COERCE", "CONSULT" -> true;
            default -> false;
        };
    }

    private static boolean symmetric(String type) {
        return "CONSULT".equals(type) || "AGREE".equals(type) || "COOPERATE".equals(type);
    }

    /** A named mention of the sentence: its first and last token. */
    private record Named(int first, int last, String id, int place, boolean location, int end) {
    }

    /**
     * Every mention of a linked entity and of a place in the article, sorted by offset, built once per
     * article so that each sentence takes its own by binary search instead of walking every entity.
     */
    static final class Index {
        final List<Entity> entities;
        final List<Place> places;
        final int size;
        final int[] start;
        final int[] end;
        /** The entity's index, or -(place index) - 1 for a place mention. */
        final int[] who;
        final String[] text;

        Index(List<Entity> entities, List<Place> places) {
            this.entities = entities;
            this.places = places;
            int n = 0;
            for (int i = 0; i < entities.size(); i++) {
                n += entities.get(i).id() == null ? 0 : entities.get(i).mentions().size();
            }
            for (int i = 0; i < places.size(); i++) {
                n += places.get(i).mentions().size();
            }
            long[] keys = new long[n];
            Mention[] all = new Mention[n];
            int[] owner = new int[n];
            int k = 0;
            for (int i = 0; i < entities.size(); i++) {
                if (entities.get(i).id() == null) {
                    continue;
                }
                List<Mention> ms = entities.get(i).mentions();
                for (int j = 0; j < ms.size(); j++) {
                    all[k] = ms.get(j);
                    owner[k] = i;
                    keys[k] = (long) ms.get(j).start() << 32 | k;
                    k++;
                }
            }
            for (int i = 0; i < places.size(); i++) {
                List<Mention> ms = places.get(i).mentions();
                for (int j = 0; j < ms.size(); j++) {
                    all[k] = ms.get(j);
                    owner[k] = -i - 1;
                    keys[k] = (long) ms.get(j).start() << 32 | k;
                    k++;
                }
            }
            java.util.Arrays.sort(keys);
            size = n;
            start = new int[n];
            end = new int[n];
            who = new int[n];
            text = new String[n];
            for (int i = 0; i < n; i++) {
                int at = (int) keys[i];
                start[i] = all[at].start();
                end[i] = all[at].end();
                who[i] = owner[at];
                text[i] = all[at].text();
            }
        }

        /** The first mention starting at or after {@code offset}. */
        int from(int offset) {
            int lo = 0;
            int hi = size;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (start[mid] < offset) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }

    /** The named mentions of one sentence, gathered once for all its events. */
    static final class Context {
        private final Index index;
        String[] low;
        /**
         * The sentence's {@link WordClasses}, or null: a word without the trigger class is no trigger,
         * so it is not looked up. Set after {@link #reset}; it may hold more values than the sentence.
         */
        int[] cls;
        List<Token> tokens;
        List<Integer> triggers;
        final List<Named> parties = new ArrayList<>();
        final List<Named> places = new ArrayList<>();
        final List<Named> demonyms = new ArrayList<>();

        Context(Index index, List<Token> tokens, String[] low, List<Integer> triggers) {
            this(index);
            reset(tokens, low, triggers);
        }

        /** A context to {@link #reset} for each sentence of the index's article: its lists are kept. */
        Context(Index index) {
            this.index = index;
        }

        /** Gathers the named mentions of another sentence of the same article. */
        void reset(List<Token> tokens, String[] low, List<Integer> triggers) {
            this.low = low;
            this.cls = null;
            this.tokens = tokens;
            this.triggers = triggers;
            parties.clear();
            places.clear();
            demonyms.clear();
            int sStart = tokens.get(0).start();
            int sEnd = tokens.get(tokens.size() - 1).end();
            for (int k = index.from(sStart); k < index.size && index.start[k] < sEnd; k++) {
                if (index.end[k] > sEnd) {
                    continue;
                }
                int i = index.who[k];
                if (i < 0) {
                    Place p = index.places.get(-i - 1);
                    Named n = named(index.start[k], index.end[k], null, -i - 1, true);
                    // a "demonym" written as the place's own name ("the Philippines") is the name
                    if (n != null) {
                        (Place.DEMONYM.equals(p.kind()) && !index.text[k].equalsIgnoreCase(p.name()) ? demonyms : places)
                                .add(n);
                    }
                }
            }
            for (int k = index.from(sStart); k < index.size && index.start[k] < sEnd; k++) {
                int i = index.who[k];
                if (i >= 0 && index.end[k] <= sEnd) {
                    Entity e = index.entities.get(i);
                    Named n = named(index.start[k], index.end[k], e.id(), -1, e.type() == EntityType.LOCATION);
                    if (n != null && !n.location() && samePlace(n) != null) {
                        // a name the places stage read as a place is one, whatever type the entity has
                        n = new Named(n.first(), n.last(), n.id(), -1, true, n.end());
                    }
                    if (n != null && !overlaps(demonyms, n) && !dateOnly(n)) {
                        parties.add(n); // not "Jul", "3rd Apr": a date the entities stage took for a name
                    }
                }
            }
        }

        /** Whether every word of the name is a month, a weekday or a day's number ("Jul", "3rd Apr", "Nov 12"). */
        private boolean dateOnly(Named n) {
            for (int j = n.first(); j <= n.last(); j++) {
                String w = low[j];
                if (!DATE_WORDS.contains(w) && !ordinal(w) || w.length() <= 4 && allCaps(text(j))) {
                    return false; // not "DEC" (the Disasters Emergency Committee) nor "MAR"
                }
            }
            return true;
        }

        private static boolean allCaps(String w) {
            boolean letter = false;
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                if (Character.isLowerCase(c)) {
                    return false;
                }
                letter |= Character.isLetter(c);
            }
            return letter;
        }

        private static boolean ordinal(String w) {
            int i = 0;
            while (i < w.length() && Character.isDigit(w.charAt(i))) {
                i++;
            }
            if (i == 0 || i > 2) {
                return false;
            }
            String rest = w.substring(i);
            return rest.isEmpty() || rest.equals("st") || rest.equals("nd") || rest.equals("rd") || rest.equals("th");
        }

        private Named named(int start, int end, String id, int place, boolean location) {
            int first = tokenAt(start);
            int last = tokenAt(end - 1);
            return first < 0 || last < 0 ? null : new Named(first, last, id, place, location, end);
        }

        /** The index of the token holding this character, or -1. */
        private int tokenAt(int offset) {
            int lo = 0;
            int hi = tokens.size() - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                Token t = tokens.get(mid);
                if (offset < t.start()) {
                    hi = mid - 1;
                } else if (offset >= t.end()) {
                    lo = mid + 1;
                } else {
                    return mid;
                }
            }
            return -1;
        }

        /** The place mention with exactly the tokens of {@code n}, or null. */
        private Named samePlace(Named n) {
            for (int i = 0; i < places.size(); i++) {
                Named p = places.get(i);
                if (p.first() == n.first() && p.last() == n.last()) {
                    return p;
                }
            }
            return null;
        }

        /**
         * The place named right before token {@code j}, over a place noun ("Yunnan Province"), that
         * ends at token {@code j - 1} or {@code j - 2}; or null.
         */
        private Named placeBefore(int j) {
            // The place noun may be inside the place's mention ("Yunnan Province" as the places stage
            // read it) or after it (the entity "Yunnan"): both ends are tried.
            int last = j - 1;
            int bare = last > 0 && PLACE_NOUNS.contains(low[last]) ? last - 1 : last; // "in Kunming of Yunnan Province and Urumqi"
            for (int i = 0; i < places.size(); i++) {
                int end = places.get(i).last();
                if (end == last || end == bare) {
                    return places.get(i);
                }
            }
            for (int i = 0; i < parties.size(); i++) {
                int end = parties.get(i).last();
                if (parties.get(i).location() && (end == last || end == bare)) {
                    return parties.get(i);
                }
            }
            return null;
        }

        private static boolean overlaps(List<Named> list, Named n) {
            for (int i1 = 0; i1 < list.size(); i1++) {
                Named o = list.get(i1);
                if (o.first() <= n.last() && n.first() <= o.last()) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether the name starting at token {@code k} follows a locative preposition over at most four
         * modifiers ("in the northern city of Kunduz", "in Pakistan's Sindh province", "at northern
         * Israel").
         */
        boolean locative(int k) {
            for (int j = k - 1, steps = 0; j >= 0 && steps < 4; j--, steps++) {
                String w = low[j];
                if (LOCATIVE.contains(w)) {
                    return true;
                }
                if ((w.equals("of") || w.equals("and") || w.equals(",")) && j == k - 1 && j > 0) {
                    // a place joined to a place in a locative phrase is one too: "in Kunming of Yunnan
                    // Province and Urumqi", "near Hama, Homs"
                    Named p = placeBefore(j);
                    if (p != null && p.first() < j) {
                        return locative(p.first());
                    }
                }
                if (w.equals("of")) {
                    return j > 0 && PLACE_NOUNS.contains(low[j - 1]);
                }
                if (!Character.isLetterOrDigit(w.charAt(0)) && !w.equals("'s") && !w.equals("’s")
                        || EventTriggers.TABLE.containsKey(w) || REPORTING.contains(w) || NOT_LOCATIVE.contains(w)) {
                    return false; // "to retaliate against South Korea": "against" heads the phrase, not "to"
                }
            }
            return false;
        }

        /**
         * The first word after the trigger that starts something the event does not reach (names from
         * there on are not its target or place): another event's trigger, "that", "which", "who", "of" +
         * an -ing word, ";", or a trailing ", X said"; the sentence length when there is none.
         */
        int boundaryAfter(int trigger, boolean said) {
            EventTriggers.Trigger own = EventTriggers.TABLE.get(low[trigger]);
            for (int j = trigger + 1; j < low.length; j++) {
                String w = low[j];
                // a relative clause after an attack tells more of it ("the bombing, which killed 17 in
                // Jalalabad"); after a statement it is what was said
                boolean clause = w.equals("that") || w.equals("which") || w.equals("who");
                // "since May, when Free Valley rebels killed six": a clause of its own, with its own subject
                if (startsEvent(j, said, own) || clause && said || w.equals(";") || w.equals("amid") || w.equals("when")
                        || w.equals("where") || w.equals("while") || w.equals("whereas")
                        || w.equals("of") && j + 1 < low.length && low[j + 1].endsWith("ing")) {
                    return j;
                }
                if (w.equals(",")) {
                    for (int r = j + 1; r < low.length && r <= j + 7; r++) {
                        if (REPORTING.contains(low[r])) {
                            return j;
                        }
                    }
                }
            }
            return low.length;
        }

        /**
         * Whether the word at {@code j} is the trigger of another event (also one the stage does not
         * report, "condemned the attack"), not one that only sets the scene ("during a summit in Tokyo").
         */
        private boolean startsEvent(int j, boolean said, EventTriggers.Trigger own) {
            if (cls != null && (cls[j] & WordClasses.TRIGGER) == 0) {
                return false; // no trigger word
            }
            EventTriggers.Trigger other = EventTriggers.TABLE.get(low[j]); // every trigger is a table word
            if (other == null || own != null && other.type().equals(own.type())) {
                return false; // "a drone strike killed two ...": one event of a type per sentence
            }
            if (said) {
                return true; // "condemned the attack on a mosque in Hanau": Hanau is the attack's
            }
            // "in a gunfight in Pulwama", "during a summit in Tokyo", "the attack": a noun setting the
            // scene of this event too; "the countries agreed" is a verb and starts another
            String p1 = j > 0 ? low[j - 1] : "";
            String p2 = j > 1 ? low[j - 2] : "";
            return !(SCENE.contains(p1) || p1.equals("a") || p1.equals("an") || p1.equals("the") || SCENE.contains(p2));
        }

        /**
         * Whether the name follows "in", "at", "inside" or "near" over at most a determiner: a company,
         * a school or a ministry named there is where an event happened, not who did it.
         */
        boolean inside(Named n) {
            int j = n.first() - 1;
            if (j >= 0 && low[j].equals("the")) {
                j--;
            }
            return j >= 0 && switch (low[j]) {
                case "in", "at", "inside", "near", "outside", "around", "within" -> true;
                default -> false;
            };
        }

        /**
         * Whether the name is no party of its own but a modifier of the noun after it, or a place named
         * by one: a part of a hyphenated word ("a Mombasa-bound bus", "Iran-backed militias"), a
         * possessor of something other than an event ("President Ruto's offices", not "Baqeri's visit"),
         * a name before a place noun ("the Kuvo village", "the Idris Lal market"), or a place below a
         * country before the noun it qualifies ("Korvath police have arrested", "a Velmora restaurant
         * manager", "the Tarsk encounter"). The event's actor or target is then the person or body the
         * phrase names, or none. A country before its army, police or government is the state acting
         * ("Norland's army said it had killed"), as the event coders code it. A possessor is passed over
         * only before the trigger ({@code before}): after it, "sanctions on Iran's oil sector" are on Iran.
         * {@code t} is the event's trigger.
         */
        boolean modifier(Named n, boolean before, int t) {
            if (n.end() < tokens.get(n.last()).end() && text(n.last()).charAt(n.end() - tokens.get(n.last()).start()) == '-') {
                return true; // the name ends inside its token, at a hyphen
            }
            int k = n.last() + 1;
            if (k + 1 >= low.length) {
                return false;
            }
            String w = low[k];
            if ((w.equals("-") || w.equals("\u2010")) && tokens.get(k).start() == n.end() && lowerWord(k + 1)
                    && tokens.get(k + 1).start() == tokens.get(k).end()) {
                return true; // "Mombasa - bound" as three tokens
            }
            if (w.equals("'s") || w.equals("\u2019s")) {
                // the possessor of a thing is no party; of an event ("X's visit", "X's deadly attack") it is
                for (int j = k + 1; j < low.length && j <= k + 2 && lowerWord(j); j++) {
                    if (EventTriggers.TABLE.containsKey(low[j])) {
                        return false;
                    }
                }
                return before && lowerWord(k + 1) && !EventTriggers.TABLE.containsKey(low[k + 1])
                        && !ACTING.contains(low[k + 1]) && !(n.location() && head(low[k + 1]) && country(n));
            }
            if (!lowerWord(k)) {
                return false;
            }
            if (PLACE_HEADS.contains(w)) {
                return true;
            }
            if (!n.location()) {
                return false;
            }
            if (head(w)) {
                return !country(n);
            }
            // after a determiner the place is inside a noun phrase, unless a verb follows it ("the US sent");
            // a country right before the event's own noun is the state acting ("a Norland drone strike"), as
            // event coders code it; before another noun it qualifies it ("the Iraq war", "a UK banker")
            int d = n.first() - 1;
            return d >= 0 && (low[d].equals("the") || low[d].equals("a") || low[d].equals("an"))
                    && !AFTER_SUBJECT.contains(w) && !REPORTING.contains(w) && !w.endsWith("ed")
                    && !(t > n.last() && t - n.last() <= 2 && country(n));
        }

        /**
         * Whether the name can be the subject of the passive trigger: no pronoun subject, reporting
         * verb or clause word stands between them ("X told reporters that the soldiers were ambushed").
         */
        /** Verbs of a defendant's coming to court: a name after their "before" is the bench, not a doer. */
        private static final Set<String> BROUGHT = WordSet.of("appeared", "appearing", "appears", "appear", "arraigned",
                "produced", "brought", "presented");

        /** Determiners that open a noun phrase: a word ending in "-ed" after one is an adjective ("a retired teacher"). */
        private static final Set<String> ARTICLES = WordSet.of("a", "an", "the", "his", "her", "their", "its", "our");

        boolean subjectOf(Named n, int t) {
            boolean comma = false;
            boolean verb = false; // a finite verb after the name: "X RCMP officers searched the cabin and ..."
            for (int j = n.last() + 1; j < t; j++) {
                comma |= low[j].equals(",");
                if (low[j].endsWith("ed") && low[j].length() > 3 && !ARTICLES.contains(low[j - 1])) {
                    verb = true;
                }
                if (verb && (low[j].equals("and") || low[j].equals(",")) && j + 1 < t
                        && (ARTICLES.contains(low[j + 1]) || low[j + 1].equals("another"))) {
                    return false; // "... responded and found a fire, and a man was arrested": the man's clause
                }
                if (low[j - 1].equals(",") && (low[j].equals("who") || low[j].equals("which") || low[j].equals("whose"))) {
                    // "Mrs Hanan, 59, who led the aid group's work, was abducted": over the relative clause
                    int close = j + 1;
                    while (close < t && !low[close].equals(",")) {
                        close++;
                    }
                    if (close >= t) {
                        return false;
                    }
                    j = close;
                    continue;
                }
                switch (low[j]) {
                    case "he", "she", "it", "they", "we", "i", "you", "that", "when", "which", "who", "where" -> {
                        return false;
                    }
                    case "his", "her", "their", "its", "our", "my" -> {
                        if (t - j <= 4) {
                            return false; // "the night his wife was shot": another subject
                        }
                    }
                    default -> {
                        if (REPORTING.contains(low[j])) {
                            return false;
                        }
                    }
                }
            }
            // "The singer, who has been linked to X, was arrested": X is inside a relative clause
            for (int j = n.first() - 1; comma && j >= 0 && !low[j].equals(","); j--) {
                if (low[j].equals("who") || low[j].equals("which") || low[j].equals("whose") || low[j].equals("whom")) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Whether the place name is a country (a party in its own right, "Norland shelled ..."), as the
         * places stage resolved it; a town, a road or an unresolved name is not.
         */
        boolean country(Named n) {
            int at = n.place();
            if (at < 0) {
                Named p = samePlace(n);
                at = p == null ? -1 : p.place();
            }
            String code = null;
            if (at >= 0) {
                code = index.places.get(at).featureCode();
            } else if (n.id() != null && n.id().startsWith("geonames:") && n.id().length() > 9
                    && Character.isDigit(n.id().charAt(9))) {
                long id = geonameId(n.id());
                for (int i = 0; i < index.places.size() && code == null; i++) {
                    Place p = index.places.get(i);
                    if (p.geonameId() != null && p.geonameId() == id) {
                        code = p.featureCode();
                    }
                }
            }
            return code != null && code.startsWith("PCL");
        }

        /** The number of a "geonames:N" id, read without allocating; -1 when it is not one. */
        private static long geonameId(String id) {
            long v = 0;
            for (int i = 9; i < id.length(); i++) {
                char c = id.charAt(i);
                if (c < '0' || c > '9' || v > Long.MAX_VALUE / 10 - 10) {
                    return -1;
                }
                v = v * 10 + (c - '0');
            }
            return v;
        }

        /** Whether the word is a noun of a body or of people that a name before it may qualify ("police"). */
        private static boolean head(String w) {
            return !EventTriggers.TABLE.containsKey(w) && (MODIFIED_HEADS.contains(w)
                    || CasualtyFinder.VICTIMS.containsKey(w) || CasualtyFinder.PEOPLE.contains(w));
        }

        /** Whether token {@code j} is a word in lower case letters. */
        private boolean lowerWord(int j) {
            String t = text(j);
            return !t.isEmpty() && Character.isLowerCase(t.charAt(0)) && Character.isLetter(t.charAt(t.length() - 1));
        }

        private String text(int j) {
            return tokens.get(j).word();
        }

        /**
         * Whether the name stands in a phrase of affiliation, not of a party: "documents related to X",
         * "a member of X", "linked to X", "loyal to X", "inspired by X" (over "the").
         */
        boolean affiliation(Named n) {
            int j = n.first() - 1;
            if (j >= 0 && (low[j].equals("\"") || low[j].equals("\u201c") || low[j].equals("'"))) {
                j--; // 'members of a new rebel group "X"'
            }
            for (int words = 0; j > 1 && words < 4 && lowerWord(j) && !low[j].equals("of") && !low[j].equals("to")
                    && !low[j].equals("with") && !low[j].equals("by"); words++) {
                j--; // "members of a new rebel group X": the group's description before its name
            }
            if (j >= 0 && low[j].equals("the")) {
                j--;
            }
            if (j < 1) {
                return false;
            }
            String p = low[j];
            String w = low[j - 1];
            return p.equals("to") && (w.equals("related") || w.equals("linked") || w.equals("affiliated")
                    || w.equals("tied") || w.equals("loyal") || w.equals("links") || w.equals("belonging")
                    || w.equals("allegiance") || w.equals("connected"))
                    || p.equals("of") && (w.equals("member") || w.equals("members") || w.equals("supporter")
                    || w.equals("supporters") || w.equals("sympathiser") || w.equals("sympathisers")
                    || w.equals("sympathizer") || w.equals("sympathizers") || w.equals("affiliate"))
                    || p.equals("with") && (w.equals("links") || w.equals("ties") || w.equals("affiliated"))
                    || p.equals("by") && w.equals("inspired");
        }

        /**
         * Whether only one or two signs (a dash, a bracket, a quote mark) stand between the name that
         * ends at {@code end} and the token {@code first}: 'the group "X –XF"', 'X (XF)', the second
         * name is the first one's acronym.
         */
        boolean joinedBySigns(int end, int first) {
            if (first <= end + 1 || first - end > 3) {
                return false;
            }
            for (int j = end + 1; j < first; j++) {
                String w = text(j);
                if (w.isEmpty() || Character.isLetterOrDigit(w.charAt(0))) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Whether the name after the trigger {@code t} is the agent of another verb: "The arrests follow
         * an operation ordered by X": a "by" after a past participle that is not the trigger.
         */
        boolean otherAgent(int t, Named n) {
            for (int j = n.first() - 1; j > t + 1; j--) {
                if (low[j].equals("by")) {
                    return low[j - 1].endsWith("ed") && EventTriggers.TABLE.get(low[j - 1]) == null;
                }
            }
            return false;
        }

        /** Whether one word of the name is a word of the police ("Royal Malaysia Police", "the DCI"). */
        boolean police(Named n) {
            for (int j = n.first(); j <= n.last(); j++) {
                if (POLICE_WORDS.contains(low[j])) {
                    return true;
                }
            }
            return false;
        }

        /** Whether a verb of doing or claiming stands before the explosion noun at {@code t}, over a determiner and two modifiers. */
        boolean doneBy(int t) {
            for (int j = t - 1; j >= 0 && t - j <= 4; j--) {
                if (DOING.contains(low[j])) {
                    return true;
                }
                if (!lowerWord(j)) {
                    return false;
                }
            }
            return false;
        }

        /** Whether the noun trigger at {@code t} is what someone looks into: "to look into the killing of". */
        boolean investigated(int t) {
            int j = t - 1;
            for (int adjectives = 0; j > 0 && adjectives < 2 && lowerWord(j) && !low[j].equals("the")
                    && !low[j].equals("a") && !low[j].equals("an") && !INVESTIGATING.contains(low[j]); adjectives++) {
                j--; // "is investigating the fatal shooting", "to probe the alleged police killing"
            }
            if (j >= 0 && (low[j].equals("the") || low[j].equals("a") || low[j].equals("an"))) {
                j--;
            } else {
                return false; // "investigated shootings": no determiner, the noun is no object here
            }
            return j >= 0 && INVESTIGATING.contains(low[j]);
        }

        /**
         * Whether the "-ing" trigger at {@code t} modifies the noun of people before it (a reduced relative:
         * "to flush out gangs terrorizing and killing residents"): its actor is that noun, not a name
         * further back, unless the name modifies the noun ("Hamza fighters killing civilians").
         */
        boolean reducedRelative(int t, Named actor) {
            if (!low[t].endsWith("ing")) {
                return false;
            }
            int j = t - 1;
            if (j > 1 && low[j].equals("and") && low[j - 1].endsWith("ing")) {
                j -= 2; // "terrorizing and killing"
            }
            if (j < 0 || !lowerWord(j) || actor.last() >= j - 1) {
                return false;
            }
            String w = low[j];
            return CasualtyFinder.isPerson(w) || w.equals("gangs") || w.equals("groups") || w.equals("cults")
                    || w.equals("mobs") || w.equals("gunmen") || w.equals("bandits") || w.equals("militants");
        }

        /**
         * The comma that closes a clause opening the sentence (at {@code from}) with a subordinator
         * before the trigger ("After checking the Velcom footage, police detained", "As Sato told the
         * clerk ..., police believe"): the names before it are not the actor; -1 when there is none.
         */
        int frontedEnd(int from, int t) {
            if (from >= low.length || !FRONTED.contains(low[from])) {
                return -1;
            }
            for (int j = from + 1; j < t; j++) {
                if (low[j].equals(",")) {
                    return j;
                }
            }
            return -1;
        }

        /**
         * The "by" that makes the name an agent, over a determiner and a quantity ("by about 30 Free
         * Valley Army rebels", "by suspected Hamza fighters"); -1 when there is none.
         */
        int byBefore(Named n) {
            boolean within = false; // over one "from"/"of": "by officers from the Special Crimes Unit"
            for (int j = n.first() - 1; j >= 0 && n.first() - j <= (within ? 8 : 5); j--) {
                String w = low[j];
                if (w.equals("by")) {
                    return j;
                }
                if (!within && (w.equals("from") || w.equals("of")) && j > 1 && lowerWord(j - 1)
                        && !low[j - 1].equals("by") && !EventTriggers.TABLE.containsKey(low[j - 1])) {
                    within = true; // the name modifies the agent's noun: still the agent's phrase
                    continue;
                }
                boolean number = Character.isDigit(w.charAt(0)) || QUANTITY.contains(w);
                if (!number && (!lowerWord(j) || LOCATIVE.contains(w) || NOT_LOCATIVE.contains(w) || REPORTING.contains(w)
                        || EventTriggers.TABLE.containsKey(w) || w.equals("and") || w.equals("or") || w.equals("that")
                        || w.equals("which") || w.equals("who") || w.equals("of"))) {
                    return -1;
                }
            }
            return -1;
        }

        /**
         * Whether the "by" at {@code by} gives the agent of the noun trigger at {@code t} over a
         * passive frame: "the bombing was carried out by X", "an attack claimed by X", "the raid, led by".
         */
        boolean frameBy(int t, int by) {
            if (by <= t + 1 || by - t > 5 || !low[by - 1].endsWith("ed") && !low[by - 1].equals("out")) {
                return false;
            }
            for (int j = t + 1; j < by - 1; j++) {
                if (!BY_FRAME.contains(low[j]) && !low[j].endsWith("ed")) {
                    return false;
                }
            }
            return true;
        }

        /** Whether the name follows {@code word} over at most a determiner: "by Baqeri", "by the army". */
        boolean after(Named n, String word) {
            int j = n.first() - 1;
            if (j >= 0 && (low[j].equals("the") || low[j].equals("a"))) {
                j--;
            }
            return j >= 0 && low[j].equals(word);
        }

        /** Whether the "by" before the name is the word at {@code j} ("the visit by X", not "a proposal by X"). */
        boolean byAt(int j, Named n) {
            return j < low.length && low[j].equals("by") && n.first() - j <= 2;
        }

        /**
         * The colon that ends a credit head before the trigger ("Kano, (UrduPoint - APP - 15th Jul,
         * 2019) :About 300 gunmen raided"): a bracket before it within the sentence's first 24 words.
         * The agency and the date inside are the copy's furniture, not the actor; -1 when there is none.
         */
        int creditEnd(int t) {
            boolean bracket = false;
            for (int j = 0; j < Math.min(t, 24); j++) {
                String w = low[j];
                if (w.equals("(")) {
                    bracket = true;
                } else if (w.equals(":")) {
                    return bracket ? j : -1;
                }
            }
            return -1;
        }

        /**
         * The judicial or police verb of "were arrested by the task team on Tuesday for allegedly
         * shooting dead six people" when the trigger at {@code t} is the gerund after its "for"; -1 otherwise.
         */
        int heldFor(int t) {
            if (!low[t].endsWith("ing")) {
                return -1;
            }
            int f = t - 1;
            while (f >= 0 && EventTriggers.ADVERBS.contains(low[f])) {
                f--; // "for allegedly shooting"
            }
            if (f < 1 || !low[f].equals("for")) {
                return -1;
            }
            for (int j = f - 1; j >= Math.max(0, f - 16); j--) {
                String w = low[j];
                if (HELD_FOR.contains(w)) {
                    return j;
                }
                if (w.equals(".") || w.equals(";") || REPORTING.contains(w)) {
                    return -1;
                }
            }
            return -1;
        }

        /** Whether the trigger is a passive participle: "was attacked", "were arrested". */
        boolean passive(int t) {
            int b = t - 1;
            while (b >= 0 && (EventTriggers.ADVERBS.contains(low[b]) || WEEKDAYS.contains(low[b])
                    || b > 0 && (low[b].equals("and") || low[b].equals("or")) && low[b - 1].endsWith("ed"))) {
                if (WEEKDAYS.contains(low[b])) {
                    b -= b > 0 && low[b - 1].equals("on") ? 2 : 1; // "were on Tuesday shot dead"
                    continue;
                }
                b -= EventTriggers.ADVERBS.contains(low[b]) ? 1 : 2; // "were also attacked", "was convicted and sentenced"
            }
            String p = b >= 0 ? low[b] : "";
            return p.equals("was") || p.equals("were") || p.equals("been") || p.equals("being") || p.equals("is")
                    || p.equals("are") || p.equals("be") || p.equals("got") || p.equals("get");
        }

        /**
         * Whether the name is the subject of a passive death or injury between it and the trigger ("Ten
         * Taliban fighters were also killed in clashes"): the victims, not the attacker.
         */
        boolean victim(Named n, int t) {
            for (int j = n.last() + 1; j < t && j <= n.last() + 6; j++) {
                switch (low[j]) {
                    case "killed", "wounded", "injured", "hurt", "slain", "martyred" -> {
                        if (passive(j)) {
                            return true;
                        }
                    }
                    case ",", ";", "and", "but", "said", "says" -> {
                        return false;
                    }
                    default -> {
                    }
                }
            }
            return false;
        }

        /** Whether the name is whom something was told ("told Russia's TASS news agency"), over names and "'s". */
        boolean addressee(Named n) {
            for (int j = n.first() - 1; j >= 0 && n.first() - j <= 3; j--) {
                String w = low[j];
                if (w.equals("told") || w.equals("telling") || w.equals("tells")) {
                    return true;
                }
                if (w.equals("before") && j > 0 && BROUGHT.contains(low[j - 1])) {
                    return true; // "X appeared before Chief Magistrate Y and denied ...": the judge heard it
                }
                if (!w.equals("'s") && !w.equals("’s") && !w.equals("the")
                        && !Character.isUpperCase(tokens.get(j).word().charAt(0))) {
                    return false;
                }
            }
            return false;
        }

        /**
         * The preposition of time that opens a noun trigger's phrase ("has stepped up security since the
         * terrorist attacks on ..."), over at most four words: a name before it is the subject of another
         * verb, not the attack's actor; -1 when there is none. An assault needs no determiner ("has stepped
         * up efforts following terrorist attacks on ..."): the subject of another verb is never the attacker
         * of attacks it reacts to, where "after talks with" is said of their party.
         */
        int sceneBefore(int trigger, String type) {
            if (low[trigger].endsWith("ed")) {
                return -1; // a verb: "after the countries agreed", "has since criticised"
            }
            boolean assault = "ASSAULT".equals(type);
            boolean determiner = false; // a noun phrase: "since the attacks", not "after talks with"
            for (int j = trigger - 1; j >= 0 && trigger - j <= 4; j--) {
                switch (low[j]) {
                    case "since", "after", "before", "following", "despite" -> {
                        return determiner || assault ? j : -1;
                    }
                    case "the", "a", "an", "this", "these", "those", "its", "their", "his", "her" -> determiner = true;
                    default -> {
                        if (!Character.isLetter(low[j].charAt(0))
                                || !assault && EventTriggers.TABLE.containsKey(low[j])) {
                            return -1; // an assault's modifiers ("terrorist", "suicide") are trigger words too
                        }
                    }
                }
            }
            return -1;
        }

        /**
         * The last reporting verb before the trigger when no pronoun after it takes the speaker up
         * ("Police said the BLA had carried out the attack"): names before it are not the actor; -1 when
         * there is none.
         */
        int speechBefore(int trigger) {
            boolean far = false; // a clause word between a pronoun and the trigger: "said it was too early to say whether"
            for (int j = trigger - 1; j >= 0; j--) {
                if (PRONOUNS.contains(low[j]) && !far) {
                    return -1; // "the army said it had killed": the speaker is the actor
                }
                far |= CLAUSE_WORDS.contains(low[j]);
                if (REPORTING.contains(low[j])) {
                    if (low[j].equals("according")) {
                        for (int c = j + 1; c < trigger; c++) {
                            if (low[c].equals(",")) {
                                return c; // "According to the DCI, the youths were arrested": the source is no role
                            }
                        }
                    }
                    return j;
                }
            }
            return -1;
        }

        /**
         * The start of a subordinate clause with a subject of its own that holds the trigger ("..., so
         * while the bandits were fleeing from airstrikes"): the names before it are in another clause,
         * not the actor; -1 when there is none.
         */
        int subordinateBefore(int trigger) {
            for (int j = trigger - 2; j >= 0 && trigger - j <= 10; j--) {
                if (SUBORDINATORS.contains(low[j]) && SUBJECT_OPENERS.contains(low[j + 1])) {
                    return j;
                }
                if (low[j].equals(",") || low[j].equals(";")) {
                    return -1;
                }
            }
            return -1;
        }
    }

    private Roles() {
    }

    /**
     * The roles of the event triggered at token {@code t} of the context's sentence.
     *
     * @param before    the place of an event of this type in the sentence before; or null
     * @param dateline  the index of the dateline's place in {@code places[]}; or null
     */
    static Result of(Context c, int t, String type, Integer before, Integer dateline) {
        return of(c, t, type, before, dateline, 0, c.low.length);
    }

    /**
     * As {@link #of(Context, int, String, Integer, Integer)}, with names taken only from the trigger's
     * clause, tokens {@code from} until {@code to} (one of two events of a type in the sentence).
     */
    static Result of(Context c, int t, String type, Integer before, Integer dateline, int from, int to) {
        boolean said = said(type);
        int stop = Math.min(c.boundaryAfter(t, said), to);
        int speech = Math.max(Math.max(c.speechBefore(t), from - 1), Math.max(c.sceneBefore(t, type),
                Math.max(Math.max(c.frontedEnd(from, t), c.creditEnd(t)), c.subordinateBefore(t))));
        Named place = place(c, t, stop, from);
        Named actor = null;
        Named target = null;
        Named agent = null;
        boolean passive = c.passive(t) && !c.low[t].endsWith("ing");
        int heldFor = c.heldFor(t); // "were arrested by X for allegedly shooting": X did not shoot
        boolean victim = false;
        Named subject = null; // of a passive: the last name before the trigger that can be its subject
        String affiliated = null; // a group named after the trigger as an affiliation, not a party
        int affiliatedEnd = -1; // where that group's name ends: its acronym may follow after a dash or bracket
        for (int i2 = 0; i2 < c.parties.size(); i2++) {
            Named n = c.parties.get(i2);
            if (n.location() && (c.locative(n.first()) || place != null && place.first() == n.first())) {
                continue; // where it happened, not who
            }
            if (c.modifier(n, n.last() < t, t) || n.location() && n.last() < t && c.after(n, "of")) {
                continue; // "Korvath police", "the director of the Sarn Region": the phrase names another
            }
            if (n.last() < t) {
                if (heldFor >= 0 && n.last() > heldFor) {
                    continue; // the arresters, between "arrested" and "for ...ing": not the shooting's actor
                }
                if (physical(type) && c.inside(n)) {
                    continue; // "in Hebei Jinxin Steel Company": where it happened, not who did it
                }
                if ((actor == null || n.last() > actor.last()) && n.last() > speech && !c.addressee(n)) {
                    if (type != null && type.equals("ASSAULT") && c.victim(n, t)) {
                        target = target == null ? n : target; // "X were also killed in clashes": X suffered it
                        victim = true;
                        continue;
                    }
                    actor = n;
                    if (passive && c.subjectOf(n, t)) {
                        subject = n;
                    }
                }
            } else if (n.first() >= stop || n.first() <= t) {
                continue;
            } else if (agent == null && byAgent(c, t, n)) {
                agent = n; // "the visit by Baqeri", "was attacked by X", "was carried out by X"
            } else if (passive && c.byBefore(n) > t) {
                continue; // a second name of a passive's agent phrase: who did it, never whom it befell
            } else if (physical(type) && (c.inside(n) || n.location() && !c.country(n))) {
                continue; // "arrested at the Kessel Police Station", "an attack on Osk": where, not whom
            } else if (n.id() != null && n.id().equals(affiliated) || affiliatedEnd >= 0
                    && c.joinedBySigns(affiliatedEnd, n.first())) {
                continue; // "related to the Islamic Front (IF)": the acronym of a group named as an affiliation
            } else if (c.affiliation(n)) {
                affiliated = n.id(); // "documents related to X", "a member of X": what the target belongs to
                affiliatedEnd = n.last();
            } else if (c.otherAgent(t, n) || "COERCE".equals(type) && c.police(n)) {
                continue; // "an operation ordered by X", "put the X Police on alert"
            } else if (target == null || n.first() < target.first()) {
                target = n;
            }
        }
        if (agent != null) {
            target = c.passive(t) ? actor : target;
            actor = agent;
        } else if (passive && !symmetric(type)) {
            // "Dario Venn was sentenced", "Lena Marsh was refused bail in Corby Court": the subject
            // suffered it and no agent is named; a name after the verb is neither
            target = subject != null ? subject : victim ? target : null;
            actor = null;
        }
        if (target != null && target.location()) {
            target = head(c, target); // "met Saudi Crown Prince Faisal": the prince, not the country
        }
        if (actor != null && agent == null && (BLASTS.contains(c.low[t]) && !c.doneBy(t)
                || c.investigated(t) || c.reducedRelative(t, actor))) {
            actor = null; // "X said the blast ...", "ordered X to look into the killing", "gangs killing residents"
        }
        if (actor != null && actor.location() && ("ASSAULT".equals(type) || "COERCE".equals(type)) && !c.country(actor)) {
            actor = null; // a town, a state or a road does not attack or arrest ("Katsina state" of "attacks")
        }
        if (actor != null && actor.id().equals(target == null ? null : target.id())) {
            target = null;
        }
        if (actor != null && symmetric(type) && target == null) {
            Named other = coordinated(c, actor);
            if (other != null && !other.id().equals(actor.id())) {
                target = actor;
                actor = other;
            }
        }
        Integer where = place == null ? null : place.place();
        if (where == null && physical(type)) {
            where = before != null ? before : dateline;
        }
        return new Result(actor == null ? null : actor.id(), target == null ? null : target.id(), where);
    }

    /** Whether the name after the trigger is its agent: "the visit by X", "was attacked by about 30 X rebels". */
    private static boolean byAgent(Context c, int t, Named n) {
        int by = c.byBefore(n);
        return by > t && (c.passive(t) || by == t + 1 || c.frameBy(t, by));
    }

    /**
     * The person or organisation a place name modifies ("Saudi Crown Prince Faisal", "U.S. envoy Tom
     * Harlan"): one starting within four words after it with only words between; else the place itself.
     */
    private static Named head(Context c, Named modifier) {
        for (int i3 = 0; i3 < c.parties.size(); i3++) {
            Named n = c.parties.get(i3);
            if (!n.location() && n.first() > modifier.last() && n.first() - modifier.last() <= 4) {
                boolean words = true;
                for (int q = modifier.last() + 1; q < n.first(); q++) {
                    String w = c.low[q];
                    words &= Character.isLetter(w.charAt(0)) && !LOCATIVE.contains(w) && !w.equals("and")
                            && !w.equals("of") && !EventTriggers.TABLE.containsKey(w);
                }
                if (words) {
                    return n;
                }
            }
        }
        return modifier;
    }

    /** "X and Y agreed": the party before "and" when the actor is the second of two coordinated names. */
    private static Named coordinated(Context c, Named second) {
        int j = second.first() - 1;
        while (j >= 0 && second.first() - j <= 3 && !c.low[j].equals("and")) {
            if (!Character.isLetter(c.low[j].charAt(0))) {
                return null;
            }
            j--;
        }
        if (j < 1 || !c.low[j].equals("and")) {
            return null;
        }
        for (int i4 = 0; i4 < c.parties.size(); i4++) {
            Named n = c.parties.get(i4);
            if (n.last() < j && j - n.last() <= 3 && !(n.location() && c.locative(n.first()))) {
                boolean plain = true;
                for (int q = n.last() + 1; q < j; q++) {
                    String w = c.low[q];
                    plain &= Character.isLetter(w.charAt(0)) && !EventTriggers.TABLE.containsKey(w) || w.equals("'s")
                            || w.equals("’s");
                }
                if (plain) {
                    return n;
                }
            }
        }
        return null;
    }

    /**
     * The place of the event at token {@code t}: of the places named in a locative phrase, as the
     * trigger's object ("visited Tehran") or right before a noun trigger ("the Kabul bombing"), the
     * first after the trigger (up to a boundary), else the last before it; a place followed by "'s" and
     * another place gives way to the more specific one ("in Pakistan's Sindh province").
     */
    private static Named place(Context c, int t, int stop, int from) {
        Named after = null;
        Named before = null;
        boolean objectIsPlace = OBJECT_IS_PLACE.contains(c.low[t]);
        for (int i5 = 0; i5 < c.places.size(); i5++) {
            Named p = c.places.get(i5);
            boolean adjacentAfter = objectIsPlace && (p.first() == t + 1 || p.first() == t + 2 && c.low[t + 1].equals("the"));
            boolean adjacentBefore = p.last() == t - 1 && p.first() > 0 && isDeterminer(c.low[p.first() - 1])
                    && !c.low[t].endsWith("ed");
            if (!adjacentAfter && !adjacentBefore && !c.locative(p.first())) {
                continue;
            }
            if (p.first() > t) {
                if ((after == null || p.first() < after.first()) && p.first() < stop) {
                    after = p;
                }
            } else if (p.last() < t && p.first() >= from && (before == null || p.first() > before.first())) {
                before = p;
            }
        }
        // A place before the trigger in a chain of places ("from Camberley, Surrey", "in Kunming of Yunnan
        // Province"): the chain's first member is the most specific, the later ones say where it lies.
        while (after == null && before != null && before.first() > from + 1) {
            String joint = c.low[before.first() - 1];
            Named head = joint.equals(",") || joint.equals("of") ? c.placeBefore(before.first() - 1) : null;
            if (head == null || head.first() >= before.first() || head.first() < from || !c.places.contains(head)) {
                break;
            }
            before = head;
        }
        Named chosen = after != null ? after : before;
        if (chosen == null) {
            return null;
        }
        int k = chosen.last() + 1;
        if (k < c.low.length && (c.low[k].equals("'s") || c.low[k].equals("’s"))) {
            for (int i6 = 0; i6 < c.places.size(); i6++) {
                Named p = c.places.get(i6);
                if (p.first() == k + 1 || p.first() == k + 2) {
                    return p;
                }
            }
        }
        return chosen;
    }

    private static boolean isDeterminer(String w) {
        return switch (w) {
            case "the", "a", "an", "'s", "’s", "this", "last" -> true;
            default -> false;
        };
    }
}
