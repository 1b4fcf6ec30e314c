package io.newswire.enrich.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Session s46 (issue #14): one capital word over a market's quote table (a bid and an offer, or a figure and its
 * change) stays the head Reuters' DATELINE field holds; over prose, a timetable or a figure without a change it is a
 * label. Rows are invented.
 */
class QuoteTableHeadDatelinesTest {

    private static final LocalDate REF = LocalDate.of(2026, 12, 2);

    /** Reuters heads its commodity tables with the commodity and a dash; its DATELINE field holds that head. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "ZINC - SPECIAL GRADE 455.00/456.50 | ZINC",
        "ALUMINIUM - High grade cash 1,180.00 up 12.00, three months 1,195.00 up 10.00 | ALUMINIUM",
        "SOYBEANS - total 41,220,118 off 120,400 | SOYBEANS",
        "COCOA - London Mar 1,520.00 down 14.00 | COCOA",
        "COPPER - Cash 1,880.50/1,881.00 | COPPER",
    })
    void shouldKeepTheCommodityHeadWhenAQuoteTableFollowsItsDash(String text, String location) {
        assertThat(DatelineParser.parse(text, 0, REF)).hasValueSatisfying(
                m -> assertThat(m.dateline().location()).isEqualTo(location));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // one English word over a sentence, a timetable or a figure without a change: a label
        "SOYBEANS — Prices climbed for a third day as the harvest slowed.",
        "ALUMINIUM — Smelters cut output by 2.5 percent in October.",
        "COPPER — Miners in Chile walked out over pay on Monday.",
        "ARRIVALS — LH 902 from Frankfurt 10:45 LANDED; AF 1080 from Paris 11:05 DELAYED.",
        "RAINFALL — 12.5 mm at the airport overnight, the most since March.",
    })
    void shouldFindNoDatelineWhenAnEnglishWordHeadsNoQuoteTable(String text) {
        assertThat(DatelineParser.parse(text, 0, REF)).isEmpty();
    }
}
