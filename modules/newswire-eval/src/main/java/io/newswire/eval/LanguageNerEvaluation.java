package io.newswire.eval;

import io.newswire.enrich.entities.AliasTable;
import io.newswire.enrich.entities.EntitiesEnricher;
import io.newswire.enrich.gazetteer.Gazetteer;
import io.newswire.enrich.language.LanguageEnricher;
import io.newswire.enrich.ner.NerTagger;
import io.newswire.model.Entity;
import io.newswire.model.EntityType;
import io.newswire.model.Mention;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The entities stage, as the pipeline runs it (language detected, then the stage with the committed
 * taggers of other languages and any user models), on the project's own wire copy in other
 * languages: {@code ner/wire-de.txt}, {@code wire-ru.txt}, {@code wire-es.txt}, 20 short articles
 * each written here and labelled by hand before any tagger ran on them (same format as
 * {@link WireNerEvaluation}). Per language: span precision, recall and F1 per type, and the
 * PERSON and ORGANIZATION mentions that overlap no labelled name at all ("not a name": a common
 * noun, "Streit", "Haushaltsentwurf", typed PERSON), which the issue wants at zero.
 *
 * <p>Usage: {@code newswire eval ner-languages [--language de,ru,es] [--split dev|test|all]
 * [--ner-model es=FILE] [--no-shipped] [--errors N]}. Needs no data outside the project.
 */
public final class LanguageNerEvaluation {

    /** The languages with a set. */
    public static final List<String> LANGUAGES = List.of("de", "ru", "es");

    private LanguageNerEvaluation() {
    }

    /** One language's result: micro figures and the mentions that overlap no name. */
    public record Result(String language, int articles, double precision, double recall, double f1,
            int personNotName, int organizationNotName) {
    }

    public static Map<String, Result> run(List<String> languages, String split, Map<String, Path> userModels,
            boolean shipped, int errors, PrintStream out) throws IOException {
        Map<String, NerTagger> user = new TreeMap<>();
        for (Map.Entry<String, Path> e : userModels.entrySet()) {
            user.put(e.getKey(), NerTagger.load(e.getValue()));
        }
        EntitiesEnricher stage = new EntitiesEnricher(NerTagger.get(), AliasTable.builtIn(), user, shipped);
        Gazetteer gaz = Gazetteer.get();
        Map<String, Result> results = new LinkedHashMap<>();
        for (String language : languages) {
            Map<String, int[]> counts = new TreeMap<>(); // type -> tp, fp, fn
            int[] notName = new int[2];
            int docs = 0;
            int listed = 0;
            Set<String> detected = new TreeSet<>();
            for (WireNerEvaluation.Doc d : WireNerEvaluation.read("ner/wire-" + language + ".txt")) {
                boolean test = d.number() % 2 == 0;
                if (split.equals("dev") && test || split.equals("test") && !test) {
                    continue;
                }
                docs++;
                String code = LanguageEnricher.detect(d.text()).code();
                detected.add(String.valueOf(code));
                Set<WireNerEvaluation.Span> got = new HashSet<>();
                for (Entity e : stage.entities(d.text(), null, code)) {
                    for (Mention m : e.mentions()) {
                        WireNerEvaluation.Span s = new WireNerEvaluation.Span(m.start(), m.end(), e.type().name());
                        if (e.type() == EntityType.LOCATION && !d.gold().contains(s)
                                && WireNerEvaluation.demonymOnly(gaz, m.text())) {
                            continue;
                        }
                        got.add(s);
                    }
                }
                Set<String> wrong = new TreeSet<>();
                for (WireNerEvaluation.Span s : got) {
                    int[] c = counts.computeIfAbsent(s.type(), k -> new int[3]);
                    if (d.gold().contains(s)) {
                        c[0]++;
                        continue;
                    }
                    c[1]++;
                    boolean overlaps = false;
                    for (WireNerEvaluation.Span g : d.gold()) {
                        overlaps |= g.start() < s.end() && s.start() < g.end();
                    }
                    String mark = "  + ";
                    if (!overlaps && !s.type().equals(EntityType.LOCATION.name())) {
                        notName[s.type().equals(EntityType.PERSON.name()) ? 0 : 1]++;
                        mark = "  ! ";
                    }
                    wrong.add(mark + s.type() + " \"" + d.text().substring(s.start(), s.end()) + "\"");
                }
                for (WireNerEvaluation.Span s : d.gold()) {
                    if (!got.contains(s)) {
                        counts.computeIfAbsent(s.type(), k -> new int[3])[2]++;
                        wrong.add("  - " + s.type() + " \"" + d.text().substring(s.start(), s.end()) + "\"");
                    }
                }
                if (!wrong.isEmpty() && listed < errors) {
                    listed++;
                    out.printf(Locale.ROOT, "article %s/%d (%s), detected %s:%n", language, d.number(), d.agency(), code);
                    wrong.forEach(out::println);
                }
            }
            out.printf(Locale.ROOT, "wire-%s %s split: %d articles, detected %s; tagger: %s%n", language, split, docs,
                    detected, user.containsKey(language) ? "user " + userModels.get(language)
                            : shipped ? "committed (if the language ships one)" : "none (language-neutral path)");
            int[] micro = WireNerEvaluation.table(out, counts);
            int tp = micro[0];
            int fp = micro[1];
            int fn = micro[2];
            double f = WireNerEvaluation.line(out, "micro", tp, fp, fn);
            out.printf(Locale.ROOT, "not a name (overlaps no labelled span): PERSON %d, ORGANIZATION %d%n%n",
                    notName[0], notName[1]);
            results.put(language, new Result(language, docs, tp + fp == 0 ? 0 : (double) tp / (tp + fp),
                    tp + fn == 0 ? 0 : (double) tp / (tp + fn), f, notName[0], notName[1]));
        }
        return results;
    }
}
