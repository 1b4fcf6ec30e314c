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
 * The Groningen Meaning Bank NER extract ({@code gmb/ner_dataset_first8300.csv}: columns
 * {@code Sentence #,Word,POS,Tag}, IOB tags per-, org-, geo-, gpe-, tim-, art-, eve-, nat-).
 *
 * <p>Types are mapped as the pipeline has them: per to PERSON, org to ORGANIZATION, geo and gpe to
 * LOCATION (gpe is mostly demonyms, "Iranian", which the places stage turns into countries; a
 * LOCATION is where a story is about, and "Iranian officials" says where), the rest dropped.
 *
 * <p>The split is deterministic: every fifth sentence (sentence numbers 5, 10, 15, ...) is held out
 * for testing, the others train.
 */
final class Gmb {

    static final String FILE = "ner_dataset_first8300.csv";
    /** Sentences 1-44,000 of the same corpus (latin-1, CRLF), gzipped; its first 8,300 are {@link #FILE}. */
    static final String FILE_44K = "ner_dataset_1-44000.csv.gz";

    /** One sentence with its sentence number in the file. */
    record Numbered(int number, NerTrainer.Sentence sentence) {
        boolean isTest() {
            return number % 5 == 0;
        }
    }

    private Gmb() {
    }

    static List<Numbered> read(Path dir) throws IOException {
        return read(dir, FILE);
    }

    /**
     * The sentences of {@code name} in {@code dir}: {@link #FILE} (UTF-8) or {@link #FILE_44K} (gzipped
     * latin-1). The split rule is the same for both, so the held-out sentences of the first 8,300 are
     * held out of either.
     */
    static List<Numbered> read(Path dir, String name) throws IOException {
        Path file = dir.resolve(name);
        List<String> labels = NerTrainer.labels();
        List<Numbered> sentences = new ArrayList<>();
        List<String> words = new ArrayList<>();
        List<Integer> tags = new ArrayList<>();
        int number = 0;
        try (BufferedReader r = name.endsWith(".gz")
                ? new BufferedReader(new java.io.InputStreamReader(
                        new java.util.zip.GZIPInputStream(Files.newInputStream(file)), StandardCharsets.ISO_8859_1))
                : Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            r.readLine(); // header
            for (String line; (line = r.readLine()) != null; ) {
                List<String> cols = csv(line);
                if (cols.size() < 4) {
                    continue;
                }
                if (!cols.get(0).isEmpty()) {
                    if (!words.isEmpty()) {
                        sentences.add(new Numbered(number, sentence(words, tags)));
                    }
                    words = new ArrayList<>();
                    tags = new ArrayList<>();
                    number = Integer.parseInt(cols.get(0).replaceAll("\\D", ""));
                }
                String word = cols.get(1);
                words.add(word.equals("\"\"") ? "\"" : word);
                tags.add(labels.indexOf(map(cols.get(3), tags.isEmpty() ? 0 : tags.get(tags.size() - 1))));
            }
        }
        if (!words.isEmpty()) {
            sentences.add(new Numbered(number, sentence(words, tags)));
        }
        return sentences;
    }

    private static NerTrainer.Sentence sentence(List<String> words, List<Integer> tags) {
        return new NerTrainer.Sentence(words, tags.stream().mapToInt(Integer::intValue).toArray());
    }

    /** A GMB tag as a pipeline label; an I- whose previous label is of another type begins a span. */
    static String map(String tag, int prevLabel) {
        if (tag.length() < 3) {
            return "O";
        }
        String type = switch (tag.substring(2)) {
            case "per" -> "PER";
            case "org" -> "ORG";
            case "geo", "gpe" -> "LOC";
            default -> null;
        };
        if (type == null) {
            return "O";
        }
        String prev = NerTrainer.labels().get(prevLabel);
        if (tag.startsWith("I-") && prev.endsWith(type)) {
            return "I-" + type;
        }
        return "B-" + type;
    }

    /** One CSV line, RFC 4180 quoting. */
    static List<String> csv(String line) {
        List<String> cols = new ArrayList<>(4);
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cols.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        cols.add(cur.toString());
        return cols;
    }
}
