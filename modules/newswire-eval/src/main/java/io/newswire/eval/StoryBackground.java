package io.newswire.eval;

import io.newswire.enrich.stories.BackgroundFrequencies;
import io.newswire.enrich.text.WordHashes;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Counts the background document frequencies the story clusterer ships with ({@code
 * io/newswire/enrich/stories/background-df.bin.gz}): over the Voice of America news sentences of the
 * Groningen Meaning Bank (public-domain texts; the Kaggle NER extract is ODbL), read from {@code
 * gmb/ner_dataset_1-44000.csv.gz} under the shared data. The extract keeps no document boundaries, so
 * every {@value #SENTENCES} consecutive sentences (in the corpus' order, which follows its documents) are
 * one document, about the length of a short wire story. A word is counted once per document, hashed
 * exactly as the clusterer hashes it; words found in fewer than two documents are left out (their
 * frequency is 0 or 1 either way). ECB+, the stories' evaluation set, is never read.
 *
 * <pre>java -cp newswire-tools.jar io.newswire.eval.StoryBackground ../shared/data out.bin.gz</pre>
 */
public final class StoryBackground {

    static final int SENTENCES = 8;

    private StoryBackground() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: StoryBackground <shared data dir> <out .bin.gz>");
            System.exit(2);
        }
        Path csv = Path.of(args[0]).resolve("gmb").resolve("ner_dataset_1-44000.csv.gz");
        if (!Files.isRegularFile(csv)) {
            System.out.println("skipped: " + csv + " not found");
            return;
        }
        Map<Long, int[]> df = new HashMap<>();
        int documents = 0;
        StringBuilder doc = new StringBuilder();
        int sentences = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(csv)), StandardCharsets.ISO_8859_1))) {
            in.readLine(); // header
            String line;
            while ((line = in.readLine()) != null) {
                int comma = line.indexOf(',');
                if (comma < 0) {
                    continue;
                }
                if (comma > 0) { // "Sentence: N" on a sentence's first token
                    if (++sentences > SENTENCES) {
                        count(doc, df);
                        documents++;
                        doc.setLength(0);
                        sentences = 1;
                    }
                    doc.append('\n');
                }
                // Word,POS,Tag: the word may itself be a comma ("\",\"")
                String rest = line.substring(comma + 1);
                String word = rest.startsWith("\"") ? rest.substring(1, rest.indexOf('"', 1))
                        : rest.substring(0, rest.indexOf(','));
                doc.append(word).append(' ');
            }
        }
        if (doc.length() > 0) {
            count(doc, df);
            documents++;
        }
        int kept = 0;
        for (int[] c : df.values()) {
            if (c[0] >= 2) {
                kept++;
            }
        }
        long[] keys = new long[kept];
        int[] counts = new int[kept];
        int i = 0;
        for (Map.Entry<Long, int[]> e : df.entrySet()) {
            if (e.getValue()[0] >= 2) {
                keys[i] = e.getKey();
                counts[i++] = e.getValue()[0];
            }
        }
        try (OutputStream out = Files.newOutputStream(Path.of(args[1]))) {
            BackgroundFrequencies.write(documents, keys, counts, out);
        }
        System.out.printf("%d documents of %d sentences, %d words, %d kept (in >= 2 documents)%n", documents,
                SENTENCES, df.size(), kept);
    }

    private static void count(CharSequence doc, Map<Long, int[]> df) {
        Set<Long> seen = new HashSet<>();
        WordHashes.scan(doc, 0, doc.length(), (h, stem, b) -> seen.add(stem));
        for (long w : seen) {
            df.computeIfAbsent(w, k -> new int[1])[0]++;
        }
    }
}
