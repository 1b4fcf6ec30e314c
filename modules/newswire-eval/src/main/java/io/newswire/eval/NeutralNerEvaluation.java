package io.newswire.eval;

import io.newswire.enrich.entities.AliasTable;
import io.newswire.enrich.entities.EntitiesEnricher;
import io.newswire.enrich.language.LanguageEnricher;
import io.newswire.enrich.ner.NerTagger;
import io.newswire.model.Article;
import io.newswire.model.Entity;
import io.newswire.model.Language;
import io.newswire.model.Mention;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * The entities stage's language-neutral path (no tagger: aliases, gazetteer names, given names) on real
 * labelled news in languages that ship no tagger: CoNLL-2002's Spanish (EFE wire copy) and Dutch (De Morgen)
 * development files, {@code esp.testa.gz} and {@code ned.testa.gz}, and KIND's Italian Wikinews development
 * file ({@code kind_wikinews/WN_dev.tsv}, annotations CC BY-NC: read, never trained on). The sentences are put back into
 * articles of twelve, paragraphs of three, tokens joined by one space as the corpus splits them; the
 * language is detected as the pipeline does it, so an article whose paragraphs read as English gets the
 * English tagger, as it would in the product. Exact span precision, recall and F1 per type (PER, ORG,
 * LOC; MISC has no type here).
 *
 * <p>The data is for research only: it is read here, and nothing trained from it is committed.
 * Usage: {@code newswire eval ner-neutral --data ../shared/data/conll2002 [--split dev|train] [--language es,nl,it]
 * [--errors N]} ({@code train}: the training files, {@code esp.train.gz}, {@code ned.train.gz},
 * {@code WN_train.tsv}, read only, to develop rules on with dev as the check; there is no test split here)
 * ({@code --data} the CoNLL-2002 folder or the shared data folder holding it and {@code kind_wikinews}).
 */
public final class NeutralNerEvaluation {

    static final int SENTENCES_PER_ARTICLE = 12;
    static final int SENTENCES_PER_PARAGRAPH = 3;
    /** Per language, the development file under the shared data folder. */
    private static final Map<String, String> FILES = Map.of("es", "conll2002/esp.testa.gz",
            "nl", "conll2002/ned.testa.gz", "it", "kind_wikinews/WN_dev.tsv");
    /**
     * Per language, the training file: nothing is trained on it here, it is the larger split to develop rules
     * on, with the development file as the check (session s36).
     */
    private static final Map<String, String> TRAIN_FILES = Map.of("es", "conll2002/esp.train.gz",
            "nl", "conll2002/ned.train.gz", "it", "kind_wikinews/WN_train.tsv");
    private static final Map<String, String> TYPES = Map.of("PER", "PERSON", "ORG", "ORGANIZATION", "LOC", "LOCATION");

    private NeutralNerEvaluation() {
    }

    /** One span of an article's text. */
    record Span(int start, int end, String type) {
    }

    /**
     * An article put back together: its text, its labelled spans of the three types, and every labelled span
     * with MISC (to say what a wrong span overlaps).
     */
    record Doc(String text, Set<Span> gold, List<Span> labelled) {
    }

    /** Micro precision, recall and F1 over the three types, per language. */
    public record Result(String language, int articles, double precision, double recall, double f1) {
    }

    public static Map<String, Result> run(Path dir, List<String> languages, int errors, PrintStream out)
            throws IOException {
        return run(dir, languages, "dev", errors, out);
    }

    /**
     * As {@link #run(Path, List, int, PrintStream)} on the given split: {@code dev} (the development files) or
     * {@code train} (the training files, read as text to develop on; nothing is trained).
     */
    public static Map<String, Result> run(Path dir, List<String> languages, String split, int errors,
            PrintStream out) throws IOException {
        Map<String, String> files = switch (split) {
            case "dev" -> FILES;
            case "train" -> TRAIN_FILES;
            default -> throw new IllegalArgumentException("split must be dev or train, not " + split);
        };
        Map<String, Result> results = new LinkedHashMap<>();
        EntitiesEnricher stage = new EntitiesEnricher(NerTagger.get(), AliasTable.builtIn(), Map.of(), true);
        Path root = Files.isDirectory(dir.resolve("conll2002")) || dir.getParent() == null ? dir : dir.getParent();
        for (String language : languages) {
            String file = files.get(language);
            if (file == null) {
                throw new IllegalArgumentException("no development file for " + language + " (es, nl, it)");
            }
            Path path = root.resolve(file);
            if (!Files.isRegularFile(path)) {
                out.println("skipped: " + path + " not found (../shared/data/conll2002, ../shared/data/kind_wikinews)");
                continue;
            }
            List<Doc> docs = read(path);
            Map<String, int[]> counts = new TreeMap<>(); // type -> tp, fp, fn
            Map<String, Integer> detected = new TreeMap<>();
            int listed = 0;
            int metonymy = 0; // LOCATION spans whose very words the labels call ORGANIZATION

            for (Doc d : docs) {
                Language detectedLanguage = LanguageEnricher.detect(d.text());
                String code = detectedLanguage.code();
                detected.merge(String.valueOf(code), 1, Integer::sum);
                Set<Span> got = new HashSet<>();
                // through the stage's enrich, as the pipeline hands it an article: a language the detector could
                // not settle is then read as the pipeline reads it (EntitiesEnricher#languageOf)
                Article article = Article.builder("neutral-eval", d.text(), "neutral-eval").language(detectedLanguage)
                        .build();
                for (Entity e : stage.enrich(article).entities()) {
                    for (Mention m : e.mentions()) {
                        got.add(new Span(m.start(), m.end(), e.type().name()));
                    }
                }
                List<String> lines = new ArrayList<>();
                for (Span s : got) {
                    boolean right = d.gold().contains(s);
                    counts.computeIfAbsent(s.type(), k -> new int[3])[right ? 0 : 1]++;
                    if (!right && s.type().equals("LOCATION")
                            && d.gold().contains(new Span(s.start(), s.end(), "ORGANIZATION"))) {
                        metonymy++;
                    }
                    if (!right) {
                        lines.add("  extra " + s.type() + " " + d.text().substring(s.start(), s.end())
                                + overlapped(d, s) + " | " + context(d.text(), s));
                    }
                }
                for (Span s : d.gold()) {
                    if (!got.contains(s)) {
                        counts.computeIfAbsent(s.type(), k -> new int[3])[2]++;
                        lines.add("  missed " + s.type() + " " + d.text().substring(s.start(), s.end()));
                    }
                }
                if (listed < errors && !lines.isEmpty()) {
                    listed++;
                    out.println("-- article " + listed + " (" + code + ")");
                    lines.forEach(out::println);
                }
            }
            out.printf(Locale.ROOT, "%s %s (%s): %d articles, detected %s%n",
                    file.startsWith("kind") ? "KIND Wikinews" : "CoNLL-2002", language, file,
                    docs.size(), detected);
            out.println("type           gold  found  precision  recall  F1");
            int[] micro = new int[3];
            for (String type : List.of("LOCATION", "ORGANIZATION", "PERSON")) {
                int[] c = counts.getOrDefault(type, new int[3]);
                for (int k = 0; k < 3; k++) {
                    micro[k] += c[k];
                }
                print(out, type, c);
            }
            double[] f = print(out, "micro", micro);
            int[] loc = counts.getOrDefault("LOCATION", new int[3]);
            out.printf(Locale.ROOT, "LOCATION whose very words are labelled ORGANIZATION (a country or town standing for "
                    + "its government, team or club): %d of %d wrong; precision without them %.3f%n", metonymy, loc[1],
                    loc[0] + loc[1] - metonymy == 0 ? 0 : loc[0] / (double) (loc[0] + loc[1] - metonymy));
            out.println();
            results.put(language, new Result(language, docs.size(), f[0], f[1], f[2]));
        }
        return results;
    }

    /** What the labels say of a wrong span's characters: " [gold ORG Real Madrid]", or " [gold O]". */
    private static String overlapped(Doc d, Span s) {
        StringBuilder out = new StringBuilder();
        for (Span g : d.labelled()) {
            if (g.start() < s.end() && s.start() < g.end()) {
                out.append(out.length() == 0 ? " [gold " : "; ").append(g.type()).append(' ')
                        .append(d.text(), g.start(), g.end());
            }
        }
        return out.length() == 0 ? " [gold O]" : out.append(']').toString();
    }

    private static double[] print(PrintStream out, String label, int[] c) {
        double p = c[0] + c[1] == 0 ? 0 : c[0] / (double) (c[0] + c[1]);
        double r = c[0] + c[2] == 0 ? 0 : c[0] / (double) (c[0] + c[2]);
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        out.printf(Locale.ROOT, "%-12s %6d %6d %10.3f %7.3f %6.3f%n", label, c[0] + c[2], c[0] + c[1], p, r, f);
        return new double[] {p, r, f};
    }

    /** The words around a span, on one line, the span in brackets: enough to read a false span by its cause. */
    static String context(String text, Span s) {
        int from = Math.max(0, s.start() - 60);
        int to = Math.min(text.length(), s.end() + 60);
        return (text.substring(from, s.start()) + "[[" + text.substring(s.start(), s.end()) + "]]"
                + text.substring(s.end(), to)).replace('\n', ' ');
    }

    /** The file's sentences as articles of {@link #SENTENCES_PER_ARTICLE}, paragraphs of {@link #SENTENCES_PER_PARAGRAPH}. */
    static List<Doc> read(Path path) throws IOException {
        List<List<String[]>> sentences = new ArrayList<>();
        List<String[]> current = new ArrayList<>();
        java.io.InputStream in = Files.newInputStream(path);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                path.toString().endsWith(".gz") ? new GZIPInputStream(in) : in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                line = line.strip();
                if (line.isEmpty()) {
                    if (!current.isEmpty()) {
                        sentences.add(current);
                        current = new ArrayList<>();
                    }
                    continue;
                }
                String[] f = line.split("[ \t]"); // CoNLL-2002 spaces, KIND a tab
                if (!f[0].equals("-DOCSTART-")) {
                    current.add(new String[] {f[0], f[f.length - 1]});
                }
            }
        }
        if (!current.isEmpty()) {
            sentences.add(current);
        }
        List<Doc> docs = new ArrayList<>();
        for (int first = 0; first < sentences.size(); first += SENTENCES_PER_ARTICLE) {
            StringBuilder text = new StringBuilder();
            Set<Span> gold = new HashSet<>();
            List<Span> labelled = new ArrayList<>();
            int last = Math.min(sentences.size(), first + SENTENCES_PER_ARTICLE);
            for (int s = first; s < last; s++) {
                if (s > first) {
                    text.append((s - first) % SENTENCES_PER_PARAGRAPH == 0 ? "\n\n" : " ");
                }
                int start = -1;
                String type = null;
                List<String[]> tokens = sentences.get(s);
                for (int i = 0; i < tokens.size(); i++) {
                    String tag = tokens.get(i)[1];
                    String t = tag.length() > 2 ? TYPES.getOrDefault(tag.substring(2), tag.substring(2)) : null;
                    boolean inside = tag.startsWith("I-") && t != null && t.equals(type);
                    if (start >= 0 && !inside) {
                        labelled.add(new Span(start, text.length() - 1, type));
                        start = -1;
                        type = null;
                    }
                    if (t != null && start < 0) {
                        start = text.length();
                        type = t;
                    }
                    text.append(tokens.get(i)[0]).append(i + 1 < tokens.size() ? " " : "");
                }
                if (start >= 0) {
                    labelled.add(new Span(start, text.length(), type));
                }
            }
            for (Span g : labelled) {
                if (TYPES.containsValue(g.type())) {
                    gold.add(g);
                }
            }
            docs.add(new Doc(text.toString(), gold, List.copyOf(labelled)));
        }
        return docs;
    }
}
