package io.newswire.enrich.entities;

import io.newswire.enrich.gazetteer.Gazetteer;
import io.newswire.enrich.text.Tokenizer;
import io.newswire.enrich.text.WordList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Place names in a sentence of a language without a tagger: runs of up to {@value #MAX_WORDS}
 * capitalised words that the gazetteer knows as a country, a first-level division, or a place of
 * {@value #MIN_POPULATION} people or more, longest first. Evidence that holds in any language
 * (the gazetteer's names are names whatever language surrounds them), unlike a capital letter,
 * which in German starts every noun and elsewhere every sentence.
 *
 * <p>A town named like a common noun ("Essen", "Halle") after an article or determiner
 * ({@code neutral-not-before-place.txt}: "das Essen") is the noun, not the town. A gulf, a bay, a street or a
 * square named after a country or a town, with its lower-case noun before it ({@code neutral-place-nouns.tsv}: "il
 * golfo del Messico", "in via Roma"), is found whole: it is that feature, not the country or the town.
 */
final class NeutralPlaces {

    static final int MAX_WORDS = 3;
    static final long MIN_POPULATION = 100_000;
    private static final Set<String> NOT_AFTER = WordList.load(NeutralPlaces.class, "neutral-not-before-place.txt");
    /**
     * Per language, its function words ({@code neutral-function-words.tsv}), some of which are also the name of a
     * place: capitalised, they open a sentence or stand in a headline as the word ("Para", "Solo", "Van", "Ora").
     */
    private static final Map<String, Set<String>> FUNCTION_WORDS = perLanguage("neutral-function-words.tsv", 1);
    /**
     * Per language, the lower-case words that join the parts of one name ({@code neutral-name-connectors.tsv}:
     * "de", "de la", "van", "di"): "Villanueva de la Serena", "Giro de Italia", "Ronde van Frankrijk".
     */
    private static final Map<String, Set<String>> LINKS = perLanguage("neutral-name-connectors.tsv", 1);
    /** Per language, the articles that may follow a link word ("de la", "van de"). */
    private static final Map<String, Set<String>> LINK_ARTICLES = perLanguage("neutral-name-connectors.tsv", 2);
    /** Per language, the articles after which a one-word town is none ({@code neutral-not-before-town.tsv}: Dutch "de Tour"). */
    private static final Map<String, Set<String>> NOT_BEFORE_TOWN = perLanguage("neutral-not-before-town.tsv", 1);

    private static Set<String> articles(Map<String, Set<String>> perLanguage, String language) {
        return language == null ? Set.of() : perLanguage.getOrDefault(language, Set.of());
    }

    /** Per language, the nouns that open a place's full name ({@code neutral-place-heads.tsv}: "Ciudad de México"). */
    private static final Map<String, Set<String>> PLACE_HEADS = perLanguage("neutral-place-heads.tsv", 1);
    /**
     * Per language, the lower-case nouns of a feature or a street before a link word ("golfo del Messico", "plaza de
     * España"; {@code neutral-place-nouns.tsv} column 1) and right before the name ("via Roma", column 2).
     */
    private static final Map<String, Set<String>> FEATURE_NOUNS_LINKED = perLanguage("neutral-place-nouns.tsv", 1);
    private static final Map<String, Set<String>> FEATURE_NOUNS_DIRECT = perLanguage("neutral-place-nouns.tsv", 2);

    /** Per language, the words of tab-separated column {@code column} of {@code file}. */
    private static Map<String, Set<String>> perLanguage(String file, int column) {
        return WordList.perLanguage(NeutralPlaces.class, file, column);
    }

    /** Whether {@code word}, in lower case, is a function word of {@code language} ("Para", "Van", "Ora"). */
    static boolean functionWord(String language, String word) {
        Set<String> words = language == null ? null : FUNCTION_WORDS.get(language);
        return words != null && words.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    private NeutralPlaces() {
    }

    /** The place names of one sentence as {start, end} token indexes plus {@code base}. */
    static List<int[]> find(Gazetteer gazetteer, List<Tokenizer.Token> sentence, int base) {
        return find(gazetteer, sentence, base, false);
    }

    /**
     * As {@link #find(Gazetteer, List, int)}; with {@code inRunning} (a whole sentence of running text), a
     * name inside a longer run of capitalised words is part of that name, not a place of its own ("la
     * Policía Nacional", "el Real Madrid", "Banco Central", "Brasil Telecom"): a capitalised word right before
     * it that does not open the sentence, or right after it. Runs in capitals (a headline, a dateline) are
     * read as before.
     */
    static List<int[]> find(Gazetteer gazetteer, List<Tokenizer.Token> sentence, int base, boolean inRunning) {
        return find(gazetteer, sentence, base, inRunning, null);
    }

    /**
     * As {@link #find(Gazetteer, List, int, boolean)} in {@code language} (ISO 639-1, or {@code null}): a
     * one-word name that is a function word of the language ("Para", "Van", "Ora") is that word, not a place.
     */
    static List<int[]> find(Gazetteer gazetteer, List<Tokenizer.Token> sentence, int base, boolean inRunning,
            String language) {
        List<int[]> out = new ArrayList<>(2);
        Set<String> links = language == null ? Set.of() : LINKS.getOrDefault(language, Set.of());
        Set<String> articles = language == null ? Set.of() : LINK_ARTICLES.getOrDefault(language, Set.of());
        for (int i = 0; i < sentence.size(); i++) {
            if (!capitalised(sentence.get(i).word())) {
                int whole = i + 1 < sentence.size() ? articlePlace(gazetteer, sentence, i) : 0;
                if (whole > 0) { // "La Rioja", "A Coruña", "El Cairo": the article is part of the name
                    out.add(new int[] {base + i, base + i + whole});
                    i += whole - 1;
                }
                continue;
            }
            long key = 0;
            int best = 0;
            boolean town = false;
            for (int len = 1; len <= MAX_WORDS && i + len <= sentence.size(); len++) {
                String w = sentence.get(i + len - 1).word();
                if (len > 1 && !capitalised(w)) {
                    break;
                }
                key = Gazetteer.appendKey(key, w);
                int kind = kindOf(gazetteer, key);
                if (kind >= 0) {
                    best = len;
                    town = kind == Gazetteer.PLACE;
                }
            }
            if (best == 0 || town && best == 1 && i > 0 && (NOT_AFTER.contains(sentence.get(i - 1).word().toLowerCase(java.util.Locale.ROOT))
                    || articles(NOT_BEFORE_TOWN, language).contains(sentence.get(i - 1).word()))) {
                continue;
            }
            if (best == 1 && functionWord(language, sentence.get(i).word())) {
                continue; // "Para el Gobierno ...", "Van de 20 renners ...": the word, not Pará or Van
            }
            if (inRunning && best == 1 && acronymInRunningText(gazetteer, sentence, i)) {
                continue; // "la OEA", "del PNV": a body's initials that some place also has as a code
            }
            if (inRunning && insideLongerName(sentence, i, i + best)) {
                if (i > 0 && placeHead(language, sentence.get(i - 1).word())) {
                    out.add(new int[] {base + i - 1, base + i + best}); // "Provincie Antwerpen", "Regione Lombardia"
                }
                i += best - 1;
                continue;
            }
            if (inRunning && !links.isEmpty() && !allCaps(sentence.get(i).word())) {
                int after = afterLink(sentence, i + best, links, articles);
                if (after > 0 && nameWord(sentence.get(after).word())
                        && !functionWord(language, sentence.get(after).word())
                        && !NeutralPeople.givenName(language, sentence.get(after).word())) {
                    // (not before a person: "la Parigi di Ernest Hemingway", the place as a writer saw it)
                    int more = placeAt(gazetteer, sentence, after);
                    if (more > 0 && wholePlace(gazetteer, sentence, i, after + more)) {
                        out.add(new int[] {base + i, base + after + more}); // "Santiago de Chile": one place
                        i = after + more - 1;
                    } else if (more > 0) {
                        // "Magdalena de Santander", "Asunción de Valladolid": a building or a quarter named
                        // like a place, in the town after it; the town is read next
                        i = after - 1;
                    } else { // "Villanueva de la Serena", "Valencia de Alcántara": a longer name
                        i += best - 1;
                    }
                    continue;
                }
                int before = beforeLink(sentence, i, links, articles);
                if (before >= 0 && placeHead(language, sentence.get(before).word())) { // "Ciudad de México"
                    out.add(new int[] {base + before, base + i + best});
                    i += best - 1;
                    continue;
                }
            }
            out.add(new int[] {base + featureStart(sentence, i, language, links, articles), base + i + best});
            i += best - 1;
        }
        return out;
    }

    /**
     * Where the place at {@code i} starts when a lower-case noun of a feature or a street stands before it, directly
     * or through a link word ("il golfo del Messico", "la plaza de España", "in via Roma"): a gulf or a street
     * named after a country or a town is that feature, and the whole is the place, not the country or the town;
     * else {@code i}.
     */
    private static int featureStart(List<Tokenizer.Token> sentence, int i, String language, Set<String> links,
            Set<String> articles) {
        if (i == 0 || language == null) {
            return i;
        }
        Set<String> direct = FEATURE_NOUNS_DIRECT.get(language);
        if (direct != null && i >= 2 && direct.contains(sentence.get(i - 1).word())
                && functionWord(language, sentence.get(i - 2).word())) {
            // after a preposition or an article ("in via Roma", "en la calle Toledo"), not "arriva a Tunisi via
            // Parigi", where Italian "via" is "by way of"
            return i - 1;
        }
        int before = beforeLink(sentence, i, links, articles);
        Set<String> linked = FEATURE_NOUNS_LINKED.get(language);
        return before >= 0 && linked != null && linked.contains(sentence.get(before).word()) ? before : i;
    }

    /**
     * How many words from {@code i}, a capitalised word of one or two letters ("La", "El", "A"), name a place as
     * a whole with the words after it ("La Rioja", "El Cairo", "A Coruña"); 0 when none does.
     */
    private static int articlePlace(Gazetteer gazetteer, List<Tokenizer.Token> sentence, int i) {
        String w = sentence.get(i).word();
        if (w.isEmpty() || w.length() > 2 || !Character.isUpperCase(w.codePointAt(0))
                || !capitalised(sentence.get(i + 1).word())) {
            return 0;
        }
        long key = Gazetteer.appendKey(0, w);
        int best = 0;
        for (int len = 2; len <= MAX_WORDS && i + len <= sentence.size(); len++) {
            String next = sentence.get(i + len - 1).word();
            if (!capitalised(next)) {
                break;
            }
            key = Gazetteer.appendKey(key, next);
            if (kindOf(gazetteer, key) >= 0) {
                best = len;
            }
        }
        return best;
    }

    /** The longest place name of up to {@value #MAX_WORDS} capitalised words from {@code i}, 0 when none. */
    private static int placeAt(Gazetteer gazetteer, List<Tokenizer.Token> sentence, int i) {
        long key = 0;
        int best = 0;
        for (int len = 1; len <= MAX_WORDS && i + len <= sentence.size(); len++) {
            String w = sentence.get(i + len - 1).word();
            if (!capitalised(w)) {
                break;
            }
            key = Gazetteer.appendKey(key, w);
            if (kindOf(gazetteer, key) >= 0) {
                best = len;
            }
        }
        return best;
    }

    /** Whether tokens [start, end), their link words included, are one name the gazetteer knows ("Santiago de Chile"). */
    private static boolean wholePlace(Gazetteer gazetteer, List<Tokenizer.Token> sentence, int start, int end) {
        long key = 0;
        for (int k = start; k < end; k++) {
            key = Gazetteer.appendKey(key, sentence.get(k).word());
        }
        return kindOf(gazetteer, key) >= 0;
    }

    /** The index after a link word at {@code from} and the article that may follow it ("de", "de la"), or -1. */
    private static int afterLink(List<Tokenizer.Token> sentence, int from, Set<String> links, Set<String> articles) {
        if (from >= sentence.size() || !links.contains(sentence.get(from).word())) {
            return -1;
        }
        int k = from + 1;
        if (k < sentence.size() && articles.contains(sentence.get(k).word())) {
            k++;
        }
        return k < sentence.size() ? k : -1;
    }

    /** The index of the word before a link word (and its article) that ends right before {@code to}, or -1. */
    private static int beforeLink(List<Tokenizer.Token> sentence, int to, Set<String> links, Set<String> articles) {
        int k = to - 1;
        if (k >= 1 && articles.contains(sentence.get(k).word()) && links.contains(sentence.get(k - 1).word())) {
            return k - 2;
        }
        return k >= 1 && links.contains(sentence.get(k).word()) ? k - 1 : -1;
    }

    private static boolean placeHead(String language, String word) {
        Set<String> heads = language == null ? null : PLACE_HEADS.get(language);
        return heads != null && heads.contains(word);
    }

    /**
     * A short word in capitals among lower-case words, not first in its sentence, that is no country's name:
     * initials ("la OEA") rather than a place, which running text writes in lower case after the first letter;
     * so is such a word alone in brackets after a name in mixed case that has a word with its first letter, the
     * initials of the name just spelled out ("la Organización de Estados Americanos ( OEA )", not a player's
     * nationality "Maureen Drake ( CAN )"); a country's short name stays ("EEUU", "( CUBA )").
     */
    private static boolean acronymInRunningText(Gazetteer gazetteer, List<Tokenizer.Token> sentence, int i) {
        String w = sentence.get(i).word();
        if (i == 0 || w.length() > 5 || !allCaps(w)) {
            return false;
        }
        String before = sentence.get(i - 1).word();
        boolean spelledOut = before.equals("(") && i >= 2 && hasLowerCase(sentence.get(i - 2).word())
                && i + 1 < sentence.size() && sentence.get(i + 1).word().equals(")") && spelledBefore(sentence, i);
        if (!spelledOut && !hasLowerCase(before)) {
            return false;
        }
        return kindOf(gazetteer, Gazetteer.appendKey(0, w)) != Gazetteer.COUNTRY;
    }

    /** How many words before an opening bracket {@link #spelledBefore} looks for the name its initials shorten. */
    private static final int SPELLED_WINDOW = 6;

    /**
     * Whether a capitalised word among the {@value #SPELLED_WINDOW} before the bracket at {@code i - 1} starts with
     * the first letter of the initials at {@code i}: the name they shorten ("Organización de Estados Americanos (
     * OEA )", "Philippine Airlines ( PAL )"), not a person's nationality ("Maureen Drake ( CAN )").
     */
    private static boolean spelledBefore(List<Tokenizer.Token> sentence, int i) {
        int initial = sentence.get(i).word().codePointAt(0);
        for (int k = i - 2; k >= 0 && k >= i - 1 - SPELLED_WINDOW; k--) {
            String w = sentence.get(k).word();
            if (w.codePointAt(0) == initial && hasLowerCase(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasLowerCase(String w) {
        for (int k = 0; k < w.length(); k++) {
            if (Character.isLowerCase(w.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideLongerName(List<Tokenizer.Token> sentence, int start, int end) {
        String name = sentence.get(start).word();
        if (allCaps(name)) {
            return false;
        }
        if (start > 1 && nameWord(sentence.get(start - 1).word())) {
            return true;
        }
        return end < sentence.size() && nameWord(sentence.get(end).word());
    }

    /** A capitalised word in running text (not in capitals, not a number). */
    private static boolean nameWord(String w) {
        return capitalised(w) && Character.isLetter(w.codePointAt(0)) && !allCaps(w);
    }

    private static boolean allCaps(String w) {
        for (int k = 0; k < w.length(); k++) {
            if (Character.isLowerCase(w.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The widest kind of entry this name has among those that count, -1 when none: a country or a
     * first-level division first, then a large enough place.
     */
    static int kindOf(Gazetteer gazetteer, long key) {
        int[] entries = key == 0 ? null : gazetteer.byKey(key);
        if (entries == null) {
            return -1;
        }
        int kind = -1;
        for (int e : entries) {
            int k = Gazetteer.kind(e);
            if (k == Gazetteer.COUNTRY || k == Gazetteer.ADMIN1) {
                return k;
            }
            if (k == Gazetteer.PLACE && gazetteer.population(e) >= MIN_POPULATION) {
                kind = k;
            }
        }
        return kind;
    }

    /**
     * Whether the name is a town of {@value #MIN_POPULATION} people or more and no country's name; a region of
     * the same name does not matter ("Madrid", "Mérida", "Puebla" are towns and regions).
     */
    static boolean townNotCountry(Gazetteer gazetteer, long key) {
        int[] entries = key == 0 ? null : gazetteer.byKey(key);
        if (entries == null) {
            return false;
        }
        boolean town = false;
        for (int e : entries) {
            int k = Gazetteer.kind(e);
            if (k == Gazetteer.COUNTRY) {
                return false;
            }
            town |= k == Gazetteer.PLACE && gazetteer.population(e) >= MIN_POPULATION;
        }
        return town;
    }

    /** Whether tokens [start, end) name, as a whole, a country (or another entry the gazetteer ranks first). */
    static boolean isCountry(Gazetteer gazetteer, List<Tokenizer.Token> tokens, int start, int end) {
        long key = 0;
        for (int k = start; k < end; k++) {
            key = Gazetteer.appendKey(key, tokens.get(k).word());
        }
        int[] entries = key == 0 ? null : gazetteer.byKey(key);
        if (entries != null) {
            for (int e : entries) {
                if (Gazetteer.kind(e) == Gazetteer.COUNTRY) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether tokens [start, end) name, as a whole, a country, a first-level division or a place of
     * {@value #MIN_POPULATION} people or more: evidence against a tagger's PERSON or ORGANIZATION.
     */
    static boolean isPlace(Gazetteer gazetteer, List<Tokenizer.Token> tokens, int start, int end) {
        long key = 0;
        for (int k = start; k < end; k++) {
            key = Gazetteer.appendKey(key, tokens.get(k).word());
        }
        return kindOf(gazetteer, key) >= 0;
    }

    private static boolean capitalised(String word) {
        return word.length() >= 3 && Character.isUpperCase(word.codePointAt(0));
    }
}
