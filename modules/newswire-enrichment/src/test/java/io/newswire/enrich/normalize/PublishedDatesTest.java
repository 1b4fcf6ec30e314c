package io.newswire.enrich.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.model.IsoInstants;
import java.time.Instant;
import java.time.OffsetDateTime;
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

    @ParameterizedTest
    @ValueSource(strings = {
        "2026-05-13T14:20:00Z", "2026-05-13T17:20:00+03:00", "2026-05-13T09:50:00-04:30", "2024-02-29T23:59:59Z",
        "2026-01-01T00:00:00-00:00", "2026-05-13T14:20:00.5Z", "2026-05-13T14:20:00.123456789+01:00",
        "1999-12-31T23:59:59.000+14:00", "2026-11-23T06:15:00+18:00",
    })
    void shouldReadTheIsoFormLikeTheGeneralParserWhenWrittenExactly(String value) {
        assertThat(IsoInstants.parse(value)).isEqualTo(OffsetDateTime.parse(value).toInstant());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "2026-02-30T10:00:00Z", "2026-05-13T24:00:00Z", "2015-06-30T23:59:60Z", "2026-13-01T10:00:00Z",
        "2026-05-13t14:20:00Z", "2026-05-13T14:20:00z", "2026-05-13T14:20Z", "2026-05-13T14:20:00+0300",
        "2026-05-13T14:20:00+19:00", "2026-05-13T14:20:00.Z", "2026-05-13T14:20:00.1234567891Z",
        "2026-05-13T14:20:00+03:00:30", "2026-05-13T14:20:00Z[Europe/Paris]", "+2026-05-13T14:20:00Z",
        "2026-O5-13T14:20:00Z", "2026-05-13T14:20:00 GMT", "2026-05-13T14:20:00+18:30",
    })
    void shouldLeaveTheValueToTheGeneralParsersWhenNotExactlyTheIsoForm(String value) {
        assertThat(IsoInstants.parse(value)).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2015-06-30T23:59:60Z          | 2015-06-30T23:59:59Z",
        "2026-05-13T14:20:00+03:00:30  | 2026-05-13T11:19:30Z",
        "2026-05-13T14:20Z             | 2026-05-13T14:20:00Z",
    })
    void shouldStillParseNearIsoFormsWhenTheFastReadingLeavesThem(String value, String expected) {
        assertThat(PublishedDates.parse(value)).hasValue(Instant.parse(expected));
    }
}
