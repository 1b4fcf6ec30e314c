package io.newswire.enrich.ner;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Trains the {@link NerTagger}: a structured averaged perceptron over {@link NerFeatures}, each
 * sentence decoded by Viterbi as at tagging time and the weights moved towards the gold sequence's
 * features and away from the predicted one's, sentences shuffled by a fixed seed each epoch so that
 * the same data always gives the same model. Several such perceptrons, each on its own shuffle, can be
 * averaged into one model ({@code models}): the result depends less on one order of the sentences.
 */
public final class NerTrainer {

    /** One labelled sentence: tokens and their label indexes into {@link #labels()}. */
    public record Sentence(List<String> words, int[] labels) {
        public Sentence {
            words = List.copyOf(words);
            requireNonNull(labels, "labels");
            if (labels.length != words.size()) {
                throw new IllegalArgumentException("one label per word");
            }
        }
    }

    private static final int C = NerFeatures.N_LABELS;
    /** Features seen fewer times in the training data are not learnt: they fit noise. */
    static int MIN_FEATURE_COUNT = Integer.getInteger("ner.minFeatureCount", 1);

    private static final int PW = NerFeatures.N_PREV * C;

    private final Weights single = new Weights(C);
    private final Weights pairs = new Weights(PW);
    /** Sentences seen: the clock of the averaging. */
    private int t;

    private NerTrainer() {
    }

    /** The label names, index 0 is "O": {@code O, B-PER, I-PER, B-ORG, I-ORG, B-LOC, I-LOC}. */
    public static List<String> labels() {
        return List.of(NerFeatures.LABELS);
    }

    /** A trained model, ready to tag or to {@link Model#write}. */
    public static final class Model {
        private final long[] keys;
        private final float[][] weights;
        private final long[] pairKeys;
        private final float[][] pairWeights;
        private final CaseLexicon lexicon;
        private final NerTagger tagger;

        private Model(long[] keys, float[][] weights, long[] pairKeys, float[][] pairWeights, CaseLexicon lexicon) {
            this.keys = keys;
            this.weights = weights;
            this.pairKeys = pairKeys;
            this.pairWeights = pairWeights;
            this.lexicon = lexicon;
            this.tagger = read(this);
        }

        public NerTagger tagger() {
            return tagger;
        }

        public int features() {
            return keys.length + pairKeys.length;
        }

        public void write(OutputStream out) throws IOException {
            NerTagger.write(keys, weights, pairKeys, pairWeights, lexicon, out);
        }

        private static NerTagger read(Model m) {
            try {
                java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
                m.write(buf);
                return NerTagger.read(new java.io.ByteArrayInputStream(buf.toByteArray()));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    /**
     * Trains a model.
     *
     * @param sentences labelled sentences
     * @param epochs    passes over the data
     * @param models    perceptrons trained, each on its own order of the sentences (seeds {@code seed},
     *                  {@code seed + 1}, ...), whose averaged weights are averaged: less dependent on one order
     * @param seed      the shuffle seed
     * @param progress  told after each epoch of the first model: epoch number and share of tokens mislabelled
     */
    public static Model train(List<Sentence> sentences, CaseLexicon lexicon, int epochs, int models, long seed,
            java.util.function.BiConsumer<Integer, Double> progress) {
        List<long[]> feats = new ArrayList<>(sentences.size());
        io.newswire.enrich.gazetteer.Gazetteer gazetteer = io.newswire.enrich.gazetteer.Gazetteer.get();
        for (Sentence s : sentences) {
            feats.add(NerFeatures.staticFeatures(s.words(), lexicon, gazetteer));
        }
        java.util.HashMap<Long, Integer> seen = new java.util.HashMap<>();
        for (long[] f : feats) {
            for (long x : f) {
                seen.merge(x, 1, Integer::sum);
            }
        }
        java.util.HashSet<Long> rare = new java.util.HashSet<>();
        seen.forEach((k, v) -> {
            if (v < MIN_FEATURE_COUNT) {
                rare.add(k);
            }
        });
        java.util.LinkedHashMap<Long, float[]> single = new java.util.LinkedHashMap<>();
        java.util.LinkedHashMap<Long, float[]> pairs = new java.util.LinkedHashMap<>();
        for (int b = 0; b < models; b++) {
            NerTrainer tr = trainOne(sentences, feats, rare, epochs, seed + b, b == 0 ? progress : null);
            long[][] sk = new long[1][];
            float[][][] sw = new float[1][][];
            tr.single.average(tr.t, sk, sw);
            long[][] pk = new long[1][];
            float[][][] pw = new float[1][][];
            tr.pairs.average(tr.t, pk, pw);
            addInto(single, sk[0], sw[0], models);
            addInto(pairs, pk[0], pw[0], models);
        }
        return new Model(single.keySet().stream().mapToLong(Long::longValue).toArray(),
                single.values().toArray(float[][]::new), pairs.keySet().stream().mapToLong(Long::longValue).toArray(),
                pairs.values().toArray(float[][]::new), lexicon);
    }

    /** Adds weights divided by {@code models} to {@code sum}, keys in the order first seen. */
    private static void addInto(java.util.Map<Long, float[]> sum, long[] keys, float[][] weights, int models) {
        for (int i = 0; i < keys.length; i++) {
            float[] s = sum.computeIfAbsent(keys[i], k -> new float[weights[0].length]);
            for (int c = 0; c < s.length; c++) {
                s[c] += weights[i][c] / models;
            }
        }
    }

    private static NerTrainer trainOne(List<Sentence> sentences, List<long[]> feats, java.util.Set<Long> rare,
            int epochs, long seed, java.util.function.BiConsumer<Integer, Double> progress) {
        NerTrainer tr = new NerTrainer();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            order.add(i);
        }
        Random random = new Random(seed);
        long[] pf = new long[NerFeatures.N_PAIR];
        for (int epoch = 1; epoch <= epochs; epoch++) {
            Collections.shuffle(order, random);
            long tokens = 0;
            long wrong = 0;
            for (int si : order) {
                Sentence s = sentences.get(si);
                long[] stat = feats.get(si);
                int n = s.labels().length;
                tr.t++;
                float[] emit = new float[n * C];
                float[] pair = new float[n * PW];
                for (int i = 0; i < n; i++) {
                    for (int k = i * NerFeatures.N_STATIC, end = k + NerFeatures.N_STATIC; k < end; k++) {
                        tr.single.score(stat[k], emit, i * C);
                    }
                    NerFeatures.pairFeatures(stat, i, pf);
                    for (long f : pf) {
                        tr.pairs.score(f, pair, i * PW);
                    }
                }
                int[] guess = new int[n];
                float[] delta = NerTagger.start();
                float[] next = new float[NerFeatures.N_PREV];
                byte[] back = new byte[n * C];
                for (int i = 0; i < n; i++) {
                    NerTagger.step(delta, next, emit, i * C, pair, i * PW, true, back, i * C);
                    float[] tmp = delta;
                    delta = next;
                    next = tmp;
                }
                NerTagger.backtrack(delta, back, guess);
                int[] truth = s.labels();
                tokens += n;
                for (int i = 0; i < n; i++) {
                    int g = guess[i];
                    int y = truth[i];
                    int gp = i == 0 ? NerFeatures.START_LABEL : guess[i - 1];
                    int yp = i == 0 ? NerFeatures.START_LABEL : truth[i - 1];
                    if (g != y) {
                        wrong++;
                        for (int k = i * NerFeatures.N_STATIC, end = k + NerFeatures.N_STATIC; k < end; k++) {
                            if (!rare.contains(stat[k])) {
                                tr.single.update(stat[k], y, g, tr.t);
                            }
                        }
                    }
                    if (g != y || gp != yp) {
                        NerFeatures.pairFeatures(stat, i, pf);
                        for (long f : pf) {
                            tr.pairs.update(f, yp * C + y, gp * C + g, tr.t);
                        }
                    }
                }
            }
            if (progress != null) {
                progress.accept(epoch, (double) wrong / Math.max(1, tokens));
            }
        }
return tr;
    }

    /** Weights of one kind of feature, {@code width} per feature, with the sums the averaging needs. */
    private static final class Weights {
        private final int width;
        private long[] keys = new long[1 << 16];
        private int[] index = new int[1 << 16];
        private int size;
        private float[] w;
        private double[] total;
        private int[] stamp;

        Weights(int width) {
            this.width = width;
            w = new float[width << 12];
            total = new double[width << 12];
            stamp = new int[width << 12];
        }

        void score(long f, float[] scores, int at) {
            int idx = find(f, false);
            if (idx >= 0) {
                int o = idx * width;
                for (int c = 0; c < width; c++) {
                    scores[at + c] += w[o + c];
                }
            }
        }

        void update(long f, int truth, int guess, int t) {
            int idx = find(f, true);
            bump(idx * width + truth, 1f, t);
            bump(idx * width + guess, -1f, t);
        }

        private void bump(int j, float v, int t) {
            total[j] += (double) (t - stamp[j]) * w[j];
            stamp[j] = t;
            w[j] += v;
        }

        /** The averaged weights of the features with any weight left, in the order first seen. */
        void average(int t, long[][] keysOut, float[][][] weightsOut) {
            long[] byIndex = new long[size];
            for (int slot = 0; slot < keys.length; slot++) {
                if (keys[slot] != 0) {
                    byIndex[index[slot]] = keys[slot];
                }
            }
            List<Long> keptKeys = new ArrayList<>();
            List<float[]> kept = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                int o = i * width;
                float[] avg = new float[width];
                boolean any = false;
                for (int c = 0; c < width; c++) {
                    double tot = total[o + c] + (double) (t - stamp[o + c]) * w[o + c];
                    avg[c] = (float) (tot / t);
                    any |= Math.abs(avg[c]) > 1e-3f;
                }
                if (any) {
                    keptKeys.add(byIndex[i]);
                    kept.add(avg);
                }
            }
            keysOut[0] = keptKeys.stream().mapToLong(Long::longValue).toArray();
            weightsOut[0] = kept.toArray(float[][]::new);
        }

        private int find(long f, boolean create) {
            int mask = keys.length - 1;
            int slot = (int) (f ^ (f >>> 32)) & mask;
            while (true) {
                long k = keys[slot];
                if (k == f) {
                    return index[slot];
                }
                if (k == 0) {
                    if (!create) {
                        return -1;
                    }
                    keys[slot] = f;
                    index[slot] = size;
                    size++;
                    if (size * width > w.length) {
                        w = Arrays.copyOf(w, w.length * 2);
                        total = Arrays.copyOf(total, total.length * 2);
                        stamp = Arrays.copyOf(stamp, stamp.length * 2);
                    }
                    if (size * 2 > keys.length) {
                        rehash();
                    }
                    return size - 1;
                }
                slot = (slot + 1) & mask;
            }
        }

        private void rehash() {
            long[] oldKeys = keys;
            int[] oldIndex = index;
            keys = new long[oldKeys.length * 2];
            index = new int[oldKeys.length * 2];
            int mask = keys.length - 1;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != 0) {
                    int slot = (int) (oldKeys[i] ^ (oldKeys[i] >>> 32)) & mask;
                    while (keys[slot] != 0) {
                        slot = (slot + 1) & mask;
                    }
                    keys[slot] = oldKeys[i];
                    index[slot] = oldIndex[i];
                }
            }
        }
    }
}
