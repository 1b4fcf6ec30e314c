package io.newswire.enrich.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Heads of s47 that are no dateline: a market index, a puzzle, a sports series or section label; a box, watch, cup,
 * league or truce named after a place or topic; a competition's division ("GROUP C"); a German town's adjective
 * before a noun ("KÖLNER KARNEVAL"); a transcript's speaker with a role or a cue in brackets; a route of two towns
 * joined by a typeset dash. And datelines of the same shapes that stay read. Rows invented for newswire.
 */
class IndexCupAndTranscriptHeadsDatelinesTest {

    private static final LocalDate REF = LocalDate.of(2026, 11, 29);

    @ParameterizedTest
    @ValueSource(strings = {
        "SENSEX — Banks lift the index to a record close.",
        "FTSE: Miners drag London shares lower in early trade.",
        "CROSSWORD — Solve the clues across and down.",
        "SUDOKU: Fill every row with the digits one to nine.",
        "POLICÍA — Detienen a dos hombres por el robo de cables.",
        "INFO BOX — The new ferry: 140 metres long, 900 passengers.",
        "MARKET WATCH: Oil steadies as traders await supply data.",
        "DAVIS CUP — Hosts name an unchanged squad for the final.",
        "SUPER LIGA — Partizan held at home by a late equaliser.",
        "SUDAN CEASEFIRE: Talks resume after a week's pause.",
        "GROUP C: Portugal top the table after a late winner.",
        "KÖLNER KARNEVAL: Der Rosenmontagszug fällt kürzer aus.",
        "LEIPZIGER MESSE — Die Aussteller kehren zurück.",
        "MARIA SANTOS (Brussels correspondent): The ministers met until dawn.",
        "ANA SILVA, CORRESPONDENT (voice-over): The river burst its banks overnight.",
        "Berlin–Warsaw: Rail operator adds a night train.",
    })
    void shouldFindNoDatelineWhenTheHeadIsALabelASpeakerOrARoute(String text) {
        assertThat(DatelineParser.parse(text, 0, REF)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "WIENER NEUSTADT (APA) – Der Gemeinderat hat das Budget beschlossen. | WIENER NEUSTADT | APA",
        "BREMERHAVEN (dpa) - Der Hafen meldet mehr Umschlag als im Vorjahr. | BREMERHAVEN | dpa",
        "MADRID–Spain's cabinet met on Tuesday to approve the budget. | MADRID | -",
        "NAIROBI (Reuters) - Kenya's shilling firmed against the dollar. | NAIROBI | Reuters",
    })
    void shouldKeepTheDatelineWhenThePlaceOnlyLooksLikeSuchAHead(String text, String location, String agency) {
        assertThat(DatelineParser.parse(text, 0, REF)).hasValueSatisfying(m -> {
            assertThat(m.dateline().location()).isEqualTo(location);
            assertThat(m.dateline().agency()).isEqualTo(agency);
        });
    }
}
