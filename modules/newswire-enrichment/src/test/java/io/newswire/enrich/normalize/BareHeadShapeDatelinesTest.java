package io.newswire.enrich.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Session s40: bare heads refused by their shape, not by a list of labels: one or two capital words that are common
 * words, vowel-less acronyms, or a listed town beside a word that is no place's ("WERDER BREMEN", "LEEDS WEST");
 * honorific or article first words; brackets holding a speaker, a date range or a note; a colon followed by a
 * headline in capitals; one capital word that is no listed town before a colon ("NIKKEI:", "SUDOKU:"); a
 * possessive word in a capitals head that is no listed town ("ST OSWALD'S, GREYHOLT:"). And the
 * press-release wires that put the date inside their own punctuation (ACCESSWIRE's
 * slashes, Newsfile's brackets, Media OutReach's dashes, JCN's bracketed name after the date), and a place whose name
 * has "del" ("Mar del Plata"). Rows are invented.
 */
class BareHeadShapeDatelinesTest {

    private static final LocalDate REF = LocalDate.of(2026, 11, 29);

    @ParameterizedTest
    @ValueSource(strings = {
        "CONFIRMED: Harbour Rovers sign a Danish goalkeeper on loan.",
        "WARNING — Fake parcel texts are targeting Millvale pensioners.",
        "MLB: Cubs trade their closer for two prospects.",
        "FLOOD ALERT — The River Tane is expected to burst its banks tonight.",
        "SILVER ALERT: Missing Oakdene man, 79, may be driving a grey van.",
        "STOCK EXCHANGE: Miners lift the index in late trade.",
        "WERDER BREMEN — Der Verein stellt seinen neuen Sportdirektor vor.",
        "LEEDS WEST: Lab hold, majority 6,102.",
        "UKRAINE WAR — Talks on a prisoner swap resume in Istanbul.",
        "THE CHAIRMAN: The meeting is adjourned until Thursday.",
        "MR. DALTON: I have two questions for the witness.",
        "The MINISTER FOR ROADS (Mr Quill): I thank the member for Fernleigh.",
        "Cllr Osei (Brookvale East): When will the library reopen?",
        "GEMINI (May 21–June 20): A quiet week for money, a busy one for friends.",
        "Oakdene (three seats): Ward (Lab) 1,902, Yusuf (Lab) 1,877, Pell (Con) 1,401.",
        "PRESTON: I AM NOT GOING ANYWHERE",
        "Hauptstadt-Ticker — Der Senat tagt heute ohne den Bürgermeister.",
        "NIKKEI: Exporters lift Tokyo shares for a third day.",
        "SUDOKU: Solution to puzzle 2,118 on page 40.",
        "PERDIDO: Gato gris con collar azul, barrio Belgrano. Se gratifica.",
        "VOICEOVER: By noon the harbour at Tamsin Quay was empty.",
        "ST OSWALD'S, GREYHOLT: Nine lessons and carols, Sunday 6pm.",
        "EDITOR'S PICK — Five walks for a frosty weekend.",
    })
    void shouldFindNoDatelineWhenTheHeadIsShapedLikeALabel(String text) {
        assertThat(DatelineParser.parse(text, 0, REF)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "WAPAKONETA — The village council approved a new water tower.        | WAPAKONETA      | -       | -",
        "ILOILO CITY – The city will open two more evacuation centres.       | ILOILO CITY     | -       | -",
        "EAST RUTHERFORD, N.J. (AP) — The Jets waived a backup tackle.        | EAST RUTHERFORD | N.J.    | AP",
        "NEW YORK — Shares rose on Friday as oil prices fell.                 | NEW YORK        | -       | -",
        "READING — The council will sell two car parks to fund a new pool.    | READING         | -       | -",
        "PRESTON — Lancashire's police chief will retire in the spring.       | PRESTON         | -       | -",
        "KOTA KINABALU (Bernama) -- The state will build 2,000 homes.         | KOTA KINABALU   | -       | Bernama",
        "THE HAGUE — The court will rule on the case next month.              | THE HAGUE       | -       | -",
        "CHENNAI: The State government announced a relief package on Friday.  | CHENNAI         | -       | -",
        "JEDDAH: The port handled a record number of containers in October.  | JEDDAH          | -       | -",
        "KING'S LYNN — The council will sell the old bus depot for housing.   | KING'S LYNN     | -       | -",
        "LONDON, UK / ACCESSWIRE / November 24, 2026 / Harrow Minerals plc held its meeting. | LONDON | UK | ACCESSWIRE",
        "HOUSTON, TX / ACCESSWIRE / November 2, 2026 / Gulfline Inc. today announced a new charter. | HOUSTON | TX | ACCESSWIRE",
        "Vancouver, British Columbia--(Newsfile Corp. - November 25, 2026) - Tamsin Gold Ltd. filed its report. | Vancouver | British Columbia | Newsfile Corp.",
        "SINGAPORE - Media OutReach Newswire - 20 November 2026 - Orchid Labs opened a new clinic. | SINGAPORE | - | Media OutReach Newswire",
        "OSAKA, Nov 20, 2026 - (JCN Newswire) - Kinsei Motors said it would build a battery plant. | OSAKA | - | JCN Newswire",
        "Mar del Plata (Télam) - El puerto recibió el primer crucero de la temporada.    | Mar del Plata | - | Télam",
        "Rio de Janeiro (AE) - A prefeitura anunciou novas linhas de ônibus.            | Rio de Janeiro | - | AE",
    })
    void shouldReadTheDatelineWhenTheHeadIsAPlace(String text, String location, String region, String agency) {
        var match = DatelineParser.parse(text, 0, REF);

        assertThat(match).isPresent();
        assertThat(match.get().dateline().location()).isEqualTo(location);
        assertThat(match.get().dateline().region()).isEqualTo(region);
        assertThat(match.get().dateline().agency()).isEqualTo(agency);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "LONDON, UK / ACCESSWIRE / November 24, 2026 / Harrow Minerals plc held its meeting.         | 2026-11-24 | Harrow",
        "Toronto, Ontario--(Newsfile Corp. - November 26, 2026) - Northgate Lithium Inc. closed a placement. | 2026-11-26 | Northgate",
    })
    void shouldReadTheDateAndStoryStartWhenAReleaseWirePutsTheDateInItsPunctuation(String text, String date,
            String storyStart) {
        var match = DatelineParser.parse(text, 0, REF).orElseThrow();

        assertThat(match.dateline().resolvedDate()).isEqualTo(LocalDate.parse(date));
        assertThat(text.substring(match.end())).startsWith(storyStart);
    }
}
