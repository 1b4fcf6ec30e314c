package io.newswire.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventTest {

    private static final Mention M = new Mention(0, 3, "met");

    private static Event event(String date, String precision) {
        return new Event("CONSULT", null, M, null, null, null, date == null ? null : LocalDate.parse(date), precision,
                "asserted", null, M);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
            "2025-11-13, day",
            "2025-11-01, month",
            "2019-01-01, year",
            "-, -"})
    void shouldAcceptDateWhenPrecisionFitsIt(String date, String precision) {
        assertThat(event(date, precision).datePrecision()).isEqualTo(precision);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
            "2025-11-13, -",
            "-, day",
            "-, month",
            "2025-11-13, month",
            "2019-03-01, year",
            "2025-11-01, week"})
    void shouldRejectDateWhenPrecisionDoesNotFitIt(String date, String precision) {
        assertThatThrownBy(() -> event(date, precision)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldCallDateADayWhenBuiltWithoutPrecision() {
        LocalDate d = LocalDate.of(2026, 5, 13);
        assertThat(new Event("CONSULT", null, M, null, null, null, d, "asserted", null, M).datePrecision())
                .isEqualTo(Event.DAY);
        assertThat(new Event("CONSULT", null, M, null, null, null, null, "asserted", null, M).datePrecision()).isNull();
    }

    @Test
    void shouldWriteDatePrecisionAfterDateWhenSerialised() throws Exception {
        String json = Json.mapper().writeValueAsString(event("2025-11-01", Event.MONTH));
        assertThat(json).contains("\"date\":\"2025-11-01\",\"datePrecision\":\"month\"");
        assertThat(Json.mapper().readValue(json, Event.class)).isEqualTo(event("2025-11-01", Event.MONTH));
    }
}
