package io.newswire.enrich.normalize;

import io.newswire.enrich.text.WordList;
import io.newswire.model.Dateline;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a wire dateline at a position in a text: {@code PARIS, March 3 (Reuters) -},
 * {@code TEHRAN, May 13 -}, {@code WASHINGTON (Reuters) -}, {@code Kabul (AP) —},
 * {@code ISLAMABAD:}, {@code TEHRAN, Young Journalists Club (YJC) –},
 * {@code TAUPO, New Zealand, March 23 -}, {@code MADRID, 4 ago (EFE).-}, with -, --, en and em dashes.
 *
 * <p>A hand-written scanner rather than a regular expression: it looks at a bounded window at the
 * start, so its cost does not depend on the length of the text, and the rules that keep ordinary
 * sentences out ("Paris is ...") are explicit: a dateline needs a location followed by a date, an
 * agency in parentheses, or (for an all-capitals location) a colon or dash.
 */
public final class DatelineParser {

    /** The longest dateline we look for; wire datelines are far shorter. */
    private static final int WINDOW = 160;
    private static final int MAX_LOCATION = 40;
    private static final int MAX_AGENCY = 48;

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            // English
            Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
            Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7),
            Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9),
            Map.entry("sept", 9), Map.entry("sep", 9), Map.entry("october", 10), Map.entry("oct", 10),
            Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12),
            // Spanish
            Map.entry("enero", 1), Map.entry("ene", 1), Map.entry("febrero", 2), Map.entry("marzo", 3),
            Map.entry("abril", 4), Map.entry("abr", 4), Map.entry("mayo", 5), Map.entry("junio", 6),
            Map.entry("julio", 7), Map.entry("agosto", 8), Map.entry("ago", 8), Map.entry("septiembre", 9),
            Map.entry("setiembre", 9), Map.entry("octubre", 10), Map.entry("noviembre", 11),
            Map.entry("diciembre", 12), Map.entry("dic", 12),
            // French
            Map.entry("janvier", 1), Map.entry("janv", 1), Map.entry("février", 2), Map.entry("févr", 2),
            Map.entry("fév", 2), Map.entry("mars", 3), Map.entry("avril", 4), Map.entry("avr", 4),
            Map.entry("mai", 5), Map.entry("juin", 6), Map.entry("juillet", 7), Map.entry("juil", 7),
            Map.entry("août", 8), Map.entry("septembre", 9), Map.entry("octobre", 10), Map.entry("novembre", 11),
            Map.entry("décembre", 12), Map.entry("déc", 12),
            // German
            Map.entry("januar", 1), Map.entry("februar", 2), Map.entry("märz", 3), Map.entry("juni", 6),
            Map.entry("juli", 7), Map.entry("oktober", 10), Map.entry("okt", 10), Map.entry("dezember", 12),
            Map.entry("dez", 12));

    /** All-capitals words that open a line with a colon or dash but are labels, not places. */
    private static final java.util.Set<String> LABELS = WordList.load(DatelineParser.class, "dateline-labels.txt");

    /** A dateline found in a text, and where the text after it starts. */
    public record Match(Dateline dateline, int start, int end) {
    }

    private DatelineParser() {
    }

    /**
     * Reads a dateline starting at {@code from} (leading spaces allowed).
     *
     * @param reference the publication or ingest date, for the year of a date written without one
     */
    public static Optional<Match> parse(String text, int from, LocalDate reference) {
        return new Scan(text, from, Math.min(text.length(), from + WINDOW)).run(reference);
    }

    /** Title case of an all-capitals or lower-case location ("NEW YORK" -> "New York"). */
    static String display(String location) {
        boolean hasUpper = false;
        boolean hasLower = false;
        for (int i = 0; i < location.length(); i++) {
            char c = location.charAt(i);
            hasUpper |= Character.isUpperCase(c);
            hasLower |= Character.isLowerCase(c);
        }
        if (hasUpper && hasLower) {
            return location;
        }
        StringBuilder sb = new StringBuilder(location.length());
        boolean start = true;
        for (int i = 0; i < location.length(); ) {
            int cp = location.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                sb.appendCodePoint(start ? Character.toTitleCase(cp) : Character.toLowerCase(cp));
                start = false;
            } else {
                sb.appendCodePoint(cp);
                start = cp == ' ' || cp == '-' || cp == '.' || cp == '/';
            }
        }
        return sb.toString();
    }

    /** One scan over the window; positions only move forward. */
    private static final class Scan {
        private final String s;
        private final int limit;
        private final int begin;
        private int i;

        Scan(String s, int from, int limit) {
            this.s = s;
            this.limit = limit;
            int b = from;
            while (b < limit && (s.charAt(b) == ' ' || s.charAt(b) == '\t')) {
                b++;
            }
            this.begin = b;
            this.i = b;
        }

        Optional<Match> run(LocalDate reference) {
            String location = location();
            if (location == null) {
                return Optional.empty();
            }
            boolean allCaps = isAllCaps(location);
            skipSpaces();
            if (i >= limit) {
                return Optional.empty();
            }
            char c = s.charAt(i);
            if (c == ':') {
                // "ISLAMABAD: ..." only for an all-capitals location, or any sentence "Note: ..." would match.
                i++;
                if (!allCaps || !atSpaceOrEnd() || !isPlaceLike(location)) {
                    return Optional.empty();
                }
                return found(location, null, null, null, null);
            }
            if (c == '(') {
                String agency = parenthesized();
                if (agency == null || !terminator()) {
                    return Optional.empty();
                }
                return found(location, null, null, null, agency);
            }
            if (isDashStart(c)) {
                if (!allCaps || !isPlaceLike(location) || !terminator()) {
                    return Optional.empty();
                }
                return found(location, null, null, null, null);
            }
            if (c != ',') {
                return Optional.empty();
            }
            i++;
            // Up to two region segments ("New Zealand", "N.J.", "Calif.") before the date.
            int regionStart = -1;
            int regionEnd = -1;
            for (int segment = 0; segment <= 2; segment++) {
                skipSpaces();
                int mark = i;
                String region = regionStart < 0 ? null : s.substring(regionStart, regionEnd).strip();
                DateAt date = date(reference);
                if (date != null) {
                    skipSpaces();
                    String agency = null;
                    if (i < limit && s.charAt(i) == '(') {
                        agency = parenthesized();
                        if (agency == null) {
                            return Optional.empty();
                        }
                    }
                    if (!terminator()) {
                        return Optional.empty();
                    }
                    return found(location, region, date.written, date.resolved, agency);
                }
                i = mark;
                // "RICHMOND, Va. Feb 26 -": an abbreviated region with no comma before the date.
                int dot = indexOf('.', i, Math.min(limit, i + 7));
                if (dot > i && isNameRun(i, dot) && dot + 1 < limit && s.charAt(dot + 1) == ' ') {
                    i = dot + 1;
                    skipSpaces();
                    DateAt afterRegion = date(reference);
                    if (afterRegion != null) {
                        skipSpaces();
                        if (terminator()) {
                            String withThis = s.substring(regionStart < 0 ? mark : regionStart, dot + 1).strip();
                            return found(location, withThis, afterRegion.written, afterRegion.resolved, null);
                        }
                        return Optional.empty();
                    }
                }
                i = mark;
                // "TEHRAN, Young Journalists Club (YJC) –": an agency named in full.
                int open = indexOf('(', i, Math.min(limit, i + MAX_AGENCY + 2));
                if (open > i && isNameRun(i, open)) {
                    i = open;
                    String abbreviation = parenthesized();
                    if (abbreviation != null && terminator()) {
                        String name = s.substring(mark, open).strip();
                        if (name.length() <= 6 && name.endsWith(".")) {
                            // "LONDON, Ont. (Reuters) -": an abbreviated region, then the agency.
                            return found(location, regionStart < 0 ? name : s.substring(regionStart, open).strip(),
                                    null, null, abbreviation);
                        }
                        return found(location, region, null, null, name + " (" + abbreviation + ")");
                    }
                    return Optional.empty();
                }
                i = mark;
                int comma = indexOf(',', i, Math.min(limit, i + MAX_LOCATION));
                if (comma <= i || !isNameRun(i, comma)) {
                    return Optional.empty();
                }
                if (regionStart < 0) {
                    regionStart = i;
                }
                regionEnd = comma;
                i = comma + 1;
            }
            return Optional.empty();
        }

        private Optional<Match> found(String location, String region, String date, LocalDate resolved,
                String agency) {
            skipWhitespace();
            return Optional.of(new Match(new Dateline(location, display(location), region, date, resolved, agency),
                    begin, i));
        }

        /** Letters, spaces, dots, apostrophes and inner hyphens; ends before , ( : or a spaced dash. */
        private String location() {
            int start = i;
            int words = 0;
            boolean inWord = false;
            while (i < limit && i - start <= MAX_LOCATION) {
                char c = s.charAt(i);
                if (Character.isLetter(c)) {
                    if (!inWord) {
                        words++;
                        inWord = true;
                    }
                } else if (c == ' ') {
                    if (i + 1 < limit && s.charAt(i + 1) == ' ') {
                        break;
                    }
                    inWord = false;
                } else if (c == '.' || c == '\'' || c == '’' || (c == '/' && i > start) || (c == '-' && i + 1 < limit
                        && Character.isLetter(s.charAt(i + 1)) && i > start)) {
                    // part of a name: "ST. LOUIS", "N'DJAMENA", "BADEN-BADEN"
                } else {
                    break;
                }
                i++;
            }
            String loc = s.substring(start, i).strip();
            if (loc.isEmpty() || !Character.isLetter(loc.charAt(0)) || words > 5 || loc.length() > MAX_LOCATION) {
                return null;
            }
            i = start + s.substring(start, i).stripTrailing().length();
            // Capitalised words ("Kabul", "NEW YORK", "Rio de Janeiro") or all lower case as some wires write it.
            if (!Character.isUpperCase(loc.charAt(0)) && !isAllLower(loc)) {
                return null;
            }
            if (!isAllCaps(loc) && !isAllLower(loc) && !everyWordCapitalized(loc)) {
                return null;
            }
            return loc;
        }

        /** "(Reuters)" -> "Reuters"; a short name on one line. */
        private String parenthesized() {
            int close = indexOf(')', i + 1, Math.min(limit, i + MAX_AGENCY + 2));
            if (close < 0) {
                return null;
            }
            String inner = s.substring(i + 1, close).strip();
            if (inner.isEmpty() || inner.indexOf('\n') >= 0 || !Character.isLetter(inner.codePointAt(0))) {
                return null;
            }
            i = close + 1;
            return inner;
        }

        /** A dash ("-", "--", "–", "—", ".-", "-.") followed by a space or the end of the text. */
        private boolean terminator() {
            skipSpaces();
            if (i < limit && s.charAt(i) == '.') {
                i++;
            }
            if (i >= limit || !isDashStart(s.charAt(i))) {
                return false;
            }
            while (i < limit && isDashStart(s.charAt(i))) {
                i++;
            }
            if (i < limit && s.charAt(i) == '.') {
                i++;
            }
            return atSpaceOrEnd();
        }

        private boolean atSpaceOrEnd() {
            return i >= s.length() || Character.isWhitespace(s.charAt(i));
        }

        /** "March 3", "Jan. 5", "MARCH 20, 1987", "4 ago", "2 juin", "3. März". */
        private DateAt date(LocalDate reference) {
            int start = i;
            String word = word();
            if (word != null) {
                Integer month = MONTHS.get(word.toLowerCase(Locale.ROOT));
                if (month == null) {
                    i = start;
                    return null;
                }
                if (i < limit && s.charAt(i) == '.') {
                    i++;
                }
                skipSpaces();
                int day = number(2);
                if (day < 1 || day > 31) {
                    i = start;
                    return null;
                }
                int year = year();
                return dateAt(start, month, day, year, reference);
            }
            int day = number(2);
            if (day < 1 || day > 31) {
                i = start;
                return null;
            }
            if (i < limit && s.charAt(i) == '.') {
                i++;
            }
            skipSpaces();
            String monthWord = word();
            Integer month = monthWord == null ? null : MONTHS.get(monthWord.toLowerCase(Locale.ROOT));
            if (month == null) {
                i = start;
                return null;
            }
            if (i < limit && s.charAt(i) == '.') {
                i++;
            }
            int year = year();
            return dateAt(start, month, day, year, reference);
        }

        private DateAt dateAt(int start, int month, int day, int year, LocalDate reference) {
            String written = s.substring(start, i).strip();
            if (written.endsWith(",")) {
                written = written.substring(0, written.length() - 1);
            }
            LocalDate resolved;
            try {
                resolved = year > 0 ? LocalDate.of(year, month, day) : inferYear(month, day, reference);
            } catch (DateTimeException e) {
                resolved = null;
            }
            return new DateAt(written, resolved);
        }

        /** ", 1987" or " 2018" after a date; 0 when absent (and nothing consumed). */
        private int year() {
            int mark = i;
            if (i < limit && s.charAt(i) == ',') {
                i++;
            }
            skipSpaces();
            int y = number(4);
            if (y >= 1800 && y <= 2200) {
                return y;
            }
            i = mark;
            return 0;
        }

        private String word() {
            int start = i;
            while (i < limit && Character.isLetter(s.charAt(i))) {
                i++;
            }
            return i > start ? s.substring(start, i) : null;
        }

        private int number(int maxDigits) {
            int start = i;
            int n = 0;
            while (i < limit && i - start < maxDigits + 1 && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                n = n * 10 + (s.charAt(i) - '0');
                i++;
            }
            if (i == start || i - start > maxDigits || (i < limit && Character.isLetterOrDigit(s.charAt(i)))) {
                i = start;
                return -1;
            }
            return n;
        }

        private boolean isNameRun(int from, int to) {
            if (to - from < 2) {
                return false;
            }
            for (int k = from; k < to; k++) {
                char c = s.charAt(k);
                if (!(Character.isLetter(c) || c == ' ' || c == '.' || c == '\'' || c == '’' || c == '-')) {
                    return false;
                }
            }
            return Character.isUpperCase(s.charAt(from));
        }

        private int indexOf(char c, int from, int to) {
            for (int k = from; k < to; k++) {
                if (s.charAt(k) == c) {
                    return k;
                }
                if (s.charAt(k) == '\n') {
                    return -1;
                }
            }
            return -1;
        }

        private void skipSpaces() {
            while (i < limit && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
                i++;
            }
        }

        private void skipWhitespace() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }
    }

    private record DateAt(String written, LocalDate resolved) {
    }

    private static boolean isDashStart(char c) {
        return c == '-' || c == '–' || c == '—' || c == '―' || c == '‒';
    }

    /**
     * The latest year in which month/day is not after the reference date (a couple of days of
     * clock and time-zone slack allowed): datelines are written on or before publication, so
     * "Dec 31" in a story from 2 January is from the previous year.
     */
    static LocalDate inferYear(int month, int day, LocalDate reference) {
        LocalDate latestAllowed = reference.plusDays(2);
        for (int y = reference.getYear() + 1; y >= reference.getYear() - 4; y--) {
            try {
                LocalDate candidate = LocalDate.of(y, month, day);
                if (!candidate.isAfter(latestAllowed)) {
                    return candidate;
                }
            } catch (DateTimeException e) {
                // 29 February in a common year: try the year before
            }
        }
        throw new DateTimeException("no recent year has " + month + "/" + day);
    }

    /**
     * Whether an all-capitals word before a bare colon or dash can be a place: not a label
     * ("UPDATE -", "NOTE:") and not a two-letter abbreviation ("UN:", "EU -", "US:"), which opens
     * quotes and summaries far more often than it names a dateline.
     */
    private static boolean isPlaceLike(String location) {
        return !LABELS.contains(location) && location.codePoints().filter(Character::isLetter).count() >= 3;
    }

    private static boolean isAllCaps(String s) {
        boolean letter = false;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }

    private static boolean isAllLower(String s) {
        for (int k = 0; k < s.length(); k++) {
            if (Character.isUpperCase(s.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean everyWordCapitalized(String s) {
        for (String w : s.split(" ")) {
            if (!w.isEmpty() && Character.isLetter(w.charAt(0)) && !Character.isUpperCase(w.charAt(0))
                    && !(w.equals("de") || w.equals("la") || w.equals("el") || w.equals("al") || w.equals("do")
                            || w.equals("da") || w.equals("di") || w.equals("am") || w.equals("an"))) {
                return false;
            }
        }
        return true;
    }
}
