package io.newswire.enrich.keywords;

import io.newswire.enrich.api.Enricher;
import io.newswire.enrich.text.FoldedWords;
import io.newswire.enrich.text.Tokenizer;
import io.newswire.enrich.text.Tokenizer.Token;
import io.newswire.enrich.text.WordList;
import io.newswire.enrich.text.WordMemo;
import io.newswire.model.Article;
import io.newswire.model.Entity;
import io.newswire.model.Keyword;
import io.newswire.model.Mention;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The keywords stage, after link: the article's ten most salient key phrases for search and story
 * grouping. Candidates are runs of up to three content words between stop words and punctuation
 * (as RAKE cuts them) that are not inside an entity mention (entities are listed already); a phrase
 * scores by how often it occurs, longer phrases a little more, and earlier ones (the lead) a little
 * more. English only. Stateless and thread-safe.
 */
public final class KeywordsEnricher implements Enricher {

    static final int MAX_KEYWORDS = 10;
    static final int MAX_CHARS = 20_000;
    private static final Set<String> STOP = WordList.load(KeywordsEnricher.class, "stopwords.txt");
    /** {@link #STOP} asked with a token as written: most tokens are refused without a lower-case copy. */
    private static final FoldedWords STOP_FOLDED = FoldedWords.of(STOP);

    @Override
    public String name() {
        return "keywords";
    }

    @Override
    public Article enrich(Article article) {
        if (!"en".equals(article.language().code())) {
            return article.keywords().isEmpty() ? article : article.toBuilder().keywords(List.of()).build();
        }
        return article.toBuilder().keywords(extract(article.text(), article.entities())).build();
    }

    /** A candidate's running tally. */
    private static final class Tally {
        int count;
        double score;
        final int words;

        Tally(int words) {
            this.words = words;
        }
    }

    static List<Keyword> extract(String fullText, List<Entity> entities) {
        String text = fullText.length() > MAX_CHARS ? fullText.substring(0, MAX_CHARS) : fullText;
        boolean[] named = new boolean[text.length() + 1];
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                for (int i = Math.max(0, m.start()); i < Math.min(m.end(), text.length()); i++) {
                    named[i] = true;
                }
            }
        }
        // sized for a ~3 KB article's few hundred phrases, so the table is not grown three times over
        Map<String, Tally> tallies = new HashMap<>(Math.max(64, Math.min(4096, text.length() / 6)));
        int n = text.length();
        List<String> run = new ArrayList<>(3);
        Tokenizer.View view = Tokenizer.view(text);
        long[] memo = CONTENT.values(view);
        String[] forms = WordMemo.lowerCaseForms(view);
        int tokenIndex = 0; // the view's index of the sentence's first token
        for (List<Token> sentence : view.sentences()) {
            int first = tokenIndex;
            tokenIndex += sentence.size();
            run.clear();
            for (int t = 0; t <= sentence.size(); t++) {
                String w = null;
                if (t < sentence.size()) {
                    Token tok = sentence.get(t);
                    // inside a name first: no look-up
                    if (!named[tok.start()]) {
                        String word = tok.word();
                        int id = memo == null ? -1 : view.id(first + t);
                        boolean content;
                        if (id < 0) {
                            content = content(word);
                        } else {
                            long m = memo[id];
                            if (WordMemo.known(m)) {
                                content = WordMemo.value(m) != 0;
                            } else {
                                content = content(word);
                                memo[id] = WordMemo.store(content ? 1 : 0);
                            }
                        }
                        if (content) {
                            w = WordMemo.lowerCase(forms, view, first + t, word);
                        }
                    }
                }
                if (w != null && run.size() < 3) {
                    run.add(w);
                    continue;
                }
                if (!run.isEmpty()) {
                    // the run and its parts: "border security talks" also counts for "border security"
                    int pos = t < sentence.size() ? sentence.get(t).start() : n;
                    double weight = 1.0 + 0.5 * (1.0 - Math.min(1.0, (double) pos / Math.max(1, n)));
                    for (int a = 0; a < run.size(); a++) {
                        for (int b = a + 1; b <= run.size(); b++) {
                            if (run.get(a).endsWith("ing") && b - a > 1) {
                                continue; // "expanding cordial relations": a verb first
                            }
                            int words = b - a;
                            // one word needs no join; get-then-put needs no capturing lambda per phrase
                            String phrase = words == 1 ? run.get(a) : words == 2 ? run.get(a) + " " + run.get(a + 1)
                                    : run.get(a) + " " + run.get(a + 1) + " " + run.get(a + 2);
                            Tally tally = tallies.get(phrase);
                            if (tally == null) {
                                tally = new Tally(words);
                                tallies.put(phrase, tally);
                            }
                            tally.count++;
                            tally.score += weight;
                        }
                    }
                    run.clear();
                }
                if (w != null) {
                    run.add(w);
                }
            }
        }
        // each candidate's value computed once, not in every comparison of the sort
        List<Ranked> ranked = new ArrayList<>(tallies.size());
        for (Map.Entry<String, Tally> e : tallies.entrySet()) {
            Tally t = e.getValue();
            if (t.words != 1 || t.count >= 2) {
                ranked.add(new Ranked(e.getKey(), value(t), t.count));
            }
        }
        ranked.sort((a, b) -> {
            int c = Double.compare(b.value(), a.value());
            return c != 0 ? c : a.phrase().compareTo(b.phrase());
        });
        List<Keyword> out = new ArrayList<>(MAX_KEYWORDS);
        double top = ranked.isEmpty() ? 1 : ranked.get(0).value();
        for (Ranked r : ranked) {
            if (out.size() == MAX_KEYWORDS) {
                break;
            }
            if (contained(out, r.phrase())) {
                continue;
            }
            out.add(new Keyword(r.phrase(), Math.round(r.value() / top * 1000) / 1000.0, r.count()));
        }
        return out;
    }

    /** A candidate with its value, for the ranking. */
    private record Ranked(String phrase, double value, int count) {
    }

    private static double value(Tally t) {
        return t.score * (1.0 + 0.3 * (t.words - 1));
    }

    /** A phrase whose words are all in a phrase already chosen adds nothing. */
    private static boolean contained(List<Keyword> chosen, String phrase) {
        for (Keyword k : chosen) {
            if (containsWords(k.phrase(), phrase)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code phrase} occurs in {@code in} at word boundaries (what
     * {@code (" " + in + " ").contains(" " + phrase + " ")} says, without building either string:
     * this runs for every ranked candidate against every chosen keyword).
     */
    static boolean containsWords(String in, String phrase) {
        int len = phrase.length();
        for (int at = in.indexOf(phrase); at >= 0; at = in.indexOf(phrase, at + 1)) {
            boolean startsWord = at == 0 || in.charAt(at - 1) == ' ';
            boolean endsWord = at + len == in.length() || in.charAt(at + len) == ' ';
            if (startsWord && endsWord) {
                return true;
            }
        }
        return false;
    }

    /** Whether each word is a content word ({@link #content}), once per word while the tokenizer keeps it. */
    private static final WordMemo CONTENT = new WordMemo();

    /**
     * Whether a token, lower-cased, is a content word: the cheap refusals first, before a lower-case
     * copy (a content word has only letters, hyphens and apostrophes; see {@link #isContent}).
     */
    private static boolean content(String word) {
        char first = word.charAt(0);
        if (!Character.isLetter(first) && first != '-' && first != '\'') {
            return false;
        }
        int ascii = asciiContent(word);
        // not ASCII: the lower-case copy decides, as it always did
        return ascii > 0 || ascii < 0 && isContent(word.toLowerCase(Locale.ROOT));
    }

    /**
     * {@link #isContent} of {@code word} lower-cased, for an ASCII word without the copy: 1 content,
     * 0 not; -1 when the word is not ASCII (lower-casing may change its length or letters there).
     */
    private static int asciiContent(String word) {
        int n = word.length();
        boolean letter = false;
        for (int i = 0; i < n; i++) {
            char c = word.charAt(i);
            if (c >= 0x80) {
                return -1;
            }
            if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
                letter = true;
            } else if (c != '-' && c != '\'') {
                return 0;
            }
        }
        if (n < 3 || !letter || STOP_FOLDED.get(word) != 0) {
            return 0;
        }
        if (n > 5 && (word.charAt(n - 2) | 0x20) == 'e' && (word.charAt(n - 1) | 0x20) == 'd') {
            return 0;
        }
        return 1;
    }

    private static boolean isContent(String low) {
        if (low.length() < 3 || STOP.contains(low)) {
            return false;
        }
        // without a tagger, past forms and gerunds are mostly verbs: "killed", "discussed", "expanding"
        if (low.length() > 5 && low.endsWith("ed")) {
            return false;
        }
        boolean letter = false;
        for (int i = 0; i < low.length(); i++) {
            char c = low.charAt(i);
            if (Character.isLetter(c)) {
                letter = true;
            } else if (c != '-' && c != '\'') {
                return false;
            }
        }
        return letter;
    }
}
