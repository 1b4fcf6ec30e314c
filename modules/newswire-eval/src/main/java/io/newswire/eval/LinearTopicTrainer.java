package io.newswire.eval;

import io.newswire.enrich.text.LinearModel;
import io.newswire.enrich.text.HashedFeatures;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Trains a {@link LinearModel} (multinomial logistic regression over hashed unigrams and
 * bigrams, the fastText recipe without embeddings) by stochastic gradient descent with a linearly
 * decaying rate; the final weights are the average over all steps, which is steadier than the last
 * ones on a few thousand examples. Written here (about 60 lines) because no library of ours trains a
 * hashed multinomial model with the exact features the stage computes.
 */
public final class LinearTopicTrainer {

    public static final int DEFAULT_BUCKETS = 1 << 18;
    public static final int DEFAULT_EPOCHS = 10;
    public static final double DEFAULT_RATE = 2.0;

    /**
     * The topics model's recipe (session s23, chosen on dev splits inside the training parts by
     * {@link TopicsFeaturesEvaluation}): the headline's words also as body words, 20 epochs, rate 1.
     */
    public static final int TOPICS_FEATURES = HashedFeatures.HEADLINE_ALSO_AS_BODY;
    public static final int TOPICS_EPOCHS = 20;
    public static final double TOPICS_RATE = 1.0;

    /** A training example: the class index and the feature buckets. */
    public record Example(int label, int[] features) {
    }

    private LinearTopicTrainer() {
    }

    /** Features of items whose label is in {@code classes} (others are skipped), mapped by {@code map}. */
    public static List<Example> examples(List<TopicData.Item> items, List<String> classes,
            java.util.function.Function<String, String> map, int buckets) {
        return examples(items, classes, map, buckets, HashedFeatures.HEADLINE_APART);
    }

    /** The same over feature set {@code featureSet} ({@link HashedFeatures#of(String, String, int, int)}). */
    public static List<Example> examples(List<TopicData.Item> items, List<String> classes,
            java.util.function.Function<String, String> map, int buckets, int featureSet) {
        List<Example> out = new ArrayList<>();
        for (TopicData.Item it : items) {
            int c = classes.indexOf(map.apply(it.label()));
            if (c >= 0) {
                out.add(new Example(c, HashedFeatures.of(it.title(), it.text(), buckets, featureSet)));
            }
        }
        return out;
    }

    /** A topics model by {@link #TOPICS_FEATURES}, {@link #TOPICS_EPOCHS} and {@link #TOPICS_RATE}. */
    public static LinearModel trainTopics(List<TopicData.Item> items, List<String> classes,
            java.util.function.Function<String, String> map, long seed) {
        return train(examples(items, classes, map, DEFAULT_BUCKETS, TOPICS_FEATURES), classes, DEFAULT_BUCKETS,
                TOPICS_EPOCHS, TOPICS_RATE, seed).withFeatureSet(TOPICS_FEATURES);
    }

    public static LinearModel train(List<Example> data, List<String> classes, int buckets, int epochs,
            double rate, long seed) {
        return train(data, null, classes, buckets, epochs, rate, seed);
    }

    /**
     * The same, each example's class scores starting from {@code offsets.get(i)} (one per class, e.g.
     * another model's log-probabilities) instead of 0: the model learns what to add on top of them.
     * {@code offsets} is {@code null} for none.
     */
    public static LinearModel train(List<Example> data, List<double[]> offsets, List<String> classes, int buckets,
            int epochs, double rate, long seed) {
        java.util.IdentityHashMap<Example, double[]> offsetOf = new java.util.IdentityHashMap<>();
        for (int i = 0; offsets != null && i < data.size(); i++) {
            offsetOf.put(data.get(i), offsets.get(i));
        }
        int k = classes.size();
        float[] w = new float[buckets * k];
        float[] b = new float[k];
        double[] avgW = new double[w.length];
        double[] avgB = new double[k];
        List<Example> order = new ArrayList<>(data);
        Random random = new Random(seed);
        long steps = (long) epochs * order.size();
        long t = 0;
        LinearModel view = new LinearModel(classes, buckets, w, b);
        for (int e = 0; e < epochs; e++) {
            Collections.shuffle(order, random);
            for (Example ex : order) {
                double lr = rate * (1 - (double) t / steps);
                double[] p = offsets == null ? view.probabilities(ex.features())
                        : view.probabilities(ex.features(), offsetOf.get(ex));
                double scale = LinearModel.scale(ex.features().length);
                for (int c = 0; c < k; c++) {
                    double g = (c == ex.label() ? 1 : 0) - p[c];
                    if (g == 0) {
                        continue;
                    }
                    float step = (float) (lr * g * scale);
                    for (int f : ex.features()) {
                        w[f * k + c] += step;
                    }
                    b[c] += (float) (lr * g * 0.1);
                }
                t++;
                // lazy averaging would be faster; a few thousand examples make this affordable
                if ((t & 63) == 0 || t == steps) {
                    for (int i = 0; i < w.length; i++) {
                        avgW[i] += w[i];
                    }
                    for (int c = 0; c < k; c++) {
                        avgB[c] += b[c];
                    }
                }
            }
        }
        long samples = steps / 64 + 1;
        float[] fw = new float[w.length];
        for (int i = 0; i < w.length; i++) {
            fw[i] = (float) (avgW[i] / samples);
        }
        float[] fb = new float[k];
        for (int c = 0; c < k; c++) {
            fb[c] = (float) (avgB[c] / samples);
        }
        return new LinearModel(classes, buckets, fw, fb);
    }
}
