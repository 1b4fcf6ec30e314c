package io.newswire.enrich.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A weighted lexicon of one- and two-word terms, each under a key (a subject, a polarity), matched
 * in one pass over a text without allocating: every word is lower-cased and hashed as it is read
 * (64-bit FNV-1a over its UTF-16 units), and each word and each pair of adjacent words is one probe
 * into an open-addressing table. A word that is not listed is tried once more without a plural or
 * possessive {@code s} ("strikes", "army's"), so lists need not spell every inflection.
 *
 * <p>Words are runs of letters, digits, marks and inner apostrophes ({@code don't}); anything else
 * (a hyphen, a slash) separates words, so {@code cease-fire} matches the term {@code cease fire}.
 * A pair never spans a sentence end or a line break.
 *
 * <p>Resource format (UTF-8): a line {@code [key]} starts a section; other lines are
 * {@code term<TAB>weight} or {@code term} (weight 1); {@code #} starts a comment line. The same
 * term may appear under several keys. Immutable and thread-safe once loaded.
 */
public final class TermLexicon {

    /** Receives every listed term found, in text order. */
    public interface Hits {
        /**
         * @param term   the term's index in this lexicon (0 .. {@link #terms()}-1), for counting repeats
         * @param key    the index of the term's key in the list given at load time
         * @param weight the term's weight under that key
         * @param word   the index of the term's last word among the words scanned so far
         */
        void hit(int term, int key, float weight, int word);
    }

    private final List<String> keys;
    private final int termCount;
    // open addressing: a hash -> first entry in the entry arrays; a term under k keys has k entries
    private final long[] slots;
    private final int[] slotFirst;
    private final int[] slotCount;
    private final int[] entryTerm;
    private final int[] entryKey;
    private final float[] entryWeight;
    private final int mask;
    private final boolean hasPairs;
    /**
     * One bit per hash, set for every key's hash ({@link #maybe}): a word that is no key, most words
     * of a text, is refused here without reading the slot table. The table holds three to six slots
     * per key in three arrays, and the other stages evict it between articles; these bits, about two
     * bytes per key, stay in the cache. Measured on the bench's stories, most lookups are refused.
     */
    private final long[] present;
    private final int presentShift;

    private TermLexicon(List<String> keys, Map<Long, List<float[]>> byHash, int termCount, boolean hasPairs) {
        this.keys = List.copyOf(keys);
        this.termCount = termCount;
        this.hasPairs = hasPairs;
        int size = Integer.highestOneBit(Math.max(16, byHash.size() * 3)) << 1;
        this.mask = size - 1;
        this.slots = new long[size];
        this.slotFirst = new int[size];
        this.slotCount = new int[size];
        int bits = Integer.highestOneBit(Math.max(64, byHash.size() * 16) - 1) << 1;
        this.present = new long[bits >>> 6];
        this.presentShift = 64 - Integer.numberOfTrailingZeros(bits);
        for (long h : byHash.keySet()) {
            int b = bit(h);
            present[b >>> 6] |= 1L << b;
        }
        int entries = byHash.values().stream().mapToInt(List::size).sum();
        this.entryTerm = new int[entries];
        this.entryKey = new int[entries];
        this.entryWeight = new float[entries];
        int next = 0;
        for (Map.Entry<Long, List<float[]>> e : byHash.entrySet()) {
            long h = e.getKey();
            int s = slot(h);
            while (slotCount[s] != 0) {
                s = (s + 1) & mask;
            }
            slots[s] = h;
            slotFirst[s] = next;
            slotCount[s] = e.getValue().size();
            for (float[] v : e.getValue()) {
                entryTerm[next] = (int) v[0];
                entryKey[next] = (int) v[1];
                entryWeight[next] = v[2];
                next++;
            }
        }
    }

    /**
     * Loads the resource {@code name} beside {@code owner}'s class; only sections named in
     * {@code keys} are kept (their index in it is the key passed to {@link Hits}). Call once, into a
     * constant.
     *
     * @throws IllegalStateException when the resource is missing or a line is malformed
     */
    public static TermLexicon load(Class<?> owner, String name, List<String> keys) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " beside " + owner.getName());
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), keys, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TermLexicon parse(BufferedReader reader, List<String> keys, String name) throws IOException {
        Map<Long, List<float[]>> byHash = new LinkedHashMap<>();
        Map<String, Integer> termIds = new LinkedHashMap<>();
        boolean pairs = false;
        int key = -1;
        String line;
        int lineNo = 0;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            if (t.startsWith("[") && t.endsWith("]")) {
                key = keys.indexOf(t.substring(1, t.length() - 1).strip());
                continue;
            }
            if (key < 0) {
                continue; // a section this caller does not want
            }
            String[] parts = t.split("\t");
            String term = parts[0].strip().toLowerCase(Locale.ROOT);
            float weight;
            try {
                weight = parts.length > 1 ? Float.parseFloat(parts[parts.length - 1].strip()) : 1f;
            } catch (NumberFormatException e) {
                throw new IllegalStateException(name + ":" + lineNo + ": bad weight in '" + line + "'", e);
            }
            long[] words = wordHashes(term);
            if (words.length == 0 || words.length > 2) {
                throw new IllegalStateException(name + ":" + lineNo + ": a term has one or two words: '" + line + "'");
            }
            long h = words.length == 1 ? words[0] : WordHashes.pair(words[0], words[1]);
            pairs |= words.length == 2;
            int id = termIds.computeIfAbsent(term, k -> termIds.size());
            byHash.computeIfAbsent(h, k -> new ArrayList<>()).add(new float[] {id, key, weight});
        }
        return new TermLexicon(keys, byHash, termIds.size(), pairs);
    }

    /** How many distinct terms were loaded. */
    public int terms() {
        return termCount;
    }

    /** The keys given at load time. */
    public List<String> keys() {
        return keys;
    }

    /**
     * The terms a single word {@code word} finds when it is scanned (as itself or by its stem), each once: how a
     * caller names terms to set aside without knowing their indices. Empty when it finds none.
     */
    public int[] termsOf(String word) {
        java.util.BitSet found = new java.util.BitSet(termCount);
        scan(word, 0, word.length(), (term, key, weight, w) -> found.set(term));
        return found.stream().toArray();
    }

    /** The hashes of the words of {@code s}, as the scanner reads them. */
    static long[] wordHashes(String s) {
        List<Long> out = new ArrayList<>();
        WordHashes.scan(s, 0, s.length(), (hash, stem, brk) -> out.add(hash));
        return out.stream().mapToLong(Long::longValue).toArray();
    }

    /**
     * Reports every listed term in {@code text[from, to)} to {@code hits}; returns the number of
     * words read.
     */
    public int scan(CharSequence text, int from, int to, Hits hits) {
        Matcher m = new Matcher(hits);
        return WordHashes.scan(text, from, to, m);
    }

    /**
     * A sink that reports this lexicon's terms to {@code hits} as words stream by, for a caller that
     * feeds one scan to several sinks; {@link #scan} is the usual way.
     */
    public WordHashes.Sink matcher(Hits hits) {
        return new Matcher(hits);
    }

    /** Looks up each word, and each pair of words within a sentence. */
    private final class Matcher implements WordHashes.Sink {
        private final Hits hits;
        private long prev;
        private long prevStem;
        private boolean havePrev;
        private int count;

        Matcher(Hits hits) {
            this.hits = hits;
        }

        @Override
        public void word(long hash, long stem, boolean breakBefore) {
            int w = count++;
            if (!lookup(hash, hits, w) && stem != hash) {
                lookup(stem, hits, w);
            }
            if (hasPairs && havePrev && !breakBefore
                    && !lookup(WordHashes.pair(prev, hash), hits, w)
                    && !(stem != hash && lookup(WordHashes.pair(prev, stem), hits, w))
                    && prevStem != prev && !lookup(WordHashes.pair(prevStem, hash), hits, w) && stem != hash) {
                lookup(WordHashes.pair(prevStem, stem), hits, w);
            }
            prev = hash;
            prevStem = stem;
            havePrev = true;
        }
    }

    private boolean lookup(long h, Hits hits, int word) {
        if (!maybe(h)) {
            return false;
        }
        int s = slot(h);
        while (slotCount[s] != 0) {
            if (slots[s] == h) {
                int first = slotFirst[s];
                for (int i = first; i < first + slotCount[s]; i++) {
                    hits.hit(entryTerm[i], entryKey[i], entryWeight[i], word);
                }
                return true;
            }
            s = (s + 1) & mask;
        }
        return false;
    }

    /** Whether {@code h} may be a key: false only when it is none. */
    private boolean maybe(long h) {
        int b = bit(h);
        return (present[b >>> 6] & 1L << b) != 0;
    }

    /** The bit of {@code h} in {@link #present}: its top bits after a multiplication, apart from the slot's low bits. */
    private int bit(long h) {
        return (int) ((h * 0x9E3779B97F4A7C15L) >>> presentShift);
    }

    private int slot(long h) {
        return (int) (h ^ (h >>> 32)) & mask;
    }
}
