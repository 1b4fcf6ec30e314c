package io.newswire.eval;

import io.newswire.enrich.ner.CaseLexicon;
import io.newswire.enrich.ner.NerTagger;
import io.newswire.enrich.ner.NerTrainer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * The entity tagger (same features and trainer as the English model) for another language, trained
 * on CoNLL-2002 (Spanish {@code esp.train}, Dutch {@code ned.train}) and scored on its development
 * split ({@code testa}): span precision, recall and F1 per type (PER, ORG, LOC; MISC is not a
 * pipeline type and is read as O). CoNLL-2002 is for research use only, so the model is written
 * where the user says and never committed; a user who holds the data builds it with
 * {@code newswire train ner --language es --data DIR --output FILE}.
 */
public final class TrainNerLanguage {

    private TrainNerLanguage() {
    }

    /** The CoNLL-2002 file prefix of a language, or {@code null}. */
    static String prefix(String language) {
        return switch (language) {
            case "es" -> "esp";
            case "nl" -> "ned";
            default -> null;
        };
    }

    /** Whether the language's labelled data may ship in a committed model (CC BY 4.0, MIT). */
    public static boolean shippable(String language) {
        return language.equals("de") || language.equals("ru");
    }

    public static int run(Path data, String language, Path output, int epochs, int models, PrintStream out)
            throws Exception {
        List<NerTrainer.Sentence> sentences;
        List<NerTrainer.Sentence> held;
        String name;
        String note;
        if (language.equals("de")) {
            Path file = data.resolve(GermEval.FILE);
            if (!Files.exists(file)) {
                out.println("skipped: " + file + " not found");
                return 0;
            }
            List<NerTrainer.Sentence> all = GermEval.read(file);
            sentences = new ArrayList<>();
            held = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                (GermEval.test(i) ? held : sentences).add(all.get(i));
            }
            name = "GermEval 2014 dev, held-out fifth (sentences 4 mod 5)";
            note = "GermEval 2014, CC BY 4.0: may be committed with attribution";
        } else if (language.equals("ru")) {
            Path dir = Files.isDirectory(data.resolve("devset")) ? data.resolve("devset") : data;
            if (!Files.exists(dir) || FactRuEval.read(dir).isEmpty()) {
                out.println("skipped: no factRuEval-2016 devset in " + data);
                return 0;
            }
            List<FactRuEval.Doc> docs = FactRuEval.read(dir);
            sentences = new ArrayList<>();
            held = new ArrayList<>();
            for (int i = 0; i < docs.size(); i++) {
                (FactRuEval.test(i) ? held : sentences).addAll(docs.get(i).sentences());
            }
            name = "factRuEval-2016 devset, held-out fifth (documents 4 mod 5)";
            note = "factRuEval-2016, MIT: may be committed with attribution";
        } else {
            String prefix = prefix(language);
            if (prefix == null) {
                out.println("no labelled data known for language " + language
                        + " (es, nl: CoNLL-2002; de: GermEval 2014; ru: factRuEval-2016)");
                return 2;
            }
            Path train = data.resolve(prefix + ".train.gz");
            Path dev = data.resolve(prefix + ".testa.gz");
            if (!Files.exists(train) || !Files.exists(dev)) {
                out.println("skipped: " + train + " or " + dev + " not found");
                return 0;
            }
            // The shared copy is UTF-8 (checked: both files decode).
            sentences = read(train, StandardCharsets.UTF_8);
            held = read(dev, StandardCharsets.UTF_8);
            name = prefix + ".testa";
            note = "research-only data: never commit it";
        }
        CaseLexicon.Builder lexicon = CaseLexicon.builder();
        sentences.forEach(s -> lexicon.addSentence(s.words()));
        CaseLexicon caseLexicon = lexicon.build(TrainNer.MIN_LEXICON_COUNT);
        out.printf(Locale.ROOT, "%s: training on %d sentences, %d tokens, %d epochs, %d models%n",
                language, sentences.size(), sentences.stream().mapToInt(s -> s.words().size()).sum(), epochs, models);
        long t0 = System.nanoTime();
        NerTrainer.Model model = NerTrainer.train(sentences, caseLexicon, epochs, models, TrainNer.SEED,
                (e, err) -> out.printf(Locale.ROOT, "  epoch %d: %.4f of tokens mislabelled%n", e, err));
        if (output.getParent() != null) {
            Files.createDirectories(output.getParent());
        }
        try (OutputStream o = Files.newOutputStream(output)) {
            model.write(o);
        }
        out.printf(Locale.ROOT, "wrote %s: %d features, %d bytes, in %.1f s (%s)%n",
                output, model.features(), Files.size(output), (System.nanoTime() - t0) / 1e9, note);
        evaluate(NerTagger.load(output), held, name, out);
        return 0;
    }

    /** Span precision, recall and F1 of {@code tagger} on {@code sentences}; returns the micro F1. */
    static double evaluate(NerTagger tagger, List<NerTrainer.Sentence> sentences, String name, PrintStream out) {
        Set<NerEvaluation.Span> gold = new HashSet<>();
        Set<NerEvaluation.Span> predicted = new HashSet<>();
        for (int i = 0; i < sentences.size(); i++) {
            NerEvaluation.spans(i, sentences.get(i).labels(), gold);
            NerEvaluation.spans(i, tagger.tag(sentences.get(i).words()), predicted);
        }
        Map<String, int[]> counts = new TreeMap<>();
        for (NerEvaluation.Span p : predicted) {
            counts.computeIfAbsent(p.type(), k -> new int[3])[gold.contains(p) ? 0 : 1]++;
        }
        for (NerEvaluation.Span g : gold) {
            if (!predicted.contains(g)) {
                counts.computeIfAbsent(g.type(), k -> new int[3])[2]++;
            }
        }
        out.printf(Locale.ROOT, "%s: %d sentences%ntype   gold  pred  precision  recall  F1%n", name, sentences.size());
        int[] micro = new int[3];
        double f = 0;
        counts.put("micro", micro);
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            int[] c = e.getValue();
            if (!e.getKey().equals("micro")) {
                for (int k = 0; k < 3; k++) {
                    micro[k] += c[k];
                }
            }
        }
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            int[] c = e.getValue();
            double p = c[0] / (double) Math.max(1, c[0] + c[1]);
            double r = c[0] / (double) Math.max(1, c[0] + c[2]);
            double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
            out.printf(Locale.ROOT, "%-5s %5d %5d  %9.4f  %6.4f  %.4f%n", e.getKey(), c[0] + c[2], c[0] + c[1], p, r, f1);
            if (e.getKey().equals("micro")) {
                f = f1;
            }
        }
        return f;
    }

    /**
     * CoNLL-2002 sentences: one token a line, its IOB2 tag in the last column, a blank line between
     * sentences, {@code -DOCSTART-} lines skipped; MISC becomes O, an I- after another type a B-.
     */
    static List<NerTrainer.Sentence> read(Path gz, Charset charset) throws IOException {
        BioSentences sentences = new BioSentences();
        try (BufferedReader r = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(Files.newInputStream(gz)), charset))) {
            for (String line; (line = r.readLine()) != null; ) {
                String[] cols = line.strip().split("\\s+");
                if (line.isBlank() || cols[0].equals("-DOCSTART-")) {
                    sentences.end();
                    continue;
                }
                sentences.token(cols[0], cols[cols.length - 1]);
            }
        }
        return sentences.sentences();
    }
}
