package io.newswire.enrich.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Session s39: a label naming an event, an institution or a market report after a place ("MILAN DESIGN WEEK —",
 * "CHICAGO MARATHON:") is no dateline; listed towns whose names end in such a word stay datelines. Rows are
 * invented.
 */
class EventNameDatelinesTest {

    private static final LocalDate REF = LocalDate.of(2026, 5, 20);

    @ParameterizedTest
    @ValueSource(strings = {
        "MILAN DESIGN WEEK — Furniture makers showed fewer new pieces this year.",
        "CHICAGO MARATHON: Organisers add 5,000 places for next October.",
        "ABU DHABI GRAND PRIX — The race will start an hour earlier.",
        "Farnborough Airshow — Three airlines placed orders on the opening day.",
        "LOS ANGELES AUTO SHOW: Electric pickups take centre stage.",
        "SÃO PAULO BIENNALE — A collective from Recife won the main prize.",
        "EDINBURGH INTERNATIONAL FESTIVAL: Ticket sales up 12%.",
        "OSAKA EXPO — Visitor numbers passed 20 million on Sunday.",
        "BRISBANE OLYMPICS: Venue costs rise again.",
        "LISBON UNIVERSITY — A new medical school will open in 2028.",
        "FRANKFURT SHARES — The Dax closed 0.8 percent higher.",
        "KIELER WOCHE: Die Segelregatta startet bei Flaute.",
        "Valencia Marathon — The course will change for the first time in a decade.",
    })
    void shouldFindNoDatelineWhenAnEventOrInstitutionNamedAfterAPlaceOpensTheText(String text) {
        assertThat(DatelineParser.parse(text, 0, REF)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "SUMMIT, N.J. (AP) — The borough approved a new parking garage.        | SUMMIT       | N.J.  | AP",
        "LEE'S SUMMIT, Mo. — The school district will ask voters for a bond.   | LEE'S SUMMIT | Mo.   | -",
        "UNIVERSITY PARK, Pa. — The trustees approved a tuition freeze.        | UNIVERSITY PARK | Pa. | -",
        "BERLIN (dpa) - Die Messe meldet einen Besucherrekord.                 | BERLIN       | -     | dpa",
    })
    void shouldReadTheDatelineWhenAListedTownEndsInAnEventWord(String text, String location, String region,
            String agency) {
        var match = DatelineParser.parse(text, 0, REF);

        assertThat(match).isPresent();
        assertThat(match.get().dateline().location()).isEqualTo(location);
        assertThat(match.get().dateline().region()).isEqualTo(region);
        assertThat(match.get().dateline().agency()).isEqualTo(agency);
    }
}
