package io.newswire.eval;

import io.newswire.enrich.ner.NerTagger;
import io.newswire.enrich.ner.NerTrainer;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Span-level, exact-match precision, recall and F1 of the tagger on the GMB held-out split (every
 * fifth sentence, never trained on; see {@link Gmb}), per type and micro-averaged over PER, ORG and
 * LOC (= GMB geo + gpe). The words are GMB's own tokens, so this measures the tagger, not the
 * tokenizer. Usage: {@code newswire eval ner --data ../shared/data/gmb [--model FILE]}.
 */
public final class NerEvaluation {

    private NerEvaluation() {
    }

    /** A span of a sentence: [start, end) in tokens, and its type. */
    record Span(int sentence, int start, int end, String type) {
    }

    /** @return the micro F1, or -1 when skipped */
    public static double run(Path data, Path model, PrintStream out) throws Exception {
        return run(data, model, 0, out);
    }

    /** As {@link #run(Path, Path, PrintStream)}, listing the first {@code errors} wrong sentences. */
    public static double run(Path data, Path model, int errors, PrintStream out) throws Exception {
        if (!Files.exists(data.resolve(Gmb.FILE))) {
            out.println("skipped: " + data.resolve(Gmb.FILE) + " not found");
            return -1;
        }
        List<Gmb.Numbered> test = Gmb.read(data).stream().filter(Gmb.Numbered::isTest).toList();
        System.gc();
        long heap0 = usedHeap();
        long t0 = System.nanoTime();
        NerTagger tagger = model == null ? NerTagger.get() : NerTagger.load(model);
        double loadMs = (System.nanoTime() - t0) / 1e6;
        System.gc();
        long heap = usedHeap() - heap0;
        out.printf("model: %s, %d features, loaded in %.0f ms, ~%d MB heap%n",
                model == null ? "committed (" + NerTagger.RESOURCE + ")" : model, tagger.features(), loadMs,
                heap >> 20);

        Set<Span> gold = new HashSet<>();
        Set<Span> predicted = new HashSet<>();
        long tokens = 0;
        long tagNanos = 0;
        int listed = 0;
        for (int round = 0; round < 2; round++) { // the first round warms the JIT up for the timing
            tokens = 0;
            tagNanos = 0;
            for (Gmb.Numbered s : test) {
                long t = System.nanoTime();
                int[] labels = tagger.tag(s.sentence().words());
                tagNanos += System.nanoTime() - t;
                tokens += labels.length;
                if (round == 1) {
                    Set<Span> g = new HashSet<>();
                    Set<Span> p = new HashSet<>();
                    spans(s.number(), s.sentence().labels(), g);
                    spans(s.number(), labels, p);
                    gold.addAll(g);
                    predicted.addAll(p);
                    if (!g.equals(p) && listed < errors) {
                        listed++;
                        out.println("  gold: " + show(s.sentence().words(), g));
                        out.println("  got:  " + show(s.sentence().words(), p));
                    }
                }
            }
        }
        out.printf("held-out: %d sentences, %d tokens; tagging %.0f tokens/s on one thread%n", test.size(), tokens,
                tokens / (tagNanos / 1e9));
        Map<String, int[]> counts = new TreeMap<>(); // type -> tp, fp, fn
        for (Span p : predicted) {
            counts.computeIfAbsent(p.type(), k -> new int[3])[gold.contains(p) ? 0 : 1]++;
        }
        for (Span g : gold) {
            if (!predicted.contains(g)) {
                counts.computeIfAbsent(g.type(), k -> new int[3])[2]++;
            }
        }
        int[] micro = new int[3];
        out.println("type   gold  pred  precision  recall  F1");
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            int[] c = e.getValue();
            print(out, e.getKey(), c);
            for (int i = 0; i < 3; i++) {
                micro[i] += c[i];
            }
        }
        return print(out, "micro", micro);
    }

    private static double print(PrintStream out, String type, int[] c) {
        double p = c[0] / (double) Math.max(1, c[0] + c[1]);
        double r = c[0] / (double) Math.max(1, c[0] + c[2]);
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        out.printf("%-5s %5d %5d  %9.4f  %6.4f  %.4f%n", type, c[0] + c[2], c[0] + c[1], p, r, f);
        return f;
    }

    static void spans(int sentence, int[] labels, Set<Span> into) {
        List<String> names = NerTrainer.labels();
        int start = -1;
        String type = null;
        for (int i = 0; i <= labels.length; i++) {
            String l = i < labels.length ? names.get(labels[i]) : "O";
            boolean continues = type != null && l.equals("I-" + type);
            if (!continues && type != null) {
                into.add(new Span(sentence, start, i, type));
                type = null;
            }
            if (!continues && !l.equals("O")) {
                start = i;
                type = l.substring(2);
            }
        }
    }

    private static String show(List<String> words, Set<Span> spans) {
        StringBuilder sb = new StringBuilder();
        spans.stream().sorted(java.util.Comparator.comparingInt(Span::start)).forEach(sp -> sb.append('[')
                .append(String.join(" ", words.subList(sp.start(), sp.end()))).append("]/").append(sp.type())
                .append(' '));
        return sb.toString();
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: NerEvaluation <gmb dir> [model file]");
            System.exit(2);
        }
        run(Path.of(args[0]), args.length > 1 && !args[1].equals("-") ? Path.of(args[1]) : null,
                args.length > 2 ? Integer.parseInt(args[2]) : 0, System.out);
    }
}
