package io.newswire.enrich.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How often each word is capitalised when it does not start a sentence, counted over unlabelled
 * news text when the model is trained and stored in it (words and a bucket, no text). A word that is
 * nearly always capitalised mid-sentence ("Halliburton", "Vioxx") is a name even when the labelled
 * data never saw it; one that never is ("eastern") is not, even at the start of a sentence.
 */
public final class CaseLexicon {

    /** Counts words as text is added; {@link #build()} gives the lexicon. */
    public static final class Builder {
        private final Map<String, int[]> counts = new HashMap<>();

        /** Counts the tokens of one sentence. */
        public Builder addSentence(List<String> words) {
            for (int i = 1; i < words.size(); i++) {
                String w = words.get(i);
                if (w.isEmpty() || !Character.isLetter(w.codePointAt(0)) || isAllUpper(w)) {
                    continue; // a headline in capitals says nothing of a word's case
                }
                int[] c = counts.computeIfAbsent(NerFeatures.norm(w), k -> new int[2]);
                c[0]++;
                if (Character.isUpperCase(w.codePointAt(0))) {
                    c[1]++;
                }
            }
            return this;
        }

        /** The lexicon of the words seen at least {@code minCount} times. */
        public CaseLexicon build(int minCount) {
            Map<String, Byte> buckets = new HashMap<>();
            counts.forEach((w, c) -> {
                if (c[0] >= minCount) {
                    double r = c[1] / (double) c[0];
                    int cap = r < 0.05 ? 0 : r < 0.5 ? 1 : r < 0.95 ? 2 : 3;
                    int freq = c[0] < 10 ? 0 : c[0] < 100 ? 1 : 2;
                    buckets.put(w, (byte) (cap * 3 + freq + 1));
                }
            });
            return new CaseLexicon(buckets);
        }
    }

    private final Map<String, Byte> buckets;
    /** The buckets by {@link NerFeatures#normHash}, open addressing: no string per lookup. */
    private final long[] keys;
    private final byte[] values;
    private final int mask;

    CaseLexicon(Map<String, Byte> buckets) {
        this.buckets = Map.copyOf(buckets);
        int capacity = Integer.highestOneBit(Math.max(16, buckets.size() * 2 - 1)) << 1;
        keys = new long[capacity];
        values = new byte[capacity];
        mask = capacity - 1;
        buckets.forEach((w, b) -> {
            long h = NerFeatures.normHash(w);
            int slot = (int) (h ^ (h >>> 32)) & mask;
            while (keys[slot] != 0 && keys[slot] != h) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = h;
            values[slot] = b;
        });
    }

    public static Builder builder() {
        return new Builder();
    }

    public int size() {
        return buckets.size();
    }

    /**
     * 0 for an unknown word, else 1 + 3 * case bucket (never .. always capitalised) + frequency bucket.
     *
     * @param normHash {@link NerFeatures#normHash} of the word
     */
    int bucket(long normHash) {
        int slot = (int) (normHash ^ (normHash >>> 32)) & mask;
        while (true) {
            long k = keys[slot];
            if (k == normHash) {
                return values[slot];
            }
            if (k == 0) {
                return 0;
            }
            slot = (slot + 1) & mask;
        }
    }

    void write(DataOutputStream d) throws IOException {
        d.writeInt(buckets.size());
        for (Map.Entry<String, Byte> e : new java.util.TreeMap<>(buckets).entrySet()) {
            d.writeUTF(e.getKey());
            d.writeByte(e.getValue());
        }
    }

    static CaseLexicon read(DataInputStream d) throws IOException {
        int n = d.readInt();
        Map<String, Byte> buckets = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            buckets.put(d.readUTF(), d.readByte());
        }
        return new CaseLexicon(buckets);
    }

    private static boolean isAllUpper(String w) {
        if (w.length() < 2) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            if (Character.isLowerCase(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
