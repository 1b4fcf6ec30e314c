package io.newswire.enrich.entities;

import io.newswire.enrich.gazetteer.Gazetteer;
import io.newswire.enrich.text.Tokenizer;
import io.newswire.enrich.text.WordList;
import io.newswire.enrich.text.WordSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * People in a sentence of a language without a tagger: a given name of that language's list
 * ({@code given-names-xx.txt}: Spanish, French, Portuguese, Italian, Dutch, Polish, Swedish), or of the US Social Security
 * counts' names that is no common word of the language (Spanish, French, Portuguese, Italian, Dutch,
 * Polish, Swedish; {@code given-names-common-words.tsv}) and is no place with the words after it
 * ("Santa Cruz"), followed by one to three
 * capitalised surnames or an initial ("Victor C."), with the particles those languages write inside a name ("Luis de Guindos",
 * "José María Sanz Merino", "Jean-Pierre Rivière", "Luiz Inácio Lula da Silva"). Evidence that needs
 * no model: in these languages a capitalised word after a given name is a surname far more often than
 * anything else, and the lists leave out the given names that are as often a common word, a brand or a
 * place before a capitalised word (Cruz, Paz, Mercedes, Victoria, France).
 *
 * <p>Guards: the given name does not follow another capitalised word that is no given name ("San
 * Pedro Sula", "El Salvador", "Puerto Rico"), except an abbreviated honorific ("M.", "Sr.", "Mme"), nor, as
 * the sentence's second word, a word that leads names of places and buildings ({@code
 * neutral-name-leads.txt}); a name with a particle that the gazetteer knows as a place ("Santiago de Chile")
 * is none;
 * the surnames are written with a capital and at least one lower-case letter (not "ONU", not a
 * dateline in capitals); a run of given names alone ("María José") is no person. A word of the list
 * is looked up only when it is capitalised; a sentence with none costs one hash lookup per capitalised
 * word.
 */
final class NeutralPeople {

    /** Most words of a name, given names, particles and surnames together. */
    static final int MAX_WORDS = 6;
    private static final int MAX_SURNAMES = 3;
    private static final Map<String, Set<String>> GIVEN_NAMES = Map.of(
            "es", WordList.load(NeutralPeople.class, "given-names-es.txt"),
            "fr", WordList.load(NeutralPeople.class, "given-names-fr.txt"),
            "pt", WordList.load(NeutralPeople.class, "given-names-pt.txt"),
            "it", WordList.load(NeutralPeople.class, "given-names-it.txt"),
            "nl", WordList.load(NeutralPeople.class, "given-names-nl.txt"),
            "pl", WordList.load(NeutralPeople.class, "given-names-pl.txt"),
            "sv", WordList.load(NeutralPeople.class, "given-names-sv.txt"),
            // text whose language the detector could not settle (a results table): no list of its own, the US
            // counts' names of every origin only (WORLD_NAMES), as the first word of a name with a surname after it
            "und", Set.of());
    /**
     * The US Social Security counts' given names ({@code given-names-en.txt}: names of every origin, "Elias",
     * "Justyna", "Rodrigo", "Anneke"), read in every language above beside its own list as the first word of a
     * name only, less the names that are a lower-case word of that language ({@link #COMMON_WORDS}).
     */
    private static final Set<String> WORLD_NAMES = EntitiesEnricher.GIVEN_NAMES_EN;
    /**
     * Per language, the names of {@link #WORLD_NAMES} that are also a lower-case word of it ({@code
     * given-names-common-words.tsv}: Spanish "Alta", Portuguese "Nova", Dutch "Anders", Polish "Ala"): in
     * that language such a capitalised word opens sentences and titles as often as it names someone.
     */
    private static final Map<String, Set<String>> COMMON_WORDS = commonWords();

    private static Map<String, Set<String>> commonWords() {
        Map<String, Set<String>> out = new java.util.HashMap<>();
        for (String line : WordList.load(NeutralPeople.class, "given-names-common-words.tsv")) {
            int tab = line.indexOf('\t');
            if (tab < 1) {
                throw new IllegalStateException("given-names-common-words.tsv: no tab in " + line);
            }
            String name = line.substring(0, tab);
            for (String language : line.substring(tab + 1).split(",")) {
                if (!GIVEN_NAMES.containsKey(language)) {
                    throw new IllegalStateException("given-names-common-words.tsv: no such language " + language);
                }
                out.computeIfAbsent(language, k -> new java.util.HashSet<>()).add(name);
            }
        }
        out.replaceAll((k, v) -> Set.copyOf(v));
        return Map.copyOf(out);
    }
    /** Lower-case words inside a name before a capitalised surname. */
    private static final Set<String> PARTICLES = WordSet.of("de", "del", "la", "las", "los", "da", "das", "do", "dos",
            "di", "du", "des", "van", "von", "le", "lo", "della", "dello", "degli");
    /**
     * Languages where a particle after a surname is the preposition "of" ("Hugo Koeman van de Kindertelefoon"),
     * not a part of the name, which there has its particles before the first surname ("Jan van den Berg").
     */
    private static final Set<String> PARTICLE_AFTER_NAME_IS_OF = WordSet.of("nl", "sv", "pl");
    /** Particles that Belgian, Dutch and Romance names write with a capital ("Karel De Gucht", "Van Dijk"). */
    private static final Set<String> CAPITAL_PARTICLES = WordSet.of("De", "Del", "Della", "Di", "Da", "Do", "Dos", "Du",
            "Des", "Van", "Von", "Ten", "Ter", "Den", "Der", "La", "Le", "Lo");
    /** Ranks and offices written with a capital before a name ({@code neutral-titles.txt}). */
    private static final Set<String> TITLES = WordList.load(NeutralPeople.class, "neutral-titles.txt");
    /** Honorifics written before a given name with a capital: they do not make it part of a longer name. */
    private static final Set<String> HONORIFICS = WordSet.of("M", "Mme", "Mlle", "MM", "Me", "Mgr", "Dr", "Sr", "Sra",
            "Srta", "Don", "Doña", "Dom", "Dona", "Pr", "Prof", "Sig", "Dott", "Dott.ssa", "On");

    /**
     * Words that open the name of a place, a building or a body before a given name ("San Pedro Sula",
     * "Hospital Juan Ramón Jiménez", "Rue Jean Jaurès"), for a sentence's first word, which is capitalised
     * whatever it is ("Según Pedro Gómez").
     */
    private static final Set<String> NAME_LEADS = WordList.load(NeutralPeople.class, "neutral-name-leads.txt");
    /** The same words in lower case, as they stand inside a sentence ("el hospital", "l'aéroport"). */
    private static final Set<String> LEADS_LOWER = NAME_LEADS.stream()
            .map(w -> w.toLowerCase(java.util.Locale.ROOT)).filter(w -> w.length() > 2)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private NeutralPeople() {
    }

    /** Whether {@code word} is a rank or office written with a capital before a name ({@code neutral-titles.txt}). */
    static boolean title(String word) {
        return TITLES.contains(word);
    }

    /**
     * Whether {@code word} is a given name in {@code language}: of its own list or of the US counts' names that
     * are no word of it ("Claude", "Victor", "Jean-Baptiste").
     */
    static boolean givenName(String language, String word) {
        Set<String> names = language == null ? null : GIVEN_NAMES.get(language);
        return names != null && (given(names, word) || worldName(language, word));
    }

    /** Whether {@code language} (ISO 639-1) has a given-name list. */
    static boolean covers(String language) {
        return language != null && GIVEN_NAMES.containsKey(language);
    }

    /**
     * The people of one sentence in {@code language} as {start, end} token indexes plus {@code base};
     * {@code gazetteer} tells a place written like a name ("Santiago de Chile") from a person.
     */
    static List<int[]> find(Gazetteer gazetteer, List<Tokenizer.Token> sentence, int base, String language) {
        Set<String> names = language == null ? null : GIVEN_NAMES.get(language);
        if (names == null) {
            return List.of();
        }
        List<int[]> out = null;
        int n = sentence.size();
        for (int i = 0; i < n; i++) {
            String w = sentence.get(i).word();
            if (!Character.isUpperCase(w.codePointAt(0))) {
                continue;
            }
            boolean own = given(names, w);
            if (!own && !worldName(language, w)) {
                continue;
            }
            if (i > 0 && followsAName(names, sentence, i)) {
                while (i + 1 < n && Character.isUpperCase(sentence.get(i + 1).word().codePointAt(0))) {
                    i++; // the rest of that name: "Hospital Juan Ramón Jiménez" holds no "Ramón Jiménez"
                }
                continue;
            }
            int j = i + 1;
            while (j < n && j - i < MAX_WORDS && given(names, sentence.get(j).word())) {
                j++; // "José María", "Luis Joaquín"
            }
            int surnames = 0;
            int end = -1;
            boolean particle = false;
            while (j < n && j - i < MAX_WORDS && surnames < MAX_SURNAMES) {
                String s = sentence.get(j).word();
                if (initial(s)) { // "le gendarme Victor C.": a surname the paper shortens to its initial
                    surnames++;
                    j++;
                    end = j;
                } else if (surname(s) && !NAME_LEADS.contains(s)) { // "Hugo Bonifacio Santo Domingo": the town is not his
                    if (surnames > 0 && !PARTICLES.contains(sentence.get(j - 1).word()) && datelineCity(sentence, j)
                            && NeutralPlaces.isPlace(gazetteer, sentence, j, j + 1)) {
                        break; // "Juan Núñez Madrid, 23 may (EFE)": a byline before the dateline's city
                    }
                    surnames++;
                    j++;
                    end = j;
                } else if (PARTICLES.contains(s) && (surnames == 0 || !PARTICLE_AFTER_NAME_IS_OF.contains(language))
                        && j + 1 < n && (surnameNotGiven(names, sentence.get(j + 1).word())
                        || PARTICLES.contains(sentence.get(j + 1).word()) && j + 2 < n
                        && surnameNotGiven(names, sentence.get(j + 2).word()))) {
                    particle |= surnames == 0; // "Santiago de Chile"; not "Rui Carvalho dos Santos"
                    j++; // "de", "de la", "da": inside the name only before a surname, not before another person's
                } else {
                    break;
                }
            }
            while (end - 1 > i + 1 && CAPITAL_PARTICLES.contains(sentence.get(end - 1).word())) {
                end--; // "Frank Schlömer De": a particle ends no name, it opens the next word
            }
            if (end > 0 && companyAround(sentence, i, end)) {
                i = end - 1; // "Philip Morris, Inc", "Reynolds Tobacco Company": a firm named after someone
                continue;
            }
            if (end < 0 || (particle || !own) && (NeutralPlaces.isPlace(gazetteer, sentence, i, end)
                    || particle && NeutralPlaces.isPlace(gazetteer, sentence, end - 1, end))) {
                continue; // given names alone ("María José"), or a place ("Santiago de Chile", "Santa Cruz")
            }
            if (out == null) {
                out = new ArrayList<>(2);
            }
            out.add(new int[] {base + i, base + end});
            i = end - 1;
        }
        return out == null ? List.of() : out;
    }

    /**
     * A given name of {@link #WORLD_NAMES} that is no lower-case word of {@code language}, or a hyphenated one
     * whose first part is. Anywhere in the sentence: a capitalised common word stands after another one in
     * bylines, headlines and titles ("De Morgen"); the language's own list gives back the common names that
     * are also words ("Jan" in Dutch).
     */
    private static boolean worldName(String language, String w) {
        Set<String> common = COMMON_WORDS.getOrDefault(language, Set.of());
        if (WORLD_NAMES.contains(w)) {
            return !common.contains(w);
        }
        int hyphen = w.indexOf('-');
        if (hyphen <= 1) {
            return false;
        }
        String first = w.substring(0, hyphen);
        return WORLD_NAMES.contains(first) && !common.contains(first);
    }

    /**
     * Whether a word of the name after the given name, or the word after the name (past one comma), ends the
     * names of firms and bodies ({@code company-words.txt}, {@code org-heads.txt}: "Inc", "Company", "SA").
     */
    private static boolean companyAround(List<Tokenizer.Token> sentence, int start, int end) {
        for (int k = start + 1; k < end; k++) {
            if (orgEnd(sentence.get(k).word())) {
                return true;
            }
        }
        int next = end < sentence.size() && sentence.get(end).word().equals(",") ? end + 1 : end;
        return next < sentence.size() && orgEnd(sentence.get(next).word());
    }

    /** A last word of firms' and bodies' names, as the English path reads them (the same two lists). */
    private static boolean orgEnd(String w) {
        return EntitiesEnricher.COMPANY_WORDS.contains(w) || EntitiesEnricher.ORG_HEADS.contains(w);
    }

    /** An initial with its point, as the tokenizer keeps it: "C.". */
    private static boolean initial(String w) {
        return w.length() == 2 && w.charAt(1) == '.' && Character.isUpperCase(w.charAt(0));
    }

    /** A given name of the list, or a hyphenated one whose first part is ("Jean-Baptiste", "José-Luis"). */
    private static boolean given(Set<String> names, String w) {
        if (names.contains(w)) {
            return true;
        }
        int hyphen = w.indexOf('-');
        return hyphen > 1 && names.contains(w.substring(0, hyphen));
    }

    /**
     * Whether the word before {@code i} makes the given name part of a longer name: a word that leads
     * names of places and buildings, in lower case or after an elision ("el hospital", "L'aéroport"), or
     * first in the sentence ("San"); inside a sentence, any capitalised word that is neither a given name
     * nor an honorific ("Puerto", "El"), or an abbreviation's point after a word that is no honorific.
     */
    private static boolean followsAName(Set<String> names, List<Tokenizer.Token> sentence, int i) {
        String prev = sentence.get(i - 1).word();
        if (i >= 2 && PARTICLES.contains(prev)
                && LEADS_LOWER.contains(sentence.get(i - 2).word().toLowerCase(java.util.Locale.ROOT))) {
            return true; // "el municipio de Heliodoro Castillo": a town named after someone
        }
        int apostrophe = Math.max(prev.lastIndexOf('\''), prev.lastIndexOf('\u2019'));
        if (apostrophe > 0 || Character.isLowerCase(prev.codePointAt(0))) {
            // "el hospital Juan Ramón Jiménez", "L'aéroport Charles de Gaulle": a place named after someone
            return LEADS_LOWER.contains(prev.substring(apostrophe + 1).toLowerCase(java.util.Locale.ROOT));
        }
        if (i == 1) { // capitalised as the sentence's first word: only a word that leads names says so
            return NAME_LEADS.contains(prev);
        }
        if (prev.equals(".") && i >= 2) {
            return !HONORIFICS.contains(sentence.get(i - 2).word()); // "Sr . Pedro Gómez"
        }
        if (!Character.isUpperCase(prev.codePointAt(0)) || !Character.isLetter(prev.codePointAt(0))
                || names.contains(prev) || TITLES.contains(prev)) { // "o 1º Tenente Rodrigo Matos"
            return false;
        }
        return !HONORIFICS.contains(prev.endsWith(".") ? prev.substring(0, prev.length() - 1) : prev); // "Sr. Pedro"
    }

    /**
     * Whether the word at {@code j} ends its sentence, stands before a bracket, or before a comma and a
     * date, as a dateline's city ("Madrid, 23 may (EFE)"; not a surname before ", de 46 anos").
     */
    private static boolean datelineCity(List<Tokenizer.Token> sentence, int j) {
        if (j + 1 >= sentence.size()) {
            return true;
        }
        String next = sentence.get(j + 1).word();
        if (next.equals("(")) {
            return true;
        }
        // "Madrid, 23 may (EFE)": a date after the comma; not "Rodrigo Costa Silva Lima, de 46 anos,"
        return next.equals(",") && (j + 2 >= sentence.size()
                || Character.isDigit(sentence.get(j + 2).word().codePointAt(0)));
    }

    /** A surname that is no given name of the list: after "y", "Hernán" starts the next person. */
    private static boolean surnameNotGiven(Set<String> names, String w) {
        return surname(w) && !names.contains(w);
    }

    /** A surname as printed: a capital first, at least one lower-case letter ("Peña", "McAllister", "O'Neill"). */
    private static boolean surname(String w) {
        if (w.length() < 2 || !Character.isUpperCase(w.codePointAt(0))) {
            return false;
        }
        for (int k = 1; k < w.length(); k++) {
            if (Character.isLowerCase(w.charAt(k))) {
                return true;
            }
        }
        return false;
    }
}
