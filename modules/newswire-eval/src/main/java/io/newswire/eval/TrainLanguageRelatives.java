package io.newswire.eval;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

/**
 * Builds the committed word counts that tell close relatives apart (Bosnian / Croatian / Serbian in
 * Latin script, Indonesian / Malay) from DSLCC v2.0 (CC0, attributed in NOTICE): per group, how often
 * each word occurs in each language's sentences, words seen fewer than {@value #MIN_COUNT} times
 * dropped. The language stage turns the counts into naive-Bayes word probabilities. Deterministic:
 * the same data gives the same file.
 */
public final class TrainLanguageRelatives {

    public static final String COMMITTED =
            "modules/newswire-enrichment/src/main/resources/io/newswire/enrich/language/relatives-dslcc.tsv.gz";
    static final int MIN_COUNT = 2;
    static final List<List<String>> GROUPS = List.of(List.of("bs", "hr", "sr"), List.of("id", "ms"));

    private TrainLanguageRelatives() {
    }

    /** Trains on the given splits ({@code train}, or {@code train} and {@code dev} for the shipped file). */
    public static int run(Path dir, Set<String> splits, Path output, PrintStream out) throws IOException {
        if (!Dsl.present(dir)) {
            out.println("skipped: DSLCC v2.0 test set B not found in " + dir);
            return 0;
        }
        List<Dsl.Sentence> data = Dsl.read(dir).stream().filter(s -> splits.contains(Dsl.split(s.line()))).toList();
        if (output.getParent() != null) {
            Files.createDirectories(output.getParent());
        }
        try (Writer w = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(output)),
                StandardCharsets.UTF_8)) {
            w.write("# Word counts per language for close relatives, from DSLCC v2.0 test set B (CC0), splits "
                    + new java.util.TreeSet<>(splits) + "; built by `newswire train language-relatives`.\n");
            for (List<String> group : GROUPS) {
                Map<String, int[]> counts = new TreeMap<>();
                int[] sentences = new int[group.size()];
                for (Dsl.Sentence s : data) {
                    int l = group.indexOf(s.language());
                    if (l < 0) {
                        continue;
                    }
                    sentences[l]++;
                    for (String word : words(s.text())) {
                        counts.computeIfAbsent(word, k -> new int[group.size()])[l]++;
                    }
                }
                counts.values().removeIf(c -> java.util.Arrays.stream(c).sum() < MIN_COUNT);
                w.write("@group\t" + String.join("\t", group) + "\n");
                for (Map.Entry<String, int[]> e : counts.entrySet()) {
                    StringBuilder line = new StringBuilder(e.getKey());
                    for (int c : e.getValue()) {
                        line.append('\t').append(c);
                    }
                    w.write(line.append('\n').toString());
                }
                out.printf(Locale.ROOT, "%s: %s sentences, %d words kept%n", group,
                        java.util.Arrays.toString(sentences), counts.size());
            }
        }
        out.printf(Locale.ROOT, "wrote %s (%d bytes)%n", output, Files.size(output));
        return 0;
    }

    /** Lower-cased runs of letters, as the language stage reads them. */
    static List<String> words(String text) {
        List<String> words = new java.util.ArrayList<>();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i <= text.length(); ) {
            int cp = i < text.length() ? text.codePointAt(i) : ' ';
            i += i < text.length() ? Character.charCount(cp) : 1;
            if (Character.isLetter(cp)) {
                b.appendCodePoint(Character.toLowerCase(cp));
            } else if (b.length() > 0) {
                words.add(b.toString());
                b.setLength(0);
            }
        }
        return words;
    }

}
