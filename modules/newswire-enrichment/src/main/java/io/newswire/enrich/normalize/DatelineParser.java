package io.newswire.enrich.normalize;

import io.newswire.enrich.text.MonthNames;
import io.newswire.enrich.text.WordList;
import io.newswire.enrich.text.WordSet;
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
 * {@code TAUPO, New Zealand, March 23 -}, {@code MADRID, 4 ago (EFE).-}, with -, --, en and em dashes;
 * and the forms of other agencies and national dailies: {@code Lahore: The ...}, {@code CAIRO, June 2:},
 * {@code DAKAR, Senegal —} and {@code QUITO, ECUADOR—} (the qualifier is the region),
 * {@code MAIDUGURI (Borno, Nigeria), Jan 9 (NNN-XINHUA) —}, {@code Srinagar (Jammu and Kashmir) [India],
 * March 3 (ANI):}, {@code Patna, Oct 16 (PTI) The ...}, {@code Tehran, IRNA –}, {@code UNITED NATIONS,
 * April 30. /TASS/.}, {@code NEW YORK, March 3, 2023 /PRNewswire/ --}, {@code SAN FRANCISCO--(BUSINESS
 * WIRE)--}, a place alone on the first line before a blank line ({@code ANKARA}) and a place and date
 * alone on it ({@code Jammu, March 3, 2023}); and {@code ISLAMABAD:The ...} (no space after the colon),
 * {@code KUALA LUMPUR (June 11):}, {@code Havana, (Prensa Latina) The ...}, {@code KUCHING, —},
 * {@code Bahir Dar, May 9/2024(ENA)}, {@code Damascus, SANA-The ...}, {@code МОСКВА, 3 мар — РИА Новости.},
 * {@code Praha 3. března (ČTK) -}, Yonhap's {@code (서울=연합뉴스) 김민수 기자 =} and Kyodo's
 * {@code 【ワシントン共同】}, with month names in English, Spanish, French, German, Italian, Portuguese,
 * Malay, Indonesian, Russian and Czech; a mixed-case place alone before a blank line ({@code Ankara});
 * and the Arabic-script forms of KUNA, WAM, QNA, MENA, Petra, SPA, WAFA, SANA, IRNA and APP
 * (see {@code arabic}).
 *
 * <p>A hand-written scanner rather than a regular expression: it looks at a bounded window at the
 * start, so its cost does not depend on the length of the text, and the rules that keep ordinary
 * sentences out ("Paris is ...") are explicit: a dateline needs a location followed by a date, an
 * agency in parentheses, or (for an all-capitals location) a colon or dash.
 */
public final class DatelineParser {

    /** The longest dateline we look for; wire datelines are far shorter. */
    private static final int WINDOW = 160;
    /** Runs of spaces between a credit line's fields ("AA 29.10.2025 04:51"). */
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile(" +");
    /** A dash between the parts of a credit group ("Publisher / Other - APP - 15th Jul, 2019"). */
    private static final java.util.regex.Pattern GROUP_DASH = java.util.regex.Pattern.compile(" [-–—] ");
    private static final int MAX_LOCATION = 40;
    private static final int MAX_AGENCY = 48;

    // Month names: io.newswire.enrich.text.MonthNames (months.txt), shared with the stories' date anchors.

    /** All-capitals words that open a line with a colon or dash but are labels, not places. */
    /** Weekdays in capitals ({@code dateline-weekdays.txt}): labels, and skipped between a place and its date. */
    private static final java.util.Set<String> WEEKDAYS = WordList.load(DatelineParser.class, "dateline-weekdays.txt");
    private static final java.util.Set<String> LABELS = WordSet.union(
            WordList.load(DatelineParser.class, "dateline-labels.txt"), WEEKDAYS);

    /**
     * Last words of section labels and slugs in capitals ("COURT NEWS", "CITY DESK", "HIGH SCHOOL FOOTBALL",
     * "SPRINGFIELD WEATHER"): a place before a colon, dash or blank line never ends in one unless it is a listed town
     * ("NEWPORT NEWS"). Whole words only, matched as the label's last word or the whole label.
     */
    private static final java.util.Set<String> LABEL_HEADS = WordList.load(DatelineParser.class,
            "dateline-label-heads.txt");

    /**
     * Commodities ({@code dateline-market-heads.txt}): the last word of a market head of two words or more ("CBOT
     * WHEAT -", "LME COPPER:"), never of a place unless it is a listed town; a commodity alone is left to the other
     * rules.
     */
    private static final java.util.Set<String> MARKET_HEADS = WordList.load(DatelineParser.class,
            "dateline-market-heads.txt");

    /**
     * Prepositions and adverbs that open headings ("AROUND TOWN", "INSIDE POLITICS", "BEHIND THE SCENES"), never a
     * place's first word unless the place is a listed town.
     */
    private static final java.util.Set<String> HEADING_LEADS = WordList.load(DatelineParser.class,
            "dateline-heading-leads.txt");

    /**
     * Lower-case words inside a region's name ("Bosnia and Herzegovina", "Estado de México", "Isle of Man",
     * "Côte d'Ivoire"); any other lower-case word makes the text after a place's comma prose, not a region
     * ("GM, Ford cut output as sales fall -").
     */
    private static final java.util.Set<String> REGION_JOINS = WordSet.of("and", "of", "the", "de", "del", "la", "las",
            "los", "el", "do", "da", "dos", "das", "di", "du", "des", "y", "et", "e", "upon", "on", "am", "an", "im",
            "sur", "en");

    /** The most capitalised words a region after a place's comma has ("Saint Kitts and Nevis", "Papua New Guinea"). */
    private static final int MAX_REGION_WORDS = 3;

    /**
     * News agencies written without parentheses after a comma ("Tehran, IRNA –", "Riyadh, March 3,
     * 2023, SPA --", "Kyiv, Ukrinform."): there a name cannot be told from a region by its shape.
     */
    private static final java.util.Set<String> AGENCIES = WordList.load(DatelineParser.class, "dateline-agencies.txt");

    /**
     * First words of multi-word places ("NEW YORK", "ABU DHABI", "GAZA CITY"): a capitalised line
     * standing alone is taken for a place only when it is one word or shaped like these, because
     * two-word headings ("BREAKING NEWS", "LAHORE SMOG") look the same otherwise.
     */
    private static final java.util.Set<String> PLACE_PREFIXES = WordSet.of("NEW", "SAN", "SANTA", "SANTO",
            "SAO", "SÃO", "PORT", "PORTO", "CAPE", "ABU", "ADDIS", "DAR", "KUALA", "HONG", "RIO", "BUENOS", "ST.",
            "SAINT", "LOS", "LAS", "EL", "AL", "LA", "LE", "KOTA", "BANDAR", "TEL", "RAS", "SHARM", "FORT", "MOUNT",
            "MONTE", "BAHIR", "PHNOM", "SRI", "DHAKA", "GAZA");

    /** The longest "(by Name Surname)" read before a dateline. */
    private static final int MAX_BRACKETED_BYLINE = 60;

    /** A dateline found in a text, and where the text after it starts. */
    public record Match(Dateline dateline, int start, int end) {
    }

    private DatelineParser() {
    }

    /** Whether a name is on the list of news agencies ("Bernama", "IANS", "dpa"), in any case. */
    static boolean isAgency(String name) {
        return AGENCIES.contains(name.toUpperCase(Locale.ROOT));
    }

    /**
     * Status flags a desk sets in brackets after the place or the agency ("CARMEN, Cotabato (UPDATE) --",
     * "ILOILO CITY (PNA) (CORRECTED) --", "SEOUL (URGENT) --"): a version mark, never the agency.
     */
    private static final java.util.Set<String> FLAGS = WordList.load(DatelineParser.class, "dateline-flags.txt");
    /** The longest credit group in parentheses ("(Publisher / Other Name - APP - 15th Jul, 2019 )"). */
    private static final int MAX_CREDIT_GROUP = 100;

    /** A status flag in capitals, a number after it allowed ("UPDATE", "UPDATE 2", "CORRECTED"). */
    static boolean isFlag(String inner) {
        int end = inner.length();
        while (end > 0 && (Character.isDigit(inner.charAt(end - 1)) || inner.charAt(end - 1) == ' '
                || inner.charAt(end - 1) == '-')) {
            end--;
        }
        String word = inner.substring(0, end);
        return !word.isEmpty() && isAllCaps(word) && FLAGS.contains(word);
    }

    /**
     * Reads a dateline starting at {@code from} (leading spaces allowed).
     *
     * @param reference the publication or ingest date, for the year of a date written without one
     */
    public static Optional<Match> parse(String text, int from, LocalDate reference) {
        int first = from;
        while (first < text.length() && (text.charAt(first) == ' ' || text.charAt(first) == '\t')) {
            first++;
        }
        if (text.startsWith("(by ", first) || text.startsWith("(By ", first)) {
            // ANSA's English service: "(by Ana Ferri) Rome, July 26 - ...": the byline in brackets, then the dateline
            int close = text.indexOf(')', first);
            int lineEnd = text.indexOf('\n', first);
            if (close > first + 4 && close - first <= MAX_BRACKETED_BYLINE && (lineEnd < 0 || close < lineEnd)) {
                int opening = first;
                return parse(text, close + 1, reference).map(m -> new Match(m.dateline(), opening, m.end()));
            }
            return Optional.empty();
        }
        if (first < text.length() && isHan(text.charAt(first))) {
            return chinese(text, first, reference);
        }
        if (first < text.length() && text.charAt(first) == '【') {
            return japanese(text, first);
        }
        if (first + 1 < text.length() && text.charAt(first) == '('
                && Character.UnicodeScript.of(text.charAt(first + 1)) == Character.UnicodeScript.HANGUL) {
            return korean(text, first);
        }
        if (first < text.length() && isArabicScript(text.charAt(first))) {
            return arabic(text, first, reference);
        }
        if (first < text.length() && isIndicScript(text.charAt(first))) {
            return indic(text, first, reference);
        }
        Optional<Match> match = first < text.length() && Character.isUpperCase(text.charAt(first))
                ? agencyDashPlace(text, first, reference) : Optional.empty();
        if (match.isPresent()) {
            return match;
        }
        match = first < text.length() && Character.isUpperCase(text.charAt(first))
                ? releaseWire(text, first, reference) : Optional.empty();
        if (match.isPresent()) {
            return match;
        }
        match = first < text.length() && Character.isLetter(text.charAt(first))
                ? outletFirst(text, first, reference) : Optional.empty();
        if (match.isEmpty()) {
            match = new Scan(text, from, Math.min(text.length(), from + WINDOW)).run(reference);
        }
        if (match.isEmpty() && first + 3 < text.length() && text.charAt(first + 2) == ' '
                && (text.startsWith("By", first) || text.startsWith("BY", first))) {
            match = byAgency(text, first, reference);
        }
        if (match.isEmpty() && first < text.length() && Character.isUpperCase(text.charAt(first))) {
            // "From Musa Abdullahi, Kano", "Our Correspondent, Rajshahi" alone on the first line
            match = bylinePlace(text, first);
        }
        if (match.isEmpty() && first < text.length() && Character.isUpperCase(text.charAt(first))) {
            match = agencyPipePlace(text, first);
        }
        if (match.isEmpty() && first < text.length() && Character.isUpperCase(text.charAt(first))) {
            match = agencyThenPlace(text, first);
        }
        if (match.isEmpty() && first < text.length() && Character.isUpperCase(text.charAt(first))) {
            match = agencyPlaceLine(text, first);
        }
        if (match.isEmpty() && first < text.length() && Character.isUpperCase(text.charAt(first))) {
            match = agencyDateTime(text, first, reference);
        }
        if (match.isEmpty() && first < text.length() && Character.isUpperCase(text.charAt(first))) {
            match = GermanShortForm.read(text, first);
        }
        if (match.isEmpty() && (text.startsWith("Updated - ", first) || text.startsWith("Published - ", first))) {
            match = timestampPlace(text, first);
        }
        if (match.isEmpty() && first < text.length() && Character.isUpperCase(text.charAt(first))) {
            // UPI without a place: "Nov. 29 (UPI) -- ...".
            match = new Scan(text, from, Math.min(text.length(), from + WINDOW)).datedAgency(reference);
        }
        if (match.isEmpty()) {
            // ANSA: "(ANSA) - ROME, March 3 - ...": the agency first, then an ordinary dateline.
            int open = from;
            while (open < text.length() && open < from + 4 && (text.charAt(open) == ' ' || text.charAt(open) == '\t')) {
                open++;
            }
            if (open < text.length() && text.charAt(open) == '(') {
                int close = text.indexOf(')', open);
                if (close > open + 1 && close - open <= MAX_AGENCY && text.substring(open + 1, close).chars()
                        .allMatch(c -> Character.isLetter(c) || c == ' ' || c == '-' || c == '/')) {
                    Scan dash = new Scan(text, close + 1, Math.min(text.length(), close + 1 + WINDOW));
                    int afterBracket = dash.i;
                    boolean dashed = dash.terminator();
                    if (!dashed) {
                        dash.i = afterBracket;
                    }
                    if (dashed) {
                        int rest = dash.i;
                        Optional<Match> inner = new Scan(text, rest, Math.min(text.length(), rest + WINDOW)).run(reference);
                        if (inner.isPresent()) {
                            Dateline d = inner.get().dateline();
                            String agency = d.agency() != null ? d.agency() : text.substring(open + 1, close).strip();
                            return firstOfPlaces(new Match(new Dateline(d.location(), d.locationDisplay(), d.region(),
                                    d.date(), d.resolvedDate(), agency), open, inner.get().end()));
                        }
                    }
                    // German regional desks: "(rtn) Direkt vor der Wache ...": the agency alone heads the story (only
                    // when no dateline follows it, as ANSA's does)
                    String head = text.substring(open + 1, close);
                    if (isHeadAgency(head) && dash.headSentence(dashed)) {
                        return Optional.of(new Match(new Dateline(null, null, null, null, null, head), open, dash.i));
                    }
                }
            }
        }
        if (match.isPresent() && isAgencyAsPlace(match.get().dateline())) {
            return Optional.empty();
        }
        if (match.isPresent() && isDomainAsPlace(match.get().dateline())) {
            // "TRIBUNJATENG.COM - Polisi menangkap ...": the portal's name heads the story where a place would
            // stand; it is the agency of a dateline without a place, never a town
            Match m = match.get();
            return Optional.of(new Match(new Dateline(null, null, null, null, null, m.dateline().location()),
                    m.start(), m.end()));
        }
        if (match.isPresent() && labelHead(text, match.get())) {
            return Optional.empty();
        }
        return match.isEmpty() ? match
                : firstOfPlaces(agencyAlone(releaseDateAfter(text, bracketedAgencyAfter(text, match.get()), reference)));
    }

    /** The press-release wires whose reprints may set the release date after the wire ("--(BUSINESS WIRE)--Dec. 1"). */
    private static final java.util.Set<String> RELEASE_WIRES = WordSet.of("BUSINESS WIRE", "PR NEWSWIRE",
            "PRNEWSWIRE", "GLOBE NEWSWIRE", "GLOBENEWSWIRE");

    /**
     * A release wire's dateline with no date, then the release date and a double hyphen before the story, as
     * reprints of Business Wire copy set it: "AUSTIN, Texas--(BUSINESS WIRE)--Dec. 1, 2026-- Norvane ...". The date
     * joins the dateline and the story starts after the hyphens; anything else leaves the match as it was.
     */
    private static Match releaseDateAfter(String text, Match m, LocalDate reference) {
        Dateline d = m.dateline();
        if (d.date() != null || d.agency() == null || !RELEASE_WIRES.contains(d.agency().toUpperCase(Locale.ROOT))
                || m.end() >= text.length() || !Character.isUpperCase(text.charAt(m.end()))) {
            return m;
        }
        Scan scan = new Scan(text, m.end(), Math.min(text.length(), m.end() + 40));
        DateAt date = scan.date(reference);
        if (date == null || date.resolved() == null) {
            return m;
        }
        int k = scan.i;
        while (k < text.length() && text.charAt(k) == ' ') {
            k++;
        }
        if (!text.startsWith("--", k)) {
            return m;
        }
        k += 2;
        while (k < text.length() && text.charAt(k) == ' ') {
            k++;
        }
        return new Match(new Dateline(d.location(), d.locationDisplay(), d.region(), date.written(), date.resolved(),
                d.agency(), d.otherLocations()), m.start(), k);
    }

    /**
     * ACCESSWIRE: "LONDON, UK / ACCESSWIRE / November 24, 2026 / ...": place, region, the wire and the date, each
     * closed by a spaced slash; the region may be left out ("SINGAPORE / ACCESSWIRE / ...") and the wire's name may
     * take two words, as since its renaming ("NEW YORK, NY / ACCESS Newswire / ...").
     */
    private static final java.util.regex.Pattern SLASH_WIRE = java.util.regex.Pattern.compile(
            "(?<place>\\p{Lu}[\\p{L}.' -]{1,38})(?:, (?<region>\\p{Lu}[\\p{L}. ]{0,29}))? / "
                    + "(?<agency>\\p{Lu}[\\p{L}.-]{1,30}(?: \\p{Lu}[\\p{L}.-]{1,30})?) / "
                    + "(?<month>\\p{Lu}\\p{Ll}+)\\.? (?<day>\\d{1,2}), (?<year>\\d{4}) / ");

    /**
     * Newsfile: "Toronto, Ontario--(Newsfile Corp. - November 26, 2026) - ...": place, region, then the wire and the
     * date together in brackets after a double hyphen.
     */
    private static final java.util.regex.Pattern BRACKET_WIRE = java.util.regex.Pattern.compile(
            "(?<place>\\p{Lu}[\\p{L}.' -]{1,38}), (?<region>\\p{Lu}[\\p{L}. ]{0,29})--\\((?<agency>\\p{Lu}[\\p{L}. ]{1,30}) - "
                    + "(?<month>\\p{Lu}\\p{Ll}+)\\.? (?<day>\\d{1,2}), (?<year>\\d{4})\\) [-–—] ");

    /**
     * Media OutReach: "SINGAPORE - Media OutReach Newswire - 26 November 2026 - ...": place, a wire whose name ends in
     * "Newswire" or "Wire", and the date written day first, each closed by a spaced dash.
     */
    private static final java.util.regex.Pattern DASH_WIRE = java.util.regex.Pattern.compile(
            "(?<place>\\p{Lu}[\\p{L}.' -]{1,38}?)(?<region>) [-–—] (?<agency>\\p{Lu}[\\p{L}. ]{0,30}(?:Newswire|NEWSWIRE|Wire|WIRE)) "
                    + "[-–—] (?<day>\\d{1,2}) (?<month>\\p{Lu}\\p{Ll}+) (?<year>\\d{4}) [-–—] ");

    /**
     * How far a release's date may lie after the reference date: the reference is the publication date or, without
     * one, the ingest date, and releases are dated ahead of it (embargoes, time zones, a feed read days late or
     * replayed); a date further ahead is no release's date.
     */
    private static final int MAX_DAYS_AHEAD = 31;

    /** The press-release wires' forms that put the date inside the wire's own punctuation. */
    static Optional<Match> releaseWire(String text, int start, LocalDate reference) {
        int end = Math.min(text.length(), start + WINDOW);
        // the forms' marks within the first line's reach: most openings have none and skip the patterns
        boolean slash = false;
        boolean bracket = false;
        boolean wire = false;
        for (int k = start; k < end && text.charAt(k) != '\n'; k++) {
            char c = text.charAt(k);
            slash |= c == '/';
            bracket |= c == '(' && k > start + 1 && text.charAt(k - 1) == '-' && text.charAt(k - 2) == '-';
            wire |= (c == 'w' || c == 'W') && text.regionMatches(true, k, "wire ", 0, 5);
        }
        if (!slash && !bracket && !wire) {
            return Optional.empty();
        }
        Optional<Match> found = slash ? releaseWire(SLASH_WIRE, text, start, end, reference) : Optional.empty();
        if (found.isEmpty() && bracket) {
            found = releaseWire(BRACKET_WIRE, text, start, end, reference);
        }
        return found.isEmpty() && wire ? releaseWire(DASH_WIRE, text, start, end, reference) : found;
    }

    /** One press-release wire's form at {@code start}, read up to {@code end}. */
    private static Optional<Match> releaseWire(java.util.regex.Pattern p, String text, int start, int end,
            LocalDate reference) {
        java.util.regex.Matcher m = p.matcher(text).region(start, end);
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        Integer month = MonthNames.of(m.group("month").toLowerCase(Locale.ROOT));
        if (month == null) {
            return Optional.empty();
        }
        LocalDate date;
        try {
            date = LocalDate.of(Integer.parseInt(m.group("year")), month, Integer.parseInt(m.group("day")));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        if (reference != null && date.isAfter(reference.plusDays(MAX_DAYS_AHEAD))) {
            return Optional.empty();
        }
        String place = m.group("place").strip();
        String region = m.group("region") == null ? "" : m.group("region").strip();
        int from = Math.min(m.start("month"), m.start("day"));
        int to = Math.max(m.end("year"), Math.max(m.end("month"), m.end("day")));
        return Optional.of(new Match(new Dateline(place, display(place), region.isEmpty() ? null : region,
                text.substring(from, to), date, m.group("agency").strip()), start, m.end()));
    }

    /**
     * JCN: "TOKYO, Nov 24, 2026 - (JCN Newswire) - ...": a bracketed name between two spaced dashes right after a
     * dated dateline without an agency is its agency.
     */
    private static Match bracketedAgencyAfter(String text, Match m) {
        Dateline d = m.dateline();
        int at = m.end();
        if (d.date() == null || d.agency() != null || at >= text.length() || text.charAt(at) != '(') {
            return m;
        }
        int close = text.indexOf(')', at);
        if (close < at + 3 || close - at > MAX_AGENCY || close + 3 >= text.length() || text.charAt(close + 1) != ' '
                || !isDashStart(text.charAt(close + 2)) || text.charAt(close + 3) != ' '
                || !Character.isUpperCase(text.charAt(at + 1))) {
            return m;
        }
        String name = text.substring(at + 1, close);
        if (!name.chars().allMatch(c -> Character.isLetter(c) || c == ' ' || c == '.' || c == '-')) {
            return m;
        }
        int story = close + 4;
        while (story < text.length() && text.charAt(story) == ' ') {
            story++;
        }
        return new Match(new Dateline(d.location(), d.locationDisplay(), d.region(), d.date(), d.resolvedDate(), name,
                d.otherLocations()), m.start(), story);
    }

    /** A head of this many words or more in capitals, not a listed town, is a headline or a label. */
    private static final int HEADLINE_WORDS = 3;

    /**
     * A head with nothing else of a dateline (no date, agency or second place) that is no listed town (15,000 people
     * or more, or a town of the German-speaking countries) and reads as a label: written in mixed case before a dash
     * ("Appreciation —", "Crown Court —", "Tribunales —", "Millbrook Mayor Quits —"; the colon had the rule since
     * s38), or of {@value #HEADLINE_WORDS} words or more in capitals ("THE BIG PICTURE —", "HARLOW MAN JAILED FOR
     * ARSON —", "NEW ORLEANS SAINTS —"); or a head whose region is a speaker's role ("DANA X, ANCHOR:"). blind-5's
     * labels, kickers and headlines were each a new family the label lists had not met; the form is general. Not
     * for the German short form ("Grabenow. Ein Polizist ..."), and Latin script only (the other scripts have their
     * own readers). Two capital words stay ("NEW YORK", "ILOILO CITY" are datelines the towns list spells
     * otherwise).
     */
    private static boolean labelHead(String text, Match m) {
        Dateline d = m.dateline();
        String place = d.location();
        if (place == null || d.date() != null || !d.otherLocations().isEmpty()) {
            return false;
        }
        if (d.region() != null && isNoticeSurname(place) && isGivenNames(d.region()) && noticeFollows(text, m.end())
                && (!isListedTowns(place) || SPACES.split(d.region().strip()).length >= 2
                        && !Countries.NAMES.contains(d.region().toUpperCase(Locale.ROOT))
                        && !Towns.NAMES.contains(d.region().toUpperCase(Locale.ROOT))
                        && !isRegionWords(d.region()))) {
            // a death or family notice: "HALLAM, Margaret (Peggy) — peacefully at home ...", "CARVER, John Edward —
            // late of Whitby ...": a surname in capitals, given names after its comma, then the notice in lower case
            // or opened by a notice's word; a dateline's region is a state or a country and its story a sentence
            return true;
        }
        if (d.region() != null && LABEL_HEADS.contains(d.region().strip().toUpperCase(Locale.ROOT))) {
            // "DANA X, ANCHOR:", "PAUL X, CORRESPONDENT (voice-over):": a speaker's role, with or without a cue
            return true;
        }
        if (d.agency() != null) {
            // brackets that hold no agency but a speaker, a date range, a note or a transcript's cue: "The MINISTER
            // (Ms X):", "ARIES (March 21-April 19):", "Eastfield (two seats):", "JANE X (Lagos correspondent):",
            // "JANE X (voice-over):"
            String a = d.agency().strip();
            String lastWord = a.substring(a.lastIndexOf(' ') + 1).toUpperCase(Locale.ROOT);
            return !isAgency(a) && !isListedTowns(place) && (isTitledHead(place) || isTitledHead(a)
                    || !a.isEmpty() && Character.isLowerCase(a.charAt(0)) && a.indexOf(' ') > 0 || isDateRange(a)
                    || a.indexOf(' ') > 0 && LABEL_HEADS.contains(lastWord) || isLabel(a));
        }
        if (d.region() == null && HOROSCOPE_SIGNS.contains(place.strip().toUpperCase(Locale.ROOT))) {
            // a horoscope column's paragraph head: "TAURUS — Money is tight ...", "Leo: Someone close ..."
            return true;
        }
        if (d.region() == null && isSalutationHead(place) && !isLargeTowns(place)) {
            // a letter to the editor: "SIR —", "Sir, —", "Dear Editor, —", "Madam —" (the German towns list holds a
            // "Sir", so the listed-town test below would keep it); a region or a town of 15,000 people keeps a
            // dateline whose first word happens to be a salutation's ("CARO, Mich. —")
            return true;
        }
        if (!isListedTowns(place) && isTitledHead(place)) {
            return true;
        }
        if (isAllCaps(place) && hasPossessive(SPACES.split(place.strip())) && !isListedTowns(place)) {
            // a possessive word names a church, a column or a club, not a town the list lacks: "ST ANDREW'S, KIRKBY
            // LONSDALE:", "READER'S QUERY —" (listed towns such as KING'S LYNN keep it)
            return true;
        }
        if (d.region() != null) {
            return !isRegionShape(d.region());
        }
        if (capitalsStoryAfterColon(text, m)) {
            return true;
        }
        if (isAllCaps(place) && resultLineFollows(text, m.end())) {
            // a town's name over a results or race-card line, listed town or not: "REDCAR — Lab gain from Con.",
            // "WHITBY — Con hold.", "DONCASTER — Non-runners: 1.45 ...", "KEMPTON — Going: standard"
            return true;
        }
        for (int i = 0; i < place.length(); i++) {
            char c = place.charAt(i);
            if (Character.isLetter(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) {
                return false;
            }
        }
        int at = text.indexOf(place, m.start());
        int after = at < 0 ? -1 : at + place.length();
        if (after < 0 || after >= text.length() || text.charAt(after) == '.' || isListedTowns(place)
                || Countries.NAMES.contains(place.toUpperCase(Locale.ROOT))) {
            return false;
        }
        boolean dash = false;
        for (int i = after; i < Math.min(text.length(), after + 3); i++) {
            char c = text.charAt(i);
            dash |= c == '—' || c == '–' || c == '-';
        }
        String[] words = SPACES.split(place.strip());
        // One word over a market's quote table stays what it is read as: Reuters heads its commodity tables with the
        // commodity and a dash ("LEAD - VIRGIN 34.00/34.50", "WHEAT - ... 129.50 up 1.50", "SILVER - total ... off
        // ...") and its DATELINE field holds that head, as for "TIN - GRADE A ..."; a label heads prose or a list
        boolean quoteHead = words.length == 1 && dash && quoteTableFollows(text, m.end());
        if (isAllCaps(place) && words.length <= 2 && isNamedOrCommonHead(words) && !quoteHead) {
            return true;
        }
        if (isAllCaps(place) && words.length == 1 && EnglishWords.contains(words[0]) && !quoteHead) {
            // one capital word that is no listed town but an English word of the SCOWL lists: a desk's or a page's
            // label the tagger's case table is too small to know ("SAILINGS —", "MEMO —", "INTRO —", "SERMON —")
            return true;
        }
        if (isAllCaps(place) && words.length == 1 && colonAt(text, after)) {
            // One capital word that is no listed town, before a colon, with nothing else of a dateline: a label of a
            // page's furniture or a desk's ticker ("NIKKEI:", "SUDOKU:", "TONIGHT:", "PERDIDO:"). Papers that date
            // with a colon name listed towns ("RIYADH:", "PETALING JAYA:"); an unlisted one-word town keeps the dash.
            return true;
        }
        return !isAllCaps(place) && dash || isAllCaps(place) && words.length >= HEADLINE_WORDS;
    }

    /** The signs that head a horoscope column's paragraphs ({@code dateline-horoscope-signs.txt}), upper case. */
    private static final java.util.Set<String> HOROSCOPE_SIGNS = WordList.load(DatelineParser.class,
            "dateline-horoscope-signs.txt");

    /**
     * Whether a region of two or more capitalised words names a place rather than a person's given names: a US
     * state or a Canadian province of two words ("New Mexico", "North Carolina", "British Columbia") or a region
     * word heading it ("South", "North", "New", "West", "East"...). "HENDERSON, Margaret Ann — Peacefully ..." is
     * a notice though Henderson is a town; "LINCOLN, New Mexico — Peacefully, ..." stays a dateline.
     */
    private static boolean isRegionWords(String region) {
        String first = SPACES.split(region.strip())[0].toUpperCase(Locale.ROOT);
        return REGION_LEADS.contains(first);
    }

    /** First words of two-word states, provinces and regions. */
    private static final java.util.Set<String> REGION_LEADS = WordSet.of("NEW", "NORTH", "SOUTH", "EAST", "WEST",
            "RHODE", "BRITISH", "PRINCE", "NOVA", "UPPER", "LOWER", "CENTRAL", "GREATER", "NORTHERN", "SOUTHERN",
            "EASTERN", "WESTERN", "SAN", "SANTA", "PUERTO", "COSTA", "SRI", "SAUDI", "UNITED", "DISTRICT");

    /** Words that open a death or family notice after "SURNAME, Given —" ({@code dateline-notice-words.txt}). */
    private static final java.util.Set<String> NOTICE_WORDS = WordList.load(DatelineParser.class,
            "dateline-notice-words.txt");

    /** The most given names a notice's head writes after the surname ("John Edward", "Mary Anne Louise"). */
    private static final int MAX_GIVEN_NAMES = 3;

    /** One to {@value #MAX_GIVEN_NAMES} capitalised words of letters in mixed case: "Margaret", "John Edward". */
    private static boolean isGivenNames(String region) {
        String[] words = SPACES.split(region.strip());
        if (words.length > MAX_GIVEN_NAMES) {
            return false;
        }
        for (String w : words) {
            if (w.length() < 2 || !Character.isUpperCase(w.charAt(0)) || isAllCaps(w)
                    || !w.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'' || c == '’')) {
                return false;
            }
        }
        return true;
    }

    /**
     * A notice's surname as papers print it: in capitals ("HALLAM"), or in capitals after a Scottish or Irish
     * "Mac"/"Mc" prefix that keeps its lower case ("MacLEOD", "McKENZIE").
     */
    private static boolean isNoticeSurname(String place) {
        if (isAllCaps(place)) {
            return true;
        }
        int prefix = place.startsWith("Mac") ? 3 : place.startsWith("Mc") ? 2 : 0;
        return prefix > 0 && place.length() > prefix + 1 && place.indexOf(' ') < 0
                && isAllCaps(place.substring(prefix));
    }

    /** The standard opening of a family announcement ("It is with deep sorrow that the family announces ..."). */
    private static final String IT_IS_WITH = "It is with ";

    /**
     * The text at {@code from} opens with a lower-case word, a notice's word ("of Redcar", "Peacefully at") or a
     * family announcement's "It is with ...".
     */
    private static boolean noticeFollows(String text, int from) {
        if (text.startsWith(IT_IS_WITH, from)) {
            return true;
        }
        int end = from;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        if (end == from) {
            return false;
        }
        String word = text.substring(from, end);
        return Character.isLowerCase(word.charAt(0)) || NOTICE_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The most words before the colon of a results or race-card label ("Non-runners:", "Going:", "Late result:"). */
    private static final int MAX_LIST_LABEL_WORDS = 2;
    /** The longest party abbreviation or name an election result opens with ("LD", "SNP", "Green", "Labour"). */
    private static final int MAX_PARTY_LETTERS = 7;

    /**
     * The line at {@code from} is a results or race-card line, not a story: a label of one or two words and a colon
     * ("Non-runners: 2.40 ...", "Going: good to soft"), or an election result ("LD gain from Lab.", "Con hold.").
     */
    private static boolean resultLineFollows(String text, int from) {
        int end = text.indexOf('\n', from);
        String line = text.substring(from, end < 0 ? Math.min(text.length(), from + 80) : Math.min(end, from + 80))
                .strip();
        if (line.isEmpty() || !Character.isUpperCase(line.charAt(0))) {
            return false;
        }
        String[] words = SPACES.split(line, 4);
        for (int k = 0; k < Math.min(MAX_LIST_LABEL_WORDS, words.length); k++) {
            String w = words[k];
            boolean colon = w.length() > 1 && w.endsWith(":");
            String letters = colon ? w.substring(0, w.length() - 1) : w;
            if (!letters.chars().allMatch(c -> Character.isLetter(c) || c == '-')) {
                break;
            }
            if (colon) {
                return k + 1 < words.length;
            }
        }
        if (words.length < 2 || words[0].length() > MAX_PARTY_LETTERS
                || !words[0].chars().allMatch(Character::isLetter)) {
            return false;
        }
        String second = words[1].toLowerCase(Locale.ROOT);
        return second.equals("gain") && words.length > 2 && words[2].equals("from")
                || second.equals("hold") || second.equals("hold.") || second.equals("hold,");
    }

    /**
     * A quote in a market table: a bid and an offer with decimals ("34.00/34.50"), or a figure and its change
     * ("129.50 up 1.50", "156,708,754 off 323,664", "41.00 unch").
     */
    private static final java.util.regex.Pattern QUOTE = java.util.regex.Pattern.compile(
            "\\d[\\d,]*\\.\\d+/\\d[\\d,]*\\.\\d+|\\d[\\d,]*(?:\\.\\d+)? (?:up|down|off|unch)(?![\\p{L}])");
    /** How far into the line after a head's dash a quote is looked for. */
    private static final int QUOTE_REACH = 60;

    /** The line at {@code from} holds a quote of a market table within its first {@value #QUOTE_REACH} characters. */
    private static boolean quoteTableFollows(String text, int from) {
        int end = text.indexOf('\n', from);
        int to = Math.min(text.length(), from + QUOTE_REACH);
        return QUOTE.matcher(text).region(from, end < 0 ? to : Math.min(end, to)).find();
    }

    /** The words that open a letter to the editor besides {@link #SALUTATIONS}: "Sir —", "Madam —". */
    private static final java.util.Set<String> LETTER_OPENERS = WordSet.of("sir", "sirs", "madam");

    /** A head whose first word opens a letter: "SIR", "Sir", "Dear Editor", "Madam", "Geachte redactie". */
    private static boolean isSalutationHead(String place) {
        int space = place.indexOf(' ');
        String first = (space < 0 ? place : place.substring(0, space)).toLowerCase(Locale.ROOT);
        return LETTER_OPENERS.contains(first) || SALUTATIONS.contains(first);
    }

    /**
     * English words of Debian's SCOWL lists ({@code dateline-english-words.txt}, see NOTICE), for one bare capital
     * word that neither the towns list nor the tagger's common words know. Loaded on first use of that path only.
     */
    private static final class EnglishWords {
        static final java.util.Set<String> WORDS = WordList.load(DatelineParser.class, "dateline-english-words.txt");

        private EnglishWords() {
        }

        /** The word, or the word less a plural, past or -ing ending (one or two of them: "SAILINGS"). */
        static boolean contains(String word) {
            String w = word.toLowerCase(Locale.ROOT);
            if (w.length() < 4 || !w.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
                return false;
            }
            if (known(w)) {
                return true;
            }
            int n = w.length();
            return n > 5 && w.endsWith("s") && known(w.substring(0, n - 1));
        }

        private static boolean known(String w) {
            if (WORDS.contains(w) || COMMON_WORDS.contains(w)) {
                return true;
            }
            int n = w.length();
            if (n > 3 && w.endsWith("s") && inList(w.substring(0, n - 1))) {
                return true;
            }
            if (n > 4 && w.endsWith("es") && inList(w.substring(0, n - 2))) {
                return true;
            }
            if (n > 4 && w.endsWith("ed")) {
                String stem = w.substring(0, n - 2);
                if (inList(stem) || inList(stem + "e") || stem.length() > 2 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)
                        && inList(stem.substring(0, stem.length() - 1))) {
                    return true;
                }
            }
            if (n > 5 && w.endsWith("ing")) {
                String stem = w.substring(0, n - 3);
                return inList(stem) || inList(stem + "e") || stem.length() > 2 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)
                        && inList(stem.substring(0, stem.length() - 1));
            }
            return false;
        }

        private static boolean inList(String w) {
            return WORDS.contains(w) || COMMON_WORDS.contains(w);
        }
    }

    /** A word ending in an apostrophe and S ("ANDREW'S", "READER’S"). */
    private static boolean hasPossessive(String[] words) {
        for (String w : words) {
            int n = w.length();
            if (n > 3 && (w.charAt(n - 1) == 'S' || w.charAt(n - 1) == 's')
                    && (w.charAt(n - 2) == '\'' || w.charAt(n - 2) == '\u2019')) {
                return true;
            }
        }
        return false;
    }

    /** A colon at {@code from}, after spaces only. */
    private static boolean colonAt(String text, int from) {
        int k = from;
        while (k < text.length() && text.charAt(k) == ' ') {
            k++;
        }
        return k < text.length() && text.charAt(k) == ':';
    }

    /**
     * Words that the news text writes in lower case nearly always ({@code dateline-common-words.txt}, from the entity
     * tagger's case table): a bare capitals head made of them is a label ("AXED:", "FLOOD WARNING —").
     */
    private static final java.util.Set<String> COMMON_WORDS = WordList.load(DatelineParser.class,
            "dateline-common-words.txt");

    /**
     * Second words of two-word places ("ILOILO CITY", "MYRTLE BEACH", "ORANGE COUNTY"): with one of these a two-word
     * head is kept as a place.
     */
    private static final java.util.Set<String> PLACE_TAILS = WordSet.of("CITY", "TOWN", "TOWNSHIP", "COUNTY",
            "VILLAGE", "BEACH", "BAY", "FALLS", "SPRING", "SPRINGS", "HEIGHTS", "PARK", "HILLS", "HILL", "ISLAND",
            "ISLANDS", "HARBOR", "HARBOUR", "LAKE", "CREEK", "VALLEY", "JUNCTION", "GROVE", "RIDGE", "POINT");

    /**
     * First words of two-word places besides {@link #PLACE_PREFIXES}: compass and size words and the words for a town
     * or a fort ("EAST RUTHERFORD", "GREATER NOIDA", "CIUDAD JUAREZ"). A compass word second ("LEEDS WEST") is a
     * constituency's or a district's, not a dateline's.
     */
    private static final java.util.Set<String> PLACE_LEADS = WordSet.of("NORTH", "SOUTH", "EAST", "WEST", "UPPER",
            "LOWER", "GREATER", "OLD", "GRAND", "PUERTO", "CIUDAD", "VILA", "VILLA", "BANDA", "DEL", "DE", "LAKE",
            "PORT", "FORT", "MOUNT", "BAD", "BAIA", "BANDAR");

    /**
     * Honorifics and articles that open a speaker's or a role's label, never a place's name unless it is a listed
     * town ("THE HAGUE"): "THE CHAIRMAN:", "MR. PRYOR:", "Cllr Holt (Ashby North):", "The MINISTER (Ms X):".
     */
    private static final java.util.Set<String> TITLE_OPENERS = WordSet.of("THE", "MR", "MR.", "MRS", "MRS.", "MS",
            "MS.", "DR", "DR.", "CLLR", "CLLR.", "COUNCILLOR", "SEN.", "SENATOR", "REP.", "GOV.", "PROF.", "REV.");

    /** Two dates joined by a dash, as a star sign's span is written ("Dec 22-Jan 19", "March 21–April 19"). */
    private static boolean isDateRange(String s) {
        for (int k = 1; k + 1 < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '-' || c == '–' || c == '—') {
                // "March 21-April 19", and with spaces round the dash, "March 21 - April 19"
                int before = k - 1;
                if (s.charAt(before) == ' ' && before > 0) {
                    before--;
                }
                int after = k + 1;
                if (s.charAt(after) == ' ' && after + 1 < s.length()) {
                    after++;
                }
                if (Character.isDigit(s.charAt(before)) && Character.isLetter(s.charAt(after))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A head of two words or more whose first word is an honorific or the English article. */
    private static boolean isTitledHead(String place) {
        int space = place.indexOf(' ');
        return space > 0 && TITLE_OPENERS.contains(place.substring(0, space).toUpperCase(Locale.ROOT));
    }

    /**
     * A region read in brackets or after a comma is a name: it has no digit ("ARIES (March 21-April 19):") and opens
     * with a capital ("Eastfield (two seats):").
     */
    private static boolean isRegionShape(String region) {
        String r = region.strip();
        if (r.isEmpty() || Character.isLowerCase(r.charAt(0))) {
            return false;
        }
        for (int k = 0; k < r.length(); k++) {
            if (Character.isDigit(r.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A bare head before a colon followed by three words or more in capitals is a headline's speaker or subject
     * ("LINCOLN: WE WERE ROBBED BY THE REF"); a dateline's story is written in sentence case.
     */
    private static boolean capitalsStoryAfterColon(String text, Match m) {
        int colon = m.end() - 1;
        while (colon > m.start() && text.charAt(colon) == ' ') {
            colon--;
        }
        if (colon <= m.start() || text.charAt(colon) != ':') {
            return false;
        }
        int end = text.indexOf('\n', m.end());
        String rest = text.substring(m.end(), end < 0 ? Math.min(text.length(), m.end() + 80)
                : Math.min(end, m.end() + 80)).strip();
        String[] words = SPACES.split(rest);
        int capitals = 0;
        for (String w : words) {
            if (w.chars().anyMatch(Character::isLetter)) {
                if (!isAllCaps(w)) {
                    return false;
                }
                capitals++;
            }
        }
        return capitals >= 3;
    }

    /**
     * One capital word, no listed town, that is a common word or an acronym without a vowel ("AXED", "NFL"); or two,
     * no listed town as a whole, of which one is a listed town or country, a common word or such an acronym ("WERDER
     * BREMEN", "LEEDS WEST", "UKRAINE WAR", "AMBER ALERT", "NHS CRISIS"): a label, a team, a constituency or a topic
     * named after a place, not a dateline. A place's first or last word keeps two words ("ILOILO CITY", "EAST
     * RUTHERFORD", "NEW YORK", "KOTA KINABALU").
     */
    private static boolean isNamedOrCommonHead(String[] words) {
        if (words.length == 1) {
            return isCommonOrAcronym(words[0]);
        }
        String first = words[0].toUpperCase(Locale.ROOT);
        String second = words[1].toUpperCase(Locale.ROOT);
        if (PLACE_PREFIXES.contains(first) || PLACE_LEADS.contains(first) || PLACE_TAILS.contains(second)) {
            return false;
        }
        return isListedTown(first) || Countries.NAMES.contains(first) || isListedTown(second)
                || Countries.NAMES.contains(second) || isCommonOrAcronym(first) || isCommonOrAcronym(second);
    }

    /** A common lower-case word, with its plural, past or -ing ending taken off, or a capital acronym without a vowel. */
    private static boolean isCommonOrAcronym(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.length() >= 2 && w.length() <= 5 && w.chars().allMatch(c -> c >= 'a' && c <= 'z')
                && w.chars().noneMatch(c -> "aeiouy".indexOf(c) >= 0)) {
            return true;
        }
        if (COMMON_WORDS.contains(w)) {
            return true;
        }
        int n = w.length();
        if (n > 3 && w.endsWith("s") && COMMON_WORDS.contains(w.substring(0, n - 1))) {
            return true;
        }
        if (n > 4 && w.endsWith("es") && COMMON_WORDS.contains(w.substring(0, n - 2))) {
            return true;
        }
        if (n > 4 && w.endsWith("ed")) {
            String stem = w.substring(0, n - 2);
            if (COMMON_WORDS.contains(stem) || COMMON_WORDS.contains(stem + "e")
                    || stem.length() > 2 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)
                            && COMMON_WORDS.contains(stem.substring(0, stem.length() - 1))) {
                return true;
            }
        }
        if (n > 5 && w.endsWith("ing")) {
            String stem = w.substring(0, n - 3);
            return COMMON_WORDS.contains(stem) || COMMON_WORDS.contains(stem + "e");
        }
        return false;
    }

    /**
     * "IRNA - Islamic Republic News Agency", "IRNA - the agency said ...": a listed agency in capitals where the
     * place would stand, with no region, date or agency after it, is the agency's name, not a town (the s34 QA's
     * "IRNA" resolved to a town in Italy).
     */
    private static boolean isAgencyAsPlace(Dateline d) {
        String place = d.location();
        return place != null && d.region() == null && d.date() == null && d.agency() == null
                && d.otherLocations().isEmpty() && place.indexOf(' ') < 0 && isAllCaps(place) && isAgency(place);
    }

    /** A domain name alone where the place would stand, with no region, date or agency after it. */
    private static boolean isDomainAsPlace(Dateline d) {
        String place = d.location();
        return place != null && d.region() == null && d.date() == null && d.agency() == null
                && d.otherLocations().isEmpty() && isDomain(place);
    }

    /** Lower-case bracketed words at a story's head that are notes, not agencies ("(file)", "(sic)"). */
    private static final java.util.Set<String> HEAD_NOTES = WordSet.of("file", "sic", "video", "photo", "foto",
            "audio", "live", "update", "updated", "opinion", "ap", "upd");

    /**
     * An agency that may head a story alone in brackets: a German regional desk's code in lower case of two to
     * five letters, listed or not ("rtn", "dpa", "lnw", "ots"); not a note ("(file)", "(sic)"), and not a word in
     * capitals or capitalised ("(UPDATE)", "(Updated)", "(Opinion)", "(Reuters)").
     */
    static boolean isHeadAgency(String inner) {
        if (inner.length() < 2 || inner.length() > MAX_AGENCY || isFlag(inner) || isLabel(inner)) {
            return false;
        }
        // Only desk codes in lower case: "(Reuters) - Oil prices ..." and "(AP) — A strong ..." stay no datelines
        // (a web page's lead that lost its place), as they were written as openings without one
        return inner.length() <= 5 && inner.chars().allMatch(c -> c >= 'a' && c <= 'z') && !HEAD_NOTES.contains(inner);
    }

    /**
     * "Xinhua, March 14, 2025", "Bernama, Nov 2": a listed agency where the place would stand, with a date
     * and nothing else, is the agency of a dateline without a place, not a town of that name.
     */
    static Match agencyAlone(Match m) {
        Dateline d = m.dateline();
        if (d.location() == null || d.agency() != null || d.region() != null || d.date() == null
                || !AGENCIES.contains(d.location().toUpperCase(Locale.ROOT))) {
            return m;
        }
        return new Match(new Dateline(null, null, null, d.date(), d.resolvedDate(), d.location()), m.start(), m.end());
    }

    /**
     * An outlet's domain name, a comma, then a dateline: "TEMPO.CO, Jakarta -", "Liputan6.com, Bandung -",
     * "REPUBLIKA.CO.ID, JAKARTA --" (Indonesian portals). The outlet is the dateline's agency when it names
     * none; the domain must be the first word, closed by the comma ({@link #isDomain}).
     */
    static Optional<Match> outletFirst(String text, int start, LocalDate reference) {
        int end = Math.min(text.length(), start + MAX_AGENCY);
        int k = start;
        while (k < end && text.charAt(k) != ',' && text.charAt(k) != ' ' && text.charAt(k) != '\n') {
            k++;
        }
        if (k >= end || text.charAt(k) != ',' || !isDomain(text.substring(start, k))) {
            return Optional.empty();
        }
        Optional<Match> inner = new Scan(text, k + 1, Math.min(text.length(), k + 1 + WINDOW)).run(reference);
        if (inner.isEmpty() || inner.get().dateline().location() == null || inner.get().dateline().agency() != null) {
            return Optional.empty();
        }
        Dateline d = inner.get().dateline();
        return Optional.of(new Match(new Dateline(d.location(), d.locationDisplay(), d.region(), d.date(),
                d.resolvedDate(), text.substring(start, k)), start, inner.get().end()));
    }

    /**
     * An outlet's domain name: dot-joined parts of letters and digits (inner hyphens allowed), the first
     * starting with a letter, the last two to four letters ("TEMPO.CO", "Liputan6.com", "REPUBLIKA.CO.ID",
     * "kabarjatim.net"); not an abbreviation ("U.S.", "D.C.", "St.").
     */
    static boolean isDomain(String name) {
        int dot = name.lastIndexOf('.');
        int tld = name.length() - dot - 1;
        if (dot <= 0 || tld < 2 || tld > 4 || !Character.isLetter(name.charAt(0))) {
            return false;
        }
        for (int k = 0; k < name.length(); k++) {
            char c = name.charAt(k);
            boolean inTld = k > dot;
            if (c == '.' ? k == 0 || name.charAt(k - 1) == '.' || name.charAt(k - 1) == '-'
                    : !(inTld ? Character.isLetter(c) : Character.isLetterOrDigit(c) || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /**
     * A dateline of a story filed from two or more bureaus ("LONDON/NEW YORK (Reuters) -", "Hamburg/Kiel.",
     * "Islamabad/Kabul:", "KARACHI / LAHORE / QUETTA:", "KYIV and MOSCOW, March 3 (Reuters) -") is located at its
     * first place; the others are kept, as written and in order, in {@link Dateline#otherLocations()}. Parts
     * joined by slashes must each be a capitalised name, and, unless the dateline also has a date or an agency,
     * each a listed town ("Hamburg/Kiel-Verbindung: Die Bahn ..." is a topic label). Two parts joined by "and"
     * must both be listed towns, whatever follows ({@link #twoTowns}): "Trinidad and Tobago", "Jammu and
     * Kashmir" stay one name. A slash name with a region is one place ("DALLAS/FORT WORTH, Texas",
     * "Minneapolis/St. Paul, Minn.": a metropolitan area) and stays whole.
     */
    static Optional<Match> firstOfPlaces(Match m) {
        Dateline d = m.dateline();
        String location = d.location();
        if (location == null || d.region() != null) {
            return Optional.of(m);
        }
        String[] parts;
        if (location.indexOf('/') >= 0) {
            parts = location.split("/");
        } else {
            parts = twoTowns(location);
            if (parts == null) {
                return Optional.of(m);
            }
        }
        if (parts.length == 2 && d.agency() != null && isReporterName(parts[0].strip())
                && isAllCaps(parts[1].strip()) && !parts[1].isBlank()) {
            // DHA and İHA: "Deniz KARACA/İZMİR, (DHA)- ...": the reporter (given name, SURNAME), a slash, the place
            String place = parts[1].strip();
            return Optional.of(new Match(new Dateline(place, display(place), null, d.date(), d.resolvedDate(),
                    d.agency()), m.start(), m.end()));
        }
        boolean listed = true;
        for (String part : parts) {
            String p = part.strip();
            if (p.isEmpty() || !Character.isUpperCase(p.codePointAt(0))) {
                return Optional.empty();
            }
            listed &= isListedTown(p);
        }
        if (!listed && d.date() == null && d.agency() == null) {
            return Optional.empty();
        }
        String first = parts[0].strip();
        java.util.List<String> others = new java.util.ArrayList<>(parts.length - 1);
        for (int k = 1; k < parts.length; k++) {
            others.add(parts[k].strip());
        }
        return Optional.of(new Match(new Dateline(first, display(first), null, d.date(), d.resolvedDate(), d.agency(),
                others), m.start(), m.end()));
    }

    /**
     * A reporter's name as Turkish agencies write it before the place: one or two given names in title case,
     * then the surname in capitals ("Deniz KARACA", "Ayşe Nur YILMAZ"); no place is written so.
     */
    private static boolean isReporterName(String s) {
        String[] words = s.split(" ");
        if (words.length < 2 || words.length > 3) {
            return false;
        }
        for (int k = 0; k < words.length; k++) {
            String w = words[k];
            if (w.length() < 2 || !Character.isUpperCase(w.charAt(0))) {
                return false;
            }
            boolean last = k == words.length - 1;
            for (int c = 1; c < w.length(); c++) {
                char ch = w.charAt(c);
                if (!Character.isLetter(ch) || (last ? Character.isLowerCase(ch) : Character.isUpperCase(ch))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The joining word of two bureaus' places ("KYIV and MOSCOW"), in the cases a wire writes it. */
    private static final String[] AND_JOINS = {" and ", " AND "};

    /**
     * The two places of "KYIV and MOSCOW", "Nairobi and Kampala" when both are listed towns and the whole is
     * not a country ("TRINIDAD AND TOBAGO"), else null: a name with "and" inside ("Jammu and Kashmir",
     * "Bosnia and Herzegovina") stays one place.
     */
    static String[] twoTowns(String location) {
        for (String join : AND_JOINS) {
            int at = location.indexOf(join);
            if (at > 0 && location.indexOf(join, at + 1) < 0) {
                String a = location.substring(0, at).strip();
                String b = location.substring(at + join.length()).strip();
                return isListedTown(a) && isListedTown(b)
                        && !Countries.NAMES.contains(location.toUpperCase(Locale.ROOT)) ? new String[] {a, b} : null;
            }
        }
        return null;
    }

    /** A town of 15,000 people or more, or a town of the German-speaking countries, in any case. */
    /** A listed town, or listed towns joined by slashes ("Islamabad/Kabul", two bureaus). */
    private static boolean isListedTowns(String place) {
        if (place.indexOf('/') < 0) {
            return isListedTown(place);
        }
        return everyPart(place, DatelineParser::isListedTown);
    }

    /** Whether each of the place's parts ("NEW YORK/LONDON"), stripped, passes {@code test}. */
    private static boolean everyPart(String place, java.util.function.Predicate<String> test) {
        for (String part : place.split("/")) {
            if (!test.test(part.strip())) {
                return false;
            }
        }
        return true;
    }

    /** Like {@link #isListedTowns}, with the towns of 15,000 people or more only (no German villages). */
    private static boolean isLargeTowns(String place) {
        return everyPart(place, part -> Towns.NAMES.contains(part.toUpperCase(Locale.ROOT)));
    }

    /**
     * Words that mark an English news lede after "Place:" besides a past tense in -ed: auxiliaries, reporting verbs
     * and common irregular past tenses ("The cabinet has decided", "China will cut", "the minister said", "Heavy rain
     * hit"). A headline drops them ("Residents decry flooding in Lekki").
     */
    private static final java.util.Set<String> LEDE_WORDS = WordSet.of("has", "have", "had", "will", "would", "was",
            "were", "is", "are", "said", "says", "told", "could", "can", "may", "might", "must", "should", "shall",
            "been", "being", "rose", "fell", "hit", "cut", "put", "set", "won", "lost", "saw", "made", "took", "gave",
            "got", "began", "came", "went", "struck", "held", "left", "met", "paid", "sold", "spent", "sent", "led",
            "kept", "found", "shot", "stood", "broke", "drove", "ran", "grew", "swept", "spoke", "fled", "caught",
            "brought", "bought", "sought", "fought", "became", "withdrew", "froze", "sank", "shook", "wrote", "did", "does", "knew", "thought", "heard", "felt", "lay", "laid", "bore", "tore", "wore", "slid", "split",
            "spread", "quit", "shut", "let", "beat", "bid", "burst", "cast", "cost", "hurt", "read", "rang", "sang",
            "drew", "threw", "blew", "flew", "chose", "rode", "arose", "woke", "dealt", "meant", "lent", "built");

    /** The fewest words of a present-tense lede after "Town:" that names no past tense or auxiliary. */
    private static final int LONG_LEDE_WORDS = 10;

    /** The word English copy adds to a town's name for the city itself ("GAZA CITY", "Kuwait City", "PANAMA CITY"). */
    private static final String CITY_SUFFIX = " CITY";

    private static boolean isListedTown(String place) {
        String upper = place.toUpperCase(Locale.ROOT);
        if (Towns.NAMES.contains(upper) || GermanShortForm.PLACES.contains(upper)) {
            return true;
        }
        // "GAZA CITY/JERUSALEM —": a listed town with "City" after it is that town
        return upper.endsWith(CITY_SUFFIX) && upper.length() > CITY_SUFFIX.length() + 2
                && Towns.NAMES.contains(upper.substring(0, upper.length() - CITY_SUFFIX.length()));
    }

    /**
     * IANS: "By IANS, Kolkata : ...", "By Manish Chand, IANS, New Delhi : ...": a byline that names a
     * listed agency, then the place and a colon on the same line. The byline goes with the dateline.
     */
    static Optional<Match> byAgency(String text, int start, LocalDate reference) {
        int end = Math.min(text.length(), start + WINDOW);
        int lineEnd = text.indexOf('\n', start);
        if (lineEnd >= 0 && lineEnd < end) {
            end = lineEnd;
        }
        int colon = text.indexOf(':', start);
        if (colon < 0 || colon >= end) {
            return Optional.empty();
        }
        int lastComma = text.lastIndexOf(", ", colon);
        if (lastComma <= start + 3) {
            return Optional.empty();
        }
        int previousComma = text.lastIndexOf(", ", lastComma - 1);
        String agency = text.substring(previousComma > start + 3 ? previousComma + 2 : start + 3, lastComma).strip();
        if (!AGENCIES.contains(agency.toUpperCase(Locale.ROOT))) {
            return Optional.empty();
        }
        int place = lastComma + 2;
        Optional<Match> inner = new Scan(text, place, Math.min(text.length(), place + WINDOW)).run(reference);
        if (inner.isEmpty()) {
            return inner;
        }
        Dateline d = inner.get().dateline();
        return Optional.of(new Match(new Dateline(d.location(), d.locationDisplay(), d.region(), d.date(),
                d.resolvedDate(), d.agency() != null ? d.agency() : agency), start, inner.get().end()));
    }

    /** At most this many words in the place that ends a timestamp line ("THIRUVANANTHAPURAM", "NEW DELHI"). */
    private static final int MAX_TIMESTAMP_PLACE_WORDS = 3;

    /**
     * The Hindu: "Updated - November 28, 2026 10:15 pm IST - CHENNAI" (or "Published - ...") alone on
     * the first line, the story on the next: the place ends the timestamp line. Taken only when the
     * part after the line's last spaced hyphen is an all-capitals place of at most three words of
     * letters (not "The Hindu Bureau", not "PHOTO: SPECIAL ARRANGEMENT", not a second timestamp), the
     * part before it holds a digit (the date and time), and the story opens with a capital.
     */
    static Optional<Match> timestampPlace(String text, int start) {
        int lineEnd = text.indexOf('\n', start);
        if (lineEnd < 0 || lineEnd - start > WINDOW) {
            return Optional.empty();
        }
        String line = text.substring(start, lineEnd).stripTrailing();
        int cut = line.lastIndexOf(" - ");
        int opening = line.indexOf(" - ");
        if (cut <= opening) {
            return Optional.empty();
        }
        String stamp = line.substring(opening + 3, cut);
        String place = line.substring(cut + 3).strip();
        if (stamp.chars().noneMatch(Character::isDigit) || place.isEmpty() || !isAllCaps(place)
                || LABELS.contains(place) || AGENCIES.contains(place)) {
            return Optional.empty();
        }
        int words = 0;
        for (String w : place.split(" ")) {
            if (w.isEmpty() || !w.chars().allMatch(Character::isLetter)) {
                return Optional.empty();
            }
            words++;
        }
        if (words > MAX_TIMESTAMP_PLACE_WORDS) {
            return Optional.empty();
        }
        return placeBeforeStory(text, start, lineEnd, place);
    }

    /** At most this many words in the place of an agency's field line ("Ramgarh", "New Delhi"). */
    private static final int MAX_FIELD_PLACE_WORDS = 3;

    /**
     * Indian aggregators' and portals' field line: "PTI | Hazaribag | Updated: 09-04-2023 10:18 IST",
     * "ANI | New Delhi | 2 days ago", alone on the first line, the story on the next. Taken only when
     * the first field is a listed agency and the second one to three capitalised words of letters
     * (not a title or desk word, not another agency); what follows the place (timestamps) is left out.
     */
    static Optional<Match> agencyPipePlace(String text, int start) {
        int lineEnd = text.indexOf('\n', start);
        if (lineEnd < 0 || lineEnd - start > WINDOW) {
            return Optional.empty();
        }
        String[] fields = text.substring(start, lineEnd).split("\\|", -1);
        if (fields.length < 2) {
            return Optional.empty();
        }
        String agency = fields[0].strip();
        String place = fields[1].strip();
        int words = capitalisedWords(place);
        if (!AGENCIES.contains(agency.toUpperCase(Locale.ROOT)) || words < 1 || words > MAX_FIELD_PLACE_WORDS
                || AGENCIES.contains(place.toUpperCase(Locale.ROOT)) || LABELS.contains(place.toUpperCase(Locale.ROOT))) {
            return Optional.empty();
        }
        for (String w : place.split(" ")) {
            if (BYLINE_TITLES.contains(w.toLowerCase(Locale.ROOT)) || !w.chars().allMatch(Character::isLetter)) {
                return Optional.empty();
            }
        }
        return placeBeforeStory(text, start, lineEnd, place).map(m -> new Match(new Dateline(m.dateline().location(),
                m.dateline().locationDisplay(), null, null, null, agency), m.start(), m.end()));
    }

    /** Words for "year" after one in Slavic copy ({@code Scan.yearWord}); the longer before their prefixes. */
    private static final String[] YEAR_WORDS = {"года", "року", "godine", "godina", "r.", "г.", "р."};

    /** Agencies whose house style has a dateline of date and agency only, with no place. */
    private static final java.util.Set<String> PLACELESS_AGENCIES = WordSet.of("UPI", "REUTERS");

    /** Openings of a Nigerian newspaper byline ("From Musa Bello, Kano", "By Ada Eze, Abuja"). */
    private static final String[] BYLINE_OPENINGS = {"By ", "BY ", "From ", "FROM "};
    /**
     * Words that end a byline as a title, desk or outlet, not a place ("By Ada Eze, Business Editor",
     * "From Musa Bello, Senior Correspondent", "By Jane Doe, Associated Press").
     */
    private static final java.util.Set<String> BYLINE_TITLES = WordList.load(DatelineParser.class, "byline-words.txt");

    /**
     * A Nigerian newspaper byline that ends in the reporter's place, alone on the first line: "From
     * Musa Abdullahi, Kano", "By Chinedu Okeke, Enugu", then the story on the next line. The name is two
     * to four capitalised words, the place one to three with none a title or desk word ("Senior
     * Correspondent", "Lagos Bureau Chief") or a listed agency; a body opening that starts with "By" or
     * "From" ("By Monday, Abuja had ...", "From Lagos to Kano, ...") fails on one or the other.
     */
    static Optional<Match> bylinePlace(String text, int start) {
        String opening = null;
        for (String o : BYLINE_OPENINGS) {
            if (text.startsWith(o, start)) {
                opening = o;
                break;
            }
        }
        int lineEnd = text.indexOf('\n', start);
        if (lineEnd < 0 || lineEnd - start > MAX_LOCATION + 40) {
            return Optional.empty();
        }
        if (opening == null) {
            return staffCreditPlace(text, start, lineEnd);
        }
        String line = text.substring(start + opening.length(), lineEnd).strip();
        int comma = line.indexOf(", ");
        int in = line.lastIndexOf(" in ");
        if (comma < 0 && in > 0) {
            // Tanzanian and Kenyan dailies: "From Salma Hamisi in Zanzibar", "By Otieno Ouma in Kisumu"
            comma = in;
            line = line.substring(0, in) + ", " + line.substring(in + 4);
        }
        if (comma < 0 || line.indexOf(',', comma + 1) >= 0) {
            return Optional.empty();
        }
        String name = line.substring(0, comma).strip();
        String place = line.substring(comma + 2).strip();
        int nameWords = capitalisedWords(name);
        int placeWords = capitalisedWords(place);
        // A place is written in capitalised words ("Kano", "Port Harcourt"); an all-capitals short name
        // after a byline is an outlet ("By Jane Doe, CNN").
        if (nameWords < 2 || nameWords > 4 || placeWords < 1 || placeWords > 3 || isAllCaps(place)
                || AGENCIES.contains(place.toUpperCase(Locale.ROOT))) {
            return Optional.empty();
        }
        for (String w : place.split(" ")) {
            if (BYLINE_TITLES.contains(w.toLowerCase(Locale.ROOT))) {
                return Optional.empty();
            }
        }
        return placeBeforeStory(text, start, lineEnd, place);
    }

    /** The last word of a staff credit that a Bangladeshi or Indian daily ends with the reporter's place. */
    private static final java.util.Set<String> STAFF_CREDIT_ENDS = WordSet.of("CORRESPONDENT", "REPORTER");

    /**
     * "Our Correspondent, Rajshahi", "Staff Correspondent, Sylhet", "District Correspondent, Bogura" alone on the
     * first line, then the story: a staff credit of one to three capitalised words ending in Correspondent or
     * Reporter, a comma, and a place of one to three capitalised words that is no title, desk word or agency.
     */
    private static Optional<Match> staffCreditPlace(String text, int start, int lineEnd) {
        String line = text.substring(start, lineEnd).strip();
        int comma = line.indexOf(", ");
        if (comma < 0 || line.indexOf(',', comma + 1) >= 0) {
            return Optional.empty();
        }
        String credit = line.substring(0, comma);
        String place = line.substring(comma + 2).strip();
        int creditWords = capitalisedWords(credit);
        int placeWords = capitalisedWords(place);
        String last = credit.substring(credit.lastIndexOf(' ') + 1).toUpperCase(Locale.ROOT);
        if (creditWords < 1 || creditWords > 3 || !STAFF_CREDIT_ENDS.contains(last) || placeWords < 1
                || placeWords > 3 || isAllCaps(place) || AGENCIES.contains(place.toUpperCase(Locale.ROOT))) {
            return Optional.empty();
        }
        for (String w : place.split(" ")) {
            if (BYLINE_TITLES.contains(w.toLowerCase(Locale.ROOT))) {
                return Optional.empty();
            }
        }
        return placeBeforeStory(text, start, lineEnd, place);
    }

    /**
     * A place line under a staff credit the normalizer has skipped ("Staff Reporter" / "HYDERABAD" / story): one
     * to three words in capitals naming a listed town (not a country, not an agency), alone on its line, and the
     * story opening with a capital on the next line. Without the credit above it, a capitals line needs a blank
     * line after it ({@link Scan}'s rule), since a heading reads the same.
     */
    public static Optional<Match> placeLineAfterCredit(String text, int start) {
        int lineEnd = text.indexOf('\n', start);
        if (lineEnd < 0 || lineEnd - start > MAX_LOCATION) {
            return Optional.empty();
        }
        String place = text.substring(start, lineEnd).strip();
        if (place.isEmpty() || !isAllCaps(place) || place.split(" ").length > 3 || capitalisedWords(place) == 0
                || !Towns.NAMES.contains(place) || Countries.NAMES.contains(place) || AGENCIES.contains(place)
                || isLabel(place)) {
            return Optional.empty();
        }
        return placeBeforeStory(text, start, lineEnd, place);
    }

    /** At most this many words in the place line under an agency line ("Nairobi", "New Delhi"). */
    private static final int MAX_PLACE_LINE_WORDS = 3;

    /**
     * APA (Agence de Presse Africaine): "APA-Dakar (Senegal) — ...", "APA - Bamako (Mali) — ...": a listed agency, a
     * hyphen or a spaced dash, then a dateline whose parentheses hold the place's country, not an agency. The
     * agency must be listed and the place must not be one ("NNN-XINHUA"); the parenthesised name, when it is no
     * listed agency, becomes the region.
     */
    static Optional<Match> agencyDashPlace(String text, int start, LocalDate reference) {
        int end = start;
        while (end < text.length() && end - start <= MAX_BARE_AGENCY && Character.isLetter(text.charAt(end))) {
            end++;
        }
        if (end >= text.length() || end - start < 2 || !AGENCIES.contains(text.substring(start, end).toUpperCase(Locale.ROOT))) {
            return Optional.empty();
        }
        int placeAt;
        if (text.charAt(end) == '-' && end + 1 < text.length() && Character.isUpperCase(text.charAt(end + 1))) {
            placeAt = end + 1;
        } else if (text.charAt(end) == ' ' && end + 2 < text.length() && isDashStart(text.charAt(end + 1))
                && text.charAt(end + 2) == ' ') {
            placeAt = end + 3;
        } else {
            return Optional.empty();
        }
        String agency = text.substring(start, end);
        Optional<Match> inner = new Scan(text, placeAt, Math.min(text.length(), placeAt + WINDOW)).run(reference);
        if (inner.isEmpty()) {
            return Optional.empty();
        }
        Dateline d = inner.get().dateline();
        if (d.location() == null || AGENCIES.contains(d.location().toUpperCase(Locale.ROOT))
                || d.agency() != null && (d.region() != null || AGENCIES.contains(d.agency().toUpperCase(Locale.ROOT))
                        || !isRegionText(d.agency()))) {
            return Optional.empty();
        }
        String region = d.agency() != null ? d.agency() : d.region();
        return Optional.of(new Match(new Dateline(d.location(), d.locationDisplay(), region, d.date(), d.resolvedDate(),
                agency), start, inner.get().end()));
    }

    /**
     * PTI copy on foreign papers' sites: "PTI" alone on the first line, "Nairobi" alone on the next, then
     * the story. The first line must be a listed agency and the second one to three capitalised words of
     * a listed town (GeoNames, 15,000+), so a caption line ("Representational image", "File photo of
     * ...") under a credit stays unread.
     */
    static Optional<Match> agencyThenPlace(String text, int start) {
        int lineEnd = lineEndWithin(text, start, MAX_AGENCY);
        if (lineEnd < 0) {
            return Optional.empty();
        }
        String agency = text.substring(start, lineEnd).strip();
        if (!AGENCIES.contains(agency.toUpperCase(Locale.ROOT))) {
            return Optional.empty();
        }
        int placeStart = lineEnd + 1;
        int placeEnd = lineEndWithin(text, placeStart, MAX_LOCATION);
        if (placeEnd < 0) {
            return Optional.empty();
        }
        String place = text.substring(placeStart, placeEnd).strip();
        int words = capitalisedWords(place);
        String upper = place.toUpperCase(Locale.ROOT);
        if (words < 1 || words > MAX_PLACE_LINE_WORDS || place.endsWith(".") || AGENCIES.contains(upper)
                || LABELS.contains(upper) || !Towns.NAMES.contains(upper)) {
            return Optional.empty();
        }
        return placeBeforeStory(text, start, placeEnd, place).map(m -> new Match(new Dateline(m.dateline().location(),
                m.dateline().locationDisplay(), null, null, null, agency), m.start(), m.end()));
    }

    /**
     * A credit line of the agency and the place, the place's country or region in parentheses, alone on the
     * first line: "AP Flagstaff (US)", "AFP Lyon (France)", "Reuters Mombasa (Kenya)", then the story. The
     * first word must be a listed agency, the place one to three capitalised words of a listed town (so
     * "AP Fact Check (US)", "AFP Sport (Paris)", "AP Photo" stay unread), the region capitalised words.
     */
    static Optional<Match> agencyPlaceLine(String text, int start) {
        int lineEnd = lineEndWithin(text, start, MAX_AGENCY + MAX_LOCATION);
        int space = start;
        while (space < lineEnd && text.charAt(space) != ' ') {
            space++;
        }
        if (lineEnd < 0 || space >= lineEnd) {
            return Optional.empty();
        }
        String agency = text.substring(start, space);
        if (!AGENCIES.contains(agency.toUpperCase(Locale.ROOT))) {
            return Optional.empty();
        }
        String rest = text.substring(space + 1, lineEnd).strip();
        String region = null;
        int open = rest.indexOf(" (");
        if (open > 0 && rest.endsWith(")")) {
            region = rest.substring(open + 2, rest.length() - 1).strip();
            rest = rest.substring(0, open).strip();
            if (region.isEmpty() || !isRegionText(region) || capitalisedWords(region) == 0) {
                return Optional.empty();
            }
        }
        String place = rest;
        int words = capitalisedWords(place);
        String upper = place.toUpperCase(Locale.ROOT);
        if (words < 1 || words > MAX_PLACE_LINE_WORDS || place.endsWith(".") || AGENCIES.contains(upper)
                || LABELS.contains(upper) || !Towns.NAMES.contains(upper)) {
            return Optional.empty();
        }
        String written = region;
        return placeBeforeStory(text, start, lineEnd, place).map(m -> new Match(new Dateline(m.dateline().location(),
                m.dateline().locationDisplay(), written, null, null, agency), m.start(), m.end()));
    }

    /**
     * An agency's credit line with a numeric date and a time, alone on the first line: Anadolu's Turkish
     * service "AA 29.10.2025 04:51", then the story. The agency must be listed and the date day, month and
     * year ("29.10.2025", "29/10/2025"); the time ("04:51") may follow. The dateline has no place.
     */
    static Optional<Match> agencyDateTime(String text, int start, LocalDate reference) {
        int lineEnd = lineEndWithin(text, start, MAX_AGENCY);
        if (lineEnd < 0) {
            return Optional.empty();
        }
        String[] fields = SPACES.split(text.substring(start, lineEnd).strip());
        if (fields.length < 2 || fields.length > 3 || !AGENCIES.contains(fields[0].toUpperCase(Locale.ROOT))) {
            return Optional.empty();
        }
        LocalDate date = numericDate(fields[1]);
        if (date == null || date.isAfter(reference.plusDays(2)) || fields.length == 3 && !isClockTime(fields[2])) {
            return Optional.empty();
        }
        int story = lineEnd;
        while (story < text.length() && Character.isWhitespace(text.charAt(story))) {
            story++;
        }
        if (story >= text.length() || !Character.isUpperCase(text.charAt(story))) {
            return Optional.empty();
        }
        return Optional.of(new Match(new Dateline(null, null, null, fields[1], date, fields[0]), start, story));
    }

    /**
     * The line break ending the line at {@code start} when it is at most {@code max} characters on, else -1: a
     * bounded look, so a text with no early line break costs a few characters, not a scan of the whole.
     */
    private static int lineEndWithin(String text, int start, int max) {
        int end = Math.min(text.length(), start + max + 1);
        for (int k = start; k < end; k++) {
            if (text.charAt(k) == '\n') {
                return k;
            }
        }
        return -1;
    }

    /** "29.10.2025", "29/10/2025", "29-10-2025" (day first), else null. */
    private static LocalDate numericDate(String s) {
        if (s.length() != 10 || s.charAt(2) != s.charAt(5) || ".-/".indexOf(s.charAt(2)) < 0) {
            return null;
        }
        for (int k = 0; k < 10; k++) {
            if (k != 2 && k != 5 && (s.charAt(k) < '0' || s.charAt(k) > '9')) {
                return null;
            }
        }
        try {
            return LocalDate.of(Integer.parseInt(s.substring(6)), Integer.parseInt(s.substring(3, 5)),
                    Integer.parseInt(s.substring(0, 2)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** "04:51", "18:20". */
    private static boolean isClockTime(String s) {
        return s.length() == 5 && s.charAt(2) == ':' && Character.isDigit(s.charAt(0)) && Character.isDigit(s.charAt(1))
                && Character.isDigit(s.charAt(3)) && Character.isDigit(s.charAt(4));
    }

    /**
     * A dateline of {@code place} alone on the line {@code [start, lineEnd)}, when the story starts on a
     * following line with a capital; else empty.
     */
    private static Optional<Match> placeBeforeStory(String text, int start, int lineEnd, String place) {
        int story = lineEnd;
        while (story < text.length() && Character.isWhitespace(text.charAt(story))) {
            story++;
        }
        if (story >= text.length() || !Character.isUpperCase(text.charAt(story))) {
            return Optional.empty();
        }
        return Optional.of(new Match(new Dateline(place, display(place), null, null, null, null), start, story));
    }

    /**
     * The number of words when every word of {@code s} is a capitalised run of letters (inner
     * hyphens, apostrophes and a final full stop allowed: "Ngozi-Eze", "O'Neil", "Jr."), else 0.
     */
    private static int capitalisedWords(String s) {
        if (s.isEmpty()) {
            return 0;
        }
        String[] words = s.split(" ");
        for (String w : words) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
                return 0;
            }
            for (int k = 1; k < w.length(); k++) {
                char c = w.charAt(k);
                if (!Character.isLetter(c) && c != '-' && c != '\'' && c != '’' && !(c == '.' && k == w.length() - 1)) {
                    return 0;
                }
            }
        }
        return words.length;
    }

    /** Chinese agencies whose copy opens "新华社北京3月3日电". */
    private static final String[] CHINESE_AGENCIES = {"新华社", "中新社", "中新网"};
    /** At most this many characters of place between the agency and the date ("乌鲁木齐", "布宜诺斯艾利斯"). */
    private static final int MAX_CHINESE_PLACE = 8;
    /** At most this many characters inside the credit after 电 ("（记者王明、李华）"). */
    private static final int MAX_CREDIT = 30;

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /**
     * The Chinese agency dateline: agency, place, month 月 day 日, 电 ("dispatched"), then an optional
     * reporter credit in parentheses ("（记者王明）"), then the story. A sentence that merely starts
     * with a place and a date ("北京3月3日的天气...") has no agency and no 电, so it is not one.
     */
    static Optional<Match> chinese(String text, int start, LocalDate reference) {
        String agency = null;
        for (String a : CHINESE_AGENCIES) {
            if (text.startsWith(a, start)) {
                agency = a;
            }
        }
        if (agency == null) {
            return Optional.empty();
        }
        int k = start + agency.length();
        int placeStart = k;
        while (k < text.length() && k - placeStart < MAX_CHINESE_PLACE && isHan(text.charAt(k))) {
            k++;
        }
        int placeEnd = k;
        int dateStart = k;
        int month = 0;
        while (k < text.length() && k - dateStart < 2 && text.charAt(k) >= '0' && text.charAt(k) <= '9') {
            month = month * 10 + text.charAt(k++) - '0';
        }
        if (placeEnd == placeStart || k == dateStart || k >= text.length() || text.charAt(k) != '月') {
            return Optional.empty();
        }
        int dayStart = ++k;
        int day = 0;
        while (k < text.length() && k - dayStart < 2 && text.charAt(k) >= '0' && text.charAt(k) <= '9') {
            day = day * 10 + text.charAt(k++) - '0';
        }
        if (k == dayStart || !text.startsWith("日电", k) || month < 1 || month > 12 || day < 1 || day > 31) {
            return Optional.empty();
        }
        String written = text.substring(dateStart, k + 1);
        k += 2;
        if (k < text.length() && (text.charAt(k) == '（' || text.charAt(k) == '(')) {
            char close = text.charAt(k) == '（' ? '）' : ')';
            int end = text.indexOf(close, k + 1);
            if (end > k && end - k <= MAX_CREDIT) {
                k = end + 1;
            }
        }
        while (k < text.length() && (Character.isWhitespace(text.charAt(k)) || text.charAt(k) == '\u3000')) {
            k++;
        }
        String place = text.substring(placeStart, placeEnd);
        return Optional.of(new Match(new Dateline(place, place, null, written, resolvedDate(0, month, day, reference),
                agency), start, k));
    }

    /** Japanese agencies whose copy opens "【ワシントン共同】" (Kyodo) or "【ロンドン時事】" (Jiji). */
    private static final String[] JAPANESE_AGENCIES = {"共同", "時事"};
    /** Words that open a Korean parenthesis with "=" but credit a photo or graphic, not a dispatch. */
    private static final java.util.Set<String> KOREAN_LABELS = WordSet.of("사진", "그래픽", "자료사진", "영상",
            "제공", "출처", "편집", "일러스트");
    private static final int MAX_BRACKET = 20;

    /**
     * The Japanese agency dateline: place and agency in lenticular brackets, then the story. A
     * bracket without an agency ("【速報】", "【写真】") is a label.
     */
    static Optional<Match> japanese(String text, int start) {
        int close = text.indexOf('】', start + 1);
        if (close < 0 || close - start > MAX_BRACKET) {
            return Optional.empty();
        }
        String inner = text.substring(start + 1, close);
        for (String agency : JAPANESE_AGENCIES) {
            if (inner.endsWith(agency) && inner.length() > agency.length()) {
                String place = inner.substring(0, inner.length() - agency.length()).strip();
                if (place.endsWith("=")) {
                    place = place.substring(0, place.length() - 1).strip();
                }
                if (place.isEmpty() || place.indexOf('\n') >= 0) {
                    return Optional.empty();
                }
                int k = close + 1;
                while (k < text.length() && (Character.isWhitespace(text.charAt(k)) || text.charAt(k) == '\u3000')) {
                    k++;
                }
                return Optional.of(new Match(new Dateline(place, place, null, null, null, agency), start, k));
            }
        }
        return Optional.empty();
    }

    /**
     * The Korean agency dateline: "(서울=연합뉴스) 김민수 기자 = ...": place and agency joined by "=" in
     * parentheses, then an optional reporter credit ending in "기자 =" or "특파원 =". A photo credit
     * ("(사진=연합뉴스)") has the same shape and is left alone.
     */
    static Optional<Match> korean(String text, int start) {
        int close = text.indexOf(')', start + 1);
        int eq = text.indexOf('=', start + 1);
        if (close < 0 || close - start > MAX_BRACKET || eq < 0 || eq > close) {
            return Optional.empty();
        }
        String place = text.substring(start + 1, eq).strip();
        String agency = text.substring(eq + 1, close).strip();
        if (place.isEmpty() || agency.isEmpty() || KOREAN_LABELS.contains(place) || !isWordText(place)
                || !isWordText(agency)) {
            return Optional.empty();
        }
        int k = close + 1;
        int credit = text.indexOf('=', k);
        if (credit > k && credit - k <= MAX_BRACKET && text.substring(k, credit).indexOf('\n') < 0) {
            String byline = text.substring(k, credit).strip();
            if (byline.endsWith("기자") || byline.endsWith("특파원")) {
                k = credit + 1;
            }
        }
        while (k < text.length() && Character.isWhitespace(text.charAt(k))) {
            k++;
        }
        return Optional.of(new Match(new Dateline(place, place, null, null, null, agency), start, k));
    }

    /** Whether every character of {@code word} is ASCII. */
    private static boolean isAsciiWord(String word) {
        for (int k = 0; k < word.length(); k++) {
            if (word.charAt(k) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static boolean isIndicScript(char c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.DEVANAGARI || script == Character.UnicodeScript.BENGALI;
    }

    /** At most this many characters inside an Indic dateline's agency brackets ("(भाषा)", "(বাসস)", "(आईएएनएस)"). */
    private static final int MAX_INDIC_AGENCY = 24;

    /**
     * Datelines of Hindi and Bengali copy, where no capital letter marks the place: one to three words of the
     * script, a comma, a day (Latin or the script's digits) and a month of {@code months.txt}, an optional year,
     * then the agency in brackets and the story, after an optional colon or dash: PTI's Hindi service "नयी दिल्ली,
     * 25 नवंबर (भाषा) केंद्र ...", BSS's Bangla one "ঢাকা, ২৫ নভেম্বর (বাসস) : ...". The bracketed agency is required:
     * a sentence may open with a place and a date, a dateline names its agency.
     */
    static Optional<Match> indic(String text, int start, LocalDate reference) {
        int limit = Math.min(text.length(), start + WINDOW);
        int comma = start;
        while (comma < limit && comma - start <= MAX_LOCATION && text.charAt(comma) != ',') {
            char c = text.charAt(comma);
            if (c != ' ' && !isIndicScript(c)) {
                return Optional.empty();
            }
            comma++;
        }
        if (comma >= limit || text.charAt(comma) != ',') {
            return Optional.empty();
        }
        String place = text.substring(start, comma).strip();
        if (place.isEmpty() || SPACES.split(place).length > 3) {
            return Optional.empty();
        }
        int k = comma + 1;
        while (k < limit && text.charAt(k) == ' ') {
            k++;
        }
        int dateFrom = k;
        int day = 0;
        int digits = 0;
        while (k < limit && digits < 3 && Character.isDigit(text.charAt(k))) {
            day = day * 10 + Character.digit(text.charAt(k), 10);
            digits++;
            k++;
        }
        if (digits == 0 || digits > 2 || day < 1 || day > 31 || k >= limit || text.charAt(k) != ' ') {
            return Optional.empty();
        }
        k++;
        int monthFrom = k;
        while (k < limit && isIndicScript(text.charAt(k))) {
            k++;
        }
        Integer month = MonthNames.of(text.substring(monthFrom, k));
        if (month == null) {
            return Optional.empty();
        }
        int dateEnd = k;
        int year = 0;
        int mark = k;
        while (k < limit && text.charAt(k) == ' ') {
            k++;
        }
        int yearDigits = 0;
        while (k < limit && yearDigits < 5 && Character.isDigit(text.charAt(k))) {
            year = year * 10 + Character.digit(text.charAt(k), 10);
            yearDigits++;
            k++;
        }
        if (yearDigits == 4) {
            dateEnd = k;
        } else {
            year = 0;
            k = mark;
        }
        if (k < limit && (text.charAt(k) == '\u0964' || text.charAt(k) == ':')) {
            // Hindi dailies' own datelines, no agency: a danda or a colon closes the date ("नई दिल्ली, 2 दिसंबर। ...",
            // "जयपुर, 3 दिसंबर: ..."); a sentence does not stop right after a place and a date
            int story = k + 1;
            while (story < text.length() && Character.isWhitespace(text.charAt(story))) {
                story++;
            }
            if (story >= text.length() || !isIndicScript(text.charAt(story))) {
                return Optional.empty();
            }
            return Optional.of(new Match(new Dateline(place, place, null, text.substring(dateFrom, dateEnd),
                    resolvedDate(year, month, day, reference), null), start, story));
        }
        while (k < limit && text.charAt(k) == ' ') {
            k++;
        }
        if (k >= limit || text.charAt(k) != '(') {
            return Optional.empty();
        }
        int close = text.indexOf(')', k + 1);
        if (close < 0 || close - k > MAX_INDIC_AGENCY) {
            return Optional.empty();
        }
        String agency = text.substring(k + 1, close).strip();
        if (agency.isEmpty() || agency.indexOf('\n') >= 0) {
            return Optional.empty();
        }
        k = close + 1;
        while (k < text.length() && text.charAt(k) == ' ') {
            k++;
        }
        // a colon, a dash, or the danda IANS's Hindi copy closes its credit with ("(आईएएनएस)।")
        if (k < text.length() && (text.charAt(k) == ':' || text.charAt(k) == '\u0964' || isDashStart(text.charAt(k)))) {
            k++;
            while (k < text.length() && Character.isWhitespace(text.charAt(k))) {
                k++;
            }
        }
        if (k >= text.length() || !isIndicScript(text.charAt(k)) && !Character.isLetterOrDigit(text.charAt(k))) {
            return Optional.empty(); // a story must follow on the line
        }
        return Optional.of(new Match(new Dateline(place, place, null, text.substring(dateFrom, dateEnd),
                resolvedDate(year, month, day, reference), agency), start, k));
    }

    private static boolean isArabicScript(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC;
    }

    /** Arabic-script agencies named without brackets ("دمشق-سانا", "تهران- ایرنا-", "... م واس"). */
    private static final java.util.Set<String> ARABIC_AGENCIES = WordList.load(DatelineParser.class,
            "dateline-agencies-arabic.txt").stream().map(DatelineParser::foldArabic)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * Month names of Arabic copy, folded: the Egyptian and Gulf names (يناير), the Levantine and
     * Iraqi ones (كانون الثاني, Petra and SANA), the Maghreb's (يونيو, غشت) and Algeria's (جانفي);
     * the Hijri months map to 0: SPA writes the Hijri date first, then the Gregorian one.
     */
    private static final Map<String, Integer> ARABIC_MONTHS = arabicMonths();

    private static Map<String, Integer> arabicMonths() {
        String[][] names = {
                {"يناير", "كانون الثاني", "جانفي"}, {"فبراير", "شباط", "فيفري"}, {"مارس", "آذار"},
                {"أبريل", "إبريل", "نيسان", "أفريل"}, {"مايو", "أيار", "ماي"}, {"يونيو", "يونيه", "حزيران", "جوان"},
                {"يوليو", "يوليه", "تموز", "يوليوز", "جويلية"}, {"أغسطس", "آب", "غشت", "أوت"},
                {"سبتمبر", "أيلول", "شتنبر"}, {"أكتوبر", "تشرين الأول"}, {"نوفمبر", "تشرين الثاني", "نونبر"},
                {"ديسمبر", "كانون الأول", "دجنبر"},
                {"محرم", "صفر", "ربيع الأول", "ربيع الآخر", "ربيع الثاني", "جمادى الأولى", "جمادى الآخرة",
                        "جمادى الثانية", "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة"}};
        java.util.HashMap<String, Integer> months = new java.util.HashMap<>();
        for (int m = 0; m < names.length; m++) {
            for (String name : names[m]) {
                months.put(foldArabic(name), m == 12 ? 0 : m + 1);
            }
        }
        return Map.copyOf(months);
    }

    /**
     * Folds the spellings Arabic-script copy mixes: diacritics and tatweel dropped, hamza-carrying
     * alefs to bare alef, alef maqsura and the Persian/Urdu yeh to yeh, the Persian kaf to kaf.
     */
    static String foldArabic(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (Character.getType(c) == Character.NON_SPACING_MARK || c == '\u0640') {
                continue;
            }
            switch (c) {
                case '\u0623', '\u0625', '\u0622', '\u0671' -> sb.append('\u0627');
                case '\u0649', '\u06CC', '\u06D2' -> sb.append(c == '\u06D2' ? c : '\u064A');
                case '\u06A9' -> sb.append('\u0643');
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * Datelines of Arabic-script copy (Arabic, Persian, Urdu), where no capital letter marks the
     * place: up to three words of place, then one of the agencies' forms, all of which end in an
     * agency named in brackets, between slashes or from a short list:
     * KUNA {@code الكويت - 29 - 11 (كونا) --}; WAM, QNA, MENA, BNA, ONA {@code أبوظبي في 14 مايو / وام /};
     * Petra {@code عمان 29 تشرين الثاني (بترا) -}; SPA {@code الرياض 16 جمادى الأولى 1445 هـ الموافق 29 نوفمبر 2023 م واس};
     * WAFA {@code رام الله 5-3-2024 وفا-}; SANA and IRNA {@code دمشق-سانا}, {@code تهران- ایرنا-};
     * Reuters, AFP, APP {@code القاهرة (رويترز) -}, {@code لاہور (اے پی پی) ...}. A sentence that starts
     * with a place and a date ("الرياض في 29 نوفمبر 2023 كانت ...") names no agency; a caption credit
     * ("وزير الخارجية (أ ف ب)" alone on its line) has no dash and no story after it; a colon
     * ("عمان: ...") opens headlines far more often than datelines and is not read.
     */
    static Optional<Match> arabic(String text, int start, LocalDate reference) {
        int limit = Math.min(text.length(), start + WINDOW);
        int k = start;
        int words = 0;
        int placeEnd = start;
        while (k < limit) {
            int w = k;
            while (k < limit && isArabicLetter(text.charAt(k))) {
                k++;
            }
            if (k == w) {
                break;
            }
            if (text.startsWith("\u0641\u064A", w) && k == w + 2 && words > 0) {
                k = w; // "في": "in", before the date
                break;
            }
            words++;
            placeEnd = k;
            if (words > 3) {
                return Optional.empty();
            }
            if (k < limit && text.charAt(k) == ' ' && k + 1 < limit && isArabicLetter(text.charAt(k + 1))) {
                k++;
            } else {
                break;
            }
        }
        if (words == 0 || words > 3) {
            return Optional.empty();
        }
        String place = text.substring(start, placeEnd);
        ArabicScan a = new ArabicScan(text, placeEnd, limit);
        a.spaces();
        if (a.i >= limit) {
            return Optional.empty();
        }
        char c = text.charAt(a.i);
        DateAt date = null;
        if (text.startsWith("\u0641\u064A ", a.i)) {
            // "أبوظبي في 14 مايو / وام /"
            a.i += 3;
            a.spaces();
            date = a.date(reference);
            if (date == null) {
                return Optional.empty();
            }
        } else if (c == '\u060C' || c == ',') {
            // "بيروت، 29 تشرين الثاني (أ ف ب) -"
            a.i++;
            a.spaces();
            date = a.date(reference);
            if (date == null) {
                return Optional.empty();
            }
        } else if (Character.isDigit(c)) {
            date = a.date(reference);
            if (date == null) {
                return Optional.empty();
            }
        } else if (isDashStart(c)) {
            a.dashes();
            a.spaces();
            if (a.i < limit && Character.isDigit(text.charAt(a.i))) {
                // KUNA: "الكويت - 29 - 11 (كونا) --": day, dash, month number.
                date = a.dayDashMonth(reference);
                if (date == null) {
                    return Optional.empty();
                }
            } else {
                // SANA, IRNA: "دمشق-سانا", "تهران- ایرنا-": a listed agency after the dash.
                String agency = a.listedAgency();
                if (agency == null || !a.endsAgency(true, false)) {
                    return Optional.empty();
                }
                return a.story(start, place, null, agency);
            }
        } else if (c == '/') {
            // Anadolu's Arabic service: "أنقرة/ الأناضول أعلنت ...": the place, a slash and a listed agency, then
            // the story on the same line; an agency closed by a second slash ("بيروت / وام /") need not be listed
            // only after a date, so here it must be listed too
            int slash = a.i;
            String agency = a.agency();
            if (agency == null) {
                a.i = slash + 1;
                a.spaces();
                agency = a.listedAgency();
            }
            if (agency == null || !ARABIC_AGENCIES.contains(foldArabic(agency)) || !a.endsAgency(true, true)) {
                return Optional.empty();
            }
            return a.story(start, place, null, agency);
        } else if (c != '(') {
            return Optional.empty();
        }
        String agency = a.agency();
        if (agency == null || !a.endsAgency(date != null, ARABIC_AGENCIES.contains(foldArabic(agency)))) {
            return Optional.empty();
        }
        return a.story(start, place, date, agency);
    }

    /** An Arabic-script letter, or a vowel mark on one (the marks' script is "inherited", not Arabic: "العُمانية"). */
    private static boolean isArabicLetter(char c) {
        return Character.getType(c) == Character.NON_SPACING_MARK || isArabicScript(c) && Character.isLetter(c);
    }

    /** Positions over the window of an Arabic-script dateline; they only move forward. */
    private static final class ArabicScan {
        private final String s;
        private final int limit;
        private int i;

        ArabicScan(String s, int from, int limit) {
            this.s = s;
            this.i = from;
            this.limit = limit;
        }

        void spaces() {
            while (i < limit && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
                i++;
            }
        }

        void dashes() {
            while (i < limit && isDashStart(s.charAt(i))) {
                i++;
            }
        }

        int number(int maxDigits) {
            int from = i;
            int n = 0;
            while (i < limit && i - from <= maxDigits && Character.isDigit(s.charAt(i))) {
                n = n * 10 + Character.digit(s.charAt(i), 10);
                i++;
            }
            if (i == from || i - from > maxDigits) {
                i = from;
                return -1;
            }
            return n;
        }

        /** A month name of one or two words, folded; null (nothing consumed) when none. */
        Integer month() {
            int from = i;
            int end = i;
            while (end < limit && isArabicLetter(s.charAt(end))) {
                end++;
            }
            if (end == from) {
                return null;
            }
            int second = end;
            if (second + 1 < limit && s.charAt(second) == ' ' && isArabicLetter(s.charAt(second + 1))) {
                second++;
                while (second < limit && isArabicLetter(s.charAt(second))) {
                    second++;
                }
                Integer two = ARABIC_MONTHS.get(foldArabic(s.substring(from, second)));
                if (two != null) {
                    i = second;
                    return two;
                }
            }
            Integer one = ARABIC_MONTHS.get(foldArabic(s.substring(from, end)));
            if (one != null) {
                i = end;
            }
            return one;
        }

        /**
         * "14 مايو", "29 تشرين الثاني 2023", "29 نوفمبر 2023 م", "5-3-2024", and SPA's Hijri date
         * followed by the Gregorian one ("16 جمادى الأولى 1445 هـ الموافق 29 نوفمبر 2023 م").
         */
        DateAt date(LocalDate reference) {
            int from = i;
            int day = number(2);
            if (day < 1 || day > 31) {
                i = from;
                return null;
            }
            int month;
            int year = 0;
            if (i < limit && (s.charAt(i) == '-' || s.charAt(i) == '/')) {
                // WAFA: "5-3-2024"
                char sep = s.charAt(i++);
                month = number(2);
                if (month < 1 || month > 12 || i >= limit || s.charAt(i) != sep) {
                    i = from;
                    return null;
                }
                i++;
                year = number(4);
                if (year < 1900) {
                    i = from;
                    return null;
                }
            } else {
                spaces();
                Integer m = month();
                if (m == null) {
                    i = from;
                    return null;
                }
                month = m;
                int mark = i;
                spaces();
                year = number(4);
                if (year < 0) {
                    year = 0;
                    i = mark;
                }
                mark = i;
                spaces();
                if (month == 0) {
                    // A Hijri date: "هـ", then "الموافق" and the Gregorian date, which is the one resolved.
                    if (s.startsWith("\u0647\u0640", i) || s.startsWith("\u0647 ", i)) {
                        i += 2;
                        spaces();
                    }
                    if (!s.startsWith("\u0627\u0644\u0645\u0648\u0627\u0641\u0642", i)) {
                        i = from;
                        return null;
                    }
                    i += 7;
                    spaces();
                    DateAt gregorian = date(reference);
                    if (gregorian == null) {
                        i = from;
                        return null;
                    }
                    return new DateAt(s.substring(from, i).strip(), gregorian.resolved);
                }
                if (s.startsWith("\u0645", i) && (i + 1 >= limit || !isArabicLetter(s.charAt(i + 1)))) {
                    i++; // "م": the Gregorian era
                } else {
                    i = mark;
                }
            }
            return at(from, month, day, year, reference);
        }

        /** KUNA's "29 - 11": day, dash, month number. */
        DateAt dayDashMonth(LocalDate reference) {
            int from = i;
            int day = number(2);
            spaces();
            if (day < 1 || day > 31 || i >= limit || !isDashStart(s.charAt(i))) {
                i = from;
                return null;
            }
            i++;
            spaces();
            int month = number(2);
            if (month < 1 || month > 12) {
                i = from;
                return null;
            }
            return at(from, month, day, 0, reference);
        }

        private DateAt at(int from, int month, int day, int year, LocalDate reference) {
            return new DateAt(s.substring(from, i).strip(), resolvedDate(year, month, day, reference));
        }

        /** The agency after the date: "(كونا)", "/ وام /", "/قنا/", or a listed name ("واس", "وفا-"). */
        String agency() {
            spaces();
            if (i >= limit) {
                return null;
            }
            char open = s.charAt(i);
            if (open == '(' || open == '/') {
                char close = open == '(' ? ')' : '/';
                int end = s.indexOf(close, i + 1);
                if (end < 0 || end >= limit || end - i > MAX_AGENCY) {
                    return null;
                }
                String inner = s.substring(i + 1, end).strip();
                if (inner.isEmpty() || inner.indexOf('\n') >= 0 || !isArabicWords(inner)) {
                    return null;
                }
                i = end + 1;
                return inner;
            }
            return listedAgency();
        }

        /** A name of the Arabic-script agency list at the position (up to three words), else null. */
        String listedAgency() {
            int from = i;
            int end = i;
            String found = null;
            int foundEnd = -1;
            for (int w = 0; w < 3; w++) {
                int e = end;
                while (e < limit && isArabicLetter(s.charAt(e))) {
                    e++;
                }
                if (e == end) {
                    break;
                }
                if (ARABIC_AGENCIES.contains(foldArabic(s.substring(from, e)))) {
                    found = s.substring(from, e);
                    foundEnd = e;
                }
                if (e + 1 < limit && s.charAt(e) == ' ' && isArabicLetter(s.charAt(e + 1))) {
                    end = e + 1;
                } else {
                    break;
                }
            }
            if (found == null) {
                return null;
            }
            i = foundEnd;
            return found;
        }

        /**
         * What ends the agency: a dash; after a date or a dash ({@code strong}) also the end of the
         * line or the story on the same line; after a listed agency in parentheses the story on the
         * same line ("لاہور (اے پی پی) پنجاب ..."), but not the end of a line, where a caption's
         * credit ("وزير الخارجية (أ ف ب)") stands.
         */
        boolean endsAgency(boolean strong, boolean listed) {
            int mark = i;
            spaces();
            if (i < limit && isDashStart(s.charAt(i))) {
                dashes();
                return true;
            }
            if (i < limit && s.charAt(i) == ':' && (strong || listed)) {
                // Saba's and MAP's colon after the agency: "صنعاء - سبأ : ..."
                i++;
                return true;
            }
            if (i < limit && (s.charAt(i) == '\n' || s.charAt(i) == '\r')) {
                return strong;
            }
            return (strong || listed) && i > mark && i < limit && isArabicLetter(s.charAt(i));
        }

        Optional<Match> story(int start, String place, DateAt date, String agency) {
            int k = i;
            while (k < s.length() && Character.isWhitespace(s.charAt(k))) {
                k++;
            }
            if (k >= s.length() || !Character.isLetter(s.charAt(k))) {
                return Optional.empty();
            }
            return Optional.of(new Match(new Dateline(place, place, null, date == null ? null : date.written,
                    date == null ? null : date.resolved, agency), start, k));
        }
    }

    private static boolean isArabicWords(String inner) {
        for (int k = 0; k < inner.length(); k++) {
            char c = inner.charAt(k);
            if (!(isArabicLetter(c) || c == ' ')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWordText(String s) {
        for (int k = 0; k < s.length(); k++) {
            if (!Character.isLetter(s.charAt(k)) && s.charAt(k) != ' ') {
                return false;
            }
        }
        return true;
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

        /**
         * UPI without a place: "Nov. 29 (UPI) -- ...": a date, the agency in parentheses and a dash.
         * Only the agencies of {@link #PLACELESS_AGENCIES}: UPI, and Reuters' "March 3 (Reuters) - Oil
         * prices ..." (consumers want the agency even without a place); anything else in parentheses
         * ("March 8 (International Women's Day) --", "Nov. 29 (local time)") is not an agency.
         */
        Optional<Match> datedAgency(LocalDate reference) {
            DateAt date = date(reference);
            if (date == null || date.withDe()) {
                return Optional.empty();
            }
            skipSpaces();
            if (i >= limit || s.charAt(i) != '(') {
                return Optional.empty();
            }
            String agency = parenthesized();
            if (agency == null || !PLACELESS_AGENCIES.contains(agency.toUpperCase(Locale.ROOT))) {
                return Optional.empty();
            }
            skipSpaces();
            if (s.startsWith("--", i) && i + 2 < limit && Character.isUpperCase(s.charAt(i + 2))) {
                // "Dec. 2 (UPI) --Holiday ...": a double hyphen set against the story's first word.
                i += 2;
            } else if (!terminator()) {
                return Optional.empty();
            }
            skipWhitespace();
            return Optional.of(new Match(new Dateline(null, null, null, date.written, date.resolved, agency), begin, i));
        }

        Optional<Match> run(LocalDate reference) {
            if (begin < limit && Character.isUpperCase(s.charAt(begin))) {
                Optional<Match> glued = gluedDash();
                if (glued.isPresent()) {
                    return glued;
                }
                i = begin;
                glued = gluedDoubleHyphen();
                if (glued.isPresent()) {
                    return glued;
                }
                i = begin;
            }
            String location = location();
            if (location == null || isLabel(location) || isSectionHeading(location)) {
                return Optional.empty();
            }
            if (location.length() > 2 && location.endsWith(".") && i < limit && s.charAt(i) == '-'
                    && fullStopOfDash(location)) {
                // EFE's "Bogotá.- Al menos ...", Latin American papers' "LIMA.- El Congreso ...": the full stop
                // belongs to the ".-" dash, not to the place; "D.C.-" keeps it (an abbreviation's letters)
                location = location.substring(0, location.length() - 1);
            }
            int dotSpace = location.indexOf(". ");
            if (dotSpace > 0 && isAllCaps(location.substring(0, dotSpace))
                    && MonthNames.isMonth(location.substring(dotSpace + 2).toLowerCase(Locale.ROOT))) {
                // Interfax: "MOSCOW. March 3 (Interfax) -": a full stop, then the date.
                i = begin + dotSpace + 1;
                skipSpaces();
                DateAt date = date(reference);
                return date == null ? Optional.empty() : afterDate(location.substring(0, dotSpace), null, date);
            }
            if (dotSpace > 0 && isAllCaps(location.substring(0, dotSpace))
                    && AGENCIES.contains(location.substring(dotSpace + 2).toUpperCase(Locale.ROOT))) {
                // Kazinform: "ASTANA. KAZINFORM - ...": a full stop, then the agency.
                return terminator() ? found(location.substring(0, dotSpace), null, null, null,
                        location.substring(dotSpace + 2)) : Optional.empty();
            }
            boolean allCaps = isAllCaps(location);
            skipSpaces();
            // "MAIDUGURI (Borno, Nigeria), Jan 9", "Srinagar (Jammu and Kashmir) [India], March 3",
            // "LUSAKA (Zambia) (NNN-ZANIS) --": a parenthesised or bracketed qualifier is a region when
            // more follows it (a comma, another bracket); otherwise the parentheses name the agency.
            StringBuilder regions = new StringBuilder();
            while (true) {
                // "SEOUL (URGENT) --", "ILOILO CITY (PNA) (UPDATE) --": a status flag is skipped, not read as
                // the agency or a region.
                skipFlags();
                if (i >= limit || s.charAt(i) != '(' && s.charAt(i) != '[') {
                    break;
                }
                boolean bracket = s.charAt(i) == '[';
                String inner = bracket ? bracketed() : parenthesized();
                if (inner == null) {
                    return Optional.empty();
                }
                skipSpaces();
                skipFlags();
                boolean more = i < limit && (s.charAt(i) == ',' || s.charAt(i) == '(' || s.charAt(i) == '[');
                if (!more && !bracket) {
                    // "KUALA LUMPUR (June 11): There were ...": the date in parentheses, no agency.
                    DateAt inParentheses = dateOnly(inner, reference);
                    if (inParentheses != null) {
                        int mark = i;
                        if (i < limit && s.charAt(i) == ':') {
                            i++;
                            if (colonOpensStory(allCaps)) {
                                return found(location, regionOrNull(regions), inParentheses.written,
                                        inParentheses.resolved, null);
                            }
                            return Optional.empty();
                        }
                        i = mark;
                        return terminator() && (allCaps || opensSentence()) ? found(location, regionOrNull(regions),
                                inParentheses.written, inParentheses.resolved, null) : Optional.empty();
                    }
                    // "ROSARIO (Corresponsal).- ...", "MOSUL (Special Correspondent) -": the desk's own reporter in
                    // parentheses where an agency stands; the dateline has no agency
                    if (isReporterCredit(inner)) {
                        return agencyEnd(false) ? found(location, regionOrNull(regions), null, null, null)
                                : Optional.empty();
                    }
                    // "KUALA LUMPUR (file): ...": a label in parentheses is a caption, not an agency.
                    if (isLabel(inner)) {
                        return Optional.empty();
                    }
                    // MindaNews and other outlets: "ZAMBOANGA CITY (MindaNews / 25 November) —": the agency and the
                    // date together in the parentheses, a slash between them
                    int slashAt = inner.lastIndexOf(" / ");
                    DateAt slashDate = slashAt > 0 ? dateOnly(inner.substring(slashAt + 3).strip(), reference) : null;
                    if (slashDate != null) {
                        String named = inner.substring(0, slashAt).strip();
                        return !named.isEmpty() && Character.isLetter(named.charAt(0)) && !isLabel(named)
                                && agencyEnd(false) ? found(location, regionOrNull(regions), slashDate.written,
                                slashDate.resolved, named) : Optional.empty();
                    }
                    // "WASHINGTON (Reuters) -", "NEW DELHI (PTI):", "SEVILLA (EFE).-"
                    // a region's bracket before a listed agency in lower case: "Demmin (LK MSE) (ots). Ein ..."
                    boolean listed = AGENCIES.contains(inner.toUpperCase(Locale.ROOT));
                    if (regions.length() > 0 && !isRegionText(inner) && !listed) {
                        return Optional.empty();
                    }
                    return agencyEnd(false) || sentenceAfterListedAgency(location, inner, regions.length() > 0)
                            ? found(location, regionOrNull(regions), null, null, inner) : Optional.empty();
                }
                if (!isRegionText(inner)) {
                    return Optional.empty();
                }
                appendRegion(regions, inner);
                if (!more) {
                    break;
                }
            }
            if (i >= limit) {
                return Optional.empty();
            }
            char c = s.charAt(i);
            if (c >= '0' && c <= '9' && i > begin && s.charAt(i - 1) == ' ') {
                // CTK: "Praha 3. března (ČTK) - ...": place and date without a comma; only with an agency
                // after the date, since "Praha 3" is also a district.
                int dateStart = i;
                DateAt date = date(reference);
                if (date == null) {
                    // Belga: "BRUXELLES 30/11 (BELGA) = Le ...": a numeric day and month, the agency, "=" or a dash
                    i = dateStart;
                    DateAt numeric = numericDate(reference);
                    if (numeric == null) {
                        return Optional.empty();
                    }
                    skipSpaces();
                    if (i >= limit || s.charAt(i) != '(') {
                        return Optional.empty();
                    }
                    String agency = parenthesized();
                    return agency != null && !isLabel(agency) && agencyEnd(false)
                            ? found(location, regionOrNull(regions), numeric.written, numeric.resolved, agency)
                            : Optional.empty();
                }
                if (location.length() > 2 && location.endsWith(".") && i < limit
                        && (s.charAt(i) == '.' || s.charAt(i - 1) == '.')) {
                    // Report.az, APA: "Baku. 8 June. REPORT.AZ/ The ...": the place and the date closed by full
                    // stops, then the outlet closed by a slash
                    String outlet = slashOutlet();
                    return outlet == null ? Optional.empty() : found(location.substring(0, location.length() - 1),
                            regionOrNull(regions), date.written, date.resolved, outlet);
                }
                skipSpaces();
                if (i < limit && s.charAt(i) == '/') {
                    // "Brno 24. listopadu /ČTK/ - ...": the agency between slashes
                    String slashed = slashedAgency();
                    return slashed != null && !isLabel(slashed)
                            ? found(location, regionOrNull(regions), date.written, date.resolved, slashed)
                            : Optional.empty();
                }
                if (i >= limit || s.charAt(i) != '(') {
                    return Optional.empty();
                }
                String agency = parenthesized();
                return agency != null && !isLabel(agency) && agencyEnd(true)
                        ? found(location, regionOrNull(regions), date.written, date.resolved, agency) : Optional.empty();
            }
            if (c == ':') {
                // "ISLAMABAD: ...", "Lahore: The ..." (not "Note: ...", "Lahore: a city of ...").
                i++;
                if (!isPlaceLike(location)) {
                    return Optional.empty();
                }
                if (allCaps && regions.length() == 0 && gluedSentence()) {
                    // "ISLAMABAD:The cabinet ...": no space after the colon, but a capitalised sentence
                    // follows ("NOTE:x", "10:30", "3:1" and URLs are not all-capitals places).
                    return found(location, null, null, null, null);
                }
                if (!colonOpensStory(allCaps)) {
                    return Optional.empty();
                }
                if (!allCaps && !isAllLower(location) && !isListedTowns(location)) {
                    // "Lahore: The ...", "Islamabad/Kabul: ..." are towns of the list; "Tonight: Cloudy ...",
                    // "Currencies: Euro ...", "Above: Volunteers ..." are weather, market and caption labels
                    return Optional.empty();
                }
                if (!allCaps && !isAllLower(location) && (!isLargeTowns(location) || !ledeFollows())) {
                    // The Gulf and South Asian papers' "Dubai: The RTA on Tuesday announced ..." against a city's
                    // headline, "Lagos: Residents decry flooding in Lekki.", "Jakarta: Banjir rendam ...": the
                    // same shape, told apart by the grammar after the colon; a story's lede is an English
                    // sentence with a past tense, an auxiliary or a reporting verb, a headline has none. The
                    // place is a town of 15,000 people or more (the German villages' list holds "Tip", "Toss")
                    return Optional.empty();
                }
                if (regions.length() == 0 && priceFollows()) {
                    // a market or price line: "BRENT: $71.20 a barrel", "GOLD: 2,310.50" (Brent is a listed London
                    // borough); no dateline's story opens with a price or a quote
                    return Optional.empty();
                }
                if (allCaps && !opensSentence() && !isListedTown(location)) {
                    // "RESULTS: Harbour 2, Bayview 1": a word of capitals that is no town, before a line that is no
                    // sentence, is a label; "ISLAMABAD: Police said ..." and listed towns stay datelines
                    return Optional.empty();
                }
                return found(location, regionOrNull(regions), null, null, null);
            }
            if (wireBracketAfterName(i) == i) {
                // Business Wire: "SAN FRANCISCO--(BUSINESS WIRE)--Acme Inc. today announced ...", also with the
                // en dashes web pages set for the double hyphens ("TAMPA–(BUSINESS WIRE)–Suncoast ...")
                i += c == '-' ? 2 : 1;
                String agency = wireInDoubleHyphens(allCaps);
                return agency == null ? Optional.empty() : found(location, regionOrNull(regions), null, null, agency);
            }
            if (isDashStart(c)) {
                // "RPT --LUDWIGSHAFEN, ...": a flag before the dateline, not its place.
                if (!isPlaceLike(location) || isFlag(location) || routeHead(i) || !terminator()) {
                    return Optional.empty();
                }
                // "ISTANBUL - Anadolu Agency" alone on its line, then the story.
                String lineAgency = agencyAloneOnLine();
                if (lineAgency != null) {
                    return found(location, regionOrNull(regions), null, null, lineAgency);
                }
                // "BRUXELLES — UNE SEMAINE DE GRÈVES": a heading in capitals after the dash, not a story;
                // "LOS ANGELES — the city, not the county — will pay ...": an aside between typeset dashes
                // "ISTANBUL – a photo essay", "KYIV — in pictures": a label's lower-case words after a typeset dash
                // (a story opens with a capital; "SAN JOSE — eBay said ..." keeps its name's capital)
                return (allCaps || opensSentence()) && !(isTypesetDash(c) && (capitalsHeading() || asideCloses()
                        || lowerCaseWordNext()))
                        ? found(location, regionOrNull(regions), null, null, null) : Optional.empty();
            }
            if ((c == '\n' || c == '\r') && regions.length() == 0 && location.indexOf('-') > 0) {
                // Anadolu's English service: "ANKARA-Anadolu Agency" alone on its line, then the story.
                int hyphen = location.indexOf('-');
                String place = location.substring(0, hyphen).strip();
                String agency = location.substring(hyphen + 1).strip();
                if (AGENCIES.contains(agency.toUpperCase(Locale.ROOT)) && isPlaceLike(place)
                        && !AGENCIES.contains(place.toUpperCase(Locale.ROOT)) && lineBreakThenCapital()) {
                    return found(place, null, null, null, agency);
                }
                return Optional.empty();
            }
            if (c == '\n' || c == '\r') {
                // Anadolu: the place alone on the first line, then a blank line; in capitals ("ANKARA")
                // or in mixed case ("Ankara"), where a section heading looks the same unless it is a
                // label or a country ("Politics", "Pakistan"), and the story must open with a capital.
                if (regions.length() > 0 || !isPlaceLike(location) || !blankLineFollows()) {
                    return Optional.empty();
                }
                if (allCaps ? !isStandalonePlace(location) || AGENCIES.contains(location)
                        : !isMixedCasePlaceAlone(location) || !capitalAfterBlank()) {
                    return Optional.empty();
                }
                return found(location, null, null, null, null);
            }
            if (c != ',') {
                return Optional.empty();
            }
            i++;
            if (regions.length() == 0 && commaEndsLine(location, allCaps)) {
                // "KANO," alone on its line (a wire's dateline whose date and agency a page left out)
                return found(location, null, null, null, null);
            }
            // Up to three region segments ("New Zealand", "N.J.", "Calif.") before the date.
            int regionStart = -1;
            int regionEnd = -1;
            for (int segment = 0; segment <= 2; segment++) {
                skipSpaces();
                if (segment == 0) {
                    // WAFA: "RAMALLAH, Tuesday, December 1, 2026 (WAFA) - ...": the weekday before the date is
                    // neither region nor date
                    int w = i;
                    while (w < limit && Character.isLetter(s.charAt(w))) {
                        w++;
                    }
                    if (w > i && w < limit && s.charAt(w) == ',' && WEEKDAYS.contains(s.substring(i, w)
                            .toUpperCase(Locale.ROOT))) {
                        i = w + 1;
                        skipSpaces();
                    }
                }
                int mark = i;
                String region = regionStart < 0 ? regionOrNull(regions)
                        : joined(regions, s.substring(regionStart, regionEnd).strip());
                DateAt date = date(reference);
                if (date != null) {
                    return afterDate(location, region, date);
                }
                i = mark;
                if (segment == 0 && s.startsWith("le ", i)) {
                    // AFP's French copy: "Paris, le 30 novembre 2026 (AFP) - ...": the article before the date; only
                    // with an agency after it ("Bruxelles, le 30 novembre 2026" alone heads a letter)
                    i += 3;
                    skipSpaces();
                    DateAt withLe = date(reference);
                    skipSpaces();
                    // CNW's French releases set the wire in slashes there: "MONTRÉAL, le 24 nov. 2026 /CNW/ - ..."
                    if (withLe != null && i < limit && (s.charAt(i) == '(' || s.charAt(i) == '/')) {
                        return afterDate(location, region, withLe);
                    }
                    i = mark;
                }
                if (segment == 0) {
                    // "SURABAYA, kabarjatim.net - ...", "JAKARTA, KOMPAS.com -": the outlet's domain after the place
                    String outlet = domainThenDash();
                    if (outlet != null) {
                        return found(location, region, null, null, outlet);
                    }
                    i = mark;
                }
                if (segment == 0 && i < limit && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                    // KNA, AIP: "Köln, 30.11.2026 (KNA) Das ...": a numeric date, then an agency in parentheses
                    DateAt numeric = numericDate(reference);
                    if (numeric != null) {
                        skipSpaces();
                        if (i < limit && s.charAt(i) == '(') {
                            String agency = parenthesized();
                            if (agency != null && !isLabel(agency) && agencyEnd(true)) {
                                return found(location, region, numeric.written, numeric.resolved, agency);
                            }
                        }
                        return Optional.empty();
                    }
                    i = mark;
                    // Europa Press: "SEVILLA, 14 (EUROPA PRESS)": the day alone, then the agency, then the
                    // story on the same line or after a line break ("Madrid, 14 años después ..." is not one).
                    int day = day();
                    int dayEnd = i;
                    skipSpaces();
                    if (day >= 1 && day <= 31 && i > dayEnd && i < limit && s.charAt(i) == '(') {
                        String agency = parenthesized();
                        if (agency != null && !isLabel(agency) && (agencyEnd(true) || lineBreakThenCapital())) {
                            return found(location, region, s.substring(mark, dayEnd), dayOnly(day, reference), agency);
                        }
                        return Optional.empty();
                    }
                    // "ZAGREB, 29. studenoga (Hina) -", "BEOGRAD, 29. novembra (Tanjug) -": a day and a month
                    // this reader has no name for; with an agency in parentheses after it the place and the
                    // agency are still read, the date is kept as written and left unresolved.
                    i = dayEnd;
                    if (day >= 1 && day <= 31 && i < limit && s.charAt(i) == '.') {
                        i++;
                    }
                    skipSpaces();
                    String monthWord = word();
                    if (day >= 1 && day <= 31 && monthWord != null && monthWord.length() >= 3
                            && (Character.isLowerCase(monthWord.charAt(0)) || !isLatin(monthWord.charAt(0)))) {
                        if (i < limit && s.charAt(i) == '.') {
                            i++; // an abbreviation's stop: "22 dets. (ERR)"
                        }
                        int monthEnd = i;
                        skipSpaces();
                        if (i < limit && s.charAt(i) == '(') {
                            String agency = parenthesized();
                            if (agency != null && !isLabel(agency) && agencyEnd(true)) {
                                return found(location, region, s.substring(mark, monthEnd), null, agency);
                            }
                        } else if (i < limit && s.charAt(i) == '/') {
                            // the agency between slashes, as Agerpres and TASS set it: "Iași, 22 brum /AGERPRES/ -"
                            String agency = slashedAgency();
                            if (agency != null && !isLabel(agency)) {
                                return found(location, region, s.substring(mark, monthEnd), null, agency);
                            }
                        }
                    }
                    return Optional.empty();
                }
                if (segment == 0 && i < limit && Character.isLowerCase(s.charAt(i))) {
                    // MTI: "Debrecen, október 21. (MTI) -": a month this reader has no name for, then the day;
                    // read as in "ZAGREB, 29. studenoga (Hina) -" above, only with an agency in parentheses.
                    String monthWord = word();
                    skipSpaces();
                    int dayStart = i;
                    int day = monthWord != null && monthWord.length() >= 3 ? day() : -1;
                    if (day >= 1 && day <= 31) {
                        if (i < limit && s.charAt(i) == '.') {
                            i++;
                        }
                        int dateEnd = i;
                        skipSpaces();
                        if (i > dayStart && i < limit && s.charAt(i) == '(') {
                            String agency = parenthesized();
                            if (agency != null && !isLabel(agency) && agencyEnd(true)) {
                                return found(location, region, s.substring(mark, dateEnd), null, agency);
                            }
                        }
                    }
                    i = mark;
                }
                if (i < limit && s.charAt(i) == '(') {
                    Optional<Match> credit = creditGroup(location, region, reference);
                    if (credit != null) {
                        return credit;
                    }
                    i = mark;
                }
                if (segment == 0 && i < limit && s.charAt(i) == '(') {
                    // Prensa Latina: "Havana, (Prensa Latina) The ...": the date left out after the comma. Parts
                    // joined by spaced dashes with no date closing them are not an agency's name.
                    String agency = parenthesized();
                    return agency != null && !isLabel(agency) && agency.indexOf(" - ") < 0 && agency.indexOf(" / ") < 0
                            && agencyEnd(true)
                            ? found(location, region, null, null, agency) : Optional.empty();
                }
                if (segment == 0 && i < limit && isDashStart(s.charAt(i))) {
                    // "KUCHING, — State officials ...": the same, with a dash.
                    return terminator() && (allCaps || opensSentence())
                            ? found(location, region, null, null, null) : Optional.empty();
                }
                // Business Wire after a state, province or country: "AUSTIN, Texas--(BUSINESS WIRE)--", "IRVINE,
                // Calif.--(BUSINESS WIRE)--"; the double hyphen closes the region, which keeps no dash of it
                int wireOpen = wireBracketAfterName(mark);
                if (wireOpen > mark) {
                    String withWire = joined(regions, s.substring(regionStart < 0 ? mark : regionStart,
                            wireOpen).strip());
                    i = wireOpen + (s.charAt(wireOpen) == '-' ? 2 : 1);
                    String agency = wireInDoubleHyphens(allCaps);
                    if (agency != null) {
                        return found(location, withWire, null, null, agency);
                    }
                    i = mark;
                }
                // "Tehran, IRNA –", "Riyadh, SPA --", "Kyiv, Ukrinform.": a known agency without parentheses.
                String named = knownAgency();
                if (named != null) {
                    return found(location, region, null, null, named);
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
                            String withThis = joined(regions,
                                    s.substring(regionStart < 0 ? mark : regionStart, dot + 1).strip());
                            return found(location, withThis, afterRegion.written, afterRegion.resolved, null);
                        }
                        return Optional.empty();
                    }
                }
                i = mark;
                // "KISUMU, Kenya Nov 26 -", "MULTAN, Pakistan March 3 (Reuters) -": a region written in full, then the
                // date without a comma between them
                Optional<Match> regionThenDate = regionThenDate(location, regions, regionStart < 0 ? mark : regionStart,
                        mark, reference);
                if (regionThenDate != null) {
                    return regionThenDate;
                }
                i = mark;
                // "TEHRAN, Young Journalists Club (YJC) –": an agency named in full; "KYIV, Ukraine (AP) —",
                // "LONDON, Ont. (Reuters) -": a region, then the agency.
                int open = indexOf('(', i, Math.min(limit, i + MAX_AGENCY + 2));
                if (open > i && isNameRun(i, open)) {
                    i = open;
                    String abbreviation = parenthesized();
                    // "CARMEN, Cotabato (UPDATE) --": a flag, then maybe the agency ("(UPDATE) (PNA) --").
                    boolean flagged = abbreviation != null && isFlag(abbreviation);
                    if (flagged) {
                        skipSpaces();
                        int afterFlag = i;
                        abbreviation = i < limit && s.charAt(i) == '(' ? parenthesized() : null;
                        if (abbreviation == null) {
                            i = afterFlag;
                        }
                    }
                    if (abbreviation != null) {
                        int afterAgency = i;
                        skipSpaces();
                        if (!skipFlags()) {
                            i = afterAgency;
                        }
                    }
                    // "CLEVELAND, Tenn. (AP) A sheriff says ...": AP's web copy drops the dash; an all-capitals
                    // place and a listed agency still make it a dateline when the story's capital follows
                    boolean dashless = allCaps && abbreviation != null
                            && AGENCIES.contains(abbreviation.toUpperCase(Locale.ROOT));
                    if ((abbreviation != null || flagged) && agencyEnd(dashless)) {
                        String name = s.substring(mark, open).strip();
                        if (abbreviation != null && isInitialsOf(abbreviation, name)) {
                            return found(location, region, null, null, name + " (" + abbreviation + ")");
                        }
                        String withThis = joined(regions, s.substring(regionStart < 0 ? mark : regionStart, open).strip());
                        return found(location, withThis, null, null, abbreviation);
                    }
                    return Optional.empty();
                }
                i = mark;
                int nameEnd = nameEnd(i);
                if (nameEnd <= i || !isNameRun(i, nameEnd)) {
                    return Optional.empty();
                }
                String withThis = joined(regions, s.substring(regionStart < 0 ? mark : regionStart, nameEnd).strip());
                int after = nameEnd;
                while (after < limit && s.charAt(after) == ' ') {
                    after++;
                }
                char next = after < limit ? s.charAt(after) : 0;
                if (next == ',') {
                    if (regionStart < 0) {
                        regionStart = i;
                    }
                    regionEnd = nameEnd;
                    i = after + 1;
                    continue;
                }
                i = after;
                if (!isAllLower(location) && !isRegionName(s.substring(regionStart < 0 ? mark : regionStart, nameEnd))) {
                    // "GM, Ford cut output as sales fall —", "Nigeria, Ghana sign power deal —": a headline naming
                    // two parties, not a place and its region
                    return Optional.empty();
                }
                // "DAKAR, Senegal —", "QUITO, ECUADOR—", "HERAT, Afghanistan:", "GAZA CITY, Palestine" alone.
                if (next == ':') {
                    i++;
                    return colonOpensStory(allCaps) ? found(location, withThis, null, null, null) : Optional.empty();
                }
                if (isDashStart(next)) {
                    if (next == '-' && after == nameEnd && withThis.endsWith(".") && fullStopOfDash(withThis)
                            && lastWordLetters(withThis) >= MIN_FULL_REGION) {
                        // "Culiacán, Sinaloa.- Un incendio ...": the full stop is the ".-" dash's; an
                        // abbreviated state keeps it ("GUADALAJARA, Jal.-", "TAMPA, Fla.-")
                        withThis = withThis.substring(0, withThis.length() - 1);
                    }
                    String agency = next == '-' && after == nameEnd && !allCaps && regions.length() == 0
                            ? abbreviatedAgency(withThis) : null;
                    if (agency != null) {
                        // Paraguay's IP, Latin American papers: "Asunción, IP.- El ...": after a mixed-case place,
                        // a word of capitals closed by the ".-" dash's full stop is the agency; a state's
                        // abbreviation is written in mixed case there ("Culiacán, Sin.-")
                        return terminator() && opensSentence() ? found(location, null, null, null, agency)
                                : Optional.empty();
                    }
                    return terminator() && (allCaps || opensSentence()) && !(isTypesetDash(next) && capitalsHeading())
                            ? found(location, withThis, null, null, null) : Optional.empty();
                }
                if ((next == '\n' || next == '\r') && allCaps && blankLineFollows()) {
                    return found(location, withThis, null, null, null);
                }
                if (next == '|') {
                    // "KAMPALA, Uganda | THE INDEPENDENT | The police ...": the outlet between bars, then the story
                    String outlet = barredOutlet();
                    return outlet != null && (allCaps || opensSentence())
                            ? found(location, withThis, null, null, outlet) : Optional.empty();
                }
                return Optional.empty();
            }
            return Optional.empty();
        }

        /**
         * What may follow a date: an agency in parentheses ("(Xinhua) --", "(ANI):", "(PTI) The"), a
         * known agency after a comma ("2023, SPA --", ", ARMENPRESS."), "/TASS/.", a dash, a colon,
         * the end of the line ("Jammu, March 3, 2023" alone), or the story itself when it starts
         * with a capital ("New Delhi, August 3 The ...").
         */
        private Optional<Match> afterDate(String location, String region, DateAt date) {
            int mark = i;
            skipSpaces();
            boolean spaced = i > mark;
            if (date.withDe() && (i >= limit || s.charAt(i) != '(' && s.charAt(i) != '/')) {
                // "Rosario, 12 de octubre de 2023" alone is a letter's heading; Télam and EFE put their
                // agency after such a date, "Rosario, 12 de octubre (Télam).-", release wires between slashes,
                // "São Paulo, 2 de dezembro de 2026 /PRNewswire/ --"; Central American papers a
                // dash and the story, "San Salvador, 30 de noviembre de 2026.- El Ministerio ..."
                int beforeDash = i;
                // "Quito, 24 de noviembre. - El ...": the date's full stop (read with the month), then a spaced dash
                boolean stopThenDash = date.written().endsWith(".") && i > mark && i < limit
                        && isDashStart(s.charAt(i));
                if (i >= limit || !stopThenDash && (i > mark || s.charAt(i) != '.' && s.charAt(i) != '-')
                        || !terminator() || !opensSentence()) {
                    i = beforeDash;
                    return Optional.empty();
                }
                return found(location, region, date.written, date.resolved, null);
            }
            if (i + 2 < limit && s.charAt(i) == '.' && s.charAt(i + 1) == ' ' && s.charAt(i + 2) == '(') {
                // MTI: "Budapest, november 29. (MTI) -": the day's full stop, then the agency.
                i += 2;
            }
            skipWeekdayAfter();
            if (i < limit && (s.charAt(i) == '(' || s.charAt(i) == '[')) {
                // "(Xinhua) --", and AlterPresse's "[AlterPresse] ---"
                String agency = s.charAt(i) == '(' ? parenthesized() : bracketed();
                if (agency == null || !agencyEnd(true)) {
                    return Optional.empty();
                }
                return found(location, region, date.written, date.resolved, agency);
            }
            if (i < limit && (s.charAt(i) == '.' || s.charAt(i) == '/')) {
                // "April 30. /TASS/.", "March 3, 2023 /PRNewswire/ --"
                int k = s.charAt(i) == '.' ? i + 1 : i;
                while (k < limit && s.charAt(k) == ' ') {
                    k++;
                }
                if (k < limit && s.charAt(k) == '/') {
                    i = k;
                    String agency = slashedAgency();
                    return agency == null ? Optional.empty()
                            : found(location, region, date.written, date.resolved, agency);
                }
            }
            if (i < limit && s.charAt(i) == ',') {
                i++;
                skipSpaces();
                if (i < limit && s.charAt(i) == '(') {
                    // GNA: "ACCRA, Nov. 30, (GNA) - ...": a comma after the date, then the agency in parentheses
                    String agency = parenthesized();
                    return agency != null && !isLabel(agency) && agencyEnd(true)
                            ? found(location, region, date.written, date.resolved, agency) : Optional.empty();
                }
                String named = knownAgency();
                return named == null ? Optional.empty() : found(location, region, date.written, date.resolved, named);
            }
            if (i < limit && s.charAt(i) == ':') {
                // "CAIRO, June 2: Egypt's ...", "Srinagar, Mar 3: The ..." (not "Srinagar, Mar 3: a photo essay").
                i++;
                return colonOpensStory(isAllCaps(location)) && !lowerCaseNext()
                        ? found(location, region, date.written, date.resolved, null) : Optional.empty();
            }
            if (i >= s.length() || s.charAt(i) == '\n' || s.charAt(i) == '\r') {
                // Trend: "Baku, Azerbaijan, Dec. 19" alone, then "Trend:" or "By Umid Aliyev - Trend:" on the next line.
                int lineEnd = i;
                String credit = agencyLine();
                if (credit != null) {
                    return found(location, region, date.written, date.resolved, credit);
                }
                i = lineEnd;
                if (salutationNext()) {
                    // "Roma, 30 novembre 2026" / "Gentile direttore, ...": a letter's place and date, not a dateline
                    return Optional.empty();
                }
                return found(location, region, date.written, date.resolved, null);
            }
            if (spaced && i < limit && Character.isUpperCase(s.charAt(i))) {
                // Kyodo: "OSAKA, Oct. 8 Kyodo - ...": a listed agency without parentheses after the date.
                int before = i;
                String named = knownAgency();
                if (named != null) {
                    return found(location, region, date.written, date.resolved, named);
                }
                i = before;
                // Kyodo's summaries: "TOKYO, Oct. 6 Kyodo" alone on its line.
                String word = word();
                int afterWord = i;
                skipSpaces();
                if (word != null && AGENCIES.contains(word.toUpperCase(Locale.ROOT))
                        && (i >= s.length() || s.charAt(i) == '\n' || s.charAt(i) == '\r')) {
                    i = afterWord;
                    return found(location, region, date.written, date.resolved, word);
                }
                i = before;
                // AAP, NZPA, AVN: "WELLINGTON, Nov 30 NZPA - ...", "Caracas, 14 Ago. AVN.- ...": a word of
                // capitals after the date, then a dash, is the agency, listed or not (not a label or a flag)
                if (word != null && word.length() >= 2 && word.length() <= MAX_BARE_AGENCY && isAllCaps(word)
                        && !isLabel(word) && !isFlag(word)) {
                    i = afterWord;
                    int afterName = i;
                    if (s.startsWith(".-", i) || i < limit && s.charAt(i) == ' ') {
                        if (terminator()) {
                            return found(location, region, date.written, date.resolved, word);
                        }
                    }
                    i = afterName;
                }
                i = before;
                return found(location, region, date.written, date.resolved, null);
            }
            i = mark;
            skipSpaces();
            boolean typesetDash = i < limit && (s.charAt(i) == '–' || s.charAt(i) == '—');
            i = mark;
            if (!terminator()) {
                return Optional.empty();
            }
            int afterDash = i;
            // RIA: "МОСКВА, 3 мар — РИА Новости. ...": the agency after the dash, then a full stop.
            String trailing = trailingAgency();
            if (trailing != null) {
                return found(location, region, date.written, date.resolved, trailing);
            }
            i = afterDash;
            // "Москва, 3 марта — день, когда ...": a sentence about the date, not a dateline. Only after a
            // typeset dash: Reuters' Latin American desk wrote whole stories in lower case after " - ".
            if (typesetDash && lowerCaseNext()) {
                return Optional.empty();
            }
            return found(location, region, date.written, date.resolved, null);
        }

        /**
         * A listed weekday after the date and its comma, as MTI sets it ("2026. december 1., kedd (MTI)") and others
         * ("December 1, Tuesday (WAFA) -"): skipped with the spaces after it; nothing consumed otherwise.
         */
        private void skipWeekdayAfter() {
            int k = i;
            if (k + 1 < limit && s.charAt(k) == '.' && s.charAt(k + 1) == ',') {
                k++;
            }
            if (k >= limit || s.charAt(k) != ',') {
                return;
            }
            k++;
            while (k < limit && s.charAt(k) == ' ') {
                k++;
            }
            int w = k;
            while (k < limit && Character.isLetter(s.charAt(k))) {
                k++;
            }
            if (k > w && WEEKDAYS.contains(s.substring(w, k).toUpperCase(Locale.ROOT))) {
                i = k;
                skipSpaces();
            }
        }

        /**
         * Pakistani dailies: "KARACHI-A suspect was ...", "PESHAWAR-Police arrested ...": an all-capitals
         * listed town (not a country), a hyphen and the story glued to it. Hyphenated words and pairs stay
         * unread: what follows must be a capital then a lower-case letter or a space ("ANTI-GRAFT",
         * "BADEN-BADEN", "LAHORE-based", "COVID-19" fail), and a sentence.
         */
        private Optional<Match> gluedDash() {
            int k = begin;
            while (k < limit && k - begin <= MAX_LOCATION && (Character.isUpperCase(s.charAt(k)) || s.charAt(k) == ' '
                    || s.charAt(k) == '.')) {
                k++;
            }
            if (k + 2 >= limit || s.charAt(k) != '-' || k - begin < 3 || s.charAt(k - 1) == ' '
                    || !Character.isUpperCase(s.charAt(k + 1))
                    || !(Character.isLowerCase(s.charAt(k + 2)) || s.charAt(k + 2) == ' ')) {
                return Optional.empty();
            }
            String place = s.substring(begin, k);
            if (!Towns.NAMES.contains(place) || Countries.NAMES.contains(place)) {
                return Optional.empty();
            }
            i = k + 1;
            return opensSentence() ? found(place, null, null, null, null) : Optional.empty();
        }

        /**
         * AFP's and Turkish papers' "Istanbul--One assailant was ...": a listed town of one or two words in any
         * case, a double hyphen and the story glued to it. "Coca-Cola--the drink" has a hyphen inside and a
         * lower-case word after; a town not on the list is not read.
         */
        private Optional<Match> gluedDoubleHyphen() {
            int k = begin;
            int words = 1;
            while (k < limit && k - begin <= MAX_LOCATION && (Character.isLetter(s.charAt(k)) || s.charAt(k) == ' ')) {
                if (s.charAt(k) == ' ' && ++words > 2) {
                    return Optional.empty();
                }
                k++;
            }
            if (k + 3 >= limit || k - begin < 3 || !s.startsWith("--", k) || s.charAt(k - 1) == ' '
                    || !Character.isUpperCase(s.charAt(k + 2))
                    || !(Character.isLowerCase(s.charAt(k + 3)) || s.charAt(k + 3) == ' ')) {
                return Optional.empty();
            }
            String place = s.substring(begin, k);
            String upper = place.toUpperCase(Locale.ROOT);
            if (!Towns.NAMES.contains(upper) || Countries.NAMES.contains(upper)) {
                return Optional.empty();
            }
            i = k + 2;
            return opensSentence() ? found(place, null, null, null, null) : Optional.empty();
        }

        /**
         * A credit group in parentheses after the place's comma, then a colon and the story (Pakistani
         * portals): "Kano, Nigeria, (Daily Sentinel / Frontier Point News - APP - 15th Jul, 2019 ) :The ...",
         * "FAISALABAD, (Daily Sentinel - 3rd Apr, 2023 ) :". Its parts are joined by spaced dashes; the last
         * must be a date, and a listed agency among the others is the dateline's agency (the publisher is
         * not). Null (and {@code i} unspecified) when this is not one.
         */
        private Optional<Match> creditGroup(String location, String region, LocalDate reference) {
            int close = indexOf(')', i + 1, Math.min(limit, i + MAX_CREDIT_GROUP));
            if (close < 0 || indexOf('\n', i, close) >= 0) {
                return null;
            }
            String[] parts = GROUP_DASH.split(s.substring(i + 1, close));
            if (parts.length < 2) {
                return null;
            }
            DateAt date = dateOnly(parts[parts.length - 1].strip(), reference);
            if (date == null) {
                return null;
            }
            String agency = null;
            for (int k = 0; k < parts.length - 1 && agency == null; k++) {
                String part = parts[k].strip();
                if (AGENCIES.contains(part.toUpperCase(Locale.ROOT))) {
                    agency = part;
                }
            }
            i = close + 1;
            skipSpaces();
            // " ) :Text", or the story right after the bracket ("- 17th Sep, 2025) The Supreme Court ..."): the
            // group's last part is a date either way
            if (i < limit && s.charAt(i) == ':') {
                i++;
                skipSpaces();
            }
            if (i >= limit || !(Character.isUpperCase(s.charAt(i)) || s.charAt(i) == '"' || s.charAt(i) == '“')) {
                return null;
            }
            return found(location, region, date.written, date.resolved, agency);
        }

        /**
         * At a bar: an outlet's name of one to five capitalised words (or a domain), a second bar, then the story
         * with a capital ("| THE INDEPENDENT | The police ..."); the name, with {@link #i} at the story; else null.
         */
        private String barredOutlet() {
            int close = indexOf('|', i + 1, Math.min(limit, i + 1 + MAX_AGENCY));
            if (close < 0 || indexOf('\n', i, close) >= 0) {
                return null;
            }
            String name = s.substring(i + 1, close).strip();
            int words = capitalisedWords(name);
            if (name.isEmpty() || !(isDomain(name) || words >= 1 && words <= 5)) {
                return null;
            }
            int k = close + 1;
            while (k < limit && s.charAt(k) == ' ') {
                k++;
            }
            if (k == close + 1 || k >= limit || !(Character.isUpperCase(s.charAt(k)) || s.charAt(k) == '"'
                    || s.charAt(k) == '“')) {
                return null;
            }
            i = k;
            return name;
        }

        /**
         * At a slash: an agency's name closed by a second slash, then a dash, or a full stop or nothing before a space
         * ("/TASS/.", "/PRNewswire/ --", "/AGERPRES/ - "); the name, with {@link #i} after the credit. Null (and
         * {@link #i} unspecified) otherwise.
         */
        private String slashedAgency() {
            int k = i;
            int close = indexOf('/', k + 1, Math.min(limit, k + MAX_AGENCY));
            if (close <= k + 1 || !isNameRun(k + 1, close)) {
                return null;
            }
            i = close + 1;
            int afterSlash = i;
            if (terminator()) {
                return s.substring(k + 1, close);
            }
            i = afterSlash;
            if (i < limit && s.charAt(i) == '.') {
                i++;
            }
            return atSpaceOrEnd() ? s.substring(k + 1, close) : null;
        }

        /**
         * Where a press-release wire's bracket opens after a name run from {@code from} ("Texas--(", "Calif.--(",
         * "TAMPA–("): the position of the double hyphen, or of the one en or em dash a web page sets for it, glued
         * to the name and to the bracket; -1 when none. An empty run is allowed (the place just read).
         */
        private int wireBracketAfterName(int from) {
            int k = from;
            while (k < limit && k - from <= MAX_LOCATION) {
                char ch = s.charAt(k);
                if (Character.isLetter(ch) || ch == '.' || ch == '\'' || ch == '’' || ch == ' ' && k > from
                        || ch == '-' && k > from && Character.isLetter(s.charAt(k - 1)) && k + 1 < limit
                        && Character.isLetter(s.charAt(k + 1))) {
                    k++;
                } else {
                    break;
                }
            }
            if (k > from && (!isNameRun(from, k) || s.charAt(k - 1) == ' ')) {
                return -1;
            }
            if (s.startsWith("--(", k) || k + 1 < limit && (s.charAt(k) == '–' || s.charAt(k) == '—')
                    && s.charAt(k + 1) == '(') {
                return k;
            }
            return -1;
        }

        /**
         * At the bracket after a double hyphen: a press-release wire's name in brackets, then a second double hyphen
         * set against the story or any dash ("--(BUSINESS WIRE)--Acme ...", "--(ACCESSWIRE)-- The ...",
         * "--(GLOBE NEWSWIRE) -- The ..."); the name, with {@link #i} after the dash. After a place in mixed case the
         * name must be a listed agency or a wire's ("... Wire", "...NEWSWIRE"), so prose in brackets stays unread.
         * Null (and {@link #i} unspecified) otherwise.
         */
        private String wireInDoubleHyphens(boolean allCaps) {
            String agency = parenthesized();
            if (agency == null || !Character.isUpperCase(agency.charAt(0)) || !allCaps && !isAgency(agency)
                    && !agency.toUpperCase(Locale.ROOT).endsWith("WIRE")) {
                return null;
            }
            if (s.startsWith("--", i)) {
                i += 2;
                return agency;
            }
            return terminator() ? agency : null;
        }

        /** Skips status flags in parentheses ("(UPDATE)", "(CORRECTED)") and the spaces after them. */
        private boolean skipFlags() {
            boolean any = false;
            while (i < limit && s.charAt(i) == '(') {
                int mark = i;
                String inner = parenthesized();
                if (inner == null || !isFlag(inner)) {
                    i = mark;
                    break;
                }
                any = true;
                skipSpaces();
            }
            return any;
        }

        /**
         * The rest of the line when it is only a listed agency ("ISTANBUL - Anadolu Agency"), with the story
         * starting on a later line with a capital; {@code i} then stands at the story. Null (and {@code i}
         * unchanged) otherwise.
         */
        private String agencyAloneOnLine() {
            int mark = i;
            skipSpaces();
            int end = indexOf('\n', i, Math.min(limit, i + MAX_AGENCY + 2));
            if (end > i) {
                String name = s.substring(i, end).strip();
                i = end;
                if (AGENCIES.contains(name.toUpperCase(Locale.ROOT)) && lineBreakThenCapital()) {
                    return name;
                }
            }
            i = mark;
            return null;
        }

        /**
         * The next line when it names a listed agency and ends with a colon ("Trend:", "By Umid Aliyev -
         * Trend:"), also after a blank line; {@code i} then stands after it. Null (and {@code i} unspecified)
         * otherwise.
         */
        private String agencyLine() {
            int k = i;
            if (k < s.length() && s.charAt(k) == '\r') {
                k++;
            }
            if (k >= s.length() || s.charAt(k) != '\n') {
                return null;
            }
            int start = k + 1;
            while (start < s.length() && Character.isWhitespace(s.charAt(start))) {
                // "Ganja, Azerbaijan, Nov. 24", a blank line, then the byline with the credit
                start++;
            }
            int end = s.indexOf('\n', start);
            if (end < 0) {
                end = s.length();
            }
            String line = s.substring(start, end).strip();
            if (line.length() < 3 || line.length() > 60 || !line.endsWith(":")) {
                return null;
            }
            String name = line.substring(0, line.length() - 1).strip();
            int dash = name.lastIndexOf(" - ");
            if (dash > 0 && (name.startsWith("By ") || name.startsWith("BY "))) {
                name = name.substring(dash + 3).strip();
            }
            if (!AGENCIES.contains(name.toUpperCase(Locale.ROOT))) {
                return null;
            }
            i = end;
            return name;
        }

        /** A known agency name of up to a few words, then a full stop and a space: "РИА Новости. ". */
        private String trailingAgency() {
            skipSpaces();
            int start = i;
            int k = i;
            while (k < limit && k - start <= MAX_AGENCY && (Character.isLetter(s.charAt(k)) || s.charAt(k) == ' '
                    || s.charAt(k) == '-')) {
                k++;
            }
            if (k > start && k < limit && s.charAt(k) == '.' && (k + 1 >= s.length() || Character.isWhitespace(s.charAt(k + 1)))) {
                String name = s.substring(start, k).strip();
                // one word too when the agency writes its name in its own script ("Київ, 30 листопада. Укрінформ.")
                if ((name.indexOf(' ') > 0 || !isAsciiWord(name)) && AGENCIES.contains(name.toUpperCase(Locale.ROOT))) {
                    i = k + 1;
                    return name;
                }
            }
            i = start;
            return null;
        }

        /**
         * After an agency heading the story alone: a space (or the dash already read) and a sentence that opens
         * with a capitalised word in mixed case ("Auf der Kreisstraße ..."), on the same line.
         */
        boolean headSentence(boolean dashed) {
            skipSpaces();
            if (!dashed && (i == 0 || s.charAt(i - 1) != ' ')) {
                return false; // "(rtn)Auf": a space must stand between the bracket and the story
            }
            return i + 1 < limit && Character.isUpperCase(s.charAt(i)) && Character.isLowerCase(s.charAt(i + 1))
                    && opensSentence();
        }

        /** "ISLAMABAD:The ...": a capitalised word straight after the colon, and a sentence. */
        private boolean gluedSentence() {
            if (i + 1 >= limit || !Character.isUpperCase(s.charAt(i))) {
                return false;
            }
            char second = s.charAt(i + 1);
            return (Character.isLowerCase(second) || second == ' ') && opensSentence();
        }

        /**
         * After an agency: a dash, a colon, or (with a date before it, or a listed agency after a place in
         * capitals: {@code capitalOpens}) the story starting with a capital.
         */
        private boolean agencyEnd(boolean capitalOpens) {
            int mark = i;
            if (terminator()) {
                return true;
            }
            i = mark;
            if (s.startsWith("--", i) && i + 2 < limit && Character.isUpperCase(s.charAt(i + 2))
                    && (i + 3 >= limit || Character.isLowerCase(s.charAt(i + 3)) || s.charAt(i + 3) == ' ')) {
                // Jiji: "TOKYO, Nov. 30 (Jiji Press)--The government ...": a double hyphen set against the story
                i += 2;
                return true;
            }
            skipSpaces();
            if (i > mark && i + 1 < limit && s.charAt(i) == '=' && s.charAt(i + 1) == ' ') {
                // Belga and ANP: "(BELGA) = Le gouvernement ..."
                i++;
                skipSpaces();
                return true;
            }
            i = mark;
            if (capitalOpens && i + 2 < limit && s.charAt(i) == '.' && s.charAt(i + 1) == ' '
                    && Character.isUpperCase(s.charAt(i + 2))) {
                // Andina: "Lima, nov. 30 (ANDINA). El Ministerio ...": a full stop after the agency, then the story
                i += 2;
                return true;
            }
            skipSpaces();
            if (i < limit && s.charAt(i) == ':') {
                i++;
                // "QUETTA, Jan 07 (APP):At least two ...": APP sets the story against the colon
                if (atSpaceOrEnd() || gluedSentence()) {
                    return true;
                }
                i = mark;
                return false;
            }
            if (capitalOpens && i > mark && i < limit && Character.isUpperCase(s.charAt(i))) {
                return true;
            }
            i = mark;
            return false;
        }

        /**
         * KNA and epd: "Bonn (KNA) Die Bischöfe ...", "Hannover (epd). Niedersachsen ...": a listed agency
         * in parentheses, then the story with no dash (a full stop at most) and a capital; the place a
         * listed town, since a caption reads the same ("John Smith (AP) Photo ...").
         */
        private boolean sentenceAfterListedAgency(String location, String agency, boolean regionBefore) {
            String place = location.toUpperCase(Locale.ROOT);
            // a region's bracket before the agency's ("Demmin (LK MSE) (ots).") is no caption's form: any place
            if (!AGENCIES.contains(agency.toUpperCase(Locale.ROOT))
                    || !regionBefore && !Towns.NAMES.contains(place) && !GermanShortForm.PLACES.contains(place)) {
                return false;
            }
            int mark = i;
            if (i < limit && s.charAt(i) == '.') {
                i++;
            }
            skipSpaces();
            // The caller has read the spaces after the bracket already: a space must stand before the story.
            if (i > 0 && s.charAt(i - 1) == ' ' && i < limit
                    && (Character.isUpperCase(s.charAt(i)) || s.charAt(i) == '„' || s.charAt(i) == '"')) {
                return true;
            }
            i = mark;
            return false;
        }

        /** A name from the agency list, then a dash, a colon or a full stop: "IRNA –", "SPA --", "Ukrinform.". */
        /**
         * An outlet's domain name at {@link #i} ("kabarjatim.net", "KOMPAS.com"), then a dash ({@link #terminator}):
         * the name; else null, with {@link #i} wherever the look stopped.
         */
        private String domainThenDash() {
            int start = i;
            while (i < limit && i - start <= MAX_AGENCY && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '.'
                    || s.charAt(i) == '-' && i + 1 < limit && Character.isLetterOrDigit(s.charAt(i + 1)))) {
                i++;
            }
            String name = s.substring(start, i);
            return isDomain(name) && terminator() ? name : null;
        }

        /**
         * At or after a date's full stop: the outlet's name closed by a slash, then a space and the story ("8 June.
         * REPORT.AZ/ The ..."); the name, with {@link #i} after the slash; else null.
         */
        private String slashOutlet() {
            if (s.charAt(i) == '.') {
                i++;
            }
            skipSpaces();
            int start = i;
            while (i < limit && i - start <= MAX_AGENCY && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '.'
                    || s.charAt(i) == '-')) {
                i++;
            }
            if (i - start < 2 || !Character.isUpperCase(s.charAt(start)) || i + 2 >= limit || s.charAt(i) != '/'
                    || s.charAt(i + 1) != ' ' || !Character.isUpperCase(s.charAt(i + 2))) {
                return null;
            }
            String name = s.substring(start, i);
            i++;
            return name;
        }

        private String knownAgency() {
            int start = i;
            while (i < limit && (Character.isLetter(s.charAt(i)) || s.charAt(i) == '-')) {
                i++;
            }
            if (i == start) {
                return null;
            }
            if (!AGENCIES.contains(s.substring(start, i).toUpperCase(Locale.ROOT))) {
                // SANA: "Damascus, SANA-The ...": the dash glued to the agency and to the story.
                int dash = s.indexOf('-', start);
                // PIA: "DAVAO CITY, PIA- The ...": the same with a space after the dash.
                if (dash > start && dash < i && dash + 1 < limit && (Character.isUpperCase(s.charAt(dash + 1))
                        || dash + 2 < limit && s.charAt(dash + 1) == ' ' && Character.isUpperCase(s.charAt(dash + 2)))
                        && AGENCIES.contains(s.substring(start, dash).toUpperCase(Locale.ROOT))) {
                    i = dash + 1;
                    return s.substring(start, dash);
                }
                i = start;
                return null;
            }
            String name = s.substring(start, i);
            int mark = i;
            if (terminator()) {
                return name;
            }
            i = mark;
            if (i < limit && (s.charAt(i) == '.' || s.charAt(i) == ':')) {
                i++;
                if (atSpaceOrEnd()) {
                    return name;
                }
            }
            i = start;
            return null;
        }

        /**
         * After "Place:" (mixed case) or a mixed-case "Place -": the story must start with a capital
         * and read as a sentence (its line ends in a full stop or runs past the window), so headings
         * ("Lahore: Smog chokes city"), questions and quotes as titles are not datelines.
         */
        private boolean colonOpensStory(boolean allCaps) {
            if (!atSpaceOrEnd()) {
                return false;
            }
            return allCaps || opensSentence();
        }

        /**
         * Whether the first sentence after {@link #i} (to its full stop, line end or the window) holds a word of an
         * English lede: a lower-case word ending in -ed, or one of {@link #LEDE_WORDS} ("has", "will", "said"); or,
         * in the present tense, whether it is a long sentence ({@value #LONG_LEDE_WORDS} words or more) with an article
         * among its lower-case words ("Dubai: The UAE plans to introduce a four-day week for ..."), which a headline
         * drops ("Nairobi: Traders protest new levy at Gikomba market").
         */
        private boolean ledeFollows() {
            int end = Math.min(s.length(), i + WINDOW);
            int k = i;
            int words = 0;
            boolean article = false;
            while (k < end) {
                char ch = s.charAt(k);
                if (ch == '\n' || ch == '?' || ch == '!') {
                    return false;
                }
                if (ch == '.' && (k + 1 >= s.length() || Character.isWhitespace(s.charAt(k + 1)))) {
                    return words >= LONG_LEDE_WORDS && article;
                }
                if (Character.isLetterOrDigit(ch) && (k == i || !Character.isLetterOrDigit(s.charAt(k - 1)))) {
                    words++;
                }
                if (ch >= 'a' && ch <= 'z' && (k == i || !Character.isLetter(s.charAt(k - 1)))) {
                    int w = k;
                    while (w < end && s.charAt(w) >= 'a' && s.charAt(w) <= 'z') {
                        w++;
                    }
                    if (w >= end || !Character.isLetter(s.charAt(w))) {
                        String word = s.substring(k, w);
                        if (word.length() >= 4 && word.endsWith("ed") || LEDE_WORDS.contains(word)) {
                            return true;
                        }
                        article |= word.equals("the") || word.equals("a") || word.equals("an");
                    }
                    k = w;
                    continue;
                }
                k++;
            }
            // the sentence runs past the window: as long a sentence as a lede's
            return end < s.length() && words >= LONG_LEDE_WORDS && article;
        }

        /** A currency sign, or a number with a decimal point or a per cent sign, opens the text after {@link #i}. */
        private boolean priceFollows() {
            int k = i;
            while (k < limit && s.charAt(k) == ' ') {
                k++;
            }
            if (k >= limit) {
                return false;
            }
            if (Character.getType(s.charAt(k)) == Character.CURRENCY_SYMBOL) {
                return true;
            }
            if (!Character.isDigit(s.charAt(k))) {
                return false;
            }
            while (k < limit && (Character.isDigit(s.charAt(k)) || s.charAt(k) == ',')) {
                k++;
            }
            return k < limit && (s.charAt(k) == '%' || s.charAt(k) == '.' && k + 1 < limit
                    && Character.isDigit(s.charAt(k + 1)));
        }

        private boolean opensSentence() {
            int k = i;
            while (k < limit && s.charAt(k) == ' ') {
                k++;
            }
            if (k >= limit || !(Character.isUpperCase(s.charAt(k)) || s.charAt(k) == '"' || s.charAt(k) == '“')) {
                return false;
            }
            int end = Math.min(s.length(), k + WINDOW);
            for (int j = k; j < end; j++) {
                char ch = s.charAt(j);
                if (ch == '?') {
                    return false;
                }
                if (ch == '.' && (j + 1 >= s.length() || Character.isWhitespace(s.charAt(j + 1)))) {
                    return true;
                }
                if (ch == '\n') {
                    return false;
                }
            }
            return end < s.length();
        }

        /** The end of a capitalised name run ("Senegal", "South Russia", "N.S."), before a spaced dash. */
        private int nameEnd(int from) {
            int k = from;
            int max = Math.min(limit, from + MAX_LOCATION + 1);
            while (k < max) {
                char ch = s.charAt(k);
                if (Character.isLetter(ch) || ch == '.' || ch == '\'' || ch == '’') {
                    k++;
                } else if (ch == ' ' && k + 1 < limit && !isDashStart(s.charAt(k + 1))) {
                    k++;
                } else if (ch == '-' && k > from && Character.isLetter(s.charAt(k - 1)) && k + 1 < limit
                        && Character.isLetter(s.charAt(k + 1))) {
                    k++;
                } else {
                    break;
                }
            }
            while (k > from && s.charAt(k - 1) == ' ') {
                k--;
            }
            return k;
        }

        /**
         * Whether the rest of the current line from {@link #i} is a heading in capitals: two words or more, no
         * lower-case letter and single spaces ("UNE SEMAINE DE GRÈVES", "A LOOK BACK AT 100 YEARS"). Asked only
         * after a typeset dash: Reuters sets a hyphen before its market tables in capitals ("FOB RIVER - CLOSE
         * APRIL 6", "LEAD - VIRGIN 34.00/34.50"), which stay datelines.
         */
        private boolean capitalsHeading() {
            int words = 0;
            boolean inWord = false;
            for (int k = i; k < s.length() && s.charAt(k) != '\n'; k++) {
                char ch = s.charAt(k);
                if (Character.isLowerCase(ch) || ch == ' ' && k > i && s.charAt(k - 1) == ' ') {
                    return false;
                }
                boolean letter = Character.isLetterOrDigit(ch);
                if (letter && !inWord) {
                    words++;
                }
                inWord = letter;
            }
            return words >= 2;
        }

        /**
         * Whether the text after a typeset dash opens in lower case and a second typeset dash closes it later on the
         * line, with lower case after that: "LOS ANGELES — the city, not the county — will pay ...", an aside in the
         * sentence that the place opens. A dateline's story opens with a capital after a typeset dash.
         */
        private boolean asideCloses() {
            int k = lowerCaseWordStart();
            if (k < 0) {
                return false;
            }
            for (int j = k; j + 2 < s.length() && s.charAt(j) != '\n'; j++) {
                char ch = s.charAt(j);
                if ((ch == '—' || ch == '–') && s.charAt(j - 1) == ' ' && s.charAt(j + 1) == ' ') {
                    return Character.isLowerCase(s.charAt(j + 2));
                }
            }
            return false;
        }

        /** Whether the next non-blank line opens with a letter's salutation ("Gentile direttore,", "Dear Sir,"). */
        private boolean salutationNext() {
            int k = i;
            while (k < s.length() && Character.isWhitespace(s.charAt(k))) {
                k++;
            }
            int end = k;
            while (end < s.length() && Character.isLetter(s.charAt(end))) {
                end++;
            }
            return end > k && SALUTATIONS.contains(s.substring(k, end).toLowerCase(Locale.ROOT));
        }

        /**
         * A day and month in figures, day first, with an optional year: "30/11", "14/03", "30.11.2026" (Belga,
         * KNA, AIP). A bad day or month, or a digit or letter glued after it, reads nothing.
         */
        private DateAt numericDate(LocalDate reference) {
            int start = i;
            int day = number(2);
            if (day < 1 || day > 31 || i >= limit || s.charAt(i) != '/' && s.charAt(i) != '.') {
                i = start;
                return null;
            }
            char sep = s.charAt(i++);
            int month = number(2);
            if (month < 1 || month > 12) {
                i = start;
                return null;
            }
            int year = 0;
            if (i + 1 < limit && s.charAt(i) == sep && Character.isDigit(s.charAt(i + 1))) {
                int mark = i++;
                year = number(4);
                if (year < 1900 || year > 2200) {
                    i = mark;
                    year = 0;
                }
            }
            if (i < limit && Character.isLetterOrDigit(s.charAt(i))) {
                i = start;
                return null;
            }
            return dateAt(start, month, day, year, reference);
        }

        /** Whether the first non-blank character after the current line is a capital letter. */
        private boolean capitalAfterBlank() {
            int k = i;
            while (k < s.length() && k < i + 8 && Character.isWhitespace(s.charAt(k))) {
                k++;
            }
            return k < s.length() && Character.isUpperCase(s.charAt(k));
        }

        /** A blank line (or the end of the text) after the current line. */
        /**
         * Whether the comma just read ends the line and the place before it stands as a dateline: in capitals,
         * shaped like a place alone ({@link #isStandalonePlace}) and followed by a blank line or by a line that
         * opens a sentence in mixed case ("KANO,\n\nAbout 300 gunmen ...", "JOS,\nTraders ..."; not
         * "JOS,\nBAUCHI and GOMBE recorded ...", a list); in mixed case, a listed town, a blank line and a
         * capital ("Srinagar,\n\nSchools ..."; not "Lagos,\nAbuja and ..."). Reads nothing when it fails.
         */
        private boolean commaEndsLine(String location, boolean allCaps) {
            int k = i;
            while (k < limit && s.charAt(k) == ' ') {
                k++;
            }
            if (k >= limit || s.charAt(k) != '\n' && s.charAt(k) != '\r' || !isPlaceLike(location)
                    || AGENCIES.contains(location.toUpperCase(Locale.ROOT))) {
                return false;
            }
            int mark = i;
            i = k;
            boolean blank = blankLineFollows();
            boolean capital = capitalAfterBlank();
            i = mark;
            if (!allCaps) {
                return blank && capital && isMixedCasePlaceAlone(location);
            }
            if (!isStandalonePlace(location) || !capital) {
                return false;
            }
            if (blank) {
                return true;
            }
            int story = k;
            while (story < s.length() && story < k + 8 && Character.isWhitespace(s.charAt(story))) {
                story++;
            }
            // a sentence in mixed case: "Traders ...", "A man ..." (not "BAUCHI and ...", "US officials")
            return story + 1 < s.length() && (Character.isLowerCase(s.charAt(story + 1)) || s.charAt(story + 1) == ' ');
        }

        private boolean blankLineFollows() {
            int k = i;
            int newlines = 0;
            while (k < s.length() && k < i + 8 && Character.isWhitespace(s.charAt(k))) {
                if (s.charAt(k) == '\n') {
                    newlines++;
                }
                k++;
            }
            return newlines >= 2 && k < s.length();
        }

        /** "[India]" -> "India". */
        private String bracketed() {
            int close = indexOf(']', i + 1, Math.min(limit, i + MAX_AGENCY + 2));
            if (close < 0) {
                return null;
            }
            String inner = s.substring(i + 1, close).strip();
            if (inner.isEmpty()) {
                return null;
            }
            i = close + 1;
            return inner;
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
                        && Character.isLetter(s.charAt(i + 1)) && i > start && s.charAt(i - 1) != ' ')) {
                    // part of a name: "ST. LOUIS", "N'DJAMENA", "BADEN-BADEN" (not "LAHORE -The": a dash)
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
            if (!isAllCaps(loc) && !isAllLower(loc) && !everyWordCapitalized(loc) && twoTowns(loc) == null) {
                // "Kyiv and Moscow (AFP) -": two bureaus joined by "and" (firstOfPlaces splits them); any other
                // lower-case word ("Kyiv and Moscow traded ...") is prose
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
            if (inner.isEmpty() || inner.indexOf('\n') >= 0
                    || !Character.isLetter(inner.codePointAt(0)) && !isDigitLedName(inner)) {
                return null;
            }
            i = close + 1;
            return inner;
        }

        /** A dash ("-", "--", "–", "—", ".-", "-.") followed by a space or the end of the text. */
        private boolean terminator() {
            skipSpaces();
            if (i + 1 < limit && s.charAt(i) == '_' && s.charAt(i + 1) == ' ' && i > begin && s.charAt(i - 1) == ' ') {
                // Older AP copy: "WASHINGTON (AP) _ The Senate ..."
                i++;
                return true;
            }
            if (i < limit && s.charAt(i) == '.') {
                i++;
            }
            if (i >= limit || !isDashStart(s.charAt(i))) {
                return false;
            }
            boolean spacedBefore = i > begin && s.charAt(i - 1) == ' ';
            char last = 0;
            while (i < limit && isDashStart(s.charAt(i))) {
                last = s.charAt(i);
                i++;
            }
            // ITAR-TASS outlooks: "MOSCOW - - Russian President ...": two hyphens with a space between.
            if (last == '-' && i + 1 < limit && s.charAt(i) == ' ' && s.charAt(i + 1) == '-'
                    && (i + 2 >= limit || s.charAt(i + 2) == ' ')) {
                i += 2;
            }
            if (i < limit && s.charAt(i) == '.') {
                i++;
                return atSpaceOrEnd();
            }
            // "QUITO, ECUADOR—Ecuador's ...": en and em dashes are often set without spaces.
            // "NEW YORK (Reuters) -Thomson ...", "LAHORE -The ...": a hyphen with a space before it and none
            // after is a dash set against the story, not a hyphenated word.
            return atSpaceOrEnd() || i < limit && Character.isUpperCase(s.charAt(i)) && (last != '-' || spacedBefore);
        }

        /** The end of the line (after spaces), then the story opening with a capital on a later line. */
        private boolean lineBreakThenCapital() {
            int k = i;
            while (k < limit && s.charAt(k) == ' ') {
                k++;
            }
            if (k >= limit || s.charAt(k) != '\n' && s.charAt(k) != '\r') {
                return false;
            }
            while (k < s.length() && Character.isWhitespace(s.charAt(k))) {
                k++;
            }
            if (k < s.length() && Character.isUpperCase(s.charAt(k))) {
                i = k;
                return true;
            }
            return false;
        }

        /**
         * After a place's comma: up to {@link #MAX_REGION_WORDS} capitalised words that make a region's name, a space,
         * then a date ("Kenya Nov 26", "Sri Lanka March 3"), read on as any dated dateline; null (the position left
         * to the caller) when the words are no region or no date follows them.
         */
        private Optional<Match> regionThenDate(String location, StringBuilder regions, int regionStart, int from,
                LocalDate reference) {
            int k = from;
            for (int words = 0; words < MAX_REGION_WORDS; words++) {
                if (k >= limit || !Character.isUpperCase(s.charAt(k))) {
                    return null;
                }
                while (k < limit && Character.isLetter(s.charAt(k))) {
                    k++;
                }
                if (k + 1 >= limit || s.charAt(k) != ' ') {
                    return null;
                }
                String region = s.substring(regionStart, k);
                k++;
                if (!isRegionName(region) || MonthNames.isMonth(
                        region.substring(region.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT))) {
                    continue;
                }
                i = k;
                DateAt date = date(reference);
                if (date != null) {
                    return afterDate(location, joined(regions, region.strip()), date);
                }
            }
            return null;
        }

        /**
         * A route or a pair of towns as a head: "London–New York: Airline adds ...", "Delhi–Mumbai: Fares rise": a
         * typeset dash at {@code dash} set between the two names without spaces, and a listed town after it up to a
         * colon on the same line.
         */
        private boolean routeHead(int dash) {
            if (!isTypesetDash(s.charAt(dash)) || dash == begin || !Character.isLetter(s.charAt(dash - 1))
                    || dash + 1 >= limit || !Character.isUpperCase(s.charAt(dash + 1))) {
                return false;
            }
            int k = dash + 1;
            while (k < limit && k - dash <= MAX_LOCATION && s.charAt(k) != ':' && s.charAt(k) != '\n') {
                k++;
            }
            return k < limit && s.charAt(k) == ':' && isListedTown(s.substring(dash + 1, k).strip());
        }

        /** Whether the next word after spaces is all lower case ("a photo essay"; not "eBay", "iPhone"). */
        private boolean lowerCaseWordNext() {
            int k = lowerCaseWordStart();
            if (k < 0) {
                return false;
            }
            while (k < limit && Character.isLetter(s.charAt(k))) {
                if (Character.isUpperCase(s.charAt(k))) {
                    return false;
                }
                k++;
            }
            return true;
        }

        /** Whether the next word after spaces starts with a lower-case letter. */
        private boolean lowerCaseNext() {
            return lowerCaseWordStart() >= 0;
        }

        /** Where the next word after spaces starts when it starts with a lower-case letter; -1 otherwise. */
        private int lowerCaseWordStart() {
            int k = i;
            while (k < limit && s.charAt(k) == ' ') {
                k++;
            }
            return k < limit && Character.isLowerCase(s.charAt(k)) ? k : -1;
        }

        private boolean atSpaceOrEnd() {
            return i >= s.length() || Character.isWhitespace(s.charAt(i));
        }

        /** The genitive month word Croatian and Polish share for different months (see {@link #date}). */
        private static final String LISTOPADA = "listopada";

        /** "March 3", "Jan. 5", "MARCH 20, 1987", "4 ago", "2 juin", "3. März", "2026. december 1.". */
        private DateAt date(LocalDate reference) {
            int start = i;
            if (i + 4 < limit && Character.isDigit(s.charAt(i))) {
                DateAt yearFirst = yearFirstDate(reference);
                if (yearFirst != null) {
                    return yearFirst;
                }
                i = start;
            }
            String word = word();
            if (word != null) {
                Integer month = MonthNames.of(word.toLowerCase(Locale.ROOT));
                if (month == null) {
                    i = start;
                    return null;
                }
                if (i < limit && s.charAt(i) == '.') {
                    i++;
                }
                skipSpaces();
                int day = day();
                if (day < 1 || day > 31) {
                    i = start;
                    return null;
                }
                if (s.startsWith(" d.", i) && (i + 3 >= limit || !Character.isLetterOrDigit(s.charAt(i + 3)))) {
                    // Lithuanian: "gruodžio 1 d." ("diena", day) after the day
                    i += 3;
                }
                int year = year();
                return dateAt(start, month, day, year, reference);
            }
            int day = day();
            if (day < 1 || day > 31) {
                i = start;
                return null;
            }
            boolean dottedDay = i < limit && s.charAt(i) == '.';
            if (dottedDay) {
                i++;
            }
            skipSpaces();
            String monthWord = word();
            // Spanish and Portuguese: "12 de octubre", "3 de maio de 2023".
            boolean withDe = monthWord != null && monthWord.equalsIgnoreCase("de");
            if (withDe) {
                skipSpaces();
                monthWord = word();
            }
            Integer month = monthWord == null ? null : MonthNames.of(monthWord.toLowerCase(Locale.ROOT));
            if (month == null && monthWord != null && monthWord.equalsIgnoreCase(LISTOPADA)) {
                // October in Croatian, November in Polish (months.txt lists it in neither): Croatian writes the day
                // as an ordinal with a full stop ("ZAGREB, 7. listopada (Hina)"), Polish without ("Warszawa, 25
                // listopada (PAP)")
                month = dottedDay ? 10 : 11;
            }
            if (month == null) {
                i = start;
                return null;
            }
            if (i < limit && s.charAt(i) == '.') {
                i++;
            }
            if (withDe) {
                int mark = i;
                skipSpaces();
                String de = word();
                if (de == null || !de.equalsIgnoreCase("de")) {
                    i = mark;
                }
            }
            int year = year();
            DateAt at = dateAt(start, month, day, year, reference);
            return withDe ? new DateAt(at.written, at.resolved, true) : at;
        }

        /**
         * The year first, as Hungarian, Lithuanian and Latvian write a full date: "2026. december 1." (MTI), "2026 m.
         * gruodžio 1 d." (ELTA), "2026. gada 1. decembrī" (LETA): four digits, a full stop or the word for year
         * ("m.", "gada"), then a day and a month in either order; null (nothing consumed) otherwise.
         */
        private DateAt yearFirstDate(LocalDate reference) {
            int start = i;
            int year = number(4);
            if (year < 1800 || year > 2200 || i - start != 4) {
                i = start;
                return null;
            }
            if (i < limit && s.charAt(i) == '.') {
                i++;
            }
            if (s.startsWith(" m.", i)) {
                i += 3;
            } else if (s.startsWith(" gada ", i)) {
                i += 5;
            }
            if (i >= limit || s.charAt(i) != ' ') {
                i = start;
                return null;
            }
            skipSpaces();
            // a day and a month, never a second year ("2026 2027" is no date)
            DateAt date = i < limit && Character.isLetter(s.charAt(i)) || i + 1 < limit && Character.isDigit(s.charAt(i))
                    && !(i + 2 < limit && Character.isDigit(s.charAt(i + 1)) && Character.isDigit(s.charAt(i + 2)))
                    ? date(reference) : null;
            if (date == null || date.resolved() == null) {
                i = start;
                return null;
            }
            if (i < limit && s.charAt(i) == '.') {
                i++; // Hungarian: the day's full stop, "december 1."
            }
            LocalDate resolved;
            try {
                resolved = LocalDate.of(year, date.resolved().getMonthValue(), date.resolved().getDayOfMonth());
            } catch (DateTimeException e) {
                resolved = null;
            }
            return new DateAt(s.substring(start, i).strip(), resolved);
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
            if (i < limit && (s.charAt(i) == ',' || s.charAt(i) == '/')) {
                // ", 1987", ",2018", and ENA's "May 9/2024"
                i++;
            }
            skipSpaces();
            int y = number(4);
            if (y >= 1800 && y <= 2200) {
                yearWord();
                return y;
            }
            i = mark;
            return 0;
        }

        /**
         * The word for "year" that Slavic copy sets after one, taken with it: Polish "2026 r." (PAP), Russian and
         * Bulgarian "2026 г." and "2026 года", Ukrainian "2026 р." and "2026 року", Serbo-Croatian "2026. godine".
         */
        private void yearWord() {
            int mark = i;
            if (i < limit && s.charAt(i) == '.') {
                i++;
            }
            skipSpaces();
            for (String w : YEAR_WORDS) {
                int end = i + w.length();
                if (s.startsWith(w, i) && (end >= limit || !Character.isLetterOrDigit(s.charAt(end)))) {
                    i = end;
                    return;
                }
            }
            i = mark;
        }

        /** A day of the month, "3", "03", "3rd", "29th"; -1 (nothing consumed) otherwise. */
        private int day() {
            int start = i;
            int n = 0;
            while (i < limit && i - start < 3 && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                n = n * 10 + (s.charAt(i) - '0');
                i++;
            }
            if (i == start || i - start > 2) {
                i = start;
                return -1;
            }
            if (n == 1 && i < limit && (s.charAt(i) == 'º' || s.charAt(i) == '°' || s.startsWith("er", i)
                    && (i + 2 >= limit || !Character.isLetterOrDigit(s.charAt(i + 2))))) {
                // the first of the month as an ordinal: French "1er déc" (APS, AFP), Spanish and Italian "1º", "1°"
                i += s.charAt(i) == 'e' ? 2 : 1;
                return n;
            }
            if (i + 1 < limit && Character.isLetter(s.charAt(i))) {
                String suffix = s.substring(i, i + 2).toLowerCase(Locale.ROOT);
                boolean ordinal = suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th");
                if (ordinal && (i + 2 >= limit || !Character.isLetterOrDigit(s.charAt(i + 2)))) {
                    i += 2;
                    return n;
                }
            }
            if (i < limit && Character.isLetterOrDigit(s.charAt(i))) {
                i = start;
                return -1;
            }
            return n;
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

    private record DateAt(String written, LocalDate resolved, boolean withDe) {
        DateAt(String written, LocalDate resolved) {
            this(written, resolved, false);
        }
    }

    /** The whole of a short text read as a date ("June 11", "Aug 2"), else null. */
    private static DateAt dateOnly(String text, LocalDate reference) {
        if (text.isEmpty() || text.length() > 20) {
            return null;
        }
        boolean digit = false;
        for (int k = 0; k < text.length() && !digit; k++) {
            digit = text.charAt(k) >= '0' && text.charAt(k) <= '9';
        }
        if (!digit) {
            // "(Reuters)", "(AP)": no digit, no date; the common case costs no scan.
            return null;
        }
        Scan scan = new Scan(text, 0, text.length());
        DateAt date = scan.date(reference);
        return date != null && scan.i == text.length() ? date : null;
    }

    /** A day of the month written alone ("14"): the latest such day on or before the reference (a day's slack). */
    static LocalDate dayOnly(int day, LocalDate reference) {
        LocalDate latest = reference.plusDays(1);
        for (int back = 0; back <= 2; back++) {
            LocalDate month = latest.minusMonths(back);
            if (day <= month.lengthOfMonth() && !month.withDayOfMonth(day).isAfter(latest)) {
                return month.withDayOfMonth(day);
            }
        }
        return null;
    }

    /** A region's last word of at least this many letters is written out, not abbreviated ("Sinaloa.", not "Jal."). */
    private static final int MIN_FULL_REGION = 6;
    /** The longest word of capitals read as an unlisted agency after a date ("NZPA", "AVN"). */
    private static final int MAX_BARE_AGENCY = 6;
    /** First words of a letter's salutation, lower case, in the languages of the set ("dear", "gentile", "señor"). */
    private static final java.util.Set<String> SALUTATIONS = WordList.load(DatelineParser.class,
            "letter-salutations.txt");

    /**
     * Whether the full stop ending {@code name} belongs to a ".-" dash after it: the name's last word has at least
     * two letters before the stop and no other full stop ("LIMA.", "Bogotá.", not "D.C." or "N.L.").
     */
    static boolean fullStopOfDash(String name) {
        int n = name.length();
        if (n < 3 || !Character.isLetter(name.charAt(n - 2)) || !Character.isLetter(name.charAt(n - 3))) {
            return false;
        }
        int wordStart = Math.max(name.lastIndexOf(' '), name.lastIndexOf(',')) + 1;
        return name.indexOf('.', wordStart) == n - 1;
    }

    /**
     * The agency of "Asunción, IP.-": {@code region} is 2 to 6 capital letters and a full stop, no label or status
     * flag; otherwise null.
     */
    static String abbreviatedAgency(String region) {
        int n = region.length();
        if (n < 3 || n > 7 || region.charAt(n - 1) != '.') {
            return null;
        }
        String letters = region.substring(0, n - 1);
        for (int k = 0; k < letters.length(); k++) {
            char c = letters.charAt(k);
            if (!Character.isUpperCase(c)) {
                return null;
            }
        }
        return isLabel(letters) || isFlag(letters) ? null : letters;
    }

    /** The letters of the last word of {@code name}. */
    private static int lastWordLetters(String name) {
        int count = 0;
        for (int k = name.length() - 1; k >= 0 && name.charAt(k) != ' '; k--) {
            count += Character.isLetter(name.charAt(k)) ? 1 : 0;
        }
        return count;
    }

    /** "7News", "12News", "9NEWS": a TV station's name that opens with its channel number (not "2nd", "1st"). */
    private static boolean isDigitLedName(String inner) {
        int k = 0;
        while (k < inner.length() && k < 3 && Character.isDigit(inner.charAt(k))) {
            k++;
        }
        if (k == 0 || k + 3 > inner.length()) {
            return false;
        }
        String rest = inner.substring(k).toLowerCase(Locale.ROOT);
        if (rest.startsWith("st") || rest.startsWith("nd") || rest.startsWith("rd") || rest.startsWith("th")) {
            return false;
        }
        for (int c = k; c < inner.length(); c++) {
            if (!Character.isLetter(inner.charAt(c))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a letter is of the Latin script (a capital there may open a sentence; in Greek a month name). */
    private static boolean isLatin(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
    }

    /** An en or em dash, as typeset copy and headings use it (Reuters' wire copy has hyphens). */
    private static boolean isTypesetDash(char c) {
        return c == '–' || c == '—';
    }

    private static boolean isDashStart(char c) {
        return c == '-' || c == '–' || c == '—' || c == '―' || c == '‒';
    }

    /**
     * The date of {@code day}/{@code month}: in {@code year} when one was written (> 0), else in the year {@link
     * #inferYear} gives for {@code reference}; null without a reference or when no such date exists.
     */
    private static LocalDate resolvedDate(int year, int month, int day, LocalDate reference) {
        try {
            return year > 0 ? LocalDate.of(year, month, day)
                    : reference == null ? null : inferYear(month, day, reference);
        } catch (DateTimeException e) {
            return null;
        }
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
        return !isLabel(location) && location.codePoints().filter(Character::isLetter).count() >= 3;
    }

    /** A label, section name or weekday ("NOTE", "Read more", "EXCLUSIVE", "Monday", "By ..."), whole or first word. */
    private static boolean isLabel(String location) {
        String upper = location.toUpperCase(Locale.ROOT);
        if (LABELS.contains(upper)) {
            return true;
        }
        int space = upper.indexOf(' ');
        return space >= 2 && LABELS.contains(upper.substring(0, space));
    }

    /**
     * A section label or heading where a place would stand: its last word (or the whole) a label head
     * ("COURT NEWS", "CITY DESK", "OBITUARIES", "Toronto Star"), a commodity after a market's name ("CBOT WHEAT"), or
     * its first word a heading's preposition ("AROUND TOWN"); a listed
     * town ("NEWPORT NEWS") or a country stays a place.
     */
    private static boolean isSectionHeading(String location) {
        String upper = location.toUpperCase(Locale.ROOT);
        // the last word after a space or a hyphen: "SZ-Ticker", "FAZ-Liveblog" are a paper's live feeds by name
        int lastSpace = Math.max(upper.lastIndexOf(' '), upper.lastIndexOf('-'));
        int firstSpace = upper.indexOf(' ');
        String last = upper.substring(lastSpace + 1);
        boolean head = LABEL_HEADS.contains(last) || firstSpace > 0 && HEADING_LEADS.contains(upper.substring(0, firstSpace))
                || upper.lastIndexOf(' ') > 0 && (MARKET_HEADS.contains(last)
                        // "SERIE A:", "GROUP B —", "POOL C:": a competition's division, a lone letter last
                        || last.length() == 1 && Character.isLetter(last.charAt(0)))
                || firstSpace > 0 && isTownAdjective(upper.substring(0, firstSpace));
        return head && !Towns.NAMES.contains(upper) && !Countries.NAMES.contains(upper);
    }

    /** The shortest town name an adjective in -er is taken from ("Linz", not "Inn" for "INNER"). */
    private static final int MIN_ADJECTIVE_TOWN = 4;

    /**
     * A German adjective formed from a town of the German-speaking countries, in capitals, as the first word of a
     * column's or a topic's head ("BERLINER SZENE:", "HAMBURGER HAFEN:", "MÜNCHNER SICHERHEITSKONFERENZ —", "BREMER
     * WAHL"): the town with "-er" ("BERLIN"), or with "-en" for it ("BREMEN", "MÜNCHEN" from "MÜNCHNER").
     */
    private static boolean isTownAdjective(String word) {
        if (word.length() < MIN_ADJECTIVE_TOWN + 2 || !word.endsWith("ER")) {
            return false;
        }
        String stem = word.substring(0, word.length() - 2);
        return isGermanTown(stem) || isGermanTown(stem + "EN")
                || word.endsWith("NER") && isGermanTown(word.substring(0, word.length() - 3) + "EN");
    }

    private static boolean isGermanTown(String upper) {
        return upper.length() >= MIN_ADJECTIVE_TOWN && GermanShortForm.PLACES.contains(upper);
    }

    /**
     * The text after a place's comma as a region: capitalised words, at most {@link #MAX_REGION_WORDS} of them, and
     * only the lower-case joins of {@link #REGION_JOINS} ("Bosnia and Herzegovina", "Côte d'Ivoire", "N.Y.") or a
     * stray lower-case letter.
     */
    static boolean isRegionName(String text) {
        for (String part : text.split(",")) {
            int capitalised = 0;
            for (String word : SPACES.split(part.strip())) {
                if (word.isEmpty()) {
                    continue;
                }
                int cp = word.codePointAt(0);
                if (!Character.isLetter(cp) || Character.isUpperCase(cp)) {
                    capitalised++;
                } else if (word.length() > 2 && (word.charAt(1) == '\'' || word.charAt(1) == '’')) {
                    capitalised++; // d'Ivoire, l'Aquila
                } else if (!REGION_JOINS.contains(word) && word.codePointCount(0, word.length()) > 1) {
                    // a stray letter is a typing slip ("TRENTO, Italy, March l -" in old wire copy), not prose
                    return false;
                }
            }
            if (capitalised > MAX_REGION_WORDS) {
                return false;
            }
        }
        return true;
    }

    /**
     * A reporter's credit in parentheses where the agency would stand: "(Corresponsal)", "(Special Correspondent)",
     * "(Staff Reporter)"; every word a byline title ({@code byline-words.txt}) and one of them a reporter's word.
     */
    static boolean isReporterCredit(String inner) {
        boolean reporter = false;
        for (String word : SPACES.split(inner)) {
            String lower = word.toLowerCase(Locale.ROOT);
            if (!BYLINE_TITLES.contains(lower)) {
                return false;
            }
            reporter |= REPORTER_WORDS.contains(lower);
        }
        return reporter;
    }

    /** The byline titles that name the desk's own reporter, in the languages of {@code byline-words.txt}. */
    private static final java.util.Set<String> REPORTER_WORDS = WordSet.of("correspondent", "reporter", "corresponsal",
            "correspondant", "correspondante", "korrespondent", "korrespondentin", "corrispondente", "correspondente",
            "enviado", "enviada", "inviato", "envoyé");

    /** A line of capitals standing alone: one word, or shaped like a multi-word place name. */
    private static boolean isStandalonePlace(String location) {
        int space = location.indexOf(' ');
        if (space < 0) {
            return true;
        }
        if (location.split(" ").length > 3) {
            return false;
        }
        String first = location.substring(0, space);
        String last = location.substring(location.lastIndexOf(' ') + 1);
        return PLACE_PREFIXES.contains(first) || last.equals("CITY") || last.equals("TOWN");
    }

    /**
     * Countries in several languages: a mixed-case country alone on a line is a section heading
     * ("Pakistan", "Kenya"), not a dateline. Loaded on first use of that path only.
     */
    private static final class Countries {
        static final java.util.Set<String> NAMES = WordList.load(DatelineParser.class, "dateline-countries.txt");
    }

    /**
     * A mixed-case line standing alone that may be a place: one capitalised word ("Ankara"), or a
     * multi-word place shape ("New Delhi", "Kuala Lumpur"); not a label ("Politics", "Gallery"), not
     * an agency ("Reuters") and not a country ("Pakistan", "New Zealand").
     */
    private static boolean isMixedCasePlaceAlone(String location) {
        String upper = location.toUpperCase(Locale.ROOT);
        if (!everyWordCapitalized(location) || !isStandalonePlace(upper) || AGENCIES.contains(upper)
                || Countries.NAMES.contains(upper)) {
            return false;
        }
        for (String word : location.split(" ")) {
            // "Ankara", not "AKP" or "McDonald" in a heading: a capital, then lower-case letters
            for (int k = 1; k < word.length(); k++) {
                if (Character.isUpperCase(word.charAt(k))) {
                    return false;
                }
            }
        }
        // A heading in mixed case looks the same: a topic ("Cricket", "Elections", "Brexit") or a person
        // ("Erdogan"). Only a town of 15,000 people or more is taken; a smaller place alone stays unread.
        return Towns.NAMES.contains(upper);
    }

    /**
     * Towns of 15,000 people or more (GeoNames), for a mixed-case place alone on its line. A list here
     * and not the gazetteer: normalization sits below the gazetteer's layer. Loaded on first use of
     * that path only. With their other spellings ({@code dateline-towns-variants.txt}: "Dehradun", "Bangalore",
     * "Kiev"), which South Asian and older English copy write before a colon or alone on a line.
     */
    private static final class Towns {
        static final java.util.Set<String> NAMES = WordSet.union(
                WordList.load(DatelineParser.class, "dateline-towns.txt"),
                WordList.load(DatelineParser.class, "dateline-towns-variants.txt"));
    }

    /**
     * The short dateline of German, Austrian and Swiss papers: the place and a full stop before the
     * first sentence ("Berlin. Die Regierung ...", "Frankfurt am Main. Die Zahl ...", "Grabenow. Ein
     * Polizist ..."). A one-word sentence opens features the same way ("Endlich. Nach drei Jahren ...",
     * "Corona. Das Wort ..."), so the place must be one a German paper writes: a town of the German-speaking
     * countries or a capital ({@code dateline-towns-de.txt}), or a village by the endings of German place
     * names ("-hagen", "-dorf", "-ow"); and German text must follow (its function words).
     */
    static final class GermanShortForm {
        static final java.util.Set<String> PLACES = WordList.load(DatelineParser.class, "dateline-towns-de.txt");
        /** Words inside a place's name: "Frankfurt am Main", "Mülheim an der Ruhr", "Weil im Schönbuch". */
        private static final java.util.Set<String> JOINS = WordSet.of("am", "an", "der", "im", "in", "ob", "bei",
                "vor", "auf", "unter");
        /** Endings of German (and Sorbian, Slavic-rooted) place names, for villages no list holds. */
        private static final java.util.List<String> ENDINGS = java.util.List.of("hagen", "dorf", "dorff", "hausen",
                "heim", "stadt", "stedt", "burg", "berg", "bach", "feld", "felde", "rode", "brück", "brücken", "furt",
                "kirchen", "hofen", "leben", "walde", "wiese", "münster", "büttel", "werder", "mühlen", "ow", "itz",
                "witz", "zig", "ingen", "ikon", "wil", "thal", "beck", "born", "horst", "siel", "hude");
        /** German function words: two among the first words after the place make the text German. */
        private static final java.util.Set<String> GERMAN = WordSet.of("der", "die", "das", "den", "dem", "des",
                "ein", "eine", "einer", "eines", "einem", "einen", "und", "ist", "hat", "sind", "wird", "wurde",
                "werden", "haben", "mit", "von", "vom", "zu", "zum", "zur", "im", "auf", "für", "nicht", "sich", "bei",
                "nach", "aus", "am", "als", "auch", "noch", "sie", "er", "es", "wie", "dass", "seit", "ins", "über");
        private static final int MAX_PLACE = 40;
        private static final int WORDS_READ = 15;

        private GermanShortForm() {
        }

        static Optional<Match> read(String text, int start) {
            int limit = Math.min(text.length(), start + MAX_PLACE + 1);
            int dot = -1;
            for (int k = start; k < limit; k++) {
                char c = text.charAt(k);
                if (c == '.') {
                    dot = k;
                    break;
                }
                if (!Character.isLetter(c) && c != ' ' && c != '-' && c != '/') {
                    return Optional.empty();
                }
            }
            // "Ort." then one or two spaces and the sentence's capital (or its opening quote).
            int k = dot + 1;
            if (dot <= start || k >= text.length() || text.charAt(k) != ' ') {
                return Optional.empty();
            }
            k++;
            if (k < text.length() && text.charAt(k) == ' ') {
                k++;
            }
            if (k >= text.length() || !(Character.isUpperCase(text.charAt(k)) || text.charAt(k) == '„')) {
                return Optional.empty();
            }
            String place = text.substring(start, dot);
            if (!germanFollows(text, k)) {
                return Optional.empty();
            }
            // "Hamburg/Kiel.": a story of two towns' desks, each a place of its own.
            for (String part : place.split("/", -1)) {
                if (!isPlace(part)) {
                    return Optional.empty();
                }
            }
            return Optional.of(new Match(new Dateline(place, display(place), null, null, null, null), start, k));
        }

        private static boolean isPlace(String place) {
            String[] words = place.split(" ");
            if (words.length > 4 || words[0].length() < 3 || JOINS.contains(words[words.length - 1])) {
                return false;
            }
            for (String w : words) {
                if (w.isEmpty() || !JOINS.contains(w) && !Character.isUpperCase(w.charAt(0))) {
                    return false;
                }
            }
            String upper = place.toUpperCase(Locale.ROOT);
            if (isLabel(place) || AGENCIES.contains(upper)) {
                return false;
            }
            if (PLACES.contains(upper)) {
                return true;
            }
            String last = words[words.length - 1].toLowerCase(Locale.ROOT);
            if (words.length > 1 || last.length() < 6) {
                return false;
            }
            for (String ending : ENDINGS) {
                if (last.endsWith(ending)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean germanFollows(String text, int from) {
            int hits = 0;
            int words = 0;
            int k = from;
            int end = text.length();
            while (k < end && words < WORDS_READ) {
                while (k < end && !Character.isLetter(text.charAt(k))) {
                    if (text.charAt(k) == '\n') {
                        return false;
                    }
                    k++;
                }
                int w = k;
                while (k < end && Character.isLetter(text.charAt(k))) {
                    k++;
                }
                if (k > w) {
                    words++;
                    if (GERMAN.contains(text.substring(w, k).toLowerCase(Locale.ROOT)) && ++hits >= 2) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    /** A region inside brackets: capitalised words, commas, dots, hyphens ("Borno, Nigeria", "Jammu and Kashmir"). */
    private static boolean isRegionText(String inner) {
        if (inner.length() > MAX_LOCATION + 20 || !Character.isUpperCase(inner.charAt(0))) {
            return false;
        }
        for (int k = 0; k < inner.length(); k++) {
            char c = inner.charAt(k);
            if (!(Character.isLetter(c) || c == ' ' || c == ',' || c == '.' || c == '-' || c == '\'' || c == '’')) {
                return false;
            }
        }
        return true;
    }

    /** "YJC" are the initials of "Young Journalists Club": then the name is the agency's, not a region. */
    static boolean isInitialsOf(String abbreviation, String name) {
        StringBuilder initials = new StringBuilder();
        for (String w : name.split("[ \\-]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                initials.append(w.charAt(0));
            }
        }
        StringBuilder letters = new StringBuilder();
        abbreviation.codePoints().filter(Character::isLetter).forEach(letters::appendCodePoint);
        return initials.length() >= 2 && letters.toString().toUpperCase(Locale.ROOT).equals(initials.toString());
    }

    private static void appendRegion(StringBuilder regions, String region) {
        if (regions.length() > 0) {
            regions.append(", ");
        }
        regions.append(region);
    }

    private static String regionOrNull(StringBuilder regions) {
        return regions.length() == 0 ? null : regions.toString();
    }

    private static String joined(StringBuilder regions, String more) {
        return regions.length() == 0 ? more : regions + ", " + more;
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

    /** Lower-case words inside a place's name: "Mar del Plata", "Frankfurt am Main", "Stratford-upon-Avon". */
    private static final java.util.Set<String> NAME_PARTICLES = WordSet.of("de", "la", "el", "al", "do", "da", "di",
            "am", "an", "del", "dos", "das", "du", "des", "sur", "upon");

    private static boolean everyWordCapitalized(String s) {
        for (String w : s.split(" ")) {
            if (!w.isEmpty() && Character.isLetter(w.charAt(0)) && !Character.isUpperCase(w.charAt(0))
                    && !NAME_PARTICLES.contains(w)) {
                return false;
            }
        }
        return true;
    }
}
