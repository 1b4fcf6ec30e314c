package io.newswire.enrich.duplicates;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;

/**
 * What the duplicate detector keeps of one text: enough to say whether two texts are the same after
 * normalisation (the {@link #fingerprint}), to estimate how much of their wording they share (the
 * MinHash {@link #sketch}), and to find candidates without comparing against every stored text (the
 * {@link #bandKeys}). About 1 KB per article, independent of its length.
 *
 * @param fingerprint  hex of a 128-bit hash of the normalised token sequence (case, accents, punctuation,
 *                     quotes, dashes and white space folded away); equal for exact duplicates
 * @param tokens       number of tokens of the normalised text
 * @param shingles     number of word shingles the sketch was built from (0 for a text shorter than one
 *                     shingle)
 * @param sketch       one-permutation MinHash: per bin, the smallest shingle hash that fell into it
 *                     (densified, so every bin is filled when there is at least one shingle)
 * @param simHash      64-bit SimHash of the same shingles, kept for the measurement that chose MinHash
 * @param numbers      sorted distinct hashes of the tokens holding a digit (figures, dates, scores), at
 *                     most {@value Signatures#MAX_NUMBERS}: two texts of one template (a weekly auction
 *                     notice, a results table) share their words but not their numbers
 */
public record TextSignature(String fingerprint, int tokens, int shingles, long[] sketch, long simHash,
        long[] numbers) {

    public TextSignature {
        requireNonNull(fingerprint, "fingerprint");
        requireNonNull(sketch, "sketch");
        requireNonNull(numbers, "numbers");
        sketch = sketch.clone();
        numbers = numbers.clone();
        if (tokens < 0 || shingles < 0) {
            throw new IllegalArgumentException("negative count");
        }
    }

    @Override
    public long[] sketch() {
        return sketch.clone();
    }

    /** Whether the text was long enough for a sketch; a shorter one is matched by its fingerprint only. */
    public boolean hasSketch() {
        return shingles > 0;
    }

    /**
     * The estimated Jaccard similarity of the two texts' shingle sets: the share of sketch bins that hold
     * the same value. 0 when either has no sketch.
     */
    public double jaccard(TextSignature other) {
        if (!hasSketch() || !other.hasSketch() || sketch.length != other.sketch.length) {
            return 0;
        }
        int same = 0;
        for (int i = 0; i < sketch.length; i++) {
            if (sketch[i] == other.sketch[i]) {
                same++;
            }
        }
        return (double) same / sketch.length;
    }

    /**
     * The estimated share of the smaller text's shingles that the other one contains, from the Jaccard
     * estimate and both set sizes (|A ∩ B| = J (|A| + |B|) / (1 + J)): 1 for a copy truncated to its
     * first paragraphs, where Jaccard alone says only 0.6.
     */
    public double containment(TextSignature other) {
        return containment(other, jaccard(other));
    }

    /** {@link #containment(TextSignature)} from a Jaccard estimate already computed. */
    double containment(TextSignature other, double j) {
        if (j == 0) {
            return 0;
        }
        double inter = j * (shingles + other.shingles) / (1 + j);
        return Math.min(1.0, inter / Math.min(shingles, other.shingles));
    }

    @Override
    public long[] numbers() {
        return numbers.clone();
    }

    /**
     * The share of the figures of the text with fewer figures that the other text holds too; 1 when
     * either holds fewer than two (nothing to contradict).
     */
    public double numbersShared(TextSignature other) {
        int small = Math.min(numbers.length, other.numbers.length);
        if (small < 2) {
            return 1;
        }
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < numbers.length && j < other.numbers.length) {
            if (numbers[i] == other.numbers[j]) {
                common++;
                i++;
                j++;
            } else if (numbers[i] < other.numbers[j]) {
                i++;
            } else {
                j++;
            }
        }
        return (double) common / small;
    }

    /** Number of differing bits of the two SimHashes. */
    public int simHashDistance(TextSignature other) {
        return Long.bitCount(simHash ^ other.simHash);
    }

    /** The LSH band keys of the sketch, one per band, each mixing the band's index and its rows. */
    public long[] bandKeys(int bands) {
        if (!hasSketch()) {
            return new long[0];
        }
        int rows = sketch.length / bands;
        long[] keys = new long[bands];
        for (int b = 0; b < bands; b++) {
            long h = Signatures.mix(0x9E3779B97F4A7C15L * (b + 1));
            for (int r = 0; r < rows; r++) {
                h = Signatures.mix(h ^ sketch[b * rows + r]);
            }
            keys[b] = h;
        }
        return keys;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TextSignature t && fingerprint.equals(t.fingerprint) && tokens == t.tokens
                && shingles == t.shingles && simHash == t.simHash && Arrays.equals(sketch, t.sketch)
                && Arrays.equals(numbers, t.numbers);
    }

    @Override
    public int hashCode() {
        return fingerprint.hashCode() * 31 + Arrays.hashCode(sketch);
    }

    @Override
    public String toString() {
        return "TextSignature[" + fingerprint + ", tokens=" + tokens + ", shingles=" + shingles + "]";
    }
}
