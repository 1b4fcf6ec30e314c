package io.newswire.enrich.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatesTest {

    /** Finds the first 4-digit year in the text and reads a full date around it, as the clusterer does. */
    private static String dateAroundFirstYear(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<!\\d)(19|20)\\d\\d(?!\\d)").matcher(text);
        assertThat(m.find()).as("a year in %s", text).isTrue();
        long day = Dates.around(text, m.start(), m.end(), Integer.parseInt(m.group()));
        return day == Long.MIN_VALUE ? "none" : LocalDate.ofEpochDay(day).toString();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Friday, November 11, 2011 - The navy said                 | 2011-11-11",
        "Posted: Nov. 3rd 2024 at noon                            | 2024-11-03",
        "the vote on 7 March 2019 was close                       | 2019-03-07",
        "Am 11. November 2011 teilte die Polizei mit              | 2011-11-11",
        "le 3 mars 2012, la police a annoncé                      | 2012-03-03",
        "el 14 octubre 2020 se registró                           | 2020-10-14",
        "https://example.org/news/2011/11/12/navy-foils-attack     | 2011-11-12",
        "example . com / 2007 - 04 - 10 / shooting                | 2007-04-10",
        "in 2011 the navy said                                    | none",
        "on February 30, 2011 nothing happened                    | none",
        "page 12 2011 edition                                     | none",
        "Flight 2011 landed at 5 pm                               | none",
    })
    void shouldReadAFullDateWrittenAroundAYearWhenThereIsOne(String text, String expected) {
        assertThat(dateAroundFirstYear(text.strip())).isEqualTo(expected);
    }
}
