package io.newswire.enrich.normalize;

import io.newswire.model.IsoInstants;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Parses publication times in the formats feeds use: ISO 8601 (instant, offset, local, date), RFC
 * 1123 / RFC 822, "13 May 2018", "May 13, 2018", "2018-05-13 14:20:00", epoch seconds or millis.
 * A time without a zone is read as UTC; a date alone as its start in UTC. Anything else is empty:
 * a publication time is never guessed.
 */
public final class PublishedDates {

    private static final Pattern EPOCH = Pattern.compile("\\d{9,13}");
    /** Earliest plausible publication time: before it, a number is not a timestamp. */
    private static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("2200-01-01T00:00:00Z");

    private static final DateTimeFormatter ISO_ANY_OFFSET = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE).appendLiteral('T').appendPattern("HH:mm[:ss]")
            .optionalStart().appendFraction(java.time.temporal.ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd()
            .appendPattern("[XXX][XX][X]").toFormatter(Locale.ROOT);
    private static final List<DateTimeFormatter> ZONED = List.of(
            DateTimeFormatter.RFC_1123_DATE_TIME,
            new DateTimeFormatterBuilder().parseCaseInsensitive()
                    .appendPattern("[EEE, ][EEEE, ]d MMM yyyy HH:mm[:ss] [z][Z][X]").toFormatter(Locale.ENGLISH),
            new DateTimeFormatterBuilder().parseCaseInsensitive()
                    .appendPattern("[EEE, ]d MMM yyyy HH:mm[:ss] z").toFormatter(Locale.ENGLISH));

    private static final List<DateTimeFormatter> LOCAL_DATE_TIMES = List.of(
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("yyyy-MM-dd HH:mm[:ss]")
                    .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd()
                    .toFormatter(Locale.ROOT),
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("MMMM d, yyyy[ 'at'] h:mm[:ss] a")
                    .toFormatter(Locale.ENGLISH));

    private static final List<DateTimeFormatter> DATES = List.of(
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("d MMMM yyyy").toFormatter(Locale.ENGLISH),
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("d MMM yyyy").toFormatter(Locale.ENGLISH),
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("MMMM d, yyyy").toFormatter(Locale.ENGLISH),
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("MMM d, yyyy").toFormatter(Locale.ENGLISH),
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("EEEE, MMMM d, yyyy").toFormatter(Locale.ENGLISH),
            DateTimeFormatter.ofPattern("yyyy/MM/dd", Locale.ROOT),
            DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.ROOT));

    private PublishedDates() {
    }

    public static Optional<Instant> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String s = value.strip();
        if (s.isEmpty() || s.length() > 64) {
            return Optional.empty();
        }
        if (EPOCH.matcher(s).matches()) {
            long n = Long.parseLong(s);
            Instant t = s.length() >= 12 ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
            return plausible(t);
        }
        Instant iso = IsoInstants.parse(s);
        if (iso != null) {
            return plausible(iso);
        }
        try {
            return plausible(OffsetDateTime.parse(s).toInstant());
        } catch (DateTimeParseException e) {
            // next format
        }
        try {
            // ISO 8601 with a basic offset or no seconds: "2024-02-28T11:35:52+0000", "2024-03-02T21:36+0000".
            return plausible(OffsetDateTime.parse(s, ISO_ANY_OFFSET).toInstant());
        } catch (DateTimeParseException e) {
            // next format
        }
        try {
            return plausible(Instant.parse(s));
        } catch (DateTimeParseException e) {
            // next format
        }
        try {
            return plausible(ZonedDateTime.parse(s).toInstant());
        } catch (DateTimeParseException e) {
            // next format
        }
        try {
            return plausible(LocalDateTime.parse(s).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            // next format
        }
        try {
            return plausible(LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant());
        } catch (DateTimeParseException e) {
            // next format
        }
        for (DateTimeFormatter f : ZONED) {
            try {
                return plausible(ZonedDateTime.parse(s, f).toInstant());
            } catch (DateTimeException e) {
                // next format
            }
        }
        for (DateTimeFormatter f : LOCAL_DATE_TIMES) {
            try {
                return plausible(LocalDateTime.parse(s, f).toInstant(ZoneOffset.UTC));
            } catch (DateTimeException e) {
                // next format
            }
        }
        for (DateTimeFormatter f : DATES) {
            try {
                return plausible(LocalDate.parse(s, f).atStartOfDay(ZoneOffset.UTC).toInstant());
            } catch (DateTimeException e) {
                // next format
            }
        }
        return Optional.empty();
    }

    /** A page time this close to the crawl is the time the page was rendered, not published. */
    static final java.time.Duration CRAWL_TIME_WINDOW = java.time.Duration.ofMinutes(2);

    /**
     * The publication time of a page: the first of its candidates (strongest source first) that
     * parses, is not in the future of {@code crawledAt} and is not the crawl time itself (pages that
     * stamp "now" into a {@code <time>} element when they are served).
     */
    public static Optional<Instant> fromPage(List<String> candidates, Instant crawledAt) {
        for (String c : candidates) {
            Optional<Instant> t = parse(c);
            if (t.isPresent() && !t.get().isAfter(crawledAt)
                    && java.time.Duration.between(t.get(), crawledAt).compareTo(CRAWL_TIME_WINDOW) > 0) {
                return t;
            }
        }
        return Optional.empty();
    }

    private static Optional<Instant> plausible(Instant t) {
        return t.isBefore(EARLIEST) || t.isAfter(LATEST) ? Optional.empty() : Optional.of(t);
    }
}
