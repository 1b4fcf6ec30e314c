package io.newswire.eval;

import io.newswire.enrich.stories.StoryClusterer;
import io.newswire.enrich.stories.StoryState;
import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The fitting procedure of {@link StoryClusterer.Settings#STANDARD} ({@code eval stories --fit}), so its
 * coefficients and thresholds are reproducible by a command. Pairs come from the train topics streamed in
 * the evaluation's five arrival orders (seeds 1-5): each article's member is weighted by the document
 * frequencies the stream has counted when it arrives (cold to warm, plus the shipped background), as
 * {@link StoryClusterer#assign} sees them, and is paired with every earlier article of its topic and one in
 * 40 of the others (the label: same gold story). The coefficients are a logistic regression (Newton's method,
 * a small ridge) over those pairs; an input that never fires on ECB+ (event days: no dates) keeps its
 * standard coefficient. The thresholds are then swept over the train and dev topics (mean over the orders) and
 * printed; the standard ones are dev's highest mean F1 at a mean precision of at least 0.90 (the test topics
 * are held out of the shared data).
 */
final class StoriesFit {

    private static final double RIDGE = 1e-2;

    private StoriesFit() {
    }

    static void run(List<StoriesEvaluation.Doc> train, List<StoriesEvaluation.Doc> dev, PrintStream out) {
        int inputs = StoryClusterer.inputCount();
        List<double[]> xs = new ArrayList<>();
        List<Boolean> ys = new ArrayList<>();
        List<StoryClusterer.Features> features = train.stream().map(d -> StoryClusterer.features(d.article())).toList();
        for (int seed = 1; seed <= StoriesEvaluation.ORDERS; seed++) {
            List<Integer> order = order(train.size(), seed);
            StoryClusterer c = new StoryClusterer(StoryClusterer.Settings.STANDARD);
            Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
            List<StoryState.Member> seen = new ArrayList<>();
            List<String> gold = new ArrayList<>();
            for (int k = 0; k < order.size(); k++) {
                StoriesEvaluation.Doc d = train.get(order.get(k));
                StoryState.Member m = c.observe(features.get(order.get(k)), t0.plusSeconds(k));
                String topic = topic(d.gold());
                for (int j = 0; j < seen.size(); j++) {
                    boolean sameTopic = topic.equals(topic(gold.get(j)));
                    if (sameTopic || Math.floorMod(k * 31 + j * 17, 40) == 0) {
                        xs.add(c.pairInputs(m, seen.get(j)));
                        ys.add(d.gold().equals(gold.get(j)));
                    }
                }
                seen.add(m);
                gold.add(d.gold());
            }
        }
        double[] standard = StoryClusterer.Settings.STANDARD.coefficients();
        double[] b = fit(xs, ys, inputs, standard);
        long positives = ys.stream().filter(y -> y).count();
        out.printf(Locale.ROOT, "fit over %d train pairs (%d same story), online document frequencies, 5 orders:%n",
                xs.size(), positives);
        StringBuilder sb = new StringBuilder("  coefficients {");
        for (int i = 0; i < b.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.2f", b[i]));
        }
        out.println(sb.append('}'));
        StoryClusterer.Settings fitted = StoryClusterer.Settings.STANDARD.withCoefficients(round(b));
        double[] grid = {0.35, 0.40, 0.45, 0.50, 0.55, 0.60, 0.65};
        for (String split : List.of("train", "dev")) {
            List<StoriesEvaluation.Doc> docs = split.equals("train") ? train : dev;
            double bestF1 = -1;
            String best = "none at precision >= 0.90";
            for (double t : grid) {
                for (double single : grid) {
                    if (single < t) {
                        continue;
                    }
                    double[] prf = meanOverOrders(docs, fitted.withThresholds(t, single));
                    out.printf(Locale.ROOT, "  %s threshold %.2f single %.2f: precision %.4f recall %.4f F1 %.4f%n",
                            split, t, single, prf[0], prf[1], prf[2]);
                    if (prf[0] >= 0.90 && prf[2] > bestF1) {
                        bestF1 = prf[2];
                        best = String.format(Locale.ROOT, "threshold %.2f single %.2f (precision %.4f recall %.4f "
                                + "F1 %.4f)", t, single, prf[0], prf[1], prf[2]);
                    }
                }
            }
            out.printf(Locale.ROOT, "  best on %s, mean over %d orders: %s%n", split, StoriesEvaluation.ORDERS, best);
        }
    }

    /** Mean precision, recall and F1 over the evaluation's other orders (seeds 1-5). */
    static double[] meanOverOrders(List<StoriesEvaluation.Doc> docs, StoryClusterer.Settings s) {
        double[] sum = new double[3];
        for (int seed = 1; seed <= StoriesEvaluation.ORDERS; seed++) {
            StoriesEvaluation.Result r = StoriesEvaluation.cluster(docs, order(docs.size(), seed), s);
            sum[0] += r.pairs().precision();
            sum[1] += r.pairs().recall();
            sum[2] += r.pairs().f1();
        }
        for (int i = 0; i < 3; i++) {
            sum[i] /= StoriesEvaluation.ORDERS;
        }
        return sum;
    }

    /** The order of seed {@code seed}, as the evaluation shuffles it. */
    static List<Integer> order(int n, int seed) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(seed));
        return order;
    }

    private static String topic(String gold) {
        return gold.substring(0, gold.indexOf('/'));
    }

    private static double[] round(double[] b) {
        double[] r = new double[b.length];
        for (int i = 0; i < b.length; i++) {
            r[i] = Math.round(b[i] * 100) / 100.0;
        }
        return r;
    }

    /**
     * Logistic regression by Newton's method with a ridge on the non-intercept coefficients; inputs that are 0
     * on every pair keep the coefficient given in {@code fixed}.
     */
    static double[] fit(List<double[]> xs, List<Boolean> ys, int inputs, double[] fixed) {
        boolean[] live = new boolean[inputs + 1];
        live[0] = true;
        for (double[] x : xs) {
            for (int i = 0; i < inputs; i++) {
                live[i + 1] |= x[i] != 0;
            }
        }
        int[] idx = java.util.stream.IntStream.range(0, inputs + 1).filter(i -> live[i]).toArray();
        int p = idx.length;
        double[] b = new double[inputs + 1];
        for (int i = 0; i <= inputs; i++) {
            b[i] = live[i] ? 0 : fixed[i];
        }
        double[] row = new double[inputs + 1];
        for (int iter = 0; iter < 30; iter++) {
            double[] grad = new double[p];
            double[][] hess = new double[p][p];
            for (int n = 0; n < xs.size(); n++) {
                double[] x = xs.get(n);
                row[0] = 1;
                System.arraycopy(x, 0, row, 1, inputs);
                double z = 0;
                for (int i = 0; i <= inputs; i++) {
                    z += b[i] * row[i];
                }
                double prob = 1 / (1 + Math.exp(-z));
                double err = (ys.get(n) ? 1 : 0) - prob;
                double w = prob * (1 - prob);
                for (int i = 0; i < p; i++) {
                    grad[i] += err * row[idx[i]];
                    for (int j = 0; j <= i; j++) {
                        hess[i][j] += w * row[idx[i]] * row[idx[j]];
                    }
                }
            }
            for (int i = 0; i < p; i++) {
                for (int j = 0; j < i; j++) {
                    hess[j][i] = hess[i][j];
                }
                if (idx[i] != 0) {
                    grad[i] -= RIDGE * xs.size() * 1e-3 * b[idx[i]];
                    hess[i][i] += RIDGE * xs.size() * 1e-3;
                }
            }
            double[] step = solve(hess, grad);
            double change = 0;
            for (int i = 0; i < p; i++) {
                b[idx[i]] += step[i];
                change = Math.max(change, Math.abs(step[i]));
            }
            if (change < 1e-6) {
                break;
            }
        }
        return b;
    }

    /** Solves {@code a x = y} by Gaussian elimination with partial pivoting ({@code a} is small). */
    private static double[] solve(double[][] a, double[] y) {
        int n = y.length;
        double[][] m = new double[n][];
        for (int i = 0; i < n; i++) {
            m[i] = Arrays.copyOf(a[i], n + 1);
            m[i][n] = y[i];
        }
        for (int c = 0; c < n; c++) {
            int piv = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(m[r][c]) > Math.abs(m[piv][c])) {
                    piv = r;
                }
            }
            double[] t = m[c];
            m[c] = m[piv];
            m[piv] = t;
            for (int r = c + 1; r < n; r++) {
                double f = m[r][c] / m[c][c];
                for (int k = c; k <= n; k++) {
                    m[r][k] -= f * m[c][k];
                }
            }
        }
        double[] x = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double s = m[r][n];
            for (int k = r + 1; k < n; k++) {
                s -= m[r][k] * x[k];
            }
            x[r] = s / m[r][r];
        }
        return x;
    }
}
