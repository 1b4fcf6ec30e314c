package io.newswire.enrich.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Session s46 (issue #14): heads that only look like a town's dateline (a death notice's "SURNAME, Given names —" over
 * its notice, a town's name over an election result or a race card, a horoscope column's sign), and the datelines of
 * the same shape that stay. Rows are invented.
 */
class NoticeAndResultHeadsDatelinesTest {

    private static final LocalDate REF = LocalDate.of(2026, 12, 2);

    @ParameterizedTest
    @ValueSource(strings = {
        // death notices: SURNAME, given names (a pet name), then the notice in lower case or a notice's word
        "HALLAM, Margaret (Peggy) — peacefully at home on November 28, aged 91.",
        "CARVER, John Edward — late of Whitby, passed away on November 27.",
        "DUNMORE, Alice — Suddenly, on November 26, at the county hospital.",
        "WHITLOCK, Harold (Harry) — of Redcar, died on November 25, aged 84.",
        // s46: a Mac/Mc surname keeps its prefix in lower case; a family announcement's "It is with ..."
        "MacDONALD, Fiona Jean - Suddenly, at home in Oban, on 20th November 2026.",
        "McKENZIE, Robert — peacefully in Perth Royal Infirmary.",
        "NKOSI, Thandiwe Grace — It is with great sadness that the family announces her passing.",
        // election results and race cards under a town's name, after a dash or a colon
        "WHITBY — Con hold. Majority 412.",
        "HARTLEPOOL — Lab gain from Con. Turnout 31%.",
        "SCARBOROUGH: Green gain from LD, majority 96.",
        "DONCASTER — Non-runners: 1.45 Silver Lark, 3.10 Harbour Light.",
        "KEMPTON — Going: standard to slow.",
    })
    void shouldFindNoDatelineWhenANoticeOrAResultLineFollowsTheHead(String text) {
        assertThat(DatelineParser.parse(text, 0, REF)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SCORPIO — A colleague's idea deserves a second look before Friday.",
        "Virgo: Take the long way home today; the detour pays off.",
        "STEINBOCK — Ein alter Freund meldet sich mit einer guten Nachricht.",
        "ESCORPIO: Un viaje corto le traerá una buena noticia.",
    })
    void shouldFindNoDatelineWhenAHoroscopeSignHeadsTheParagraph(String text) {
        assertThat(DatelineParser.parse(text, 0, REF)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // a region that is a state or a country, a story after a town's dash, a sign's town with its region
        "MILLBROOK, Ore. — peacefully, the council voted to keep the library open. | MILLBROOK",
        "HARLOW, Essex — Police arrested two men after a raid on Monday.          | HARLOW",
        "DONCASTER — Police said the race meeting would go ahead on Saturday.     | DONCASTER",
        "WHITBY — Holders of the harbour licence will pay more from January.      | WHITBY",
        "LEO, Burkina Faso — The mayor opened a new market on Monday.            | LEO",
        "KAYES, Mali — It is with a new bridge that the town hopes to grow.      | KAYES",
    })
    void shouldKeepTheDatelineWhenTheHeadIsATownOverAStory(String text, String location) {
        assertThat(DatelineParser.parse(text, 0, REF)).hasValueSatisfying(
                m -> assertThat(m.dateline().location()).isEqualTo(location));
    }
}
