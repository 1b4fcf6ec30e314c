package io.newswire.enrich.language;

import io.newswire.model.Language;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Language identification by character trigrams, written for speed: one open-addressing lookup per
 * trigram in primitive arrays, no allocation per trigram. Lingua (measured in docs/EVALUATION.md)
 * gives the accuracy wanted but costs over a millisecond per article, forty times our normalization;
 * no maintained library scores trigrams this cheaply, so this class does, over Lingua's own trigram
 * probabilities (Apache-2.0, converted by {@code BuildLanguageModel}).
 *
 * <p>The script decides first: a script used by one language (Greek, Hebrew, Hangul, kana, Thai, the
 * Indic scripts but Devanagari, ...) names it; otherwise the languages written in the text's main
 * script are scored as naive Bayes over ln P(c3 | c1 c2), with a floor for unseen trigrams.
 *
 * <p>Immutable and thread-safe once loaded.
 */
public final class TrigramLanguageDetector {

    private static final String RESOURCE = "trigrams.bin.gz";
    /** ln P of a trigram a language has never seen: rare enough to count against it, not to veto it. */
    private static final float FLOOR = (float) Math.log(1e-5);
    /** Trigrams counted as independent evidence; beyond it, a longer text does not make us surer. */
    private static final double EVIDENCE = 8.0;
    /** Fewer trigrams than this do not make a sentence of their own for the mixed-text check. */
    private static final int MIN_CHUNK = 12;

    /** {@code UnicodeScript.values()} copies its array on every call; read it once. */
    private static final UnicodeScript[] ALL_SCRIPTS = UnicodeScript.values();

    private static final Map<UnicodeScript, String> UNIQUE_SCRIPTS = new EnumMap<>(Map.ofEntries(
            Map.entry(UnicodeScript.GREEK, "el"), Map.entry(UnicodeScript.HEBREW, "he"),
            Map.entry(UnicodeScript.ARMENIAN, "hy"), Map.entry(UnicodeScript.GEORGIAN, "ka"),
            Map.entry(UnicodeScript.BENGALI, "bn"), Map.entry(UnicodeScript.GUJARATI, "gu"),
            Map.entry(UnicodeScript.GURMUKHI, "pa"), Map.entry(UnicodeScript.TAMIL, "ta"),
            Map.entry(UnicodeScript.TELUGU, "te"), Map.entry(UnicodeScript.THAI, "th"),
            Map.entry(UnicodeScript.HANGUL, "ko"), Map.entry(UnicodeScript.HIRAGANA, "ja"),
            Map.entry(UnicodeScript.KATAKANA, "ja")));

    private final String[] languages;
    private final UnicodeScript[] scripts;
    /**
     * The open-addressing table, two longs per slot: the trigram's key, then its first posting
     * (high bits) and posting count (low 8 bits). Key and postings share a cache line, so a lookup
     * touches one line of the table instead of one line in each of three arrays: in the pipeline the
     * other stages' tables evict this one between articles, and the misses were most of its cost.
     */
    private final long[] table;
    private final byte[] postingLanguage;
    private final float[] postingGain;
    private final int mask;

    private TrigramLanguageDetector(String[] languages, UnicodeScript[] scripts, long[] table,
            byte[] postingLanguage, float[] postingGain) {
        this.languages = languages;
        this.scripts = scripts;
        this.table = table;
        this.postingLanguage = postingLanguage;
        this.postingGain = postingGain;
        this.mask = table.length / 2 - 1;
        int width = languages.length + 1;
        this.scratch = ThreadLocal.withInitial(() -> new double[MAX_CHUNKS][width]);
    }

    private static final class Holder {
        static final TrigramLanguageDetector INSTANCE = load();
    }

    /** The bundled model, loaded once per JVM. */
    public static TrigramLanguageDetector get() {
        return Holder.INSTANCE;
    }

    /**
     * What the detector saw in a text, before calibration: the language it would name, the share of
     * the trigram (and, for close relatives, word) evidence that language holds among the script's
     * languages ({@code share}), the share of sentences whose own best language agrees
     * ({@code agreement}), the share of letters in the main script, and the number of letters read.
     *
     * @param code ISO 639-1 code, {@code null} for a text of fewer than three letters
     * @param contested close relatives whose marker words speak against the call
     */
    public record Evidence(String code, double share, double agreement, double scriptShare, int letters,
            boolean contested) {

        /** Whether the language has close relatives it is told from by words (Malay, Bosnian, Bokmål, ...). */
        public boolean closeRelative() {
            return code != null && CloseRelatives.hasRelatives(code);
        }
    }

    /**
     * The language of {@code text}, reading at most {@code maxChars} characters, with a calibrated
     * confidence (see {@link #calibrate}); {@code code} is {@code null} ("und") when the confidence
     * is below {@value #UNDETERMINED_BELOW}, i.e. when the best guess is more likely wrong than right.
     */
    public Language detect(CharSequence text, int maxChars) {
        Evidence e = evidence(text, maxChars);
        if (e.code() == null) {
            return Language.UNDETERMINED;
        }
        double p = calibrate(e);
        return language(p < UNDETERMINED_BELOW ? null : e.code(), p);
    }

    /** Below this calibrated confidence the detector answers "und" (code {@code null}). */
    public static final double UNDETERMINED_BELOW = 0.5;

    /**
     * Weights of the logistic calibration over the evidence: bias, logit of the share, agreement,
     * script share, ln of the letters read (at most the sample), 1 for a language with close
     * relatives (where nearly all errors are). Fitted by
     * {@code newswire eval language --data langid --calibrate} on the even-numbered sentences of the
     * langid set, alone and joined in twos, threes and fives; reported on the odd-numbered ones
     * (docs/EVALUATION.md, "Language", calibration).
     */
    static final double[] CALIBRATION = {-8.4947, 0.6632, 0.9605, 6.5152, 0.6341, -1.8010};

    /**
     * The probability that {@code e.code()} is right: a logistic function of the evidence, times the
     * share of sentences that agree (the langid texts the weights were fitted on are never mixed, so
     * the fit cannot learn that a half-German text is at most half English), at most 0.5 when marker
     * words of a close relative speak against the call.
     */
    public static double calibrate(Evidence e) {
        double share = Math.min(1 - 1e-6, Math.max(1e-6, e.share()));
        double z = CALIBRATION[0] + CALIBRATION[1] * Math.log(share / (1 - share)) + CALIBRATION[2] * e.agreement()
                + CALIBRATION[3] * e.scriptShare() + CALIBRATION[4] * Math.log(Math.max(1, e.letters()))
                + CALIBRATION[5] * (e.closeRelative() ? 1 : 0);
        double p = e.agreement() / (1 + Math.exp(-z));
        return e.contested() ? Math.min(0.5, p) : p;
    }

    /** The uncalibrated evidence for the language of {@code text}, read up to {@code maxChars}. */
    public Evidence evidence(CharSequence text, int maxChars) {
        int end = Math.min(text.length(), maxChars);
        // Pass 1: letters per script.
        int[] scriptLetters = new int[ALL_SCRIPTS.length];
        int letters = 0;
        int asciiLetters = 0;
        int lettersBeforeCut = -1;
        int cut = end > EARLY_CHARS ? EARLY_CHARS : end;
        if (cut < end && Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut++; // a code point is read in one part
        }
        for (int i = 0; i < end; ) {
            if (i >= cut && lettersBeforeCut < 0) {
                lettersBeforeCut = letters + asciiLetters;
            }
            char ch = text.charAt(i);
            if (ch < 0x80) {
                // ASCII first: UnicodeScript.of is a binary search over the script ranges
                i++;
                if ((ch | 0x20) >= 'a' && (ch | 0x20) <= 'z') {
                    asciiLetters++;
                }
                continue;
            }
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                letters++;
                scriptLetters[UnicodeScript.of(cp).ordinal()]++;
            }
        }
        letters += asciiLetters;
        scriptLetters[UnicodeScript.LATIN.ordinal()] += asciiLetters;
        if (letters < 3) {
            return new Evidence(null, 0, 0, 0, letters, false);
        }
        UnicodeScript main = UnicodeScript.LATIN;
        int mainCount = -1;
        for (UnicodeScript s : ALL_SCRIPTS) {
            if (scriptLetters[s.ordinal()] > mainCount) {
                mainCount = scriptLetters[s.ordinal()];
                main = s;
            }
        }
        int kana = scriptLetters[UnicodeScript.HIRAGANA.ordinal()] + scriptLetters[UnicodeScript.KATAKANA.ordinal()];
        if (main == UnicodeScript.HAN || (kana > 0 && (main == UnicodeScript.HIRAGANA || main == UnicodeScript.KATAKANA))) {
            // Han with any kana is Japanese; Han alone is Chinese.
            int cjk = scriptLetters[UnicodeScript.HAN.ordinal()] + kana;
            return new Evidence(kana > 0 ? "ja" : "zh", 1.0, 1.0, (double) cjk / letters, letters, false);
        }
        String unique = UNIQUE_SCRIPTS.get(main);
        if (unique != null) {
            return new Evidence(unique, 1.0, 1.0, (double) mainCount / letters, letters, false);
        }
        // Letters read: the whole sample, or its first part when that settles the language. The script
        // share stays the sample's (both counts over the same characters).
        int lettersRead = letters;
        // Pass 2: trigram evidence for the languages of the main script, overall and per sentence:
        // sentences that disagree (mixed-language text) lower the confidence.
        double[] gain = new double[languages.length];
        double[] chunk = new double[languages.length];
        int[] chunkVotes = new int[languages.length];
        double[][] chunks = scratch.get();
        int chunkCount = 0;
        int chunkTrigrams = 0;
        int trigrams = 0;
        // Pass 2a: every trigram's postings header (or NONE), and the places a sentence may end
        // (BREAK). The lookups are independent of each other here, so the processor overlaps their
        // cache misses; in the pipeline the other stages' tables evict this one between articles,
        // and when each lookup was followed at once by the sum of its postings, the misses came one
        // after another and were most of this stage's cost. The first posting of each trigram is
        // read here too, for the same reason.
        long[] heads = end <= HEADS ? headScratch.get() : new long[end];
        float touched = 0;
        int c1 = -1;
        int c2 = -1;
        // Read in two parts: the first EARLY_CHARS characters, then the rest of the sample only when
        // the first part did not settle the language (see settled). Without a stop both parts add up
        // exactly as one pass would.
        int from = 0;
        for (int part = 0; part < 2 && from < end; part++) {
            int until = part == 0 ? cut : end;
            int count = 0;
            for (int i = from; i < until; ) {
                int cp = text.charAt(i);
                boolean letter;
                if (cp < 0x80) { // ASCII without the property tables, as in pass 1
                    i++;
                    letter = (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
                } else {
                    cp = Character.codePointAt(text, i);
                    i += Character.charCount(cp);
                    letter = Character.isLetter(cp);
                }
                if (!letter) {
                    c1 = -1;
                    c2 = -1;
                    if (cp == '.' || cp == '!' || cp == '?' || cp == '\n' || cp == '。') {
                        heads[count++] = BREAK;
                    }
                    continue;
                }
                int c3 = cp < 0x80 ? cp | 0x20 : Character.toLowerCase(cp);
                if (c1 >= 0) {
                    int slot = find(key(c1, c2, c3));
                    if (slot >= 0) {
                        long postings = table[2 * slot + 1];
                        int first = (int) (postings >>> 8);
                        touched += postingGain[first] + postingLanguage[first];
                        heads[count++] = postings;
                    } else {
                        heads[count++] = NONE;
                    }
                }
                c1 = c2;
                c2 = c3;
            }
            prefetchSink = touched;
            // Pass 2b: the sums, overall and per sentence.
            for (int h = 0; h < count; h++) {
                long postings = heads[h];
                if (postings == BREAK) {
                    if (chunkTrigrams >= MIN_CHUNK) {
                        chunkCount = keep(chunk, gain, chunkTrigrams, chunks, chunkCount);
                        chunkTrigrams = 0;
                    }
                    continue;
                }
                trigrams++;
                chunkTrigrams++;
                if (postings != NONE) {
                    int first = (int) (postings >>> 8);
                    int to = first + (int) (postings & 0xff);
                    // Only the sentence's sums: they are added to the text's (gain) when the sentence
                    // is kept, which halves the work of this, the detector's innermost loop.
                    for (int p = first; p < to; p++) {
                        chunk[postingLanguage[p]] += postingGain[p];
                    }
                }
            }
            from = until;
            if (part == 0 && until < end && settled(gain, chunk, chunks, chunkCount, main, trigrams)) {
                lettersRead = lettersBeforeCut; // what was read, for the calibration
                break;
            }
        }
        if (chunkTrigrams > 0) {
            chunkCount = keep(chunk, gain, chunkTrigrams, chunks, chunkCount);
        }
        int best = -1;
        int second = -1;
        for (int l = 0; l < languages.length; l++) {
            if (scripts[l] != main) {
                continue;
            }
            if (best < 0 || gain[l] > gain[best]) {
                second = best;
                best = l;
            } else if (second < 0 || gain[l] > gain[second]) {
                second = l;
            }
        }
        if (best < 0 || trigrams == 0) {
            return new Evidence(null, 0, 0, 0, lettersRead, false);
        }
        // Softmax over the main script's languages, tempered so that a long text counts as at most
        // EVIDENCE independent trigrams: mixed or ambiguous text stays uncertain however long it is.
        double temperature = Math.max(1.0, trigrams / EVIDENCE);
        double sum = 0;
        for (int l = 0; l < languages.length; l++) {
            if (scripts[l] == main) {
                sum += Math.exp((gain[l] - gain[best]) / temperature);
            }
        }
        double p = 1.0 / sum;
        for (int c = 0; c < chunkCount; c++) {
            vote(chunks[c], chunkVotes, main, best);
        }
        int voted = 0;
        for (int v : chunkVotes) {
            voted += v;
        }
        double agreement = voted == 0 ? 1.0 : (double) chunkVotes[best] / voted;
        if (main == UnicodeScript.LATIN && CloseRelatives.hasRelatives(languages[best])) {
            // Trigrams barely separate close relatives; their words decide. The confidence is the
            // group's (trigrams) times the chosen member's share of the word evidence; a call with
            // marker words against it is never a confident one.
            CloseRelatives.Call call = CloseRelatives.resolve(languages[best], text, end);
            double groupP = 0;
            int groupVotes = 0;
            for (String member : CloseRelatives.group(languages[best])) {
                int l = indexOf(member);
                if (l >= 0 && scripts[l] == main) {
                    groupP += Math.exp((gain[l] - gain[best]) / temperature) / sum;
                    groupVotes += chunkVotes[l];
                }
            }
            double groupAgreement = voted == 0 ? 1.0 : (double) groupVotes / voted;
            double share = groupP * call.share();
            if (call.against() > 0) {
                share = Math.min(0.5, share);
            }
            return new Evidence(call.code(), share, groupAgreement, (double) mainCount / letters, lettersRead,
                    call.against() > 0);
        }
        return new Evidence(languages[best], p, agreement, (double) mainCount / letters, lettersRead, false);
    }

    private int indexOf(String code) {
        for (int l = 0; l < languages.length; l++) {
            if (languages[l].equals(code)) {
                return l;
            }
        }
        return -1;
    }

    /** Characters read before {@link #settled} may end the reading. */
    static final int EARLY_CHARS = 400;
    /** Trigrams the first part must hold for {@link #settled} to end the reading. */
    static final int EARLY_TRIGRAMS = 120;
    /**
     * ln-probability by which the leading language must lead the next one, summed over the first
     * part, for {@link #settled} to end the reading. News copy in one language leads by 0.34-0.62 per
     * trigram (the bench's stories, first 400 characters), 70-120 in all; the rest of an 800-character
     * sample could overturn a lead of 40 only by being written in another language, which the
     * sentence votes of the first part would already show in a mixed text.
     */
    static final double EARLY_LEAD = 40.0;

    /**
     * Whether the first part of the sample settles the language: enough trigrams, a leader far ahead
     * of the next language of the script, no close relatives (they are told apart by words over the
     * whole sample), and every sentence kept so far voting for it (a mixed text reads on).
     */
    private boolean settled(double[] gain, double[] chunk, double[][] chunks, int chunkCount, UnicodeScript main,
            int trigrams) {
        if (trigrams < EARLY_TRIGRAMS) {
            return false;
        }
        int best = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        double secondScore = Double.NEGATIVE_INFINITY;
        for (int l = 0; l < languages.length; l++) {
            if (scripts[l] != main) {
                continue;
            }
            double g = gain[l] + chunk[l];
            if (g > bestScore) {
                secondScore = bestScore;
                bestScore = g;
                best = l;
            } else if (g > secondScore) {
                secondScore = g;
            }
        }
        if (best < 0 || secondScore == Double.NEGATIVE_INFINITY
                || bestScore - secondScore < EARLY_LEAD
                || CloseRelatives.hasRelatives(languages[best])) {
            return false;
        }
        for (int c = 0; c < chunkCount; c++) {
            double[] row = chunks[c];
            for (int l = 0; l < languages.length; l++) {
                if (scripts[l] == main && row[l] > row[best]) {
                    return false;
                }
            }
        }
        return true;
    }

    /** {@link #evidence}'s marks in its list of postings headers: no such trigram, a sentence may end here. */
    private static final long NONE = -1;
    private static final long BREAK = -2;
    /** Characters a text may have for the per-thread list of headers to hold all of its trigrams. */
    private static final int HEADS = 4096;
    /** Per-thread list of postings headers, one per trigram read. */
    private final ThreadLocal<long[]> headScratch = ThreadLocal.withInitial(() -> new long[HEADS]);
    /**
     * Where pass 2a's early reads of the postings go, so that the compiler keeps them: their only
     * purpose is to start the loads. Written racily by any thread; its value is never read.
     */
    @SuppressWarnings("unused")
    private static float prefetchSink;

    /** Sentences kept per text for the agreement check; later ones are added to the last. */
    private static final int MAX_CHUNKS = 48;
    /** Per-thread sentence scores (one row per sentence, its trigram count in the last column). */
    private final ThreadLocal<double[][]> scratch;

    /** Keeps a sentence's scores and trigram count for {@link #vote}, clears them; the new count. */
    private int keep(double[] chunk, double[] gain, int trigramCount, double[][] chunks, int count) {
        int row = Math.min(count, MAX_CHUNKS - 1);
        double[] target = chunks[row];
        if (row == count) {
            java.util.Arrays.fill(target, 0.0);
        }
        for (int l = 0; l < chunk.length; l++) {
            target[l] += chunk[l];
            gain[l] += chunk[l];
        }
        target[chunk.length] += trigramCount;
        java.util.Arrays.fill(chunk, 0.0);
        return row + 1;
    }

    /**
     * Adds a sentence's trigram count to the votes of the text's language, or of the sentence's own
     * best language when the sentence prefers it by more than {@value #OWN_VOTE_MARGIN} per trigram:
     * a German sentence in English copy votes German, an English sentence full of Tagalog or Spanish
     * names does not.
     */
    private void vote(double[] row, int[] votes, UnicodeScript main, int textBest) {
        int own = textBest;
        for (int l = 0; l < languages.length; l++) {
            if (scripts[l] == main && row[l] > row[own]) {
                own = l;
            }
        }
        int weight = (int) row[languages.length];
        votes[(row[own] - row[textBest]) / Math.max(1, weight) > OWN_VOTE_MARGIN ? own : textBest] += weight;
    }

    /** ln-probability per trigram by which a sentence must prefer another language to vote for it. */
    private static final double OWN_VOTE_MARGIN = 0.3;

    private static Language language(String code, double confidence) {
        return new Language(code, Math.round(Math.max(0, Math.min(1, confidence)) * 1000) / 1000.0);
    }

    private int find(long key) {
        int slot = (int) mix(key) & mask;
        while (true) {
            long k = table[2 * slot];
            if (k == key) {
                return slot;
            }
            if (k == 0) {
                return -1;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** Three code points (21 bits each) in one long; never 0 for letters. */
    private static long key(int c1, int c2, int c3) {
        return ((long) c1 << 42) | ((long) c2 << 21) | c3;
    }

    private static long mix(long x) {
        x ^= x >>> 33;
        x *= 0xff51afd7ed558ccdL;
        x ^= x >>> 33;
        return x;
    }

    private static TrigramLanguageDetector load() {
        try (InputStream raw = TrigramLanguageDetector.class.getResourceAsStream(RESOURCE)) {
            if (raw == null) {
                throw new IllegalStateException(RESOURCE + " missing from the classpath");
            }
            DataInputStream in = new DataInputStream(new GZIPInputStream(raw, 1 << 16));
            if (!in.readUTF().equals("NWLM1")) {
                throw new IllegalStateException(RESOURCE + " is not a newswire language model");
            }
            String[] languages = new String[in.readInt()];
            for (int i = 0; i < languages.length; i++) {
                languages[i] = in.readUTF();
            }
            int n = in.readInt();
            // At most half full: a probe past the home slot mostly stays in its cache line (four
            // slots of 16 bytes per line), and the table is 8 MB for the bundled model, not 16.
            int capacity = Integer.highestOneBit(Math.max(16, n * 2 - 1)) << 1;
            long[] table = new long[2 * capacity];
            int mask = capacity - 1;
            byte[] postingLanguage = new byte[n * 4];
            float[] postingGain = new float[n * 4];
            int postings = 0;
            long[] scriptVotes = new long[languages.length * ALL_SCRIPTS.length];
            for (int t = 0; t < n; t++) {
                String trigram = in.readUTF();
                int c1 = trigram.codePointAt(0);
                int c2 = trigram.codePointAt(Character.charCount(c1));
                int c3 = trigram.codePointAt(Character.charCount(c1) + Character.charCount(c2));
                long key = key(c1, c2, c3);
                int slot = (int) mix(key) & mask;
                while (table[2 * slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                table[2 * slot] = key;
                int k = in.readUnsignedByte();
                if (postings + k > postingLanguage.length) {
                    int size = Math.max(postingLanguage.length * 2, postings + k);
                    postingLanguage = java.util.Arrays.copyOf(postingLanguage, size);
                    postingGain = java.util.Arrays.copyOf(postingGain, size);
                }
                table[2 * slot + 1] = ((long) postings << 8) | k;
                UnicodeScript script = UnicodeScript.of(c2);
                for (int p = 0; p < k; p++) {
                    int lang = in.readUnsignedByte();
                    float logp = in.readFloat();
                    postingLanguage[postings] = (byte) lang;
                    postingGain[postings] = logp - FLOOR;
                    postings++;
                    scriptVotes[lang * ALL_SCRIPTS.length + script.ordinal()]++;
                }
            }
            UnicodeScript[] scripts = new UnicodeScript[languages.length];
            for (int l = 0; l < languages.length; l++) {
                long bestVotes = -1;
                for (UnicodeScript s : ALL_SCRIPTS) {
                    long v = scriptVotes[l * ALL_SCRIPTS.length + s.ordinal()];
                    if (s != UnicodeScript.COMMON && s != UnicodeScript.INHERITED && v > bestVotes) {
                        bestVotes = v;
                        scripts[l] = s;
                    }
                }
            }
            return new TrigramLanguageDetector(languages, scripts, table,
                    java.util.Arrays.copyOf(postingLanguage, postings), java.util.Arrays.copyOf(postingGain, postings));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
