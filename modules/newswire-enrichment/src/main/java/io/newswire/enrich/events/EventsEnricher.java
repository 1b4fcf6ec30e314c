package io.newswire.enrich.events;

import io.newswire.enrich.api.Enricher;
import io.newswire.enrich.text.Tokenizer;
import io.newswire.enrich.text.Tokenizer.Token;
import io.newswire.enrich.text.WordMemo;
import io.newswire.enrich.text.WordSet;
import io.newswire.model.Article;
import io.newswire.model.Casualties;
import io.newswire.model.Event;
import io.newswire.model.Mention;
import io.newswire.model.Place;
import io.newswire.model.Toll;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The events stage, after link: what happened, as PLOVER event types with their trigger, actor,
 * target, place, date, status (asserted, negated, future, hypothetical) and casualty figures, each
 * with its evidence span. English only: an article in another language gets no events, never wrong
 * ones.
 *
 * <p>One toll per event: a figure restated later in the article ("at least 128" then "128") is kept
 * once, a breakdown ("including 5 soldiers") is not a toll, an update ("the toll rose to 45") replaces
 * the smaller figures it updates, and two figures that contradict each other are both kept.
 *
 * <p>Stateless and thread-safe; tables are loaded once when the class is initialised.
 */
public final class EventsEnricher implements Enricher {

    /** Articles longer than this are read up to here: tolls and events are stated early. */
    static final int MAX_CHARS = 20_000;

    @Override
    public String name() {
        return "events";
    }

    @Override
    public Article enrich(Article article) {
        if (!"en".equals(article.language().code())) {
            return article.events().isEmpty() ? article : article.toBuilder().events(List.of()).build();
        }
        List<Event> events = extract(article);
        return article.toBuilder().events(events).build();
    }

    /** A toll being collected, before merging across the article. */
    private static final class Pending {
        final String kind;
        Toll toll;
        final int event;
        final boolean supersedes;
        final boolean cumulative;
        /** No number phrase states it: it gives way to any figure of its kind. */
        boolean weak;
        /** Its sentence tells an earlier, superseded count ("Earlier reports said ..."). */
        boolean earlier;
        boolean dropped;
        String source;

        Pending withToll(Toll t) {
            this.toll = t;
            return this;
        }

        Pending(String kind, Toll toll, int event, boolean supersedes, boolean cumulative) {
            this.kind = kind;
            this.toll = toll;
            this.event = event;
            this.supersedes = supersedes;
            this.cumulative = cumulative;
        }
    }

    /** An event being collected. */
    /** An event being collected; {@code bare}: made for a toll no trigger owns, it lives only by that toll. */
    private record Draft(String type, String mode, Mention trigger, String actor, String target, Integer place,
            DateWords.When date, String status, Mention sentence, boolean bare) {

        Draft(String type, String mode, Mention trigger, String actor, String target, Integer place,
                DateWords.When date, String status, Mention sentence) {
            this(type, mode, trigger, actor, target, place, date, status, sentence, false);
        }
    }

    static List<Event> extract(Article article) {
        String text = article.text();
        if (text.length() > MAX_CHARS) {
            text = text.substring(0, MAX_CHARS);
        }
        LocalDate base = baseDate(article);
        List<Draft> drafts = new ArrayList<>();
        List<Pending> tolls = new ArrayList<>();
        Integer dateline = datelinePlace(article.places());
        int previousFrom = 0; // the drafts of the sentence before: previousFrom until previousTo
        int previousTo = 0;
        Roles.Index index = null;
        Roles.Context roles = null; // one per article, reset for each sentence that needs it
        int[] cls = new int[64]; // the word classes of the sentence, grown as needed
        Tokenizer.View view = Tokenizer.view(text);
        long[] memo = WordClasses.MEMO.values(view);
        String[] forms = null; // the lower-case forms, asked only when a sentence may hold an event
        int tokenIndex = 0; // the view's index of the sentence's first token
        for (List<Token> sentence : view.sentences()) {
            int firstToken = tokenIndex;
            tokenIndex += sentence.size();
            int beforeFrom = previousFrom;
            int beforeTo = previousTo;
            previousFrom = drafts.size();
            previousTo = drafts.size();
            int n = sentence.size();
            if (cls.length < n) {
                cls = new int[Math.max(n, 2 * cls.length)];
            }
            int has = WordClasses.fill(sentence, cls, view, firstToken, memo) & (TRIGGER_WORD | CASUALTY_WORD);
            if (has == 0) {
                continue; // most sentences: no trigger and no casualty word, so nothing below could fire
            }
            String[] low = new String[n];
            if (forms == null) {
                forms = WordMemo.lowerCaseForms(view);
            }
            for (int i = 0; i < n; i++) {
                low[i] = WordMemo.lowerCase(forms, view, firstToken + i, sentence.get(i).word());
            }
            // what EventTriggers.find and CasualtyFinder.mayHold would say without a trigger (a casualty) word
            List<Integer> clauses = (has & TRIGGER_WORD) == 0 ? List.of() : new ArrayList<>(2);
            List<Integer> triggers = (has & TRIGGER_WORD) == 0 ? List.of() : EventTriggers.find(low, clauses, cls);
            boolean casualties = (has & CASUALTY_WORD) != 0 || CasualtyFinder.armedAt(low, triggers);
            // figures first: a sentence with a casualty word but no figure and no trigger ("funding was
            // still missing") makes nothing, so it needs no roles context and no date
            List<CasualtyFinder.Found> found = casualties ? CasualtyFinder.find(low, cls) : List.of();
            if (triggers.isEmpty() && found.isEmpty()) {
                continue;
            }
            if (index == null) {
                index = new Roles.Index(article.entities(), article.places());
            }
            if (roles == null) {
                roles = new Roles.Context(index);
            }
            roles.reset(sentence, low, triggers);
            roles.cls = cls;
            int sStart = sentence.get(0).start();
            int sEnd = sentence.get(n - 1).end();
            Mention sMention = new Mention(sStart, sEnd, text.substring(sStart, sEnd));
            DateWords.When date = DateWords.resolve(low, sentence, base, false, 0, n, cls);
            int first = drafts.size();
            for (int k = 0; k < triggers.size(); k++) {
                int t = triggers.get(k);
                EventTriggers.Trigger tr = EventTriggers.TABLE.get(low[t]);
                Token tok = sentence.get(t);
                int from = Math.max(0, clauses.get(k));
                int to = clauseEnd(triggers, clauses, k, tr.type(), low);
                if (from == 0 && to == n) {
                    String status = Factuality.of(low, t, tr.type(), 0, n, cls);
                    Roles.Result r = Roles.of(roles, t, tr.type(), placeOf(drafts, beforeFrom, beforeTo, tr.type()),
                            dateline);
                    drafts.add(new Draft(tr.type(), tr.mode(), new Mention(tok.start(), tok.end(), tok.word()),
                            r.actor(), r.target(), r.place(), status.equals(Factuality.ASSERTED)
                            || status.equals(Factuality.NEGATED) ? date
                            : DateWords.resolve(low, sentence, base, true, 0, n, cls),
                            status, sMention));
                    continue;
                }
                // one of several events of this type in the sentence: its own clause gives its status,
                // roles and date; what its clause leaves unsaid ("... for talks with X", "and later
                // arrested five") it shares with the event of its type before it
                Draft prev = from == 0 ? null : previousOfType(drafts, first, tr.type());
                String status = Factuality.of(low, t, tr.type(), from, to, cls);
                if (prev != null && status.equals(Factuality.ASSERTED) && sharesMood(low, from, t)) {
                    status = prev.status(); // "will visit Tehran and hold talks": both planned
                }
                Roles.Result r = Roles.of(roles, t, tr.type(), prev != null ? null
                        : placeOf(drafts, beforeFrom, beforeTo, tr.type()), prev != null ? null : dateline, from, to);
                boolean asserted = status.equals(Factuality.ASSERTED) || status.equals(Factuality.NEGATED);
                DateWords.When when = DateWords.resolve(low, sentence, base, !asserted, from, to, cls);
                if (when == null && prev != null && status.equals(prev.status())) {
                    when = prev.date();
                }
                if (when == null && prev == null) {
                    when = asserted ? date : DateWords.resolve(low, sentence, base, true, 0, n, cls);
                }
                String actor = r.actor() == null && prev != null ? prev.actor() : r.actor();
                Integer place = r.place() == null && prev != null ? prev.place() : r.place();
                drafts.add(new Draft(tr.type(), tr.mode(), new Mention(tok.start(), tok.end(), tok.word()), actor,
                        actor != null && actor.equals(r.target()) ? null : r.target(), place, when, status, sMention));
            }
            previousTo = drafts.size();
            if (!casualties) {
                continue;
            }
            for (CasualtyFinder.Found f : found) {
                int event = ofOtherEvent(low, f, triggers) ? -1
                        : owner(drafts, first, f.kind(), sentence.get(f.cueToken()).start());
                if (event < 0) {
                    Token cue = sentence.get(f.cueToken());
                    String type = null;
                    for (CasualtyFinder.Found g : found) {
                        if (bareKilling(low, g, drafts, beforeFrom, beforeTo, cls)) {
                            type = "ASSAULT"; // "Five were wounded and two guards killed": the killing types it
                            cue = sentence.get(g.cueToken()); // and is its trigger
                            break;
                        }
                    }
                    drafts.add(new Draft(type, null, new Mention(cue.start(), cue.end(), cue.word()), null, null,
                            Roles.of(roles, f.cueToken(), null, placeOf(drafts, beforeFrom, beforeTo, null), dateline)
                                    .place(), date, Factuality.ASSERTED,
                            sMention, true));
                    event = drafts.size() - 1;
                }
                Token a = sentence.get(Math.min(f.q().from(), f.cueToken()));
                Token b = sentence.get(Math.max(f.q().to() - 1, f.cueToken()));
                Mention span = new Mention(a.start(), b.end(), text.substring(a.start(), b.end()));
                Pending pending = new Pending(f.kind(), new Toll(f.q().min(), f.q().max(), f.q().qualifier(), f.victims(),
                        null, span), event, f.supersedes(), f.cumulative());
                pending.source = source(text, sentence, low, f.cueToken());
                pending.weak = f.weak();
                pending.earlier = earlierCount(low, f.cueToken());
                tolls.add(pending);
            }
            previousTo = drafts.size();
        }
        if (drafts.isEmpty()) {
            return List.of();
        }
        merge(tolls);
        List<Event> out = new ArrayList<>(drafts.size());
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            List<List<Toll>> byKind = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                    new ArrayList<>(), new ArrayList<>());
            for (Pending p : tolls) {
                if (p.event == i && !p.dropped) {
                    byKind.get(kindIndex(p.kind)).add(p.toll);
                }
            }
            Casualties c = new Casualties(byKind.get(0), byKind.get(1), byKind.get(2), byKind.get(3), byKind.get(4));
            if (d.bare() && c.isEmpty()) {
                continue; // its tolls were restatements of another event's
            }
            out.add(new Event(d.type(), d.mode(), d.trigger(), d.actor(), d.target(), d.place(),
                    d.date() == null ? null : d.date().date(), d.date() == null ? null : d.date().precision(), d.status(),
                    c, d.sentence()));
        }
        return out;
    }

    /** Verbs of a relative clause that tells an event's toll: "the 2010 bombings that left scores dead". */
    private static final java.util.Set<String> TOLL_VERBS = java.util.Set.of("left", "killed", "claimed", "leaving",
            "killing", "injured", "wounded");

    /**
     * Whether the figure is told in a relative clause of an event noun that is no trigger of this
     * sentence ("Kagezi was gunned down ... for her work in the trial of men tied to the 2010 bombings
     * that left scores dead", "..., years after the crash, which killed 12"): the figure is that other
     * event's, a background one the sentence only names, and no toll of the sentence's own event.
     */
    static boolean ofOtherEvent(String[] low, CasualtyFinder.Found f, List<Integer> triggers) {
        int c = Math.min(f.q().from(), f.cueToken());
        if (c < 3 || !TOLL_VERBS.contains(low[c - 1]) && !TOLL_VERBS.contains(low[c])) {
            return false;
        }
        int r = TOLL_VERBS.contains(low[c - 1]) ? c - 2 : c - 1;
        if (r < 1 || !(low[r].equals("that") || low[r].equals("which"))) {
            return false;
        }
        int noun = low[r - 1].equals(",") ? r - 2 : r - 1;
        if (noun < 0 || triggers.contains(noun)) {
            return false;
        }
        EventTriggers.Trigger t = EventTriggers.TABLE.get(low[noun]);
        if (!(t != null && "ASSAULT".equals(t.type()) || EventTriggers.ACCIDENTS.contains(low[noun]))) {
            return false;
        }
        for (int t2 : triggers) {
            if (t2 < noun) {
                return true; // an event of the sentence before the noun would otherwise take the figure
            }
        }
        return false;
    }

    /** Verbs of a killing someone did, unlike "died", "dead" or "perished", which can be any death. */
    private static final java.util.Set<String> KILLING = WordSet.of("killed", "slain", "murdered", "massacred",
            "lynched", "beheaded", "martyred");

    /** Victim groups that are armed or on guard: their killing is fighting, not an accident or illness. */
    private static final java.util.Set<String> ARMED = WordSet.of("militants", "soldiers", "police", "guards");

    /**
     * Whether a toll no trigger of its sentence owns is an ASSAULT all the same: a killing ("were
     * killed", "were also killed", "shot dead"), stated as fact, in a sentence with no accident or
     * disaster word, of armed victims ("Ten Taliban fighters were also killed") or right after a
     * sentence that told an attack ("Gunmen attacked the post. Two guards were killed."). PLOVER's
     * ASSAULT covers killing by any conventional means, so the type needs no trigger; "died" or "dead"
     * alone, an accident word, or civilians killed with no attack told before keep the event untyped.
     */
    private static boolean bareKilling(String[] low, CasualtyFinder.Found f, List<Draft> drafts, int beforeFrom,
            int beforeTo, int[] cls) {
        int k = f.cueToken();
        String w = low[k];
        if (!f.kind().equals("killed") || !(KILLING.contains(w) || w.equals("dead") && k > 0
                && (low[k - 1].equals("shot") || low[k - 1].equals("gunned")))) {
            return false;
        }
        if (!EventTriggers.agentive(low)) {
            return false; // an accident, or a blast or fire with no bomb or attack told
        }
        boolean attackBefore = false;
        for (int i = beforeFrom; i < beforeTo && !attackBefore; i++) {
            Draft d = drafts.get(i);
            attackBefore = "ASSAULT".equals(d.type()) && d.status().equals(Factuality.ASSERTED);
        }
        if (!attackBefore && !armed(low, f)) {
            return false;
        }
        return Factuality.of(low, k, "ASSAULT", 0, low.length, cls).equals(Factuality.ASSERTED);
    }

    /**
     * Whether the toll's victims are armed: its group, or, for a list of groups before the cue ("Two
     * soldiers and a village guard were killed", no one group), every group the list names.
     */
    private static boolean armed(String[] low, CasualtyFinder.Found f) {
        if (f.victims() != null) {
            return ARMED.contains(f.victims());
        }
        int groups = 0;
        for (int i = f.q().from(); i < f.cueToken(); i++) {
            String g = CasualtyFinder.VICTIMS.get(low[i]);
            if (g == null) {
                g = CasualtyFinder.VICTIMS.get(low[i] + "s"); // "a village guard"
            }
            if (g != null) {
                if (!ARMED.contains(g)) {
                    return false;
                }
                groups++;
            }
        }
        return groups > 1;
    }

    /** A trigger word is in the sentence (a {@link WordClasses} bit). */
    private static final int TRIGGER_WORD = WordClasses.TRIGGER;
    /** A casualty word, "toll" or "body" is in the sentence: a sentence with neither gets nothing. */
    private static final int CASUALTY_WORD = WordClasses.CASUALTY;

    /** {@link #TRIGGER_WORD} when a trigger word is in the sentence, | {@link #CASUALTY_WORD} when a casualty word is. */
    static int wordsIn(List<Token> sentence) {
        return WordClasses.fill(sentence, new int[sentence.size()]) & (TRIGGER_WORD | CASUALTY_WORD);
    }

    /**
     * Where the clause of the {@code k}th trigger ends: where the next trigger of its type starts a
     * clause of its own, else the sentence's end.
     */
    private static int clauseEnd(List<Integer> triggers, List<Integer> clauses, int k, String type, String[] low) {
        for (int j = k + 1; j < triggers.size(); j++) {
            if (clauses.get(j) >= 0 && EventTriggers.TABLE.get(low[triggers.get(j)]).type().equals(type)) {
                return clauses.get(j);
            }
        }
        return low.length;
    }

    /** The last event of this type collected since {@code first} (this sentence's). */
    private static Draft previousOfType(List<Draft> drafts, int first, String type) {
        for (int i = drafts.size() - 1; i >= first; i--) {
            if (type.equals(drafts.get(i).type())) {
                return drafts.get(i);
            }
        }
        return null;
    }

    /**
     * Whether a clause shares the mood of the one before it because it has no subject or auxiliary of
     * its own: "will visit Tehran and hold talks", "is to travel to Tokyo for a summit"; not "and is to
     * travel", "during which he will meet", "and later arrested".
     */
    private static boolean sharesMood(String[] low, int from, int t) {
        for (int j = from; j < t; j++) {
            switch (low[j]) {
                case "he", "she", "they", "it", "we", "is", "are", "was", "were", "has", "have", "had", "will",
                        "would", "could", "may", "might", "later", "subsequently", "afterwards", "which", "where",
                        "expected", "due", "to" -> {
                    return false;
                }
                default -> {
                }
            }
        }
        return true;
    }

    /** The event of this sentence a toll of this kind belongs to: arrests to COERCE, the rest to ASSAULT. */
    private static int owner(List<Draft> drafts, int first, String kind, int cue) {
        String want = kind.equals("arrested") ? "COERCE" : "ASSAULT";
        int owner = -1;
        for (int i = first; i < drafts.size(); i++) {
            // of several such events in the sentence, the last one whose trigger comes before the figure
            if (want.equals(drafts.get(i).type()) && (owner < 0 || drafts.get(i).trigger().start() <= cue)) {
                owner = i;
            }
        }
        if (owner >= 0) {
            return owner;
        }
        for (int i = first; i < drafts.size(); i++) {
            if (drafts.get(i).bare()) {
                return i; // the sentence's event made for its first toll holds the others too
            }
        }
        return -1;
    }

    /**
     * Whether the sentence tells a count as an earlier one ("Earlier reports indicated that over a
     * dozen people had been killed", "initial reports had put the toll at nine") and not as an update
     * ("rose to 45 from an earlier 31", which {@link CasualtyFinder} reads as superseding); only the
     * clause of the figure's cue counts ("17 people died; initial reports had put the toll at nine").
     */
    static boolean earlierCount(String[] low, int cue) {
        int from = cue;
        while (from > 0 && !low[from - 1].equals(";")) {
            from--;
        }
        boolean earlier = false;
        boolean report = false; // "Earlier, 24 activists were arrested" is an earlier act, not an earlier count
        for (int j = from; j < low.length && !(j > cue && low[j].equals(";")); j++) {
            switch (low[j]) {
                case "earlier", "initially", "initial", "previously", "preliminary" -> earlier = true;
                case "reports", "report", "estimated", "indicated", "toll", "figure", "figures", "count" -> report = true;
                case "said", "reported", "put", "told" -> report |= j > 0 && low[j - 1].equals("had"); // "had said"
                case "rose", "risen", "climbed", "raised", "raising", "increased", "now", "revised", "updated" -> {
                    return false;
                }
                default -> {
                }
            }
        }
        return earlier && report;
    }

    /**
     * Whether the weak figure {@code p} counts an attacker ("police returned fire, killing the gunman")
     * and {@code q} does not ("an officer was killed", "three people were killed"): then {@code p} is no
     * restatement of {@code q}'s deaths but a death on the other side, and both stay. Two statements of
     * the attacker's death ("the gunman was killed", "police shot dead the gunman") are still one.
     */
    private static boolean otherSide(Pending p, Pending q) {
        String a = p.toll.victims();
        String b = q.toll.victims();
        return p.weak && "militants".equals(a) && !a.equals(b);
    }

    /** One toll per event across the article: updates replace, restatements go, contradictions stay. */
    private static void merge(List<Pending> tolls) {
        // an earlier count of the same deaths gives way to the article's current count (issue 12: one
        // toll per event); it is kept when the article gives no other figure of its kind
        for (Pending p : tolls) {
            for (Pending q : tolls) {
                if (p.earlier && q != p && !q.earlier && !q.weak && !q.dropped && q.kind.equals(p.kind)) {
                    p.dropped = true;
                    break;
                }
            }
        }
        for (Pending u : tolls) {
            if (!u.supersedes || u.toll.min() == null) {
                continue;
            }
            for (Pending p : tolls) {
                if (p != u && p.kind.equals(u.kind) && !p.cumulative && !p.supersedes && p.toll.max() != null
                        && p.toll.max() < u.toll.min()) {
                    p.dropped = true;
                }
            }
        }
        // a death stated without a figure ("soldiers were killed", "his body was found") is one of the
        // deaths a figure of the article counts, and one such statement is enough
        for (int i = 0; i < tolls.size(); i++) {
            Pending p = tolls.get(i);
            for (int j = 0; j < tolls.size() && p.weak && !p.dropped; j++) {
                Pending q = tolls.get(j);
                if (q != p && q.kind.equals(p.kind) && !q.dropped && (!q.weak || j < i) && !otherSide(p, q)) {
                    p.dropped = true;
                }
            }
        }
        for (int i = 0; i < tolls.size(); i++) {
            Pending p = tolls.get(i);
            if (p.dropped) {
                continue;
            }
            for (int j = 0; j < i; j++) {
                Pending q = tolls.get(j);
                if (!q.dropped && q.kind.equals(p.kind) && restates(q.toll, p.toll) && !otherSide(p, q)
                        && !otherSide(q, p)) {
                    p.dropped = true;
                    break;
                }
            }
        }
        // contradicting figures of one kind: each keeps who gave it, when the sentence says
        for (int i = 0; i < tolls.size(); i++) {
            Pending p = tolls.get(i);
            if (p.dropped || p.source == null) {
                continue;
            }
            for (Pending q : tolls) {
                if (q != p && !q.dropped && q.kind.equals(p.kind) && !q.cumulative && !p.cumulative) {
                    Toll t = p.toll;
                    tolls.set(i, p.withToll(new Toll(t.min(), t.max(), t.qualifier(), t.victims(), p.source, t.span())));
                    break;
                }
            }
        }
    }

    /** Who the sentence says gave the figure: "The Taliban said ...", "the ministry put the toll at", "according to X". */
    static String source(String text, List<Token> sentence, String[] low, int cue) {
        int n = low.length;
        for (int j = 0; j + 1 < n; j++) {
            if (low[j].equals("according") && low[j + 1].equals("to")) {
                int e = j + 2;
                while (e < n && e < j + 7 && Character.isLetter(low[e].charAt(0)) && !low[e].equals("the")
                        || e < n && e == j + 2 && low[e].equals("the")) {
                    e++;
                }
                return e > j + 2 ? text.substring(sentence.get(j + 2).start(), sentence.get(e - 1).end()) : null;
            }
        }
        int verb = -1;
        for (int j = cue - 1; j >= 0 && verb < 0; j--) {
            if (isReporting(low[j])) {
                verb = j;
            } else if (low[j].equals(",") || low[j].equals("but") || low[j].equals(";")) {
                break;
            }
        }
        for (int j = cue + 1; j < n && verb < 0; j++) {
            if (isReporting(low[j])) {
                verb = j;
            }
        }
        if (verb <= 0) {
            return null;
        }
        int b = verb - 1;
        while (b >= 0 && verb - b <= 4 && Character.isLetter(low[b].charAt(0)) && !low[b].equals("but")
                && !low[b].equals("and") && !isReporting(low[b]) && !CasualtyFinder.CUES.containsKey(low[b])) {
            b--;
        }
        if (b == verb - 1) {
            return null;
        }
        return text.substring(sentence.get(b + 1).start(), sentence.get(verb - 1).end());
    }

    private static boolean isReporting(String w) {
        return switch (w) {
            case "said", "says", "claimed", "claims", "put", "reported", "told", "announced", "confirmed" -> true;
            default -> false;
        };
    }

    /** Two figures that can be one statement of the same toll: "at least 128" and "128". */
    static boolean restates(Toll a, Toll b) {
        if (a.min() != null && a.min().equals(b.min())) {
            return true;
        }
        if (a.max() != null && a.max().equals(b.max())) {
            return true;
        }
        return false;
    }

    private static int kindIndex(String kind) {
        return switch (kind) {
            case "killed" -> 0;
            case "injured" -> 1;
            case "missing" -> 2;
            case "kidnapped" -> 3;
            default -> 4;
        };
    }

    /**
     * The place of an event of this type in the sentence before (drafts {@code from} until {@code to}),
     * so that "A bomb went off in Quetta. The blast killed five." places the blast; an untyped toll and
     * an attack count as one type. Null when there is none.
     */
    private static Integer placeOf(List<Draft> drafts, int from, int to, String type) {
        String want = type == null ? "ASSAULT" : type;
        for (int i = from; i < to; i++) {
            Draft d = drafts.get(i);
            String have = d.type() == null ? "ASSAULT" : d.type();
            if (have.equals(want) && d.place() != null) {
                return d.place();
            }
        }
        return null;
    }

    /** The index of the dateline's place in {@code places[]}, or null. */
    private static Integer datelinePlace(List<Place> places) {
        for (int i = 0; i < places.size(); i++) {
            if (Place.DATELINE.equals(places.get(i).kind())) {
                return i;
            }
        }
        return null;
    }

    /** The day the article speaks from: its dateline's date, else its publication date (UTC). */
    static LocalDate baseDate(Article a) {
        if (a.dateline() != null && a.dateline().resolvedDate() != null) {
            return a.dateline().resolvedDate();
        }
        if (a.publishedAt() != null) {
            return a.publishedAt().atZone(ZoneOffset.UTC).toLocalDate();
        }
        return null;
    }

    /**
     * Date words of a sentence resolved to dates: a day ("on Friday", "yesterday", "May 9"), else a
     * month ("last November", "in March", "earlier this month") or a year ("in 2019", "last year").
     */
    static final class DateWords {

        /**
         * A resolved date and how much of it the text states ({@link Event#DAY}, {@link Event#MONTH},
         * {@link Event#YEAR}); a month or year is held as its first day, never as an invented day.
         */
        record When(LocalDate date, String precision) {

            static When day(LocalDate d) {
                return d == null ? null : new When(d, Event.DAY);
            }

            static When month(int year, int month) {
                return new When(LocalDate.of(year, month, 1), Event.MONTH);
            }

            static When year(int year) {
                return new When(LocalDate.of(year, 1, 1), Event.YEAR);
            }
        }

        private DateWords() {
        }

        static When resolve(String[] low, List<Token> words, LocalDate base) {
            return resolve(low, words, base, false, 0, low.length, null);
        }

        static When resolveFuture(String[] low, List<Token> words, LocalDate base) {
            return resolve(low, words, base, true, 0, low.length, null);
        }

        /**
         * The first day the tokens {@code from} until {@code to} state, else the first month or year
         * they state, else null. {@code cls}, the sentence's {@link WordClasses} or null, lets the words
         * that are no date word, no figure and no "mid-" word be passed over.
         */
        static When resolve(String[] low, List<Token> words, LocalDate base, boolean future, int from, int to,
                int[] cls) {
            if (base == null) {
                return null;
            }
            When coarse = null;
            for (int i = from; i < to; i++) {
                String w = low[i];
                if (cls != null && (cls[i] & WordClasses.DATE) == 0 && !(w.length() == 4 && Character.isDigit(w.charAt(0)))
                        && !w.startsWith("mid-")) {
                    continue; // a year is four digits; "mid-March", "mid-2019"
                }
                DayOfWeek d = day(w);
                if (d != null) {
                    // "next Friday" / "last Friday" / "on Friday"
                    boolean next = future || i > 0 && low[i - 1].equals("next");
                    int diff = d.getValue() - base.getDayOfWeek().getValue();
                    if (next) {
                        return When.day(base.plusDays(diff <= 0 ? diff + 7 : diff));
                    }
                    return When.day(base.minusDays(diff > 0 ? 7 - diff : -diff));
                }
                if (coarse == null && w.startsWith("mid-") && w.length() > 4) {
                    coarse = mid(words.get(i).word().substring(4), base, future); // "mid-March", "mid-2019"
                    continue;
                }
                int m = month(w);
                if (m == 5 && words.get(i).word().charAt(0) != 'M') {
                    m = 0; // the verb "may", not the month
                }
                if (m > 0) {
                    LocalDate md = monthDay(low, i, m, base, future);
                    if (md != null) {
                        return When.day(md);
                    }
                    // a month alone is read only when capitalised: lower-case "march" is the verb
                    if (coarse == null && Character.isUpperCase(words.get(i).word().charAt(0))) {
                        coarse = monthAlone(low, i, m, base, future);
                    }
                    continue;
                }
                switch (w) {
                    case "yesterday" -> {
                        return When.day(base.minusDays(1));
                    }
                    case "today" -> {
                        return When.day(base);
                    }
                    case "tomorrow" -> {
                        return When.day(base.plusDays(1));
                    }
                    case "month", "year" -> {
                        if (coarse == null && i > 0) {
                            coarse = thisLastNext(low[i - 1], w.equals("month"), base);
                        }
                    }
                    default -> {
                        if (coarse == null && w.length() == 4 && i > 0 && YEAR_BEFORE.contains(low[i - 1])
                                && !(i + 1 < low.length && attributive(low[i + 1]))) {
                            int year = number(w, 2100);
                            if (year >= 1900) {
                                coarse = When.year(year); // "in 2019", "in early 2019", not "in 2019 polls"
                            }
                        }
                    }
                }
            }
            return coarse;
        }

        /**
         * A month without a day: "March 2019"; "last November" (the most recent November strictly
         * before the base month); "next November" (strictly after); "in March", "during", "this",
         * "early", "late" March: the nearest March not after the base month, or not before it for a
         * planned event. Other words before a month ("since March", "the Ides of March") give none.
         */
        private static When monthAlone(String[] low, int i, int m, LocalDate base, boolean future) {
            if (i > 0 && low[i - 1].equals("since")) {
                return null; // "since March 2019": a duration
            }
            if (i + 2 < low.length && low[i + 2].equals("year")) {
                // "March last year", "May this year", "June next year"
                int shift = low[i + 1].equals("last") ? -1 : low[i + 1].equals("this") ? 0 : low[i + 1].equals("next") ? 1 : 2;
                if (shift != 2) {
                    return When.month(base.getYear() + shift, m);
                }
            }
            int k = i + 1;
            if (k < low.length && low[k].equals(".")) {
                k++; // "Nov. 2019"
            }
            int year = k < low.length ? number(low[k], 2100) : -1;
            if (year >= 1900) {
                return When.month(year, m);
            }
            int y = base.getYear();
            int bm = base.getMonthValue();
            return switch (i > 0 ? low[i - 1] : "") {
                case "last" -> When.month(m < bm ? y : y - 1, m);
                case "next" -> When.month(m > bm ? y : y + 1, m);
                case "in", "during", "this", "early", "late" -> nearest(m, base, future);
                // "the end of March", "the first week of March", "the middle of March"
                case "of" -> i > 1 && PART_OF.contains(low[i - 2]) ? nearest(m, base, future) : null;
                default -> null;
            };
        }

        /** Words before a year that make it the event's year: "in 2019", "in early 2019", "during 2019". */
        private static final java.util.Set<String> YEAR_BEFORE = WordSet.of("in", "during", "early", "late");

        /** Parts of a month: "the end of March", "the first week of March". */
        private static final java.util.Set<String> PART_OF = WordSet.of("end", "beginning", "start", "middle",
                "week", "half", "days", "weeks");

        /**
         * Whether the word after a year makes the year an attribute of a noun ("in 2019 polls", "the 2019
         * election"), not the event's date: a lower-case word that is not a function word.
         */
        private static boolean attributive(String next) {
            if (next.isEmpty() || !Character.isLetter(next.charAt(0)) || !next.equals(next.toLowerCase(Locale.ROOT))) {
                return false;
            }
            return switch (next) {
                case "and", "or", "but", "when", "after", "before", "as", "to", "at", "in", "on", "for", "with", "by",
                        "while", "until", "that", "which", "the", "a", "an", "from", "amid", "over" -> false;
                default -> true;
            };
        }

        /** "mid-March" (a month, as "in March") and "mid-2019" (a year); null for anything else. */
        private static When mid(String rest, LocalDate base, boolean future) {
            int year = number(rest, 2100);
            if (year >= 1900) {
                return When.year(year);
            }
            int m = month(rest.toLowerCase(Locale.ROOT));
            return m > 0 && Character.isUpperCase(rest.charAt(0)) ? nearest(m, base, future) : null;
        }

        /** The nearest month {@code m} not after the base month, or not before it for a planned event. */
        private static When nearest(int m, LocalDate base, boolean future) {
            int y = base.getYear();
            int bm = base.getMonthValue();
            return future
                        ? When.month(m >= bm ? y : y + 1, m)
                        : When.month(m <= bm ? y : y - 1, m);
        }

        /** "this month", "last month", "next month", "this year", "last year", "next year" ("earlier this month"). */
        private static When thisLastNext(String before, boolean month, LocalDate base) {
            int shift = switch (before) {
                case "this" -> 0;
                case "last" -> -1;
                case "next" -> 1;
                default -> 2;
            };
            if (shift == 2) {
                return null;
            }
            if (month) {
                LocalDate d = base.withDayOfMonth(1).plusMonths(shift);
                return When.month(d.getYear(), d.getMonthValue());
            }
            return When.year(base.getYear() + shift);
        }

        /**
         * "March 3", "3 March", "March 3, 2016", "3 March 2016": the day, its year the stated one, else
         * the base year moved back (forward for a planned event) so that the day does not fall after
         * (before) the base date: "December 28" in a January story is last year's.
         */
        private static LocalDate monthDay(String[] low, int i, int m, LocalDate base, boolean future) {
            int k = i + 1;
            if (k < low.length && low[k].equals(".")) {
                k++; // "Nov. 3"
            }
            int day = k < low.length ? number(low[k], 31) : -1;
            int yearAt = k + 1;
            if (day < 0 && i > 0) {
                day = number(low[i - 1], 31); // "3 March"
                yearAt = i + 1;
            }
            if (day < 1) {
                return null;
            }
            if (yearAt < low.length && low[yearAt].equals(",")) {
                yearAt++;
            }
            int year = yearAt < low.length ? number(low[yearAt], 2100) : -1;
            try {
                if (year >= 1900) {
                    return LocalDate.of(year, m, day);
                }
                LocalDate d = LocalDate.of(base.getYear(), m, day);
                if (!future && d.isAfter(base.plusDays(1))) {
                    d = d.minusYears(1);
                } else if (future && d.isBefore(base)) {
                    d = d.plusYears(1);
                }
                return d;
            } catch (java.time.DateTimeException e) {
                return null; // "February 30"
            }
        }

        /** A number of at most four digits and at most {@code max} ("3", "3rd" is not a token form here), else -1. */
        private static int number(String w, int max) {
            if (w.isEmpty() || w.length() > 4) {
                return -1;
            }
            int v = 0;
            for (int c = 0; c < w.length(); c++) {
                char ch = w.charAt(c);
                if (ch < '0' || ch > '9') {
                    return -1;
                }
                v = v * 10 + (ch - '0');
            }
            return v <= max ? v : -1;
        }

        private static int month(String word) {
            String w = word.endsWith(".") ? word.substring(0, word.length() - 1) : word; // "Dec."
            return switch (w) {
                case "january", "jan" -> 1;
                case "february", "feb" -> 2;
                case "march" -> 3;
                case "april", "apr" -> 4;
                case "may" -> 5;
                case "june" -> 6;
                case "july" -> 7;
                case "august", "aug" -> 8;
                case "september", "sept", "sep" -> 9;
                case "october", "oct" -> 10;
                case "november", "nov" -> 11;
                case "december", "dec" -> 12;
                default -> 0;
            };
        }

        private static DayOfWeek day(String w) {
            return switch (w) {
                case "monday" -> DayOfWeek.MONDAY;
                case "tuesday" -> DayOfWeek.TUESDAY;
                case "wednesday" -> DayOfWeek.WEDNESDAY;
                case "thursday" -> DayOfWeek.THURSDAY;
                case "friday" -> DayOfWeek.FRIDAY;
                case "saturday" -> DayOfWeek.SATURDAY;
                case "sunday" -> DayOfWeek.SUNDAY;
                default -> null;
            };
        }
    }
}
