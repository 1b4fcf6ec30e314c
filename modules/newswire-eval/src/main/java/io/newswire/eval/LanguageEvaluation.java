package io.newswire.eval;

import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Compares language detectors on {@code langid/sentences/<iso639-1>.txt}: accuracy on single
 * sentences and on 5-sentence texts, throughput, heap and start-up. Usage:
 * {@code LanguageEvaluation <langid dir> [--sentences N] [--library opennlp|lingua-low|lingua-high]}.
 * Each library is best measured in its own JVM (heap figures are deltas after a full GC).
 */
public final class LanguageEvaluation {

    /** What one library scored. */
    public record Result(String library, double sentenceAccuracy, double fiveSentenceAccuracy,
            double sentencesPerSecond, long heapMb, long startupMillis, Map<String, Double> perLanguageSentence,
            Map<String, Double> perLanguageFive) {
    }

    private LanguageEvaluation() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: LanguageEvaluation <langid dir> [--sentences N] [--library NAME]");
            System.exit(2);
        }
        int perLanguage = 1000;
        boolean calibrate = false;
        List<String> libraries = List.of("newswire", "opennlp", "lingua-low", "lingua-high");
        for (int i = 1; i + 1 < args.length; i += 2) {
            if (args[i].equals("--sentences")) {
                perLanguage = Integer.parseInt(args[i + 1]);
            } else if (args[i].equals("--calibrate")) {
                calibrate = Boolean.parseBoolean(args[i + 1]);
            } else if (args[i].equals("--library")) {
                libraries = List.of(args[i + 1]);
            }
        }
        Path dir = Path.of(args[0]).resolve("sentences");
        if (!Files.isDirectory(dir)) {
            System.out.println("skipped: langid sentences not found at " + dir);
            return;
        }
        Map<String, List<String>> data = load(dir, perLanguage);
        PrintStream out = System.out;
        if (calibrate) {
            LanguageCalibration.run(data, out);
            return;
        }
        out.printf("langid: %d languages, %d sentences%n", data.size(),
                data.values().stream().mapToInt(List::size).sum());
        for (String library : libraries) {
            Result r = evaluate(library, data);
            out.printf("%-12s sentence %6.2f%%  5-sentence %6.2f%%  %8.0f sentences/s  heap %5d MB  start-up %6d ms%n",
                    r.library(), 100 * r.sentenceAccuracy(), 100 * r.fiveSentenceAccuracy(), r.sentencesPerSecond(),
                    r.heapMb(), r.startupMillis());
            StringBuilder worst = new StringBuilder();
            r.perLanguageFive().entrySet().stream().sorted(Map.Entry.comparingByValue()).limit(8)
                    .forEach(e -> worst.append(String.format(" %s %.1f%%", e.getKey(), 100 * e.getValue())));
            out.println("             lowest 5-sentence:" + worst);
            StringBuilder worstS = new StringBuilder();
            r.perLanguageSentence().entrySet().stream().sorted(Map.Entry.comparingByValue()).limit(8)
                    .forEach(e -> worstS.append(String.format(" %s %.1f%%", e.getKey(), 100 * e.getValue())));
            out.println("             lowest sentence:" + worstS);
        }
    }

    static Map<String, List<String>> load(Path dir, int perLanguage) throws Exception {
        Map<String, List<String>> data = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String code = f.getFileName().toString().replace(".txt", "");
                List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8).stream()
                        .map(String::strip).filter(l -> !l.isEmpty()).limit(perLanguage).toList();
                data.put(code, lines);
            }
        }
        return data;
    }

    static Result evaluate(String library, Map<String, List<String>> data) throws Exception {
        System.gc();
        long heapBefore = usedHeap();
        long t0 = System.nanoTime();
        Function<String, String> detector = detector(library);
        detector.apply("warm up the models with a first sentence");
        long startup = (System.nanoTime() - t0) / 1_000_000;
        System.gc();
        long heap = Math.max(0, usedHeap() - heapBefore) / (1024 * 1024);

        Map<String, Double> perSentence = new LinkedHashMap<>();
        Map<String, Double> perFive = new LinkedHashMap<>();
        long correct = 0;
        long total = 0;
        long correct5 = 0;
        long total5 = 0;
        long detectNanos = 0;
        for (Map.Entry<String, List<String>> e : data.entrySet()) {
            String gold = e.getKey();
            List<String> sentences = e.getValue();
            int ok = 0;
            long s0 = System.nanoTime();
            for (String s : sentences) {
                if (gold.equals(detector.apply(s))) {
                    ok++;
                }
            }
            detectNanos += System.nanoTime() - s0;
            correct += ok;
            total += sentences.size();
            perSentence.put(gold, (double) ok / sentences.size());
            int ok5 = 0;
            int n5 = 0;
            for (int i = 0; i + 5 <= sentences.size(); i += 5) {
                String text = String.join(" ", sentences.subList(i, i + 5));
                n5++;
                if (gold.equals(detector.apply(text))) {
                    ok5++;
                }
            }
            correct5 += ok5;
            total5 += n5;
            perFive.put(gold, n5 == 0 ? 0 : (double) ok5 / n5);
        }
        return new Result(library, (double) correct / total, (double) correct5 / total5,
                total / (detectNanos / 1e9), heap, startup, perSentence, perFive);
    }

    static Function<String, String> detector(String library) throws Exception {
        switch (library) {
            case "opennlp" -> {
                LanguageDetectorModel model;
                try (InputStream in = LanguageEvaluation.class.getResourceAsStream("/langdetect-183.bin")) {
                    model = new LanguageDetectorModel(in);
                }
                LanguageDetectorME me = new LanguageDetectorME(model);
                Map<String, String> iso1 = iso3to1();
                return text -> iso1.getOrDefault(me.predictLanguage(text).getLang(), "?");
            }
            case "newswire" -> {
                io.newswire.enrich.language.TrigramLanguageDetector.get(); // loaded before the clock starts
                return text -> {
                    // as the language stage reads a text (its sample length included)
                    String code = io.newswire.enrich.language.LanguageEnricher.detect(text).code();
                    return code == null ? "?" : code;
                };
            }
            case "lingua-low", "lingua-high" -> {
                LanguageDetectorBuilder b = LanguageDetectorBuilder.fromAllLanguages().withPreloadedLanguageModels();
                if (library.equals("lingua-low")) {
                    b = b.withLowAccuracyMode();
                }
                LanguageDetector d = b.build();
                return text -> {
                    com.github.pemistahl.lingua.api.Language l = d.detectLanguageOf(text);
                    return l == com.github.pemistahl.lingua.api.Language.UNKNOWN ? "?"
                            : l.getIsoCode639_1().name().toLowerCase(Locale.ROOT);
                };
            }
            default -> throw new IllegalArgumentException("unknown library " + library);
        }
    }

    /** ISO 639-3 (and the macrolanguage codes OpenNLP uses) to ISO 639-1. */
    static Map<String, String> iso3to1() {
        Map<String, String> m = new HashMap<>();
        for (String two : Locale.getISOLanguages()) {
            try {
                m.put(new Locale(two).getISO3Language(), two);
            } catch (RuntimeException e) {
                // no 3-letter code
            }
        }
        // Java still answers some legacy codes ("iw", "in", "ji") for these.
        m.put("heb", "he");
        m.put("ind", "id");
        m.put("yid", "yi");
        m.put("cmn", "zh");
        m.put("zho", "zh");
        m.put("pes", "fa");
        m.put("prs", "fa");
        m.put("nob", "nb");
        m.put("nno", "nn");
        m.put("nor", "nb");
        m.put("zsm", "ms");
        m.put("msa", "ms");
        m.put("ekk", "et");
        m.put("lvs", "lv");
        m.put("swh", "sw");
        m.put("arb", "ar");
        m.put("azj", "az");
        m.put("uzn", "uz");
        m.put("khk", "mn");
        m.put("gug", "gn");
        m.put("ydd", "yi");
        m.put("sqi", "sq");
        m.put("als", "sq");
        m.put("hbs", "sh");
        m.put("tgl", "tl");
        m.put("fil", "tl");
        return m;
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}
