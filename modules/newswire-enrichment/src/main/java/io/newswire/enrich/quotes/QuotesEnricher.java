package io.newswire.enrich.quotes;

import io.newswire.enrich.api.Enricher;
import io.newswire.enrich.text.FoldedWords;
import io.newswire.enrich.text.Tokenizer;
import io.newswire.enrich.text.WordList;
import io.newswire.enrich.text.WordSet;
import io.newswire.model.Article;
import io.newswire.model.Entity;
import io.newswire.model.EntityType;
import io.newswire.model.Mention;
import io.newswire.model.Quote;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The quotes stage, after link: direct quotes (straight and curly marks, a quote running over
 * paragraphs that each open with a mark, the pieces of one quote in one paragraph joined into one
 * content span: '“A,” X said, “B.”', '“A,” X said. “B.”'; a paragraph that opens with a quote after
 * the attribution's own paragraph is a quote of its own with the same speaker and cue, so that no
 * content runs over the narration into the next paragraph) and indirect reported speech ("X said that ...", "..., X said", "according to X, ...", and
 * quoted words inside a clause: 'X said that “...”'), each with its cue, the speaker as written, and
 * the speaker as an entity id ({@link Speakers}: a name is the entity it is a mention of; "he"/"she"
 * the clear person of the sentence before; "the minister", "the daily" the nearest entity whose role
 * or kind fits, else none). English only. The sentence split used for reported speech is in one place, {@code indirect}.
 *
 * <p>Rules, not a model: the labelled attribution corpora (PolNeAR, PARC) carry no licence for
 * shipping, and wire copy attributes speech in a few fixed constructions. Stateless and thread-safe.
 */
public final class QuotesEnricher implements Enricher {

    /**
     * Characters read, as many as the entity stage reads (speakers resolve to its entities). Every scan
     * is linear or bounded ({@link #SENTENCE_SCAN}): the cost grows with the text, no faster.
     */
    static final int MAX_CHARS = 100_000;
    /** The farthest a sentence start or end is looked for, so that text without full stops stays linear. */
    private static final int SENTENCE_SCAN = 1_500;
    /** A direct quote shorter than this many words without a cue beside it is a scare quote ("soon"). */
    private static final Set<String> CUES = WordList.load(QuotesEnricher.class, "cues.txt");
    private static final Set<String> PERSON_WORDS = WordList.load(QuotesEnricher.class, "person-words.txt");
    private static final Set<String> ORG_WORDS = WordList.load(QuotesEnricher.class, "org-words.txt");
    private static final Set<String> DIRECT_CUES = WordList.load(QuotesEnricher.class, "direct-cues.txt");
    private static final Set<String> PERSON_PLURALS = plurals(PERSON_WORDS);

    private static Set<String> plurals(Set<String> words) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String w : words) {
            out.add(w + "s");
        }
        return WordSet.copyOf(out);
    }

    /** Hashes of the cue words (and "according"), sorted: a sentence without one is skipped unread. */
    /**
     * The lower-case hashes of the cues and "according", as an open-addressing set (0 marks a free
     * slot; no cue hashes to 0): one probe per word instead of a binary search, which was a tenth of
     * the stage's time.
     */
    private static final int[] CUE_HASHES = cueHashes();
    private static final int CUE_MASK = CUE_HASHES.length - 1;

    private static int[] cueHashes() {
        java.util.Set<Integer> h = new java.util.HashSet<>();
        for (String c : CUES) {
            h.add(c.hashCode());
        }
        h.add("according".hashCode());
        int size = Integer.highestOneBit(Math.max(16, h.size() * 4) - 1) << 1;
        int[] table = new int[size];
        for (int v : h) {
            if (v == 0) {
                throw new IllegalStateException("a cue hashes to 0");
            }
            int s = spread(v) & (size - 1);
            while (table[s] != 0) {
                s = (s + 1) & (size - 1);
            }
            table[s] = v;
        }
        return table;
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    private static boolean isCueHash(int h) {
        for (int s = spread(h) & CUE_MASK; ; s = (s + 1) & CUE_MASK) {
            int v = CUE_HASHES[s];
            if (v == h) {
                return h != 0;
            }
            if (v == 0) {
                return false;
            }
        }
    }

    /** Whether {@code text[s, e)} has a word whose lower-case hash is a cue's: no allocation. */
    static boolean mayHaveCue(String text, int s, int e) {
        int h = 0;
        int len = 0;
        for (int i = s; i <= e; i++) {
            char c = i < e ? text.charAt(i) : ' ';
            if (Character.isLetter(c)) {
                h = 31 * h + Character.toLowerCase(c);
                len++;
            } else {
                if (len >= 3 && isCueHash(h)) {
                    return true;
                }
                h = 0;
                len = 0;
            }
        }
        return false;
    }

    @Override
    public String name() {
        return "quotes";
    }

    @Override
    public Article enrich(Article article) {
        if (!"en".equals(article.language().code())) {
            return article.quotes().isEmpty() ? article : article.toBuilder().quotes(List.of()).build();
        }
        return article.toBuilder().quotes(extract(article.text(), article.entities())).build();
    }

    /**
     * A word or punctuation mark of a window of text. Its lower-case form ({@link #low}) is looked up
     * only when a rule asks for it: the reported-speech pass reads every word of a sentence with a cue,
     * and most of them are only tested for being a cue, which {@link #mayBeCue} answers without it.
     */
    static final class W {
        private final String text;
        private final int start;
        private final int end;
        private String low;

        W(String text, int start, int end) {
            this.text = text;
            this.start = start;
            this.end = end;
        }

        int start() {
            return start;
        }

        int end() {
            return end;
        }

        /** The word lower-cased as {@link QuotesEnricher#low(String, int, int)} gives it. */
        String low() {
            String l = low;
            if (l == null) {
                l = QuotesEnricher.low(text, start, end);
                low = l;
            }
            return l;
        }

        /**
         * False only when the word is surely neither a cue nor "according": an ASCII word whose
         * lower-case hash is none of theirs. A word with any other character answers true.
         */
        boolean mayBeCue() {
            int h = 0;
            for (int i = start; i < end; i++) {
                char c = text.charAt(i);
                if (c >= 0x80) {
                    return true;
                }
                h = 31 * h + (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
            }
            return isCueHash(h);
        }
    }

    static List<Quote> extract(String fullText, List<Entity> entities) {
        String original = fullText.length() > MAX_CHARS ? fullText.substring(0, MAX_CHARS) : fullText;
        String text = original.indexOf("''") < 0 ? original : doubleApostrophes(original);
        if (text == original && original.indexOf('"') < 0 && original.indexOf('\u201C') < 0
                && original.indexOf('\u201D') < 0 && (original.indexOf('\'') >= 0 || original.indexOf('\u2018') >= 0)) {
            text = singleMarks(original);
        }
        List<Quote> out = new ArrayList<>();
        List<int[]> taken = new ArrayList<>(); // spans of direct quotes and their attribution
        List<int[]> orphans = new ArrayList<>(); // quote pieces with no attribution of their own: open, close
        direct(text, entities, out, taken, orphans);
        indirect(text, entities, out, taken, orphans);
        out.sort((a, b) -> Integer.compare(a.content().start(), b.content().start()));
        out = Speakers.resolveAll(text, entities, out);
        if (text != original) {
            // same offsets: the spans' text is taken again from the text as written
            out.replaceAll(q -> new Quote(q.kind(), again(original, q.content()), q.speaker(),
                    again(original, q.speakerText()), again(original, q.cue())));
        }
        return out;
    }

    private static Mention again(String text, Mention m) {
        return m == null ? null : new Mention(m.start(), m.end(), text.substring(m.start(), m.end()));
    }

    /**
     * The text with the double apostrophes that stand for quotation marks (the New York Times' style:
     * {@code ''We are ready,'' he said}) written as a space and a straight mark, same length, so that a
     * span ends after both apostrophes: an
     * opening pair stands after a space or a line start before a letter or digit, a closing pair after a
     * letter, digit or punctuation mark before a space, a line end or punctuation.
     */
    static String doubleApostrophes(String text) {
        char[] c = text.toCharArray();
        int n = c.length;
        for (int i = 0; i + 1 < n; i++) {
            if (c[i] != '\'' || c[i + 1] != '\'' || i > 0 && c[i - 1] == '\'' && !(i > 1 && c[i - 2] != '\''
                    && (i + 2 >= n || isSpace(c[i + 2]) || ".,;:!?)".indexOf(c[i + 2]) >= 0))) {
                continue; // a lone apostrophe; of three closing ones (an inner quote ends too) the last two close
            }
            if (i + 2 < n && c[i + 2] == '\'') {
                continue;
            }
            boolean spaceBefore = i == 0 || isSpace(c[i - 1]) || c[i - 1] == '(';
            boolean wordAfter = i + 2 < n && Character.isLetterOrDigit(c[i + 2]);
            boolean spaceAfter = i + 2 >= n || isSpace(c[i + 2]) || ".,;:!?)".indexOf(c[i + 2]) >= 0;
            if (spaceBefore && wordAfter || !spaceBefore && spaceAfter) {
                c[i] = ' ';
                c[i + 1] = '"';
            }
            i++;
        }
        return new String(c);
    }

    /**
     * The text of an article that quotes with single marks only (British and some African and Asian
     * papers: {@code 'We lost everything,' she said}) with each quoting pair written as straight double
     * marks, same length; null-free and unchanged elsewhere. Asked only when the text has no double mark
     * at all, so single marks inside double-quoted speech stay. A pair opens with ' or ‘ after a
     * line start, a space, '(', ':' or a dash and before a letter or digit, and closes with ' or ’
     * right after '.', ',', '?' or '!' and before a space, a line end or ')': an apostrophe ("don't",
     * "the workers' union", "'90s" with no such close in its paragraph) is never a mark. Of two openings
     * before a close the later one pairs with a close after a letter ('the 'new' plan'), the earlier one
     * with the close after punctuation.
     */
    static String singleMarks(String text) {
        char[] c = null;
        int n = text.length();
        int outer = -1;
        int inner = -1;
        for (int i = 0; i < n; i++) {
            char ch = text.charAt(i);
            if (ch == '\n') {
                outer = -1;
                inner = -1;
                continue;
            }
            if (ch != '\'' && ch != '\u2018' && ch != '\u2019') {
                continue;
            }
            char before = i == 0 ? '\n' : text.charAt(i - 1);
            char after = i + 1 < n ? text.charAt(i + 1) : '\n';
            if (ch != '\u2019' && (isSpace(before) || "([:\u2014\u2013-".indexOf(before) >= 0)
                    && Character.isLetterOrDigit(after)) {
                if (outer < 0) {
                    outer = i;
                } else {
                    inner = i;
                }
            } else if (ch != '\u2018' && ".,?!".indexOf(before) >= 0 && (isSpace(after) || after == ')')) {
                int open = inner >= 0 ? inner : outer;
                if (open >= 0) {
                    if (c == null) {
                        c = text.toCharArray();
                    }
                    c[open] = '"';
                    c[i] = '"';
                }
                outer = -1;
                inner = -1;
            } else if (ch != '\u2018' && inner >= 0 && Character.isLetterOrDigit(before)
                    && (isSpace(after) || ".,;:?!)".indexOf(after) >= 0)) {
                inner = -1; // 'the 'new' plan': a word in marks inside the quote, not its end
            }
        }
        return c == null ? text : new String(c);
    }

    // ---------------------------------------------------------------- direct

    /** White space, the no-break space included (copy pasted from web pages keeps it before quote marks). */
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F' || c == '\u2007';
    }

    private static boolean isOpen(String text, int i) {
        char c = text.charAt(i);
        if (c == '\u201C' || c == '\u00AB' || c == '\u201E') {
            return true;
        }
        if (c == '"') {
            boolean before = i == 0 || isSpace(text.charAt(i - 1)) || "([{:—–-".indexOf(text.charAt(i - 1)) >= 0;
            boolean after = i + 1 < text.length() && !isSpace(text.charAt(i + 1));
            return before && after;
        }
        return false;
    }

    private static boolean isClose(char c) {
        return c == '\u201D' || c == '\u00BB' || c == '"' || c == '\u201C';
    }

    /** Whether a sentence may start right after {@code i} (exclusive): text start, newline, .!? or a colon. */
    private static boolean clauseInitial(String text, int open) {
        int b = open - 1;
        while (b >= 0 && (text.charAt(b) == ' ' || text.charAt(b) == '\t' || text.charAt(b) == '\u00A0')) {
            b--;
        }
        if (b < 0 || text.charAt(b) == '\n' || text.charAt(b) == '\r') {
            return true;
        }
        char c = text.charAt(b);
        if (c == '.' || c == '!' || c == '?' || c == ':' || c == '(' || c == '\u2014' || c == '\u2013') {
            return true;
        }
        // '“A.” “B.”': after a closing mark that ends a sentence
        return (c == '\u201D' || c == '"') && b > 0 && ".!?".indexOf(text.charAt(b - 1)) >= 0;
    }

    /** The start of the sentence holding {@code pos}, for {@link Speakers}. */
    static int sentenceStartOf(String text, int pos) {
        return sentenceStart(text, pos);
    }

    /** The start of the sentence holding {@code pos}: after a newline or a full stop, ?, ! and a space. */
    private static int sentenceStart(String text, int pos) {
        int b = pos;
        int stop = Math.max(0, pos - SENTENCE_SCAN);
        while (b > stop) {
            char c = text.charAt(b - 1);
            if (c == '\n' || (c == ' ') && b >= 2 && ".!?".indexOf(text.charAt(b - 2)) >= 0
                    && !(b >= 3 && Character.isUpperCase(text.charAt(b - 3)) && (b < 4 || !Character.isLetter(text.charAt(b - 4))))) {
                break;
            }
            b--;
        }
        while (b < pos && isSpace(text.charAt(b))) {
            b++;
        }
        return b;
    }

    /** The end of the sentence holding {@code pos}: its full stop, ? or ! (or the newline, or the text end). */
    private static int sentenceEnd(String text, int pos) {
        int n = Math.min(text.length(), pos + SENTENCE_SCAN);
        for (int i = pos; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return i;
            }
            if ((c == '.' || c == '!' || c == '?') && (i + 1 == n || isSpace(text.charAt(i + 1)))) {
                return i;
            }
        }
        return n;
    }

    /**
     * Whether a quote opening at {@code open} goes on the quote group that ended at {@code last}: only
     * spaces, newlines and the end of the attribution's sentence between them ('“A,” he said. “B.”',
     * '... said:¶“A.”¶“B.”'), and the new quote opens a sentence.
     */
    private static boolean adjacent(String text, int last, int open) {
        if (open - last > 300 || !clauseInitial(text, open)) {
            return false;
        }
        // words may follow only within the attribution's own sentence ('“A,” he said in Iowa. “B.”'),
        // never after it ('“A.” The email goes on: “B.”' is someone else's)
        int b = last - 1;
        while (b > 0 && (text.charAt(b) == '\u201D' || text.charAt(b) == '"')) {
            b--;
        }
        boolean ended = b >= 0 && ".!?".indexOf(text.charAt(b)) >= 0;
        for (int i = last; i < open; i++) {
            char c = text.charAt(i);
            if (c == '\n' || sentenceStop(text, i)) {
                ended = true;
            } else if (ended && Character.isLetterOrDigit(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the quote opening at {@code open} starts a new paragraph after the attribution that ended
     * at {@code last}: a newline stands between them. In the same paragraph ('“A,” X said. “B.”') the
     * pieces stay one quote, as PolNeAR annotates them (one attribution, its content in pieces): splitting
     * those cost a third of its direct-quote precision.
     */
    private static boolean afterAttribution(String text, int last, int open) {
        for (int i = last; i < open; i++) {
            if (text.charAt(i) == '\n') {
                return true;
            }
        }
        return false;
    }

    /** The word "adding" or "added" in {@code text[from, to)} of one sentence, as a mention; null when absent. */
    private static Mention adding(String text, int from, int to) {
        if (to - from > 120 || from >= to) {
            return null;
        }
        for (int i = text.indexOf("add", from); i >= 0 && i < to; i = text.indexOf("add", i + 3)) {
            int e = i + 3;
            while (e < to && Character.isLetter(text.charAt(e))) {
                e++;
            }
            String w = text.substring(i, e);
            if ((w.equals("adding") || w.equals("added")) && (i == 0 || !Character.isLetter(text.charAt(i - 1)))
                    && sameSentence(text, from, i)) {
                return new Mention(i, e, w);
            }
        }
        return null;
    }

    /**
     * Whether a quote opening at {@code open} without an attribution of its own goes on the quote group
     * that ended at {@code last} over one sentence of narration in the same paragraph: '“A,” X said
     * after the talks. He did not take questions. “B.”' The sentence between has no verb of saying (then
     * it would report someone else) and no quotation mark.
     */
    private static boolean oneSentenceBetween(String text, int last, int open) {
        if (open - last > 250 || !clauseInitial(text, open)) {
            return false;
        }
        int stops = 0;
        int afterFirst = -1;
        for (int i = last; i < open; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '"' || c == '\u201C' || c == '\u201D') {
                return false;
            }
            if (sentenceStop(text, i)) {
                if (++stops == 1) {
                    afterFirst = i + 1;
                }
            }
        }
        return stops == 2 && !mayHaveCue(text, afterFirst, open);
    }

    /**
     * Whether the mark at {@code i} ends a sentence: '!' or '?', or a full stop, each followed by a
     * space, and a full stop not closing an abbreviation ('D.C.-based', '(D-Ill.) in', 'Sen. Marco',
     * 'N.Y. “').
     */
    private static boolean sentenceStop(String text, int i) {
        char c = text.charAt(i);
        if (c != '.' && c != '!' && c != '?' || i + 1 < text.length() && !isSpace(text.charAt(i + 1))) {
            return false;
        }
        if (c != '.') {
            return true;
        }
        int w = i;
        while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
            w--;
        }
        // 'N.Y.', 'Sen.', 'Gov.', 'Jan.': a capitalised word of at most three letters
        return !(i - w >= 1 && i - w <= 3 && Character.isUpperCase(text.charAt(w)));
    }

    /**
     * Whether an attribution before the quote at {@code open} stands inside a sentence that began
     * before it ('It is time, he said, “not only ...”'): the speaker follows a comma with words before
     * it in the same sentence, and the quoted words go on in lower case.
     */
    private static boolean parenthetical(String text, Attribution att, int open) {
        if (att.speaker() == null || att.speaker().start() > att.cue().start() || open + 1 >= text.length()
                || !Character.isLowerCase(text.charAt(open + 1))) {
            return false;
        }
        int p = att.speaker().start() - 1;
        while (p >= 0 && isSpace(text.charAt(p))) {
            p--;
        }
        return p > 0 && text.charAt(p) == ',' && sentenceStart(text, p) < p;
    }

    /** Whether no sentence ends in {@code text[from, to)}. */
    private static boolean sameSentence(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '.' || c == '!' || c == '?') && i + 1 < text.length()
                    && isSpace(text.charAt(i + 1))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the quote piece closing at {@code close} ends a sentence ('... right?”'); one ending in a
     * comma waits for an attribution of its own ('“A,” the dawn of..., Bozell says'), so it is not a
     * continuation.
     */
    private static boolean endsSentence(String text, int close) {
        int b = close - 1;
        while (b > 0 && (text.charAt(b) == '\u2019' || text.charAt(b) == '\'' || text.charAt(b) == ' ')) {
            b--;
        }
        char c = text.charAt(b);
        return c == '.' || c == '!' || c == '?' || c == '\u2026' || c == '\u2014';
    }

    /** A quote being built: its attribution, content span and where its last piece or attribution ends. */
    private static final class Group {
        final Attribution att;
        final String kind;
        final int start;
        final int open;
        int end;
        int last;

        Group(Attribution att, String kind, int start, int open, int end, int last) {
            this.att = att;
            this.kind = kind;
            this.start = start;
            this.open = open;
            this.end = end;
            this.last = last;
        }
    }

    /**
     * Whether an attribution found after the piece closing at {@code close} belongs to the next quote
     * instead: the piece ends a sentence and the attribution ends in a comma or colon right before an
     * opening mark ('“A.” He added, “B.”', '“A?” He answered: “B.”').
     */
    private static boolean introducesNext(String text, int close, Attribution att) {
        int b = close - 1;
        if (b < 0 || ".!?".indexOf(text.charAt(b)) < 0) {
            return false;
        }
        int e = Math.max(att.cue().end(), att.speaker() == null ? 0 : att.speaker().end());
        while (e < text.length() && isSpace(text.charAt(e))) {
            e++;
        }
        if (e >= text.length() || text.charAt(e) != ',' && text.charAt(e) != ':') {
            return false;
        }
        e++;
        while (e < text.length() && isSpace(text.charAt(e))) {
            e++;
        }
        return e < text.length() && isOpen(text, e);
    }

    /** End of a quote piece's content: before the closing mark, without a trailing comma. */
    private static int contentEnd(String text, int cs, int close) {
        int ce = close;
        while (ce > cs && (text.charAt(ce - 1) == ',' || isSpace(text.charAt(ce - 1)))) {
            ce--;
        }
        return ce;
    }

    /**
     * Direct quotes, mark to mark. Pieces of one quote in one paragraph are joined into one content span,
     * as PolNeAR and wire copy treat them: '“A,” X said, “B.”', '“A,” X said. “B.”', and so are
     * following paragraphs after an attribution that stood before the quote ('X said:¶“A.”¶“B.”'). A
     * paragraph opening with a quote after a paragraph that ends with its attribution ('“A,” X said in a
     * statement.¶“B.”') is a quote of its own with the same speaker and cue. A quote inside a clause ('X said that “...”',
     * 'the probe is “ongoing,” X said') is reported speech with quoted words: kind indirect, content the
     * clause.
     */
    private static void direct(String text, List<Entity> entities, List<Quote> out, List<int[]> taken,
            List<int[]> orphans) {
        int n = text.length();
        int i = 0;
        Group g = null;
        while (i < n) {
            if (!isOpen(text, i)) {
                i++;
                continue;
            }
            int open = i;
            int j = i + 1;
            int close = -1;
            while (j < n) {
                char c = text.charAt(j);
                if (c == '\n') {
                    // a quote over paragraphs: the next paragraph opens with a mark again
                    int k = j;
                    while (k < n && isSpace(text.charAt(k))) {
                        k++;
                    }
                    // with the same kind of mark: a straight mark left open before a curly one is a pasted
                    // excerpt's opener, not a quote going on ('"Melanie thought ...¶“It never ...,” she said')
                    if (k < n && isOpen(text, k) && (text.charAt(k) == '"') == (text.charAt(open) == '"')) {
                        j = k + 1;
                        continue;
                    }
                    break;
                }
                if (j > open + 1 && isClose(c) && !(c == '"' && isOpen(text, j) && text.charAt(j - 1) == ' ')) {
                    close = j;
                    break;
                }
                j++;
            }
            if (close < 0) {
                i = j + 1;
                continue;
            }
            i = close + 1;
            Attribution att = after(text, close + 1);
            if (att != null && "\u2014\u2015\u2013".indexOf(text.charAt(att.cue().start())) >= 0
                    && !clauseInitial(text, open)) {
                att = null; // 'The sign said “Closed.” — Reuters': a signature belongs to a quote standing alone
            }
            if (att != null && introducesNext(text, close, att)) {
                att = null; // '“A.” He added, “B.”': "He added" is B's
            }
            boolean attAfter = att != null;
            Before b = attAfter ? null : before(text, open, entities);
            if (b != null) {
                att = b.att();
            }
            Mention adding = attAfter || g == null ? null : adding(text, g.last, open);
            boolean second = adding != null && g.att.cue().start() < adding.start();
            if (second) {
                // '“A,” X said, adding later, “B.”': a second statement of the same speaker, as PolNeAR
                // and the copy's own grammar have it, not one quote over both pieces
                att = new Attribution(g.att.speaker(), adding);
                b = new Before(att, b != null && b.that());
            }
            if (att == null && g != null && !second && g.kind.equals("direct") && g.att.cue().start() > g.end
                    && endsSentence(text, close) && clauseInitial(text, open) && afterAttribution(text, g.last, open)
                    && adjacent(text, g.last, open)) {
                // '“A,” X said in a statement.¶“B.”': B goes on what X said, but the attribution is not part of
                // it, so it is a quote of its own with the same speaker and cue, not one span over the narration
                flush(text, entities, g, out, taken);
                g = new Group(g.att, "direct", open + 1, open, contentEnd(text, open + 1, close), close + 1);
                continue;
            }
            int tail = att == null && g != null ? lowerTail(text, close) : -1;
            if (g != null && !second && (att != null && (att.cue().start() == g.att.cue().start() || !attAfter
                    && sameSentence(text, g.last, att.cue().start()))
                    || att == null && (endsSentence(text, close) || tail > 0) && (adjacent(text, g.last, open)
                            || oneSentenceBetween(text, g.last, open)))) {
                // '“A,” X said, “B.”', '“A,” X said, according to CNN. “B.”', '“A,” X said.¶“B.”', and a last
                // piece whose sentence goes on past its mark: '“A,” said X. “B” for the top bracket.'
                g.end = tail > 0 ? tail : g.kind.equals("direct") ? contentEnd(text, g.start, close) : close + 1;
                g.last = Math.max(g.last, tail > 0 ? tail : close + 1);
                continue;
            }
            if (att == null && g != null && g.kind.equals("direct") && conjoined(text, g.last, open)) {
                // '“You know, I love Larry,” he said, but “when it comes to energy ...”': one statement
                g.end = contentEnd(text, g.start, close);
                g.last = close + 1;
                continue;
            }
            if (att == null && g != null && !clauseInitial(text, open)) {
                continue; // a title or a quoted word inside the attribution's sentence ('said on “Meet the Press.”')
            }
            flush(text, entities, g, out, taken);
            g = null;
            if (att == null) {
                if (clauseInitial(text, open) && endsSentence(text, close)) {
                    orphans.add(new int[] {open, close}); // may go on a quote the reported-speech pass finds
                }
                continue;
            }
            int last = Math.max(close + 1, Math.max(att.cue().end(), att.speaker() == null ? 0 : att.speaker().end()));
            boolean initial = clauseInitial(text, open);
            if (attAfter) {
                // reported speech keeps the marks of the words it quotes; a direct quote is what is inside them
                int start = initial ? open + 1 : sentenceStart(text, open);
                g = new Group(att, initial ? "direct" : "indirect", start, open,
                        initial ? contentEnd(text, start, close) : close + 1, last);
            } else {
                int end = b.that() ? close + 1 : contentEnd(text, open + 1, close);
                // 'X said “it gets me mad” every time ...': the clause goes on after the marks
                int k = close + 1;
                while (k < n && text.charAt(k) == ' ') {
                    k++;
                }
                // a piece closed by a comma ('saying, “That makes me smart,” when ...') is whole: the words after
                // it are the narrator's
                boolean goesOn = k < n && Character.isLowerCase(text.charAt(k)) && text.charAt(close - 1) != ','
                        && !text.startsWith("and ", k)
                        && !text.startsWith("but ", k) && !text.startsWith("or ", k) && !text.startsWith("then ", k);
                if (goesOn) {
                    end = sentenceEnd(text, k);
                    last = Math.max(last, end);
                }
                if (!b.that() && !goesOn && parenthetical(text, att, open)) {
                    // 'If she wins, he said, “she might ...”': the sentence began before the attribution and
                    // the quoted words finish it; reported speech, from the sentence start
                    g = new Group(att, "indirect", sentenceStart(text, att.speaker().start()), open, close + 1, last);
                    continue;
                }
                // with words outside the marks the content keeps the marks, so that they still pair up
                g = new Group(att, b.that() ? "indirect" : "direct", b.from() >= 0 ? b.from() : b.that() || goesOn ? open
                        : open + 1, open, end,
                        last);
            }
        }
        flush(text, entities, g, out, taken);
    }

    /**
     * The end of a sentence that goes on after the closing mark at {@code close} with a preposition
     * ('” for the top income bracket.'), without a quotation mark or a verb of saying (then it would
     * carry an attribution of its own); -1 otherwise. A verb there ('“American Skin” was written by
     * ...') makes the quoted words a title, not a piece of the quote.
     */
    private static int lowerTail(String text, int close) {
        int k = close + 1;
        while (k < text.length() && text.charAt(k) == ' ') {
            k++;
        }
        int w = k;
        while (w < text.length() && w - k < 6 && Character.isLowerCase(text.charAt(w))) {
            w++;
        }
        if (w == k || w >= text.length() || text.charAt(w) != ' ' || !TAIL_PREPOSITIONS.contains(text.substring(k, w))) {
            return -1;
        }
        int e = sentenceEnd(text, k);
        if (e - k > 200 || mayHaveCue(text, k, e)) {
            return -1;
        }
        for (int i = k; i < e; i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\u201C' || c == '\u201D') {
                return -1;
            }
        }
        return e;
    }

    /** Whether only ', but ' or ', and ' stands between the end of an attribution and the next mark. */
    private static boolean conjoined(String text, int last, int open) {
        int i = last;
        while (i < open && (text.charAt(i) == ' ' || text.charAt(i) == ',')) {
            i++;
        }
        int w = i;
        while (w < open && Character.isLetter(text.charAt(w))) {
            w++;
        }
        if (w == i || w >= open || !(text.startsWith("but", i) && w - i == 3 || text.startsWith("and", i) && w - i == 3)) {
            return false;
        }
        while (w < open && text.charAt(w) == ' ') {
            w++;
        }
        return w == open && i > last && text.charAt(last) != '.';
    }

    private static final Set<String> TAIL_PREPOSITIONS = WordSet.of("for", "to", "in", "on", "at", "of", "with", "from",
            "about", "by", "over", "into", "than", "under", "against");

    private static void flush(String text, List<Entity> entities, Group g, List<Quote> out, List<int[]> taken) {
        if (g == null || g.end <= g.start) {
            return;
        }
        Mention content = new Mention(g.start, g.end, text.substring(g.start, g.end));
        out.add(new Quote(g.kind, content, null, g.att.speaker(), g.att.cue()));
        int from = Math.min(g.start, g.att.cue().start());
        if (g.att.speaker() != null) {
            from = Math.min(from, g.att.speaker().start());
        }
        taken.add(new int[] {from, Math.max(g.last, g.att.cue().end())});
    }

    /** A speaker and a cue. */
    record Attribution(Mention speaker, Mention cue) {
    }

    /** Words of {@code text} from {@code from}, at most {@code max}, stopping at a newline or quote mark. */
    static List<W> wordsAfter(String text, int from, int max) {
        return wordsAfter(text, from, text.length(), max);
    }

    /** Words of {@code text[from, to)}, at most {@code max}, stopping at a newline or quote mark. */
    static List<W> wordsAfter(String text, int from, int to, int max) {
        List<W> ws = new ArrayList<>(Math.min(max, 16));
        addWords(text, from, to, max, ws);
        return ws;
    }

    /**
     * Adds to {@code ws} the words {@link #wordsAfter(String, int, int, int)} gives (each ends at or
     * before {@code to}); returns the end of the last one added, or -1 when none was.
     */
    private static int addWords(String text, int from, int to, int max, List<W> ws) {
        int n = to;
        int i = from;
        int added = 0;
        int last = -1;
        while (i < n && added < max) {
            char c = text.charAt(i);
            if (c == '\n' || c == '"' || c == '\u201C' || c == '\u201D') {
                break;
            }
            if (isSpace(c)) {
                i++;
                continue;
            }
            int e = i;
            if (letterOrDigit(c)) {
                while (e < n && (letterOrDigit(text.charAt(e)) || (text.charAt(e) == '.' || text.charAt(e) == '\''
                        || text.charAt(e) == '\u2019' || text.charAt(e) == '-') && e + 1 < n
                        && letter(text.charAt(e + 1)))) {
                    e++;
                }
                if (e < n && text.charAt(e) == '.' && (e - i <= 3 || e - i <= 5 && longTitle(text, i, e))
                        && Character.isUpperCase(c)) {
                    e++; // Mr. Dr. Gen. Capt. Supt.
                }
            } else {
                e = i + 1;
            }
            ws.add(new W(text, i, e));
            added++;
            last = e;
            i = e;
        }
        return last;
    }

    /**
     * Whether the word at {@code b} is the dash after a dateline's agency credit, so that the speaker
     * after it opens the sentence: 'Tehran, Jan 5, IRNA -- Foreign Ministry spokesman X said that ...',
     * 'KABUL (Xinhua) -- A police officer said ...'. The credit is an all-capital word or a bracket.
     */
    private static boolean creditDash(String text, List<W> ws, int b) {
        if (b < 1 || !dash(text, ws.get(b))) {
            return false;
        }
        int c = dash(text, ws.get(b - 1)) ? b - 2 : b - 1;
        if (c < 0) {
            return false;
        }
        W credit = ws.get(c);
        if (credit.end() - credit.start() == 1 && text.charAt(credit.start()) == ')') {
            return true;
        }
        return Character.isLetter(text.charAt(credit.start())) && allCaps(text, credit);
    }

    private static boolean dash(String text, W w) {
        char c = text.charAt(w.start());
        return w.end() - w.start() == 1 && (c == '-' || c == '\u2014' || c == '\u2013');
    }

    /**
     * Adverbs that go on a participle before its noun ('the newly reported cases', 'the previously
     * announced plan'). A list, not any word in -ly: 'The daily said', 'The family said' are speakers.
     */
    private static final String[] PARTICIPLE_ADVERBS = {"newly", "recently", "previously", "initially", "officially",
        "originally", "formerly", "widely", "publicly", "jointly", "freshly", "belatedly", "earlier"};

    /** Whether the word is one of {@link #PARTICIPLE_ADVERBS}, compared in place. */
    private static boolean participleAdverb(String text, W w) {
        int n = w.end() - w.start();
        for (String a : PARTICIPLE_ADVERBS) {
            if (a.length() == n && text.regionMatches(true, w.start(), a, 0, n)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the character at {@code i} is a closing double mark ('"' or a right curly one). */
    private static boolean closesQuotedEnd(String text, int i) {
        char c = text.charAt(i);
        return c == '"' || c == '\u201D';
    }

    /** Titles of four or five letters written with a full stop before a name: 'MPD spokesman Capt. Ana Reyes said'. */
    private static final String[] LONG_TITLES = {"capt", "supt", "insp", "brig", "prof", "cmdr", "lieut", "supdt",
        "comdr", "const"};

    /** Whether {@code text[s, e)} is one of {@link #LONG_TITLES}, compared in place (asked only before a full stop). */
    private static boolean longTitle(String text, int s, int e) {
        for (String t : LONG_TITLES) {
            if (t.length() == e - s && text.regionMatches(true, s, t, 0, e - s)) {
                return true;
            }
        }
        return false;
    }

    /** {@link Character#isLetterOrDigit(char)}, with ASCII answered inline: the word loop's hottest test. */
    private static boolean letterOrDigit(char c) {
        return c < 128 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' || c >= '0' && c <= '9' : Character.isLetterOrDigit(c);
    }

    /** {@link Character#isLetter(char)}, with ASCII answered inline. */
    private static boolean letter(char c) {
        return c < 128 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
    }

    /** An unknown word: the rules only ask whether it ends in -ing, -ed or -ly (see {@link #low}). */
    private static final String OTHER = "\u0001\u0001";
    private static final String OTHER_ING = "\u0001\u0001ing";
    private static final String OTHER_ED = "\u0001\u0001ed";
    private static final String OTHER_LY = "\u0001\u0001\u0001ly";
    private static final String[] ASCII = new String[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII[c] = String.valueOf(c).intern();
        }
    }

    /**
     * The word {@code text[s, e)} lower-cased without copying it: the table's own string when it is
     * one the rules test (cues, pronouns, nouns of office...), a shared marker keeping only the
     * ending the rules look at otherwise; a punctuation mark as a shared one-character string.
     */
    static String low(String text, int s, int e) {
        char c0 = text.charAt(s);
        if (e - s == 1 && c0 < 128 && !Character.isLetterOrDigit(c0)) {
            return ASCII[c0];
        }
        String known = Vocab.WORDS.word(text, s, e);
        if (known != null) {
            return known;
        }
        if (e - s == 1 && !Character.isLetterOrDigit(c0)) {
            return String.valueOf(c0);
        }
        if (endsWith(text, e, "ing")) {
            return OTHER_ING;
        }
        if (endsWith(text, e, "ed")) {
            return OTHER_ED;
        }
        return e - s > 4 && endsWith(text, e, "ly") ? OTHER_LY : OTHER;
    }

    /** {@code text[.., e)} ends with the lower-case ASCII {@code suffix}, ignoring case as {@link String#regionMatches} does. */
    private static boolean endsWith(String text, int e, String suffix) {
        int m = suffix.length();
        if (e < m) {
            return false;
        }
        for (int i = m - 1; i >= 0; i--) {
            char c = text.charAt(e - m + i);
            if (c >= 0x80) {
                // a non-ASCII letter may fold to an ASCII one ('\u0130', '\u212A'): the library decides
                return text.regionMatches(true, e - m, suffix, 0, m);
            }
            if ((c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c) != suffix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The words the rules compare with. In a holder class, because the word sets it gathers are
     * declared further down this class and are set only when its initialiser reaches them.
     */
    private static final class Vocab {
        static final FoldedWords WORDS = vocab();
    }

    private static FoldedWords vocab() {
        Set<String> all = new HashSet<>();
        all.addAll(CUES);
        all.addAll(DIRECT_CUES);
        all.addAll(PERSON_WORDS);
        all.addAll(PERSON_PLURALS);
        all.addAll(ORG_WORDS);
        all.addAll(DETERMINERS);
        all.addAll(QUANTIFIERS);
        all.addAll(CLAUSE_WORDS);
        all.addAll(LEADING);
        all.addAll(AUXILIARIES);
        all.addAll(SUBORDINATORS);
        all.addAll(TRAILING);
        all.addAll(TIME_AFTER_CUE);
        all.addAll(OPENERS);
        all.addAll(NEGATED);
        all.addAll(NOUN_MARKERS);
        all.addAll(AFTER_SUBORDINATOR);
        all.addAll(OPENING_PREPOSITIONS);
        all.addAll(FINITE);
        all.addAll(SUBJECT_PRONOUNS);
        all.addAll(BEFORE_PLURAL);
        all.addAll(ADDRESSEE_NOUNS);
        all.addAll(THING_CUES);
        all.addAll(PASSIVE);
        all.addAll(COORDINATORS);
        all.addAll(OBJECT_ENDS);
        all.addAll(ADJUNCT);
        all.addAll(LIVES);
        all.addAll(TIME_BEFORE_CUE);
        all.add("\u2019");
        all.add("reporters");
        all.add("us");
        all.add("me");
        all.addAll(List.of("according", "to", "that", "also", "later", "then", "again", "earlier", "once", "further", "often", "now",
                "still", "never", "always",
                "he", "she", "they", "it", "we", "i", "the", "a", "an", "his", "her", "their", "its", "of", "'s",
                "him", "them", "\u2019s", "told", "telling", "who", "which", "and", "but", "or"));
        return FoldedWords.of(all);
    }

    /** Words before {@code to}, nearest last, back to a sentence end, newline or quote mark; at most max. */
    static List<W> wordsBefore(String text, int to, int max) {
        int b = to;
        int count = 0;
        while (b > 0 && count < max * 8) {
            char c = text.charAt(b - 1);
            if (c == '\n' || c == '"' || c == '\u201C' || c == '\u201D'
                    || (c == '.' || c == '!' || c == '?') && b < to && b >= 2 && !Character.isUpperCase(text.charAt(b - 2))) {
                break;
            }
            b--;
            count++;
        }
        List<W> ws = wordsAfter(text, b, to, 200); // every word of it ends at or before "to"
        return ws.size() > max ? ws.subList(ws.size() - max, ws.size()) : ws;
    }

    /** '”, Baqeri said', '” he said', '”, said Sergei Ivanov', '” the daily said.' */
    private static Attribution after(String text, int from) {
        Attribution signed = dashSigned(text, from);
        if (signed != null) {
            return signed;
        }
        List<W> ws = wordsAfter(text, from, 10);
        int k = 0;
        while (k < ws.size() && (ws.get(k).low().equals(",") || ws.get(k).low().equals("—"))) {
            k++;
        }
        if (k >= ws.size()) {
            return null;
        }
        if (isDirectCue(ws.get(k).low())) {
            if (ws.get(k).low().endsWith("ing")) {
                // 'branded him “lazy”, stating there was ...': the participle goes on the sentence's subject,
                // who is before the mark, so this is no inverted attribution ('”, said X') of a quote
                return null;
            }
            Mention speaker = npAfter(text, ws, k + 1);
            if (speaker == null) {
                speaker = apposedRole(text, ws, k + 1); // '”, said provincial police spokesperson, Colonel X'
            }
            return new Attribution(speaker, mention(text, ws.get(k)));
        }
        if (ws.get(k).low().equals("according") && k + 1 < ws.size() && ws.get(k + 1).low().equals("to")) {
            return new Attribution(npAfter(text, ws, k + 2), new Mention(ws.get(k).start(), ws.get(k + 1).end(),
                    text.substring(ws.get(k).start(), ws.get(k + 1).end())));
        }
        int np = k;
        while (np < ws.size() && np - k < 6 && (isNpWord(text, ws.get(np), np == k) || looseNpWord(ws, k, np))) {
            np++;
        }
        for (int more = innerNameWord(text, ws, k, np); more > np; more = innerNameWord(text, ws, k, np)) {
            // '” the Disaster and Emergency Management Authority (AFAD) said': one name across 'and' and its abbreviation
            np = more;
            while (np < ws.size() && np - k < 10 && isNpWord(text, ws.get(np), false)) {
                np++;
            }
        }
        if (np > k && np < ws.size()) {
            int cue = np;
            if (ws.get(cue).low().equals("also") && cue + 1 < ws.size()) {
                cue++;
            }
            if (isDirectCue(ws.get(cue).low())) {
                return new Attribution(span(text, ws.get(k), ws.get(np - 1)), mention(text, ws.get(cue)));
            }
            if (ws.size() == 10 && (ws.get(np).low().equals(",") || ws.get(np).low().equals("("))) {
                ws = wordsAfter(text, from, 36); // an appositive may run on: read further only then
            }
            int c = appositiveCue(text, ws, np);
            if (c > 0 && named(text, ws, k, np)) {
                // '”, Sam Nunberg, a former Trump aide, said', '” Sarandon, 69, told', '” Sen. Marco Rubio (R-Fla.) said'
                return new Attribution(span(text, ws.get(k), ws.get(np - 1)), mention(text, ws.get(c)));
            }
        }
        char last = text.charAt(from - 2 >= 0 ? from - 2 : 0);
        if (last == ',' || last == '?' || last == '!') {
            // '!” some protesters chanted', ',” federal prosecutors wrote': after a piece that does not end
            // its sentence, up to four plain words and a cue are its attribution
            int w = k;
            while (w < ws.size() && w - k < 4 && plainWord(text, ws.get(w)) && !isDirectCue(ws.get(w).low())
                    && !SUBORDINATORS.contains(ws.get(w).low())) {
                w++;
            }
            if (w > k && w < ws.size() && isDirectCue(ws.get(w).low())) {
                return new Attribution(span(text, ws.get(k), ws.get(w - 1)), mention(text, ws.get(w)));
            }
            if (ws.size() == 10 && w > k && w < ws.size() && ws.get(w).low().equals(",")) {
                ws = wordsAfter(text, from, 36);
            }
            int c = w > k ? appositiveCue(text, ws, w) : -1;
            if (c > 0) {
                // ',” another friend, Mariam Emara, said'
                return new Attribution(span(text, ws.get(k), ws.get(w - 1)), mention(text, ws.get(c)));
            }
        }
        // '”, former Education Secretary Arne Duncan told': lower-case titles before a name, up to 8 words
        boolean named = false;
        for (int w = k; w < ws.size() && w - k < 9; w++) {
            W word = ws.get(w);
            String l = word.low();
            if (w > k && (isDirectCue(l) || adverbAt(text, word) && w + 1 < ws.size() && isDirectCue(ws.get(w + 1).low()))) {
                int cue = isDirectCue(l) ? w : w + 1;
                if (DETERMINERS.contains(ws.get(cue - 1).low())) {
                    return null; // '.” He made the remarks at a briefing': a noun after its determiner
                }
                return named ? new Attribution(span(text, ws.get(k), ws.get(w - 1)), mention(text, ws.get(cue))) : null;
            }
            if (w > k && SUBJECT_PRONOUNS.contains(ws.get(w - 1).low())) {
                return null; // '.” He made the remarks ...': a pronoun and its own verb, a new sentence
            }
            char c = text.charAt(word.start());
            if (!Character.isLetter(c) && !l.equals("'s") && !l.equals("\u2019s") || CLAUSE_WORDS.contains(l) && !l.equals("of")) {
                return null;
            }
            named |= Character.isUpperCase(c) || PERSON_WORDS.contains(l) || ORG_WORDS.contains(l);
        }
        return null;
    }

    /**
     * A quote signed with a dash, as vox pops, readers' letters and social posts are printed: '“We
     * will not leave.” ― Maria Lopes', '“They lied.” — Kwame Mensah, a teacher in Accra'. The quote
     * ends its sentence, the dash follows the closing mark, and one to five capitalised words stand
     * after it up to the line end, a comma or a full stop; the dash is the cue. Null otherwise.
     */
    private static Attribution dashSigned(String text, int from) {
        int n = text.length();
        int close = from - 1;
        int i = from;
        while (i < n && (text.charAt(i) == ' ' || text.charAt(i) == '\u00A0')) {
            i++;
        }
        if (i >= n || "\u2014\u2015\u2013".indexOf(text.charAt(i)) < 0 || close < 1
                || ".!?\u2026".indexOf(text.charAt(close - 1)) < 0) {
            return null;
        }
        int dash = i++;
        while (i < n && (text.charAt(i) == ' ' || text.charAt(i) == '\u00A0')) {
            i++;
        }
        int start = i;
        int end = i;
        int words = 0;
        while (i < n && words < 6 && Character.isUpperCase(text.charAt(i))) {
            int e = i;
            while (e < n && (Character.isLetter(text.charAt(e)) || text.charAt(e) == '-' || text.charAt(e) == '\''
                    || text.charAt(e) == '\u2019' || text.charAt(e) == '.' && e + 1 < n && Character.isLetter(text.charAt(e + 1)))) {
                e++;
            }
            if (e < n && text.charAt(e) == '.' && e - i <= 2) {
                e++; // an initial: 'Oscar P. Quintero'
            }
            words++;
            end = e;
            i = e;
            if (i < n && text.charAt(i) == ' ' && i + 1 < n && Character.isUpperCase(text.charAt(i + 1))) {
                i++;
            } else {
                break;
            }
        }
        if (words == 0 || words > 5 || end - start < 2) {
            return null;
        }
        int k = end;
        while (k < n && (text.charAt(k) == ' ' || text.charAt(k) == '\u00A0')) {
            k++;
        }
        if (k < n && text.charAt(k) != '\n' && text.charAt(k) != ',' && text.charAt(k) != '.') {
            return null;
        }
        return new Attribution(new Mention(start, end, text.substring(start, end)),
                new Mention(dash, dash + 1, text.substring(dash, dash + 1)));
    }

    /**
     * The cue after an appositive or a bracket that follows the speaker's name at {@code np}: ', a former
     * aide, said', ', 69, told', ' (R-Fla.) said', ', who has not endorsed anyone, told'; -1 when there
     * is none. The appositive has no cue and no sentence end.
     */
    private static int appositiveCue(String text, List<W> ws, int np) {
        if (np >= ws.size()) {
            return -1;
        }
        String open = ws.get(np).low();
        String close = open.equals(",") ? "," : open.equals("(") ? ")" : null;
        if (close == null) {
            return -1;
        }
        for (int i = np + 1; i < ws.size() && i - np < 30; i++) {
            String l = ws.get(i).low();
            if (l.equals(close)) {
                int c = i + 1;
                if (c < ws.size() && adverbAt(text, ws.get(c)) && c + 1 < ws.size()) {
                    c++;
                }
                return c < ws.size() && isDirectCue(ws.get(c).low()) && i > np + 1 ? c : -1;
            }
            if (isDirectCue(l) || isCue(l) || l.equals(";") || l.equals(":") || l.equals("?") || l.equals("!")
                    || l.equals(".") && sentenceStop(text, ws.get(i).start())
                    || (l.equals("and") || l.equals("but") || l.equals("or")) && i == np + 1
                    || close.equals(")") && l.equals(",")) {
                return -1;
            }
        }
        return -1;
    }

    /** Whether {@code ws[from, to)} has a capitalised word or a noun of office: a speaker, not a clause. */
    private static boolean named(String text, List<W> ws, int from, int to) {
        for (int i = from; i < to; i++) {
            String l = ws.get(i).low();
            if (Character.isUpperCase(text.charAt(ws.get(i).start())) || PERSON_WORDS.contains(l) || ORG_WORDS.contains(l)
                    || PERSON_PLURALS.contains(l)) {
                return true;
            }
        }
        return false;
    }

    /** An attribution before a quote, and whether "that" stands between cue and quote (reported speech). */
    record Before(Attribution att, boolean that, int from) {
        Before(Attribution att, boolean that) {
            this(att, that, -1);
        }
    }

    /**
     * 'Baqeri said: “', 'He said, “', 'according to the daily, “', 'X told reporters on Monday, “',
     * 'X wrote to supporters, saying: “', and a paragraph ending 'Cruz continued:' before one that opens
     * with the quote.
     */
    private static Before before(String text, int open, List<Entity> entities) {
        int to = open;
        int p = open - 1;
        boolean newline = false;
        while (p >= 0 && isSpace(text.charAt(p))) {
            newline |= text.charAt(p) == '\n';
            p--;
        }
        if (newline && p >= 0 && text.charAt(p) == ':') {
            to = p + 1; // the attribution closes the paragraph before
        }
        List<W> ws = wordsBefore(text, to, 30);
        int k = ws.size() - 1;
        boolean that = false;
        boolean punct = false;
        while (k >= 0 && (ws.get(k).low().equals(",") || ws.get(k).low().equals(":") || ws.get(k).low().equals("that"))) {
            if (ws.get(k).low().equals("that")) {
                that = true;
            } else {
                punct = true;
            }
            k--;
        }
        if (k < 0) {
            return null;
        }
        if (isDirectCue(ws.get(k).low())) {
            Mention speaker = npBefore(text, ws, k);
            if (speaker == null && punct && k >= 2 && ws.get(k - 1).low().equals("to")) {
                // 'She went on to say: “', 'The senator had this to say: “': the clause's subject
                int f = 0;
                while (f < k && LEADING.contains(ws.get(f).low())) {
                    f++;
                }
                speaker = f < k ? npAfter(text, ws, f) : null;
            }
            return speaker == null ? null : new Before(new Attribution(speaker, mention(text, ws.get(k))), that);
        }
        if (punct && ws.get(ws.size() - 1).low().equals(":")) {
            Mention name = label(text, ws, k, entities);
            if (name != null) {
                // 'Clinton: “...”', 'Pollsters agree - Carl Bialik: “...”': a named speaker and a colon, no cue
                return new Before(new Attribution(name, mention(text, ws.get(ws.size() - 1))), false); // the colon is the cue
            }
        }
        // "according to X, “..."
        for (int j = k - 1; j >= 1; j--) {
            if (ws.get(j).low().equals("to") && ws.get(j - 1).low().equals("according")) {
                return new Before(new Attribution(npAfter(text, ws, j + 1), new Mention(ws.get(j - 1).start(),
                        ws.get(j).end(), text.substring(ws.get(j - 1).start(), ws.get(j).end()))), that);
            }
        }
        if (!punct || that) {
            return null;
        }
        // the cue further back in the clause: 'X told reporters on Monday, “', 'telling them, “'
        for (int c = k - 1; c >= Math.max(0, k - 25); c--) {
            if (isDirectCue(ws.get(c).low())) {
                Mention speaker = npBefore(text, ws, c);
                if (speaker == null && c == 0) {
                    // '“A,” said the Florida senator, “B.”', 'Continued Stone: “': the speaker follows the cue
                    speaker = npAfter(text, ws, 1);
                }
                // 'X said Friday that if she wins, “she would sign it.”': reported speech with quoted words
                int thatAt = -1;
                for (int t = c + 1; t < k && thatAt < 0; t++) {
                    thatAt = ws.get(t).low().equals("that") ? t : -1;
                }
                // the clause after "that" is the content, as for 'said that “...”'
                return speaker == null ? null : new Before(new Attribution(speaker, mention(text, ws.get(c))),
                        thatAt >= 0, thatAt >= 0 ? ws.get(thatAt + 1).start() : -1);
            }
        }
        return null;
    }

    /**
     * A speaker's name standing alone before a colon ('Clinton: “', '- Carl Bialik: “'): at most four
     * capitalised words (not all capitals, which is how section labels and transcripts' headings are
     * set) from the sentence start or a dash, the last of them in a mention of a person or an
     * organisation the entity stage found; null otherwise.
     */
    private static Mention label(String text, List<W> ws, int k, List<Entity> entities) {
        int f = k;
        while (f >= 0 && k - f < 4 && Character.isUpperCase(text.charAt(ws.get(f).start()))) {
            W w = ws.get(f);
            if (w.end() - w.start() > 1 && Character.isUpperCase(text.charAt(w.start() + 1))) {
                return null; // 'UPDATE:', 'RAMOS:'
            }
            f--;
        }
        if (f == k || f >= 0 && !ws.get(f).low().equals("-") && !ws.get(f).low().equals("\u2014")
                && !ws.get(f).low().equals("\u2013")) {
            return null;
        }
        W last = ws.get(k);
        for (Entity e : entities) {
            if (e.type() != EntityType.PERSON && e.type() != EntityType.ORGANIZATION) {
                continue;
            }
            for (Mention m : e.mentions()) {
                if (m.start() < last.end() && m.end() > last.start()) {
                    return span(text, ws.get(f + 1), last);
                }
            }
        }
        return null;
    }

    /**
     * The speaker before the cue at {@code cue}: the noun phrase right before it ('Baqeri said', 'the
     * minister also said', 'As Politico reported'), or for a participle ('..., saying', 'telling them')
     * the noun phrase that opens the clause.
     */
    private static Mention npBefore(String text, List<W> ws, int cue) {
        int s = cue - 1;
        if (s >= 0 && adverbAt(text, ws.get(s))) {
            s--;
        }
        if (s >= 1 && AUXILIARIES.contains(ws.get(s).low())) {
            // 'Sanders had previously said, “', 'the minister has also said: “'
            s--;
            if (s >= 1 && adverbAt(text, ws.get(s))) {
                s--;
            }
        }
        int last = s;
        String prev = s >= 0 ? ws.get(s).low() : "";
        while (s >= 0 && last - s < 6 && isNpWord(text, ws.get(s), s == 0 || !isNpWord(text, ws.get(s - 1), false))) {
            s--;
        }
        if (s == last) {
            // 'the embassy said', 'a senior aide wrote': a determiner and up to three plain words
            for (int d = last; d >= 0 && last - d < 6; d--) {
                String l = ws.get(d).low();
                if ((DETERMINERS.contains(l) || QUANTIFIERS.contains(l)) && d < last) {
                    s = d - 1;
                    break;
                }
                if (!Character.isLetter(text.charAt(ws.get(d).start())) || CLAUSE_WORDS.contains(l) || isCue(l)) {
                    break;
                }
            }
        }
        if (s < last) {
            int first = s + 1;
            while (first < last && LEADING.contains(ws.get(first).low())) {
                first++;
            }
            return span(text, ws.get(first), ws.get(last));
        }
        if (ws.get(cue).low().endsWith("ing") || prev.equals(",") || prev.equals("and") || prev.equals("but")) {
            // 'saying', 'Castellanos, a veteran consultant, said', 'but told his supporters': the clause's subject
            int f = 0;
            while (f < cue && LEADING.contains(ws.get(f).low())) {
                f++;
            }
            String opener = f < cue ? ws.get(f).low() : "";
            if (f < cue && prev.equals(",") && (CLAUSE_WORDS.contains(opener) || SUBORDINATORS.contains(opener)
                    || opener.length() > 4 && (opener.endsWith("ed") || opener.endsWith("ing")))) {
                // 'In reply to a question, Lekhi, who is also an MP, said', 'Asked about the border, X, ...,
                // said': the clause opens with a phrase of circumstance, so its first words are not the
                // speaker; the name before the inserted clause is. Without such a name the old reading
                // stands: a quote without a speaker is not reported at all, which cost PolNeAR recall
                Mention named = nameBeforeInsert(text, ws, last);
                if (named != null) {
                    return named;
                }
            }
            return f < cue ? npAfter(text, ws, f) : null;
        }
        return null;
    }

    /**
     * The capitalised name that ends right before the comma opening the inserted clause that ends at
     * {@code comma} ('..., Lekhi, who is also an MP, said'), or null.
     */
    private static Mention nameBeforeInsert(String text, List<W> ws, int comma) {
        int open = comma - 1;
        while (open > 0 && !ws.get(open).low().equals(",")) {
            open--;
        }
        int end = open - 1;
        if (open <= 0 || end < 0) {
            return null;
        }
        int start = end;
        while (start >= 0 && end - start < 4 && Character.isUpperCase(text.charAt(ws.get(start).start()))
                && Character.isLetter(text.charAt(ws.get(start).start()))) {
            start--;
        }
        return start < end ? span(text, ws.get(start + 1), ws.get(end)) : null;
    }

    /** Words opening a plain noun phrase like a determiner: 'Another source familiar with the talks said'. */
    private static final Set<String> QUANTIFIERS = WordSet.of("another", "one", "some", "many", "several", "two", "three",
            "most", "other", "few", "each");
    private static final Set<String> DETERMINERS = WordSet.of("the", "a", "an", "his", "her", "its", "their", "our", "my");
    private static final Set<String> CLAUSE_WORDS = WordSet.of("and", "but", "or", "who", "which", "that", "to", "of", "in",
            "on", "at", "for", "with", "by", "from", "is", "was", "are", "were", "has", "have", "had", "be", "been", "not");
    /** Words opening a clause of time or reason: '...,” when the host pressed him' is not an attribution. */
    private static final Set<String> SUBORDINATORS = WordSet.of("when", "while", "until", "because", "before", "after",
            "if", "as", "once", "since");

    /** An adverb between speaker and cue: 'the minister also said', 'Petrov later added', 'she repeatedly said'. */
    private static boolean isAdverb(String l) {
        return l.equals("also") || l.equals("later") || l.equals("then") || l.equals("again") || l.equals("earlier")
                || l.equals("once") || l.equals("further") || l.equals("often") || l.equals("now") || l.equals("still")
                || l.equals("never") || l.equals("always") || l.length() > 4 && l.endsWith("ly");
    }

    /** {@link #isAdverb} of a lower-case word: 'Ms Kelly said', 'Sen. Daly said' end with a name, not an adverb. */
    private static boolean adverbAt(String text, W w) {
        return Character.isLowerCase(text.charAt(w.start())) && isAdverb(w.low());
    }

    /** Auxiliaries between a speaker and a cue: 'X had said', 'X has also written', 'X would later say'. */
    private static final Set<String> AUXILIARIES = WordSet.of("has", "had", "have", "would", "will", "could", "did",
            "does", "do");

    /** Words that open a clause before its subject: 'As Politico reported', 'But he said'. */
    private static final Set<String> LEADING = WordSet.of("as", "and", "but", "so", "yet", "then", "still", "later");

    /** After "the"/"a", any word up to the cue: '” the gambling tycoon told Reuters'. */
    private static boolean looseNpWord(List<W> ws, int from, int i) {
        String f = ws.get(from).low();
        String l = ws.get(i).low();
        return (f.equals("the") || f.equals("a") || f.equals("an")) && i > from && (l == OTHER || l == OTHER_ING
                || l == OTHER_ED || l == OTHER_LY || Character.isLetter(l.charAt(0)))
                && !isCue(l) && !l.equals("and") && !l.equals("but") && !l.equals("who") && !l.equals("which")
                && !l.equals("that");
    }

    private static boolean isCue(String low) {
        return CUES.contains(low);
    }

    /** A cue of a direct quote: the cues, and verbs that only introduce quoted words ('the sign read'). */
    private static boolean isDirectCue(String low) {
        return CUES.contains(low) || DIRECT_CUES.contains(low);
    }

    /** A word that may be part of a speaker's noun phrase: a name, a pronoun, a determiner, a noun of office. */
    private static boolean isNpWord(String text, W w, boolean first) {
        String l = w.low();
        if (l.length() == 1 && !Character.isLetter(l.charAt(0))) {
            return false;
        }
        if (isCue(l)) {
            return false;
        }
        char c = text.charAt(w.start());
        if (Character.isUpperCase(c)) {
            return true;
        }
        switch (l) {
            case "he", "she", "they", "it", "we", "i", "the", "a", "an", "his", "her", "their", "its", "of", "'s",
                    "him", "them" -> {
                return true;
            }
            default -> {
                return PERSON_WORDS.contains(l) || ORG_WORDS.contains(l) || PERSON_PLURALS.contains(l);
            }
        }
    }

    /** The speaker after an inverted cue: "said Baqeri", "said the minister", "said Sergei Ivanov, the chief". */
    /**
     * A role of lower-case words set off by a comma before a name, right after an inverted cue, which
     * {@link #npAfter} does not read because it opens with a plain adjective: '”, said provincial police
     * spokesperson, Colonel Ana Reyes'. Up to six lower-case words, one of them a person word, then a
     * comma and a capitalised word; the role is the speaker as written, and the name apposed after it
     * resolves it as it does for 'said police spokesperson, Captain X'. Null otherwise.
     */
    private static Mention apposedRole(String text, List<W> ws, int from) {
        boolean role = false;
        int j = from;
        while (j < ws.size() && j - from < 6) {
            W w = ws.get(j);
            char c = text.charAt(w.start());
            if (!Character.isLowerCase(c) || CLAUSE_WORDS.contains(w.low()) || isCue(w.low())) {
                break;
            }
            role |= PERSON_WORDS.contains(w.low());
            j++;
        }
        if (!role || j == from || j >= ws.size() - 1 || !ws.get(j).low().equals(",")
                || !Character.isUpperCase(text.charAt(ws.get(j + 1).start()))) {
            return null;
        }
        return span(text, ws.get(from), ws.get(j - 1));
    }

    private static Mention npAfter(String text, List<W> ws, int from) {
        if (from < ws.size() && ws.get(from).low().equals("of")) {
            return null; // '..., X said of the plan.': what was spoken about, not who spoke
        }
        int e = from;
        while (e < ws.size() && e - from < 6 && isNpWord(text, ws.get(e), e == from)) {
            e++;
        }
        if (e < ws.size() && e > from && DETERMINERS.contains(ws.get(e - 1).low())) {
            // 'The embassy issued ...': up to two plain words after a determiner, not a past-tense verb
            int stop = e + 2;
            while (e < ws.size() && e < stop && Character.isLetter(text.charAt(ws.get(e).start()))
                    && !CLAUSE_WORDS.contains(ws.get(e).low()) && !isCue(ws.get(e).low()) && !ws.get(e).low().endsWith("ed")) {
                e++;
            }
        }
        while (e > from && (ws.get(e - 1).low().equals("of") || ws.get(e - 1).low().equals("the"))) {
            e--;
        }
        return e > from ? span(text, ws.get(from), ws.get(e - 1)) : null;
    }

    private static Mention mention(String text, W w) {
        return new Mention(w.start(), w.end(), text.substring(w.start(), w.end()));
    }

    private static Mention span(String text, W a, W b) {
        return new Mention(a.start(), b.end(), text.substring(a.start(), b.end()));
    }

    // ---------------------------------------------------------------- speaker

    // ---------------------------------------------------------------- indirect

    private static boolean inside(List<int[]> taken, int pos) {
        for (int[] t : taken) {
            if (pos >= t[0] && pos < t[1]) {
                return true;
            }
        }
        return false;
    }

    /** "X said (that) CLAUSE.", "CLAUSE, X said.", "according to X, CLAUSE.", "CLAUSE, according to X." */
    private static void indirect(String text, List<Entity> entities, List<Quote> out, List<int[]> taken,
            List<int[]> orphans) {
        int n = text.length();
        int sStart = 0;
        for (int i = 0; i <= n; i++) {
            if (i < n) {
                char c = text.charAt(i);
                if (c != '\n' && c != '.' && c != '?' && c != '!') {
                    continue; // most characters: the test below would say no
                }
            }
            boolean end = i == n || text.charAt(i) == '\n' || (text.charAt(i) == '.' || text.charAt(i) == '?'
                    || text.charAt(i) == '!') && (i + 1 == n || isSpace(text.charAt(i + 1)))
                    && !(i >= 2 && Character.isUpperCase(text.charAt(i - 1)) && !Character.isLetter(text.charAt(i - 2)))
                    && !titleBefore(text, i) && !dottedBeforeGoingOn(text, i);
            if (!end && i + 3 < n && text.charAt(i) != '\n' && closesQuotedEnd(text, i + 1)
                    && text.charAt(i + 2) == ' ' && Character.isUpperCase(text.charAt(i + 3))) {
                // 'X said the talk was "quite baseless." He made the remarks ...': the quoted words end the
                // sentence with their mark; what follows is not what X said. A quote standing alone before
                // a sentence of its own is that sentence's speaker's when the sentence ends with its
                // attribution ({@link #quoteBefore})
                sentence(text, sStart, i + 2, entities, out, taken, orphans);
                sStart = i + 3;
                i += 2;
                continue;
            }
            if (!end) {
                continue;
            }
            sentence(text, sStart, i, entities, out, taken, orphans);
            sStart = i + 1;
        }
    }

    /**
     * Whether the full stop at {@code i} closes a dotted lower-case abbreviation ('3 p.m.', 'a.m.', 'e.g.')
     * and the text goes on in the same sentence: a lower-case word, a digit or a day after it ('at 3 p.m.
     * local time, a police officer told Xinhua', 'at 9:40 a.m. Tuesday').
     */
    private static boolean dottedBeforeGoingOn(String text, int i) {
        if (i < 3 || text.charAt(i - 2) != '.' || !Character.isLowerCase(text.charAt(i - 1))
                || !Character.isLowerCase(text.charAt(i - 3))) {
            return false;
        }
        int j = i + 1;
        while (j < text.length() && text.charAt(j) == ' ') {
            j++;
        }
        if (j >= text.length() || text.charAt(j) == '\n') {
            return false;
        }
        char c = text.charAt(j);
        if (Character.isLowerCase(c) || Character.isDigit(c) || c == ',') {
            return true;
        }
        int k = j;
        while (k < text.length() && Character.isLetter(text.charAt(k))) {
            k++;
        }
        return TIME_AFTER_CUE.contains(text.substring(j, k).toLowerCase(Locale.ROOT));
    }

    /** Whether the full stop at {@code i} closes an abbreviated title ("Mr.", "Lt.", "Supt."): no sentence ends there. */
    private static boolean titleBefore(String text, int i) {
        int w = i;
        while (w > 0 && i - w <= 5 && Character.isLetter(text.charAt(w - 1))) {
            w--;
        }
        return Tokenizer.isTitleAbbreviation(text, w, i);
    }

    private static void sentence(String text, int s, int e, List<Entity> entities, List<Quote> out, List<int[]> taken,
            List<int[]> orphans) {
        if (e - s < 12 || !mayHaveCue(text, s, e)) {
            return;
        }
        List<W> ws = wordsAfterAll(text, s, e);
        dropTimeBeforeCue(text, ws);
        for (int k = 0; k < ws.size(); k++) {
            W w = ws.get(k);
            if (!w.mayBeCue()) {
                continue; // neither a cue nor "according", whatever else it is
            }
            boolean according = w.low().equals("according") && k + 1 < ws.size() && ws.get(k + 1).low().equals("to");
            if (!according && !isCue(w.low()) || inside(taken, w.start())) {
                continue;
            }
            if (!according && k > 0 && (Character.isUpperCase(text.charAt(w.start()))
                    || DETERMINERS.contains(ws.get(k - 1).low()) || NOUN_MARKERS.contains(ws.get(k - 1).low()))) {
                continue; // 'the United States is', 'the alleged shooter', 'The added security': not a verb of saying
            }
            if (!according && k > 1 && DETERMINERS.contains(ws.get(k - 2).low()) && participleAdverb(text, ws.get(k - 1))) {
                continue; // 'The newly confirmed cases were all minor, said X': a participle before its noun
            }
            if (!according && k > 0 && AFTER_SUBORDINATOR.contains(ws.get(k - 1).low())) {
                continue; // 'When asked about the strike, he said ...': a participle; the speaker is in the main clause
            }
            if (!according && k + 1 < ws.size() && notSpeechAfter(w.low(), ws.get(k + 1).low())) {
                continue; // 'asked for him to be brought back', 'recent remarks by the envoy'
            }
            if (!according && k + 1 < ws.size() && w.low().startsWith("respond") && ws.get(k + 1).low().equals("with")) {
                // 'Militants responded with grenades': an act. Not 'responded by': PolNeAR takes 'Trump responded by
                // using the example of Chicago to prove that ...' for speech, and it often is
                continue;
            }
            int cueEnd = according ? k + 2 : k + 1;
            Mention cue = new Mention(w.start(), ws.get(cueEnd - 1).end(), text.substring(w.start(), ws.get(cueEnd - 1).end()));
            Mention speaker;
            boolean throughAdjunct = false; // 'said in June that “...”': reported speech, as PolNeAR has it
            int cs;
            int ce;
            if (according) {
                speaker = npAfter(text, ws, cueEnd);
                int after = speaker == null ? cueEnd : indexAfter(ws, speaker.end());
                if (after < ws.size() && ws.get(after).low().equals(",") && after + 3 < ws.size() && k == 0) {
                    cs = ws.get(after + 1).start(); // "According to X, CLAUSE."
                    ce = ws.get(ws.size() - 1).end();
                } else if (k > 2 && ws.get(k - 1).low().equals(",")
                        && !(after + 1 < ws.size() && ws.get(after).low().equals(",")
                        && (Character.isUpperCase(text.charAt(ws.get(after + 1).start()))
                                || SUBJECT_PRONOUNS.contains(ws.get(after + 1).low()))
                        && opensClause(text, ws, after + 1))) {
                    // not 'But later on Saturday, according to The Courier, Wenger spoke to ...': an inserted
                    // source of the clause that goes on after it, whose opening words were not said
                    cs = ws.get(0).start(); // "CLAUSE, according to X."
                    ce = ws.get(k - 1).start();
                } else {
                    continue;
                }
            } else {
                // the speaker right before the cue
                int last = k - 1;
                if (last >= 0 && ws.get(last).low().equals("also")) {
                    last--;
                }
                int spanLast = last;
                last = beforeAbbreviation(text, ws, last); // 'The ... Authority (AFAD) said'
                int b = last;
                int longest = last < spanLast ? 10 : 6; // a name with its abbreviation is a long one
                while (b >= 0 && last - b < longest && isNpWord(text, ws.get(b), false)) {
                    b--;
                }
                b = acrossAnd(text, ws, b, last);
                if (last < spanLast && last - b < 2) {
                    b = last; // 'Management (NAPM) said' after a line break: half a name is no speaker
                }
                int np = b;
                b = beforeLocative(text, ws, b, last);
                while (b < np && b + 1 < last && LEADING.contains(ws.get(b + 1).low())) {
                    b++; // 'But researchers from Leeds University said': the speaker without 'But'
                }
                if (b >= 0 && !ws.get(b).low().equals(",")) {
                    // a plain noun phrase from the sentence start or a comma: 'Some protest leaders said',
                    // '..., federal officials said.', 'A news report published Wednesday said'
                    int p = b;
                    while (p >= 0 && last - p < 7 && plainWord(text, ws.get(p))) {
                        p--;
                    }
                    if (p < b && (p < 0 || ws.get(p).low().equals(","))) {
                        b = p;
                    }
                }
                if (b < last && PASSIVE.contains(ws.get(k - 1).low()) && !w.low().endsWith("ing")) {
                    continue; // 'After months of being promised to ...': a passive cue; its subject said nothing
                }
                if (b < last) {
                    speaker = span(text, ws.get(b + 1), ws.get(spanLast));
                    if (b >= 1 && ws.get(b).low().equals(",") && participle(text, ws.get(b + 1))) {
                        // 'The police spokesman, Mr Yaro, confirming the incident said ...': the participle
                        // clause is no speaker; the name set off by commas before it is. Not 'in January,
                        // marketing magazine X reported' (a noun in -ing after a time)
                        Mention named = nameEndingAt(text, ws, b - 1, true);
                        if (named != null) {
                            speaker = named;
                        }
                    }
                    boolean toldCue = toldLike(w.low());
                    int tail = toldCue ? addresseeEnd(text, ws, cueEnd) : cueEnd;
                    int adding = addingTail(ws, tail);
                    if (b >= 1 && ws.get(b).low().equals(",") && (tail >= ws.size() - 1
                            || tail >= ws.size() - 4 && TRAILING.contains(ws.get(tail).low())
                            || accordingToTail(ws, tail) || adding > 0)) {
                        cs = ws.get(0).start(); // "CLAUSE, X said.", "CLAUSE, X said, according to Dawn."
                        ce = ws.get(b).start();
                        if (adding > 0 && adding + 4 <= ws.size() && ce - cs >= 10 && !inside(taken, cs)) {
                            // 'CLAUSE, the official said on Saturday, adding that CLAUSE2.': two things said
                            W add = ws.get(adding);
                            int as = ws.get(adding + 2).start();
                            int ae = ws.get(ws.size() - 1).end();
                            out.add(new Quote("indirect", new Mention(as, ae, text.substring(as, ae)), null, speaker,
                                    new Mention(add.start(), add.end(), text.substring(add.start(), add.end()))));
                        }
                    } else if (b < 0 || ws.get(b).low().equals(",") || creditDash(text, ws, b)) {
                        boolean told = toldLike(w.low());
                        int c = told ? toldContentStart(text, ws, cueEnd) : contentStart(ws, cueEnd, false);
                        throughAdjunct = !told && c > cueEnd + 1 && ADJUNCT.contains(ws.get(cueEnd).low());
                        if (c + 3 > ws.size() || ws.get(c).low().equals(",") || ws.get(c).low().equals(":")
                                || ws.get(c).low().equals(";") || !clause(text, ws, c, w.low())) {
                            continue; // 'posted a 32% jump in profit', 'responded to a report': no speech
                        }
                        cs = ws.get(c).start(); // "X said (that) CLAUSE."
                        ce = ws.get(ws.size() - 1).end();
                        if (ws.get(0).low().equals("as") && c > 0 && ws.get(c - 1).low().equals("that")) {
                            // "As Sato told the clerk that he was armed, police believe ...": the clause of
                            // "as" ends at its comma; the main clause after it is not what was said
                            for (int q = c + 1; q < ws.size(); q++) {
                                if (ws.get(q).low().equals(",")) {
                                    ce = ws.get(q).start();
                                    break;
                                }
                            }
                        }
                    } else {
                        continue;
                    }
                } else if (k + 1 < ws.size() && k >= 2 && ws.get(k - 1).low().equals(",")
                        && w.low().endsWith("ing") && !inside(taken, ws.get(0).start())
                        && (speaker = subjectOf(text, ws, k)) != null) {
                    // 'Judge X branded Y as “lazy”, stating there was ...': the participle after the main
                    // clause goes on its subject; what follows it is what was said
                    int c = toldLike(w.low()) ? toldContentStart(text, ws, cueEnd) : contentStart(ws, cueEnd, false);
                    if (c + 3 > ws.size() || !clause(text, ws, c, "saying") || ws.get(c).low().equals("to")
                            || ws.get(c).low().equals(":") || ws.get(c).low().equals(",")
                            || w.low().equals("adding") && !ws.get(c - 1).low().equals("that")) {
                        continue; // 'adding to a list of awards', 'adding pay-TV channels': acts, not speech
                    }
                    cs = ws.get(c).start();
                    ce = ws.get(ws.size() - 1).end();
                } else if (k + 1 < ws.size() && k >= 2 && ws.get(k - 1).low().equals(",")) {
                    // "CLAUSE, said X."; never "..., SP Ade Obi, confirmed the arrest": some cues have no inversion
                    speaker = NOT_INVERTED.contains(w.low()) ? null : npAfter(text, ws, k + 1);
                    if (speaker != null) {
                        speaker = ofBody(text, ws, speaker); // 'said Special Agent X of the Y Bureau of Investigation'
                    }
                    if (speaker != null && DETERMINERS.contains(ws.get(k + 1).low())
                            && (opensClause(text, ws, k + 1) || apposedSubject(text, ws, k))) {
                        // 'Singer Jo Bell, real name Joanna Bellamy, said the truce came on ...', 'His mother, Ana,
                        // said her son ...': a subject set off with its apposition, or words after the cue that
                        // open a clause; what follows the cue was said, it is no inverted speaker
                        speaker = null;
                    }
                    if (speaker != null && endsInverted(ws, speaker)) {
                        cs = ws.get(0).start();
                        ce = ws.get(k - 1).start();
                    } else {
                        // "X, apposition, said CONTENT": the words after the cue go on as a clause, so they
                        // are what was said and the subject before the first comma is the speaker
                        int f = 0;
                        while (f < k && !ws.get(f).low().equals(",")) {
                            f++;
                        }
                        boolean told = toldLike(w.low());
                        int c = told ? toldContentStart(text, ws, cueEnd) : contentStart(ws, cueEnd, false);
                        throughAdjunct = !told && c > cueEnd + 1 && ADJUNCT.contains(ws.get(cueEnd).low());
                        Mention quoted = inside(taken, ws.get(0).start()) ? speakerOfQuoteAt(out, ws.get(0).start()) : null;
                        if (quoted != null && c + 3 <= ws.size() && ws.get(c - 1).low().equals("that")) {
                            // '“They opened fire,” said SSP X, adding that ...': the words before the first comma
                            // are the quote, whose speaker goes on speaking, not a subject
                            speaker = quoted;
                        } else if (f == k - 1 && relativeSubject(text, ws, f) > 0 && c + 3 <= ws.size()
                                && clause(text, ws, c, w.low()) && !inside(taken, ws.get(0).start())) {
                            // 'Lawyer Ana Tay who represented the firm, argued that ...': the name before 'who'
                            speaker = span(text, ws.get(0), ws.get(relativeSubject(text, ws, f) - 1));
                        } else if (f == 0 || f - leading(ws, f) > 6 || f == k - 1 || c + 3 > ws.size()
                                || ws.get(c).low().equals(",") || ws.get(c).low().equals(":")
                                || !subjectWords(text, ws, f) || !clause(text, ws, c, w.low())
                                || inside(taken, ws.get(0).start())) {
                            continue;
                        } else {
                            // 'But the chairman of the Harbour Trust, Sir Ian Vale, said ...': the subject without 'But'
                            speaker = span(text, ws.get(leading(ws, f)), ws.get(f - 1));
                        }
                        cs = ws.get(c).start();
                        ce = ws.get(ws.size() - 1).end();
                    }
                } else {
                    continue;
                }
            }
            if (speaker != null && negated(speaker.text())) {
                continue; // 'No one immediately claimed responsibility', 'Nobody said anything'
            }
            for (int[] t : taken) {
                if (t[0] > cs && t[0] < ce) {
                    ce = t[0]; // 'X said that CLAUSE, adding: “...”': the direct quote is not part of it
                }
            }
            if (inside(taken, cs)) {
                continue;
            }
            if (cs == ws.get(0).start()) {
                cs = afterCredit(text, cs, ce);
            }
            while (ce > cs && (isSpace(text.charAt(ce - 1)) || text.charAt(ce - 1) == ',')) {
                ce--;
            }
            if (ce - cs < 10) {
                continue;
            }
            // '“You squeezed them to the breaking point” to drive up the price, she said.': a sentence that
            // opens with quoted words and goes on past the mark is still quoted at its start, so direct
            boolean quoted = !throughAdjunct && cs > 0 && isOpen(text, cs - 1) && ce - cs < 600 && text.indexOf(text.charAt(cs - 1) == '"'
                    ? '"' : '\u201D', cs) < ce;
            int last = e;
            if (quoted) {
                // '“A” of the plan, X said. “B.”': pieces with no attribution of their own that follow go on it,
                // as they go on a quote whose attribution sits beside its marks
                for (int[] o : orphans) {
                    if (o[0] > last && adjacent(text, last, o[0])) {
                        ce = contentEnd(text, o[0] + 1, o[1]);
                        last = o[1] + 1;
                    } else if (o[0] > last) {
                        break;
                    }
                }
            }
            if (!quoted && cs == ws.get(0).start() && k > 0) {
                quoteBefore(text, s, speaker, cue, out, taken, orphans);
            }
            out.add(new Quote(quoted ? "direct" : "indirect", new Mention(cs, ce, text.substring(cs, ce)),
                    null, speaker, cue));
            taken.add(new int[] {s, Math.max(e, last)});
            if (!quoted) {
                following(text, e, entities, speaker, cue, out, taken, orphans);
            }
            return; // one attribution per sentence
        }
    }

    /**
     * A quote with no attribution of its own that stands alone right before a sentence ending in its
     * attribution, in the same paragraph, is that speaker's: '“Their only answer is to tax.” Mr Brown
     * liked to boast of balances, the Tory leader said.' The quote ends its sentence with the mark
     * ('.”', '?"'), and only spaces stand between it and the sentence at {@code s}.
     */
    private static void quoteBefore(String text, int s, Mention speaker, Mention cue, List<Quote> out,
            List<int[]> taken, List<int[]> orphans) {
        if (s < 3 || !isClose(text.charAt(s - 2)) || ".?!".indexOf(text.charAt(s - 3)) < 0) {
            return;
        }
        for (int[] o : orphans) {
            if (o[1] == s - 2 && !inside(taken, o[0])) {
                int ce = contentEnd(text, o[0] + 1, o[1]);
                out.add(new Quote("direct", new Mention(o[0] + 1, ce, text.substring(o[0] + 1, ce)), null, speaker,
                        cue));
                taken.add(new int[] {o[0], o[1] + 1});
                return;
            }
        }
    }

    /**
     * A quote with no attribution of its own right after a sentence of reported speech, in the same
     * paragraph, is the same speaker's: 'The company said in a statement that it had received the
     * letter. “We remain committed to the agreement.”' Only a piece that opens right after the
     * sentence's full stop and ends its own sentence, and the pieces that go on from it.
     */
    private static void following(String text, int e, List<Entity> entities, Mention speaker, Mention cue,
            List<Quote> out, List<int[]> taken, List<int[]> orphans) {
        if (e >= text.length() || text.charAt(e) != '.') {
            return;
        }
        int k = e + 1;
        while (k < text.length() && text.charAt(k) == ' ') {
            k++;
        }
        for (int i = 0; i < orphans.size(); i++) {
            int[] o = orphans.get(i);
            if (o[0] < k) {
                continue;
            }
            if (o[0] > k || inside(taken, o[0])) {
                return;
            }
            int ce = contentEnd(text, o[0] + 1, o[1]);
            int last = o[1] + 1;
            for (int j = i + 1; j < orphans.size() && adjacent(text, last, orphans.get(j)[0]); j++) {
                ce = contentEnd(text, orphans.get(j)[0] + 1, orphans.get(j)[1]);
                last = orphans.get(j)[1] + 1;
            }
            Quote q = out.remove(out.size() - 1);
            int cs = q.content().start();
            int end = isClose(text.charAt(last - 1)) ? last : ce;
            out.add(new Quote(q.kind(), new Mention(cs, end, text.substring(cs, end)), q.speaker(), q.speakerText(),
                    q.cue()));
            taken.add(new int[] {o[0], last});
            return;
        }
    }

    /**
     * Where the reported clause starts after a cue ending at word {@code c}: after the "that" that ends
     * an addressee or an adjunct ('told reporters on Tuesday that', 'said in a statement on Monday that',
     * 'said in a televised address that', 'said after the meeting that'), after time words ('said on
     * Wednesday the country', 'says Sunday that'), else right after the cue. An adjunct is only looked
     * through when it opens with a preposition or time word, up to 12 words and a comma, so that 'said
     * the report that he wrote was false' keeps its clause.
     */
    private static int contentStart(List<W> ws, int c, boolean told) {
        int n = ws.size();
        if (told || c < n && ADJUNCT.contains(ws.get(c).low())) {
            for (int t = c; t < Math.min(n, c + (told ? 8 : 12)); t++) {
                String l = ws.get(t).low();
                if (l.equals("that")) {
                    return t + 1;
                }
                if (!told && (l.equals(",") || l.equals(":") || isCue(l))) {
                    break;
                }
            }
            if (told) {
                return c + 1;
            }
        }
        while (c < n && TIME_AFTER_CUE.contains(ws.get(c).low())) {
            c++; // 'says Sunday that', 'said on Tuesday'
        }
        return c < n && ws.get(c).low().equals("that") ? c + 1 : c;
    }

    /**
     * Where the content starting at {@code cs} begins after a dateline with a credit in parentheses that
     * the dateline stage left in the text: 'Kano, Nigeria, (Daily Courier / APP - 3rd Mar, 2021 ) :About
     * 40 gunmen raided ...'. A capitalised opening, a '(' within 60 characters, its ')' within 100 more,
     * then ':' or a dash; {@code cs} itself when the words open no such credit.
     */
    static int afterCredit(String text, int cs, int ce) {
        if (!Character.isUpperCase(text.charAt(cs))) {
            return cs;
        }
        int open = -1;
        for (int i = cs; i < Math.min(ce, cs + 60); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                open = i;
                break;
            }
            if (c == '.' || c == '"' || c == '\u201C') {
                return cs;
            }
        }
        if (open < 0) {
            return cs;
        }
        int close = text.indexOf(')', open);
        if (close < 0 || close >= ce || close - open > 100) {
            return cs;
        }
        int j = close + 1;
        while (j < ce && text.charAt(j) == ' ') {
            j++;
        }
        if (j >= ce || ":-\u2013\u2014".indexOf(text.charAt(j)) < 0) {
            return cs;
        }
        while (j < ce && (":-\u2013\u2014".indexOf(text.charAt(j)) >= 0 || text.charAt(j) == ' ')) {
            j++;
        }
        return ce - j >= 10 ? j : cs;
    }

    /** Cues that read 'told': an addressee, then what was said ('informed the court that ...'). */
    private static boolean toldLike(String l) {
        return l.equals("told") || l.equals("telling") || l.equals("informed") || l.equals("informs");
    }

    /** Words after which a cue is a participle of an adverbial clause: 'When asked about ...', 'If elected'. */
    private static final Set<String> AFTER_SUBORDINATOR = WordSet.of("when", "while", "if", "whenever", "unless");

    /**
     * Whether a cue followed by {@code next} is a request or a noun, not speech: 'asked for him to be
     * brought back', 'recent remarks by the envoy', 'claims by rivals'.
     */
    private static boolean notSpeechAfter(String cue, String next) {
        if (next.equals("for")) {
            return cue.equals("asked") || cue.equals("asks") || cue.equals("shouted") || cue.equals("yelled");
        }
        return next.equals("by") && cue.endsWith("s") && !cue.equals("says");
    }

    /** A lower-case word in -ing that opens a participle clause: 'confirming the incident', 'speaking at'. */
    private static boolean participle(String text, W w) {
        int e = w.end();
        return e - w.start() > 5 && Character.isLowerCase(text.charAt(w.start())) && endsWith(text, e, "ing");
    }

    /** The capitalised words (a name, with its title) ending at word {@code last}, up to five; null when none. */
    private static Mention nameEndingAt(String text, List<W> ws, int last, boolean setOff) {
        int b = last;
        while (b >= 0 && last - b < 5 && Character.isUpperCase(text.charAt(ws.get(b).start()))) {
            b--;
        }
        if (b == last || setOff && b >= 0 && !ws.get(b).low().equals(",") || TRAILING.contains(ws.get(last).low())) {
            return null;
        }
        return span(text, ws.get(b + 1), ws.get(last));
    }

    /**
     * The subject that opens the sentence before the participle cue at {@code k} ('Judge X branded Y,
     * stating ...'): a noun phrase from the first word (after 'But', 'And'), capitalised; null when the
     * sentence opens with a clause of circumstance ('When ...', 'After ...') or an adverb.
     */
    private static Mention subjectOf(String text, List<W> ws, int k) {
        int f = 0;
        while (f < k && LEADING.contains(ws.get(f).low())) {
            f++;
        }
        if (f < k && OPENING_PREPOSITIONS.contains(ws.get(f).low())) {
            // 'Despite her concerns, Ms Khan called ..., saying ...': the subject follows the phrase's comma
            int comma = f + 1;
            while (comma < k - 1 && comma - f < 8 && !ws.get(comma).low().equals(",")) {
                comma++;
            }
            f = comma < k - 1 && ws.get(comma).low().equals(",") ? comma + 1 : k;
        }
        if (f >= k || !Character.isUpperCase(text.charAt(ws.get(f).start())) || SUBORDINATORS.contains(ws.get(f).low())
                || OPENERS.contains(ws.get(f).low()) || CLAUSE_WORDS.contains(ws.get(f).low()) || allCaps(text, ws.get(f))
                || BEFORE_PLURAL.contains(ws.get(f).low()) && !DETERMINERS.contains(ws.get(f).low())
                || OPENING_PREPOSITIONS.contains(ws.get(f).low())) {
            return null; // 'When ...', 'However, ...', a dateline 'NEW YORK (Reuters) -'
        }
        for (int i = f + 1; i < k - 1; i++) {
            if (CLAUSE_BREAKS.contains(ws.get(i).low())) {
                return null; // '... asked for him to be brought back but he refused, telling ...': another subject
            }
        }
        Mention np = npAfter(text, ws, f);
        if (np == null) {
            return null;
        }
        int after = indexAfter(ws, np.end());
        if (np.text().endsWith("'s") || np.text().endsWith("\u2019s") || DETERMINERS.contains(ws.get(f).low())) {
            // "North Korea's foreign ministry", 'The state oil firm': a possessive or determiner goes on to
            // its noun of office
            for (int i = after; i < k - 1 && i - after < 3 && plainWord(text, ws.get(i)); i++) {
                String l = ws.get(i).low();
                if (ORG_WORDS.contains(l) || PERSON_WORDS.contains(l) || PERSON_PLURALS.contains(l)) {
                    np = span(text, ws.get(f), ws.get(i));
                    after = i + 1;
                    break;
                }
            }
        }
        return after < k - 1 ? np : null;
    }

    /** Prepositions that open a sentence before its subject: 'Despite her concerns, she ...', 'After ...'. */
    private static final Set<String> OPENING_PREPOSITIONS = WordSet.of("despite", "amid", "during", "without", "under",
            "following", "throughout", "unlike", "like", "beyond", "against", "among", "within", "after");

    /** Words before a cue that make it passive: 'being promised', 'been told': the subject said nothing. */
    private static final Set<String> PASSIVE = WordSet.of("being", "been");

    /** Words that open another clause (with its own subject) between a subject and a participle cue. */
    private static final Set<String> CLAUSE_BREAKS = WordSet.of(",", "but", "and", "or", "who", "which", "that", "when",
            "while", "because", "after", "before", "if", "since", "until");

    /** Whether the word has two or more letters, all capitals: a dateline's place ('NEW YORK', 'LAGOS'). */
    private static boolean allCaps(String text, W w) {
        if (w.end() - w.start() < 2) {
            return false;
        }
        for (int i = w.start(); i < w.end(); i++) {
            if (Character.isLowerCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where the subject ends before a relative clause ('Lawyer Ana Tay who represented the firm,'): the
     * index of 'who' when the words before it form a subject of up to six words and no comma sets it off; else -1.
     */
    private static int relativeSubject(String text, List<W> ws, int comma) {
        for (int r = 1; r < comma && r <= 6; r++) {
            if (ws.get(r).low().equals("who")) {
                return subjectWords(text, ws, r) ? r : -1;
            }
        }
        return -1;
    }

    /**
     * The index of 'adding' when the words from {@code tail} are up to three time words, then ', adding
     * that': '..., the official said on Saturday, adding that no arrest had been made.'; else -1.
     */
    private static int addingTail(List<W> ws, int tail) {
        for (int t = tail; t < ws.size() - 2 && t - tail <= 3; t++) {
            String l = ws.get(t).low();
            if (l.equals(",")) {
                return ws.get(t + 1).low().equals("adding") && ws.get(t + 2).low().equals("that") ? t + 1 : -1;
            }
            if (!TRAILING.contains(l) && !TIME_AFTER_CUE.contains(l)) {
                return -1;
            }
        }
        return -1;
    }

    /** The speaker as written of the last quote found whose content covers {@code pos}; null when none has one. */
    private static Mention speakerOfQuoteAt(List<Quote> out, int pos) {
        for (int i = out.size() - 1; i >= 0; i--) {
            Quote q = out.get(i);
            if (q.content().start() <= pos + 1 && pos < q.content().end() + 2) {
                return q.speakerText();
            }
        }
        return null;
    }

    /**
     * Cues whose object is mostly a thing, not words: 'shouted obscenities', 'posted a photo', 'tweeted a
     * link'. Their content must follow 'that', open with a subject pronoun or hold a quoted span.
     */
    private static final Set<String> OBJECT_CUES = WordSet.of("shouted", "yelled", "posted", "posts", "tweeted", "tweets");

    /** Whether a quotation mark stands in the words from {@code c} to the sentence end. */
    private static boolean quotedIn(String text, List<W> ws, int c) {
        for (int q = ws.get(c).start(); q < ws.get(ws.size() - 1).end(); q++) {
            char x = text.charAt(q);
            if (x == '"' || x == '\u201C' || x == '\u201D') {
                return true;
            }
        }
        return false;
    }

    /** Words before a noun, not a verb: 'these claims', 'such reports', 'whose posts'. */
    private static final Set<String> NOUN_MARKERS = WordSet.of("these", "those", "such", "whose", "your", "similar",
            "false", "new", "recent", "latest"); // not 'some'/'many' ('Many said ...') nor 'earlier' ('X earlier warned that')

    /** Finite verb forms that make a clause of what follows a cue (an auxiliary, a modal, an irregular past). */
    private static final Set<String> FINITE = WordList.load(QuotesEnricher.class, "finite-verbs.txt");

    /** Subject pronouns: 'said they plan to ...', 'told reporters we ...'. */
    private static final Set<String> SUBJECT_PRONOUNS = WordSet.of("i", "we", "they", "he", "she", "you", "it",
            "it's", "he's", "she's", "they're", "we're", "there");

    /** Words after which a word in -s is a plural noun rather than a verb: 'a rise in sales', 'of the victims'. */
    private static final Set<String> BEFORE_PLURAL = WordSet.of("a", "an", "the", "of", "in", "on", "for", "to", "with",
            "by", "from", "at", "these", "those", "and", "or", "all", "both", "its", "their", "his", "her", "our",
            "some", "many", "several", "other", "more", "new", "into");

    /**
     * Whether the words from {@code c} to the sentence end read as a clause, not a noun phrase: after
     * 'that'; else some finite verb (an auxiliary or modal, a subject pronoun, a word in -ed, or a word
     * in -s after a word that is no determiner or preposition). 'Nike posted a 32% jump in profit',
     * 'the region reported a 13% increase in sales', 'doctors declared both of them dead', 'responded
     * to a report' and 'told the Daily Clarion' have none: they are results, acts or addressees.
     * Only after a cue of {@link #NEEDS_CLAUSE}; a quoted span inside the words also makes them content.
     */
    private static boolean clause(String text, List<W> ws, int c, String cue) {
        if (c > 0 && ws.get(c - 1).low().equals("that")) {
            return true;
        }
        if (cue.startsWith("inform")) {
            return false; // 'informed the police': only 'informed X that ...' reports speech
        }
        if (OBJECT_CUES.contains(cue) && c < ws.size() && !SUBJECT_PRONOUNS.contains(ws.get(c).low())
                && !quotedIn(text, ws, c)) {
            return false; // 'shouted obscenities at the judge', 'posted a photo of the ruins'
        }
        if (c < ws.size() && COORDINATORS.contains(ws.get(c).low())) {
            return false; // 'officers responded and found ...': the cue has no object; what follows is another act
        }
        if (cue.startsWith("claim") && c < ws.size() && (LIVES.contains(ws.get(c).low())
                || c + 1 < ws.size() && LIVES.contains(ws.get(c + 1).low()))) {
            return false; // 'the accident claimed the life of a boy', 'claimed many lives': a toll, not speech
        }
        if (THING_CUES.contains(cue) && c < ws.size() && !quotedIn(text, ws, c)) {
            // 'maintained the trial court verdict', 'announced a fourfold rise in profits', 'observed a white
            // van and received ...', 'the van continued around the house': a thing, unless a clause opens here
            return ws.get(c).low().equals("to") ? thatAfter(ws, c + 2) : opensClause(text, ws, c);
        }
        if (!NEEDS_CLAUSE.contains(cue)) {
            return true; // 'acknowledged their uphill battle', 'pledged to cut taxes': PolNeAR's attributions
        }
        for (int q = ws.get(c).start(); q < ws.get(ws.size() - 1).end(); q++) {
            char x = text.charAt(q);
            if (x == '"' || x == '\u201C' || x == '\u201D') {
                return true; // a quoted span inside: 'said the words “lump” the good with the bad'
            }
        }
        if (c < ws.size() && ws.get(c).low().equals("to") && !toSomeone(text, ws, c + 1)) {
            return thatAfter(ws, c + 2); // 'continues to insist, in every interview, that ...'; not 'continues to
            // investigate', 'responded to a report'; 'admitted to jurors he was' reads on
        }
        for (int i = c; i < ws.size(); i++) {
            W w = ws.get(i);
            String l = w.low();
            if (FINITE.contains(l) || SUBJECT_PRONOUNS.contains(l) || endsWith(text, w.end(), "n't")) {
                return true;
            }
            // the suffixes are read in the text: low() keeps only the words the rules know
            int s = w.start();
            int e = w.end();
            if (e - s >= 4 && Character.isLowerCase(text.charAt(s)) && i > c) {
                String prev = ws.get(i - 1).low();
                char p0 = text.charAt(ws.get(i - 1).start());
                boolean afterWord = (Character.isLetter(p0) || p0 == ')') && !BEFORE_PLURAL.contains(prev);
                if (afterWord && endsWith(text, e, "ed")) {
                    return true; // 'the ferry sailed', not 'the injured'
                }
                char z = text.charAt(e - 2);
                if (afterWord && text.charAt(e - 1) == 's' && z != 's' && z != 'u' && z != '\'' && z != '\u2019') {
                    return true; // 'the company expects', not 'a rise in sales'
                }
            }
        }
        return false;
    }

    /** Time words that may stand between a subject and its cue: 'X yesterday said', 'X on Monday said'. */
    private static final Set<String> TIME_BEFORE_CUE = Set.of("yesterday", "today", "tonight", "monday", "tuesday",
            "wednesday", "thursday", "friday", "saturday", "sunday");

    /**
     * Drops the time words between a subject and its cue ('The spokesman, Mr X, yesterday said ...',
     * 'X on Monday said that ...', as East African and South Asian papers write them) from the
     * sentence's words, so the subject stands right before the cue as it does without them. Only a
     * subject's last word may stand before them: a capitalised word, a comma or a person word. The
     * words are dropped only from this list, never from the text: spans are taken by offsets.
     */
    private static void dropTimeBeforeCue(String text, List<W> ws) {
        for (int k = 3; k < ws.size(); k++) {
            W cue = ws.get(k);
            // the cheap hash test first, as the main loop does: a time word is read only before a cue
            if (!cue.mayBeCue() || !isCue(cue.low()) || Character.isUpperCase(text.charAt(cue.start()))) {
                continue;
            }
            W w = ws.get(k - 1);
            if (!TIME_BEFORE_CUE.contains(w.low())) {
                continue;
            }
            int from = k - 1;
            if (ws.get(k - 2).low().equals("on") && Character.isUpperCase(text.charAt(w.start()))) {
                from = k - 2; // 'on Monday'
            }
            W subject = ws.get(from - 1);
            String sl = subject.low();
            if (sl.equals(",") || PERSON_WORDS.contains(sl) || ORG_WORDS.contains(sl)
                    || Character.isUpperCase(text.charAt(subject.start())) && !TIME_BEFORE_CUE.contains(sl)) {
                ws.subList(from, k).clear();
                k = from;
            }
        }
    }

    /** Whether a 'that' stands among the words from {@code from}. */
    private static boolean thatAfter(List<W> ws, int from) {
        for (int t = from; t < ws.size(); t++) {
            if (ws.get(t).low().equals("that")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a clause opens at {@code c}: a subject pronoun, or a subject noun phrase of at most eight
     * words (determiners, names, nouns, 'of') followed by a finite verb (an auxiliary, a modal, an
     * irregular past, a word in -ed or -s after a noun). A preposition, a comma, a coordinator, a time
     * word or 'that' before any verb ends the noun phrase as an object: 'a fourfold rise in profits',
     * 'the trial court verdict.', 'a white van and received ...', 'this yesterday at ...', 'around the
     * house'. Read only after the cues of {@link #THING_CUES}, once per cue found.
     */
    private static boolean opensClause(String text, List<W> ws, int c) {
        if (c >= ws.size()) {
            return false;
        }
        if (SUBJECT_PRONOUNS.contains(ws.get(c).low()) && !ws.get(c).low().equals("it")) {
            return true; // 'announced he would stand down'; 'it' may be the object ('announced it on Monday')
        }
        for (int i = c; i < ws.size() && i - c < 9; i++) {
            W w = ws.get(i);
            String l = w.low();
            if (i > c && (FINITE.contains(l) || endsWith(text, w.end(), "n't"))) {
                return true;
            }
            if (!letter(text.charAt(w.start())) && !Character.isDigit(text.charAt(w.start()))
                    && !l.equals("'s") && !l.equals("\u2019s") && !l.equals("-") && !l.equals("%")
                    || l.equals("that") || COORDINATORS.contains(l) || OBJECT_ENDS.contains(l)
                    || TIME_AFTER_CUE.contains(l)) {
                return false;
            }
            int s = w.start();
            int e = w.end();
            if (i > c && e - s >= 4 && Character.isLowerCase(text.charAt(s))) {
                String prev = ws.get(i - 1).low();
                char p0 = text.charAt(ws.get(i - 1).start());
                boolean afterWord = (letter(p0) || p0 == ')') && !BEFORE_PLURAL.contains(prev);
                char z = text.charAt(e - 2);
                if (afterWord && (endsWith(text, e, "ed") || text.charAt(e - 1) == 's' && z != 's' && z != 'u'
                        && z != '\'' && z != '\u2019' && !endsWith(text, e, "news"))) {
                    return true; // 'the prosecution case had', 'the ferry service resumes'; not 'this news'
                }
            }
        }
        return false;
    }

    /**
     * Cues whose object is a thing as often as words: 'maintained the verdict', 'announced a rise in
     * profits', 'observed a van', 'the van continued around the house', 'confirmed the incident to
     * journalists' (Nigerian copy: the officer confirmed that it happened; what was said comes after). What follows them must open a
     * clause ({@link #opensClause}), follow 'that', or hold a quoted span.
     */
    private static final Set<String> THING_CUES = WordSet.of("maintained", "maintains", "announced", "announces",
            "observed", "observes", "continued", "continues", "confirmed", "confirms");

    /** The nouns of 'claimed the life of', 'claimed many lives': a toll after 'claim', never speech. */
    private static final Set<String> LIVES = Set.of("life", "lives");

    /** Words that join two acts: content opening with one of them is no object of the cue. */
    private static final Set<String> COORDINATORS = WordSet.of("and", "or", "but");

    /**
     * Prepositions and adverbs after which a noun phrase is an object, not a subject: 'a rise in
     * profits', 'around the house', 'through the reserve', 'this yesterday at'.
     */
    private static final Set<String> OBJECT_ENDS = WordSet.of("in", "on", "at", "for", "with", "by", "from", "to", "into",
            "through", "around", "along", "across", "toward", "towards", "over", "under", "near", "after", "before",
            "during", "against", "about", "up", "down", "off", "out", "back", "as", "than", "via", "past", "per",
            "behind", "beyond", "within", "without", "onto", "upon", "among", "between");

    /**
     * Cues whose object is often no speech: a result ('posted a 32% jump', 'reported a 13% increase',
     * 'added 1.7%'), an act ('responded to a report', 'continues to investigate', 'declared them dead'),
     * an addressee ('told the Daily Clarion') or an inverted speaker ('said Special Agent X'). What
     * follows them must read as a clause. Other cues keep a noun phrase as their content, as PolNeAR
     * labels it ('acknowledged their uphill battle', 'denied the report', 'pledged to cut taxes').
     */
    private static final Set<String> NEEDS_CLAUSE = WordSet.of("said", "says", "say", "saying", "told", "tells",
            "telling", "posted", "posts", "reported", "reports", "added", "adds", "continued", "continues",
            "declared", "declares", "responded", "responds", "predicted", "predicts", "claims", "notes", "tweets");

    /** Lower-case nouns that go on a named addressee: 'the Guardian newspaper', 'Lagos court'. */
    private static final Set<String> ADDRESSEE_NOUNS = WordList.load(QuotesEnricher.class, "addressee-nouns.txt");

    /** Whether the word at {@code i} after 'to' is a person or body spoken to: a name, a pronoun, a determiner, a plural. */
    private static boolean toSomeone(String text, List<W> ws, int i) {
        if (i >= ws.size()) {
            return false;
        }
        W w = ws.get(i);
        String l = w.low();
        if (Character.isUpperCase(text.charAt(w.start())) || DETERMINERS.contains(l) || l.equals("him")
                || l.equals("them") || l.equals("us") || l.equals("me") || l.equals("reporters")) {
            return true;
        }
        int e = w.end();
        return e - w.start() >= 4 && text.charAt(e - 1) == 's' && text.charAt(e - 2) != 's'
                && Character.isLetter(text.charAt(w.start()));
    }

    /**
     * Where the addressee after 'told' ends: a run of capitalised words with 'of'/'the'/'and' and a
     * parenthesised abbreviation inside ('Seven News', 'the News Agency of Nigeria (NAN)'), or one
     * word ('reporters', 'him'), or 'the' and one noun ('the court'); {@code c} when no word follows.
     */
    private static int addresseeEnd(String text, List<W> ws, int c) {
        int n = ws.size();
        int i = c;
        if (i < n && (ws.get(i).low().equals("the") || ws.get(i).low().equals("a"))) {
            i++;
        }
        if (i >= n) {
            return c;
        }
        if (!Character.isUpperCase(text.charAt(ws.get(i).start()))) {
            int e = i + 1;
            while (e < n && e < i + 3 && ADDRESSEE_NOUNS.contains(ws.get(e).low())) {
                e++; // 'told news agency the ...'
            }
            return e;
        }
        int end = i;
        while (end < n) {
            W x = ws.get(end);
            String l = x.low();
            char f = text.charAt(x.start());
            if (Character.isUpperCase(f) || end > i && (ADDRESSEE_NOUNS.contains(l)
                    || Character.isDigit(f) && end + 1 < n && Character.isUpperCase(text.charAt(ws.get(end + 1).start())))) {
                end++; // 'Radio 4's Today programme', 'the Guardian newspaper'
            } else if ((l.equals("of") || l.equals("and") || l.equals("'") || l.equals("\u2019")) && end + 1 < n
                    && Character.isUpperCase(text.charAt(ws.get(end + 1).start()))) {
                end++; // 'News Agency of Nigeria', 'Sky News' Sunday'; not a bare 'the': 'told MPs the UK was'
            } else if (l.equals("of") && end + 2 < n && ws.get(end + 1).low().equals("the")
                    && Character.isUpperCase(text.charAt(ws.get(end + 2).start()))) {
                end += 2; // 'News Agency of the Philippines'
            } else if (l.equals("(") && end + 2 < n && ws.get(end + 2).low().equals(")")) {
                end += 3;
            } else {
                break;
            }
        }
        // 'USA Today's weekly video series', 'Radio Kestrel's breakfast show': lower-case words up to a noun of a medium
        for (int x = end; end > i && x < Math.min(n, end + 3) && Character.isLowerCase(text.charAt(ws.get(x).start()))
                && !FINITE.contains(ws.get(x).low()) && !SUBJECT_PRONOUNS.contains(ws.get(x).low()); x++) {
            if (ADDRESSEE_NOUNS.contains(ws.get(x).low())) {
                end = x + 1;
                break;
            }
        }
        // a capitalised day or month after the addressee is a time, not part of it: 'told Xinhua Monday'
        while (end > i + 1 && TIME_AFTER_CUE.contains(ws.get(end - 1).low())) {
            end--;
        }
        return end;
    }

    /**
     * Where the content starts after 'told': after its 'that' when one follows the addressee (within 10
     * words or right after a longer addressee, before any finite verb), else right after the addressee ('told Seven News it was the third fire'), and after
     * time words there.
     */
    private static int toldContentStart(String text, List<W> ws, int c) {
        int n = ws.size();
        int a = addresseeEnd(text, ws, c);
        for (int t = c; t < Math.min(n, Math.max(c + 10, a + 1)); t++) {
            String l = ws.get(t).low();
            if (l.equals("that")) {
                return t + 1;
            }
            if (l.equals(":") || FINITE.contains(l) || SUBJECT_PRONOUNS.contains(l)) {
                // the content has begun: a 'that' further on is inside it. Commas may set off the
                // addressee's name: 'told the President of the Assembly, Ana Ruiz, that ...'
                break;
            }
        }
        while (a < n && TIME_AFTER_CUE.contains(ws.get(a).low())) {
            a++;
        }
        return a;
    }

    /**
     * The speaker after an inverted cue, carried over 'of' and a capitalised body up to the sentence end,
     * a comma or a trailing time: 'said Special Agent Dana Whitcombe of the Marlow Bureau of Investigation'.
     */
    private static Mention ofBody(String text, List<W> ws, Mention speaker) {
        int after = indexAfter(ws, speaker.end());
        if (after >= ws.size() || !ws.get(after).low().equals("of")) {
            return speaker;
        }
        int i = after + 1;
        if (i < ws.size() && ws.get(i).low().equals("the")) {
            i++;
        }
        int end = i;
        while (end < ws.size() && end - after < 12 && (Character.isUpperCase(text.charAt(ws.get(end).start()))
                || (ws.get(end).low().equals("of") || ws.get(end).low().equals("and")) && end + 1 < ws.size()
                        && Character.isUpperCase(text.charAt(ws.get(end + 1).start())))) {
            end++;
        }
        if (end == i || !(end >= ws.size() || ws.get(end).low().equals(",") || TRAILING.contains(ws.get(end).low()))) {
            return speaker;
        }
        return span(text, ws.get(indexAfter(ws, speaker.start())), ws.get(end - 1));
    }

    /** Words that open an adjunct between a cue and its "that": 'said in a statement that', 'said after ...'. */
    private static final Set<String> ADJUNCT = WordSet.of("in", "on", "at", "here", "during", "after", "before", "late", "earlier",
            "last", "yesterday", "today", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");

    /** Time words that may stand between a cue and its content: 'says Sunday that', 'said on Tuesday'. */
    private static final Set<String> TIME_AFTER_CUE = WordSet.of("on", "yesterday", "today", "tonight", "earlier",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    /**
     * Whether a noun phrase after the cue is the speaker of an inverted attribution ('CLAUSE, said X.'):
     * it must end the sentence or be followed only by a comma (an apposition) or a trailing time or place
     * ('said X on Tuesday'), and it is never a day or time word itself. 'X, apposition, said an
     * investigation has begun' goes on with a verb, so its noun phrase is content, not a speaker.
     */
    private static boolean endsInverted(List<W> ws, Mention speaker) {
        int first = indexAfter(ws, speaker.start());
        if (first < ws.size() && TIME_AFTER_CUE.contains(ws.get(first).low())) {
            return false;
        }
        int after = indexAfter(ws, speaker.end());
        return after >= ws.size() || ws.get(after).low().equals(",") || TRAILING.contains(ws.get(after).low());
    }

    /**
     * Whether the words before the cue at {@code k} are a subject, a comma, an apposition and a comma
     * ('Helen Vale, editor of the Pensions Digest, said'): two commas or more and no finite verb (of
     * {@code finite-verbs.txt}, or a lower-case word in -ed that is not hyphenated) among them.
     */
    private static boolean apposedSubject(String text, List<W> ws, int k) {
        int commas = 0;
        for (int i = 0; i < k; i++) {
            W w = ws.get(i);
            String l = w.low();
            if (l.equals(",")) {
                commas++;
                continue;
            }
            if (FINITE.contains(l)) {
                return false;
            }
            if (w.end() - w.start() >= 4 && Character.isLowerCase(text.charAt(w.start())) && endsWith(text, w.end(), "ed")
                    && text.lastIndexOf('-', w.end() - 1) < w.start()) {
                return false; // 'Sales dropped, analysts said, ...'; not 'majority-owned'
            }
        }
        return commas >= 2;
    }

    /** How many words of {@link #LEADING} ('But', 'And', 'So') open the sentence, short of {@code f}. */
    private static int leading(List<W> ws, int f) {
        int i = 0;
        while (i < f - 1 && LEADING.contains(ws.get(i).low())) {
            i++;
        }
        return i;
    }

    /** The words before the first comma form a subject: letters, no clause word or cue, a capital or determiner first. */
    private static boolean subjectWords(String text, List<W> ws, int f) {
        int s = leading(ws, f); // 'But the chairman of X, Name, said': the subject after 'But'
        for (int i = s; i < f; i++) {
            if (!plainWord(text, ws.get(i)) || ws.get(i).low().equals("of") && i == s) {
                return false;
            }
            W w = ws.get(i);
            int e = w.end();
            if (s > 0 && i > s && i < f - 1 && e - w.start() >= 4 && Character.isLowerCase(text.charAt(w.start()))
                    && text.charAt(e - 1) == 's' && text.charAt(e - 2) != 's' && text.charAt(e - 2) != 'u'
                    && !BEFORE_PLURAL.contains(ws.get(i - 1).low()) && !ws.get(i + 1).low().equals("of")) {
                return false; // 'And the law protects those who ...': after 'And' a clause, not a subject
            }
        }
        W first = ws.get(s);
        return (Character.isUpperCase(text.charAt(first.start())) || s > 0 && first.low().equals("the"))
                && !OPENERS.contains(first.low())
                && !OPENING_PREPOSITIONS.contains(first.low()); // 'Despite her concerns, ...' is no subject
    }

    /** Sentence adverbs that open a sentence before a comma: not a subject. */
    private static final Set<String> OPENERS = WordSet.of("however", "meanwhile", "instead", "still", "yet", "also",
            "separately", "earlier", "later", "now", "then", "thus", "indeed", "moreover", "furthermore", "besides",
            "nevertheless", "nonetheless", "otherwise", "finally", "yesterday", "today", "overall");

    /** A speaker opened by these denies that anyone spoke: 'No one immediately claimed responsibility'. */
    private static final Set<String> NEGATED = WordSet.of("no", "nobody", "none", "neither");

    /** Words that may follow a closing cue: '..., officials said on Tuesday.', '... said in a statement.' */
    /**
     * Cues that never come before their speaker: "..., SP Ade Obi, confirmed the arrest in a statement"
     * has the arrest as object, not as speaker ("..., said the minister", "..., reported the Times" and
     * British "..., claimed Mr Brown", "..., admitted Henman" do).
     */
    private static final Set<String> NOT_INVERTED = WordSet.of("confirmed", "confirms", "denied", "denies", "announced",
            "announces", "acknowledged", "acknowledges", "revealed", "reveals", "responded", "responds", "told",
            "telling", "posted", "posts", "informed", "informs");

    /** Whether the words from {@code from} are ", according to X" up to the sentence's end: a source, not the speaker. */
    private static boolean accordingToTail(List<W> ws, int from) {
        if (from + 3 >= ws.size() || !ws.get(from).low().equals(",") || !ws.get(from + 1).low().equals("according")
                || !ws.get(from + 2).low().equals("to")) {
            return false;
        }
        for (int j = from + 3; j < ws.size(); j++) {
            if (ws.get(j).low().equals(",")) {
                return false; // "..., according to X, who ...": more than a source
            }
        }
        return true;
    }

    private static final Set<String> TRAILING = WordSet.of("on", "in", "at", "during", "after", "late", "earlier", "last",
            "this", "yesterday", "today", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday");

    /** A word that may stand in a plain noun phrase: letters, not a clause word (but "of"), not a cue. */
    private static boolean plainWord(String text, W w) {
        String l = w.low();
        return Character.isLetter(text.charAt(w.start())) && (!CLAUSE_WORDS.contains(l) || l.equals("of")) && !isCue(l)
                && !l.equals("it") && !l.equals("this") && !l.equals("there") && !l.equals("what") && !l.equals("how");
    }

    /**
     * Where a name that opens with 'the' at {@code k} goes on past {@code np}: after an 'and' between
     * capitalised words, or after a parenthesised abbreviation of the capitalised words before it;
     * {@code np} when it does not.
     */
    private static int innerNameWord(String text, List<W> ws, int k, int np) {
        if (np <= k + 1 || np + 1 >= ws.size() || !ws.get(k).low().equals("the")
                || !Character.isUpperCase(text.charAt(ws.get(np - 1).start()))) {
            return np;
        }
        String l = ws.get(np).low();
        if ((l.equals("and") || l.equals("&")) && Character.isUpperCase(text.charAt(ws.get(np + 1).start()))) {
            return np + 1;
        }
        if (l.equals("(") && np + 2 < ws.size() && beforeAbbreviation(text, ws, np + 2) == np - 1) {
            return np + 3;
        }
        return np;
    }

    /**
     * The word before a parenthesised abbreviation that ends at {@code last} ('The Disaster and
     * Emergency Management Authority (AFAD) said'): the name it abbreviates ends there. {@code last}
     * when there is none.
     */
    private static int beforeAbbreviation(String text, List<W> ws, int last) {
        if (last < 3 || !ws.get(last).low().equals(")") || !ws.get(last - 2).low().equals("(")) {
            return last;
        }
        W abbr = ws.get(last - 1);
        for (int i = abbr.start(); i < abbr.end(); i++) {
            char c = text.charAt(i);
            if (!Character.isUpperCase(c) && !Character.isDigit(c) && c != '-' && c != '&') {
                return last;
            }
        }
        return Character.isUpperCase(text.charAt(ws.get(last - 3).start())) ? last - 3 : last;
    }

    /**
     * The walk back over a speaker's noun phrase that stopped at {@code b}, carried across an 'and'
     * between capitalised words when the name then opens with 'the': 'The Disaster and Emergency
     * Management Authority said' is one organisation, 'Merkel and Macron said' stays as it was.
     */
    private static int acrossAnd(String text, List<W> ws, int b, int last) {
        if (b < 1 || b >= last || !(ws.get(b).low().equals("and") || ws.get(b).low().equals("&"))
                || !Character.isUpperCase(text.charAt(ws.get(b - 1).start()))
                || !Character.isUpperCase(text.charAt(ws.get(b + 1).start()))) {
            return b;
        }
        int p = b - 1;
        while (p >= 0 && last - p < 10 && Character.isUpperCase(text.charAt(ws.get(p).start()))
                && Character.isLetter(text.charAt(ws.get(p).start()))) {
            if (ws.get(p).low().equals("the")) {
                return p - 1;
            }
            p--;
        }
        return p >= 0 && ws.get(p).low().equals("the") ? p - 1 : b;
    }

    /** Prepositions of a place after a speaker's head: 'Police in Dayton', 'officials at the embassy'. */
    private static final Set<String> LOCATIVE = WordSet.of("in", "at", "from");

    /**
     * The walk back over a speaker's noun phrase that stopped at {@code b}, carried over a place after
     * its head: 'Police in Dayton said', 'Authorities in the southern province of Hatay said', 'The
     * ministry of health in Gaza said'. Only when the words before the preposition are a noun phrase
     * that can speak (a person, organisation or capitalised word among them) opening the sentence or
     * following a comma, and the place ends in a capitalised word; {@code b} otherwise.
     */
    private static int beforeLocative(String text, List<W> ws, int b, int last) {
        if (b < 1 || !Character.isUpperCase(text.charAt(ws.get(last).start()))) {
            return b;
        }
        for (int q = b; q >= 1 && last - q < 8; q--) {
            String l = ws.get(q).low();
            if (LOCATIVE.contains(l)) {
                int p = q - 1;
                boolean speaks = false;
                while (p >= 0 && q - p <= 5 && (plainWord(text, ws.get(p)) || isNpWord(text, ws.get(p), false))) {
                    String h = ws.get(p).low();
                    speaks |= PERSON_WORDS.contains(h) || ORG_WORDS.contains(h) || PERSON_PLURALS.contains(h)
                            || Character.isUpperCase(text.charAt(ws.get(p).start())) && p > 0;
                    p--;
                }
                if (p < q - 1 && speaks && (p < 0 || ws.get(p).low().equals(","))) {
                    return p;
                }
                return b;
            }
            if (!plainWord(text, ws.get(q)) || isCue(l)) {
                return b; // the place is letters only ('in the southern province of Hatay')
            }
        }
        return b;
    }

    /** Whether the first word is one of {@link #NEGATED}, without a substring per quote. */
    private static boolean negated(String s) {
        for (String n : NEGATED) {
            if (s.regionMatches(true, 0, n, 0, n.length()) && (s.length() == n.length() || s.charAt(n.length()) == ' ')) {
                return true;
            }
        }
        return false;
    }

    private static int indexAfter(List<W> ws, int pos) {
        for (int i = 0; i < ws.size(); i++) {
            if (ws.get(i).start() >= pos) {
                return i;
            }
        }
        return ws.size();
    }

    private static List<W> wordsAfterAll(String text, int s, int e) {
        // One list for the whole sentence, the words added straight to it: each ends at or before e
        List<W> ws = new ArrayList<>(Math.min(e - s, 256) / 4);
        int i = s;
        while (i < e) {
            int last = addWords(text, i, e, 400, ws);
            int next = last < 0 ? i : last;
            // skip the quote mark or newline that stopped the scan
            i = Math.max(next, i) + 1;
            while (i < e && !Character.isLetterOrDigit(text.charAt(i)) && text.charAt(i) != ',') {
                i++;
            }
        }
        return ws;
    }
}
