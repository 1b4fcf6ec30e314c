package io.newswire.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * DSLCC v2.0 test set B (bs, hr, sr in Latin script, id, Malay) as the shared folder keeps it: the
 * labelled NE-blinded file and the same sentences with their names. Only this part of the corpus is
 * available, so it is split here by line number: every fifth line from the first is train (lines
 * 0, 1, 2 mod 5), line 3 mod 5 dev, line 4 mod 5 test. Labels use ISO 639-1 ({@code my} becomes
 * {@code ms}).
 */
final class Dsl {

    static final String LABELLED = "test-none-gold.bs-hr-sr-id-my.txt";
    static final String WITH_NAMES = "test-ne.bs-hr-sr-id-my.txt";

    /** One sentence: its text with names, the NE-blinded text ({@code #NE#} removed), the label. */
    record Sentence(int line, String text, String blinded, String language) {
    }

    private Dsl() {
    }

    static boolean present(Path dir) {
        return Files.exists(dir.resolve(LABELLED)) && Files.exists(dir.resolve(WITH_NAMES));
    }

    /** The split of line {@code i}: train, dev or test. */
    static String split(int i) {
        return switch (i % 5) {
            case 3 -> "dev";
            case 4 -> "test";
            default -> "train";
        };
    }

    static List<Sentence> read(Path dir) throws IOException {
        List<String> gold = Files.readAllLines(dir.resolve(LABELLED), StandardCharsets.UTF_8);
        List<String> named = Files.readAllLines(dir.resolve(WITH_NAMES), StandardCharsets.UTF_8);
        List<Sentence> out = new ArrayList<>(gold.size());
        for (int i = 0; i < gold.size() && i < named.size(); i++) {
            String row = gold.get(i);
            int tab = row.lastIndexOf('\t');
            if (tab < 0) {
                continue;
            }
            String label = row.substring(tab + 1).strip();
            out.add(new Sentence(i, named.get(i).strip(), row.substring(0, tab).replace("#NE#", " ").strip(),
                    label.equals("my") ? "ms" : label));
        }
        return out;
    }
}
