package io.newswire.eval;

import io.newswire.enrich.ner.NerTrainer;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds tagger sentences from token-per-line corpora with IOB tags (CoNLL-2002, GermEval 2014): only
 * PER, ORG and LOC are kept (any other type, GermEval's {@code -deriv}/{@code -part} included, is O),
 * and an I- after another type starts a new name (B-).
 */
final class BioSentences {

    private final List<String> names = NerTrainer.labels();
    private final List<NerTrainer.Sentence> out = new ArrayList<>();
    private final List<String> words = new ArrayList<>();
    private final List<Integer> labels = new ArrayList<>();

    /** Adds the next token of the current sentence with its IOB tag. */
    void token(String word, String tag) {
        String type = tag.length() > 2 ? tag.substring(2) : "";
        String label = "O";
        if (type.equals("PER") || type.equals("ORG") || type.equals("LOC")) {
            String prev = labels.isEmpty() ? "O" : names.get(labels.get(labels.size() - 1));
            label = tag.startsWith("I-") && prev.endsWith(type) ? "I-" + type : "B-" + type;
        }
        words.add(word);
        labels.add(names.indexOf(label));
    }

    /** Ends the current sentence, if it has a token. */
    void end() {
        if (!words.isEmpty()) {
            out.add(new NerTrainer.Sentence(List.copyOf(words), labels.stream().mapToInt(Integer::intValue).toArray()));
            words.clear();
            labels.clear();
        }
    }

    /** The sentences read, the last one ended. */
    List<NerTrainer.Sentence> sentences() {
        end();
        return out;
    }
}
