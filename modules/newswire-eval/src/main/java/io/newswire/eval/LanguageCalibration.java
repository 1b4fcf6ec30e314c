package io.newswire.eval;

import io.newswire.enrich.language.TrigramLanguageDetector;
import io.newswire.enrich.language.TrigramLanguageDetector.Evidence;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Fits and reports the calibration of {@code language.confidence}: a logistic function of the
 * detector's evidence ({@link TrigramLanguageDetector#calibrate}). Fitted on the even-numbered
 * sentences of each langid language (texts of one, two, three and five sentences), reported on the
 * odd-numbered ones: accuracy per confidence bucket, the shipped weights beside the fitted ones, and
 * the same table on whole articles (the self-written wire set, all English).
 */
public final class LanguageCalibration {

    private static final int SAMPLE = 1_200;
    private static final double[] BUCKETS = {0, 0.3, 0.5, 0.7, 0.8, 0.9, 0.95, 0.99, 1.0001};

    private record Point(Evidence evidence, boolean correct) {
    }

    private LanguageCalibration() {
    }

    public static int run(Map<String, List<String>> data, PrintStream out) throws IOException {
        TrigramLanguageDetector d = TrigramLanguageDetector.get();
        List<Point> fit = new ArrayList<>();
        List<Point> report = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : data.entrySet()) {
            List<String> even = new ArrayList<>();
            List<String> odd = new ArrayList<>();
            for (int i = 0; i < e.getValue().size(); i++) {
                (i % 2 == 0 ? even : odd).add(e.getValue().get(i));
            }
            points(d, e.getKey(), even, fit);
            points(d, e.getKey(), odd, report);
        }
        double[] w = fitLogistic(fit);
        out.printf(Locale.ROOT, "fitted on %d texts (even sentences): weights {%s}%n", fit.size(),
                String.join(", ", java.util.Arrays.stream(w).mapToObj(x -> String.format(Locale.ROOT, "%.4f", x))
                        .toList()));
        out.printf(Locale.ROOT, "reported on %d texts (odd sentences: 1, 2, 3 and 5 sentences)%n", report.size());
        table(out, "fitted weights", report, p -> logistic(w, p.evidence()));
        table(out, "shipped (TrigramLanguageDetector.calibrate)", report,
                p -> TrigramLanguageDetector.calibrate(p.evidence()));
        List<Point> articles = articles(d);
        table(out, "whole articles (self-written wire set, " + articles.size() + ", all English), shipped", articles,
                p -> TrigramLanguageDetector.calibrate(p.evidence()));
        return 0;
    }

    private static void points(TrigramLanguageDetector d, String gold, List<String> sentences, List<Point> out) {
        for (int size : new int[] {1, 2, 3, 5}) {
            for (int i = 0; i + size <= sentences.size(); i += size) {
                Evidence e = d.evidence(String.join(" ", sentences.subList(i, i + size)), SAMPLE);
                if (e.code() != null) {
                    out.add(new Point(e, gold.equals(e.code())));
                }
            }
        }
    }

    private static List<Point> articles(TrigramLanguageDetector d) throws IOException {
        List<Point> out = new ArrayList<>();
        try (InputStream in = LanguageCalibration.class.getResourceAsStream("ner/wire-en.txt")) {
            if (in == null) {
                return out;
            }
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String article : all.split("\n### ")) {
                if (article.startsWith("#")) {
                    continue;
                }
                String text = article.substring(article.indexOf('\n') + 1)
                        .replaceAll("\\[(PER|ORG|LOC|MISC) ([^\\]]*)\\]", "$2");
                Evidence e = d.evidence(text, SAMPLE);
                out.add(new Point(e, "en".equals(e.code())));
            }
        }
        return out;
    }

    private static void table(PrintStream out, String title, List<Point> points, ToDoubleFunction<Point> p) {
        out.println(title + ":");
        out.println("  confidence     texts   accuracy   mean confidence");
        int answered = 0;
        int answeredOk = 0;
        for (int b = 0; b + 1 < BUCKETS.length; b++) {
            int n = 0;
            int ok = 0;
            double sum = 0;
            for (Point pt : points) {
                double c = p.applyAsDouble(pt);
                if (c >= BUCKETS[b] && c < BUCKETS[b + 1]) {
                    n++;
                    ok += pt.correct() ? 1 : 0;
                    sum += c;
                    if (c >= TrigramLanguageDetector.UNDETERMINED_BELOW) {
                        answered++;
                        answeredOk += pt.correct() ? 1 : 0;
                    }
                }
            }
            if (n > 0) {
                out.printf(Locale.ROOT, "  [%.2f, %.2f)  %7d   %7.2f%%   %.3f%n", BUCKETS[b], Math.min(1, BUCKETS[b + 1]), n,
                        100.0 * ok / n, sum / n);
            }
        }
        long correct = points.stream().filter(Point::correct).count();
        out.printf(Locale.ROOT, "  all: %.2f%% right; answered (confidence >= %.2f, else und) %.2f%% of texts, "
                + "%.2f%% of those right%n", 100.0 * correct / Math.max(1, points.size()),
                TrigramLanguageDetector.UNDETERMINED_BELOW, 100.0 * answered / Math.max(1, points.size()),
                100.0 * answeredOk / Math.max(1, answered));
    }

    static double[] features(Evidence e) {
        double share = Math.min(1 - 1e-6, Math.max(1e-6, e.share()));
        return new double[] {1, Math.log(share / (1 - share)), e.agreement(), e.scriptShare(),
            Math.log(Math.max(1, e.letters())), e.closeRelative() ? 1 : 0};
    }

    static double logistic(double[] w, Evidence e) {
        double[] x = features(e);
        double z = 0;
        for (int i = 0; i < x.length; i++) {
            z += w[i] * x[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** Newton's method on the log loss with a small ridge; six weights, converges in a few steps. */
    static double[] fitLogistic(List<Point> points) {
        int k = 6;
        double[] w = new double[k];
        for (int iter = 0; iter < 25; iter++) {
            double[] g = new double[k];
            double[][] h = new double[k][k];
            for (Point pt : points) {
                double[] x = features(pt.evidence());
                double p = logistic(w, pt.evidence());
                double y = pt.correct() ? 1 : 0;
                for (int i = 0; i < k; i++) {
                    g[i] += (p - y) * x[i];
                    for (int j = 0; j < k; j++) {
                        h[i][j] += p * (1 - p) * x[i] * x[j];
                    }
                }
            }
            for (int i = 0; i < k; i++) {
                g[i] += 1e-3 * w[i];
                h[i][i] += 1e-3;
            }
            double[] step = solve(h, g);
            for (int i = 0; i < k; i++) {
                w[i] -= step[i];
            }
        }
        return w;
    }

    private static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][n + 1];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, m[i], 0, n);
            m[i][n] = b[i];
        }
        for (int c = 0; c < n; c++) {
            int pivot = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) {
                    pivot = r;
                }
            }
            double[] t = m[c];
            m[c] = m[pivot];
            m[pivot] = t;
            for (int r = 0; r < n; r++) {
                if (r != c && m[c][c] != 0) {
                    double f = m[r][c] / m[c][c];
                    for (int j = c; j <= n; j++) {
                        m[r][j] -= f * m[c][j];
                    }
                }
            }
        }
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = m[i][i] == 0 ? 0 : m[i][n] / m[i][i];
        }
        return x;
    }
}
