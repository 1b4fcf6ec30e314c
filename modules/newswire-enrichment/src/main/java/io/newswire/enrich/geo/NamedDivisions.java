package io.newswire.enrich.geo;

import java.util.Arrays;

/**
 * The first-level divisions an article names, each with the key of the one surface that names it, or
 * {@link #ELSEWHERE} when several surfaces, a dateline or an abbreviation name it. A handful per article:
 * two parallel arrays searched in order, so that a lookup boxes nothing.
 */
final class NamedDivisions {

    /** Named by several surfaces, or by something that is no spot of its own name. */
    static final long ELSEWHERE = 0L;

    private int[] ids = new int[8];
    private long[] by = new long[8];
    /** Whether a spot names the division on its own ("a crash in Ohio"), not as the second half of "Town, State". */
    private boolean[] alone = new boolean[8];
    private int n;

    /** Records that {@code key} names division {@code id}; a second, different namer makes it {@link #ELSEWHERE}. */
    void name(int id, long key) {
        int i = indexOf(id);
        if (i >= 0) {
            if (by[i] != key) {
                by[i] = ELSEWHERE;
            }
            return;
        }
        if (n == ids.length) {
            ids = Arrays.copyOf(ids, n * 2);
            by = Arrays.copyOf(by, n * 2);
            alone = Arrays.copyOf(alone, n * 2);
        }
        ids[n] = id;
        by[n] = key;
        alone[n] = false;
        n++;
    }

    /** Records that a spot of its own ({@code key}) names division {@code id}, written alone, not after a town. */
    void nameAlone(int id, long key) {
        name(id, key);
        alone[indexOf(id)] = true;
    }

    /** Whether a spot names division {@code id} on its own ("a crash in Ohio"). */
    boolean namedAlone(int id) {
        int i = indexOf(id);
        return i >= 0 && alone[i];
    }

    /** How many divisions are named. */
    int size() {
        return n;
    }

    /** The {@code i}-th division named, in the order first named. */
    int id(int i) {
        return ids[i];
    }

    /** Records that division {@code id} is named by something other than any spot's own name. */
    void nameElsewhere(int id) {
        name(id, ELSEWHERE);
        by[indexOf(id)] = ELSEWHERE;
    }

    boolean contains(int id) {
        return indexOf(id) >= 0;
    }

    /**
     * What a named division adds to a candidate in it: 2 when something other than the surface
     * {@code key} names it, 1 when only the same name does, 0 when it is not named.
     */
    double bonus(int id, long key) {
        int i = indexOf(id);
        return i < 0 ? 0 : by[i] != key ? 2.0 : 1.0;
    }

    private int indexOf(int id) {
        for (int i = 0; i < n; i++) {
            if (ids[i] == id) {
                return i;
            }
        }
        return -1;
    }
}
