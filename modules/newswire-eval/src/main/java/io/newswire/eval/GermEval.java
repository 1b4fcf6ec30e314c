package io.newswire.eval;

import io.newswire.enrich.ner.NerTrainer;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
        BioSentences sentences = new BioSentences();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#\t") || line.startsWith("# ")) {
                    sentences.end();
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length >= 3) {
                    sentences.token(cols[1], cols[2]);
                }
            }
        }
        return sentences.sentences();
    }
}
