package io.newswire.enrich.entities;

import io.newswire.enrich.gazetteer.Gazetteer;
import io.newswire.enrich.text.Tokenizer;
import io.newswire.enrich.text.WordList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Places that stand for something else in a sentence of a language without a tagger, read from the words right
 * around them, never from a list of names. A sports team, from the form of sports copy (a reader types it
 * ORGANIZATION, as the labelled sets do):
 * <ul>
 * <li>a result: a place with a score after it and a dash between the two sides ("Ourense 86 - Menorca 69",
 * "Gales , 0 - Brasil , 3"); a one-word sponsor's name before the town is part of the team ("TAU Vitoria 77 -
 * ...");</li>
 * <li>a fixture: two names joined by a dash after a word for a match of the language
 * ({@code neutral-match-words.tsv}: "la partita Ecuador - Polonia", "el partido Nancy - Feyenoord"), and the
 * further pairs of the same sentence ("... e Napoli - Inter");</li>
 * <li>a player's club in brackets: a place alone in brackets right after a person the neutral path found in full
 * ("Harry Rosario ( Ponce )"; a region or a country there is a state or a nationality); then every town alone in brackets after a name in the
 * same sentence is a club too ("Guardiola y Puyol ( Barcelona ) ... Arteaga ( Espanyol )"). Not a bracket
 * followed by another bracket or by a comma and a number: a dateline's province ("Guadalupe ( Cáceres ) ( EFE
 * )", "Mérida ( Badajoz ) , 23 may"). Without a person found in full, two different towns in brackets after names
 * that are no place and follow no preposition of place, in a sentence of sports copy, make it a list of players and
 * clubs too ("Unai ( Mérida ) , Fede Marín ( Toledo )", session s41); a small town with its province ("en Zafra (
 * Badajoz )") stands after a preposition or is itself a place.</li>
 * </ul>
 * A speaker or an actor ({@code neutral-agent-verbs.tsv}): a place before a verb of saying or deciding ("Canadá
 * considera", "la Russia ha dichiarato") or after "según" / "secondo": a country there is its state
 * (ORGANIZATION); a town, a speaker named like it (a surname: "León añadió"; a council), so no place is kept. A
 * place before a verb of a sports result ("Brasil goleó", "il Parma ha vinto") is its team. Not after a
 * preposition of place ("en Bruselas dijo el portavoz": where it was said). In a sentence of sports copy
 * ({@code neutral-opponent-words.tsv}: "partido", "nazionale"), a place after a word for the other side ("ante Brasil",
 * "contro la Slovenia", "frente a Paraguay") is a team, and so are the places listed after it (session s41).
 * Runs per place the neutral path found (a few token looks each), never per token.
 */
final class NeutralMetonymy {

    /** Per language, the words for a match between two sides ({@code neutral-match-words.tsv}). */
    private static final Map<String, Set<String>> MATCH_WORDS =
            WordList.perLanguage(NeutralMetonymy.class, "neutral-match-words.tsv", 1);
    private static final Map<String, Set<String>> SAYING =
            WordList.perLanguage(NeutralMetonymy.class, "neutral-agent-verbs.tsv", 1);
    private static final Map<String, Set<String>> RESULT =
            WordList.perLanguage(NeutralMetonymy.class, "neutral-agent-verbs.tsv", 2);
    private static final Map<String, Set<String>> AUXILIARY =
            WordList.perLanguage(NeutralMetonymy.class, "neutral-agent-verbs.tsv", 3);
    private static final Map<String, Set<String>> SOURCE =
            WordList.perLanguage(NeutralMetonymy.class, "neutral-agent-verbs.tsv", 4);
    private static final Map<String, Set<String>> WHERE =
            WordList.perLanguage(NeutralMetonymy.class, "neutral-agent-verbs.tsv", 5);
    /** Per language, the words right before a team's opponent ({@code neutral-opponent-words.tsv}: "ante", "contro"). */
    private static final Map<String, Set<String>> OPPONENT =
            WordList.perLanguage(NeutralMetonymy.class, "neutral-opponent-words.tsv", 1);
    /** Per language, the words before "a" / "à" that do the same ("frente a", "medirse a"). */
    private static final Map<String, Set<String>> OPPONENT_BEFORE_A =
            WordList.perLanguage(NeutralMetonymy.class, "neutral-opponent-words.tsv", 2);
    /** Per language, the words of sports copy one of which a sentence needs for an opponent to be a team. */
    private static final Map<String, Set<String>> SPORTS_WORDS =
            WordList.perLanguage(NeutralMetonymy.class, "neutral-opponent-words.tsv", 3);
    /** Articles, in lower case, that may stand between an opponent word and the name ("contro la Slovenia"). */
    private static final Set<String> ARTICLES = Set.of("el", "la", "los", "las", "il", "lo", "l", "'", "le", "les",
            "o", "os", "as", "gli", "i");
    /** Words that continue a list of names ("contro Australia , Sudafrica e Nuova Zelanda"). */
    private static final Set<String> LIST_WORDS = Set.of(",", "y", "e", "i", "et");
    /** What {@link #find} says of a place: a body (a team, a state). */
    static final int BODY = 1;
    /** What {@link #find} says of a place: no place and no name this path can type (a speaker named like a town). */
    static final int NONE = 0;

    /** How many words before a fixture's first side a word for a match may stand ("la partita di ieri sera X - Y"). */
    private static final int MATCH_WORD_WINDOW = 6;

    private NeutralMetonymy() {
    }

    /**
     * The places of one sentence that stand for something else, as {start, end, what} with token indexes plus
     * {@code base} and {@code what} {@link #BODY} or {@link #NONE}; a team may start one word before its place (a
     * sponsor's name).
     *
     * @param places the places the neutral path found in this sentence, with {@code base} added
     * @param people the people it found there, with {@code base} added
     */
    static List<int[]> find(Gazetteer gazetteer, List<Tokenizer.Token> sentence, int base, List<int[]> places,
            List<int[]> people, String language) {
        if (places.isEmpty()) {
            return List.of();
        }
        List<int[]> out = null;
        boolean bracketAnchored = false;
        String firstBracketed = null; // the first town alone in brackets after a name that is no place
        for (int[] p : places) {
            int s = p[0] - base;
            int e = p[1] - base;
            if (!bracketed(sentence, s, e) || regionOnly(gazetteer, sentence, s, e)) {
                continue;
            }
            if (endsPerson(people, base + s - 2)) {
                bracketAnchored = true;
                break;
            }
            if (playerBeforeBracket(gazetteer, sentence, s, language)) {
                String town = sentence.get(s).word();
                if (firstBracketed != null && !firstBracketed.equals(town) && sportsSentence(sentence, language)) {
                    // two different towns alone in brackets after names that are no place, in sports copy: a list
                    // of players and their clubs ("Unai ( Mérida ) , Fede Marín ( Toledo )"), however short the
                    // players' names
                    bracketAnchored = true;
                    break;
                }
                firstBracketed = firstBracketed == null ? town : firstBracketed;
            }
        }
        boolean fixture = false;
        int sports = -1; // whether the sentence holds a word of sports copy: -1 not read yet, then 0 or 1
        int opponentEnd = -1; // the end of the last place read as an opponent, for the names listed after it
        for (int[] p : places) {
            int s = p[0] - base;
            int e = p[1] - base;
            int start = -1;
            int lead = result(sentence, s, e, language);
            if (lead >= 0) {
                start = lead;
            } else if ((opponentEnd >= 0 && s == opponentEnd + 1 && LIST_WORDS.contains(sentence.get(opponentEnd).word())
                    || opponentBefore(sentence, s, language))
                    && (sports < 0 ? (sports = sportsSentence(sentence, language) ? 1 : 0) : sports) == 1) {
                // "el partido ante Brasil", "esordì contro l' Australia": the side it plays against is a team
                start = s;
                opponentEnd = e;
            } else if (fixtureSide(sentence, s, e)) {
                fixture = fixture || matchWordBefore(sentence, fixtureStart(sentence, s), language);
                if (fixture) {
                    start = s;
                }
            } else if (bracketAnchored && bracketed(sentence, s, e) && nameWord(sentence.get(s - 2).word())
                    && !regionOnly(gazetteer, sentence, s, e)) {
                // (a region or a country alone in brackets is a state or a nationality: "Dan Burton ( Indiana )")
                start = s;
            }
            int what = BODY;
            if (start < 0) {
                what = agent(gazetteer, sentence, s, e, language);
                start = what < 0 ? -1 : s;
            }
            if (start >= 0) {
                if (out == null) {
                    out = new ArrayList<>(2);
                }
                out.add(new int[] {base + start, base + e, what});
            }
        }
        return out == null ? List.of() : out;
    }

    /**
     * Whether the place at {@code s} stands right after a word for a team's opponent, an article between or not
     * ("ante Brasil", "contro la Slovenia", "frente a Paraguay", "medirse a Perú").
     */
    private static boolean opponentBefore(List<Tokenizer.Token> sentence, int s, String language) {
        Set<String> words = language == null ? null : OPPONENT.get(language);
        if (words == null) {
            return false;
        }
        int k = s - 1;
        while (k >= 0 && k >= s - 2 && ARTICLES.contains(sentence.get(k).word())) {
            k--; // "contro la Slovenia", "contro l ' Argentina"
        }
        if (k < 0) {
            return false;
        }
        String w = sentence.get(k).word().toLowerCase(Locale.ROOT);
        if (words.contains(w)) {
            return true;
        }
        return (w.equals("a") || w.equals("à")) && k > 0
                && OPPONENT_BEFORE_A.get(language).contains(sentence.get(k - 1).word().toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the word before the bracket that holds the place at {@code s} is a name that is no place and follows no
     * preposition of place: a player ("a Unai ( Mérida )"), not a town with its province ("en Zafra ( Badajoz )").
     */
    private static boolean playerBeforeBracket(Gazetteer gazetteer, List<Tokenizer.Token> sentence, int s,
            String language) {
        if (!nameWord(sentence.get(s - 2).word()) || NeutralPlaces.isPlace(gazetteer, sentence, s - 2, s - 1)) {
            return false;
        }
        Set<String> where = language == null ? null : WHERE.get(language);
        return s < 3 || where == null || !where.contains(sentence.get(s - 3).word().toLowerCase(Locale.ROOT));
    }

    /** Whether the sentence holds a word of sports copy of its language ("partido", "eliminatoria", "nazionale"). */
    private static boolean sportsSentence(List<Tokenizer.Token> sentence, String language) {
        Set<String> words = language == null ? null : SPORTS_WORDS.get(language);
        if (words == null) {
            return false;
        }
        for (Tokenizer.Token t : sentence) {
            if (words.contains(t.word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** {@link #BODY}, {@link #NONE} or -1 (a place) for the place [s, e) by the verb after it or the word before. */
    private static int agent(Gazetteer gazetteer, List<Tokenizer.Token> sentence, int s, int e, String language) {
        Set<String> saying = language == null ? null : SAYING.get(language);
        if (saying == null) {
            return -1;
        }
        String before = s > 0 ? sentence.get(s - 1).word() : "";
        if (WHERE.get(language).contains(before.toLowerCase(Locale.ROOT))) {
            return -1; // "en Bruselas dijo el portavoz"
        }
        boolean country = NeutralPlaces.isCountry(gazetteer, sentence, s, e);
        if (SOURCE.get(language).contains(before.toLowerCase(Locale.ROOT))) {
            return country ? BODY : NONE; // "según León", "secondo Mosca"
        }
        int k = e;
        if (k < sentence.size() && AUXILIARY.get(language).contains(sentence.get(k).word())) {
            k++;
        }
        if (k >= sentence.size()) {
            return -1;
        }
        String verb = sentence.get(k).word();
        if (saying.contains(verb)) {
            return country ? BODY : NONE; // "Canadá considera", "Zamora añadió"
        }
        return RESULT.get(language).contains(verb) ? BODY : -1; // "Brasil goleó", "il Parma ha vinto"
    }

    /**
     * The start of the team when tokens [s, e) are a side of a result, else -1: a score after the place (after a
     * comma or not) and a dash after the score; or a dash and a score before the place (a sponsor's word between).
     * A one-word sponsor's name right before the town joins the team ("TAU Vitoria").
     */
    private static int result(List<Tokenizer.Token> sentence, int s, int e, String language) {
        int n = sentence.size();
        int k = e < n && sentence.get(e).word().equals(",") ? e + 1 : e;
        boolean home = k + 1 < n && score(sentence.get(k).word()) && dash(sentence.get(k + 1).word());
        int lead = s > 0 && sponsor(sentence.get(s - 1).word())
                && !NeutralPlaces.functionWord(language, sentence.get(s - 1).word()) ? s - 1 : s;
        boolean away = lead >= 2 && dash(sentence.get(lead - 1).word()) && score(sentence.get(lead - 2).word());
        if (!home && !away) {
            return -1;
        }
        // a sponsor's word only where nothing of a name stands before it ("- TAU Vitoria", "76 TAU Vitoria 77 -")
        return lead < s && (lead == 0 || !nameWord(sentence.get(lead - 1).word())) ? lead : s;
    }

    /** Whether tokens [s, e) are one side of "A - B" with a capitalised name on the other side. */
    private static boolean fixtureSide(List<Tokenizer.Token> sentence, int s, int e) {
        int n = sentence.size();
        boolean first = e + 1 < n && dash(sentence.get(e).word()) && nameWord(sentence.get(e + 1).word());
        boolean second = s >= 2 && dash(sentence.get(s - 1).word()) && nameWord(sentence.get(s - 2).word());
        return first || second;
    }

    /** The first token of the "A - B" pair holding the side at {@code s}: the first word of A's name run. */
    private static int fixtureStart(List<Tokenizer.Token> sentence, int s) {
        int k = s >= 2 && dash(sentence.get(s - 1).word()) ? s - 2 : s;
        while (k > 0 && nameWord(sentence.get(k - 1).word())) {
            k--;
        }
        return k;
    }

    private static boolean matchWordBefore(List<Tokenizer.Token> sentence, int at, String language) {
        Set<String> words = language == null ? null : MATCH_WORDS.get(language);
        if (words == null) {
            return false;
        }
        for (int k = Math.max(0, at - MATCH_WORD_WINDOW); k < at; k++) {
            if (words.contains(sentence.get(k).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether tokens [s, e) stand alone in brackets after a word, the bracket followed neither by another
     * bracket nor by a comma and a number (a dateline's province: "Guadalupe ( Cáceres ) ( EFE )").
     */
    private static boolean bracketed(List<Tokenizer.Token> sentence, int s, int e) {
        int n = sentence.size();
        if (s < 2 || e >= n || !sentence.get(s - 1).word().equals("(") || !sentence.get(e).word().equals(")")) {
            return false;
        }
        if (e + 1 < n && sentence.get(e + 1).word().equals("(")) {
            return false;
        }
        return !(e + 2 < n && sentence.get(e + 1).word().equals(",")
                && Character.isDigit(sentence.get(e + 2).word().codePointAt(0)));
    }

    /**
     * Whether tokens [s, e) name no town of the gazetteer's size: a first-level division (a politician's state,
     * "Dan Burton ( Indiana )") or a country (a referee's or a scientist's nationality, "Luc Durand ( Francia )").
     */
    private static boolean regionOnly(Gazetteer gazetteer, List<Tokenizer.Token> sentence, int s, int e) {
        long key = 0;
        for (int k = s; k < e; k++) {
            key = Gazetteer.appendKey(key, sentence.get(k).word());
        }
        return !NeutralPlaces.townNotCountry(gazetteer, key);
    }

    private static boolean endsPerson(List<int[]> people, int lastToken) {
        for (int[] p : people) {
            if (p[1] - 1 == lastToken && p[1] - p[0] >= 2) {
                return true;
            }
        }
        return false;
    }

    /** A score: one to three digits. */
    private static boolean score(String w) {
        if (w.isEmpty() || w.length() > 3) {
            return false;
        }
        for (int k = 0; k < w.length(); k++) {
            if (!Character.isDigit(w.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean dash(String w) {
        return w.equals("-") || w.equals("\u2013") || w.equals("\u2014");
    }

    /** A sponsor's or club's one word before a town: capitalised or in capitals, letters only. */
    private static boolean sponsor(String w) {
        return w.length() >= 2 && nameWord(w);
    }

    /** A capitalised word that can be part of a name: a letter first and a capital. */
    private static boolean nameWord(String w) {
        return w.length() >= 2 && Character.isUpperCase(w.codePointAt(0)) && Character.isLetter(w.codePointAt(0));
    }
}
