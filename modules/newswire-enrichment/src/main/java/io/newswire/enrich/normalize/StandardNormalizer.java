package io.newswire.enrich.normalize;

import io.newswire.enrich.api.Normalizer;
import io.newswire.enrich.text.MonthNames;
import io.newswire.enrich.text.WordSet;
import io.newswire.model.Article;
import io.newswire.model.ArticleIds;
import io.newswire.model.Attribution;
import io.newswire.model.ContentFormat;
import io.newswire.model.Dateline;
import io.newswire.model.RawArticle;
import io.newswire.model.Source;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The standard normalization stage: HTML body extraction, Unicode and whitespace cleanup,
 * boilerplate (licence, source line, copyright, prompts, credits), headline, wire dateline,
 * publication time, source domain and text statistics. The text it returns is what every later
 * enricher reads and every mention offset indexes.
 */
public final class StandardNormalizer implements Normalizer {

    @Override
    public Article normalize(RawArticle raw, Instant referenceTime) {
        String title = blankToNull(raw.title());
        String publishedText = raw.publishedAt();
        String url = raw.url();
        List<String> removed = new ArrayList<>();
        PageMetadata meta = null;
        List<io.newswire.model.Caption> captions = List.of();

        String text;
        if (raw.format() == ContentFormat.HTML) {
            HtmlExtractor.Page page = HtmlExtractor.extract(raw.body(), raw.url());
            text = page.text();
            title = title != null ? title : page.title();
            publishedText = publishedText != null ? publishedText : page.publishedAt();
            url = url != null ? url : page.canonicalUrl();
            removed.addAll(page.removed());
            meta = page.metadata();
            captions = page.captions();
        } else {
            text = TextCleaner.cleanText(raw.body());
        }
        if (title != null) {
            title = TextCleaner.cleanText(title);
        }

        Boilerplate.Result stripped = Boilerplate.strip(text);
        text = stripped.text();
        removed.addAll(stripped.removed());
        // An agency credit after the last sentence ("-- BERNAMA", "(Reuters)"): the page's extractor
        // has taken it out already (it is among the removed lines); plain text still ends with it.
        String creditAgency = null;
        for (int k = raw.format() == ContentFormat.HTML ? 0 : removed.size(); k < removed.size(); k++) {
            String line = removed.get(k);
            String agency = AgencyCredits.lineAgency(line);
            if (agency != null && !agency.isEmpty()) {
                creditAgency = agency;
            }
        }
        AgencyCredits.Credit credit = AgencyCredits.trailing(text);
        if (credit != null) {
            removed.add(text.substring(credit.start()).strip());
            text = text.substring(0, credit.start()).stripTrailing();
            creditAgency = credit.agency() != null ? credit.agency() : creditAgency;
        }
        // Credit lines in the paper's language, a reporters' line, a reporter and outlet at the end, a "Por:"
        // line near the start: out of the text (their names are nobody in the story), into agency and authors.
        List<String> creditAuthors = new ArrayList<>(0);
        String lineAgency = null;
        CreditLines.Credit lead = CreditLines.leading(text);
        if (lead != null) {
            removed.add(text.substring(lead.start(), lead.end()).strip());
            text = text.substring(0, lead.start()) + text.substring(skipNewlines(text, lead.end()));
            lineAgency = lead.agency();
            creditAuthors.addAll(lead.authors());
        }
        for (int k = 0; k < MAX_CLOSING_CREDITS; k++) {
            CreditLines.Credit c = CreditLines.trailing(text);
            if (c == null) {
                break;
            }
            removed.add(text.substring(c.start(), c.end()).strip());
            text = text.substring(0, c.start()).stripTrailing();
            lineAgency = lineAgency != null ? lineAgency : c.agency();
            creditAuthors.addAll(c.authors());
            // an agency's sign-off may stand before the reporters' line
            AgencyCredits.Credit before = AgencyCredits.trailing(text);
            if (before != null) {
                removed.add(text.substring(before.start()).strip());
                text = text.substring(0, before.start()).stripTrailing();
                creditAgency = creditAgency != null ? creditAgency : before.agency();
            }
        }
        // The holder a copyright line in the text names ("COPYRIGHT © ANTARA News 2026"), the weakest credit.
        String holder = null;
        for (String line : stripped.removed()) {
            if (holder == null && Boilerplate.isCopyrightNotice(line)) {
                holder = CreditLines.copyrightHolder(line);
            }
        }
        creditAgency = creditAgency != null ? creditAgency : lineAgency != null ? lineAgency : holder;

        Instant publishedAt = raw.publishedAt() != null || meta == null
                ? PublishedDates.parse(publishedText).orElse(null)
                : PublishedDates.fromPage(meta.publishedCandidates(), referenceTime).orElse(null);
        LocalDate reference = (publishedAt != null ? publishedAt : referenceTime).atZone(ZoneOffset.UTC).toLocalDate();

        // A dateline opens the body, or its second line when the first is a headline; a byline line
        // ("By Dilara Hamit", Anadolu's habit) may stand before it and is neither title nor story.
        Dateline dateline = null;
        int firstBreak = text.indexOf('\n');
        // "IRNA - Islamic Republic News Agency" or "(Xinhua)" alone above the dateline: the agency's head line,
        // never a dateline itself ("IRNA" is no place); it names the agency when the dateline does not.
        String headOnly = null;
        String headAgency = firstBreak > 0 && firstBreak <= MAX_CREDIT_LINE ? headAgency(text.substring(0, firstBreak))
                : null;
        Optional<DatelineParser.Match> match = headAgency != null ? Optional.empty()
                : DatelineParser.parse(text, 0, reference);
        boolean creditAbove = match.isEmpty() && firstBreak > 0 && (headAgency != null
                || isCreditLine(text.substring(0, firstBreak))
                || firstBreak <= MAX_CREDIT_LINE && (isAgencyOutletLine(text.substring(0, firstBreak))
                        || isTimestampLine(text.substring(0, firstBreak))));
        // only where no other credit reads the line: "Staff Reporter" is a staff credit, not a name
        boolean bareName = match.isEmpty() && firstBreak > 0 && !creditAbove && isBareNameByline(text, firstBreak)
                && !Headlines.isHeadline(text.substring(0, firstBreak));
        if (creditAbove || bareName) {
            int afterByline = skipNewlines(text, firstBreak);
            Optional<DatelineParser.Match> next = DatelineParser.parse(text, afterByline, reference);
            if (bareName && next.isPresent() && next.get().dateline().agency() == null) {
                // a reporter's bare name is told from a short headline only by the agency's dateline under it
                next = Optional.empty();
            }
            if (next.isEmpty() && headAgency == null && isCreditLine(text.substring(0, firstBreak))) {
                // "Staff Reporter" / "HYDERABAD" / the story: a listed town in capitals alone on its line under a
                // staff credit or byline is the dateline, with no blank line after it
                next = DatelineParser.placeLineAfterCredit(text, afterByline);
            }
            // "By MARIA LOPEZ\nAssociated Press\n\nTUCSON, Ariz. (AP) —": the byline's outlet on a line of its own;
            // "The Associated Press\n\nNovember 03, 2026 4:58 AM\n\nMIDLAND, Mich.": the outlet, then a timestamp
            for (int line = 1; next.isEmpty() && line < MAX_LINES_BEFORE_DATELINE; line++) {
                int lineEnd = text.indexOf('\n', afterByline);
                if (lineEnd <= afterByline || lineEnd - afterByline > MAX_CREDIT_LINE) {
                    break;
                }
                String l = text.substring(afterByline, lineEnd);
                if (!isOutletLine(l) && !isTimestampLine(l)) {
                    break;
                }
                afterByline = skipNewlines(text, lineEnd);
                next = DatelineParser.parse(text, afterByline, reference);
            }
            if (next.isPresent()) {
                int after = afterByline;
                text = text.substring(after);
                String head = headAgency;
                match = next.map(m -> new DatelineParser.Match(head != null && m.dateline().agency() == null
                        ? m.dateline().withAgency(head) : m.dateline(), m.start() - after, m.end() - after));
                firstBreak = -1;
            } else if (headAgency != null) {
                // the agency's head line above plain prose: it names the source and is neither title nor story
                removed.add(text.substring(0, firstBreak).strip());
                text = text.substring(skipNewlines(text, firstBreak));
                firstBreak = text.indexOf('\n');
                headOnly = headAgency;
            }
        }
        if (match.isEmpty() && firstBreak > 0 && Headlines.isHeadline(text.substring(0, firstBreak))
                && !isByline(text.substring(0, firstBreak))) {
            int afterHeadline = skipNewlines(text, firstBreak);
            Optional<DatelineParser.Match> onSecond = DatelineParser.parse(text, afterHeadline, reference);
            int secondBreak = text.indexOf('\n', afterHeadline);
            int second = afterHeadline;
            if (onSecond.isEmpty() && secondBreak > afterHeadline
                    && isByline(text.substring(afterHeadline, secondBreak))) {
                int afterByline = skipNewlines(text, secondBreak);
                Optional<DatelineParser.Match> onThird = DatelineParser.parse(text, afterByline, reference);
                if (onThird.isPresent()) {
                    onSecond = onThird;
                    second = afterByline;
                }
            }
            int from = second;
            if (onSecond.isPresent() || title == null) {
                if (title == null) {
                    title = text.substring(0, firstBreak).strip();
                }
                text = text.substring(from);
                match = onSecond.map(m -> new DatelineParser.Match(m.dateline(), m.start() - from, m.end() - from));
            }
        }
        if (match.isPresent()) {
            dateline = match.get().dateline();
            text = text.substring(match.get().end());
            // Republished wire copy often carries a second dateline for the same place on the next line.
            int lineEnd = text.indexOf('\n');
            if (lineEnd > 0) {
                int next = skipNewlines(text, lineEnd);
                Optional<DatelineParser.Match> again = DatelineParser.parse(text, next, reference);
                // Null-safe: a UPI dateline has no place ("Nov. 29 (UPI) --"), so neither may have one.
                if (again.isPresent() && dateline.location() != null
                        && dateline.location().equalsIgnoreCase(again.get().dateline().location())) {
                    Dateline d2 = again.get().dateline();
                    dateline = new Dateline(dateline.location(), dateline.locationDisplay(),
                            dateline.region() != null ? dateline.region() : d2.region(),
                            dateline.date() != null ? dateline.date() : d2.date(),
                            dateline.resolvedDate() != null ? dateline.resolvedDate() : d2.resolvedDate(),
                            dateline.agency() != null ? dateline.agency() : d2.agency(),
                            dateline.otherLocations().isEmpty() ? d2.otherLocations() : dateline.otherLocations());
                    text = text.substring(0, next) + text.substring(again.get().end());
                }
            }
        }
        text = text.strip();
        // The credit names the agency when the lead does not; without a dateline it is the source.
        Attribution attribution = stripped.attribution();
        creditAgency = creditAgency != null ? creditAgency : headOnly;
        if (creditAgency != null && dateline != null && dateline.agency() == null) {
            dateline = dateline.withAgency(creditAgency);
        } else if (creditAgency != null && dateline == null && attribution == null) {
            attribution = new Attribution(creditAgency);
        }

        Source source = raw.source();
        String domain = ArticleIds.domain(url).orElse(null);
        if (source == null) {
            source = new Source(null, domain);
        } else if (source.domain() == null && domain != null) {
            source = new Source(source.name(), domain);
        }

        return Article.builder(raw.id(), text, "")
                .url(url)
                .source(source)
                .title(title)
                .canonicalUrl(meta == null ? null : meta.canonicalUrl())
                .authors(meta != null && !meta.authors().isEmpty() ? meta.authors() : creditAuthors)
                .imageUrl(meta == null ? null : meta.imageUrl())
                .captions(captions)
                .declaredLanguage(meta != null && meta.language() != null ? meta.language()
                        : PageMetadata.language(raw.language()))
                .publishedAt(publishedAt)
                .dateline(dateline)
                .attribution(attribution)
                .license(stripped.license())
                .boilerplate(removed)
                .stats(TextStatistics.of(text))
                .build();
    }

    /** At most this many credit lines close a story ("(avec AFP)", then a reporters' line, ...). */
    private static final int MAX_CLOSING_CREDITS = 3;
    /** At most this many credit lines (byline, outlet, timestamp) stand before a dateline. */
    private static final int MAX_LINES_BEFORE_DATELINE = 3;
    /** The longest credit line looked at before a dateline. */
    private static final int MAX_CREDIT_LINE = 80;

    /**
     * A byline's first word: English, in lower case too as Xinhua's features write it ("by Xinhua writer Li Wei"), and
     * French "par" as Reuters' and AFP's French services write it.
     */
    private static final String[] BYLINE_OPENINGS = {"By ", "BY ", "by ", "par ", "Par ", "PAR "};

    /**
     * "By Dilara Hamit", "BY MARIA GARCIA", "By F. Ahmed and Sarwar Kashani, IANS", "par Jean Dupont": a short
     * credit line.
     */
    static boolean isByline(String line) {
        String l = line.strip();
        String opening = null;
        for (String o : BYLINE_OPENINGS) {
            if (l.startsWith(o)) {
                opening = o;
                break;
            }
        }
        if (opening == null || l.length() < opening.length() + 2 || l.length() > 80
                || !Character.isUpperCase(l.charAt(opening.length())) || l.endsWith(".") && !l.endsWith(" Jr.")) {
            return false;
        }
        int words = wordCount(l) - 1;
        return words >= 1 && words <= 10;
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    /** The words of a stripped line, split at runs of white space. */
    private static String[] words(String l) {
        return SPACES.split(l);
    }

    private static int wordCount(String l) {
        return words(l).length;
    }

    /** Last words of a staff credit standing for a byline: "Staff Reporter", "Special Correspondent", "Express News Service". */
    private static final java.util.Set<String> CREDIT_WORDS = WordSet.of("CORRESPONDENT", "CORRESPONDENTS",
            "REPORTER", "REPORTERS", "SERVICE", "BUREAU", "DESK", "WRITER", "STAFF",
            // "Staff Report", "Monitoring Report": the Pakistani dailies' byline for desk copy
            "REPORT");

    /** First words of a photo credit or caption line: "File photo", "Photo: AFP", "FILE PHOTO". */
    private static final java.util.Set<String> PHOTO_WORDS = WordSet.of("PHOTO", "PHOTOS", "FILE", "FOTO",
            "PICTURE", "IMAGE");

    /**
     * A line that may stand before the dateline and is neither title nor story: a byline, a staff
     * credit ("Special Correspondent", "The Newspaper's Staff Reporter") or a photo credit
     * ("File photo", "(AP Photo/Ross Dale)"). Only skipped when a dateline follows it.
     */
    static boolean isCreditLine(String line) {
        String l = line.strip();
        if (isByline(l) || isStaffCredit(l)) {
            return true;
        }
        if (l.length() < 4 || l.length() > 80) {
            return false;
        }
        if (l.startsWith("(") && l.endsWith(")")) {
            return l.toUpperCase(java.util.Locale.ROOT).contains("PHOTO") || l.indexOf('/') > 0;
        }
        int end = 0;
        while (end < l.length() && Character.isLetter(l.charAt(end))) {
            end++;
        }
        return end > 0 && PHOTO_WORDS.contains(l.substring(0, end).toUpperCase(java.util.Locale.ROOT))
                && wordCount(l) <= 8;
    }

    /**
     * A reporter's name alone on the first line, then a blank line: two or three capitalised words of letters
     * (hyphens and apostrophes allowed), as Anadolu's Turkish service heads its copy ("Selin Kaya" / blank /
     * "KONYA (AA) - ..."). Only taken for a byline when the dateline under it names its agency.
     */
    static boolean isBareNameByline(String text, int firstBreak) {
        if (firstBreak > MAX_CREDIT_LINE || firstBreak + 1 >= text.length() || text.charAt(firstBreak + 1) != '\n') {
            return false;
        }
        String[] words = words(text.substring(0, firstBreak).strip());
        if (words.length < 2 || words.length > 3) {
            return false;
        }
        for (String w : words) {
            if (w.length() < 2 || !Character.isUpperCase(w.charAt(0)) || !Character.isLowerCase(w.charAt(1))
                    || !w.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'' || c == '’')) {
                return false;
            }
        }
        return true;
    }

    /** "Staff Reporter", "Special Correspondent", "Express News Service": at most six words ending in a credit word. */
    private static boolean isStaffCredit(String l) {
        if (l.isEmpty() || !Character.isUpperCase(l.charAt(0)) || l.length() > 60) {
            return false;
        }
        String[] words = words(l);
        return words.length <= 6 && CREDIT_WORDS.contains(words[words.length - 1].toUpperCase(java.util.Locale.ROOT));
    }

    /** Last words of an agency's or a paper's name standing alone as a credit ("The Associated Press", "Kyodo News"). */
    private static final java.util.Set<String> OUTLET_WORDS = WordSet.of("PRESS", "NEWS", "AGENCY", "WIRE",
            "NEWSWIRE");

    /**
     * The first line an agency's or outlet's name alone ("The Associated Press", "Anadolu Agency", "Reuters"):
     * capitalised words ({@link #isOutletLine}) ending in an outlet word, or a listed agency. A headline of
     * capitalised words ("Police Shoot Man") is not one.
     */
    static boolean isAgencyOutletLine(String line) {
        String l = line.strip();
        // the cheap test first: a headline (most first lines) ends in another word and is no listed agency
        String last = l.substring(l.lastIndexOf(' ') + 1).toUpperCase(java.util.Locale.ROOT);
        return (OUTLET_WORDS.contains(last) || DatelineParser.isAgency(l)) && isOutletLine(l) && !isStaffCredit(l);
    }

    /**
     * A timestamp alone on its line: "November 03, 2026 4:58 AM", "March 3, 2026 08:40 PM IST", "03.11.2026
     * 10:15": only numbers, times, month names, AM/PM and a time zone in capitals, with a year of four digits.
     */
    static boolean isTimestampLine(String line) {
        String l = line.strip();
        if (l.length() < 8 || l.length() > 48 || !Character.isLetterOrDigit(l.charAt(0))) {
            return false;
        }
        // the cheap test first: four digits in a row somewhere (most first lines have none), before the split
        int run = 0;
        int longest = 0;
        for (int k = 0; k < l.length(); k++) {
            run = Character.isDigit(l.charAt(k)) ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        if (longest < 4) {
            return false;
        }
        boolean year = false;
        for (String w : words(l)) {
            String t = w.endsWith(",") || w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
            if (t.isEmpty()) {
                return false;
            }
            if (t.chars().allMatch(c -> Character.isDigit(c) || c == ':' || c == '.' || c == '/' || c == '-')) {
                year |= t.length() == 4 && t.chars().allMatch(Character::isDigit)
                        || t.length() == 10 && Character.isDigit(t.charAt(9));
            } else if (!MonthNames.isMonth(t.toLowerCase(java.util.Locale.ROOT)) && !TIME_WORDS.contains(t)
                    && !(t.length() <= 4 && t.chars().allMatch(c -> c >= 'A' && c <= 'Z'))) {
                return false;
            }
        }
        return year;
    }

    /** Words of a timestamp line besides numbers and month names. */
    private static final java.util.Set<String> TIME_WORDS = WordSet.of("AM", "PM", "am", "pm", "a.m", "p.m");

    /** Last words of an agency's full name on its head line ("Islamic Republic News Agency", "Anadolu Ajansı"). */
    private static final java.util.Set<String> AGENCY_NAME_WORDS = WordSet.of("AGENCY", "NEWS", "PRESS",
            "SERVICE", "WIRE", "AJANSI", "AGENCIA", "AGENCE", "AGENZIA", "AGÊNCIA", "AGENTUR");

    /**
     * The agency an agency's head line names, or {@code null}: the agency alone in brackets ("(Xinhua)"), or a
     * listed agency, a spaced dash and its full name ending in an agency word ("IRNA - Islamic Republic News
     * Agency"). A line that goes on as a sentence ("IRNA - the agency said ...") is none.
     */
    static String headAgency(String line) {
        String l = line.strip();
        if (l.length() < 3) {
            return null;
        }
        if (l.charAt(0) == '(' && l.charAt(l.length() - 1) == ')') {
            String inner = l.substring(1, l.length() - 1).strip();
            return DatelineParser.isAgency(inner) ? inner : null;
        }
        int dash = l.indexOf(" - ");
        if (dash < 0) {
            dash = l.indexOf(" – ");
        }
        if (dash <= 0 || !DatelineParser.isAgency(l.substring(0, dash))) {
            return null;
        }
        String[] words = l.substring(dash + 3).strip().split(" ");
        if (words.length < 2 || words.length > 6
                || !AGENCY_NAME_WORDS.contains(words[words.length - 1].toUpperCase(java.util.Locale.ROOT))) {
            return null;
        }
        for (String w : words) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
                return null;
            }
        }
        return l.substring(0, dash);
    }

    /** The byline's outlet alone on its line: "Associated Press", "The Associated Press", a staff credit. */
    private static boolean isOutletLine(String line) {
        String l = line.strip();
        if (isStaffCredit(l)) {
            return true;
        }
        String[] words = l.split(" ");
        if (l.isEmpty() || words.length > 4) {
            return false;
        }
        for (String w : words) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || !isNameWord(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Letters, or capitalised parts joined by hyphens as papers' names are ("The Spokesman-Review", "Post-Dispatch",
     * "Journal-Constitution").
     */
    private static boolean isNameWord(String w) {
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            if (c == '-' && k > 0 && k + 1 < w.length() && Character.isUpperCase(w.charAt(k + 1))) {
                continue;
            }
            if (!Character.isLetter(c)) {
                return false;
            }
        }
        return true;
    }

    private static int skipNewlines(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
