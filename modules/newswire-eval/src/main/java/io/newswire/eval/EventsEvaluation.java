package io.newswire.eval;

import io.newswire.enrich.api.Pipeline;
import io.newswire.enrich.api.Pipelines;
import io.newswire.model.Article;
import io.newswire.model.Event;
import io.newswire.model.Language;
import io.newswire.model.RawArticle;
import io.newswire.model.Toll;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Casualty figures and event types on the self-written set ({@code events/casualties-events.tsv},
 * see its README): precision and recall of casualty figures (kind, exact min and max), of victim
 * groups on matched figures, and of event types (asserted; and type with status), on the dev split
 * or the held-out test split (id divisible by 4). The passages go through the whole standard
 * pipeline, marked English (one sentence is too short for language identification to be the thing
 * measured here); then the date set and the actor/target/place set ({@link #roles}). Usage:
 * {@code EventsEvaluation [dev|test|all] [errors]}.
 */
public final class EventsEvaluation {

    /** One labelled passage. */
    record Passage(String id, String text, List<String> casualties, List<String> events) {
        boolean test() {
            return Integer.parseInt(id.substring(1)) % 4 == 0;
        }
    }

    private EventsEvaluation() {
    }

    public static void main(String[] args) throws Exception {
        run(args.length > 0 ? args[0] : "dev", args.length > 1 ? Integer.parseInt(args[1]) : 20, System.out);
    }

    static List<Passage> load() throws IOException {
        List<Passage> out = new ArrayList<>();
        try (InputStream in = EventsEvaluation.class.getResourceAsStream("events/casualties-events.tsv")) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            r.readLine();
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t");
                out.add(new Passage(f[0], f[1], split(f[2]), split(f[3])));
            }
        }
        return out;
    }

    private static List<String> split(String s) {
        if (s.equals("-")) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String p : s.split(";")) {
            out.add(p.strip());
        }
        return out;
    }

    /** A gold or predicted figure in the set's notation, without victims: {@code killed=128+}. */
    static String figure(String kind, Toll t) {
        String v;
        if (t.min() == null && t.max() == null) {
            v = "?"; // qualifier unknown: a death or injury stated without a number
        } else if (t.min() == null) {
            v = ".." + t.max();
        } else if (t.max() == null) {
            v = t.min() + "+";
        } else if (t.min().equals(t.max())) {
            v = String.valueOf(t.min());
        } else {
            v = t.min() + "-" + t.max();
        }
        return kind + "=" + v;
    }

    /** The events' status in the set's notation: {@code ?} future or hypothetical, {@code !} negated. */
    static String typed(Event e) {
        return e.type() + switch (e.status()) {
            case "negated" -> "!";
            case "future", "hypothetical" -> "?";
            default -> "";
        };
    }

    public static void run(String split, int errors, PrintStream out) throws Exception {
        List<Passage> passages = load().stream().filter(p -> split.equals("all") || p.test() == split.equals("test"))
                .toList();
        Pipeline pipeline = Pipelines.standard();
        int[] fig = new int[3]; // tp, predicted, gold
        int victimsRight = 0;
        int victimsGold = 0;
        int[] asserted = new int[3];
        int[] withStatus = new int[3];
        int shown = 0;
        for (Passage p : passages) {
            Article a = pipeline.process(RawArticle.ofText(null, p.text()).withId("c-" + p.id()));
            a = a.toBuilder().language(new Language("en", 1.0)).build();
            // the standard pipeline ran events already; run it again with the language fixed to English
            a = new io.newswire.enrich.events.EventsEnricher().enrich(a);
            List<String> predicted = new ArrayList<>();
            List<String> predictedVictims = new ArrayList<>();
            List<String> types = new ArrayList<>();
            for (Event e : a.events()) {
                addAll(predicted, predictedVictims, "killed", e.casualties().killed());
                addAll(predicted, predictedVictims, "injured", e.casualties().injured());
                addAll(predicted, predictedVictims, "missing", e.casualties().missing());
                addAll(predicted, predictedVictims, "kidnapped", e.casualties().kidnapped());
                addAll(predicted, predictedVictims, "arrested", e.casualties().arrested());
                if (e.type() != null && !types.contains(typed(e))) {
                    types.add(typed(e));
                }
            }
            List<String> goldFigures = new ArrayList<>();
            List<String> goldVictims = new ArrayList<>();
            for (String c : p.casualties()) {
                int at = c.indexOf('@');
                goldFigures.add(at < 0 ? c : c.substring(0, at));
                goldVictims.add(at < 0 ? null : c.substring(at + 1));
            }
            int tp = matches(predicted, goldFigures);
            fig[0] += tp;
            fig[1] += predicted.size();
            fig[2] += goldFigures.size();
            for (int i = 0; i < goldFigures.size(); i++) {
                if (goldVictims.get(i) == null) {
                    continue;
                }
                int k = predicted.indexOf(goldFigures.get(i));
                if (k >= 0) {
                    victimsGold++;
                    if (goldVictims.get(i).equals(predictedVictims.get(k))) {
                        victimsRight++;
                    }
                }
            }
            List<String> goldAsserted = p.events().stream().filter(t -> !t.endsWith("?") && !t.endsWith("!")).toList();
            List<String> predAsserted = types.stream().filter(t -> !t.endsWith("?") && !t.endsWith("!")).toList();
            asserted[0] += matches(predAsserted, goldAsserted);
            asserted[1] += predAsserted.size();
            asserted[2] += goldAsserted.size();
            withStatus[0] += matches(types, p.events());
            withStatus[1] += types.size();
            withStatus[2] += p.events().size();
            boolean wrong = !new java.util.HashSet<>(predicted).equals(new java.util.HashSet<>(goldFigures))
                    || !new java.util.HashSet<>(types).equals(new java.util.HashSet<>(p.events()));
            if (wrong && shown < errors) {
                shown++;
                out.printf("  %s %s%n      figures gold %s got %s; events gold %s got %s%n", p.id(), p.text(),
                        goldFigures, predicted, p.events(), types);
            }
        }
        out.printf(Locale.ROOT, "events eval (%s split, %d passages)%n", split, passages.size());
        report(out, "casualty figures (kind, min, max)", fig);
        out.printf(Locale.ROOT, "  victim group on matched figures: %d/%d = %.3f%n", victimsRight, victimsGold,
                victimsGold == 0 ? 0.0 : (double) victimsRight / victimsGold);
        report(out, "event types, asserted only", asserted);
        report(out, "event types with status (?, !)", withStatus);
        dates(errors, out);
        roles(split, errors, out, pipeline);
    }

    /** One labelled event of {@code events/event-roles.tsv}: type, the trigger word, and its roles as written. */
    record RoleLabel(String type, String trigger, String actor, String target, String place) {
        static RoleLabel parse(String s) {
            int colon = s.indexOf(':');
            String[] f = s.substring(colon + 1).split("\\|", -1);
            return new RoleLabel(s.substring(0, colon), f[0], dash(f[1]), dash(f[2]), dash(f[3]));
        }

        private static String dash(String v) {
            String t = v.strip();
            return t.equals("-") ? null : t;
        }
    }

    /**
     * Actor, target and place of events on the self-written set {@code events/event-roles.tsv}
     * (labelled before the code was run on it; test = id divisible by 4). Each labelled event is
     * matched to the stage's event of its type in the sentence of its trigger word (the one with that
     * trigger when there are several); on the events found, a predicted actor/target is right when the
     * entity it references has a mention (or name) that is the labelled name or holds it word for word,
     * and a place when the {@code places[]} entry does. Precision over the roles the stage filled, recall
     * over the roles the label names, accuracy counting "none" = "none" as right.
     */
    static void roles(String split, int errors, PrintStream out, Pipeline pipeline) throws IOException {
        int[][] c = new int[3][4]; // per role: tp, predicted, gold, right (including none = none)
        int found = 0;
        int labelled = 0;
        int passages = 0;
        int shown = 0;
        try (InputStream in = EventsEvaluation.class.getResourceAsStream("events/event-roles.tsv")) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                boolean test = Integer.parseInt(f[0].substring(1)) % 4 == 0;
                if (!split.equals("all") && test != split.equals("test")) {
                    continue;
                }
                passages++;
                Article a = pipeline.process(RawArticle.builder(f[1]).language("en")
                        .publishedAt("2026-05-20T12:00:00Z").build().withId("r-" + f[0]));
                a = a.toBuilder().language(new Language("en", 1.0)).build();
                a = new io.newswire.enrich.events.EventsEnricher().enrich(a);
                for (String ev : f[2].split(" ; ")) {
                    RoleLabel g = RoleLabel.parse(ev.strip());
                    labelled++;
                    Event e = match(a, g);
                    if (e == null) {
                        if (shown < errors) {
                            shown++;
                            out.printf("  %s %s not found: %s%n", f[0], ev.strip(), f[1]);
                        }
                        continue;
                    }
                    found++;
                    String[] got = {entityText(a, e.actor()), entityText(a, e.target()),
                            e.place() == null ? null : placeText(a.places().get(e.place()))};
                    String[] gold = {g.actor(), g.target(), g.place()};
                    boolean[] ok = {entityHas(a, e.actor(), g.actor()), entityHas(a, e.target(), g.target()),
                            e.place() != null && placeHas(a.places().get(e.place()), g.place())};
                    boolean allRight = true;
                    for (int k = 0; k < 3; k++) {
                        if (got[k] != null) {
                            c[k][1]++;
                        }
                        if (gold[k] != null) {
                            c[k][2]++;
                        }
                        if (gold[k] != null && ok[k]) {
                            c[k][0]++;
                        }
                        boolean right = gold[k] == null ? got[k] == null : ok[k];
                        if (right) {
                            c[k][3]++;
                        }
                        allRight &= right;
                    }
                    if (!allRight && shown < errors) {
                        shown++;
                        out.printf("  %s %s got actor=%s target=%s place=%s: %s%n", f[0], ev.strip(), got[0], got[1],
                                got[2], f[1]);
                    }
                }
            }
        }
        out.printf(Locale.ROOT, "  event roles (self-written set, %s split, %d passages): %d of %d labelled events found%n",
                split, passages, found, labelled);
        String[] names = {"actor", "target", "place"};
        for (int k = 0; k < 3; k++) {
            report(out, "  " + names[k], c[k]);
            out.printf(Locale.ROOT, "      accuracy (none = none right) %d/%d = %.3f%n", c[k][3], found,
                    found == 0 ? 0.0 : (double) c[k][3] / found);
        }
    }

    /** The stage's event for a label: its type, in the sentence of the label's trigger word. */
    private static Event match(Article a, RoleLabel g) {
        int at = wordAt(a.text(), g.trigger());
        Event first = null;
        for (Event e : a.events()) {
            if (!g.type().equals(e.type()) || at < 0 || e.sentence() == null || at < e.sentence().start()
                    || at >= e.sentence().end()) {
                continue;
            }
            if (e.trigger() != null && e.trigger().text().equalsIgnoreCase(g.trigger())) {
                return e;
            }
            if (first == null) {
                first = e;
            }
        }
        return first;
    }

    /** The first occurrence of {@code word} as a whole word, or -1. */
    private static int wordAt(String text, String word) {
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
            boolean startOk = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
            int end = i + word.length();
            boolean endOk = end >= text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (startOk && endOk) {
                return i;
            }
        }
        return -1;
    }

    private static io.newswire.model.Entity entity(Article a, String id) {
        if (id == null) {
            return null;
        }
        for (io.newswire.model.Entity e : a.entities()) {
            if (id.equals(e.id())) {
                return e;
            }
        }
        return null;
    }

    private static String entityText(Article a, String id) {
        io.newswire.model.Entity e = entity(a, id);
        return id == null ? null : e == null ? id : e.name();
    }

    private static boolean entityHas(Article a, String id, String gold) {
        io.newswire.model.Entity e = entity(a, id);
        if (e == null || gold == null) {
            return false;
        }
        List<String> forms = new ArrayList<>(e.aliasesSeen());
        forms.add(e.name());
        for (io.newswire.model.Mention m : e.mentions()) {
            forms.add(m.text());
        }
        return sameName(forms, gold);
    }

    private static String placeText(io.newswire.model.Place p) {
        return p.mentions().isEmpty() ? p.name() : p.mentions().get(0).text();
    }

    private static boolean placeHas(io.newswire.model.Place p, String gold) {
        if (gold == null) {
            return false;
        }
        List<String> forms = new ArrayList<>();
        forms.add(p.name());
        for (io.newswire.model.Mention m : p.mentions()) {
            forms.add(m.text());
        }
        return sameName(forms, gold);
    }

    /** Whether one of the forms is the labelled name or holds it, or is held by it, word for word. */
    static boolean sameName(List<String> forms, String gold) {
        String g = " " + words(gold) + " ";
        for (String f : forms) {
            String w = " " + words(f) + " ";
            if (w.isBlank()) {
                continue;
            }
            if (w.contains(g) || g.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static String words(String s) {
        return String.join(" ", s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).strip();
    }

    /**
     * Event dates on the self-written set {@code events/event-dates.tsv} (all of it; labelled before the
     * date rules were run on it): the date and precision of each sentence's first event, resolved
     * against the publication date 2026-05-20; a sentence labelled null is right when it gets no dated
     * event. Only the events stage runs: the date rules read the text and the publication date alone.
     */
    static void dates(int errors, PrintStream out) throws IOException {
        java.time.Instant published = java.time.Instant.parse("2026-05-20T12:00:00Z");
        io.newswire.enrich.events.EventsEnricher stage = new io.newswire.enrich.events.EventsEnricher();
        int right = 0;
        int all = 0;
        int noEvent = 0;
        int shown = 0;
        try (InputStream in = EventsEvaluation.class.getResourceAsStream("events/event-dates.tsv")) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                String gold = f[1].equals("null") ? "null" : f[1] + "/" + f[2];
                Article a = stage.enrich(Article.builder("c-" + f[0], f[3], "eval").language(new Language("en", 1.0))
                        .publishedAt(published).build());
                String got = a.events().isEmpty() || a.events().get(0).date() == null ? "null"
                        : a.events().get(0).date() + "/" + a.events().get(0).datePrecision();
                if (a.events().isEmpty()) {
                    noEvent++;
                }
                all++;
                if (got.equals(gold)) {
                    right++;
                } else if (shown < errors) {
                    shown++;
                    out.printf("  %s gold %s got %s%s: %s%n", f[0], gold, got, a.events().isEmpty() ? " (no event)" : "",
                            f[3]);
                }
            }
        }
        out.printf(Locale.ROOT, "  event dates (self-written set, %d sentences): %d right = %.3f; %d without an event%n",
                all, right, all == 0 ? 0.0 : (double) right / all, noEvent);
    }

    private static void addAll(List<String> figures, List<String> victims, String kind, List<Toll> tolls) {
        for (Toll t : tolls) {
            figures.add(figure(kind, t));
            victims.add(t.victims());
        }
    }

    /** Multiset intersection size. */
    private static int matches(List<String> predicted, List<String> gold) {
        List<String> left = new ArrayList<>(gold);
        int tp = 0;
        for (String p : predicted) {
            if (left.remove(p)) {
                tp++;
            }
        }
        return tp;
    }

    private static void report(PrintStream out, String what, int[] c) {
        double p = c[1] == 0 ? 0 : (double) c[0] / c[1];
        double r = c[2] == 0 ? 0 : (double) c[0] / c[2];
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        out.printf(Locale.ROOT, "  %-36s P %.3f (%d/%d)  R %.3f (%d/%d)  F1 %.3f%n", what, p, c[0], c[1], r, c[0],
                c[2], f);
    }
}
