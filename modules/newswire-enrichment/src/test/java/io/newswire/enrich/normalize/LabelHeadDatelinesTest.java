package io.newswire.enrich.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Session s38 (lead): a head with nothing else of a dateline that is no listed town reads as a label when written in
 * mixed case before a dash, or in three capital words or more; a speaker's role as a head or its region is a
 * transcript's label. Rows are invented.
 */
class LabelHeadDatelinesTest {

    private static final LocalDate REF = LocalDate.of(2026, 5, 20);

    @ParameterizedTest
    @ValueSource(strings = {
        // mixed-case labels and headlines before a dash
        "Remembrance — Agnes Colville taught at the village school for forty years.",
        "Magistrates Court — A Dunmore woman, 41, was fined for driving without insurance.",
        "Sucesos — Un camión vuelca en la carretera de la costa sin causar heridos.",
        "Polícia — Dois homens são presos após assalto a posto de combustível.",
        "Bookings — The following were held at the county jail this week.",
        "Kelbrook Council Leader Resigns — The leader of Kelbrook council stepped down on Monday.",
        // three capital words or more: headlines, slugs, teams
        "TOWN HALL ROUNDUP — Councillors approved the parking plan on Tuesday.",
        "FERRY FARES RISE AGAIN — Passengers will pay 6% more from January.",
        "WESTPORT ROVERS FC: Club confirms new manager.",
        // speakers of a transcript
        "ANCHOR: Good evening. Our top story tonight is the storm.",
        "PRESENTADORA: Buenas noches. Empezamos con el temporal.",
        "LENA ROSSI, ANCHOR: Welcome back to the programme.",
    })
    void shouldFindNoDatelineWhenALabelOrSpeakerHeadsTheText(String text) {
        assertThat(DatelineParser.parse(text, 0, REF)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // text | location the dateline must give
        // two capital words, listed towns in mixed case, a region, an agency, a date, the German short form
        "NEW YORK — A jury found the former executive guilty on all counts. | NEW YORK",
        "ILOILO CITY – The provincial board approved the loan on Tuesday. | ILOILO CITY",
        "Karachi — Police arrested three men after the raid on Sunday. | Karachi",
        "SALT LAKE CITY (AP) — The legislature passed the bill on Friday. | SALT LAKE CITY",
        "MILLBROOK, Ore. — A small fire closed the library on Monday. | MILLBROOK",
        "PORT HARDWICK, Tasmania — The ferry resumed service on Monday. | PORT HARDWICK",
    })
    void shouldKeepTheDatelineWhenMoreThanABareHeadSaysSo(String text, String location) {
        assertThat(DatelineParser.parse(text, 0, REF)).hasValueSatisfying(
                m -> assertThat(m.dateline().location()).isEqualTo(location));
    }
}
