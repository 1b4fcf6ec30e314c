package io.newswire.enrich.ner;

import io.newswire.enrich.gazetteer.Gazetteer;
import io.newswire.enrich.text.Tokenizer;
import io.newswire.enrich.text.WordList;
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
 * An averaged-perceptron sequence tagger for PERSON / ORGANIZATION / LOCATION in BIO labels, trained
 * on the GMB corpus by {@code newswire train ner} ({@link NerTrainer}), decoded by first-order Viterbi
 * (I-X only after B-X or I-X). Chosen over OpenNLP's maximum-entropy name finder for cost: one
 * open-addressing lookup per feature in primitive arrays, the transition weights read once when the
 * model loads, no feature strings (measured in docs/EVALUATION.md).
 *
 * <p>Immutable and thread-safe once loaded.
 */
public final class NerTagger {

    /** The committed model, on the classpath next to this class. */
    public static final String RESOURCE = "ner-gmb.bin.gz";
    private static final int MAGIC = 0x4E455232; // "NER2"

    private static volatile NerTagger standard;

    private static final int PAIR_WIDTH = NerFeatures.N_PREV * NerFeatures.N_LABELS;

    /**
     * The feature table, two longs per slot: the feature's key, then the row of its weights in
     * {@link #weights} (the weights stay dense, kinder to the cache). Key and row share a cache line:
     * a feature found costs two lines (slot, weights) instead of three (key, row, weights), which
     * counts in the pipeline, where the other stages' tables evict this one between sentences.
     */
    private final long[] slots;
    private final float[] weights;
    private final int mask;
    /** The pair features ({@link NerFeatures#pairFeatures}): {@link #PAIR_WIDTH} weights per row. */
    private final long[] pairKeys;
    private final int[] pairRows;
    private final float[] pairWeights;
    private final int pairMask;
    /** Per-thread working arrays of {@link #tag}: sentence hashes and one feature row. */
    private static final class Scratch {
        final NerFeatures.Sentence sentence = new NerFeatures.Sentence(64);
        final long[] row = new long[NerFeatures.N_STATIC];
        private float[] emits = new float[64 * NerFeatures.N_LABELS];
        private int[] offsets = new int[64 * NerFeatures.CONTEXT.length];
        private byte[] back = new byte[64 * NerFeatures.N_LABELS];
        private boolean[] near = new boolean[64];

        /** Viterbi back pointers, {@code N_LABELS} per token, the first {@code size} zero. */
        byte[] back(int size) {
            if (back.length < size) {
                back = new byte[Math.max(size, 2 * back.length)];
            } else {
                java.util.Arrays.fill(back, 0, size, (byte) 0);
            }
            return back;
        }

        /**
         * Which tokens are scored, the first {@code size} false, and the two after them too: the
         * features read the flags of a token's neighbours up to the array's end.
         */
        boolean[] near(int size) {
            if (near.length < size) {
                near = new boolean[Math.max(size, 2 * near.length)];
            } else {
                java.util.Arrays.fill(near, 0, Math.min(near.length, size + 2), false);
            }
            return near;
        }

        /** Emission scores, {@code N_LABELS} per token, at least {@code size} long. */
        float[] emits(int size) {
            if (emits.length < size) {
                emits = new float[Math.max(size, 2 * emits.length)];
            }
            return emits;
        }

        /** Weight rows of the context features, {@code CONTEXT.length} per token, at least {@code size} long. */
        int[] offsets(int size) {
            if (offsets.length < size) {
                offsets = new int[Math.max(size, 2 * offsets.length)];
            }
            return offsets;
        }
    }

    /**
     * Where {@link #tag}'s early reads of the weights go, so that the compiler keeps them: their only
     * purpose is to start the loads. Written racily by any thread; its value is never read.
     */
    @SuppressWarnings("unused")
    private static float prefetchSink;

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    /**
     * Per thread and per model: the summed weights of the token-only features
     * ({@link NerFeatures#TOKEN_ONLY}) of tokens seen lately, keyed by word and shape hash. A news
     * text repeats its names and the words around them ("said", "the", "of"): measured on the bench's
     * stories, most scored tokens are repeats, and each hit saves eleven lookups in a table of
     * several megabytes that the other stages evict between sentences.
     */
    private final ThreadLocal<WordCache> wordCache = ThreadLocal.withInitial(WordCache::new);

    /** Open addressing over (word, shape) hash pairs, {@link NerFeatures#N_LABELS} sums per slot; cleared when full. */
    private static final class WordCache {
        private static final int CAPACITY = 4096;
        private static final int LIMIT = CAPACITY * 5 / 8;
        final long[] keys = new long[2 * CAPACITY];
        final float[] sums = new float[CAPACITY * NerFeatures.N_LABELS];
        int size;

        /** The slot holding (w, s), or {@code -(slot + 1)} of the free slot where it goes. */
        int find(long w, long s) {
            int slot = (int) (w ^ (w >>> 29) ^ s * 0x9E3779B97F4A7C15L >>> 40) & (CAPACITY - 1);
            while (true) {
                long kw = keys[2 * slot];
                if (kw == w && keys[2 * slot + 1] == s) {
                    return slot;
                }
                if (kw == 0 && keys[2 * slot + 1] == 0) {
                    return -(slot + 1);
                }
                slot = (slot + 1) & (CAPACITY - 1);
            }
        }

        void clear() {
            java.util.Arrays.fill(keys, 0L);
            size = 0;
        }
    }

    /** The label transition weights, the same for every token. */
    private final float[] transition = new float[PAIR_WIDTH];
    private final CaseLexicon lexicon;
    /** Loaded with the model, not on the first sentence: its names are features. */
    private final Gazetteer gazetteer = Gazetteer.get();

    private NerTagger(Table single, Table pairs, CaseLexicon lexicon) {
        this.lexicon = lexicon;
        long[] keys = single.keys();
        int[] rows = single.rows();
        this.slots = new long[2 * keys.length];
        for (int s = 0; s < keys.length; s++) {
            slots[2 * s] = keys[s];
            slots[2 * s + 1] = rows[s];
        }
        this.weights = single.weights();
        this.mask = keys.length - 1;
        this.pairKeys = pairs.keys();
        this.pairRows = pairs.rows();
        this.pairWeights = pairs.weights();
        this.pairMask = pairKeys.length - 1;
        addPair(NerFeatures.TRANSITION, transition, 0);
        add(NerFeatures.BIAS, bias, 0);
    }

    /** The weights of the feature every token has (template 0), read once. */
    private final float[] bias = new float[NerFeatures.N_LABELS];

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

    /**
     * Whether the training text wrote this word in lower case nearly always (under 5% capitalised, seen
     * at least 3 times): a capitalised "Superintendent" or "Coordinator" before a name is a role, not
     * part of the name.
     */
    public boolean usuallyLowerCase(String word) {
        int bucket = lexicon.bucket(NerFeatures.normHash(word));
        return bucket >= 1 && bucket <= 3;
    }

    /** The number of features with weights. */
    public int features() {
        int n = 0;
        for (int s = 0; s < slots.length; s += 2) {
            if (slots[s] != 0) {
                n++;
            }
        }
        for (long k : pairKeys) {
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
        // English names are written with capitals: a word with no capital letter is O without
        // scoring unless the next word has one ("eastern Afghanistan", "the Netherlands", "bin Laden",
        // "Bank of England": the training data puts such words inside names), and then not when it is
        // a linking word ("in", "said": LINKS) that no capitalised word precedes. The word after a
        // capitalised one was scored too until 2026-11-30, and the linking words before one: on the
        // GMB held-out split no decision changed without them (1,660 sentences, label for label), and
        // they were 44% of the words scored on the bench's stories. The capitalised word's own
        // features still read its neighbours.
        Scratch scratch = SCRATCH.get();
        boolean[] near = scratch.near(n);
        boolean any = false;
        for (int i = 0; i < n; i++) {
            if (hasCapital(words.get(i))) {
                any = true;
                near[i] = true;
                if (i > 0 && (!LINKS.contains(words.get(i - 1)) || i >= 2 && hasCapital(words.get(i - 2)))) {
                    near[i - 1] = true;
                }
            }
        }
        int[] labels = new int[n];
        if (!any) {
            return labels;
        }
        WordCache cache = wordCache.get();
        NerFeatures.Sentence features = scratch.sentence.reset(words, lexicon, gazetteer, near);
        long[] row = scratch.row;
        final int C = NerFeatures.N_LABELS;
        final int K = NerFeatures.CONTEXT.length;
        // Pass 1: each near token's token-only sums (from the word cache) and the rows of its
        // context features' weights. The lookups of different tokens do not depend on each other
        // here, so the processor overlaps their cache misses: the feature table is several
        // megabytes, the other stages evict it between sentences, and when each lookup was followed
        // at once by the sum of its weights, the misses came one after another and were most of the
        // tagger's cost. The first weight of each row is read here too, for the same reason.
        float[] emits = scratch.emits(n * C);
        int[] offsets = scratch.offsets(n * K);
        float touched = 0;
        for (int i = 0; i < n; i++) {
            if (near[i]) {
                features.row(i, row, 0);
                tokenOnly(cache, features.wordOf(i), features.shapeOf(i), row, emits, i * C);
                for (int j = 0; j < K; j++) {
                    int o = rowOf(row[NerFeatures.CONTEXT[j]]);
                    offsets[i * K + j] = o;
                    if (o >= 0) {
                        touched += weights[o];
                    }
                }
            }
        }
        prefetchSink = touched;
        // Pass 2: the scores, in the order they were always added, and the Viterbi steps.
        float[] pair = NerFeatures.N_PAIR > 1 ? new float[PAIR_WIDTH] : null;
        long[] pf = NerFeatures.N_PAIR > 1 ? new long[NerFeatures.N_PAIR] : null;
        float[] delta = start();
        float[] next = new float[NerFeatures.N_PREV];
        byte[] back = scratch.back(n * C);
        for (int i = 0; i < n; i++) {
            if (near[i]) {
                for (int j = 0; j < K; j++) {
                    int o = offsets[i * K + j];
                    if (o >= 0) {
                        for (int c = 0; c < C; c++) {
                            emits[i * C + c] += weights[o + c];
                        }
                    }
                }
                float[] pairs = transition;
                if (NerFeatures.N_PAIR > 1) { // pair features beyond the transitions, looked up per token
                    features.row(i, row, 0);
                    System.arraycopy(transition, 0, pair, 0, PAIR_WIDTH);
                    NerFeatures.pairFeatures(row, 0, pf);
                    for (int k = 1; k < NerFeatures.N_PAIR; k++) {
                        addPair(pf[k], pair, 0);
                    }
                    pairs = pair;
                }
                step(delta, next, emits, i * C, pairs, 0, true, back, i * C);
            } else if (i > 0 && !near[i - 1]) {
                continue; // O after O: delta keeps its only finite score, O, and back[i * C] = 0 = O
            } else {
                step(delta, next, emits, 0, transition, 0, false, back, i * C); // emit unused: only O
            }
            float[] tmp = delta;
            delta = next;
            next = tmp;
        }
        backtrack(delta, back, labels);
        return labels;
    }

    /**
     * Sets {@code emit[at..at + N_LABELS)} to the bias plus the token-only features' weights of the token whose feature
     * row is {@code row}, from the word cache when the token was seen lately.
     */
    private void tokenOnly(WordCache cache, long w, long s, long[] row, float[] emit, int at) {
        final int C = NerFeatures.N_LABELS;
        int slot = cache.find(w, s);
        if (slot < 0) {
            if (cache.size >= WordCache.LIMIT) {
                cache.clear();
                slot = cache.find(w, s);
            }
            slot = -slot - 1;
            int o = slot * C;
            java.util.Arrays.fill(cache.sums, o, o + C, 0f);
            for (int k : NerFeatures.TOKEN_ONLY) {
                add(row[k], cache.sums, o);
            }
            cache.keys[2 * slot] = w;
            cache.keys[2 * slot + 1] = s;
            cache.size++;
        }
        int o = slot * C;
        for (int c = 0; c < C; c++) {
            emit[at + c] = bias[c] + cache.sums[o + c];
        }
    }

    /** Whether label c may follow label p (p up to START_LABEL), {@code [p * N_LABELS + c]}. */
    private static final boolean[] ALLOWED = new boolean[NerFeatures.N_PREV * NerFeatures.N_LABELS];

    static {
        for (int p = 0; p < NerFeatures.N_PREV; p++) {
            for (int c = 0; c < NerFeatures.N_LABELS; c++) {
                ALLOWED[p * NerFeatures.N_LABELS + c] = NerFeatures.allowed(p, c);
            }
        }
    }

    /** The Viterbi scores before the first token: only "sentence start" is possible. */
    static float[] start() {
        float[] delta = new float[NerFeatures.N_PREV];
        java.util.Arrays.fill(delta, Float.NEGATIVE_INFINITY);
        delta[NerFeatures.START_LABEL] = 0f;
        return delta;
    }

    /**
     * One Viterbi step: from the best scores of the sequences ending in each label at the previous
     * token ({@code delta}, {@link NerFeatures#N_PREV} long), those ending in each label at this token
     * ({@code next}), with {@code emit[eo + c]} the score of label c here and {@code pair[po + p * C + c]}
     * that of c after p; I-X only after B-X or I-X; when not {@code free}, only O. The best previous
     * label of each label goes to {@code back[bo + c]}.
     */
    static void step(float[] delta, float[] next, float[] emit, int eo, float[] pair, int po, boolean free,
            byte[] back, int bo) {
        final int C = NerFeatures.N_LABELS;
        for (int c = 0; c < C; c++) {
            float bestScore = Float.NEGATIVE_INFINITY;
            int bestPrev = 0;
            if (free || c == 0) {
                for (int p = 0; p < NerFeatures.N_PREV; p++) {
                    if (delta[p] == Float.NEGATIVE_INFINITY || !ALLOWED[p * C + c]) {
                        continue;
                    }
                    float v = delta[p] + pair[po + p * C + c];
                    if (v > bestScore) {
                        bestScore = v;
                        bestPrev = p;
                    }
                }
                if (free) {
                    bestScore += emit[eo + c];
                }
            }
            next[c] = bestScore;
            back[bo + c] = (byte) bestPrev;
        }
        next[NerFeatures.START_LABEL] = Float.NEGATIVE_INFINITY;
    }

    /** The best sequence, from the last step's scores and the back pointers, into {@code out}. */
    static void backtrack(float[] delta, byte[] back, int[] out) {
        final int C = NerFeatures.N_LABELS;
        int best = 0;
        for (int c = 1; c < C; c++) {
            if (delta[c] > delta[best]) {
                best = c;
            }
        }
        for (int i = out.length - 1; i >= 0; i--) {
            out[i] = best;
            best = back[i * C + best];
        }
    }

    /**
     * Lower-case words never first in a name ({@code links.txt}): before a capitalised word they are
     * O without scoring, unless a capitalised word precedes them too.
     */
    private static final java.util.Set<String> LINKS = WordList.load(NerTagger.class, "links.txt");

    private static boolean hasCapital(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            // ASCII answered without Character's property tables: this runs on every word of every
            // sentence, most of them lower-case English.
            if (c < 128 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c)) {
                return true;
            }
        }
        return false;
    }

    /** The offset of {@code feature}'s weights in {@link #weights}, or -1 when it has none. */
    private int rowOf(long feature) {
        int slot = (int) (feature ^ (feature >>> 32)) & mask;
        while (true) {
            long k = slots[2 * slot];
            if (k == feature) {
                return (int) slots[2 * slot + 1] * NerFeatures.N_LABELS;
            }
            if (k == 0) {
                return -1;
            }
            slot = (slot + 1) & mask;
        }
    }

    private void add(long feature, float[] scores, int at) {
        int slot = (int) (feature ^ (feature >>> 32)) & mask;
        while (true) {
            long k = slots[2 * slot];
            if (k == feature) {
                int o = (int) slots[2 * slot + 1] * NerFeatures.N_LABELS;
                for (int c = 0; c < NerFeatures.N_LABELS; c++) {
                    scores[at + c] += weights[o + c];
                }
                return;
            }
            if (k == 0) {
                return;
            }
            slot = (slot + 1) & mask;
        }
    }

    private void addPair(long feature, float[] scores, int at) {
        int slot = (int) (feature ^ (feature >>> 32)) & pairMask;
        while (true) {
            long k = pairKeys[slot];
            if (k == feature) {
                int o = pairRows[slot] * PAIR_WIDTH;
                for (int c = 0; c < PAIR_WIDTH; c++) {
                    scores[at + c] += pairWeights[o + c];
                }
                return;
            }
            if (k == 0) {
                return;
            }
            slot = (slot + 1) & pairMask;
        }
    }

    /** Writes a model: feature keys and their weights per label, then the pair features', gzipped. */
    static void write(long[] featureKeys, float[][] featureWeights, long[] pairKeys, float[][] pairWeights,
            CaseLexicon lexicon, OutputStream out) throws IOException {
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
            d.writeInt(pairKeys.length);
            for (int i = 0; i < pairKeys.length; i++) {
                d.writeLong(pairKeys[i]);
                for (float w : pairWeights[i]) {
                    d.writeFloat(w);
                }
            }
            lexicon.write(d);
        }
    }

    /**
     * Reads a committed model resource beside this class by file name (another language's model,
     * {@code ner-de.bin.gz}); each call reads it again, so callers keep what they get.
     */
    public static NerTagger resource(String name) throws IOException {
        try (InputStream in = NerTagger.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException(name + " missing from the classpath");
            }
            return read(in);
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
            throw new IOException("not a newswire NER model (or one of an older format: retrain)");
        }
        Table single = Table.read(d, NerFeatures.N_LABELS);
        Table pairs = Table.read(d, PAIR_WIDTH);
        return new NerTagger(single, pairs, CaseLexicon.read(d));
    }

    /** Open-addressing feature table: keys, and the row of each key's weights, {@code width} per row. */
    private record Table(long[] keys, int[] rows, float[] weights) {
        static Table read(DataInputStream d, int width) throws IOException {
            int n = d.readInt();
            int capacity = Integer.highestOneBit(Math.max(16, n * 2 - 1)) << 1;
            long[] keys = new long[capacity];
            int[] rows = new int[capacity];
            float[] weights = new float[n * width];
            int mask = capacity - 1;
            for (int i = 0; i < n; i++) {
                long key = d.readLong();
                int slot = (int) (key ^ (key >>> 32)) & mask;
                while (keys[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = key;
                rows[slot] = i;
                for (int c = 0; c < width; c++) {
                    weights[i * width + c] = d.readFloat();
                }
            }
            return new Table(keys, rows, weights);
        }
    }
}
