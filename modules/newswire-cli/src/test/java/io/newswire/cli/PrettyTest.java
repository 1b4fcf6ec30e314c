package io.newswire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.model.Article;
import io.newswire.model.Dateline;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PrettyTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // place-less agency datelines (UPI, Reuters): no "null" where the place would be
        "UPI without a place     | -         | -         | 2026-11-29 | Nov. 29   | UPI     | dateline 2026-11-29 (UPI)",
        "Reuters without a place | -         | -         | 2026-03-03 | March 3   | Reuters | dateline 2026-03-03 (Reuters)",
        "place, date and agency  | ISLAMABAD | Islamabad | 2026-01-09 | Jan 9     | Reuters | dateline Islamabad, 2026-01-09 (Reuters)",
        "place only              | Lahore    | -         | -          | -         | -       | dateline Lahore",
        "date left unresolved    | OSIJEK    | Osijek    | -          | 7. lipnja | Hina    | dateline Osijek, 7. lipnja (Hina)",
    })
    void shouldPrintOnlyTheDatelinePartsThereAreWhenADatelineLacksSome(String kind, String location, String display,
            String resolved, String written, String agency, String expected) {
        Dateline d = new Dateline(location, display, written, resolved == null ? null : LocalDate.parse(resolved), agency);
        Article a = Article.builder("a1", "Der Text der Meldung.", "test").dateline(d).build();

        String summary = Pretty.summary(a);

        assertThat(summary).as(kind).contains("   " + expected + "\n").doesNotContain("null");
    }
}
