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
 * Organisations in a sentence of a language without a tagger, from evidence that needs no model:
 * <ul>
 * <li>a head word of the language's bodies ({@code neutral-org-heads.tsv}: "Ministerio", "Universiteit",
 * "Banca", "Polizei") followed by capitalised words, directly or through the lower-case words a body's name
 * holds ({@code neutral-org-connectors.tsv}: "Ministerio de Asuntos Exteriores", "Guardia Civil", "Raad van
 * State", "Banca d'Italia"); the head alone ("el Gobierno") is none;</li>
 * <li>a sports club: a club word before or after a place of the gazetteer ({@code neutral-club-leads.txt}: "Real
 * Madrid", "Inter de Milán", "FC Barcelona", "ADO Den Haag", "Valencia CF");</li>
 * <li>in Spanish, Italian and French, a town after a lower-case masculine article ("el Barcelona", "del
 * Parma", "le Lyon"): those languages write a town without an article, its club with one. Not countries or
 * regions, which take one ("el Perú", "il Lazio"), unless, in Spanish, a large town has the region's name ("el
 * Madrid", "del Mérida"), nor a town whose name holds the article ("El Cairo", "Le Havre").</li>
 * </ul>
 * In Dutch a capitalised adjective in -e before a head is part of the name ("Europese Commissie", "Vlaamse
 * Regering", "Tweede Kamer"), the head then needing nothing after it.
 * Such a name takes the place inside it ("Universidad de Sevilla" is a body, not Seville). German capitalises
 * every noun, so there a head needs a place or a connector after it ("Polizei Bremen", "Ministerium für
 * Umwelt"), not any capitalised word. Looked up only at capitalised words, one hash lookup each.
 */
final class NeutralOrganisations {

    /** Most words of a name, the head included. */
    static final int MAX_WORDS = 9;
    private static final Map<String, Set<String>> HEADS = perLanguage("neutral-org-heads.tsv");
    private static final Map<String, Set<String>> CONNECTORS = perLanguage("neutral-org-connectors.tsv");
    private static final Set<String> CLUB_WORDS = WordList.load(NeutralOrganisations.class, "neutral-club-leads.txt");
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}");
    /** The same words in capitals without accents, as results tables print them ("ATLETICO", "FC."). */
    private static final Set<String> CLUB_WORDS_CAPS = CLUB_WORDS.stream().map(NeutralOrganisations::caps)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** Club words read only before a point ("At. Madrid", {@code neutral-club-abbreviations.txt}). */
    private static final Set<String> CLUB_ABBREVIATIONS =
            WordList.load(NeutralOrganisations.class, "neutral-club-abbreviations.txt");
    /** Per language, the lower-case masculine articles before a club named after its town. */
    private static final Map<String, Set<String>> CLUB_ARTICLES = Map.of(
            "es", Set.of("el", "del", "al"),
            "it", Set.of("il", "del", "al", "dal", "nel", "col", "sul"),
            "fr", Set.of("le", "du", "au"));
    /** The lower-case word for a state before its article and name ("lo stato del Virginia", "el estado del Zulia"). */
    private static final Set<String> STATE_WORDS = Set.of("stato", "estado", "état", "province", "provincia");
    /** The article as a town's own name writes it ("El Cairo", "Il Cairo", "Le Havre"). */
    private static final Map<String, String> ARTICLE_IN_NAME = Map.of("es", "El", "it", "Il", "fr", "Le");
    /** Elided connectors glued to the next word ("d'Italia", "dell'Interno", "l'Énergie"). */
    private static final Set<String> ELISIONS = Set.of("d'", "dell'", "all'", "dall'", "nell'", "sull'", "l'",
            "d\u2019", "dell\u2019", "all\u2019", "dall\u2019", "nell\u2019", "sull\u2019", "l\u2019");

    private NeutralOrganisations() {
    }

    private static Map<String, Set<String>> perLanguage(String resource) {
        return WordList.perLanguage(NeutralOrganisations.class, resource, 1);
    }

    /** Whether {@code language} (ISO 639-1) has head words. */
    static boolean covers(String language) {
        return language != null && HEADS.containsKey(language);
    }

    /** The organisations of one sentence in {@code language} as {start, end} token indexes plus {@code base}. */
    static List<int[]> find(Gazetteer gazetteer, List<Tokenizer.Token> sentence, int base, String language) {
        Set<String> heads = language == null ? null : HEADS.get(language);
        if (heads == null) {
            return List.of();
        }
        Set<String> connectors = CONNECTORS.getOrDefault(language, Set.of());
        Set<String> articles = CLUB_ARTICLES.get(language);
        boolean nouns = language.equals("de"); // every noun capitalised: a capital says little there
        boolean adjectiveFirst = language.equals("nl");
        List<int[]> out = null;
        int n = sentence.size();
        for (int i = 0; i < n; i++) {
            String w = sentence.get(i).word();
            if (!Character.isUpperCase(w.codePointAt(0))) {
                continue;
            }
            int end = -1;
            if (adjectiveFirst && w.length() > 4 && w.charAt(w.length() - 1) == 'e' && i + 1 < n
                    && heads.contains(sentence.get(i + 1).word()) && !NeutralPlaces.functionWord(language, w)
                    && !(i > 0 && nameWord(sentence.get(i - 1).word())
                    && !NeutralPlaces.functionWord(language, sentence.get(i - 1).word()))) {
                // Dutch writes the adjective before the head, with a capital: "Europese Commissie", "Tweede Kamer"
                end = Math.max(i + 2, headedName(gazetteer, sentence, i + 1, connectors, nouns, language));
            } else if (heads.contains(w) && !(i > 0 && nameWord(sentence.get(i - 1).word())
                    && !NeutralPlaces.functionWord(language, sentence.get(i - 1).word()))) {
                // not inside a longer name ("Santa Cruz de Tenerife"); "El Ministerio" opens a sentence
                end = headedName(gazetteer, sentence, i, connectors, nouns, language);
            } else if (clubWord(w)) {
                end = clubAfter(gazetteer, sentence, i, connectors);
            }
            if (end < 0 && i + 1 < n && sentence.get(i + 1).word().length() <= 3
                    && CLUB_WORDS_CAPS.contains(sentence.get(i + 1).word()) && !CLUB_WORDS.contains(w)) {
                int place = placeAt(gazetteer, sentence, i, i + 1);
                end = place == i + 1 ? i + 2 : -1; // "Valencia CF"
            }
            if (end < 0 && articles != null && i > 0 && clubArticle(articles, sentence, i - 1)) {
                end = clubByArticle(gazetteer, sentence, i, language);
            }
            if (end > i) {
                if (out == null) {
                    out = new ArrayList<>(2);
                }
                out.add(new int[] {base + i, base + end});
                i = end - 1;
            }
        }
        return out == null ? List.of() : out;
    }

    /**
     * The end of a name opened by the head at {@code i}, -1 when no capitalised word follows it: capitalised
     * words, and connectors before one; it stops before a given name once a word follows the head
     * ("del Consiglio Silvio Berlusconi" is the council, then a man), at a function word or a rank ("Il",
 * "Presidente"), and at a comma or a full stop; a place of the gazetteer inside it is read whole ("Gobierno de
 * Sierra Leona"). In German only a place or a connector continues the head.
     */
    private static int headedName(Gazetteer gazetteer, List<Tokenizer.Token> sentence, int i, Set<String> connectors,
            boolean nouns, String language) {
        int n = sentence.size();
        int end = -1;
        int k = i + 1;
        boolean viaConnector = false;
        while (k < n && k - i < MAX_WORDS) {
            String s = sentence.get(k).word();
            if (nameWord(s) || elided(s)) {
                int place = nameWord(s) ? placeAt(gazetteer, sentence, k, Math.min(n, k + NeutralPlaces.MAX_WORDS)) : -1;
                if (place > k) { // "Gobierno de Sierra Leona", "Universidad del País Vasco": the place whole
                    end = place;
                    k = place;
                    continue;
                }
                if (nouns && !viaConnector) {
                    break; // German "die Polizei Beamte": a noun, not a name; "Polizei Bremen" is one
                }
                if (NeutralPlaces.functionWord(language, s) || NeutralPeople.title(s)
                        || k + 1 < n && nameWord(sentence.get(k + 1).word()) && EntitiesEnricher.GIVEN_NAMES_EN.contains(s)) {
                    break; // "del Consiglio Silvio Berlusconi": the body, then a man; "Il", "Presidente"
                }
                end = k + 1;
                k++;
            } else if (connectors.contains(s) && k + 1 < n && (nameWord(sentence.get(k + 1).word())
                    || elided(sentence.get(k + 1).word())
                    || k + 2 < n && connectors.contains(sentence.get(k + 1).word())
                    && nameWord(sentence.get(k + 2).word()))) {
                viaConnector = true;
                k++;
            } else {
                break;
            }
        }
        return end;
    }

    /**
     * A club whose abbreviated club word the tokenizer took for the end of the previous sentence ("FC. Barcelona",
     * "At. Madrid", "FC . BARCELONA": {@code all} ends "FC" "." at {@code base}, where a sentence opens with a place
     * of the gazetteer): {start, end} of the whole name, from the club word to the place's end, as indexes of
     * {@code all}; else null. Read once a sentence, at its first word.
     */
    static int[] clubAcrossPoint(Gazetteer gazetteer, List<Tokenizer.Token> all, int base, List<Tokenizer.Token> sentence) {
        if (base < 2 || sentence.isEmpty() || !all.get(base - 1).word().equals(".")
                || sentence.get(0).start() - all.get(base - 1).end() > 1) {
            return null; // not a point right before the sentence, on the same line
        }
        String lead = all.get(base - 2).word();
        boolean abbreviation = CLUB_ABBREVIATIONS.contains(lead)
                || lead.length() > 1 && allCaps(lead) && CLUB_ABBREVIATIONS.contains(capitalisedForm(lead));
        if (!abbreviation && !(lead.length() <= 4 && allCaps(lead) && CLUB_WORDS_CAPS.contains(lead))) {
            return null; // "At.", "AT.", "FC.", "CD.": not "Sr." or "EE.UU."
        }
        int end = placeAt(gazetteer, sentence, 0, Math.min(sentence.size(), NeutralPlaces.MAX_WORDS));
        return end > 0 ? new int[] {base - 2, base + end} : null;
    }

    /** "AT" as "At": an abbreviation in capitals, as results tables print it. */
    private static String capitalisedForm(String w) {
        return w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT);
    }

    /** After a club word at {@code i}: a place, directly or after a connector ("Inter de Milán"), or -1. */
    private static int clubAfter(Gazetteer gazetteer, List<Tokenizer.Token> sentence, int i, Set<String> connectors) {
        int from = i + 1;
        if (from < sentence.size() && connectors.contains(sentence.get(from).word().toLowerCase(Locale.ROOT))) {
            from++;
        }
        if (from >= sentence.size() || !Character.isUpperCase(sentence.get(from).word().codePointAt(0))) {
            return -1;
        }
        return placeAt(gazetteer, sentence, from, Math.min(sentence.size(), from + NeutralPlaces.MAX_WORDS));
    }

    /** A town (not a country or a region) at {@code i} after a club's article, its end, or -1. */
    private static int clubByArticle(Gazetteer gazetteer, List<Tokenizer.Token> sentence, int i, String language) {
        long key = 0;
        int best = -1;
        boolean region = false;
        for (int k = i; k < sentence.size() && k - i < NeutralPlaces.MAX_WORDS; k++) {
            String w = sentence.get(k).word();
            if (!nameWord(w)) {
                break;
            }
            key = Gazetteer.appendKey(key, w);
            if (NeutralPlaces.kindOf(gazetteer, key) >= 0) {
                // a town, also when a region has its name ("el Madrid", "del Mérida", "el Puebla": the region
                // is "la Comunidad de Madrid", "el estado Mérida"); never a country ("el Perú")
                best = NeutralPlaces.townNotCountry(gazetteer, key) ? k + 1 : -1;
                region = NeutralPlaces.kindOf(gazetteer, key) == Gazetteer.ADMIN1;
            }
        }
        if (best > 0 && region && (!language.equals("es") || best < sentence.size() && nameWord(sentence.get(best).word())
                || i >= 2 && STATE_WORDS.contains(sentence.get(i - 2).word()))) {
            // a town that is also a region's name, read as a club only in Spanish ("el Madrid", "del Mérida") and
            // alone: "el New York Times" is a paper, "el estado del Zulia" the state; Italian writes a region with
            // the article ("nel Bihar", "lo stato del Virginia")
            return -1;
        }
        if (best < 0 || best == i + 1 && NeutralPlaces.functionWord(language, sentence.get(i).word())) {
            return -1; // "del Sur", "del Sol": a word, not a town
        }
        if (NeutralPlaces.isPlace(gazetteer, sentence, i, best)
                && NeutralPlaces.kindOf(gazetteer, Gazetteer.appendKey(
                        Gazetteer.appendKey(0, ARTICLE_IN_NAME.get(language)), sentence.get(i).word())) >= 0) {
            return -1; // "el Cairo": El Cairo, the town
        }
        return best;
    }

    /** The end of the longest place of the gazetteer from {@code i}, no further than {@code limit}, or -1. */
    private static int placeAt(Gazetteer gazetteer, List<Tokenizer.Token> sentence, int i, int limit) {
        long key = 0;
        int best = -1;
        for (int k = i; k < limit && k < sentence.size(); k++) {
            String w = sentence.get(k).word();
            boolean capital = Character.isUpperCase(w.codePointAt(0));
            if (!capital && (k == i || !Character.isLetter(w.codePointAt(0)))) {
                break;
            }
            key = Gazetteer.appendKey(key, w);
            if (capital && NeutralPlaces.kindOf(gazetteer, key) >= 0) {
                best = k + 1; // "Castilla y León": a lower-case word inside, a capital at the end
            }
        }
        return best;
    }

    /** A capitalised word that can be part of a name: a letter first, not a lone initial's point. */
    private static boolean nameWord(String w) {
        return w.length() >= 2 && Character.isUpperCase(w.codePointAt(0)) && Character.isLetter(w.codePointAt(0));
    }

    /** An article of {@code articles}, or one opening the sentence with a capital ("Il Parma"). */
    private static boolean clubArticle(Set<String> articles, List<Tokenizer.Token> sentence, int at) {
        String w = sentence.get(at).word();
        return w.length() <= 3 && (articles.contains(w) || at == 0 && articles.contains(w.toLowerCase(Locale.ROOT)));
    }

    /** A club word as written, or in capitals (read only for a word in capitals: "ATLETICO", "FC."). */
    private static boolean clubWord(String w) {
        if (CLUB_WORDS.contains(w)) {
            return true;
        }
        if (CLUB_WORDS_CAPS.contains(w)) {
            return true; // "ATLETICO", "FC"
        }
        // "FC.", "ATLÉTICO": folded only then; allCaps first, as it stops at the second letter of most words
        return w.length() >= 2 && allCaps(w) && (w.endsWith(".") || !ascii(w)) && CLUB_WORDS_CAPS.contains(caps(w));
    }

    private static boolean ascii(String w) {
        for (int k = 0; k < w.length(); k++) {
            if (w.charAt(k) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Upper case, accents stripped, a last point dropped. */
    private static String caps(String w) {
        String s = w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
        return MARKS.matcher(java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD)).replaceAll("")
                .toUpperCase(Locale.ROOT);
    }

    private static boolean allCaps(String w) {
        for (int k = 0; k < w.length(); k++) {
            if (Character.isLowerCase(w.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** "d'Italia", "dell'Interno": an elided connector glued to a capitalised word. */
    private static boolean elided(String w) {
        int apostrophe = Math.max(w.indexOf('\''), w.indexOf('\u2019'));
        return apostrophe > 0 && apostrophe + 1 < w.length() && Character.isUpperCase(w.codePointAt(apostrophe + 1))
                && ELISIONS.contains(w.substring(0, apostrophe + 1).toLowerCase(Locale.ROOT));
    }
}
