package io.newswire.enrich.geo;

import io.newswire.enrich.gazetteer.Gazetteer;
import io.newswire.enrich.text.Folding;
import io.newswire.enrich.text.WordList;
import java.util.Arrays;

/**
 * Demonym-like words that name a region rather than the town that shares the word ({@code
 * region-words.txt}): "Russia and the West", "Western countries", "Arab leaders" are no towns called
 * West (Cameroon), Western (Sri Lanka) or Arab (Alabama); and the adjectives of regions and first-level
 * divisions ("Kashmiri farmers", "Bavarian leaders", "Midwestern towns", "Punjabi growers"), which
 * geoparsing corpora count as mentions of the region and which otherwise name nothing, or become a
 * name the gazetteer lacks placed at the story's own town. Each region is a curated feature or a
 * continent of the gazetteer, or every first-level division of that name (Punjab of India and of
 * Pakistan: the resolver chooses between them as it does for the name itself), looked up once; the
 * words are kept as name keys, so that a lookup over the text allocates nothing.
 */
final class RegionWords {

    private final int[][] entries;
    /**
     * The words' keys by hash, each with its index in {@link #entries}: the spotter asks about nearly every capitalised
     * word of a text, and a probe costs one or two reads where a binary search over the sorted keys cost seven
     * mispredicted branches.
     */
    private final KeySet index;
    /**
     * One bit of 1,024 per key (two cache lines), asked before the table: nearly every word asked is no region word,
     * and between two capitalised words the gazetteer's probes evict the table's lines, where these two stay.
     */
    private final long[] filter = new long[FILTER_BITS / 64];

    RegionWords(Gazetteer gaz) {
        var rows = WordList.load(RegionWords.class, "region-words.txt");
        long[] k = new long[rows.size()];
        int[][] e = new int[rows.size()][];
        int n = 0;
        for (String row : rows) {
            int eq = row.indexOf('=');
            if (eq < 0) {
                throw new IllegalStateException("region-words.txt: no '=' in " + row);
            }
            int[] region = region(gaz, row.substring(eq + 1).strip());
            // a knowledge base built without the curated regions leaves the row out
            if (region != null) {
                k[n] = Folding.key(row.substring(0, eq).strip());
                e[n] = region;
                n++;
            }
        }
        // sorted by key, and a key listed twice keeps the entry a binary search over them finds (the look-up of
        // the table before it was hashed)
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compare(k[a], k[b]));
        long[] keys = new long[n];
        this.entries = new int[n][];
        for (int i = 0; i < n; i++) {
            keys[i] = k[order[i]];
            entries[i] = e[order[i]];
        }
        int[] at = new int[n];
        for (int i = 0; i < n; i++) {
            at[i] = Arrays.binarySearch(keys, keys[i]);
            int bit = KeySet.filterBit(keys[i], FILTER_BITS);
            filter[bit >>> 6] |= 1L << bit;
        }
        this.index = KeySet.withValues(keys, at);
    }

    /** Bits of {@link #filter}. */
    private static final int FILTER_BITS = 1024;

    /** The index in {@link #entries} of {@code key}, or -1. */
    private int indexOf(long key) {
        int bit = KeySet.filterBit(key, FILTER_BITS);
        if ((filter[bit >>> 6] & 1L << bit) == 0) {
            return -1;
        }
        return index.valueOf(key);
    }

    /** The continent or curated region of that name, else every first-level division of it, else null. */
    private static int[] region(Gazetteer gaz, String name) {
        int[] e = gaz.byKey(Folding.key(name));
        for (int x = 0; e != null && x < e.length; x++) {
            if (Gazetteer.kind(e[x]) == Gazetteer.CONTINENT) {
                return new int[] {e[x]};
            }
        }
        int[] divisions = e == null ? new int[0]
                : Arrays.stream(e).filter(x -> Gazetteer.kind(x) == Gazetteer.ADMIN1).toArray();
        return divisions.length == 0 ? null : divisions;
    }

    /**
     * The region entries {@code text[start, end)} names as one such word ("Sub-Saharan" written with its
     * hyphen), or null. The array is the table's own: callers must not change it.
     */
    int[] entries(CharSequence text, int start, int end) {
        if (end - start > 12 || end - start < 3) {
            return null;
        }
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (!Folding.isTokenChar(c) && (c != '-' || i == start || i == end - 1)) {
                return null;
            }
        }
        int i = indexOf(Folding.key(text, start, end));
        return i < 0 ? null : entries[i];
    }

    /**
     * {@link #entries(CharSequence, int, int)} of one token of {@code length} characters (letters, digits and
     * marks only: {@link Folding#isTokenChar}) whose {@link Folding#key} is {@code key}: the spotter has the key of
     * every capitalised word already, so the word is neither read again nor hashed again.
     */
    int[] entriesOfToken(long key, int length) {
        if (length > 12 || length < 3) {
            return null;
        }
        int i = indexOf(key);
        return i < 0 ? null : entries[i];
    }
}
