package io.newswire.enrich.geo;

import io.newswire.enrich.gazetteer.Gazetteer;
import io.newswire.enrich.text.Folding;
import io.newswire.enrich.text.WordList;
import java.util.Arrays;

/**
 * Demonym-like words that name a region rather than the town that shares the word ({@code
 * region-words.txt}): "Russia and the West", "Western countries", "Arab leaders" are no towns called
 * West (Cameroon), Western (Sri Lanka) or Arab (Alabama). Each region is a curated feature or a
 * continent of the gazetteer, looked up once; the words are kept as name keys, so that a lookup over
 * the text allocates nothing.
 */
final class RegionWords {

    private final long[] keys;
    private final int[] entries;

    RegionWords(Gazetteer gaz) {
        var rows = WordList.load(RegionWords.class, "region-words.txt");
        long[] k = new long[rows.size()];
        int[] e = new int[rows.size()];
        int n = 0;
        for (String row : rows) {
            int eq = row.indexOf('=');
            if (eq < 0) {
                throw new IllegalStateException("region-words.txt: no '=' in " + row);
            }
            int entry = continent(gaz, row.substring(eq + 1).strip());
            // a knowledge base built without the curated regions leaves the row out
            if (entry >= 0) {
                k[n] = Folding.key(row.substring(0, eq).strip());
                e[n] = entry;
                n++;
            }
        }
        this.keys = Arrays.copyOf(k, n);
        this.entries = Arrays.copyOf(e, n);
    }

    private static int continent(Gazetteer gaz, String name) {
        int[] e = gaz.byKey(Folding.key(name));
        for (int x = 0; e != null && x < e.length; x++) {
            if (Gazetteer.kind(e[x]) == Gazetteer.CONTINENT) {
                return e[x];
            }
        }
        return -1;
    }

    /** The region entry {@code text[start, end)} names as one such word, or -1. */
    int entry(CharSequence text, int start, int end) {
        if (end - start > 12 || end - start < 3) {
            return -1;
        }
        for (int i = start; i < end; i++) {
            if (!Folding.isTokenChar(text.charAt(i))) {
                return -1;
            }
        }
        long key = Folding.key(text, start, end);
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] == key) {
                return entries[i];
            }
        }
        return -1;
    }
}
