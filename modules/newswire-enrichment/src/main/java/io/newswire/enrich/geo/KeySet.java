package io.newswire.enrich.geo;

import io.newswire.enrich.text.Folding;

/**
 * An immutable set of name keys ({@link Folding#key}), each with a value, answered by one hash probe: open
 * addressing a quarter full, where a binary search over the sorted keys cost a mispredicted branch a step. The geo
 * stage asks such sets about the words of every person's and organisation's span and about nearly every
 * capitalised word of a text ({@link RegionWords}); most words are no member, and an empty slot is found at once.
 * Thread-safe (never written after construction).
 */
final class KeySet {

    private final long[] slotKeys;
    /** The value of the key in the same slot; -1 for an empty slot. */
    private final int[] slotValues;

    private KeySet(long[] keys, int[] values) {
        int size = Integer.highestOneBit(Math.max(4, keys.length) * 4 - 1) << 1;
        slotKeys = new long[size];
        slotValues = new int[size];
        java.util.Arrays.fill(slotValues, -1);
        for (int i = 0; i < keys.length; i++) {
            int slot = slot(keys[i], size - 1);
            while (slotValues[slot] >= 0 && slotKeys[slot] != keys[i]) {
                slot = (slot + 1) & (size - 1);
            }
            slotKeys[slot] = keys[i];
            slotValues[slot] = values[i];
        }
    }

    /** The set of {@code keys} (repeats allowed). */
    static KeySet of(long... keys) {
        return new KeySet(keys.clone(), new int[keys.length]);
    }

    /**
     * The keys with their values ({@code values[i]} for {@code keys[i]}, each >= 0); a key listed twice keeps the
     * value given last.
     */
    static KeySet withValues(long[] keys, int[] values) {
        if (keys.length != values.length) {
            throw new IllegalArgumentException("keys and values differ in length");
        }
        for (int v : values) {
            if (v < 0) {
                throw new IllegalArgumentException("negative value " + v);
            }
        }
        return new KeySet(keys.clone(), values.clone());
    }

    /** Hash bits of {@code key} for callers' own filters: other bits of the same product than the slot's. */
    static int filterBit(long key, int bits) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> 30) & (bits - 1);
    }

    private static int slot(long key, int mask) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask;
    }

    boolean contains(long key) {
        return valueOf(key) >= 0;
    }

    /** The value of {@code key}, or -1 when it is no member. */
    int valueOf(long key) {
        int mask = slotKeys.length - 1;
        int slot = slot(key, mask);
        while (true) {
            int v = slotValues[slot];
            if (v < 0 || slotKeys[slot] == key) {
                return v;
            }
            slot = (slot + 1) & mask;
        }
    }
}
