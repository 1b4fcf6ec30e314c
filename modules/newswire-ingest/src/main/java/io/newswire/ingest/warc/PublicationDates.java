package io.newswire.ingest.warc;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cheap look for a page's publication date in its metadata, to stamp a backfilled record with
 * its event time before any extraction: the {@code <meta>} tags publishers use
 * ({@code article:published_time}, {@code datePublished}, {@code pubdate}, Dublin Core...) and
 * JSON-LD {@code "datePublished"}, searched only in the first {@value #SCAN_CHARS} characters (the
 * head) with patterns bounded in length, so a 2 MB page costs no more than a small one. The
 * normalize stage does the full extraction later; this is only the record's timestamp.
 */
final class PublicationDates {

    /** Publishers put this metadata in the head; JSON-LD sometimes just after it. */
    static final int SCAN_CHARS = 64 * 1024;

    private static final Pattern META = Pattern.compile("<meta\\s[^<>]{0,1000}>", Pattern.CASE_INSENSITIVE);
    private static final Pattern META_NAME = Pattern.compile(
            "(?:property|name|itemprop)\\s*=\\s*[\"']?(article:published_time|og:published_time|datePublished|"
                    + "pubdate|publishdate|publish-date|dc\\.date\\.issued|dcterms\\.created|dc\\.date|"
                    + "sailthru\\.date|parsely-pub-date)[\"'\\s>/]",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern META_CONTENT = Pattern.compile("content\\s*=\\s*[\"']([^\"'<>]{4,64})[\"']",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern JSON_LD = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]{4,64})\"");

    private PublicationDates() {
    }

    /**
     * The publication date in the page's metadata, when there is one that parses and is not after
     * {@code capturedAt} (a page cannot be published after it was fetched; a later date is a typo
     * or a time-zone slip, and the capture time is then the better guess).
     */
    static Optional<Instant> find(CharSequence html, Instant capturedAt) {
        CharSequence head = html.length() > SCAN_CHARS ? html.subSequence(0, SCAN_CHARS) : html;
        Matcher meta = META.matcher(head);
        while (meta.find()) {
            String tag = meta.group();
            if (META_NAME.matcher(tag).find()) {
                Matcher content = META_CONTENT.matcher(tag);
                if (content.find()) {
                    Optional<Instant> date = parse(content.group(1)).filter(d -> plausible(d, capturedAt));
                    if (date.isPresent()) {
                        return date;
                    }
                }
            }
        }
        Matcher ld = JSON_LD.matcher(head);
        while (ld.find()) {
            Optional<Instant> date = parse(ld.group(1)).filter(d -> plausible(d, capturedAt));
            if (date.isPresent()) {
                return date;
            }
        }
        return Optional.empty();
    }

    private static boolean plausible(Instant date, Instant capturedAt) {
        // a day of slack: a date-only value is midnight UTC, which can be after a capture in Asia
        return capturedAt == null || !date.isAfter(capturedAt.plusSeconds(86_400));
    }

    /** ISO 8601 with or without offset or time, or RFC 1123; empty when none of these. */
    static Optional<Instant> parse(String value) {
        String v = value.strip();
        try {
            return Optional.of(OffsetDateTime.parse(v).toInstant());
        } catch (DateTimeParseException e) {
            // next form
        }
        try {
            // +0000 without the colon, as some CMSs write it
            return Optional.of(OffsetDateTime.parse(v, DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss[.SSS]Z"))
                    .toInstant());
        } catch (DateTimeParseException e) {
            // next form
        }
        try {
            return Optional.of(LocalDateTime.parse(v).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            // next form
        }
        try {
            return Optional.of(ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            // next form
        }
        if (v.length() >= 10) {
            try {
                return Optional.of(LocalDate.parse(v.substring(0, 10)).atStartOfDay(ZoneOffset.UTC).toInstant());
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
