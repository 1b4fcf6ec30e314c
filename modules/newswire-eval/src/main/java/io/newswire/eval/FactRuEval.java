package io.newswire.eval;

import io.newswire.enrich.ner.NerTrainer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * factRuEval-2016 (MIT; Dialogue Evaluation): Russian news in standoff layers per document, turned
 * into BIO sentences. {@code book_N.tokens} gives the tokens (id, offset, length, text; a blank line
 * between sentences), {@code .spans} the spans (id, type, offset, length, first token id, token
 * count), {@code .objects} the mentions (id, type, span ids). A mention covers its spans' tokens from
 * the first to the last; Person becomes PER, Org ORG, Location and LocOrg ("Грузии" as a state) LOC;
 * Project is not a pipeline type. Nested mentions ("Грузии" inside ORG "миде Грузии") give way to the
 * outermost, as in the outer layer of the task's evaluation.
 *
 * <p>Only the devset (122 documents) is shared, so it is split by document: every fifth document in
 * numeric order (index 4 mod 5) is the held-out test split, the rest train.
 */
public final class FactRuEval {

    private FactRuEval() {
    }

    /** One document: its number and BIO sentences. */
    record Doc(int number, List<NerTrainer.Sentence> sentences) {
    }

    /** Whether document {@code index} (0-based, numeric order) is in the held-out split. */
    static boolean test(int index) {
        return index % 5 == 4;
    }

    /** The documents of {@code dir} (the {@code devset} folder), in numeric order. */
    static List<Doc> read(Path dir) throws IOException {
        List<Integer> numbers = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("book_") && n.endsWith(".tokens"))
                    .forEach(n -> numbers.add(Integer.parseInt(n.substring(5, n.length() - 7))));
        }
        numbers.sort(Comparator.naturalOrder());
        List<Doc> docs = new ArrayList<>();
        for (int n : numbers) {
            docs.add(new Doc(n, document(dir, "book_" + n)));
        }
        return docs;
    }

    /** The sentences of one document, {@code base} the path without extension. */
    static List<NerTrainer.Sentence> document(Path dir, String base) throws IOException {
        List<String> words = new ArrayList<>();
        List<Integer> sentenceStarts = new ArrayList<>();
        Map<String, Integer> tokenIndex = new HashMap<>();
        boolean start = true;
        for (String line : Files.readAllLines(dir.resolve(base + ".tokens"), StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                start = true;
                continue;
            }
            String[] f = line.strip().split(" ", 4);
            if (f.length < 4) {
                continue;
            }
            if (start) {
                sentenceStarts.add(words.size());
                start = false;
            }
            tokenIndex.put(f[0], words.size());
            words.add(f[3]);
        }
        Map<String, int[]> spans = new HashMap<>(); // span id -> first token index, end (exclusive)
        for (String line : lines(dir.resolve(base + ".spans"))) {
            String[] f = line.split("#", 2)[0].strip().split("\\s+");
            if (f.length < 6 || !tokenIndex.containsKey(f[4])) {
                continue;
            }
            int first = tokenIndex.get(f[4]);
            spans.put(f[0], new int[] {first, first + Integer.parseInt(f[5])});
        }
        List<int[]> mentions = new ArrayList<>(); // start, end, type (1 PER, 2 ORG, 3 LOC)
        for (String line : lines(dir.resolve(base + ".objects"))) {
            String[] f = line.split("#", 2)[0].strip().split("\\s+");
            if (f.length < 3) {
                continue;
            }
            int type = switch (f[1]) {
                case "Person" -> 1;
                case "Org" -> 2;
                case "Location", "LocOrg" -> 3;
                default -> 0;
            };
            int from = Integer.MAX_VALUE;
            int to = -1;
            for (int k = 2; k < f.length; k++) {
                int[] s = spans.get(f[k]);
                if (s != null) {
                    from = Math.min(from, s[0]);
                    to = Math.max(to, s[1]);
                }
            }
            if (type > 0 && to > from) {
                mentions.add(new int[] {from, to, type});
            }
        }
        // outermost first: longer mentions take their tokens, nested ones find them taken
        mentions.sort(Comparator.<int[]>comparingInt(m -> m[0] - m[1]).thenComparingInt(m -> m[0]));
        String[] tags = new String[words.size()];
        Arrays.fill(tags, "O");
        for (int[] m : mentions) {
            boolean free = true;
            for (int k = m[0]; k < m[1] && free; k++) {
                free = tags[k].equals("O");
            }
            if (free) {
                String type = m[2] == 1 ? "PER" : m[2] == 2 ? "ORG" : "LOC";
                for (int k = m[0]; k < m[1]; k++) {
                    tags[k] = (k == m[0] ? "B-" : "I-") + type;
                }
            }
        }
        List<String> names = NerTrainer.labels();
        List<NerTrainer.Sentence> out = new ArrayList<>();
        for (int s = 0; s < sentenceStarts.size(); s++) {
            int from = sentenceStarts.get(s);
            int to = s + 1 < sentenceStarts.size() ? sentenceStarts.get(s + 1) : words.size();
            int[] labels = new int[to - from];
            for (int k = from; k < to; k++) {
                String t = tags[k];
                if (k == from && t.startsWith("I-")) { // a mention across a sentence break begins again
                    t = "B-" + t.substring(2);
                }
                labels[k - from] = names.indexOf(t);
            }
            out.add(new NerTrainer.Sentence(List.copyOf(words.subList(from, to)), labels));
        }
        return out;
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
    }
}
