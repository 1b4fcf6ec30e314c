package io.newswire.enrich.duplicates;

import io.newswire.enrich.text.Folding;

/**
 * Builds a {@link TextSignature} in one pass over a text's characters, without copying the text: each
 * token (a run of letters and digits) is hashed in its folded form ({@link Folding#mixToken}: case and
 * accents folded, so quotes, dashes, punctuation and white space never change a signature), the token
 * hashes chain into the fingerprint, and every run of {@link #shingleSize} consecutive tokens is one
 * shingle, dropped into one of {@link #bins} bins of the sketch (one-permutation hashing: one hash per
 * shingle instead of one per shingle and bin, which keeps the stage at microseconds per article).
 *
 * <p>Why MinHash over SimHash: measured in {@code newswire eval duplicates}, SimHash's Hamming distance
 * grows with every dropped or added paragraph and misses truncated copies, while a MinHash sketch gives
 * set sizes too, so containment (a copy cut to its first paragraphs) is estimated as well as Jaccard.
 * Immutable and thread-safe.
 */
public final class Signatures {

    /** Bins of the standard sketch: 128 values of 8 bytes. */
    public static final int DEFAULT_BINS = 128;
    /** Words per shingle of the standard sketch. */
    public static final int DEFAULT_SHINGLE = 4;

    /** Figures kept per text for the numbers check; a longer text's further figures are not kept. */
    public static final int MAX_NUMBERS = 32;

    private static final long EMPTY = Long.MAX_VALUE;
    /** Added per step when an empty bin borrows a neighbour's value, so borrowed values stay distinct. */
    private static final long ROTATION = 0x2545F4914F6CDD1DL;

    /** Seed of every shingle's hash chain. */
    private static final long SHINGLE_SEED = 0x5851F42D4C957F2DL;
    /** FNV-1a's 64-bit prime, as {@link Folding#mixToken} multiplies by it. */
    private static final long FNV_PRIME = 0x100000001b3L;
    /**
     * {@link Folding}'s fold of each ASCII character, 0 for one that is no token character: letters lower
     * case, digits as they are (Folding's table gives the same for these; SignaturesTest checks every one).
     */
    private static final char[] ASCII_FOLD = new char[128];

    static {
        for (char c = '0'; c <= '9'; c++) {
            ASCII_FOLD[c] = c;
        }
        for (char c = 'a'; c <= 'z'; c++) {
            ASCII_FOLD[c] = c;
            ASCII_FOLD[c - 'a' + 'A'] = c;
        }
    }

    private final int bins;
    private final int shingleSize;
    private final boolean simHash;
    private final int binShift;

    /** The standard signatures: {@value #DEFAULT_BINS} bins, {@value #DEFAULT_SHINGLE}-word shingles, no SimHash. */
    public Signatures() {
        this(DEFAULT_BINS, DEFAULT_SHINGLE, false);
    }

    /**
     * @param bins        sketch size, a power of two
     * @param shingleSize words per shingle (1 or more)
     * @param simHash     whether to compute the SimHash too (64 counter updates per shingle; only the
     *                    evaluation that compares the two methods needs it)
     */
    public Signatures(int bins, int shingleSize, boolean simHash) {
        if (bins < 2 || Integer.bitCount(bins) != 1) {
            throw new IllegalArgumentException("bins must be a power of two >= 2: " + bins);
        }
        if (shingleSize < 1) {
            throw new IllegalArgumentException("shingleSize must be >= 1: " + shingleSize);
        }
        this.bins = bins;
        this.shingleSize = shingleSize;
        this.simHash = simHash;
        this.binShift = 64 - Integer.numberOfTrailingZeros(bins);
    }

    public int bins() {
        return bins;
    }

    public int shingleSize() {
        return shingleSize;
    }

    /** The signature of {@code text}; an empty or token-less text gets the fingerprint of no tokens. */
    public TextSignature of(CharSequence text) {
        // one pass over a String (its charAt, not an interface call per character); every value below is
        // the one the token-by-token form gave (SignaturesTest pins them), since dedup-log stores them
        String s = text.toString();
        long[] sketch = new long[bins];
        java.util.Arrays.fill(sketch, EMPTY);
        int[] simCounts = simHash ? new int[64] : null;
        int size = shingleSize;
        // per token of the current shingle: its hash, and the first step of the shingle chain over it
        long[] window = new long[size];
        long[] heads = new long[size];
        long[] numbers = new long[MAX_NUMBERS];
        int numberCount = 0;
        long f1 = 0x6A09E667F3BCC908L;
        long f2 = 0xBB67AE8584CAA73BL;
        int tokens = 0;
        int shingles = 0;
        int slot = 0; // where the next token goes in the window; once it is full, also the oldest token
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c < 128 ? ASCII_FOLD[c] == 0 : !Folding.isTokenChar(c)) {
                i++;
                continue;
            }
            // the token's folded FNV-1a hash, as Folding.mixToken gives it, and whether it holds a digit,
            // in the pass that finds its end
            int start = i;
            long h = Folding.BASIS;
            boolean digit = false;
            while (true) {
                if (c < 128) {
                    h = (h ^ ASCII_FOLD[c]) * FNV_PRIME;
                    digit |= c <= '9';
                } else {
                    h = Folding.mixToken(h, s, i, i + 1, true);
                    digit |= Character.isDigit(c);
                }
                if (++i == n) {
                    break;
                }
                c = s.charAt(i);
                if (c < 128 ? ASCII_FOLD[c] == 0 : !Folding.isTokenChar(c)) {
                    break;
                }
            }
            long t = mix(h);
            if (digit && numberCount < MAX_NUMBERS && figure(s, start, i)) {
                numbers[numberCount++] = t;
            }
            f1 = mix(f1 ^ t);
            f2 = mix(f2 + t * 0x9E3779B97F4A7C15L);
            window[slot] = t;
            heads[slot] = mix(SHINGLE_SEED ^ t);
            slot = slot + 1 == size ? 0 : slot + 1;
            tokens++;
            if (tokens >= size) {
                // the chain from the oldest token to this one: slot now points at the oldest
                long sh = heads[slot];
                int k = slot;
                for (int step = 1; step < size; step++) {
                    k = k + 1 == size ? 0 : k + 1;
                    sh = mix(sh ^ window[k]);
                }
                shingles++;
                int bin = (int) (sh >>> binShift);
                long value = sh & (-1L >>> 1);
                if (value < sketch[bin]) {
                    sketch[bin] = value;
                }
                if (simCounts != null) {
                    for (int b = 0; b < 64; b++) {
                        simCounts[b] += ((sh >>> b) & 1) == 0 ? -1 : 1;
                    }
                }
            }
        }
        if (shingles > 0) {
            densify(sketch);
        } else {
            java.util.Arrays.fill(sketch, 0);
        }
        long sim = 0;
        if (simCounts != null) {
            for (int b = 0; b < 64; b++) {
                if (simCounts[b] > 0) {
                    sim |= 1L << b;
                }
            }
        }
        String fingerprint = hex(f1) + hex(f2);
        long[] figures = sortedDistinct(numbers, numberCount);
        return new TextSignature(fingerprint, tokens, shingles, sketch, sim, figures);
    }

    /**
     * Whether the token {@code s[start, end)}, which holds a digit, is a figure for the numbers check: a count, an
     * amount, a date, a score. Not figures (s32): a clock time ("09:27", "4:51:09") and a numeric date written next to
     * one ("14.03.2026 09:27", "2026-03-14, 09:27"): the stamp of a credit or update line, which one copy carries and
     * another does not; and codes: a token of digits and capitals ("MH17", "AB12", "06KRT417") and the digits of a
     * plate written in groups ("06 KRT 417", "AB 123 CD", "AB-123-CD"). Two copies of one story differ in these;
     * two notices of one template differ in their counts and amounts, which stay figures. Looks only at the token
     * and a few characters around it, and runs only for tokens holding a digit.
     */
    static boolean figure(String s, int start, int end) {
        boolean digits = true;
        for (int k = start; k < end; k++) {
            char c = s.charAt(k);
            if (c >= 'A' && c <= 'Z') {
                return false;
            }
            digits &= c >= '0' && c <= '9';
        }
        if (!digits) {
            return true;
        }
        int gs = groupStart(s, start);
        int ge = groupEnd(s, end);
        if (time(s, gs, ge)) {
            return false;
        }
        if (date(s, gs, ge)) {
            int before = gapBefore(s, gs);
            int after = gapAfter(s, ge);
            if ((before > 0 && time(s, groupStart(s, before), before))
                    || (after > 0 && time(s, after, groupEnd(s, after)))) {
                return false;
            }
        }
        // a plate in groups: digits, capitals, digits ("06 KRT 417") or capitals, digits, capitals ("AB 123 CD")
        boolean capsBefore = capitals(s, codeBefore(s, start), start - 1);
        boolean capsAfter = end < s.length() - 1 && capitals(s, end + 1, codeAfter(s, end + 1));
        // capitals on both sides only as a plate's two-letter groups around 2-4 digits: in a text set in capitals,
        // "UP 25 PCT" holds a figure
        if (capsBefore && capsAfter && start - 1 - codeBefore(s, start) == 2
                && codeAfter(s, end + 1) - (end + 1) == 2 && end - start >= 2 && end - start <= 4) {
            return false;
        }
        if (capsAfter && digitsAt(s, codeAfter(s, end + 1) + 1)) {
            return false;
        }
        return !(capsBefore && start - 1 > 0 && digitsBefore(s, codeBefore(s, start) - 1));
    }

    private static boolean sep(char c) {
        return c == ' ' || c == '-';
    }

    /** The start of the run of capitals ending just before the separator at {@code start - 1}. */
    private static int codeBefore(String s, int start) {
        if (start < 2 || !sep(s.charAt(start - 1))) {
            return start;
        }
        int k = start - 1;
        while (k > 0 && s.charAt(k - 1) >= 'A' && s.charAt(k - 1) <= 'Z' && start - 1 - k < 4) {
            k--;
        }
        return k;
    }

    /** The end of the run of capitals starting at {@code from} (after a separator). */
    private static int codeAfter(String s, int from) {
        int k = from;
        while (k < s.length() && s.charAt(k) >= 'A' && s.charAt(k) <= 'Z' && k - from < 4) {
            k++;
        }
        return k;
    }

    /** Whether {@code s[from, to)} is one to three capitals standing as a token after or before a separator. */
    private static boolean capitals(String s, int from, int to) {
        if (to - from < 1 || to - from > 3 || from < 0 || to > s.length()) {
            return false;
        }
        if (from > 0 && Character.isLetterOrDigit(s.charAt(from - 1))) {
            return false;
        }
        if (to < s.length() && Character.isLetterOrDigit(s.charAt(to))) {
            return false;
        }
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (c < 'A' || c > 'Z') {
                return false;
            }
        }
        return true;
    }

    /** Whether a digit at {@code at} follows a separator: a code's next group of digits. */
    private static boolean digitsAt(String s, int at) {
        return at < s.length() && at > 0 && sep(s.charAt(at - 1)) && s.charAt(at) >= '0' && s.charAt(at) <= '9';
    }

    /** Whether the character before the separator at {@code at} is a digit. */
    private static boolean digitsBefore(String s, int at) {
        return at > 0 && at < s.length() && sep(s.charAt(at)) && s.charAt(at - 1) >= '0' && s.charAt(at - 1) <= '9';
    }

    private static boolean groupChar(char c) {
        return (c >= '0' && c <= '9') || c == '.' || c == ':' || c == '/' || c == '-';
    }

    /** The start of the run of digits and date or time punctuation holding {@code from}. */
    private static int groupStart(String s, int from) {
        int k = from;
        while (k > 0 && groupChar(s.charAt(k - 1)) && from - k < 24) {
            k--;
        }
        return k;
    }

    private static int groupEnd(String s, int from) {
        int k = from;
        while (k < s.length() && groupChar(s.charAt(k)) && k - from < 24) {
            k++;
        }
        return k;
    }

    /** Skips back over a short gap (spaces, a comma, a dash) before {@code at}; {@code at} itself when none. */
    private static int gapBefore(String s, int at) {
        int k = at;
        while (k > 0 && at - k < 3 && (s.charAt(k - 1) == ' ' || s.charAt(k - 1) == ',' || s.charAt(k - 1) == '-')) {
            k--;
        }
        return k == at ? -1 : k;
    }

    private static int gapAfter(String s, int at) {
        int k = at;
        while (k < s.length() && k - at < 3 && (s.charAt(k) == ' ' || s.charAt(k) == ',' || s.charAt(k) == '-')) {
            k++;
        }
        return k == at ? -1 : k;
    }

    /** Whether {@code s[from, to)} is a clock time: 1-2 digits, then one or two groups of ':' and 2 digits. */
    static boolean time(String s, int from, int to) {
        if (from < 0 || to <= from) {
            return false;
        }
        int k = from;
        int h = 0;
        while (k < to && s.charAt(k) >= '0' && s.charAt(k) <= '9') {
            k++;
            h++;
        }
        if (h < 1 || h > 2) {
            return false;
        }
        int groups = 0;
        while (k < to) {
            if (s.charAt(k) != ':' || k + 3 > to || !isDigit(s.charAt(k + 1)) || !isDigit(s.charAt(k + 2))) {
                return false;
            }
            k += 3;
            groups++;
        }
        return groups >= 1 && groups <= 2;
    }

    /** Whether {@code s[from, to)} is a numeric date: three digit fields split by one of '.', '/', '-'. */
    static boolean date(String s, int from, int to) {
        if (to > from && s.charAt(to - 1) == '.') {
            to--;
        }
        int fields = 0;
        int len = 0;
        char split = 0;
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (isDigit(c)) {
                len++;
                if (len > 4) {
                    return false;
                }
            } else {
                if (len == 0 || (split != 0 && c != split) || c == ':') {
                    return false;
                }
                split = c;
                fields++;
                len = 0;
            }
        }
        return len > 0 && fields == 2;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * Fills each empty bin from the next non-empty bin to its right (wrapping), offset by the distance:
     * the rotation densification of Shrivastava and Li (2014), which keeps the share of equal bins an
     * unbiased estimate of Jaccard similarity for texts with fewer shingles than bins.
     */
    private static void densify(long[] sketch) {
        int k = sketch.length;
        long[] own = sketch.clone();
        for (int b = 0; b < k; b++) {
            if (own[b] != EMPTY) {
                continue;
            }
            for (int d = 1; d < k; d++) {
                long v = own[(b + d) % k];
                if (v != EMPTY) {
                    // borrowed values never collide with an own value of the same bin by accident
                    sketch[b] = (v + d * ROTATION) | Long.MIN_VALUE;
                    break;
                }
            }
        }
    }

    /** Murmur3's 64-bit finaliser: every input bit affects every output bit. */
    static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB93FE1A85EC5L;
        h ^= h >>> 33;
        return h;
    }

    /** The first {@code n} values, sorted and without repeats (a loop: a stream pipeline cost more than the sort). */
    static long[] sortedDistinct(long[] values, int n) {
        long[] sorted = java.util.Arrays.copyOf(values, n);
        java.util.Arrays.sort(sorted);
        int kept = 0;
        for (int i = 0; i < n; i++) {
            if (kept == 0 || sorted[i] != sorted[kept - 1]) {
                sorted[kept++] = sorted[i];
            }
        }
        return kept == n ? sorted : java.util.Arrays.copyOf(sorted, kept);
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** Sixteen lower-case hex digits, zero-padded (as {@code Long.toHexString} padded to 16). */
    static String hex(long v) {
        char[] out = new char[16];
        for (int i = 15; i >= 0; i--) {
            out[i] = HEX[(int) (v & 0xF)];
            v >>>= 4;
        }
        return new String(out);
    }
}
