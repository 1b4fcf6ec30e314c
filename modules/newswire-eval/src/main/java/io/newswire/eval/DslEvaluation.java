package io.newswire.eval;

import io.newswire.enrich.language.LanguageEnricher;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The language stage on close relatives: DSLCC v2.0 test set B (news sentences in Bosnian, Croatian,
 * Serbian in Latin script, Indonesian, Malay), one split of {@link Dsl}, sentences with their names
 * and NE-blinded (the form the DSL 2015 shared task scored on test set B). Accuracy per group is the
 * share of sentences whose detected language is the label; any other answer (another language,
 * undetermined) is wrong.
 */
public final class DslEvaluation {

    private DslEvaluation() {
    }

    public static int run(Path dir, String split, PrintStream out) throws IOException {
        if (!Dsl.present(dir)) {
            out.println("skipped: DSLCC v2.0 test set B not found in " + dir);
            return 0;
        }
        List<Dsl.Sentence> data = Dsl.read(dir).stream().filter(s -> Dsl.split(s.line()).equals(split)).toList();
        out.printf(Locale.ROOT, "DSLCC v2.0 test set B, split %s: %d sentences%n", split, data.size());
        for (boolean blinded : new boolean[] {false, true}) {
            Map<String, Map<String, Integer>> confusion = new TreeMap<>();
            for (Dsl.Sentence s : data) {
                String code = LanguageEnricher.detect(blinded ? s.blinded() : s.text()).code();
                confusion.computeIfAbsent(s.language(), k -> new TreeMap<>())
                        .merge(code == null ? "und" : code, 1, Integer::sum);
            }
            out.println(blinded ? "NE-blinded:" : "with names:");
            for (List<String> group : TrainLanguageRelatives.GROUPS) {
                int ok = 0;
                int n = 0;
                for (String gold : group) {
                    Map<String, Integer> row = confusion.getOrDefault(gold, Map.of());
                    int total = row.values().stream().mapToInt(Integer::intValue).sum();
                    ok += row.getOrDefault(gold, 0);
                    n += total;
                    out.printf(Locale.ROOT, "  %s %6.2f%%  answers %s%n", gold,
                            total == 0 ? 0.0 : 100.0 * row.getOrDefault(gold, 0) / total, row);
                }
                out.printf(Locale.ROOT, "  %s accuracy %.2f%% (%d of %d)%n", group, 100.0 * ok / Math.max(1, n), ok, n);
            }
        }
        return 0;
    }
}
