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
 * measured here). Usage: {@code EventsEvaluation [dev|test|all] [errors]}.
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
        if (t.min() == null) {
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
