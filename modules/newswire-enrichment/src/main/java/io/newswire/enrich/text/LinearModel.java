package io.newswire.enrich.text;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A multinomial logistic-regression classifier over {@link HashedFeatures}: one weight per bucket and
 * class, plus a bias per class; the features of an article have unit length. The topics stage uses
 * one a user builds ({@code newswire train topics}: each class an IPTC code, or a label of its
 * training data that maps to no single subject, such as AG News "World"); the tone stage ships one
 * trained on NewsMTSC ({@code newswire train tone}: negative, neutral, positive). Immutable and
 * thread-safe.
 *
 * @param classes the class names, in weight order
 * @param buckets the number of feature buckets
 * @param weights {@code weights[bucket * classes.size() + class]}
 * @param bias    one per class
 * @param featureSet which {@link HashedFeatures} set {@link #probabilities(String, String)} computes
 *                   ({@link HashedFeatures#HEADLINE_APART} or {@link HashedFeatures#HEADLINE_ALSO_AS_BODY})
 */
public record LinearModel(List<String> classes, int buckets, float[] weights, float[] bias, int featureSet) {

    private static final int MAGIC = 0x4E57_5431; // "NWT1": feature set 0
    private static final int MAGIC_2 = 0x4E57_5432; // "NWT2": the feature set follows

    /** A model over feature set 0 (the headline's words apart). */
    public LinearModel(List<String> classes, int buckets, float[] weights, float[] bias) {
        this(classes, buckets, weights, bias, HashedFeatures.HEADLINE_APART);
    }

    public LinearModel {
        if (featureSet != HashedFeatures.HEADLINE_APART && featureSet != HashedFeatures.HEADLINE_ALSO_AS_BODY) {
            throw new IllegalArgumentException("unknown feature set " + featureSet);
        }
        classes = List.copyOf(classes);
        if (weights.length != (long) buckets * classes.size() || bias.length != classes.size()) {
            throw new IllegalArgumentException("weights do not match " + buckets + " buckets x " + classes.size());
        }
    }

    /** The class probabilities for an article, in {@link #classes()} order. */
    public double[] probabilities(String title, String text) {
        return probabilities(HashedFeatures.of(title, text, buckets, featureSet));
    }

    /** The same weights over feature set {@code set} (a trainer sets the set its examples were built with). */
    public LinearModel withFeatureSet(int set) {
        return new LinearModel(classes, buckets, weights, bias, set);
    }

    /** The class probabilities for these feature buckets. */
    public double[] probabilities(int[] features) {
        return probabilities(features, null);
    }

    /**
     * The class probabilities for these feature buckets with {@code offset[c]} added to each class score
     * before the softmax (another model's log-probabilities, for a model trained on top of it), or none
     * when {@code offset} is null.
     */
    public double[] probabilities(int[] features, double[] offset) {
        int k = classes.size();
        double[] z = new double[k];
        for (int c = 0; c < k; c++) {
            z[c] = offset == null ? bias[c] : offset[c] + bias[c];
        }
        // the feature vector has unit length (each occurrence 1/sqrt(n)), so a long article is not
        // more confident for its length alone
        double scale = scale(features.length);
        for (int f : features) {
            int base = f * k;
            for (int c = 0; c < k; c++) {
                z[c] += weights[base + c] * scale;
            }
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (int c = 0; c < k; c++) {
            z[c] = Math.exp(z[c] - max);
            sum += z[c];
        }
        for (int c = 0; c < k; c++) {
            z[c] /= sum;
        }
        return z;
    }

    /** The weight of one feature occurrence in an article of {@code n} features. */
    public static double scale(int n) {
        return n == 0 ? 0 : 1.0 / Math.sqrt(n);
    }

    /** Writes the model, gzipped. */
    public void write(OutputStream out) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16);
        DataOutputStream d = new DataOutputStream(gz);
        // feature set 0 keeps the first format, so files written before it read the same
        if (featureSet == HashedFeatures.HEADLINE_APART) {
            d.writeInt(MAGIC);
        } else {
            d.writeInt(MAGIC_2);
            d.writeInt(featureSet);
        }
        d.writeInt(buckets);
        d.writeInt(classes.size());
        for (String c : classes) {
            d.writeUTF(c);
        }
        for (float b : bias) {
            d.writeFloat(b);
        }
        for (float w : weights) {
            d.writeFloat(w);
        }
        d.flush();
        gz.finish();
    }

    /** Reads a model written by {@link #write}. */
    public static LinearModel read(InputStream in) throws IOException {
        DataInputStream d = new DataInputStream(new GZIPInputStream(in, 1 << 16));
        int magic = d.readInt();
        if (magic != MAGIC && magic != MAGIC_2) {
            throw new IOException("not a newswire linear model");
        }
        int featureSet = magic == MAGIC ? HashedFeatures.HEADLINE_APART : d.readInt();
        int buckets = d.readInt();
        int k = d.readInt();
        String[] classes = new String[k];
        for (int i = 0; i < k; i++) {
            classes[i] = d.readUTF();
        }
        float[] bias = new float[k];
        for (int i = 0; i < k; i++) {
            bias[i] = d.readFloat();
        }
        float[] weights = new float[buckets * k];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = d.readFloat();
        }
        try {
            return new LinearModel(List.of(classes), buckets, weights, bias, featureSet);
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** Reads the model file at {@code file}. */
    public static LinearModel read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }
}
