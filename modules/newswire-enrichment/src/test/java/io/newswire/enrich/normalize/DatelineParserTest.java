package io.newswire.enrich.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.model.Dateline;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatelineParserTest {

    private static final LocalDate REF = LocalDate.of(2026, 5, 20);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // text                                                   | location    | display     | region      | date      | resolved   | agency                        | rest
        "PARIS, March 3 (Reuters) - Ministers met.                 | PARIS       | Paris       | -           | March 3   | 2026-03-03 | Reuters                       | Ministers met.",
        "TEHRAN, May 13 - Talks began.                             | TEHRAN      | Tehran      | -           | May 13    | 2026-05-13 | -                             | Talks began.",
        "WASHINGTON (Reuters) - The Senate voted.                  | WASHINGTON  | Washington  | -           | -         | -          | Reuters                       | The Senate voted.",
        "LONDON, Jan 5 (AFP) - Trains stopped.                     | LONDON      | London      | -           | Jan 5     | 2026-01-05 | AFP                           | Trains stopped.",
        "Kabul (AP) — Schools reopened.                            | Kabul       | Kabul       | -           | -         | -          | AP                            | Schools reopened.",
        "ISLAMABAD: A bomb exploded.                               | ISLAMABAD   | Islamabad   | -           | -         | -          | -                             | A bomb exploded.",
        "TEHRAN, Young Journalists Club (YJC) – Bahrami arrived.   | TEHRAN      | Tehran      | -           | -         | -          | Young Journalists Club (YJC)  | Bahrami arrived.",
        "TAUPO, New Zealand, March 23 - Prices rose.               | TAUPO       | Taupo       | New Zealand | March 23  | 2026-03-23 | -                             | Prices rose.",
        "MADRID, 4 ago (EFE).- Los vecinos salieron.               | MADRID      | Madrid      | -           | 4 ago     | 2025-08-04 | EFE                           | Los vecinos salieron.",
        "NIAMEY, 2 juin (AFP) - Les écoles ferment.                | NIAMEY      | Niamey      | -           | 2 juin    | 2025-06-02 | AFP                           | Les écoles ferment.",
        "Berlin (dpa) - Die Regierung einigte sich.                | Berlin      | Berlin      | -           | -         | -          | dpa                           | Die Regierung einigte sich.",
        "NAIROBI, Nov. 2 (Xinhua) -- Drought declared.             | NAIROBI     | Nairobi     | -           | Nov. 2    | 2025-11-02 | Xinhua                        | Drought declared.",
        "NEW YORK, MARCH 20, 1987 - Stocks fell.                   | NEW YORK    | New York    | -           | MARCH 20, 1987 | 1987-03-20 | -                   | Stocks fell.",
        "omaha, april 7 - Cattle prices rose.                      | omaha       | Omaha       | -           | april 7   | 2026-04-07 | -                             | Cattle prices rose.",
        "ST. LOUIS, May 1 - Output rose.                           | ST. LOUIS   | St. Louis   | -           | May 1     | 2026-05-01 | -                             | Output rose.",
        "RICHMOND, Va. Feb 26 - Sales rose.                        | RICHMOND    | Richmond    | Va.         | Feb 26    | 2026-02-26 | -                             | Sales rose.",
        "SÃO PAULO, 3 março (Reuters) - Ações subiram.             | SÃO PAULO   | São Paulo   | -           | -         | -          | -                             | -",
        "DÜSSELDORF, 3. März (dpa) - Der Rhein steigt.             | DÜSSELDORF  | Düsseldorf  | -           | 3. März   | 2026-03-03 | dpa                           | Der Rhein steigt.",
        "SAN JOSE, Calif., March 3 - Chip sales rose.              | SAN JOSE    | San Jose    | Calif.      | March 3   | 2026-03-03 | -                             | Chip sales rose.",
        "LONDON, Ont., March 3 (Reuters) - Wheat rose.             | LONDON      | London      | Ont.        | March 3   | 2026-03-03 | Reuters                       | Wheat rose.",
        "LONDON, Ont. (Reuters) - Wheat rose.                      | LONDON      | London      | Ont.        | -         | -          | Reuters                       | Wheat rose.",
        "PORTLAND, Maine, April 2 - Lobster prices fell.           | PORTLAND    | Portland    | Maine       | April 2   | 2026-04-02 | -                             | Lobster prices fell.",
        "SYDNEY, N.S.W., Australia, May 9 - Rain fell.             | SYDNEY      | Sydney      | N.S.W., Australia | May 9 | 2026-05-09 | -                         | Rain fell.",
        "QUETTA, Balochistan, June 4 (AFP) - Roads closed.         | QUETTA      | Quetta      | Balochistan | June 4    | 2025-06-04 | AFP                           | Roads closed.",
    })
    void shouldReadDatelineWhenTextStartsWithOne(String text, String location, String display, String region,
            String date,
            String resolved, String agency, String rest) {
        var match = DatelineParser.parse(text, 0, REF);
        if (rest == null) {
            // Portuguese month names are not in the table: no dateline rather than a wrong one.
            assertThat(match).isEmpty();
            return;
        }
        assertThat(match).isPresent();
        Dateline d = match.get().dateline();
        assertThat(d.location()).isEqualTo(location);
        assertThat(d.locationDisplay()).isEqualTo(display);
        assertThat(d.region()).isEqualTo(region);
        assertThat(d.date()).isEqualTo(date);
        assertThat(d.resolvedDate()).isEqualTo(resolved == null ? null : LocalDate.parse(resolved));
        assertThat(d.agency()).isEqualTo(agency);
        assertThat(text.substring(match.get().end())).isEqualTo(rest);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Paris is the capital of France, and it is large.",
        "Tehran said on Sunday that talks would resume.",
        "London - the city that never sleeps - woke up.",
        "Washington has warned Moscow over the deal.",
        "NOTE: Company is a mutual savings bank.",
        "Shr 31 cts vs 45 cts",
        "The ministers, March 3 - no, wait.",
        "“Kabul (AP) — quoted” said the editor.",
        "Net 52.9 mln vs 21.9 mln",
        "UN: Der Sicherheitsrat tagt am Freitag.",
        "EU - les ministres se réunissent lundi.",
        "",
        "ÜBER",
    })
    void shouldFindNoDatelineWhenTextMerelyStartsWithAPlaceOrLabel(String text) {
        assertThat(DatelineParser.parse(text, 0, REF)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"12, 31, 2026-01-02, 2025-12-31", "1, 1, 2026-01-02, 2026-01-01", "3, 1, 2026-02-20, 2025-03-01", "3, 1, 2026-02-28, 2026-03-01",
            "2, 29, 2026-03-01, 2024-02-29", "5, 14, 2026-05-13, 2026-05-14"})
    void shouldInferYearNotAfterReferenceWhenDateHasNoYear(int month, int day, String reference, String expected) {
        assertThat(DatelineParser.inferYear(month, day, LocalDate.parse(reference))).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void shouldReadOnlyABoundedWindowWhenTheLineIsHuge() {
        // What lies past the scan window never changes the answer: a dateline after a megabyte of
        // letters is not one (the parser never got there), and a megabyte after a dateline is
        // ignored. Speed is the JMH benchmarks' business, not a timed assertion's.
        assertThat(DatelineParser.parse("A".repeat(1_000_000) + ", March 3 - text", 0, REF)).isEmpty();
        String dateline = "LIMA, March 3 (Reuters) - Rain fell.";
        assertThat(DatelineParser.parse(dateline + " " + "x".repeat(1_000_000), 0, REF))
                .isPresent()
                .isEqualTo(DatelineParser.parse(dateline, 0, REF));
    }
}
