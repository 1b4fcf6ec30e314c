package io.newswire.enrich.stories;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Document frequencies of words counted beforehand over a background corpus, added to the ones a
 * {@link StoryState} counts online: a stream's first articles (or a small file given to {@code newswire
 * enrich}) then weigh "said", "the" or "police" as little as a warm stream does, instead of as much as a
 * rare name. Keys are the word hashes {@link StoryClusterer#features} counts ({@code WordHashes} stems);
 * only words in at least two background documents are kept. Immutable and thread-safe.
 *
 * <p>{@link #standard()} is the shipped table, {@code background-df.bin.gz} beside this class: counted
 * over public-domain Voice of America news (the Groningen Meaning Bank's texts, through the Kaggle NER
 * extract, ODbL), by {@code io.newswire.eval.StoryBackground}; see NOTICE and docs/STORIES.md.
 */
public final class BackgroundFrequencies {

    private static final int MAGIC = 0x4e574446; // "NWDF"
    private static final String RESOURCE = "background-df.bin.gz";

    /** No background: document frequencies are the stream's own only. */
    public static final BackgroundFrequencies NONE = new BackgroundFrequencies(0, new long[0], new int[0]);

    private final int documents;
    private final long[] keys;
    private final int[] counts;
    private final int mask;

    private BackgroundFrequencies(int documents, long[] sortedKeys, int[] counts) {
        this.documents = documents;
        // an open-addressing table at most half full: one or two probes per lookup, no boxing
        int cap = Integer.highestOneBit(Math.max(2, sortedKeys.length) * 2) * 2;
        this.keys = new long[cap];
        this.counts = new int[cap];
        this.mask = cap - 1;
        for (int k = 0; k < sortedKeys.length; k++) {
            long key = sortedKeys[k] == 0 ? 1 : sortedKeys[k];
            int i = slot(key);
            while (keys[i] != 0) {
                i = (i + 1) & mask;
            }
            keys[i] = key;
            this.counts[i] = counts[k];
        }
    }

    /** The shipped table (loaded once). */
    public static BackgroundFrequencies standard() {
        return Holder.STANDARD;
    }

    /** Builds a table from counts; keys need not be sorted or distinct (later counts of a key are ignored). */
    public static BackgroundFrequencies of(int documents, long[] keys, int[] counts) {
        if (documents < 0 || keys.length != counts.length) {
            throw new IllegalArgumentException("documents " + documents + ", " + keys.length + " keys, "
                    + counts.length + " counts");
        }
        long[] k = keys.clone();
        int[] c = counts.clone();
        return new BackgroundFrequencies(documents, k, c);
    }

    /** The documents counted. */
    public int documents() {
        return documents;
    }

    /** The documents the word (its hash) occurs in, 0 when unknown. */
    public int frequency(long term) {
        if (documents == 0) {
            return 0;
        }
        long key = term == 0 ? 1 : term;
        for (int i = slot(key); keys[i] != 0; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return counts[i];
            }
        }
        return 0;
    }

    /** The words held. */
    public int size() {
        int n = 0;
        for (long k : keys) {
            if (k != 0) {
                n++;
            }
        }
        return n;
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }

    /** Writes counts in the resource's format: gzip of magic, documents, n, then n (key, count), keys sorted. */
    public static void write(int documents, long[] keys, int[] counts, OutputStream out) throws IOException {
        Integer[] order = new Integer[keys.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compare(keys[a], keys[b]));
        GZIPOutputStream gz = new GZIPOutputStream(out);
        DataOutputStream data = new DataOutputStream(gz);
        data.writeInt(MAGIC);
        data.writeInt(documents);
        data.writeInt(keys.length);
        for (int i : order) {
            data.writeLong(keys[i]);
            data.writeInt(counts[i]);
        }
        data.flush();
        gz.finish();
    }

    /** Reads counts written by {@link #write}. */
    public static BackgroundFrequencies read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(new GZIPInputStream(in));
        if (data.readInt() != MAGIC) {
            throw new IOException("not a background frequency table");
        }
        int documents = data.readInt();
        int n = data.readInt();
        long[] keys = new long[n];
        int[] counts = new int[n];
        for (int i = 0; i < n; i++) {
            keys[i] = data.readLong();
            counts[i] = data.readInt();
        }
        return new BackgroundFrequencies(documents, keys, counts);
    }

    private static final class Holder {
        static final BackgroundFrequencies STANDARD = load();

        private static BackgroundFrequencies load() {
            try (InputStream in = BackgroundFrequencies.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + RESOURCE);
                }
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
