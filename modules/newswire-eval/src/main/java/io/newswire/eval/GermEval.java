package io.newswire.eval;

import io.newswire.enrich.ner.NerTrainer;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * GermEval 2014 NER (CC BY 4.0; Benikova, Biemann and Reznicek, LREC 2014): German Wikipedia and
 * news sentences in the NoSta-D layout, {@code #\tURL\t[date]} before each sentence, then
 * {@code index token outer-tag inner-tag} lines (BIO), a blank line between sentences. Only the outer
 * tags of the pipeline's types are read: PER, ORG, LOC. OTH and the {@code -deriv} ("deutschen") and
 * {@code -part} ("EU-Kommission") tags become O, so a German tagger learns that adjectives from
 * names and compounds holding a name are not names.
 *
 * <p>Only the development file is shared (the 24,000-sentence training file is not obtainable
 * here), so it is split by sentence: every fifth sentence (index 4 mod 5) is the held-out test
 * split, the rest train.
 */
public final class GermEval {

    /** The file read from the data folder. */
    static final String FILE = "NER-de-dev.tsv";

    private GermEval() {
    }

    /** Whether sentence {@code index} (0-based, file order) is in the held-out split. */
    static boolean test(int index) {
        return index % 5 == 4;
    }

    /** All sentences of {@code file}, in order. */
    static List<NerTrainer.Sentence> read(Path file) throws IOException {
        List<NerTrainer.Sentence> out = new ArrayList<>();
        List<String> names = NerTrainer.labels();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<String> words = new ArrayList<>();
            List<Integer> labels = new ArrayList<>();
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#\t") || line.startsWith("# ")) {
                    if (!words.isEmpty()) {
                        out.add(new NerTrainer.Sentence(List.copyOf(words),
                                labels.stream().mapToInt(Integer::intValue).toArray()));
                        words.clear();
                        labels.clear();
                    }
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length < 3) {
                    continue;
                }
                String tag = cols[2];
                String type = tag.length() > 2 ? tag.substring(2) : "";
                String label = "O";
                if (type.equals("PER") || type.equals("ORG") || type.equals("LOC")) {
                    String prev = labels.isEmpty() ? "O" : names.get(labels.get(labels.size() - 1));
                    label = tag.startsWith("I-") && prev.endsWith(type) ? "I-" + type : "B-" + type;
                }
                words.add(cols[1]);
                labels.add(names.indexOf(label));
            }
            if (!words.isEmpty()) {
                out.add(new NerTrainer.Sentence(List.copyOf(words), labels.stream().mapToInt(Integer::intValue).toArray()));
            }
        }
        return out;
    }
}
