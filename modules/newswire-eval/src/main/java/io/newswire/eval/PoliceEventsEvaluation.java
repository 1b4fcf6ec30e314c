package io.newswire.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.newswire.enrich.events.EventsEnricher;
import io.newswire.model.Article;
import io.newswire.model.Event;
import io.newswire.model.Json;
import io.newswire.model.Language;
import java.io.BufferedReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The events stage on IndiaPoliceEvents (Times of India, Gujarat 2002; sentence labels): KILL
 * against our asserted ASSAULT events with a killed toll, ARREST against our asserted COERCE events
 * of mode arrest, precision and recall per sentence. KILL and ARREST there mean the police killed or
 * arrested; we report our events as they are and, for KILL, also restricted to sentences naming the
 * police. The stage runs on each sentence alone, marked English. Usage:
 * {@code PoliceEventsEvaluation <india_police_events dir>}; skips without the data.
 */
public final class PoliceEventsEvaluation {

    private PoliceEventsEvaluation() {
    }

    public static void main(String[] args) throws Exception {
        run(Path.of(args[0]), System.out);
    }

    public static void run(Path dir, PrintStream out) throws Exception {
        Path sents = dir.resolve("sents.jsonl");
        if (!Files.exists(sents)) {
            out.println("skipped: " + sents + " not found");
            return;
        }
        EventsEnricher stage = new EventsEnricher();
        int[] kill = new int[3];
        int[] killPolice = new int[3];
        int[] arrest = new int[3];
        int sentences = 0;
        try (BufferedReader r = Files.newBufferedReader(sents, StandardCharsets.UTF_8)) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = Json.mapper().readTree(line);
                String text = node.get("sent_text").asText();
                boolean goldKill = false;
                boolean goldArrest = false;
                for (JsonNode l : node.get("sent_labels")) {
                    goldKill |= l.asText().equals("KILL");
                    goldArrest |= l.asText().equals("ARREST");
                }
                sentences++;
                Article a = stage.enrich(Article.builder("c-" + sentences, text, "eval")
                        .language(new Language("en", 1.0)).build());
                boolean predKill = false;
                boolean predArrest = false;
                for (Event e : a.events()) {
                    if (!e.status().equals("asserted")) {
                        continue;
                    }
                    predKill |= "ASSAULT".equals(e.type()) && !e.casualties().killed().isEmpty();
                    predArrest |= "COERCE".equals(e.type()) && "arrest".equals(e.mode());
                }
                String low = text.toLowerCase(Locale.ROOT);
                boolean police = low.contains("police") || low.contains("cops") || low.contains("policemen");
                count(kill, predKill, goldKill);
                count(killPolice, predKill && police, goldKill);
                count(arrest, predArrest, goldArrest);
            }
        }
        out.printf(Locale.ROOT, "IndiaPoliceEvents, %d sentences (development part)%n", sentences);
        report(out, "KILL  vs ASSAULT with killed", kill);
        report(out, "KILL  vs same, sentence names police", killPolice);
        report(out, "ARREST vs COERCE arrest", arrest);
    }

    private static void count(int[] c, boolean pred, boolean gold) {
        if (pred && gold) {
            c[0]++;
        }
        if (pred) {
            c[1]++;
        }
        if (gold) {
            c[2]++;
        }
    }

    private static void report(PrintStream out, String what, int[] c) {
        double p = c[1] == 0 ? 0 : (double) c[0] / c[1];
        double r = c[2] == 0 ? 0 : (double) c[0] / c[2];
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        out.printf(Locale.ROOT, "  %-38s P %.3f (%d/%d)  R %.3f (%d/%d)  F1 %.3f%n", what, p, c[0], c[1], r, c[0], c[2],
                f);
    }
}
