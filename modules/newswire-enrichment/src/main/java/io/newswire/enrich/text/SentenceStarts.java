package io.newswire.enrich.text;

import java.util.Arrays;

/**
 * Where the sentences of a scanned text begin ({@link WordHashes#scan(CharSequence, int, int,
 * WordHashes.Sink, SentenceStarts)} fills it), in order: sentence {@code i} is the {@code i}-th
 * sentence the scan reported (the first word, then each word with a break before it). Not
 * thread-safe; one per scan.
 */
public final class SentenceStarts {

    private int[] offsets = new int[32];
    private int count;

    void add(int offset) {
        if (count == offsets.length) {
            offsets = Arrays.copyOf(offsets, count * 2);
        }
        offsets[count++] = offset;
    }

    /** How many sentences were seen. */
    public int count() {
        return count;
    }

    /** The offset of sentence {@code i}'s first word. */
    public int start(int i) {
        if (i < 0 || i >= count) {
            throw new IndexOutOfBoundsException(i);
        }
        return offsets[i];
    }

    /** The sentence that holds {@code offset}: the last one starting at or before it, -1 before the first. */
    public int sentenceAt(int offset) {
        int s = Arrays.binarySearch(offsets, 0, count, offset);
        return s >= 0 ? s : -s - 2;
    }
}
