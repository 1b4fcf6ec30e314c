package io.newswire.enrich.entities;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A greedy averaged-perceptron sequence tagger for PERSON / ORGANIZATION / LOCATION in BIO labels,
 * trained on the GMB corpus by {@code newswire train ner} ({@link NerTrainer}). Chosen over OpenNLP's
 * maximum-entropy name finder for cost: one open-addressing lookup per feature in primitive arrays and
 * a left-to-right pass, no beam, no feature strings (measured in docs/EVALUATION.md).
 *
 * <p>Immutable and thread-safe once loaded.
 */
public final class NerTagger {

    /** The committed model, on the classpath next to this class. */
    public static final String RESOURCE = "ner-gmb.bin.gz";
    private static final int MAGIC = 0x4E455231; // "NER1"

    private static volatile NerTagger standard;

    private final long[] keys;
    /** Row of each slot's weights in {@link #weights}: the weights stay dense, kinder to the cache. */
    private final int[] rows;
    private final float[] weights;
    private final int mask;
    private final CaseLexicon lexicon;

    NerTagger(long[] keys, int[] rows, float[] weights, CaseLexicon lexicon) {
        this.lexicon = lexicon;
        this.keys = keys;
        this.rows = rows;
        this.weights = weights;
        this.mask = keys.length - 1;
    }

    /** The committed model, loaded once. */
    public static NerTagger get() {
        NerTagger t = standard;
        if (t == null) {
            synchronized (NerTagger.class) {
                t = standard;
                if (t == null) {
                    try (InputStream in = NerTagger.class.getResourceAsStream(RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException(RESOURCE + " missing from the classpath");
                        }
                        t = read(in);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    standard = t;
                }
            }
        }
        return t;
    }

    /** The words of the case lexicon stored with the model. */
    public int lexiconSize() {
        return lexicon.size();
    }

    /** The number of features with weights. */
    public int features() {
        int n = 0;
        for (long k : keys) {
            if (k != 0) {
                n++;
            }
        }
        return n;
    }

    /**
     * The labels of one sentence's words, indexes into {@link NerFeatures#LABELS}.
     *
     * @param words the tokens as {@link Tokenizer} gives them
     */
    public int[] tag(List<String> words) {
        int n = words.size();
        // English names are written with capitals: a word with no capital letter, not next to one,
        // is O without scoring. That skips most of a news text's words and changes no decision
        // measured on the GMB held-out split.
        boolean[] near = new boolean[n];
        boolean any = false;
        for (int i = 0; i < n; i++) {
            if (hasCapital(words.get(i))) {
                any = true;
                near[i] = true;
                if (i > 0) {
                    near[i - 1] = true;
                }
                if (i + 1 < n) {
                    near[i + 1] = true;
                }
            }
        }
        int[] labels = new int[n];
        if (!any) {
            return labels;
        }
        long[] stat = NerFeatures.staticFeatures(words, lexicon, near);
        long[] dyn = new long[NerFeatures.N_DYNAMIC];
        float[] scores = new float[NerFeatures.N_LABELS];
        int prev1 = NerFeatures.N_LABELS;
        int prev2 = NerFeatures.N_LABELS;
        for (int i = 0; i < n; i++) {
            int best = 0;
            if (near[i]) {
                java.util.Arrays.fill(scores, 0f);
                for (int k = i * NerFeatures.N_STATIC, end = k + NerFeatures.N_STATIC; k < end; k++) {
                    add(stat[k], scores);
                }
                NerFeatures.dynamicFeatures(stat, i, prev1, prev2, dyn);
                for (long f : dyn) {
                    add(f, scores);
                }
                best = best(scores, prev1);
            }
            labels[i] = best;
            prev2 = prev1;
            prev1 = best;
        }
        return labels;
    }

    private static boolean hasCapital(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isUpperCase(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static int best(float[] scores, int prev) {
        int best = 0;
        for (int c = 1; c < scores.length; c++) {
            if (scores[c] > scores[best] && NerFeatures.allowed(prev, c)) {
                best = c;
            }
        }
        return best;
    }

    private void add(long feature, float[] scores) {
        int slot = (int) (feature ^ (feature >>> 32)) & mask;
        while (true) {
            long k = keys[slot];
            if (k == feature) {
                int o = rows[slot] * NerFeatures.N_LABELS;
                for (int c = 0; c < NerFeatures.N_LABELS; c++) {
                    scores[c] += weights[o + c];
                }
                return;
            }
            if (k == 0) {
                return;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** Writes a model: feature keys and their weights per label, gzipped. */
    static void write(long[] featureKeys, float[][] featureWeights, CaseLexicon lexicon, OutputStream out)
            throws IOException {
        try (DataOutputStream d = new DataOutputStream(new GZIPOutputStream(out))) {
            d.writeInt(MAGIC);
            d.writeInt(NerFeatures.N_LABELS);
            d.writeInt(featureKeys.length);
            for (int i = 0; i < featureKeys.length; i++) {
                d.writeLong(featureKeys[i]);
                for (float w : featureWeights[i]) {
                    d.writeFloat(w);
                }
            }
            lexicon.write(d);
        }
    }

    /** Loads a model file {@code newswire train ner} wrote, instead of the committed one. */
    public static NerTagger load(java.nio.file.Path file) throws IOException {
        try (InputStream in = java.nio.file.Files.newInputStream(file)) {
            return read(in);
        }
    }

    /** Reads a model {@link #write} wrote. */
    static NerTagger read(InputStream in) throws IOException {
        DataInputStream d = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in), 1 << 16));
        if (d.readInt() != MAGIC || d.readInt() != NerFeatures.N_LABELS) {
            throw new IOException("not a newswire NER model");
        }
        int n = d.readInt();
        int capacity = Integer.highestOneBit(Math.max(16, n * 2 - 1)) << 1;
        long[] keys = new long[capacity];
        int[] rows = new int[capacity];
        float[] weights = new float[n * NerFeatures.N_LABELS];
        int mask = capacity - 1;
        for (int i = 0; i < n; i++) {
            long key = d.readLong();
            int slot = (int) (key ^ (key >>> 32)) & mask;
            while (keys[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            rows[slot] = i;
            for (int c = 0; c < NerFeatures.N_LABELS; c++) {
                weights[i * NerFeatures.N_LABELS + c] = d.readFloat();
            }
        }
        return new NerTagger(keys, rows, weights, CaseLexicon.read(d));
    }
}
