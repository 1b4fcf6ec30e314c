package io.newswire.enrich.normalize;

import io.newswire.enrich.text.WordSet;
import java.util.Locale;

/**
 * The agency credit a story ends with, on a line of its own ("-- BERNAMA", "— NAN", "- UNB",
 * "(dpa)", "(With inputs from PTI)", a bare "dpa" after a blank line, an outlet's "– Rappler.com") or
 * after its last sentence ("... on Thursday. (Reuters)", "... upon conviction. – Bernama"): papers
 * that carry wire copy credit it there when the lead names no agency. The credit is not story; the
 * agency it names is the article's. Only listed agencies (the dateline parser's list, and compounds of
 * them: "NNN-XINHUA", "dpa/lnw") and outlets' domain names are read, so a closing "— Jane" or
 * "(file)" is left alone.
 */
final class AgencyCredits {

    /**
     * A credit and where it starts in the text.
     *
     * @param agency the agency it names, or {@code null} ("(With inputs from agencies)")
     * @param start  where the credit starts; the story is the text before it
     */
    record Credit(String agency, int start) {
    }

    /** A credit line is a dash and a name: longer than this it is a sentence. */
    private static final int MAX_LINE = 40;
    /** "(With inputs from PTI)" and the like. */
    private static final String WITH_INPUTS = "with inputs from ";

    private AgencyCredits() {
    }

    /** The credit that ends {@code text}, or {@code null}. */
    static Credit trailing(String text) {
        int end = text.length();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        // A credit ends in its name's letter or a bracket; a story ends in a full stop or a quote: most
        // texts are done with here, at the cost of one look.
        if (end == 0) {
            return null;
        }
        if (Character.isDigit(text.charAt(end - 1))) {
            // "Published in Dawn, June 1st, 2025": a paper's closing line, dated
            return publishedIn(text, end);
        }
        if (text.charAt(end - 1) == '.' && end >= 2) {
            // "This report by The Canadian Press was first published Nov. 25, 2026.": the Canadian papers'
            // closing line for wire copy
            Credit firstPublished = firstPublished(text, end);
            if (firstPublished != null) {
                return firstPublished;
            }
            // "... delle strade provinciali. (ANSA).": ANSA's Italian copy closes its credit with a full stop
            if (text.charAt(end - 2) == ')') {
                end--;
            }
        }
        if (text.charAt(end - 1) != ')' && !Character.isLetter(text.charAt(end - 1))) {
            return null;
        }
        int lineStart = text.lastIndexOf('\n', end - 1) + 1;
        if (end - lineStart <= MAX_LINE + WITH_INPUTS.length() && lineStart > 0) {
            String line = text.substring(lineStart, end);
            String agency = lineAgency(line);
            if (agency != null) {
                return new Credit(agency.isEmpty() ? null : agency, lineStart);
            }
            String service = serviceLine(line);
            if (service != null) {
                return new Credit(service, lineStart);
            }
            // A bare listed agency alone on the last line after a blank line ("\n\ndpa", "\n\nThe Canadian Press",
            // "\n\nAgência Brasil"). Only here, at the story's end: a bare name among a page's removed lines may be
            // a photo credit.
            String bare = line.strip();
            if (lineStart >= 2 && text.charAt(lineStart - 2) == '\n' && DatelineParser.isAgency(bare)) {
                return new Credit(bare, lineStart);
            }
        }
        // "... upon conviction. – Bernama": a spaced dash and the credit after the last sentence, same line.
        Credit tail = dashTail(text, Math.max(lineStart, end - MAX_LINE - 3), end);
        if (tail != null) {
            return tail;
        }
        // "... on Thursday. (Reuters)": the agency in parentheses after the last sentence; Nigerian copy glues
        // it to the full stop ("... brake failure.(NAN)").
        if (text.charAt(end - 1) == ')') {
            int open = text.lastIndexOf('(', end - 1);
            if (open > lineStart && end - open <= MAX_LINE && open >= 2) {
                int at = text.charAt(open - 1) == ' ' ? open - 1 : open;
                char before = text.charAt(at - 1);
                String name = text.substring(open + 1, end - 1).strip();
                if (".!?\"”’".indexOf(before) >= 0 && isAgency(name)) {
                    return new Credit(name, at);
                }
            }
            return null;
        }
        // "... the cause is speeding. NAN", "... they added. PTI COR KIS APL": a listed agency in capitals after
        // the last sentence, with the desk's codes after it (PTI's), same line.
        return capitalsTail(text, Math.max(lineStart, end - MAX_LINE), end);
    }

    /** At most this many desk codes after an agency's name ("PTI COR KIS APL NSD NSD"). */
    private static final int MAX_DESK_CODES = 8;

    /**
     * A listed agency written in capitals after the last sentence on its line, alone or followed by desk codes
     * of two to four capitals ("... speeding. NAN", "... added. PTI COR KIS APL NSD"). A capitalised word
     * after a sentence that is not a listed agency ("... said. AMEN") is no credit.
     */
    private static Credit capitalsTail(String text, int from, int end) {
        int k = end;
        int words = 0;
        int agencyStart = -1;
        while (k > from && words <= MAX_DESK_CODES + 1) {
            int wordEnd = k;
            while (k > from && text.charAt(k - 1) >= 'A' && text.charAt(k - 1) <= 'Z') {
                k--;
            }
            int length = wordEnd - k;
            if (length < 2 || k == from || text.charAt(k - 1) != ' ') {
                return null;
            }
            words++;
            String word = text.substring(k, wordEnd);
            char before = k >= 2 ? text.charAt(k - 2) : ' ';
            if (".!?\"”’".indexOf(before) >= 0 && DatelineParser.isAgency(word)) {
                // the sentence's full stop is not an abbreviation's ("U.S. AP"): a lower-case letter, a digit
                // or a quote before it
                char c = k >= 3 ? text.charAt(k - 3) : ' ';
                if (before != '.' || Character.isLowerCase(c) || Character.isDigit(c) || c == ')' || c == '"'
                        || c == '”' || c == '’') {
                    agencyStart = k;
                }
                break;
            }
            if (length > 4) {
                return null; // a desk code is two to four capitals
            }
            k--;
        }
        if (agencyStart < 0) {
            return null;
        }
        int agencyEnd = agencyStart;
        while (agencyEnd < end && text.charAt(agencyEnd) != ' ') {
            agencyEnd++;
        }
        return new Credit(text.substring(agencyStart, agencyEnd), agencyStart - 1);
    }

    private static final String THIS_REPORT_BY = "This report by ";
    private static final String FIRST_PUBLISHED = " was first published ";
    private static final String CE_TEXTE = "Ce texte a été publié par ";
    /** The longest "This report by X was first published <date>." line. */
    private static final int MAX_FIRST_PUBLISHED_LINE = 100;

    /**
     * The Canadian papers' closing line for wire copy, the last line after a blank line: "This report by The
     * Canadian Press was first published Nov. 25, 2026." The name between must be a listed agency, so a
     * paper's own "This report by our staff was first published ..." names none and stays story.
     */
    private static Credit firstPublished(String text, int end) {
        int lineStart = end;
        while (lineStart > 0 && end - lineStart <= MAX_FIRST_PUBLISHED_LINE && text.charAt(lineStart - 1) != '\n') {
            lineStart--;
        }
        if (lineStart < 2 || text.charAt(lineStart - 1) != '\n' || text.charAt(lineStart - 2) != '\n') {
            return null;
        }
        String opening;
        String closing;
        if (text.startsWith(THIS_REPORT_BY, lineStart)) {
            opening = THIS_REPORT_BY;
            closing = FIRST_PUBLISHED;
        } else if (text.startsWith(CE_TEXTE, lineStart)) {
            // La Presse Canadienne: "Ce texte a été publié par La Presse Canadienne le 1er décembre 2026."
            opening = CE_TEXTE;
            closing = " le ";
        } else {
            return null;
        }
        int nameStart = lineStart + opening.length();
        int nameEnd = text.indexOf(closing, nameStart);
        if (nameEnd < 0 || nameEnd >= end) {
            return null;
        }
        String name = text.substring(nameStart, nameEnd).strip();
        return DatelineParser.isAgency(name) ? new Credit(name, lineStart) : null;
    }

    private static final String PUBLISHED_IN = "Published in ";
    /** The longest "Published in X, <date>" line. */
    private static final int MAX_PUBLISHED_LINE = 70;
    /** At most this many words in the paper's name ("Dawn", "The Express Tribune"). */
    private static final int MAX_PAPER_WORDS = 4;

    /**
     * A paper's dated closing line on the last line, after a blank line: "Published in Dawn, June 1st, 2025",
     * "Published in The Nation, 4 March 2026". The paper is one to four capitalised words and the part after
     * its comma holds a year; "Published in paperback, ..." and a sentence stay story.
     */
    private static Credit publishedIn(String text, int end) {
        // a bounded look back for the line's start: a story ending in a number is done with in a few characters
        int lineStart = end;
        while (lineStart > 0 && end - lineStart <= MAX_PUBLISHED_LINE && text.charAt(lineStart - 1) != '\n') {
            lineStart--;
        }
        if (lineStart < 2 || text.charAt(lineStart - 1) != '\n' || text.charAt(lineStart - 2) != '\n'
                || end - lineStart > MAX_PUBLISHED_LINE
                || !text.startsWith(PUBLISHED_IN, lineStart)) {
            return null;
        }
        String rest = text.substring(lineStart + PUBLISHED_IN.length(), end);
        int comma = rest.indexOf(", ");
        if (comma <= 0) {
            return null;
        }
        String paper = rest.substring(0, comma);
        String[] words = paper.split(" ");
        if (words.length > MAX_PAPER_WORDS) {
            return null;
        }
        for (String w : words) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || !w.chars().allMatch(c -> Character.isLetter(c)
                    || c == '-' || c == '.' || c == '\'')) {
                return null;
            }
        }
        String date = rest.substring(comma + 2);
        int digits = 0;
        for (int k = date.length() - 1; k >= 0 && Character.isDigit(date.charAt(k)); k--) {
            digits++;
        }
        return digits == 4 ? new Credit(paper, lineStart) : null;
    }

    /**
     * The agency a whole line credits ("-- BERNAMA", "— NNN-XINHUA", "(dpa)", "(With inputs from PTI)");
     * the empty string for a credit that names none ("(With inputs from agencies)"); else {@code null}.
     */
    static String lineAgency(String line) {
        String l = line.strip();
        if (l.length() < 3) {
            return null;
        }
        if (l.charAt(0) == '(' && l.charAt(l.length() - 1) == ')') {
            String inner = l.substring(1, l.length() - 1).strip();
            String lower = inner.toLowerCase(Locale.ROOT);
            if (lower.startsWith(WITH_INPUTS)) {
                String named = inner.substring(WITH_INPUTS.length()).strip();
                return isAgency(named) ? named : lower.endsWith("agencies") ? "" : null;
            }
            return isAgency(inner) ? inner : null;
        }
        int k = 0;
        while (k < l.length() && isDash(l.charAt(k))) {
            k++;
        }
        if (k == 0 || k > 2) {
            return null;
        }
        String name = l.substring(k).strip();
        return isAgency(name) || isSignOff(name) || isOutlet(name) ? name : null;
    }

    /** Words after an agency's name on its closing line that name its service ("APP Services"). */
    private static final java.util.Set<String> SERVICE_WORDS = WordSet.of("Services", "Service", "SERVICES",
            "SERVICE", "Desk", "DESK");

    /**
     * A listed agency and a service word alone on the last line ("APP Services", "IANS Desk"): the agency, or
     * {@code null}.
     */
    static String serviceLine(String line) {
        String l = line.strip();
        int space = l.indexOf(' ');
        if (space <= 0 || l.indexOf(' ', space + 1) >= 0 || !SERVICE_WORDS.contains(l.substring(space + 1))) {
            return null;
        }
        String agency = l.substring(0, space);
        return DatelineParser.isAgency(agency) ? agency : null;
    }

    /**
     * A credit after the last sentence on its line: sentence punctuation, a space, one or two dashes, a
     * space and a listed agency or an outlet ("... conviction. – Bernama", "... said.” — NNN-XINHUA").
     * A dash inside a sentence ("talks – and more") has no full stop before it.
     */
    private static Credit dashTail(String text, int from, int end) {
        for (int k = end - 2; k > from + 2; k--) {
            if (!isDash(text.charAt(k)) || text.charAt(k + 1) != ' ') {
                continue;
            }
            int d = k;
            while (d > from && isDash(text.charAt(d - 1))) {
                d--;
            }
            if (k - d > 1 || d < 2 || text.charAt(d - 1) != ' ' || ".!?\"”’".indexOf(text.charAt(d - 2)) < 0) {
                return null;
            }
            String name = text.substring(k + 1, end).strip();
            return isAgency(name) || isOutlet(name) ? new Credit(name, d - 1) : null;
        }
        return null;
    }

    /** Top-level domains an outlet's sign-off may end with ("– Rappler.com", "— Inquirer.net"). */
    private static final java.util.Set<String> OUTLET_DOMAINS = WordSet.of("com", "net", "org", "ph", "in",
            "pk", "ng", "my", "id", "co", "news", "info");

    /**
     * An outlet's sign-off: one capitalised name of letters and a domain ending ("Rappler.com",
     * "Inquirer.net"); a sentence or a URL path is not one.
     */
    static boolean isOutlet(String name) {
        int dot = name.lastIndexOf('.');
        if (dot < 3 || name.length() > MAX_LINE || !Character.isUpperCase(name.charAt(0))
                || !OUTLET_DOMAINS.contains(name.substring(dot + 1))) {
            return false;
        }
        for (int k = 1; k < dot; k++) {
            if (!Character.isLetter(name.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** Words a release or a wire story ends with after a dash that are not agencies ("-- ENDS", "— MORE"). */
    private static final java.util.Set<String> NOT_AGENCIES = WordSet.of("END", "ENDS", "MORE", "AP PHOTO",
            "FILE", "PHOTO");

    /**
     * An unlisted agency's sign-off after a dash: one word of two to twelve capitals, hyphens allowed
     * ("-- BNS", "— KNA-EPD"); a dash before an all-capitals word at a story's end credits its agency.
     */
    private static boolean isSignOff(String name) {
        if (name.length() < 2 || name.length() > 12 || NOT_AGENCIES.contains(name)) {
            return false;
        }
        for (int k = 0; k < name.length(); k++) {
            char c = name.charAt(k);
            if (!(Character.isUpperCase(c) || c == '-' && k > 0 && k < name.length() - 1)) {
                return false;
            }
        }
        return true;
    }

    /** A listed agency, or a compound of listed agencies joined by hyphens or slashes ("NNN-XINHUA", "dpa/lnw"). */
    static boolean isAgency(String name) {
        if (name.isEmpty() || name.length() > MAX_LINE || !Character.isLetter(name.charAt(0))) {
            return false;
        }
        if (DatelineParser.isAgency(name)) {
            return true;
        }
        int cut = indexOfJoin(name);
        // A regional service after a slash ("dpa/lnw") is named by its agency; a hyphen joins two agencies.
        return cut > 0 && DatelineParser.isAgency(name.substring(0, cut))
                && (name.charAt(cut) == '/' || isAgency(name.substring(cut + 1)));
    }

    private static int indexOfJoin(String name) {
        for (int k = 0; k < name.length(); k++) {
            char c = name.charAt(k);
            if (c == '-' || c == '/') {
                return k;
            }
            if (!Character.isLetter(c)) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean isDash(char c) {
        return c == '-' || c == '–' || c == '—';
    }
}
