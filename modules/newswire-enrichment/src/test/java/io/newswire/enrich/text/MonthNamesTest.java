package io.newswire.enrich.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MonthNamesTest {

    @ParameterizedTest
    @CsvSource({"march, 3", "mar, 3", "märz, 3", "mars, 3", "marzo, 3", "março, 3", "maart, 3", "maret, 3",
            "марта, 3", "března, 3", "sept, 9", "set, 9", "out, 10", "déc, 12", "augustus, 8"})
    void shouldNameTheMonthWhenTheWordIsAMonthInAnyListedLanguage(String word, int month) {
        assertThat(MonthNames.of(word)).isEqualTo(month);
        assertThat(MonthNames.isMonth(word)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"monday", "spring", "tehran", "marcha", "March"})
    void shouldNameNoMonthWhenTheWordIsNotALowerCaseMonthName(String word) {
        assertThat(MonthNames.of(word)).isNull();
        assertThat(MonthNames.isMonth(word)).isFalse();
    }
}
