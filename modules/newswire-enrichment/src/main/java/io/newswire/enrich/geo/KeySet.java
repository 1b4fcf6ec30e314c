package io.newswire.enrich.geo;

import io.newswire.enrich.text.Folding;

/**
 * An immutable set of name keys ({@link Folding#key}) answered by one hash probe: open addressing a quarter full,
 * where a binary search over the sorted keys cost a mispredicted branch a step. The geo stage asks such sets about
 * the words of every person's and organisation's span; most words are no member, and an empty slot is found at
 * once. Thread-safe (never written after construction).
 */
final class KeySet {

    private final long[] slotKeys;
    private final boolean[] used;

    private KeySet(long[] keys) {
        int size = Integer.highestOneBit(Math.max(4, keys.length) * 4 - 1) << 1;
        slotKeys = new long[size];
        used = new boolean[size];
        for (long k : keys) {
            int slot = slot(k, size - 1);
            while (used[slot] && slotKeys[slot] != k) {
                slot = (slot + 1) & (size - 1);
            }
            slotKeys[slot] = k;
            used[slot] = true;
        }
    }

    /** The set of {@code keys} (repeats allowed). */
    static KeySet of(long... keys) {
        return new KeySet(keys.clone());
    }

    private static int slot(long key, int mask) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask;
    }

    boolean contains(long key) {
        int mask = slotKeys.length - 1;
        int slot = slot(key, mask);
        while (used[slot]) {
            if (slotKeys[slot] == key) {
                return true;
            }
            slot = (slot + 1) & mask;
        }
        return false;
    }
}
