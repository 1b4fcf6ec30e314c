package io.newswire.enrich.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Word lists kept as classpath resources rather than string literals, so that a reader can see and
 * edit a list without reading code. Format: UTF-8, one entry per line (an entry may contain spaces),
 * surrounding blanks ignored, empty lines and lines starting with {@code #} skipped.
 */
public final class WordList {

    private WordList() {
    }

    /**
     * The entries of the resource {@code name} next to {@code owner}'s class file
     * ({@code /io/newswire/enrich/<package>/<name>}); call once, into a constant.
     *
     * @throws IllegalStateException when the resource is missing, which is a packaging error
     */
    public static Set<String> load(Class<?> owner, String name) {
        Set<String> words = new LinkedHashSet<>();
        for (String line : lines(owner, name)) {
            words.add(line.strip());
        }
        return WordSet.copyOf(words);
    }

    /**
     * The lines of a table kept the same way, in the file's order and as written (a tab-separated row keeps
     * its empty last field), blank lines and lines starting with {@code #} skipped; call once, into a constant.
     *
     * @throws IllegalStateException when the resource is missing, which is a packaging error
     */
    public static List<String> lines(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " missing from the classpath next to " + owner.getName());
            }
            List<String> lines = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank() && !line.strip().startsWith("#")) {
                    lines.add(line);
                }
            }
            return List.copyOf(lines);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    /**
     * A table of words per language kept the same way: each line an ISO 639-1 code, a tab, then tab-separated
     * columns of space-separated words. The words of column {@code column} (1: the first after the code) per
     * language, none where a line has no such column; call once, into a constant.
     *
     * @throws IllegalStateException when the resource is missing or a line has no two-letter code and tab
     * @throws IllegalArgumentException when a column names a word twice
     */
    public static Map<String, Set<String>> perLanguage(Class<?> owner, String name, int column) {
        Map<String, Set<String>> out = new HashMap<>();
        for (String line : lines(owner, name)) {
            String[] columns = line.split("\t");
            if (columns.length < 2 || columns[0].length() != 2) {
                throw new IllegalStateException(name + ": no language and tab in " + line);
            }
            out.put(columns[0], column < columns.length ? WordSet.of(columns[column].trim().split(" +")) : Set.of());
        }
        return Map.copyOf(out);
    }
}
