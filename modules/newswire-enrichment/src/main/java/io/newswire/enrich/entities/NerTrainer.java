package io.newswire.enrich.entities;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Trains the {@link NerTagger}: an averaged perceptron over {@link NerFeatures}, greedy left to
 * right, with the previous labels the tagger itself predicted (as at tagging time), sentences
 * shuffled by a fixed seed each epoch so that the same data always gives the same model.
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

    private long[] keys = new long[1 << 16];
    private int[] index = new int[1 << 16];
    private int size;
    private float[] w = new float[1 << 14];
    private double[] total = new double[1 << 14];
    private int[] stamp = new int[1 << 14];
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
        private final CaseLexicon lexicon;
        private final NerTagger tagger;

        private Model(long[] keys, float[][] weights, CaseLexicon lexicon) {
            this.keys = keys;
            this.weights = weights;
            this.lexicon = lexicon;
            this.tagger = fromArrays(keys, weights, lexicon);
        }

        public NerTagger tagger() {
            return tagger;
        }

        public int features() {
            return keys.length;
        }

        public void write(OutputStream out) throws IOException {
            NerTagger.write(keys, weights, lexicon, out);
        }

        private static NerTagger fromArrays(long[] keys, float[][] weights, CaseLexicon lexicon) {
            try {
                java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
                NerTagger.write(keys, weights, lexicon, buf);
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
     * @param seed      the shuffle seed
     * @param progress  told after each epoch: epoch number and share of tokens mislabelled
     */
    public static Model train(List<Sentence> sentences, CaseLexicon lexicon, int epochs, long seed,
            java.util.function.BiConsumer<Integer, Double> progress) {
        NerTrainer tr = new NerTrainer();
        List<long[]> feats = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            feats.add(NerFeatures.staticFeatures(s.words(), lexicon));
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
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            order.add(i);
        }
        Random random = new Random(seed);
        float[] scores = new float[C];
        long[] dyn = new long[NerFeatures.N_DYNAMIC];
        for (int epoch = 1; epoch <= epochs; epoch++) {
            Collections.shuffle(order, random);
            long tokens = 0;
            long wrong = 0;
            for (int si : order) {
                Sentence s = sentences.get(si);
                long[] stat = feats.get(si);
                int prev1 = C;
                int prev2 = C;
                for (int i = 0; i < s.labels().length; i++) {
                    tr.t++;
                    Arrays.fill(scores, 0f);
                    int o = i * NerFeatures.N_STATIC;
                    for (int k = 0; k < NerFeatures.N_STATIC; k++) {
                        tr.score(stat[o + k], scores);
                    }
                    NerFeatures.dynamicFeatures(stat, i, prev1, prev2, dyn);
                    for (long f : dyn) {
                        tr.score(f, scores);
                    }
                    int guess = NerTagger.best(scores, prev1);
                    int truth = s.labels()[i];
                    tokens++;
                    if (guess != truth) {
                        wrong++;
                        for (int k = 0; k < NerFeatures.N_STATIC; k++) {
                            if (!rare.contains(stat[o + k])) {
                                tr.update(stat[o + k], truth, guess);
                            }
                        }
                        for (long f : dyn) {
                            tr.update(f, truth, guess);
                        }
                    }
                    prev2 = prev1;
                    prev1 = guess;
                }
            }
            if (progress != null) {
                progress.accept(epoch, (double) wrong / Math.max(1, tokens));
            }
        }
        return tr.average(lexicon);
    }

    private void score(long f, float[] scores) {
        int idx = find(f, false);
        if (idx >= 0) {
            int o = idx * C;
            for (int c = 0; c < C; c++) {
                scores[c] += w[o + c];
            }
        }
    }

    private void update(long f, int truth, int guess) {
        int idx = find(f, true);
        bump(idx * C + truth, 1f);
        bump(idx * C + guess, -1f);
    }

    private void bump(int j, float v) {
        total[j] += (double) (t - stamp[j]) * w[j];
        stamp[j] = t;
        w[j] += v;
    }

    private Model average(CaseLexicon lexicon) {
        List<Long> keptKeys = new ArrayList<>();
        List<float[]> kept = new ArrayList<>();
        for (int slot = 0; slot < keys.length; slot++) {
            if (keys[slot] == 0) {
                continue;
            }
            int o = index[slot] * C;
            float[] avg = new float[C];
            boolean any = false;
            for (int c = 0; c < C; c++) {
                double tot = total[o + c] + (double) (t - stamp[o + c]) * w[o + c];
                avg[c] = (float) (tot / t);
                any |= Math.abs(avg[c]) > 1e-3f;
            }
            if (any) {
                keptKeys.add(keys[slot]);
                kept.add(avg);
            }
        }
        return new Model(keptKeys.stream().mapToLong(Long::longValue).toArray(), kept.toArray(float[][]::new), lexicon);
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
                if (size * C > w.length) {
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
