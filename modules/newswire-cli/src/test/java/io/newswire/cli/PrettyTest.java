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

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "two bureaus in capitals    | GAZA CITY  | Gaza City | JERUSALEM           | Reuters | dateline Gaza City / Jerusalem, 2026-01-03 (Reuters)",
        "three bureaus              | BRUSSELS   | Brussels  | LONDON;PARIS        | -       | dateline Brussels / London / Paris, 2026-01-03",
        "mixed case kept as written | Dakar      | -         | Bamako              | AFP     | dateline Dakar / Bamako, 2026-01-03 (AFP)",
        "hyphen and apostrophe      | PORT-VILA  | Port-Vila | N'DJAMENA;ST. JOHN'S | AP     | dateline Port-Vila / N'Djamena / St. John's, 2026-01-03 (AP)",
    })
    void shouldPrintEveryBureauWhenTheDatelineNamesSeveralPlaces(String kind, String location, String display,
            String others, String agency, String expected) {
        Dateline d = new Dateline(location, display, null, "Jan 3", LocalDate.parse("2026-01-03"), agency,
                java.util.List.of(others.split(";")));
        Article a = Article.builder("a1", "The story.", "test").dateline(d).build();

        assertThat(Pretty.summary(a)).as(kind).contains("   " + expected + "\n").doesNotContain("null");
    }
}
