package io.newswire.enrich.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublishedDatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2026-05-13T14:20:00Z              | 2026-05-13T14:20:00Z",
        "2026-05-13T17:20:00+03:00         | 2026-05-13T14:20:00Z",
        "2026-05-13T14:20:00               | 2026-05-13T14:20:00Z",
        "2026-05-13                        | 2026-05-13T00:00:00Z",
        "2026-05-13 14:20:00               | 2026-05-13T14:20:00Z",
        "Wed, 13 May 2026 15:05:00 GMT     | 2026-05-13T15:05:00Z",
        "Wed, 13 May 2026 15:05:00 +0200   | 2026-05-13T13:05:00Z",
        "13 May 2018                       | 2018-05-13T00:00:00Z",
        "21 October 2026                   | 2026-10-21T00:00:00Z",
        "May 13, 2018                      | 2018-05-13T00:00:00Z",
        "1777543200000                     | 2026-04-30T10:00:00Z",
        "1777543200                        | 2026-04-30T10:00:00Z",
        "2026-05-13T14:20:00+0000          | 2026-05-13T14:20:00Z",
        "2026-05-13T19:50+0530             | 2026-05-13T14:20:00Z",
        "2026-05-13T14:20:00.123-0300      | 2026-05-13T17:20:00.123Z",
    })
    void shouldParseFeedFormatsWhenKnown(String value, String expected) {
        assertThat(PublishedDates.parse(value)).hasValue(Instant.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "yesterday", "soon", "13/13/2026", "99999999999999999999", "2026-02-30", "42"})
    void shouldGiveNothingWhenValueIsNotADate(String value) {
        assertThat(PublishedDates.parse(value)).isEmpty();
    }
}
