package io.newswire.enrich.quotes;

import io.newswire.enrich.text.FoldedWords;
import io.newswire.enrich.text.WordList;
import io.newswire.enrich.text.WordSet;
import io.newswire.model.Entity;
import io.newswire.model.EntityType;
import io.newswire.model.Mention;
import io.newswire.model.Quote;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The speaker of each quote as an entity id, after the quotes are found, in text order (a pronoun may
 * refer to the speaker of an earlier quote):
 *
 * <ul>
 *   <li>a speaker written as a name is the entity mentioned there; a person word after an organisation's
 *   name ("a senior European Union official") is a person of it, not the organisation;</li>
 *   <li>"he"/"she": the person of the nearest sentence before (up to three back) that names one: the
 *   speaker of a quote in it, else its only person, else its first person when that one is the
 *   subject (only names, titles and determiners before it); none when the words around the person
 *   say the other gender ("Mr", "his", "spokeswoman");</li>
 *   <li>"it"/"they"/"we": the organisation that is the subject of the sentence before, or the speaker
 *   of a quote in it; none when that sentence's subject is no organisation ("Local authorities ...
 *   They said");</li>
 *   <li>"the minister", "the daily", "the company", "the police chief": the nearest entity before
 *   whose role or kind fits ({@code descriptions.tsv}): a person whose title, the words before a
 *   mention or an apposition hold a role word; an organisation whose name, the words before it or its
 *   alias-table id make it a newspaper, agency, company, ministry...; none when nothing fits, when two
 *   fitting entities stand in one sentence, or when an indefinite "a ... spokesman" between them
 *   introduced an unnamed one.</li>
 * </ul>
 *
 * <p>Everything else ("a police spokesman", "police", "I", "its spokesman") has no id: a wrong id is
 * worse than none. The work is per quote with a description or pronoun, over the article's entities.
 */
final class Speakers {

    /** A person description: role words that fit, words that must not stand right before one. */
    record PersonHead(List<String> roles, Set<String> blocked) {
    }

    /** Each word padded with spaces, once, for whole-word tests on a padded role or name. */
    private static List<String> padded(List<String> words) {
        List<String> out = new ArrayList<>(words.size());
        for (String w : words) {
            out.add(" " + w + " ");
        }
        return List.copyOf(out);
    }

    /** A kind of organisation: name words, whole names, role words, alias-table ids. */
    record Kind(Set<String> nameWords, Set<String> wholeNames, List<String> roles, Set<String> ids) {
    }

    private static final Map<String, PersonHead> PERSON_HEADS = new HashMap<>();
    private static final Map<String, List<Kind>> ORG_HEADS = new HashMap<>();
    private static final Set<String> IGNORED = new HashSet<>();
    /** Lower-case words read as part of a role before a name ("foreign minister", "police spokesman"). */
    private static final Set<String> ROLE_VOCAB = new HashSet<>();
    private static final Set<String> PERSON_WORDS = WordList.load(Speakers.class, "person-words.txt");
    private static final Set<String> ORG_WORDS = WordList.load(Speakers.class, "org-words.txt");
    private static final Set<String> MALE = WordSet.of("mr", "sir", "king", "prince", "sheikh", "lord", "spokesman",
            "chairman", "congressman", "businessman", "father", "brother", "son", "husband", "emir", "sultan", "duke",
            "he", "his", "him", "himself");
    private static final Set<String> FEMALE = WordSet.of("mrs", "ms", "miss", "madam", "queen", "princess", "lady", "dame",
            "spokeswoman", "chairwoman", "congresswoman", "businesswoman", "mother", "sister", "daughter", "wife",
            "duchess", "sheikha", "she", "her", "hers", "herself");
    private static final List<String> MALE_PADDED = padded(List.copyOf(MALE));
    private static final List<String> FEMALE_PADDED = padded(List.copyOf(FEMALE));
    private static final Set<String> INDEFINITE = WordSet.of("a", "an", "one", "another");
    /**
     * Roles that speak for their organisation: 'a spokeswoman for X' unnamed is X speaking. Other roles of
     * an organisation ('the minister of X', 'a member of X') are persons, never X.
     */
    private static final Set<String> SPEAKS_FOR = WordSet.of("spokesman", "spokeswoman", "spokesperson", "official",
            "officials", "representative", "representatives", "source", "sources");

    /** Words that open a clause or a phrase before the subject, capitalised at a sentence start. */
    private static final Set<String> OPENING = WordSet.of("while", "when", "after", "before", "although", "though", "as",
            "if", "because", "since", "despite", "during", "in", "on", "at", "for", "with", "without", "unlike", "like",
            "but", "and", "so", "yet", "however", "meanwhile", "following", "according", "speaking", "addressing",
            "asked", "under", "over", "by", "from", "to", "about", "against", "among", "between", "through", "until",
            "upon", "once", "even", "then", "there", "it", "this", "that", "these", "those", "his", "her", "their",
            "its", "our", "my", "your", "we", "they", "he", "she", "i", "what", "how", "why", "where", "who");

    /** Abbreviations before a name whose full stop ends no sentence. */
    private static final Set<String> ABBREVIATIONS = WordSet.of("mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt",
            "col", "maj", "capt", "sgt", "adm", "brig", "st", "jr", "sr", "prof", "rev", "no", "vs");

    static {
        load();
    }

    private static void load() {
        Map<String, Kind> kinds = new HashMap<>();
        List<String[]> orgLines = new ArrayList<>();
        try (InputStream in = Speakers.class.getResourceAsStream("descriptions.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                switch (f[0]) {
                    case "person" -> {
                        List<String> roles = List.of(f[2].split("\\|"));
                        PERSON_HEADS.put(f[1], new PersonHead(padded(roles),
                                f.length > 3 && !f[3].isEmpty() ? Set.of(f[3].split("\\|")) : Set.of()));
                        for (String r : roles) {
                            ROLE_VOCAB.addAll(List.of(r.split(" ")));
                        }
                        ROLE_VOCAB.addAll(List.of(f[1].split(" ")));
                    }
                    case "org" -> orgLines.add(f);
                    case "kind" -> {
                        Set<String> words = new HashSet<>();
                        Set<String> whole = new HashSet<>();
                        for (String w : f[2].split("\\|")) {
                            (w.startsWith("=") ? whole : words).add(w.startsWith("=") ? w.substring(1) : w);
                        }
                        List<String> roles = List.of(f[3].split("\\|"));
                        ROLE_VOCAB.addAll(roles);
                        kinds.put(f[1], new Kind(Set.copyOf(padded(List.copyOf(words))), Set.copyOf(whole), padded(roles),
                                f.length > 4 && !f[4].isEmpty() ? Set.of(f[4].split("\\|")) : Set.of()));
                    }
                    case "modifier" -> {
                        List<String> ws = List.of(f[2].split("\\|"));
                        if (f[1].equals("ignore")) {
                            IGNORED.addAll(ws);
                        } else {
                            ROLE_VOCAB.addAll(ws);
                        }
                    }
                    default -> throw new IllegalStateException("descriptions.tsv: unknown line " + line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String[] f : orgLines) {
            List<Kind> ks = new ArrayList<>();
            for (String k : f[2].isEmpty() ? new String[0] : f[2].split("\\|")) {
                ks.add(Objects.requireNonNull(kinds.get(k), "descriptions.tsv: unknown kind " + k));
            }
            ORG_HEADS.put(f[1], List.copyOf(ks));
            ROLE_VOCAB.addAll(List.of(f[1].split(" ")));
        }
        ROLE_VOCAB.addAll(PERSON_WORDS);
        ROLE_VOCAB.addAll(ORG_WORDS);
    }

    /** Flags of the words the scans ask about, looked up in the text without a lower-case copy. */
    private static final int ROLE = 1;
    private static final int OPEN = 2;
    private static final int HEAD = 4;
    private static final int PRONOUN = 8;
    private static final int ABBREVIATION = 16;
    private static final FoldedWords WORDS = words();

    private static FoldedWords words() {
        Map<String, Integer> m = new HashMap<>();
        for (String w : ROLE_VOCAB) {
            m.merge(w, ROLE, (a, b) -> a | b);
        }
        for (String w : List.of("the", "s")) {
            m.merge(w, ROLE, (a, b) -> a | b);
        }
        for (String w : OPENING) {
            m.merge(w, OPEN, (a, b) -> a | b);
        }
        for (String w : PERSON_HEADS.keySet()) {
            if (w.indexOf(' ') < 0) {
                m.merge(w, HEAD, (a, b) -> a | b);
            }
        }
        for (String w : List.of("he", "his", "him", "himself", "she", "her", "hers", "herself")) {
            m.merge(w, PRONOUN, (a, b) -> a | b);
        }
        for (String w : ABBREVIATIONS) {
            m.merge(w, ABBREVIATION, (a, b) -> a | b);
        }
        return new FoldedWords(m);
    }

    private final String text;
    private final List<Entity> entities;
    /** Roles and names of the entities asked about, made on first use: most articles ask about none. */
    private Map<Entity, String> roles;
    private Map<Entity, String> nameCache;

    private Speakers(String text, List<Entity> entities) {
        this.text = text;
        this.entities = entities;
    }

    /** The quotes (in text order) with their speaker ids set. */
    static List<Quote> resolveAll(String text, List<Entity> entities, List<Quote> quotes) {
        if (quotes.isEmpty()) {
            return quotes;
        }
        Speakers s = new Speakers(text, entities);
        List<Quote> out = new ArrayList<>(quotes.size());
        for (Quote q : quotes) {
            Quote same = out.isEmpty() ? null : out.get(out.size() - 1);
            // a quote of its own after its attribution's paragraph shares that attribution: the same speaker
            String id = same != null && same.speakerText() != null && q.speakerText() != null
                    && same.speakerText().start() == q.speakerText().start() ? same.speaker() : s.resolve(q, out);
            out.add(Objects.equals(id, q.speaker()) ? q : new Quote(q.kind(), q.content(), id, q.speakerText(), q.cue()));
        }
        return out;
    }

    private String resolve(Quote q, List<Quote> earlier) {
        Mention sp = q.speakerText();
        if (sp == null) {
            return null;
        }
        int limit = Math.min(sp.start(), q.content().start());
        String[] words = spaceSplit(sp.text());
        String head = low(words[words.length - 1]);
        Entity named = covering(sp);
        String of = roleOf(words);
        if ((named == null || named.type() != EntityType.PERSON) && of != null) {
            // 'The minister of Water Resources, Energy and Mines, Amina Okoye, said': the person named after
            // the list, never the organisation inside the role; else the person the role fits
            Entity apposed = apposedPerson(sp.end());
            if (apposed == null) {
                apposed = apposedAcross(sp.end(), q.cue() == null ? -1 : q.cue().start());
            }
            if (apposed != null) {
                return apposed.id();
            }
            String described = low(words[0]).equals("the") ? description(words, limit) : null;
            if (described == null && named != null && SPEAKS_FOR.contains(of)) {
                return named.id(); // 'a spokeswoman for Human Rights Watch': the organisation speaks through her
            }
            return described;
        }
        if ((named == null || named.type() != EntityType.PERSON) && (role(words[0]) || isPersonHead(head)
                && (Character.isLowerCase(words[words.length - 1].charAt(0)) || named != null))) {
            // 'said the Kessel Provincial Commissioner, Lieutenant General Ana Moyo', '..., Lakeside Institute
            // researcher, Li Wenhao, told', 'FRSC Sector Commander, Joel Bako, said' (the tagger made the title an
            // organisation): the person named in apposition to a role is the speaker, not the office nor its
            // organisation
            Entity apposed = apposedPerson(sp.end());
            if (apposed != null) {
                return apposed.id();
            }
        }
        if (named != null) {
            if (named.type() == EntityType.PERSON || !isPersonHead(head) || covers(named, sp.end() - 1)) {
                return named.id();
            }
            // 'A senior European Union official': a person of that organisation, not the organisation
            return low(words[0]).equals("the") ? description(words, limit) : null;
        }
        Entity apposed = apposedPerson(sp.end());
        if (apposed != null) {
            return apposed.id(); // 'The minister of the economy, Mr. Guajardo Villarreal, said'
        }
        if (words.length <= 3 && capitalised(words)) {
            Entity variant = spellingVariant(words[words.length - 1]);
            if (variant != null) {
                return variant.id(); // 'Nolet says' after 'Diana Nollet said': one letter doubled or not
            }
        }
        if (words.length == 1) {
            return switch (head) {
                case "he", "she" -> personPronoun(head, limit, earlier);
                case "him" -> personPronoun("he", limit, earlier); // 'According to him, the suspects fled'
                case "her" -> personPronoun("she", limit, earlier);
                case "it", "they", "we" -> orgPronoun(limit, earlier);
                default -> null;
            };
        }
        if (words.length >= 2 && words.length <= 4 && !head.equals("official") && placePossessive(sp.start(), words[0])) {
            // 'Iran's spokesman also commented ...' after 'Iran's Foreign Ministry Spokesman Bahram Qassemi': a
            // country's (or city's) office has one holder, read as 'the spokesman'. Not 'official', an adjective as
            // often ('Turkey's official emergency agency')
            String[] the = words.clone();
            the[0] = "the";
            return description(the, limit);
        }
        return low(words[0]).equals("the") ? description(words, limit) : null;
    }

    /** Whether the speaker opens with a place's possessive ('Iran's', 'Kenya’s'): a place mention ending at its apostrophe. */
    private boolean placePossessive(int start, String first) {
        int n = first.length();
        if (n < 4 || !(first.endsWith("'s") || first.endsWith("’s")) || !Character.isUpperCase(first.charAt(0))) {
            return false;
        }
        for (Entity e : entities) {
            if (e.type() != EntityType.LOCATION) {
                continue;
            }
            for (Mention m : e.mentions()) {
                if (m.start() == start && m.end() == start + n - 2) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A person whose mention opens right after ", " (past a "Mr."-like abbreviation) at {@code pos}. */
    private Entity apposedPerson(int pos) {
        if (pos + 2 >= text.length() || text.charAt(pos) != ',' || text.charAt(pos + 1) != ' ') {
            return null;
        }
        for (Entity e : entities) {
            if (e.type() != EntityType.PERSON || e.id() == null) {
                continue;
            }
            for (Mention m : e.mentions()) {
                int gap = m.start() - (pos + 2);
                if (gap == 0 || gap > 0 && gap <= 5 && text.charAt(m.start() - 2) == '.'
                        && Character.isUpperCase(text.charAt(pos + 2)) || gap > 0 && titleWords(pos + 2, m.start())) {
                    return e;
                }
            }
        }
        return null;
    }

    /**
     * The head of a role with an organisation after it ('the minister of Water Resources', 'The
     * spokesman for the ministry'): the lower-case word before "of"/"for" when it is a person's role;
     * null otherwise.
     */
    private static String roleOf(String[] words) {
        for (int i = 1; i < words.length; i++) {
            String l = low(words[i]);
            if (l.equals("of") || l.equals("for")) {
                String h = low(words[i - 1]);
                // lower case in a description ('the minister of Water Resources'), or a capitalised title that
                // opens the speaker ('Director of Public Prosecutions, Ken Mallory, said')
                return (Character.isLowerCase(words[i - 1].charAt(0)) || i == 1) && isPersonHead(h) ? h : null;
            }
        }
        return null;
    }

    /**
     * A person whose mention stands between {@code pos} and the cue at {@code cue}, after a comma and a
     * list of capitalised words (the rest of the role's organisations: ', Energy and Mines, Amina Okoye,
     * said'), with only a comma or spaces between the name and the cue; null when there is none.
     */
    private Entity apposedAcross(int pos, int cue) {
        if (cue <= pos || cue - pos > 200 || text.charAt(pos) != ',') {
            return null;
        }
        for (Entity e : entities) {
            if (e.type() != EntityType.PERSON || e.id() == null) {
                continue;
            }
            for (Mention m : e.mentions()) {
                if (m.start() > pos && m.end() <= cue && onlyCommas(m.end(), cue) && listOfNames(pos, m.start())) {
                    return e;
                }
            }
        }
        return null;
    }

    /** Whether {@code text[from, to)} holds only spaces and commas. */
    private boolean onlyCommas(int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != ',') {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code text[from, to)} is a comma-separated list of capitalised words (with "and", "of",
     * "the", "&" between them) ending in a comma and a space: the organisations of a role before an
     * apposed name.
     */
    private boolean listOfNames(int from, int to) {
        int i = from;
        boolean comma = false;
        while (i < to) {
            char c = text.charAt(i);
            if (c == ' ' || c == ',' || c == '&') {
                comma = c == ',' || comma && c == ' ';
                i++;
                continue;
            }
            int j = i;
            while (j < to && (Character.isLetter(text.charAt(j)) || text.charAt(j) == '-')) {
                j++;
            }
            if (j == i) {
                return false; // a full stop, a bracket, a quotation mark: no list of names
            }
            if (!Character.isUpperCase(c)) {
                String w = text.substring(i, j);
                if (!w.equals("and") && !w.equals("of") && !w.equals("the")) {
                    return false;
                }
            }
            comma = false;
            i = j;
        }
        return comma;
    }

    /** Whether every word of the speaker is capitalised (a name, maybe with a title). */
    private static boolean capitalised(String[] words) {
        for (String w : words) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The one person whose surname is {@code word} spelt with a letter doubled or not ('Nolet' for
     * 'Nollet', 'Philips' for 'Phillips'); null when none or two are. Asked only when no entity covers
     * the speaker.
     */
    private Entity spellingVariant(String word) {
        String key = undoubled(low(word));
        if (key.length() < 4) {
            return null;
        }
        Entity found = null;
        for (Entity e : entities) {
            if (e.type() != EntityType.PERSON || e.id() == null) {
                continue;
            }
            String name = e.name();
            int sp = name.lastIndexOf(' ');
            if (sp < 0 || !undoubled(low(name.substring(sp + 1))).equals(key)) {
                continue;
            }
            if (found != null && found != e) {
                return null;
            }
            found = e;
        }
        return found;
    }

    /** The word with each run of one letter written once: 'nollet' and 'nolet' both give 'nolet'. */
    private static String undoubled(String w) {
        StringBuilder sb = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            if (i == 0 || w.charAt(i) != w.charAt(i - 1)) {
                sb.append(w.charAt(i));
            }
        }
        return sb.toString();
    }

    /**
     * Whether {@code text[from, to)} is one to four capitalised title words, each followed by one space
     * ("Lieutenant General ", "Captain ", "Supt "): the rank before an apposed name.
     */
    private boolean titleWords(int from, int to) {
        if (to - from > 40 || to > text.length()) {
            return false;
        }
        int words = 0;
        int i = from;
        while (i < to) {
            if (!Character.isUpperCase(text.charAt(i))) {
                return false;
            }
            while (i < to && text.charAt(i) != ' ') {
                char c = text.charAt(i);
                if (!Character.isLetter(c) && c != '.' && c != '-') {
                    return false;
                }
                i++;
            }
            if (i >= to) {
                return false; // a title ends with its space before the name
            }
            i++;
            words++;
        }
        return words >= 1 && words <= 4;
    }

    /** Whether a speaker text opens as a role does: 'the ...', or a lower-case noun ('police spokesperson'). */
    private static boolean role(String first) {
        return first.equals("the") || first.equals("The") || !first.isEmpty() && Character.isLowerCase(first.charAt(0));
    }

    /** The words of a short span, split at spaces (no pattern compiled per quote). */
    private static String[] spaceSplit(String s) {
        List<String> out = new ArrayList<>(6);
        int i = 0;
        int n = s.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            int st = i;
            while (i < n && !Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            if (i > st) {
                out.add(s.substring(st, i));
            }
        }
        return out.isEmpty() ? new String[] {s} : out.toArray(new String[0]);
    }

    private static boolean isPersonHead(String head) {
        return PERSON_HEADS.containsKey(head) || PERSON_WORDS.contains(head)
                || head.endsWith("s") && PERSON_WORDS.contains(head.substring(0, head.length() - 1));
    }

    private static String low(String w) {
        int s = 0;
        int e = w.length();
        while (s < e && !Character.isLetterOrDigit(w.charAt(s))) {
            s++;
        }
        while (e > s && !Character.isLetterOrDigit(w.charAt(e - 1))) {
            e--;
        }
        return w.substring(s, e).toLowerCase(Locale.ROOT);
    }

    /** The person or organisation with a mention overlapping the speaker (a person first). */
    private Entity covering(Mention sp) {
        for (Entity e : entities) {
            if (e.id() != null && e.type() == EntityType.PERSON && covers(e, sp.end() - 1)) {
                return e; // the person at the head: 'Clinton communication director Jennifer Palmieri' is Palmieri
            }
        }
        Entity org = null;
        for (Entity e : entities) {
            if (e.id() == null || e.type() != EntityType.PERSON && e.type() != EntityType.ORGANIZATION) {
                continue;
            }
            for (Mention m : e.mentions()) {
                if (m.start() < sp.end() && m.end() > sp.start()) {
                    if (e.type() == EntityType.PERSON) {
                        return e;
                    }
                    org = org == null ? e : org;
                }
            }
        }
        return org;
    }

    private static boolean covers(Entity e, int pos) {
        for (Mention m : e.mentions()) {
            if (m.start() <= pos && pos < m.end()) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ descriptions

    /** "the (modifiers) head": the nearest entity before {@code limit} that fits, unless ambiguous. */
    private String description(String[] words, int limit) {
        int n = words.length;
        List<String> required = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String w = words[i];
            if (w.endsWith("'s") || w.endsWith("\u2019s")) {
                return null; // 'the company's spokesman': someone of it, unnamed
            }
            String l = low(w);
            if (i > 1 && (l.equals("of") || l.equals("for"))) {
                // 'the minister of the economy': the head before "of", the words after it in the role
                for (int j = i + 1; j < n; j++) {
                    String m = low(words[j]);
                    if (!m.isEmpty() && Character.isLowerCase(words[j].charAt(0)) && !IGNORED.contains(m)
                            && !m.equals("the") && !m.equals("a") && !m.equals("and")) {
                        required.add(m);
                    }
                }
                n = i;
                break;
            }
        }
        String last = low(words[n - 1]);
        String head = last;
        int hs = n - 1;
        if (n >= 3) {
            String two = low(words[n - 2]) + " " + last;
            if (PERSON_HEADS.containsKey(two) || ORG_HEADS.containsKey(two)) {
                head = two;
                hs = n - 2;
            }
        }
        boolean person = PERSON_HEADS.containsKey(head) || !ORG_HEADS.containsKey(head) && PERSON_WORDS.contains(head);
        boolean org = !person && (ORG_HEADS.containsKey(head) || ORG_WORDS.contains(head));
        if (!person && !org) {
            return null;
        }
        for (int i = 1; i < hs; i++) {
            String m = low(words[i]);
            if (!m.isEmpty() && Character.isLowerCase(words[i].charAt(0)) && !IGNORED.contains(m)) {
                required.add(m); // 'the foreign minister': "foreign"; 'the Turkish minister': no
            }
        }
        EntityType want = person ? EntityType.PERSON : EntityType.ORGANIZATION;
        Entity best = null;
        int bestPos = -1;
        Entity second = null;
        int secondPos = -1;
        for (Entity e : entities) {
            if (e.type() != want || e.id() == null) {
                continue;
            }
            int pos = -1;
            for (Mention m : e.mentions()) {
                if (m.end() <= limit && m.start() > pos) {
                    pos = m.start();
                }
            }
            if (pos < 0 || !(person ? fitsPerson(e, head, required) : fitsOrg(e, head, required))) {
                continue;
            }
            if (pos > bestPos) {
                second = best;
                secondPos = bestPos;
                best = e;
                bestPos = pos;
            } else if (pos > secondPos) {
                second = e;
                secondPos = pos;
            }
        }
        if (best == null) {
            return null;
        }
        if (second != null && secondPos >= segmentStart(bestPos)) {
            return null; // 'President A hosted President B. The president said': either
        }
        if (indefiniteBetween(last, bestPos, limit)) {
            return null; // 'A police spokesman said ... The spokesman added': an unnamed one
        }
        return best.id();
    }

    private boolean fitsPerson(Entity e, String head, List<String> required) {
        String role = role(e);
        PersonHead ph = PERSON_HEADS.get(head);
        if (ph == null) {
            ph = new PersonHead(List.of(" " + head + " "), Set.of());
        }
        boolean any = false;
        for (String key : ph.roles()) {
            for (int i = role.indexOf(key); i >= 0 && !any; i = role.indexOf(key, i + 1)) {
                int ps = role.lastIndexOf(' ', i - 1);
                String prev = ps < 0 ? "" : role.substring(ps + 1, i);
                boolean blocked = ph.blocked().contains(prev)
                        || (prev.equals("vice") || prev.equals("deputy")) && !required.contains(prev) && !head.contains(prev);
                any = !blocked;
            }
            if (any) {
                break;
            }
        }
        if (!any) {
            return false;
        }
        for (String m : required) {
            if (!role.contains(" " + m + " ")) {
                return false;
            }
        }
        return true;
    }

    private boolean fitsOrg(Entity e, String head, List<String> required) {
        String names = names(e);
        String role = role(e);
        boolean fit = names.contains(" " + head + " ");
        for (Kind k : ORG_HEADS.getOrDefault(head, List.of())) {
            if (fit) {
                break;
            }
            fit = k.ids().contains(e.id());
            for (String w : k.nameWords()) {
                fit = fit || names.contains(w);
            }
            if (!fit && !k.wholeNames().isEmpty()) {
                String bare = names.trim();
                fit = k.wholeNames().contains(bare.startsWith("the ") ? bare.substring(4) : bare);
            }
            for (String r : k.roles()) {
                fit = fit || role.contains(r);
            }
        }
        if (!fit) {
            return false;
        }
        for (String m : required) {
            if (!names.contains(" " + m + " ") && !role.contains(" " + m + " ")) {
                return false;
            }
        }
        return true;
    }

    /** The lower-case words of an organisation's name, or of its first name seen, padded with spaces. */
    private String names(Entity e) {
        if (nameCache == null) {
            nameCache = new HashMap<>();
        }
        String n = nameCache.get(e);
        if (n == null) {
            StringBuilder sb = new StringBuilder(" ");
            words(e.name(), sb);
            n = sb.toString();
            nameCache.put(e, n);
        }
        return n;
    }

    private static void words(String s, StringBuilder sb) {
        int i = 0;
        int n = s.length();
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(s.charAt(i))) {
                i++;
            }
            int st = i;
            while (i < n && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '-' && i + 1 < n
                    && Character.isLetterOrDigit(s.charAt(i + 1)))) {
                i++;
            }
            if (i > st) {
                sb.append(s.substring(st, i).toLowerCase(Locale.ROOT)).append(' ');
            }
        }
    }

    /**
     * The role of an entity, lower-case words padded with spaces: its title, the role words and
     * capitalised words before each mention ("Pakistan's foreign minister", "French daily"), the mention
     * of a person itself ("Actor Tom Vance"), and an apposition after a mention (", spokesman for the
     * Ministry of Commerce,").
     */
    private String role(Entity e) {
        if (roles == null) {
            roles = new HashMap<>();
        }
        String r = roles.get(e);
        if (r != null) {
            return r;
        }
        StringBuilder sb = new StringBuilder(" ");
        if (e.title() != null) {
            words(e.title(), sb);
        }
        int count = 0;
        for (Mention m : e.mentions()) {
            if (count++ == 8) {
                break;
            }
            before(e, m.start(), sb);
            if (e.type() == EntityType.PERSON) {
                words(m.text(), sb);
                rolePhraseBefore(m.start(), sb);
            }
            apposition(m.end(), sb);
        }
        r = sb.toString();
        roles.put(e, r);
        return r;
    }

    /** Words before a mention back to punctuation, a lower-case word of no role, or another name; at most 8. */
    private void before(Entity self, int pos, StringBuilder sb) {
        List<String> ws = new ArrayList<>(8); // nearest first
        walkBack(self, pos, ws);
        for (int k = ws.size() - 1; k >= 0; k--) {
            sb.append(ws.get(k)).append(' ');
        }
    }

    private void walkBack(Entity self, int pos, List<String> sb) {
        int i = pos;
        boolean comma = false;
        for (int k = 0; k < 8; k++) {
            while (i > 0 && text.charAt(i - 1) == ' ') {
                i--;
            }
            if (i == 0) {
                return;
            }
            char c = text.charAt(i - 1);
            if (c == ',' && k == 0 && !comma) {
                comma = true; // 'Its spokesman, Musa Danjuma,'
                i--;
                k--;
                continue;
            }
            int end = i;
            if (c == '.') {
                end = i - 1; // 'Gen.', 'Mr.': an abbreviation, else a sentence end
            }
            int j = end;
            while (j > 0 && (Character.isLetterOrDigit(text.charAt(j - 1)) || (text.charAt(j - 1) == '-'
                    || text.charAt(j - 1) == '\'' || text.charAt(j - 1) == '\u2019') && j - 1 > 0
                    && Character.isLetterOrDigit(text.charAt(j - 2)))) {
                j--;
            }
            if (j == end || c == '.' && (end - j > 4 || !Character.isUpperCase(text.charAt(j)))) {
                return;
            }
            if (insideOther(self, j)) {
                Mention title = (WORDS.get(text, j, end) & HEAD) != 0 ? organisationEndingAt(end) : null;
                if (title != null) {
                    // 'FRSC Sector Commander, Joel Bako': the tagger made the title an organisation; its words
                    // are his role, so that 'the sector commander' later is he
                    sb.add(title.text().toLowerCase(Locale.ROOT));
                }
                return;
            }
            if (end - j > 2 && (text.charAt(end - 2) == '\'' || text.charAt(end - 2) == '\u2019')
                    && (text.charAt(end - 1) == 's' || text.charAt(end - 1) == 'S')) {
                i = j; // 'Pakistan's': whose, not what
                continue;
            }
            boolean role = (WORDS.get(text, j, end) & ROLE) != 0;
            if (!Character.isUpperCase(text.charAt(j)) && !role || comma && k == 0 && !role) {
                return;
            }
            sb.add(text.substring(j, end).toLowerCase(Locale.ROOT));
            i = j;
        }
    }

    /**
     * The role words of a description that opens the sentence and that a name follows in apposition after
     * the organisations of the role: 'The minister of Water Resources, Energy and Mines, Amina Okoye,'
     * gives Amina Okoye "minister". The walk back from the name stops at the organisations' names, so it
     * never reaches the role. Only "the", lower-case role words, then "of"/"for" and a list of names.
     */
    private void rolePhraseBefore(int pos, StringBuilder sb) {
        int p = pos;
        while (p > 0 && text.charAt(p - 1) == ' ') {
            p--;
        }
        if (p == 0 || text.charAt(p - 1) != ',') {
            return;
        }
        int s = segmentStart(p - 1);
        if (p - s > 200 || !text.regionMatches(true, s, "the ", 0, 4)) {
            return;
        }
        int i = s + 4;
        int roleEnd = -1;
        while (i < p) {
            int j = i;
            while (j < p && Character.isLetter(text.charAt(j))) {
                j++;
            }
            if (j == i || j >= p || text.charAt(j) != ' ') {
                return;
            }
            if (text.startsWith("of ", i) || text.startsWith("for ", i)) {
                roleEnd = i;
                break;
            }
            if (!Character.isLowerCase(text.charAt(i)) || (WORDS.get(text, i, j) & ROLE) == 0) {
                return;
            }
            i = j + 1;
        }
        if (roleEnd < 0 || roleEnd == s + 4 || !listOfNames(text.indexOf(' ', roleEnd), p)) {
            return;
        }
        words(text.substring(s + 4, roleEnd), sb);
    }

    /** The mention of an organisation that ends at {@code end}, or null. */
    private Mention organisationEndingAt(int end) {
        for (Entity e : entities) {
            if (e.type() != EntityType.ORGANIZATION) {
                continue;
            }
            for (Mention m : e.mentions()) {
                if (m.end() == end) {
                    return m;
                }
            }
        }
        return null;
    }

    /** Whether {@code pos} is inside a mention of a person or organisation other than {@code self}. */
    private boolean insideOther(Entity self, int pos) {
        for (Entity e : entities) {
            if (e == self || e.type() != EntityType.PERSON && e.type() != EntityType.ORGANIZATION) {
                continue;
            }
            if (covers(e, pos)) {
                return true;
            }
        }
        return false;
    }

    /** ', spokesman for the Ministry of Commerce,' after a mention (past up to two more capitalised words). */
    private void apposition(int pos, StringBuilder sb) {
        int i = pos;
        int n = text.length();
        for (int skipped = 0; skipped < 2 && i + 1 < n && text.charAt(i) == ' '
                && Character.isUpperCase(text.charAt(i + 1)); skipped++) {
            i++;
            while (i < n && Character.isLetter(text.charAt(i))) {
                i++;
            }
        }
        if (i >= n || text.charAt(i) != ',') {
            return;
        }
        int e = i + 1;
        int words = 0;
        while (e < n && words < 12) {
            char c = text.charAt(e);
            if ((c == '\'' || c == '\u2019') && e + 1 < n && text.charAt(e + 1) == 's') {
                // ', one of the president's closest aides,': whose aide, not a president
                e = text.lastIndexOf(' ', e);
                break;
            }
            if (c == ',' || c == ';' || c == ')' || c == '\n' || c == '"' || c == '\u201C' || c == '\u201D'
                    || c == '.' && (e + 1 == n || text.charAt(e + 1) == ' ')) {
                break;
            }
            if (c == ' ') {
                words++;
            }
            e++;
        }
        // an apposition is closed by a comma or the sentence end; the text's end closes it too (reading
        // text.charAt(n) there threw, and the stage failed the whole article)
        if (e > i + 1 && (e == n || text.charAt(e) == ' ' || text.charAt(e) == ',' || text.charAt(e) == '.'
                || text.charAt(e) == ')' && text.lastIndexOf('(', e) > i)) {
            // ', the state Police Public Relations Officer (PPRO),': the bracketed abbreviation closes it too
            words(text.substring(i + 1, e), sb);
        }
    }

    /** Whether an indefinite "a/an/one/another ... head" stands in {@code [from, to)}. */
    private boolean indefiniteBetween(String head, int from, int to) {
        int len = head.length();
        for (int i = from; i + len <= to; i++) {
            if (!text.regionMatches(true, i, head, 0, len) || i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))
                    || i + len < text.length() && Character.isLetter(text.charAt(i + len))) {
                continue;
            }
            int j = i;
            for (int k = 0; k < 4; k++) {
                while (j > from && text.charAt(j - 1) == ' ') {
                    j--;
                }
                int st = j;
                while (st > from && Character.isLetter(text.charAt(st - 1))) {
                    st--;
                }
                if (st == j) {
                    break;
                }
                String w = text.substring(st, j).toLowerCase(Locale.ROOT);
                if (INDEFINITE.contains(w)) {
                    return true;
                }
                if (w.equals("the") || w.equals("its") || w.equals("his") || w.equals("her") || w.equals("their")) {
                    break;
                }
                j = st;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ pronouns

    /** He/she: the person of the nearest sentence before that names one, when it is clear. */
    private String personPronoun(String pronoun, int limit, List<Quote> earlier) {
        int end = limit;
        for (int s = 0; s < 4 && end > 0; s++) {
            int start = segmentStart(end);
            Quote q = quoteIn(earlier, start, end);
            if (q != null && q.content().start() <= limit && limit < q.content().end()) {
                q = null; // 'Flynn said Trump was “right” when he said': the pronoun is inside what Flynn said
            }
            if (q != null) {
                // the nearest speaker is the antecedent: a person, or nobody the text names
                Entity said = q.speaker() == null ? null : byId(q.speaker());
                return said != null && said.type() == EntityType.PERSON && gender(said, pronoun) ? said.id() : null;
            }
            if (s > 0 && opensWith(start, end, pronoun)) {
                // 'Coach X admitted ... He also spoke about a defender (Y) ... “...,” he said.': a sentence whose
                // subject is the same pronoun goes on about the same person; the names after it are objects
                end = previous(start);
                continue;
            }
            Mention first = null;
            Entity firstEntity = null;
            Entity other = null;
            for (Entity e : entities) {
                if (e.type() != EntityType.PERSON || e.id() == null) {
                    continue;
                }
                for (Mention m : e.mentions()) {
                    if (m.start() >= start && m.end() <= end && !quoted(start, m.start())) {
                        if (first == null || m.start() < first.start()) {
                            if (firstEntity != null && firstEntity != e) {
                                other = firstEntity;
                            }
                            first = m;
                            firstEntity = e;
                        } else if (e != firstEntity) {
                            other = e;
                        }
                    }
                }
            }
            if (firstEntity != null) {
                // in the pronoun's own sentence only a lone person ('Retired Lt. Gen. Flynn said Trump was right
                // when he said' is Trump's)
                boolean subject = subject(start, first.start()) || subjectAfterOpener(start, first.start());
                boolean clear = other == null ? subject || openerOnly(start, first.start()) : s > 0 && subject;
                Entity head = subject && other != null ? subjectHead(first, end, firstEntity) : firstEntity;
                return clear && gender(head, pronoun) ? head.id() : null;
            }
            Entity subjectOrg = organisationSubject(start, end);
            if (subjectOrg != null && s > 0 && media(subjectOrg)) {
                // 'NAN reports that the incident happened ...': the reporting agency's aside between a person
                // and his words; the chain goes on past it
                end = previous(start);
                continue;
            }
            if (subjectOrg != null) {
                return null; // 'Secretary General Ban ... condemned': a person the tagger took for an organisation
            }
            int described = describedPerson(start, end);
            if (described >= 0) {
                // 'The president's Pacific roots also came into play. In Honolulu, he told ...': the description's
                String[] words = spaceSplit(text.substring(start + (described & 0xFFFF), start + (described >>> 16)));
                Entity d = byIdOrNull(description(words, start + (described & 0xFFFF)));
                return d != null && gender(d, pronoun) ? d.id() : null;
            }
            end = previous(start);
        }
        return null;
    }

    /**
     * The person at the head of the subject that opens with the mention {@code first}: the last person
     * mention after it with only names and role words between ('Lib Dem leader Charles Kennedy', where
     * the tagger made 'Lib Dem' a person, is Kennedy); {@code firstEntity} when none follows so.
     */
    private Entity subjectHead(Mention first, int end, Entity firstEntity) {
        Entity head = firstEntity;
        int headStart = first.start();
        for (Entity e : entities) {
            if (e.type() != EntityType.PERSON || e.id() == null || e == firstEntity) {
                continue;
            }
            for (Mention m : e.mentions()) {
                if (m.start() > headStart && m.end() <= end && m.start() - first.end() < 60
                        && subject(first.end(), m.start())) {
                    head = e;
                    headStart = m.start();
                }
            }
        }
        return head;
    }

    /** Whether the sentence {@code [start, end)} opens with the pronoun (after 'But', 'And', 'Later'). */
    private boolean opensWith(int start, int end, String pronoun) {
        int i = start;
        for (int k = 0; k < 2; k++) {
            while (i < end && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int j = i;
            while (j < end && Character.isLetter(text.charAt(j))) {
                j++;
            }
            if (j == i) {
                return false;
            }
            if (j - i == pronoun.length() && text.regionMatches(true, i, pronoun, 0, pronoun.length())) {
                return j < end && text.charAt(j) == ' ';
            }
            String w = text.substring(i, j).toLowerCase(Locale.ROOT);
            if (!CHAIN_OPENERS.contains(w)) {
                return false;
            }
            i = j;
        }
        return false;
    }

    /** Words that may stand before a sentence's subject pronoun: 'But he ...', 'Later, she ...'. */
    private static final Set<String> CHAIN_OPENERS = WordSet.of("but", "and", "so", "yet", "then", "later", "earlier",
            "still", "meanwhile", "however", "also");

    /**
     * Whether the person at {@code pos} is the subject after an opening phrase of time or circumstance
     * and its comma: 'Earlier in the day, Gupta launched ...', 'On Monday, X said', 'Speaking at the
     * event, X said'. The phrase opens with a preposition, a time adverb or a participle and holds no
     * he/she; the words after its comma are a subject ({@link #subject}).
     */
    private boolean subjectAfterOpener(int start, int pos) {
        int comma = -1;
        for (int i = pos - 1; i > start && pos - i < 60; i--) {
            if (text.charAt(i) == ',') {
                comma = i;
                break;
            }
        }
        if (comma < 0 || comma - start > 120 || !subject(comma + 1, pos)) {
            return false;
        }
        int i = start;
        while (i < comma && !Character.isLetter(text.charAt(i))) {
            i++;
        }
        int j = i;
        while (j < comma && Character.isLetter(text.charAt(j))) {
            j++;
        }
        if (j == i) {
            return false;
        }
        String first = text.substring(i, j).toLowerCase(Locale.ROOT);
        boolean opener = (WORDS.get(text, i, j) & OPEN) != 0 && !PRONOUN_OPENERS.contains(first)
                || TIME_OPENERS.contains(first) || first.length() > 5 && first.endsWith("ing");
        return opener && !openerOnlyHasPronoun(j, comma);
    }

    /** Openers that are themselves a subject or a determiner, not a phrase before one. */
    private static final Set<String> PRONOUN_OPENERS = WordSet.of("it", "this", "that", "these", "those", "his", "her",
            "their", "its", "our", "my", "your", "we", "they", "he", "she", "i", "what", "how", "why", "where", "who",
            "there", "and", "but", "so", "yet", "then");

    /** Time adverbs that open a sentence before its subject: 'Earlier in the day, X ...'. */
    private static final Set<String> TIME_OPENERS = WordSet.of("earlier", "later", "yesterday", "today", "last", "separately",
            "meanwhile", "also", "previously", "afterwards", "subsequently");

    /** Whether "he" or "she" stands as a word in {@code text[from, to)}. */
    private boolean openerOnlyHasPronoun(int from, int to) {
        for (int k = from; k < to; k++) {
            if (Character.isLetter(text.charAt(k)) && !Character.isLetter(text.charAt(k - 1))
                    && (text.startsWith("he ", k) || text.startsWith("she ", k) || text.startsWith("he,", k)
                            || text.startsWith("she,", k))) {
                return true;
            }
        }
        return false;
    }

    /** It/they/we: the organisation that is the subject of the sentence before (or speaks in it). */
    private String orgPronoun(int limit, List<Quote> earlier) {
        int end = limit;
        for (int s = 0; s < 2 && end > 0; s++) {
            int start = segmentStart(end);
            Quote q = quoteIn(earlier, start, end);
            if (q != null) {
                Entity said = q.speaker() == null ? null : byId(q.speaker());
                return said != null && said.type() == EntityType.ORGANIZATION ? said.id() : null;
            }
            Mention first = null;
            Entity firstEntity = null;
            for (Entity e : entities) {
                for (Mention m : e.mentions()) {
                    if (m.start() >= start && m.end() <= end && !quoted(start, m.start())
                            && (first == null || m.start() < first.start())) {
                        first = m;
                        firstEntity = e;
                    }
                }
            }
            if (firstEntity != null) {
                return firstEntity.type() == EntityType.ORGANIZATION && firstEntity.id() != null
                        && subject(start, first.start()) ? firstEntity.id() : null;
            }
            if (s == 1 || hasWord(start, end)) {
                return null; // the sentence before has a subject that is no entity
            }
            end = previous(start);
        }
        return null;
    }


    /**
     * The start of the sentence holding {@code pos}: after a newline, or after ., ! or ? (and a closing
     * quotation mark) and a space, unless the full stop ends an abbreviation ("Mr.", "Sen.", "U.S.");
     * at most 1,500 characters back.
     */
    private int segmentStart(int pos) {
        int stop = Math.max(0, pos - 1_500);
        for (int b = pos; b > stop; b--) {
            char c = text.charAt(b - 1);
            if (c == '\n') {
                return b;
            }
            if (c != ' ' || b < 2) {
                continue;
            }
            int p = b - 2;
            char d = text.charAt(p);
            if ((d == '\u201D' || d == '"' || d == '\u2019' || d == '\'') && p > 0) {
                d = text.charAt(--p);
            }
            if (d != '.' && d != '!' && d != '?') {
                continue;
            }
            if (d == '.') {
                int w = p;
                while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
                    w--;
                }
                if (p - w == 1 || (WORDS.get(text, w, p) & ABBREVIATION) != 0) {
                    continue; // 'Mr. Obama', 'U.S. officials', 'Lt. Gen. Flynn'
                }
            }
            return b;
        }
        return stop;
    }

    /**
     * Whether the words before a lone person open with a clause word or determiner ('Speaking to reporters,
     * X said'; 'The ad features X') and hold no he/she: not 'Wines believes the Clinton campaign', whose
     * subject is a name the tagger missed, nor 'However, he could not explain why X ...'.
     */
    private boolean openerOnly(int start, int pos) {
        int i = start;
        while (i < pos && !Character.isLetter(text.charAt(i))) {
            i++;
        }
        int j = i;
        while (j < pos && Character.isLetter(text.charAt(j))) {
            j++;
        }
        String first = text.substring(i, j).toLowerCase(Locale.ROOT);
        if (!OPENING.contains(first) && !first.equals("the") && !first.equals("a") && !first.equals("an")
                || first.equals("he") || first.equals("she")) {
            return false;
        }
        for (int k = j; k < pos; k++) {
            if (Character.isLetter(text.charAt(k)) && !Character.isLetter(text.charAt(k - 1))
                    && (text.startsWith("he ", k) || text.startsWith("she ", k))) {
                return false;
            }
        }
        return true;
    }

    private Entity byIdOrNull(String id) {
        return id == null ? null : byId(id);
    }

    /**
     * A definite description of a person in [start, end) outside quotation marks ("the president's",
     * "The minister"): its start and end relative to {@code start}, packed as {@code start | end << 16};
     * {@code -1} when none. Only within 65,535 characters of the sentence start.
     */
    private int describedPerson(int start, int end) {
        int i = start;
        while (i < end && i - start < 65_000) {
            if (!Character.isLetter(text.charAt(i)) || i > start && Character.isLetter(text.charAt(i - 1))) {
                i++;
                continue;
            }
            if (text.regionMatches(true, i, "the ", 0, 4) && !quoted(start, i)) {
                int j = i + 4;
                for (int k = 0; k < 3 && j < end; k++) {
                    int e = j;
                    while (e < end && Character.isLetter(text.charAt(e))) {
                        e++;
                    }
                    if (e == j) {
                        break;
                    }
                    if ((WORDS.get(text, j, e) & HEAD) != 0) {
                        return (i - start) | (e - start) << 16;
                    }
                    if (e >= end || text.charAt(e) != ' ') {
                        break;
                    }
                    j = e + 1;
                }
            }
            i++;
        }
        return -1;
    }

    /** Whether the sentence [start, end) opens with an organisation's name as its subject. */
    private Entity organisationSubject(int start, int end) {
        for (Entity e : entities) {
            if (e.type() != EntityType.ORGANIZATION) {
                continue;
            }
            for (Mention m : e.mentions()) {
                if (m.start() >= start && m.end() <= end && subject(start, m.start()) && !quoted(start, m.start())) {
                    return e;
                }
            }
        }
        return null;
    }

    /** Whether an organisation is a news agency, a paper or a broadcaster ({@code descriptions.tsv} kinds). */
    private boolean media(Entity e) {
        return e.id() != null && (fitsOrg(e, "agency", List.of()) || fitsOrg(e, "newspaper", List.of())
                || fitsOrg(e, "broadcaster", List.of()));
    }

    private boolean hasWord(int start, int end) {
        for (int i = start; i < end; i++) {
            if (Character.isLetter(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The end of the sentence before the one starting at {@code start}. */
    private int previous(int start) {
        int e = start;
        while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e < start ? e : 0;
    }

    /** The last earlier quote whose speaker stands in {@code [start, end)}, else {@code null}. */
    private static Quote quoteIn(List<Quote> earlier, int start, int end) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            Quote q = earlier.get(i);
            if (q.speakerText() != null && q.speakerText().start() >= start && q.speakerText().start() < end) {
                return q;
            }
        }
        return null;
    }

    private Entity byId(String id) {
        for (Entity e : entities) {
            if (id.equals(e.id())) {
                return e;
            }
        }
        return null;
    }

    /** Whether {@code pos} is inside quotation marks opened after {@code start}. */
    private boolean quoted(int start, int pos) {
        int depth = 0;
        boolean straight = false;
        int from = start;
        int stop = Math.max(0, start - 1_500);
        while (from > stop && text.charAt(from - 1) != '\n') {
            from--; // from the paragraph start: a sentence may open inside a quote ('“The Donald. Big Daddy.”')
        }
        for (int i = from; i < pos; i++) {
            char c = text.charAt(i);
            if (c == '\u201C') {
                depth++;
            } else if (c == '\u201D') {
                depth = Math.max(0, depth - 1);
            } else if (c == '"') {
                straight = !straight;
            }
        }
        return depth > 0 || straight;
    }

    /** Whether only names, role words and determiners stand between the sentence start and {@code pos}. */
    private boolean subject(int start, int pos) {
        int i = start;
        while (i < pos) {
            char c = text.charAt(i);
            if (c == ' ') {
                i++;
                continue;
            }
            if (!Character.isLetterOrDigit(c)) {
                if (c == '\'' || c == '\u2019' || c == '-' || c == '.') {
                    i++;
                    continue;
                }
                return false;
            }
            int j = i;
            while (j < pos && Character.isLetterOrDigit(text.charAt(j))) {
                j++;
            }
            int f = WORDS.get(text, i, j);
            if (!Character.isUpperCase(c) && (f & ROLE) == 0 || (f & OPEN) != 0) {
                return false; // 'While Obama had ...', 'After talks with X, Y said'
            }
            i = j;
        }
        return true;
    }


    /** Whether nothing around the person says the other gender than the pronoun's. */
    private boolean gender(Entity e, String pronoun) {
        boolean male = false;
        boolean female = false;
        String role = role(e);
        for (String w : MALE_PADDED) {
            male |= role.contains(w);
        }
        for (String w : FEMALE_PADDED) {
            female |= role.contains(w);
        }
        for (Mention m : e.mentions()) {
            String p = pronounAfter(m.end());
            male |= p != null && MALE.contains(p);
            female |= p != null && FEMALE.contains(p);
        }
        return pronoun.equals("he") ? !female : !male;
    }

    /** The first personal pronoun in the ten words after {@code pos}, in its sentence; {@code null} if none. */
    private String pronounAfter(int pos) {
        int i = pos;
        int n = text.length();
        for (int k = 0; k < 10 && i < n; k++) {
            while (i < n && !Character.isLetter(text.charAt(i))) {
                char c = text.charAt(i);
                if (c == '.' || c == '!' || c == '?' || c == '\n' || c == '"' || c == '\u201C') {
                    return null;
                }
                i++;
            }
            int j = i;
            while (j < n && Character.isLetter(text.charAt(j))) {
                j++;
            }
            if ((WORDS.get(text, i, j) & PRONOUN) != 0) {
                return WORDS.word(text, i, j);
            }
            i = j;
        }
        return null;
    }
}
