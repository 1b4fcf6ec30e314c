package io.newswire.enrich.text;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * An immutable map from words, for the stages' word tables asked per token: the answers of {@link Map#copyOf},
 * found as {@link WordSet} finds a word (a power-of-two table a quarter full, each key's hash code kept beside
 * it, {@code equals} only on a hash match) instead of the JDK's division and an {@code equals} at every
 * occupied slot passed.
 *
 * <p>Like {@link Map#copyOf}: {@code get(null)} and {@code containsKey(null)} throw
 * {@link NullPointerException}, every mutator throws {@link UnsupportedOperationException}. Unlike it,
 * iteration follows the order of the map copied (the JDK's varies from run to run), which no caller relies on.
 *
 * @param <V> the values
 */
public final class WordMap<V> extends AbstractMap<String, V> {

    /** The keys and values in the order of the map copied (for iteration). */
    private final String[] keys;
    private final Object[] values;
    /** The open-addressing table: a key or {@code null}, and its value and hash code at the same slot. */
    private final String[] slotKeys;
    private final Object[] slotValues;
    private final int[] hashes;
    private final int mask;
    private final int shift;

    private WordMap(Map<String, ? extends V> map) {
        int n = map.size();
        keys = new String[n];
        values = new Object[n];
        int k = 0;
        for (Map.Entry<String, ? extends V> e : map.entrySet()) {
            keys[k] = Objects.requireNonNull(e.getKey());
            values[k] = Objects.requireNonNull(e.getValue());
            k++;
        }
        int wanted = n <= 1024 ? n * 4 : n * 2;
        int capacity = 4;
        while (capacity < wanted) {
            capacity <<= 1;
        }
        slotKeys = new String[capacity];
        slotValues = new Object[capacity];
        hashes = new int[capacity];
        mask = capacity - 1;
        shift = 32 - Integer.numberOfTrailingZeros(capacity);
        for (int i = 0; i < n; i++) {
            int h = keys[i].hashCode();
            int s = slot(h);
            while (slotKeys[s] != null) {
                s = (s + 1) & mask;
            }
            slotKeys[s] = keys[i];
            slotValues[s] = values[i];
            hashes[s] = h;
        }
    }

    private int slot(int h) {
        return (h * 0x9E3779B9) >>> shift;
    }

    /**
     * The map's entries, as {@link Map#copyOf}.
     *
     * @throws NullPointerException when a key or a value is {@code null}
     */
    @SuppressWarnings("unchecked")
    public static <V> WordMap<V> copyOf(Map<String, ? extends V> map) {
        if (map instanceof WordMap<?> m) {
            return (WordMap<V>) m;
        }
        return new WordMap<>(map);
    }

    /** The slot of {@code key}, or -1. */
    private int slotOf(Object key) {
        if (!(key instanceof String s)) {
            Objects.requireNonNull(key);
            return -1;
        }
        int h = s.hashCode();
        String[] ks = slotKeys;
        for (int i = slot(h); ; i = (i + 1) & mask) {
            String k = ks[i];
            if (k == null) {
                return -1;
            }
            if (hashes[i] == h && s.equals(k)) {
                return i;
            }
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public V get(Object key) {
        int i = slotOf(key);
        return i < 0 ? null : (V) slotValues[i];
    }

    @Override
    @SuppressWarnings("unchecked")
    public V getOrDefault(Object key, V defaultValue) {
        int i = slotOf(key);
        return i < 0 ? defaultValue : (V) slotValues[i];
    }

    @Override
    public boolean containsKey(Object key) {
        return slotOf(key) >= 0;
    }

    @Override
    public int size() {
        return keys.length;
    }

    @Override
    public boolean isEmpty() {
        return keys.length == 0;
    }

    @Override
    public Set<Entry<String, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, V>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < keys.length;
                    }

                    @Override
                    @SuppressWarnings("unchecked")
                    public Entry<String, V> next() {
                        if (next >= keys.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new SimpleImmutableEntry<>(keys[i], (V) values[i]);
                    }
                };
            }

            @Override
            public int size() {
                return keys.length;
            }

            @Override
            public boolean contains(Object o) {
                return o instanceof Entry<?, ?> e && e.getKey() != null && containsKey(e.getKey())
                        && get(e.getKey()).equals(e.getValue());
            }
        };
    }

    @Override
    public V put(String key, V value) {
        throw new UnsupportedOperationException();
    }

    @Override
    public V remove(Object key) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void putAll(Map<? extends String, ? extends V> m) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void clear() {
        throw new UnsupportedOperationException();
    }
}
