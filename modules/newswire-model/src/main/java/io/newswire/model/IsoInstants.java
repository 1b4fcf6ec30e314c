package io.newswire.model;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Reads the ISO-8601 form nearly every record and page writes, {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}](Z|±hh:mm)},
 * with a few comparisons: the general readers ({@code DateTimeFormatter}'s field maps and resolver) cost a third
 * of decoding a raw record (s32, {@link CanonicalInstants}) and about 3% of the pipeline when reading pages'
 * publication times (s38, {@code PublishedDates}). For every string it accepts it gives the instant
 * {@code OffsetDateTime.parse} gives; anything else (lower-case {@code t}/{@code z}, {@code +0300}, hour 24,
 * leap seconds, impossible dates, offsets beyond ±18:00) is {@code null}, for the caller's general reader.
 */
public final class IsoInstants {

    /** The largest offset {@code java.time.ZoneOffset} accepts, in seconds. */
    private static final int MAX_OFFSET_SECONDS = 18 * 3_600;

    private IsoInstants() {
    }

    /** The instant {@code s} writes in the form above, or {@code null} when it is in any other form or invalid. */
    public static Instant parse(String s) {
        int n = s.length();
        if (n < 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' || s.charAt(13) != ':'
                || s.charAt(16) != ':') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = digits(s, 17, 2);
        if ((year | month | day | hour | minute | second) < 0 || hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        int i = 19;
        int nanos = 0;
        if (s.charAt(i) == '.') {
            int start = ++i;
            while (i < n && i - start < 10 && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                nanos = nanos * 10 + (s.charAt(i++) - '0');
            }
            int width = i - start;
            if (width < 1 || width > 9) {
                return null;
            }
            for (int w = width; w < 9; w++) {
                nanos *= 10;
            }
        }
        int offsetSeconds;
        if (i == n - 1 && s.charAt(i) == 'Z') {
            offsetSeconds = 0;
        } else if (i == n - 6 && (s.charAt(i) == '+' || s.charAt(i) == '-') && s.charAt(i + 3) == ':') {
            int oh = digits(s, i + 1, 2);
            int om = digits(s, i + 4, 2);
            if ((oh | om) < 0 || om > 59 || oh * 3_600 + om * 60 > MAX_OFFSET_SECONDS) {
                return null;
            }
            offsetSeconds = (s.charAt(i) == '-' ? -1 : 1) * (oh * 3_600 + om * 60);
        } else {
            return null;
        }
        long epochDay;
        try {
            epochDay = LocalDate.of(year, month, day).toEpochDay();
        } catch (DateTimeException e) {
            return null; // 30 February and the like
        }
        return Instant.ofEpochSecond(epochDay * 86_400L + hour * 3_600L + minute * 60L + second - offsetSeconds, nanos);
    }

    /** The value of the {@code count} ASCII digits at {@code from}, or -1 when one is no digit. */
    private static int digits(String s, int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
