package io.newswire.enrich.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one place where names are folded for matching, in four named variants. Each variant's output
 * is persisted somewhere (gazetteer keys in {@code gazetteer.bin.gz}, entity ids in stored articles,
 * hashes in the tagger model), so their rules differ where they were published differently and are
 * frozen; a new caller picks a variant here instead of writing another routine.
 *
 * <ul>
 *   <li>{@code PLACE} ({@link #key}, {@link #append}, and {@link #folded}):
 *   how a place name becomes a lookup key, shared by the gazetteer loader and the spotter so that both
 *   sides always agree. A name is cut into tokens (runs of letters, digits and combining marks); each
 *   character is folded (lower case, accents stripped, "ß" to "ss", "ø" to "o"); the key is a 64-bit
 *   FNV-1a hash over the folded tokens joined by one space. Hashing instead of building a string lets
 *   the spotter extend a candidate span token by token without allocating.</li>
 *   <li>{@code NAME} ({@link #nameKey}, {@link #withinOneEdit}): the transliteration key of a person's
 *   or organisation's name, on which the entities stage groups spellings and the link stage builds
 *   ids. Accents stripped but "ø", "ß" kept, punctuation inside words dropped, romanisation letter
 *   rules applied.</li>
 *   <li>{@code VARIANT} ({@link #variantKey}, {@link #isVariant}): spelling variants on top of
 *   {@code NAME} (Gwadar / Gawadar, Sistan-Baluchistan / Sistan and Balouchestan, Mohammad / Muhammad),
 *   used by the gazetteer's variant table and by the link stage; never part of an id.</li>
 *   <li>{@code MODEL} ({@link #modelChar}, {@link #modelForm}): the tagger's view of a word, lower case
 *   with digits as 0 and accents kept, which its features hash.</li>
 * </ul>
 */
public final class Folding {

    public static final long BASIS = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final String DROPPED_CHARS = "'\u2019\u2018`\u02BC\u02BB\u02BF\u02BE.-\u2010\u2011";


    // ---- variant PLACE ----

    /** {@link #computeIsTokenChar} of every UTF-16 unit, one bit each; made before {@link #FOLD}, which reads it. */
    private static final long[] TOKEN_CHARS = tokenChars();

    private static long[] tokenChars() {
        long[] bits = new long[65536 / 64];
        for (int c = 0; c < 65536; c++) {
            if (computeIsTokenChar((char) c)) {
                bits[c >>> 6] |= 1L << c;
            }
        }
        return bits;
    }

    /** Folded form of each UTF-16 unit; 0 = dropped (a mark), 0xFFFF = see {@link #EXPANSIONS}. */
    private static final char[] FOLD = new char[65536];
    private static final String[] EXPANSIONS = new String[65536];

    static {
        for (int c = 0; c < 65536; c++) {
            char ch = (char) c;
            if (!isTokenChar(ch)) {
                continue;
            }
            String special = switch (ch) {
                case 'ß' -> "ss";
                case 'æ', 'Æ' -> "ae";
                case 'œ', 'Œ' -> "oe";
                case 'ø', 'Ø' -> "o";
                case 'ł', 'Ł' -> "l";
                case 'đ', 'Đ', 'ð', 'Ð' -> "d";
                case 'þ', 'Þ' -> "th";
                case 'ı' -> "i";
                default -> null;
            };
            String f = special != null ? special : fold(ch);
            if (f.isEmpty()) {
                FOLD[c] = 0;
            } else if (f.length() == 1) {
                FOLD[c] = f.charAt(0);
            } else {
                FOLD[c] = 0xFFFF;
                EXPANSIONS[c] = f;
            }
        }
    }

    private Folding() {
    }

    private static String fold(char ch) {
        String d = Normalizer.normalize(String.valueOf(ch), Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char x = d.charAt(i);
            if (Character.getType(x) != Character.NON_SPACING_MARK) {
                sb.append(x);
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether {@code c} is a token character: a letter, a digit or a combining mark. Read from a table of one bit per
     * UTF-16 unit (8 KB), since the geo stage asks it of every character of every text, and beyond ASCII the
     * question costs the JDK's character-property lookups two or three times.
     */
    public static boolean isTokenChar(char c) {
        return (TOKEN_CHARS[c >>> 6] & 1L << c) != 0;
    }

    /** {@link #isTokenChar} worked out from the JDK's character properties (for {@link #TOKEN_CHARS}). */
    private static boolean computeIsTokenChar(char c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        int t = Character.getType(c);
        return Character.isLetterOrDigit(c) || t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK;
    }

    /** Hash of one token {@code s[start, end)} appended to {@code h}; {@code first} = no space before it. */
    public static long mixToken(long h, CharSequence s, int start, int end, boolean first) {
        if (!first) {
            h = (h ^ ' ') * PRIME;
        }
        for (int i = start; i < end; i++) {
            char f = FOLD[s.charAt(i)];
            if (f == 0) {
                continue;
            }
            if (f == 0xFFFF) {
                String e = EXPANSIONS[s.charAt(i)];
                for (int k = 0; k < e.length(); k++) {
                    h = (h ^ e.charAt(k)) * PRIME;
                }
            } else {
                h = (h ^ f) * PRIME;
            }
        }
        return h;
    }

    /** Appends the folded form of {@code s[start, end)} to {@code out}. */
    public static void appendFolded(StringBuilder out, CharSequence s, int start, int end) {
        for (int i = start; i < end; i++) {
            char f = FOLD[s.charAt(i)];
            if (f == 0xFFFF) {
                out.append(EXPANSIONS[s.charAt(i)]);
            } else if (f != 0) {
                out.append(f);
            }
        }
    }

    /** The key of a whole name, as {@link #mixToken} over its tokens gives it; 0 for a name without tokens. */
    public static long key(CharSequence name) {
        return append(0, name, 0, name.length());
    }

    /** {@link #key} of {@code s[start, end)}, without copying it out. */
    public static long key(CharSequence s, int start, int end) {
        return append(0, s, start, end);
    }

    /**
     * The {@link #key} of the name whose key is {@code key} (0: the empty name) followed by a space and
     * {@code word}: {@code append(append(0, "New"), "York") == key("New York")}. 0 when {@code word} has
     * no token characters.
     */
    public static long append(long key, CharSequence word) {
        return append(key, word, 0, word.length());
    }

    private static long append(long key, CharSequence s, int from, int to) {
        boolean first = key == 0;
        long h = first ? BASIS : key;
        boolean added = false;
        int i = from;
        while (i < to) {
            while (i < to && !isTokenChar(s.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < to && isTokenChar(s.charAt(i))) {
                i++;
            }
            if (i > start) {
                h = mixToken(h, s, start, i, first);
                first = false;
                added = true;
            }
        }
        return added ? h : 0;
    }

    /** The folded tokens of a name joined by single spaces ("Côte d'Ivoire" to "cote d ivoire"). */
    public static String folded(CharSequence name) {
        StringBuilder sb = new StringBuilder(name.length());
        int i = 0;
        int n = name.length();
        while (i < n) {
            while (i < n && !isTokenChar(name.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && isTokenChar(name.charAt(i))) {
                i++;
            }
            if (i > start) {
                if (!sb.isEmpty()) {
                    sb.append(' ');
                }
                appendFolded(sb, name, start, i);
            }
        }
        return sb.toString();
    }

    // ---- variant NAME: the transliteration key of a person's or organisation's name ----

    /**
     * The {@code NAME} variant: a matching key for names romanised from Persian, Arabic, Pashto or Urdu,
     * where one name is spelt many ways in English-language news: Baqeri / Bagheri, Mohammad / Muhammad
     * / Mohamed, Qasem / Ghasem / Kasem, Rouhani / Ruhani. Two spellings with the same key are taken for
     * the same name; entity ids are built from it, so its rules are frozen.
     *
     * <p>The rules, in order: Unicode NFD with the combining marks dropped (Sayyâd = Sayyad), lower case
     * (per character), apostrophes, hyphens and periods dropped (Da'esh = Daesh, al-Assad = alAssad);
     * then per letter: {@code gh}, {@code q}, {@code kh} and {@code ck} become {@code k}; {@code ou} and
     * {@code oo} and {@code o} become {@code u}; {@code ee} becomes {@code i}; {@code e} becomes
     * {@code a}; {@code ph} becomes {@code f}; finally doubled letters are single (Mohammad = Mohamad).
     * Spaces separate words in the key.
     */
    public static String nameKey(String name) {
        StringBuilder out = new StringBuilder(name.length());
        nameKeyInto(name, 0, name.length(), out, new StringBuilder(name.length()));
        return out.toString();
    }

    /**
     * Per UTF-16 unit: 0 not yet known, 1 when NFD leaves the unit as it is wherever it stands (it
     * decomposes to itself, is no combining mark, and has combining class 0, so nothing is reordered
     * around it), 2 otherwise. A name whose non-ASCII units are all such (curly apostrophes and quotes,
     * dashes, a dotless i) comes out of {@link #nameKeyInto}'s NFD and mark removal unchanged, so that
     * step (a normalisation and a regular expression, with their strings) is skipped for it. Filled on
     * first sight of each unit; a racy write of the same value is harmless.
     */
    private static final byte[] NFD_STABLE = new byte[65536];

    static boolean nfdStable(char c) {
        byte known = NFD_STABLE[c];
        if (known == 0) {
            known = computeNfdStable(c) ? (byte) 1 : (byte) 2;
            NFD_STABLE[c] = known;
        }
        return known == 1;
    }

    private static boolean computeNfdStable(char c) {
        if (Character.isSurrogate(c)) {
            return false; // a pair may decompose
        }
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK) {
            return false;
        }
        String alone = String.valueOf(c);
        // combining class 0: not moved past a mark of class 232 before it, nor a mark of class 1 after it
        String afterMark = "\u0315" + c;
        String beforeMark = c + "\u0334";
        return Normalizer.normalize(alone, Normalizer.Form.NFD).equals(alone)
                && Normalizer.normalize(afterMark, Normalizer.Form.NFD).equals(afterMark)
                && Normalizer.normalize(beforeMark, Normalizer.Form.NFD).equals(beforeMark);
    }

    /** {@link #nameKey} of {@code src[from, to)} into {@code out} (cleared first), {@code b} a scratch buffer. */
    private static void nameKeyInto(CharSequence src, int from, int to, StringBuilder out, StringBuilder b) {
        CharSequence s = src;
        for (int i = from; i < to; i++) {
            if (s.charAt(i) > 0x7F && !nfdStable(s.charAt(i))) {
                s = MARKS.matcher(Normalizer.normalize(src.subSequence(from, to), Normalizer.Form.NFD)).replaceAll("");
                from = 0;
                to = s.length();
                break;
            }
        }
        // One pass: lower case, dropped punctuation, single spaces; then the letter rules.
        b.setLength(0);
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (b.length() > 0 && b.charAt(b.length() - 1) != ' ') {
                    b.append(' ');
                }
            } else if (DROPPED_CHARS.indexOf(c) < 0) {
                b.append(Character.toLowerCase(c));
            }
        }
        int len = b.length();
        if (len > 0 && b.charAt(len - 1) == ' ') {
            b.setLength(len - 1);
        }
        out.setLength(0);
        char last = 0;
        for (int i = 0; i < b.length(); i++) {
            char c = b.charAt(i);
            char next = i + 1 < b.length() ? b.charAt(i + 1) : 0;
            char m;
            if ((c == 'g' || c == 'k') && next == 'h' || c == 'c' && next == 'k') {
                m = 'k';
                i++;
            } else if (c == 'p' && next == 'h') {
                m = 'f';
                i++;
            } else if ((c == 'o' && (next == 'u' || next == 'o'))) {
                m = 'u';
                i++;
            } else if (c == 'e' && next == 'e') {
                m = 'i';
                i++;
            } else if (c == 'q') {
                m = 'k';
            } else if (c == 'o') {
                m = 'u';
            } else if (c == 'e') {
                m = 'a';
            } else {
                m = c;
            }
            if (m != last || m == ' ') {
                out.append(m);
            }
            last = m;
        }
    }

    // ---- VARIANT: the spelling key on top of NAME, shared by places (gazetteer) and people (link) ----

    /**
     * The spelling-variant key of a place's or person's name, on top of {@link #nameKey} (whose output
     * it never changes): Gwadar / Gawadar, Kerman / Kirman, Turbat / Torbat, Esfahan / Isfahan,
     * Sistan-Baluchistan / Sistan and Balouchestan, Mohammad / Muhammad / Mohamed all meet. Romanisations
     * of Persian, Arabic, Urdu and Pashto mostly disagree about vowels, so the key keeps the consonant
     * frame.
     *
     * <p>The rules, after {@link #nameKey} (accents, case, punctuation and hyphens, kh/gh/q/ck to k,
     * ph to f, ou/oo/o to u, ee to i, e to a, doubled letters): the word "and" ("&amp;", Persian "va") between two
     * words is dropped and the words are joined (hyphens already join them); {@code dj} becomes
     * {@code j}, {@code w} becomes {@code v}, {@code y} before a consonant or at the end becomes
     * {@code i}; a run of vowels at the start becomes {@code a}; a run of vowels between two
     * consonants is dropped (a final vowel stays); doubled letters become one again. Letters outside
     * Latin are kept as they are.
     *
     * <p>The key alone is coarse (Kirman and Karaman share it): {@link #isVariant} is the test callers
     * use, which also bounds the edit distance between the two names' {@link #nameKey}s. Kerman and
     * Karaman, one vowel apart, pass even that; context has to tell them apart.
     */
    public static String variantKey(String name) {
        Buffers b = new Buffers();
        variantInto(name, 0, name.length(), b);
        return b.out.toString();
    }

    /**
     * {@link #key} of {@link #variantKey} of {@code s[start, end)}, computed in per-thread buffers: the
     * geo stage asks it of every capitalised word the gazetteer does not know, so it allocates nothing
     * for a name in ASCII. 0 when the variant is shorter than {@code minLength}.
     */
    public static long variantKeyHash(CharSequence s, int start, int end, int minLength) {
        Buffers b = BUFFERS.get();
        variantInto(s, start, end, b);
        return b.out.length() < minLength ? 0 : key(b.out);
    }

    private static final ThreadLocal<Buffers> BUFFERS = ThreadLocal.withInitial(Buffers::new);

    /** Scratch space of the variant routines; {@code out} holds the result. */
    private static final class Buffers {
        final StringBuilder out = new StringBuilder(64);
        final StringBuilder a = new StringBuilder(64);
        final StringBuilder b = new StringBuilder(64);
    }

    private static void variantInto(CharSequence s, int start, int end, Buffers buf) {
        transliteratedInto(s, start, end, buf);
        consonantFrame(buf.a, buf.out);
    }

    /**
     * {@link #nameKey}, connectors dropped and words joined, with the variant's letter pairs (dj to j,
     * w to v, y as a vowel to i), into {@code buf.a}.
     */
    private static void transliteratedInto(CharSequence s, int start, int end, Buffers buf) {
        nameKeyInto(s, start, end, buf.out, buf.b);
        joined(buf.out, buf.b);
        StringBuilder k = buf.b;
        StringBuilder t = buf.a;
        t.setLength(0);
        for (int i = 0; i < k.length(); i++) {
            char c = k.charAt(i);
            char next = i + 1 < k.length() ? k.charAt(i + 1) : 0;
            if (c == 'd' && next == 'j') {
                continue;
            }
            if (c == 'w') {
                c = 'v';
            } else if (c == 'y' && i > 0 && (next == 0 || !isVowel(next))) {
                c = 'i';
            }
            t.append(c);
        }
    }

    /** Vowel runs: a leading one becomes "a", one between consonants goes, a final one stays; doubles once. */
    private static void consonantFrame(CharSequence t, StringBuilder out) {
        out.setLength(0);
        int i = 0;
        int n = t.length();
        while (i < n) {
            char c = t.charAt(i);
            if (!isVowel(c)) {
                if (out.isEmpty() || out.charAt(out.length() - 1) != c) {
                    out.append(c);
                }
                i++;
                continue;
            }
            int j = i;
            while (j < n && isVowel(t.charAt(j))) {
                j++;
            }
            if (i == 0) {
                out.append('a');
            } else if (j == n) {
                out.append(t, i, j);
            }
            // else: vowels between two consonants, dropped
            i = j;
        }
    }

    /**
     * Whether two names are spellings of one name: the same {@link #nameKey} after the letter pairs
     * below, or the same {@link #variantKey} with both at least
     * {@value #VARIANT_MIN_CHARS} letters in {@link #nameKey} (shorter names collide too easily: Salem,
     * Salim; Kano, Keno), and their {@link #nameKey}s (words joined, "and" dropped, the letter pairs
     * of {@link #variantKey} applied) at most one edit apart per
     * {@value #VARIANT_CHARS_PER_EDIT} letters (at least one).
     */
    public static boolean isVariant(String a, String b) {
        return isVariant(a, 0, a.length(), b);
    }

    /**
     * {@link #isVariant(String, String)} of {@code a[start, end)} and {@code b}, in per-thread buffers:
     * the geo stage asks it of every entry a variant key finds, so it allocates nothing until the two
     * consonant frames agree.
     */
    public static boolean isVariant(CharSequence a, int start, int end, CharSequence b) {
        Buffers ba = BUFFERS.get();
        Buffers bb = OTHER_BUFFERS.get();
        transliteratedInto(a, start, end, ba);
        transliteratedInto(b, 0, b.length(), bb);
        StringBuilder ka = ba.a;
        StringBuilder kb = bb.a;
        if (ka.length() == kb.length() && ka.compareTo(kb) == 0) {
            // as strict as nameKey, which entity ids already trust; four letters are too few (Kano, Keno)
            return ka.length() > 4;
        }
        if (Math.min(ka.length(), kb.length()) < VARIANT_MIN_CHARS) {
            return false;
        }
        consonantFrame(ka, ba.out);
        consonantFrame(kb, bb.out);
        if (ba.out.compareTo(bb.out) != 0) {
            return false;
        }
        int bound = Math.max(1, Math.min(ka.length(), kb.length()) / VARIANT_CHARS_PER_EDIT);
        return editDistance(ka, kb, bound) <= bound;
    }

    private static final ThreadLocal<Buffers> OTHER_BUFFERS = ThreadLocal.withInitial(Buffers::new);

    /** Shortest {@link #nameKey} (words joined) {@link #isVariant} accepts. */
    public static final int VARIANT_MIN_CHARS = 6;
    /** {@link #isVariant} allows one edit per this many letters. */
    public static final int VARIANT_CHARS_PER_EDIT = 5;

    /**
     * {@code k}, a {@link #nameKey}, with the connecting words "and", "&amp;" and Persian "va"
     * (Kohgiluyeh va Boyer-Ahmad) between two words dropped and the words joined, into {@code b}.
     */
    private static void joined(CharSequence k, StringBuilder b) {
        b.setLength(0);
        int n = k.length();
        int i = 0;
        while (i < n) {
            int j = i;
            while (j < n && k.charAt(j) != ' ') {
                j++;
            }
            boolean connector = (j - i == 3 && k.charAt(i) == 'a' && k.charAt(i + 1) == 'n' && k.charAt(i + 2) == 'd'
                    || j - i == 1 && k.charAt(i) == '&'
                    || j - i == 2 && k.charAt(i) == 'v' && k.charAt(i + 1) == 'a')
                    && i > 0 && j < n;
            if (!connector) {
                b.append(k, i, j);
            }
            i = j + 1;
        }
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    /** Levenshtein distance of two short strings, or {@code bound + 1} once it must exceed {@code bound}. */
    static int editDistance(CharSequence a, CharSequence b, int bound) {
        if (Math.abs(a.length() - b.length()) > bound) {
            return bound + 1;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > bound) {
                return bound + 1;
            }
            int[] swap = prev;
            prev = cur;
            cur = swap;
        }
        return prev[b.length()];
    }

    /** Whether two {@link #nameKey}s are at most one edit apart (insertion, deletion or substitution). */
    public static boolean withinOneEdit(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1) {
            return false;
        }
        if (la > lb) {
            return withinOneEdit(b, a);
        }
        int i = 0;
        while (i < la && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (la == lb) {
            return a.substring(i + 1).equals(b.substring(i + 1));
        }
        return a.substring(i).equals(b.substring(i + 1));
    }

    // ---- variant MODEL: the tagger's view of a character ----

    /**
     * The {@code MODEL} variant, one character: lower case, every digit a 0, accents kept. The tagger's
     * features and its case lexicon are hashes of it, so changing it means retraining the model.
     */
    public static char modelChar(char c) {
        if (c < 0x80) {
            return c >= '0' && c <= '9' ? '0' : c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return Character.isDigit(c) ? '0' : Character.toLowerCase(c);
    }

    /** The {@code MODEL} variant of a word: {@link #modelChar} of each character. */
    public static String modelForm(String word) {
        StringBuilder sb = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            sb.append(modelChar(word.charAt(i)));
        }
        return sb.toString();
    }
}
