package io.newswire.enrich.entities;

import io.newswire.enrich.gazetteer.Gazetteer;
import io.newswire.enrich.text.Tokenizer;
import io.newswire.enrich.text.WordList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * People in a sentence of a language without a tagger: a given name of that language's list
 * ({@code given-names-xx.txt}: Spanish, French, Portuguese, Italian) followed by one to three
 * capitalised surnames, with the particles those languages write inside a name ("Luis de Guindos",
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
            "it", WordList.load(NeutralPeople.class, "given-names-it.txt"));
    /** Lower-case words inside a name before a capitalised surname. */
    private static final Set<String> PARTICLES = Set.of("de", "del", "la", "las", "los", "da", "das", "do", "dos",
            "di", "du", "des", "van", "von", "le", "lo", "della", "dello", "degli");
    /** Honorifics written before a given name with a capital: they do not make it part of a longer name. */
    private static final Set<String> HONORIFICS = Set.of("M", "Mme", "Mlle", "MM", "Me", "Mgr", "Dr", "Sr", "Sra",
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
            if (!Character.isUpperCase(w.codePointAt(0)) || !given(names, w)) {
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
                if (surname(s) && !NAME_LEADS.contains(s)) { // "Hugo Bonifacio Santo Domingo": the town is not his
                    if (surnames > 0 && !PARTICLES.contains(sentence.get(j - 1).word()) && datelineCity(sentence, j)
                            && NeutralPlaces.isPlace(gazetteer, sentence, j, j + 1)) {
                        break; // "Juan Núñez Madrid, 23 may (EFE)": a byline before the dateline's city
                    }
                    surnames++;
                    j++;
                    end = j;
                } else if (PARTICLES.contains(s) && j + 1 < n && (surnameNotGiven(names, sentence.get(j + 1).word())
                        || PARTICLES.contains(sentence.get(j + 1).word()) && j + 2 < n
                        && surnameNotGiven(names, sentence.get(j + 2).word()))) {
                    particle |= surnames == 0; // "Santiago de Chile"; not "Rui Carvalho dos Santos"
                    j++; // "de", "de la", "da": inside the name only before a surname, not before another person's
                } else {
                    break;
                }
            }
            if (end < 0 || particle && (NeutralPlaces.isPlace(gazetteer, sentence, i, end)
                    || NeutralPlaces.isPlace(gazetteer, sentence, end - 1, end))) {
                continue; // given names alone ("María José"), or a place ("Santiago de Chile")
            }
            if (out == null) {
                out = new ArrayList<>(2);
            }
            out.add(new int[] {base + i, base + end});
            i = end - 1;
        }
        return out == null ? List.of() : out;
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
                || names.contains(prev)) {
            return false;
        }
        return !HONORIFICS.contains(prev.endsWith(".") ? prev.substring(0, prev.length() - 1) : prev); // "Sr. Pedro"
    }

    /** Whether the word at {@code j} ends its sentence or stands before a comma or a bracket, as a dateline's city. */
    private static boolean datelineCity(List<Tokenizer.Token> sentence, int j) {
        if (j + 1 >= sentence.size()) {
            return true;
        }
        String next = sentence.get(j + 1).word();
        return next.equals(",") || next.equals("(");
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
