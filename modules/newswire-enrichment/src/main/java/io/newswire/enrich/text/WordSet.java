package io.newswire.enrich.text;

import java.util.AbstractSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * An immutable set of words for the stages' word lists, asked once or more per token: the same answers as
 * {@link Set#of} / {@link Set#copyOf}, found with less work. The JDK's immutable set places a word by
 * {@code Math.floorMod} (a division) and, at every occupied slot it passes, calls {@code equals} on a
 * member (reading that member's object); most words a stage asks about are not members, so most of that
 * work is on misses. This one keeps a power-of-two table (a quarter full; half full for the lists of
 * thousands of names) placed by a multiplicative hash, and each slot's member's hash code beside it, so a
 * miss reads two arrays and compares ints, and {@code equals} runs only on a hash match.
 *
 * <p>Like the JDK's sets: {@code contains(null)} throws {@link NullPointerException}, every mutator throws
 * {@link UnsupportedOperationException}, {@link #of} rejects a duplicate. Unlike them, iteration follows
 * the order the words were given in (the JDK's varies from run to run), which no caller relies on.
 */
public final class WordSet extends AbstractSet<String> {

    private static final WordSet EMPTY = new WordSet(new String[0]);

    /** The members in the order given. */
    private final String[] words;
    /** The open-addressing table: a member or {@code null}. */
    private final String[] table;
    /** {@code hashes[i]} is {@code table[i].hashCode()}. */
    private final int[] hashes;
    private final int mask;
    private final int shift;

    private WordSet(String[] words) {
        this.words = words;
        // a quarter full keeps a miss to about one slot; the few lists of thousands of names, half full
        int wanted = words.length <= 1024 ? words.length * 4 : words.length * 2;
        int capacity = 4;
        while (capacity < wanted) {
            capacity <<= 1;
        }
        this.table = new String[capacity];
        this.hashes = new int[capacity];
        this.mask = capacity - 1;
        this.shift = 32 - Integer.numberOfTrailingZeros(capacity);
        for (String w : words) {
            int h = w.hashCode();
            int i = slot(h);
            while (table[i] != null) {
                i = (i + 1) & mask;
            }
            table[i] = w;
            hashes[i] = h;
        }
    }

    private int slot(int h) {
        return (h * 0x9E3779B9) >>> shift;
    }

    /**
     * The set of {@code words}, as {@link Set#of(Object[])}.
     *
     * @throws IllegalArgumentException when a word is given twice
     * @throws NullPointerException when a word is {@code null}
     */
    public static WordSet of(String... words) {
        Set<String> seen = new LinkedHashSet<>();
        for (String w : words) {
            if (!seen.add(Objects.requireNonNull(w))) {
                throw new IllegalArgumentException("duplicate element: " + w);
            }
        }
        return words.length == 0 ? EMPTY : new WordSet(seen.toArray(new String[0]));
    }

    /**
     * The set of {@code words}, as {@link Set#copyOf}: duplicates kept once (the first), in the
     * collection's order.
     *
     * @throws NullPointerException when a word is {@code null}
     */
    public static WordSet copyOf(Collection<String> words) {
        if (words instanceof WordSet set) {
            return set;
        }
        Set<String> seen = new LinkedHashSet<>();
        for (String w : words) {
            seen.add(Objects.requireNonNull(w));
        }
        return seen.isEmpty() ? EMPTY : new WordSet(seen.toArray(new String[0]));
    }

    /**
     * The words of every set in {@code sets}, each once (the first), in the sets' order: a constant made of word
     * lists that share a use ("towns and their other spellings").
     *
     * @throws NullPointerException when a word is {@code null}
     */
    @SafeVarargs
    public static WordSet union(Set<String>... sets) {
        Set<String> all = new LinkedHashSet<>();
        for (Set<String> set : sets) {
            for (String w : set) {
                all.add(Objects.requireNonNull(w));
            }
        }
        return all.isEmpty() ? EMPTY : new WordSet(all.toArray(new String[0]));
    }

    @Override
    public boolean contains(Object o) {
        if (!(o instanceof String s)) {
            Objects.requireNonNull(o);
            return false;
        }
        int h = s.hashCode();
        String[] t = table;
        int[] hs = hashes;
        for (int i = slot(h); ; i = (i + 1) & mask) {
            String w = t[i];
            if (w == null) {
                return false;
            }
            if (hs[i] == h && s.equals(w)) {
                return true;
            }
        }
    }

    @Override
    public int size() {
        return words.length;
    }

    @Override
    public boolean isEmpty() {
        return words.length == 0;
    }

    @Override
    public Iterator<String> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < words.length;
            }

            @Override
            public String next() {
                if (next >= words.length) {
                    throw new NoSuchElementException();
                }
                return words[next++];
            }
        };
    }

    @Override
    public Object[] toArray() {
        return words.clone();
    }

    @Override
    public boolean add(String e) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean remove(Object o) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean addAll(Collection<? extends String> c) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean removeAll(Collection<?> c) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean retainAll(Collection<?> c) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean removeIf(Predicate<? super String> filter) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void clear() {
        throw new UnsupportedOperationException();
    }
}
