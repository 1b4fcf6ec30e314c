package io.newswire.eval;

import io.newswire.enrich.geo.GeoEnricher;
import io.newswire.enrich.normalize.StandardNormalizer;
import io.newswire.model.Article;
import io.newswire.model.Country;
import io.newswire.model.RawArticle;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Article-level countries on Reuters-21578: every story of a split with a body and at least one
 * gold PLACES code is fed as DATELINE + BODY (title as title) through the normalizer and the geo
 * stage; the countries whose score reaches the threshold are compared with the gold codes mapped to
 * ISO 3166 by the committed {@code reuters-places-iso3166.tsv}. Micro precision, recall and F1.
 *
 * <p>The threshold is chosen on TRAIN (printed as a sweep) and only then applied to TEST.
 */
public final class CountriesEvaluation {

    /** Chosen on the TRAIN split (see the sweep this command prints); TEST is never used to pick it. */
    public static final double DEFAULT_THRESHOLD = 0.4;

    /** Micro counts. */
    public record Score(String split, int stories, int tp, int fp, int fn) {
        public double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private record Predicted(Set<String> gold, List<Country> countries, String title) {
    }

    private CountriesEvaluation() {
    }

    public static List<Score> run(Path dir, double threshold, int showErrors, PrintStream out) throws IOException {
        return run(dir, threshold, showErrors, false, out);
    }

    /**
     * @param fullPipeline run every standard enricher (language, entities, geo) as the product does,
     *                     instead of the geo stage alone
     */
    public static List<Score> run(Path dir, double threshold, int showErrors, boolean fullPipeline, PrintStream out)
            throws IOException {
        if (!Files.isDirectory(dir) || !Files.exists(dir.resolve("reut2-000.sgm"))) {
            out.println("skipped: Reuters-21578 not found at " + dir + " (expected reut2-000.sgm ... reut2-021.sgm)");
            return List.of();
        }
        Map<String, String> iso = mapping();
        List<Reuters21578.Story> stories = Reuters21578.read(dir);
        StandardNormalizer normalizer = new StandardNormalizer();
        List<io.newswire.enrich.api.Enricher> stages = fullPipeline ? io.newswire.enrich.StandardEnrichers.all()
                : List.of(new GeoEnricher());
        out.println("stages: " + stages.stream().map(io.newswire.enrich.api.Enricher::name).toList());
        Instant reference = Instant.parse("1987-06-01T00:00:00Z");
        Map<String, List<Predicted>> bySplit = new HashMap<>();
        long nanos = 0;
        int enriched = 0;
        for (Reuters21578.Story s : stories) {
            if (s.body() == null || s.body().isBlank() || s.places().isEmpty()
                    || !("TEST".equals(s.split()) || "TRAIN".equals(s.split()))) {
                continue;
            }
            Set<String> gold = new LinkedHashSet<>();
            for (String p : s.places()) {
                String code = iso.get(p);
                if (code == null) {
                    throw new IllegalStateException("no ISO code for Reuters place " + p);
                }
                gold.add(code);
            }
            String body = (s.dateline() == null ? "" : s.dateline().strip() + " ") + s.body();
            Article a = normalizer.normalize(RawArticle.builder(body).id("eval").title(s.title())
                    .ingestedAt(reference).build(), reference);
            long t0 = System.nanoTime();
            for (io.newswire.enrich.api.Enricher stage : stages) {
                a = stage.enrich(a);
            }
            nanos += System.nanoTime() - t0;
            enriched++;
            bySplit.computeIfAbsent(s.split(), k -> new ArrayList<>()).add(new Predicted(gold, a.countries(), s.title()));
        }
        out.printf(Locale.ROOT, "enrichment: %d stories, %.1f us per story (one thread, after normalisation)%n",
                enriched, nanos / 1e3 / Math.max(1, enriched));
        out.println("TRAIN threshold sweep (score = weight relative to the article's top country):");
        for (double t : new double[] {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0}) {
            Score sc = score("TRAIN", bySplit.getOrDefault("TRAIN", List.of()), t, null);
            out.printf(Locale.ROOT, "  %.1f  P %.3f  R %.3f  F1 %.3f%n", t, sc.precision(), sc.recall(), sc.f1());
        }
        Score focusOnly = score("TEST", bySplit.getOrDefault("TEST", List.of()), 2.0, null);
        List<Score> scores = new ArrayList<>();
        for (String split : List.of("TRAIN", "TEST")) {
            Map<String, int[]> errors = new TreeMap<>();
            Score sc = score(split, bySplit.getOrDefault(split, List.of()), threshold, errors);
            scores.add(sc);
            out.printf(Locale.ROOT, "%s (threshold %.2f): %d stories, P %.4f R %.4f F1 %.4f (tp %d fp %d fn %d)%n",
                    split, threshold, sc.stories(), sc.precision(), sc.recall(), sc.f1(), sc.tp(), sc.fp(), sc.fn());
            if (split.equals("TEST") && showErrors > 0) {
                List<Map.Entry<String, int[]>> worst = new ArrayList<>(errors.entrySet());
                worst.sort((x, y) -> Integer.compare(y.getValue()[0] + y.getValue()[1], x.getValue()[0] + x.getValue()[1]));
                out.println("TEST errors by country (false positives / false negatives):");
                worst.stream().limit(showErrors).forEach(e -> out.printf(Locale.ROOT, "  %s  fp %d  fn %d%n",
                        e.getKey(), e.getValue()[0], e.getValue()[1]));
            }
        }
        out.printf(Locale.ROOT, "TEST, focus country only: P %.4f R %.4f F1 %.4f%n", focusOnly.precision(),
                focusOnly.recall(), focusOnly.f1());
        return scores;
    }

    /** {@code threshold} above 1 means: the focus country alone. */
    private static Score score(String split, List<Predicted> predicted, double threshold, Map<String, int[]> errors) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (Predicted p : predicted) {
            Set<String> got = new LinkedHashSet<>();
            for (Country c : p.countries()) {
                if (threshold > 1 ? c.focus() : c.score() >= threshold - 1e-9) {
                    got.add(c.code());
                }
            }
            for (String g : got) {
                if (p.gold().contains(g)) {
                    tp++;
                } else {
                    fp++;
                    if (errors != null) {
                        errors.computeIfAbsent(g, k -> new int[2])[0]++;
                    }
                }
            }
            for (String g : p.gold()) {
                if (!got.contains(g)) {
                    fn++;
                    if (errors != null) {
                        errors.computeIfAbsent(g, k -> new int[2])[1]++;
                    }
                }
            }
        }
        return new Score(split, predicted.size(), tp, fp, fn);
    }

    static Map<String, String> mapping() throws IOException {
        Map<String, String> m = new HashMap<>();
        try (InputStream in = CountriesEvaluation.class.getResourceAsStream("reuters-places-iso3166.tsv");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    String[] f = line.split("\t");
                    m.put(f[0], f[1]);
                }
            }
        }
        return m;
    }

    public static void main(String[] args) throws Exception {
        run(Path.of(args[0]), args.length > 1 ? Double.parseDouble(args[1]) : DEFAULT_THRESHOLD, 15, System.out);
    }
}
