package io.newswire.enrich.normalize;

import io.newswire.enrich.text.MonthNames;
import io.newswire.enrich.text.WordList;
import io.newswire.enrich.text.WordSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Credit lines that say who wrote or supplied a story and are no part of it: a reporters' line
 * ("(Reporting by X in Y; Editing by Z)"), an agency credit in the paper's language ("Con información de
 * Reuters", "Mit Material von dpa", "(avec AFP)", "Com informações da Agência Brasil"), a reporter and
 * outlet ("Renata Lobo / Jornal do Vale") at the story's end, and a "Por:" credit line or a byline naming its
 * agency near its start ("Por: Diariodelvalle.com.mx | EFE", "By Jane Roe | Reuters"). What they name goes to the article's agency, source and authors;
 * the lines leave the text, so that a credit's names never reach entities or places.
 *
 * <p>Only whole short lines at the story's two ends are read, each with a bounded look: the cost does not
 * grow with the story.
 */
final class CreditLines {

    // the separators of the credit forms, compiled once (String.split compiles a pattern of more than one character
    // at every call)
    private static final java.util.regex.Pattern WORDS_OF_CREDIT = java.util.regex.Pattern.compile("[ ,/]+");
    private static final java.util.regex.Pattern AND = java.util.regex.Pattern.compile(" and | & ");
    private static final java.util.regex.Pattern BYLINE_AND = java.util.regex.Pattern.compile(" and | AND | & | et | ET ");
    private static final java.util.regex.Pattern PARTS = java.util.regex.Pattern.compile(" \\| | / |, | y ");
    private static final java.util.regex.Pattern DATE_WORDS = java.util.regex.Pattern.compile("[ ,|]+");

    /**
     * A credit line found and what it names.
     *
     * @param start   where the line starts in the text
     * @param end     where it ends (exclusive)
     * @param agency  the agency or source it names, or {@code null}
     * @param authors the reporters it names (never the editors), possibly empty
     */
    record Credit(int start, int end, String agency, List<String> authors) {
        Credit {
            authors = List.copyOf(authors);
        }
    }

    /** A credit line is short; a longer line is a paragraph. */
    private static final int MAX_LINE = 160;
    /** A reporters' line with several roles and places may be longer. */
    private static final int MAX_REPORTING_LINE = 300;
    /** How many characters from the start a leading credit line is looked for. */
    private static final int LEADING_WINDOW = 600;
    /** How many lines from the start. */
    private static final int LEADING_LINES = 4;
    /** At most this many words in a reporter's or an outlet's name. */
    private static final int MAX_NAME_WORDS = 5;

    /** Last or only words of an outlet's name ("Jornal do Vale", "Tanabi Noticias", "The Daily Post"). */
    private static final Set<String> OUTLET_WORDS = WordList.load(CreditLines.class, "credit-outlet-words.txt");
    /**
     * Openings of an agency credit in the paper's language, lower case, each followed by the agencies
     * ("con información de", "mit material von", "avec"): loaded once.
     */
    private static final List<String> PHRASES = List.copyOf(WordList.load(CreditLines.class, "credit-phrases.txt")
            .stream().sorted((a, b) -> b.length() - a.length()).toList());
    /** Plural "agencies" standing for unnamed agencies ("Con información de agencias"). */
    private static final Set<String> AGENCIES_WORDS = WordSet.of("agencias", "agências", "agencies", "agences",
            "agenzie", "agenturen", "nachrichtenagenturen", "agentschappen", "ajansları");
    /** Articles and joiners between the phrase and the names ("de la", "der", "da", "und", "y", "et"). */
    private static final Set<String> JOINERS = WordSet.of("y", "e", "und", "et", "and", "&", "ed", "en", "i");
    private static final Set<String> ARTICLES = WordSet.of("la", "el", "las", "los", "der", "die", "den", "des", "da",
            "do", "das", "dos", "the", "l'", "le", "les", "del", "della", "dell'");
    /** Roles of a reporters' line whose names wrote the story; the others (editing, graphics) did not. */
    private static final List<String> REPORTING_ROLES = List.of("reporting by", "additional reporting by",
            "reported by", "writing by", "written by", "compiled by");
    private static final List<String> OTHER_ROLES = List.of("editing by", "edited by", "graphics by",
            "production by", "fact-checking by", "photos by", "video by");
    /** A staff byline in place of a name ("Por: Redacción"): no author. */
    private static final Set<String> STAFF_WORDS = WordSet.of("redacción", "redaccion", "redação", "redacao",
            "redaktion", "rédaction", "redazione", "redactie", "staff", "newsroom");

    private CreditLines() {
    }

    /**
     * The credit line that ends {@code text}: its last line (after a line break), or an agency credit in
     * brackets after the last sentence ("... mardi. (avec AFP)"); {@code null} when there is none.
     */
    static Credit trailing(String text) {
        int end = text.length();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        // Cheap test first: a credit ends in a letter, a bracket or a full stop.
        if (end < 4) {
            return null;
        }
        char last = text.charAt(end - 1);
        if (!Character.isLetter(last) && last != ')' && last != '.') {
            return null;
        }
        int lineStart = lastLineStart(text, end);
        // The cheap test first: a story's last paragraph is mostly longer than a credit, and a long credit is a
        // reporters' line, which opens with a bracket or its role ("Reporting", "Additional", "Writing", ...).
        if (lineStart > 0 && end - lineStart <= MAX_REPORTING_LINE
                && (end - lineStart <= MAX_LINE || "(RrAaWwCc".indexOf(text.charAt(lineStart)) >= 0)) {
            String line = text.substring(lineStart, end);
            Credit c = lineCredit(line, lineStart, end);
            if (c != null) {
                return c;
            }
        }
        // "... dans la nuit de mardi. (avec AFP)": the bracket after the last sentence, same line.
        if (last == ')') {
            int open = text.lastIndexOf('(', end - 1);
            if (open > lineStart + 1 && end - open <= MAX_LINE && text.charAt(open - 1) == ' '
                    && ".!?\"”’»".indexOf(text.charAt(open - 2)) >= 0) {
                String inner = text.substring(open + 1, end - 1).strip();
                String agency = phraseAgency(inner);
                if (agency != null) {
                    return new Credit(open - 1, end, agency.isEmpty() ? null : agency, List.of());
                }
            }
        }
        return null;
    }

    /** The start of the line that ends at {@code end}, looked for at most {@link #MAX_REPORTING_LINE} back. */
    private static int lastLineStart(String text, int end) {
        int k = end - 1;
        int stop = Math.max(0, end - MAX_REPORTING_LINE - 1);
        while (k > stop && text.charAt(k - 1) != '\n') {
            k--;
        }
        return k > 0 && text.charAt(k - 1) == '\n' ? k : -1;
    }

    /** A whole closing line that is a credit: a reporters' line, an agency phrase, a reporter and outlet. */
    private static Credit lineCredit(String raw, int start, int end) {
        String line = raw.strip();
        if (line.length() <= MAX_LINE) {
            String inner = line.length() > 2 && line.charAt(0) == '(' && line.charAt(line.length() - 1) == ')'
                    ? line.substring(1, line.length() - 1).strip() : line;
            String agency = phraseAgency(inner);
            if (agency != null) {
                return new Credit(start, end, agency.isEmpty() ? null : agency, List.of());
            }
            Credit byline = reporterAndOutlet(line, start, end);
            if (byline != null) {
                return byline;
            }
        }
        List<String> reporters = reporting(line);
        return reporters == null ? null : new Credit(start, end, null, reporters);
    }

    /**
     * The agency an agency phrase credits ("Con información de Reuters" -> "Reuters", "Mit Material von dpa
     * und AFP" -> "dpa", "avec AFP" -> "AFP"); the empty string for unnamed agencies ("Con información de
     * agencias"); {@code null} when the text is not such a credit. After a long phrase the names may be any
     * capitalised names ("Com informações da Agência Brasil"); after a bare one ("Con", "avec", "With") only
     * listed agencies, so "Con Reuters y la BBC como fuentes, ..." stays prose.
     */
    static String phraseAgency(String text) {
        if (text.isEmpty() || text.length() > MAX_LINE) {
            return null;
        }
        String t = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
        String lower = t.toLowerCase(Locale.ROOT);
        String phrase = null;
        for (String p : PHRASES) {
            if (lower.startsWith(p) && lower.length() > p.length() && (p.endsWith("'") || lower.charAt(p.length()) == ' ')) {
                phrase = p;
                break;
            }
        }
        if (phrase == null) {
            return null;
        }
        // "Con información de", "Mit Material von": the phrase says it credits material, so any name may
        // follow; after "avec", "Com", "With" only a listed agency ("Con Reuters y la BBC como fuentes" is prose)
        boolean bare = !phrase.contains("informa") && !phrase.contains("material");
        String[] words = WORDS_OF_CREDIT.split(t.substring(phrase.length()).strip());
        String first = null;
        StringBuilder name = new StringBuilder();
        boolean any = false;
        boolean generic = false;
        for (int i = 0; i <= words.length; i++) {
            String w = i < words.length ? words[i] : null;
            String lw = w == null ? null : w.toLowerCase(Locale.ROOT);
            if (w == null || JOINERS.contains(lw)) {
                if (name.length() == 0) {
                    if (w == null && any) {
                        break;
                    }
                    return null; // "y" with nothing before it, or nothing at all
                }
                String n = name.toString();
                if (bare ? !AgencyCredits.isAgency(n) : !AgencyCredits.isAgency(n) && !isName(n)) {
                    return null;
                }
                first = first == null ? n : first;
                any = true;
                name.setLength(0);
                continue;
            }
            if (name.length() == 0 && ARTICLES.contains(lw)) {
                continue;
            }
            if (name.length() == 0 && AGENCIES_WORDS.contains(lw)) {
                generic = true;
                any = true;
                continue;
            }
            if (w.isEmpty()) {
                return null;
            }
            name.append(name.length() > 0 ? " " : "").append(w);
        }
        if (!any) {
            return null;
        }
        return first != null ? first : generic ? "" : null;
    }

    /**
     * Reporter and outlet on the last line, joined by a slash or a bar ("Renata Lobo / Jornal do Vale",
     * "Marcos Prado | Gazeta do Oeste"): the outlet must say it is one (an outlet word, a listed agency or a
     * domain), so two places ("Washington / Moscow") are no credit.
     */
    private static Credit reporterAndOutlet(String line, int start, int end) {
        int cut = line.indexOf(" / ");
        if (cut < 0) {
            cut = line.indexOf(" | ");
        }
        if (cut <= 0 || line.indexOf(" / ", cut + 3) >= 0 || line.indexOf(" | ", cut + 3) >= 0) {
            return null;
        }
        String person = line.substring(0, cut).strip();
        String outlet = line.substring(cut + 3).strip();
        if (!isPersonName(person) || !isOutlet(outlet)) {
            return null;
        }
        return new Credit(start, end, outlet, List.of(person));
    }

    /**
     * The reporters a reporters' line names ("(Reporting by Halima Yusuf in Jos; Additional reporting by Tunde
     * Ade in Abuja; Editing by Mark Cole)" -> Halima Yusuf, Tunde Ade), or {@code null} when the line is not
     * one: it opens with a reporting role and each of its parts is a role and names.
     */
    static List<String> reporting(String line) {
        String l = line.strip();
        if (l.length() > MAX_REPORTING_LINE || l.length() < 16) {
            return null;
        }
        if (l.charAt(0) == '(') {
            if (l.charAt(l.length() - 1) != ')') {
                return null;
            }
            l = l.substring(1, l.length() - 1).strip();
        }
        if (l.endsWith(".")) {
            l = l.substring(0, l.length() - 1);
        }
        String lower = l.toLowerCase(Locale.ROOT);
        if (roleOf(lower, REPORTING_ROLES) == null) {
            return null;
        }
        List<String> reporters = new ArrayList<>();
        for (String part : l.split(";")) {
            String p = part.strip();
            String pl = p.toLowerCase(Locale.ROOT);
            String role = roleOf(pl, REPORTING_ROLES);
            boolean writes = role != null;
            if (role == null) {
                role = roleOf(pl, OTHER_ROLES);
            }
            if (role == null) {
                return null;
            }
            List<String> names = names(p.substring(role.length()).strip());
            if (names == null) {
                return null;
            }
            if (writes) {
                for (String n : names) {
                    if (!reporters.contains(n)) {
                        reporters.add(n);
                    }
                }
            }
        }
        return reporters;
    }

    private static String roleOf(String lowerPart, List<String> roles) {
        for (String r : roles) {
            if (lowerPart.startsWith(r + " ")) {
                return r;
            }
        }
        return null;
    }

    /**
     * The people a role names: "Halima Yusuf in Jos", "Ana Ruiz and Tom Bell in Madrid and Paris", "Li Wei,
     * Sara Noor"; the places after "in" are the reporters' bureaus, not names. {@code null} when a part is
     * not a name.
     */
    private static List<String> names(String text) {
        List<String> out = new ArrayList<>();
        for (String group : text.split(",")) {
            String g = group.strip();
            int in = g.indexOf(" in ");
            if (in > 0) {
                g = g.substring(0, in);
            }
            for (String n : AND.split(g)) {
                String name = n.strip();
                if (name.isEmpty()) {
                    continue;
                }
                if (!isPersonName(name)) {
                    return null;
                }
                out.add(name);
            }
        }
        return out.isEmpty() ? null : out;
    }

    /**
     * A leading credit line: within the first lines, "Por:" (or "Por", "POR:") and names joined by bars,
     * slashes or commas, each an agency, an outlet or a person, after nothing or a date ("4 de marzo de
     * 2026 Por: Diariodelvalle.com.mx | EFE", "Por: Redacción | EFE", "Por: Ana Beltrán"); or a byline in
     * English or French that names its agency or outlet beside the reporters ("By Jane Roe | Reuters", "BY
     * TOM BELL AND ANA RUIZ, Associated Press", "Par Luc Morel / AFP"). A byline that names only people is
     * left to the dateline's reader, which skips it when a dateline follows: a title-case line after "By"
     * may be a headline, a name and an outlet are not.
     */
    static Credit leading(String text) {
        int limit = Math.min(text.length(), LEADING_WINDOW);
        // the cheap test first: most stories have no "Por"/"By"/"Par" near their start, and no line is cut then
        if (!hasOpening(text, limit)) {
            return null;
        }
        int start = 0;
        for (int line = 0; line < LEADING_LINES && start < limit; line++) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            if (end - start <= MAX_LINE) {
                Credit c = creditLine(text, start, end);
                if (c != null) {
                    return c;
                }
            }
            start = end + 1;
            while (start < limit && text.charAt(start) == '\n') {
                start++;
            }
        }
        return null;
    }

    /** The openings of a leading credit line; "Por" may follow a date, the bylines open their line. */
    private static final String[] OPENINGS = {"Por", "POR", "By", "BY", "Par", "PAR"};

    /** Whether "Por"/"By"/"Par" (or in capitals) occurs before {@code limit}, looked for without a copy. */
    private static boolean hasOpening(String text, int limit) {
        for (int k = 0; k + 2 < limit; k++) {
            char c = text.charAt(k);
            if (c != 'P' && c != 'B') {
                continue;
            }
            char o = text.charAt(k + 1);
            if (c == 'B' ? o == 'y' || o == 'Y'
                    : (o == 'o' || o == 'a') && text.charAt(k + 2) == 'r'
                            || (o == 'O' || o == 'A') && text.charAt(k + 2) == 'R') {
                return true;
            }
        }
        return false;
    }

    private static Credit creditLine(String text, int start, int end) {
        String line = text.substring(start, end).strip();
        String opening = null;
        int at = -1;
        for (String o : OPENINGS) {
            int i = line.indexOf(o);
            if (i == 0 || i > 0 && o.charAt(0) == 'P' && o.charAt(1) != 'a' && o.charAt(1) != 'A') {
                opening = o;
                at = i;
                break;
            }
        }
        if (opening == null || at > 0 && (line.charAt(at - 1) != ' ' || !isDatePrefix(line.substring(0, at)))) {
            return null;
        }
        boolean por = opening.charAt(1) == 'o' || opening.charAt(1) == 'O';
        int after = at + opening.length();
        if (por && after < line.length() && line.charAt(after) == ':') {
            after++;
        }
        if (after >= line.length() || line.charAt(after) != ' ') {
            return null;
        }
        String rest = line.substring(after).strip();
        if (rest.isEmpty()) {
            return null;
        }
        String agency = null;
        String outlet = null;
        List<String> authors = new ArrayList<>();
        List<String> names;
        for (String part : PARTS.split(rest)) {
            String p = part.strip();
            if (p.isEmpty()) {
                return null;
            }
            if (AgencyCredits.isAgency(p)) {
                agency = agency == null ? p : agency;
            } else if (STAFF_WORDS.contains(p.toLowerCase(Locale.ROOT))) {
                continue;
            } else if (DatelineParser.isDomain(p) || isOutlet(p)) {
                outlet = outlet == null ? p : outlet;
            } else if (!por && (names = bylineNames(p)) != null) {
                authors.addAll(names);
            } else if (isPersonName(p)) {
                authors.add(p);
            } else {
                return null;
            }
        }
        if (!por && (agency == null && outlet == null || authors.isEmpty())) {
            return null;
        }
        return new Credit(start, end, agency != null ? agency : outlet, authors);
    }

    /** "Tom Bell and Ana Ruiz", "TOM BELL AND ANA RUIZ": the people of a byline, or {@code null}. */
    private static List<String> bylineNames(String part) {
        List<String> out = new ArrayList<>(2);
        for (String n : BYLINE_AND.split(part)) {
            String name = n.strip();
            if (!isPersonName(name)) {
                return null;
            }
            out.add(name);
        }
        return out.size() > 1 ? out : null;
    }

    /** Before "Por" on its line only a date may stand ("4 de marzo de 2026", "05/09/2025 14:30"). */
    private static boolean isDatePrefix(String prefix) {
        boolean digits = false;
        for (String w : DATE_WORDS.split(prefix.strip())) {
            String lw = w.toLowerCase(Locale.ROOT);
            if (w.isEmpty() || lw.equals("de") || lw.equals("del") || MonthNames.isMonth(lw)
                    || lw.equals("-") || lw.equals("–")) {
                continue;
            }
            if (!w.chars().allMatch(c -> Character.isDigit(c) || c == '/' || c == '.' || c == ':' || c == '-')) {
                return false;
            }
            digits = true;
        }
        return digits;
    }

    /**
     * A person's name: two to five capitalised words of letters (inner hyphens, apostrophes and initials
     * allowed), none of them an outlet word or a listed agency in capitals ("Musa Danjuma", "Jean-Luc O'Neil").
     */
    static boolean isPersonName(String name) {
        String[] words = name.split(" ");
        if (words.length < 2 || words.length > MAX_NAME_WORDS) {
            return false;
        }
        for (String w : words) {
            // an agency in capitals ("AFP") is no name's word; "Ana" is a name though "ANA" is an agency
            if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0)) || OUTLET_WORDS.contains(w)
                    || AgencyCredits.isAgency(w) && w.equals(w.toUpperCase(Locale.ROOT))) {
                return false;
            }
            for (int k = 0; k < w.length(); k++) {
                char c = w.charAt(k);
                if (!Character.isLetter(c) && !(k > 0 && (c == '-' || c == '\'' || c == '’' || c == '.'))) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * An outlet's name: a listed agency, a domain, or one to five words opening with a capital, among them an
     * outlet word ("Jornal do Vale", "Tanabi Noticias", "The Daily Post").
     */
    static boolean isOutlet(String name) {
        if (AgencyCredits.isAgency(name) || DatelineParser.isDomain(name)) {
            return true;
        }
        String[] words = name.split(" ");
        if (words.length > MAX_NAME_WORDS || !isName(name)) {
            return false;
        }
        for (String w : words) {
            if (OUTLET_WORDS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Small words inside a name ("Jornal do Vale", "Agência de Notícias"). */
    private static final Set<String> NAME_PARTICLES = WordSet.of("do", "da", "de", "del", "della", "di", "of", "the",
            "la", "el", "des", "du", "dos", "das", "von", "der", "and", "&");

    /** One to five words, the first and every other word but small particles capitalised. */
    private static boolean isName(String name) {
        String[] words = name.split(" ");
        if (words.length == 0 || words.length > MAX_NAME_WORDS || words[0].isEmpty()
                || !Character.isUpperCase(words[0].codePointAt(0))) {
            return false;
        }
        for (String w : words) {
            if (w.isEmpty()) {
                return false;
            }
            if (!Character.isUpperCase(w.codePointAt(0)) && !Character.isDigit(w.codePointAt(0))
                    && !NAME_PARTICLES.contains(w)) {
                return false;
            }
            for (int k = 0; k < w.length(); k++) {
                char c = w.charAt(k);
                if (!Character.isLetterOrDigit(c) && c != '-' && c != '.' && c != '\'' && c != '’' && c != '&') {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The holder a copyright line names ("Copyright © 2026 The Daily Post, LLC." -> "The Daily Post",
     * "COPYRIGHT © ANTARA News Jawa Tengah 2026" -> "ANTARA": a listed agency as the first word is the
     * agency), or {@code null} ("All rights reserved." alone, a sentence).
     */
    static String copyrightHolder(String line) {
        String l = line.strip();
        if (l.length() > 400) {
            return null;
        }
        String lower = l.toLowerCase(Locale.ROOT);
        int k = 0;
        // the notice's opening: "Copyright", "©", "(c)", years and year ranges, in any order
        while (k < l.length()) {
            if (lower.startsWith("copyright", k)) {
                k += "copyright".length();
            } else if (l.charAt(k) == '©') {
                k++;
            } else if (lower.startsWith("(c)", k)) {
                k += 3;
            } else if (Character.isDigit(l.charAt(k)) || l.charAt(k) == '-' || l.charAt(k) == '–'
                    || l.charAt(k) == ' ' || l.charAt(k) == ',') {
                k++;
            } else {
                break;
            }
        }
        if (k == 0 || k >= l.length()) {
            return null;
        }
        String rest = l.substring(k);
        // the holder ends at its company form, a full stop, "All rights", or a closing year
        int stop = rest.length();
        for (String end : new String[] {", ", ". ", " All rights", " all rights", " |"}) {
            int at = rest.indexOf(end);
            if (at >= 0 && at < stop) {
                stop = at;
            }
        }
        String holder = rest.substring(0, stop).strip();
        if (holder.endsWith(".")) {
            holder = holder.substring(0, holder.length() - 1);
        }
        // a closing year ("ANTARA News 2026")
        int sp = holder.lastIndexOf(' ');
        if (sp > 0 && holder.substring(sp + 1).chars().allMatch(Character::isDigit)) {
            holder = holder.substring(0, sp).strip();
        }
        if (holder.isEmpty() || !isName(holder)) {
            return null;
        }
        int space = holder.indexOf(' ');
        String firstWord = space < 0 ? holder : holder.substring(0, space);
        return AgencyCredits.isAgency(firstWord) ? firstWord : holder;
    }
}
