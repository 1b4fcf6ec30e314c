package io.newswire.streams;

import java.util.Arrays;

/**
 * A Bloom filter of byte keys in a fixed number of bits (s40): "absent" is certain, "present" may be wrong. {@link
 * LoggedIndex} asks it before reading a key of its local store, so that most reads of keys the index does not hold (an
 * article's new LSH band keys: 25 to 34 of its 37 reads) skip RocksDB. Fixed size, whatever the index holds: past a few
 * keys a bit it answers "present" more often, which costs only the read it would have made anyway.
 */
final class KeyFilter {

    private final long[] words;
    private final int mask;

    /** @param log2Bits the filter's size, 2^log2Bits bits (at most 2^30) */
    KeyFilter(int log2Bits) {
        if (log2Bits < 6 || log2Bits > 30) {
            throw new IllegalArgumentException("log2Bits: " + log2Bits);
        }
        words = new long[1 << (log2Bits - 6)];
        mask = (1 << log2Bits) - 1;
    }

    void add(byte[] key) {
        long h = hash(key);
        int h1 = (int) h;
        int h2 = (int) (h >>> 32) | 1;
        for (int i = 0; i < PROBES; i++) {
            int bit = (h1 + i * h2) & mask;
            words[bit >>> 6] |= 1L << bit;
        }
    }

    boolean mightContain(byte[] key) {
        long h = hash(key);
        int h1 = (int) h;
        int h2 = (int) (h >>> 32) | 1;
        for (int i = 0; i < PROBES; i++) {
            int bit = (h1 + i * h2) & mask;
            if ((words[bit >>> 6] & 1L << bit) == 0) {
                return false;
            }
        }
        return true;
    }

    void clear() {
        Arrays.fill(words, 0L);
    }

    private static final int PROBES = 3;

    /** 64-bit FNV-1a of the bytes, then a finaliser that spreads every input bit over the two halves. */
    private static long hash(byte[] key) {
        long h = 0xcbf29ce484222325L;
        for (byte b : key) {
            h = (h ^ (b & 0xFF)) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb93e96ba6b1bL;
        h ^= h >>> 33;
        return h;
    }
}
