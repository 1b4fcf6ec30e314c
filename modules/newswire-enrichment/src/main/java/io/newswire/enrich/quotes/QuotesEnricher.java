package io.newswire.enrich.quotes;

import io.newswire.enrich.api.Enricher;
import io.newswire.enrich.text.WordList;
import io.newswire.model.Article;
import io.newswire.model.Entity;
import io.newswire.model.EntityType;
import io.newswire.model.Mention;
import io.newswire.model.Quote;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The quotes stage, after link: direct quotes (straight and curly marks, a quote running over
 * paragraphs that each open with a mark) and indirect reported speech ("X said that ...", "...,
 * X said", "according to X, ..."), each with its cue, the speaker as written, and the speaker as an
 * entity id: a name is the entity it is a mention of; "he"/"she" the nearest person before; "the
 * minister" the nearest person; "the daily" the nearest organisation. English only.
 *
 * <p>Rules, not a model: the labelled attribution corpora (PolNeAR, PARC) carry no licence for
 * shipping, and wire copy attributes speech in a few fixed constructions. Stateless and thread-safe.
 */
public final class QuotesEnricher implements Enricher {

    static final int MAX_CHARS = 20_000;
    /** A direct quote shorter than this many words without a cue beside it is a scare quote ("soon"). */
    private static final Set<String> CUES = WordList.load(QuotesEnricher.class, "cues.txt");
    private static final Set<String> PERSON_WORDS = WordList.load(QuotesEnricher.class, "person-words.txt");
    private static final Set<String> ORG_WORDS = WordList.load(QuotesEnricher.class, "org-words.txt");

    /** Hashes of the cue words (and "according"), sorted: a sentence without one is skipped unread. */
    private static final int[] CUE_HASHES = cueHashes();

    private static int[] cueHashes() {
        java.util.TreeSet<Integer> h = new java.util.TreeSet<>();
        for (String c : CUES) {
            h.add(c.hashCode());
        }
        h.add("according".hashCode());
        return h.stream().mapToInt(Integer::intValue).toArray();
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
                if (len >= 3 && java.util.Arrays.binarySearch(CUE_HASHES, h) >= 0) {
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

    /** A word or punctuation mark of a window of text. */
    record W(int start, int end, String low) {
    }

    static List<Quote> extract(String fullText, List<Entity> entities) {
        String text = fullText.length() > MAX_CHARS ? fullText.substring(0, MAX_CHARS) : fullText;
        List<Quote> out = new ArrayList<>();
        List<int[]> taken = new ArrayList<>(); // spans of direct quotes and their attribution
        direct(text, entities, out, taken);
        indirect(text, entities, out, taken);
        out.sort((a, b) -> Integer.compare(a.content().start(), b.content().start()));
        return out;
    }

    // ---------------------------------------------------------------- direct

    private static boolean isOpen(String text, int i) {
        char c = text.charAt(i);
        if (c == '\u201C' || c == '\u00AB' || c == '\u201E') {
            return true;
        }
        if (c == '"') {
            boolean before = i == 0 || Character.isWhitespace(text.charAt(i - 1)) || "([{:—–-".indexOf(text.charAt(i - 1)) >= 0;
            boolean after = i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
            return before && after;
        }
        return false;
    }

    private static boolean isClose(char c) {
        return c == '\u201D' || c == '\u00BB' || c == '"' || c == '\u201C';
    }

    private static void direct(String text, List<Entity> entities, List<Quote> out, List<int[]> taken) {
        int n = text.length();
        int i = 0;
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
                    while (k < n && Character.isWhitespace(text.charAt(k))) {
                        k++;
                    }
                    if (k < n && isOpen(text, k)) {
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
            int cs = open + 1;
            int ce = close;
            while (ce > cs && (text.charAt(ce - 1) == ',' || Character.isWhitespace(text.charAt(ce - 1)))) {
                ce--;
            }
            Attribution att = after(text, close + 1);
            if (att == null) {
                att = before(text, open);
            }
            int last = close;
            if (att != null && att.cue().start() > close) {
                // '“A,” Clinton said, “B.”' and '“A,” I said. “B.”': one quote, interrupted by its attribution
                int k = Math.max(att.cue().end(), att.speaker() == null ? 0 : att.speaker().end());
                while (k < n && (text.charAt(k) == ' ' || text.charAt(k) == ',' || text.charAt(k) == '.'
                        || text.charAt(k) == ':')) {
                    k++;
                }
                if (k < n && isOpen(text, k)) {
                    int m = k + 1;
                    while (m < n && text.charAt(m) != '\n' && !(isClose(text.charAt(m)) && m > k + 1)) {
                        m++;
                    }
                    if (m < n && text.charAt(m) != '\n') {
                        last = m;
                        ce = m;
                        while (ce > cs && (text.charAt(ce - 1) == ',' || Character.isWhitespace(text.charAt(ce - 1)))) {
                            ce--;
                        }
                    }
                }
            }
            if (att != null && ce > cs) {
                Mention content = new Mention(cs, ce, text.substring(cs, ce));
                out.add(new Quote("direct", content, resolve(text, entities, att.speaker(), open), att.speaker(),
                        att.cue()));
                taken.add(new int[] {Math.min(open, att.cue().start()), Math.max(last + 1, att.cue().end())});
            }
            i = Math.max(close, att == null ? close : last) + 1;
        }
    }

    /** A speaker and a cue. */
    record Attribution(Mention speaker, Mention cue) {
    }

    /** Words of {@code text} from {@code from}, at most {@code max}, stopping at a newline or quote mark. */
    static List<W> wordsAfter(String text, int from, int max) {
        return wordsAfter(text, from, max, text.length());
    }

    /** As {@link #wordsAfter(String, int, int)}, reading no word that starts at or after {@code limit}. */
    static List<W> wordsAfter(String text, int from, int max, int limit) {
        // Not new ArrayList<>(max): callers ask for up to 400 words and mostly get a dozen.
        List<W> ws = new ArrayList<>(Math.min(max, 16));
        int n = text.length();
        int i = from;
        while (i < n && i < limit && ws.size() < max) {
            char c = text.charAt(i);
            if (c == '\n' || c == '"' || c == '\u201C' || c == '\u201D') {
                break;
            }
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int e = i;
            if (Character.isLetterOrDigit(c)) {
                while (e < n && (Character.isLetterOrDigit(text.charAt(e)) || (text.charAt(e) == '.' || text.charAt(e) == '\''
                        || text.charAt(e) == '\u2019' || text.charAt(e) == '-') && e + 1 < n
                        && Character.isLetter(text.charAt(e + 1)))) {
                    e++;
                }
                if (e < n && text.charAt(e) == '.' && e - i <= 3 && Character.isUpperCase(c)) {
                    e++; // Mr. Dr. Gen.
                }
            } else {
                e = i + 1;
            }
            ws.add(new W(i, e, text.substring(i, e).toLowerCase(Locale.ROOT)));
            i = e;
        }
        return ws;
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
        List<W> all = wordsAfter(text, b, 200);
        List<W> ws = new ArrayList<>();
        for (W w : all) {
            if (w.end() <= to) {
                ws.add(w);
            }
        }
        return ws.size() > max ? ws.subList(ws.size() - max, ws.size()) : ws;
    }

    /** '”, Baqeri said', '” he said', '”, said Sergei Ivanov', '” the daily said.' */
    private static Attribution after(String text, int from) {
        List<W> ws = wordsAfter(text, from, 10);
        int k = 0;
        while (k < ws.size() && (ws.get(k).low().equals(",") || ws.get(k).low().equals("—"))) {
            k++;
        }
        if (k >= ws.size()) {
            return null;
        }
        if (isCue(ws.get(k).low())) {
            Mention speaker = npAfter(text, ws, k + 1);
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
        if (np > k && np < ws.size()) {
            int cue = np;
            if (ws.get(cue).low().equals("also") && cue + 1 < ws.size()) {
                cue++;
            }
            if (isCue(ws.get(cue).low())) {
                return new Attribution(span(text, ws.get(k), ws.get(np - 1)), mention(text, ws.get(cue)));
            }
        }
        return null;
    }

    /** 'Baqeri said: “', 'He said, “', 'according to the daily, “'. */
    private static Attribution before(String text, int open) {
        List<W> ws = wordsBefore(text, open, 12);
        int k = ws.size() - 1;
        while (k >= 0 && (ws.get(k).low().equals(",") || ws.get(k).low().equals(":") || ws.get(k).low().equals("that"))) {
            k--;
        }
        if (k < 0) {
            return null;
        }
        if (isCue(ws.get(k).low())) {
            int end = k;
            int s = k - 1;
            if (s >= 0 && ws.get(s).low().equals("also")) {
                s--;
            }
            int last = s;
            while (s >= 0 && last - s < 6 && isNpWord(text, ws.get(s), s == 0 || !isNpWord(text, ws.get(s - 1), false))) {
                s--;
            }
            if (s < last) {
                return new Attribution(span(text, ws.get(s + 1), ws.get(last)), mention(text, ws.get(end)));
            }
            return null;
        }
        // "according to X, “..."
        for (int j = k - 1; j >= 1; j--) {
            if (ws.get(j).low().equals("to") && ws.get(j - 1).low().equals("according")) {
                return new Attribution(npAfter(text, ws, j + 1), new Mention(ws.get(j - 1).start(), ws.get(j).end(),
                        text.substring(ws.get(j - 1).start(), ws.get(j).end())));
            }
        }
        return null;
    }

    /** After "the"/"a", any word up to the cue: '” the gambling tycoon told Reuters'. */
    private static boolean looseNpWord(List<W> ws, int from, int i) {
        String f = ws.get(from).low();
        String l = ws.get(i).low();
        return (f.equals("the") || f.equals("a") || f.equals("an")) && i > from && Character.isLetter(l.charAt(0))
                && !isCue(l) && !l.equals("and") && !l.equals("but") && !l.equals("who") && !l.equals("which")
                && !l.equals("that");
    }

    private static boolean isCue(String low) {
        return CUES.contains(low);
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
            case "he", "she", "they", "it", "we", "i", "the", "a", "an", "his", "her", "their", "its", "of", "'s" -> {
                return true;
            }
            default -> {
                return PERSON_WORDS.contains(l) || ORG_WORDS.contains(l) || l.endsWith("s") && PERSON_WORDS.contains(
                        l.substring(0, l.length() - 1));
            }
        }
    }

    /** The speaker after an inverted cue: "said Baqeri", "said the minister", "said Sergei Ivanov, the chief". */
    private static Mention npAfter(String text, List<W> ws, int from) {
        int e = from;
        while (e < ws.size() && e - from < 6 && isNpWord(text, ws.get(e), e == from)) {
            e++;
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

    /** The entity id of the speaker: the entity mentioned there, else the nearest fitting one before. */
    static String resolve(String text, List<Entity> entities, Mention speaker, int at) {
        if (speaker == null) {
            return null;
        }
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                if (m.start() < speaker.end() && m.end() > speaker.start() && e.type() != EntityType.LOCATION) {
                    return e.id();
                }
            }
        }
        String low = speaker.text().toLowerCase(Locale.ROOT);
        String[] words = low.split("[\\s]+");
        String head = words[words.length - 1];
        EntityType want;
        if (low.equals("he") || low.equals("she") || low.equals("i") || PERSON_WORDS.contains(head)) {
            want = EntityType.PERSON;
        } else if (ORG_WORDS.contains(head) || low.equals("it") || low.equals("they") || low.equals("we")) {
            want = EntityType.ORGANIZATION;
        } else {
            return null;
        }
        String best = null;
        int bestPos = -1;
        for (Entity e : entities) {
            if (e.type() != want) {
                continue;
            }
            for (Mention m : e.mentions()) {
                if (m.end() <= speaker.start() && m.start() > bestPos) {
                    bestPos = m.start();
                    best = e.id();
                }
            }
        }
        return best;
    }

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
    private static void indirect(String text, List<Entity> entities, List<Quote> out, List<int[]> taken) {
        int n = text.length();
        int sStart = 0;
        for (int i = 0; i <= n; i++) {
            boolean end = i == n || text.charAt(i) == '\n' || (text.charAt(i) == '.' || text.charAt(i) == '?'
                    || text.charAt(i) == '!') && (i + 1 == n || Character.isWhitespace(text.charAt(i + 1)))
                    && !(i >= 2 && Character.isUpperCase(text.charAt(i - 1)) && !Character.isLetter(text.charAt(i - 2)))
                    && !(i >= 3 && text.startsWith("Mr", i - 2) || i >= 3 && text.startsWith("Ms", i - 2)
                    || i >= 3 && text.startsWith("Dr", i - 2) || i >= 4 && text.startsWith("Mrs", i - 3));
            if (!end) {
                continue;
            }
            sentence(text, sStart, i, entities, out, taken);
            sStart = i + 1;
        }
    }

    private static void sentence(String text, int s, int e, List<Entity> entities, List<Quote> out, List<int[]> taken) {
        if (e - s < 12 || !mayHaveCue(text, s, e)) {
            return;
        }
        List<W> ws = wordsAfterAll(text, s, e);
        for (int k = 0; k < ws.size(); k++) {
            W w = ws.get(k);
            boolean according = w.low().equals("according") && k + 1 < ws.size() && ws.get(k + 1).low().equals("to");
            if (!according && !isCue(w.low()) || inside(taken, w.start())) {
                continue;
            }
            int cueEnd = according ? k + 2 : k + 1;
            Mention cue = new Mention(w.start(), ws.get(cueEnd - 1).end(), text.substring(w.start(), ws.get(cueEnd - 1).end()));
            Mention speaker;
            int cs;
            int ce;
            if (according) {
                speaker = npAfter(text, ws, cueEnd);
                int after = speaker == null ? cueEnd : indexAfter(ws, speaker.end());
                if (after < ws.size() && ws.get(after).low().equals(",") && after + 3 < ws.size() && k == 0) {
                    cs = ws.get(after + 1).start(); // "According to X, CLAUSE."
                    ce = ws.get(ws.size() - 1).end();
                } else if (k > 2 && ws.get(k - 1).low().equals(",")) {
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
                int b = last;
                while (b >= 0 && last - b < 6 && isNpWord(text, ws.get(b), false)) {
                    b--;
                }
                if (b < last) {
                    speaker = span(text, ws.get(b + 1), ws.get(last));
                    if (b >= 1 && ws.get(b).low().equals(",") && cueEnd >= ws.size() - 1) {
                        cs = ws.get(0).start(); // "CLAUSE, X said."
                        ce = ws.get(b).start();
                    } else if (b < 0 || ws.get(b).low().equals(",")) {
                        int c = cueEnd;
                        if (w.low().equals("told") || w.low().equals("telling")) {
                            int that = -1;
                            for (int t = c; t < Math.min(ws.size(), c + 8); t++) {
                                if (ws.get(t).low().equals("that")) {
                                    that = t;
                                    break;
                                }
                            }
                            c = that >= 0 ? that : c + 1;
                        }
                        if (c < ws.size() && ws.get(c).low().equals("that")) {
                            c++;
                        }
                        if (c + 3 > ws.size() || ws.get(c).low().equals(",") || ws.get(c).low().equals(":")) {
                            continue;
                        }
                        cs = ws.get(c).start(); // "X said (that) CLAUSE."
                        ce = ws.get(ws.size() - 1).end();
                    } else {
                        continue;
                    }
                } else if (k + 1 < ws.size() && k >= 2 && ws.get(k - 1).low().equals(",")) {
                    speaker = npAfter(text, ws, k + 1); // "CLAUSE, said X."
                    if (speaker == null) {
                        continue;
                    }
                    cs = ws.get(0).start();
                    ce = ws.get(k - 1).start();
                } else {
                    continue;
                }
            }
            while (ce > cs && (Character.isWhitespace(text.charAt(ce - 1)) || text.charAt(ce - 1) == ',')) {
                ce--;
            }
            if (ce - cs < 10) {
                continue;
            }
            out.add(new Quote("indirect", new Mention(cs, ce, text.substring(cs, ce)),
                    resolve(text, entities, speaker, cs), speaker, cue));
            taken.add(new int[] {s, e});
            return; // one attribution per sentence
        }
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
        List<W> ws = new ArrayList<>();
        int i = s;
        while (i < e) {
            List<W> part = wordsAfter(text, i, 400, e);
            for (W w : part) {
                if (w.end() <= e) {
                    ws.add(w);
                }
            }
            int next = part.isEmpty() ? i : part.get(part.size() - 1).end();
            // skip the quote mark or newline that stopped the scan
            i = Math.max(next, i) + 1;
            while (i < e && !Character.isLetterOrDigit(text.charAt(i)) && text.charAt(i) != ',') {
                i++;
            }
        }
        return ws;
    }
}
