package io.newswire.enrich.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Session s46 (issue #14): press-release wires after a state, province or country (Business Wire, PR Newswire,
 * GlobeNewswire, ACCESSWIRE, CNW, EIN Presswire), and the Nordic agencies' mixed-case datelines with and without a
 * dash (a caption's credit stays none). Rows are invented.
 */
class ReleaseWireAndNordicDatelinesTest {

    private static final LocalDate REF = LocalDate.of(2026, 12, 2);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // text                                                                                                   | location     | region              | agency           | date
        "AUSTIN, Texas--(BUSINESS WIRE)--Brightwell Labs today announced a second data centre.                    | AUSTIN       | Texas               | BUSINESS WIRE    | -",
        "IRVINE, Calif.--(BUSINESS WIRE)--Harbor Devices Inc. today reported third-quarter results.               | IRVINE       | Calif.              | BUSINESS WIRE    | -",
        "TAMPA, Fla.–(BUSINESS WIRE)–Suncoast Bank named a new chief executive on Monday.                         | TAMPA        | Fla.                | BUSINESS WIRE    | -",
        "TORONTO, Ontario--(BUSINESS WIRE)--Maple Grid Inc. closed its purchase of a wind farm.                    | TORONTO      | Ontario             | BUSINESS WIRE    | -",
        "ST. LOUIS--(BUSINESS WIRE)--Riverbend Foods said it will build a new plant.                               | ST. LOUIS    | -                   | BUSINESS WIRE    | -",
        "DENVER, Colo., Nov. 24, 2026 /PRNewswire/ -- Peakline Energy said it will expand its pipeline.            | DENVER       | Colo.               | PRNewswire       | 2026-11-24",
        "AUSTIN, Texas, Nov. 24, 2026 /PRNewswire-PRWeb/ -- A local bakery chain opened its tenth shop.             | AUSTIN       | Texas               | PRNewswire-PRWeb | 2026-11-24",
        "Middleton, Wisconsin, Nov. 20, 2026 (GLOBE NEWSWIRE) -- Lakeshore Tools today announced a new plant.      | Middleton    | Wisconsin           | GLOBE NEWSWIRE   | 2026-11-20",
        "AUSTIN, Texas, Nov. 24, 2026 (GLOBE NEWSWIRE) -- Cedar Health reported higher quarterly sales.            | AUSTIN       | Texas               | GLOBE NEWSWIRE   | 2026-11-24",
        "CALGARY, AB, Nov. 24, 2026 /CNW/ - Prairie Rail Corp. announced a new dividend.                           | CALGARY      | AB                  | CNW              | 2026-11-24",
        "TORONTO, Nov. 24, 2026 /CNW/ - The Ontario Fund for Small Firms opened a new round.                        | TORONTO      | -                   | CNW              | 2026-11-24",
        "MONTRÉAL, le 24 nov. 2026 /CNW/ - La Société des transports a annoncé un nouveau tarif.                    | MONTRÉAL     | -                   | CNW              | 2026-11-24",
        "QUÉBEC, le 24 novembre 2026 /CNW Telbec/ - Le ministère annonce des travaux sur la route 175.              | QUÉBEC       | -                   | CNW Telbec       | 2026-11-24",
        "NEW YORK, NY / ACCESS Newswire / November 24, 2026 / Northgate Capital named a new chair.                 | NEW YORK     | NY                  | ACCESS Newswire  | 2026-11-24",
        "SINGAPORE / ACCESSWIRE / November 24, 2026 / Lumen Pay Pte. Ltd. opened a regional office.                 | SINGAPORE    | -                   | ACCESSWIRE       | 2026-11-24",
        "ABILENE, TX, UNITED STATES, November 24, 2026 /EINPresswire.com/ -- A regional clinic opened a new wing.  | ABILENE      | TX, UNITED STATES   | EINPresswire.com | 2026-11-24",
    })
    void shouldReadPlaceRegionAndWireWhenAReleaseWireOpensTheText(String text, String location, String region,
            String agency, String date) {
        DatelineParser.Match match = DatelineAssertions.assertReads(text, REF, location, region, agency, date);

        assertThat(Character.isUpperCase(text.charAt(match.end()))).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // text                                                                                                   | location     | region              | agency           | date
        "Aarhus (Ritzau) Letbanen kører igen efter en uges pause.                                                  | Aarhus       | -                   | Ritzau           | -",
        "København (Ritzau) - Metroselskabet forlænger linjen til Brønshøj.                                       | København    | -                   | Ritzau           | -",
        "Odense (Ritzau): Kommunen åbner en ny skole i august.                                                      | Odense       | -                   | Ritzau           | -",
        "Oslo (NTB): Regjeringen legger fram et nytt forslag om bompenger.                                          | Oslo         | -                   | NTB              | -",
        "Tromsø (NTB) Kommunen vil bygge en ny bro over sundet.                                                     | Tromsø       | -                   | NTB              | -",
        "Helsinki (STT) Kaupunginhallitus hyväksyi uuden pyörätiesuunnitelman.                                      | Helsinki     | -                   | STT              | -",
        "Tampere (STT) Kaupunki avaa uuden uimahallin ensi vuonna.                                                  | Tampere      | -                   | STT              | -",
        "Göteborg (TT) Polisen utreder en brand i hamnen.                                                           | Göteborg     | -                   | TT               | -",
        "Uppsala (TT) - Universitetet får ett nytt bibliotek.                                                       | Uppsala      | -                   | TT               | -",
    })
    void shouldReadPlaceAndAgencyWhenANordicAgencyCreditsTheStoryInMixedCase(String text, String location,
            String region, String agency, String date) {
        DatelineParser.Match match = DatelineAssertions.assertReads(text, REF, location, region, agency, date);

        assertThat(Character.isUpperCase(text.charAt(match.end()))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Mikko Salo (STT) Kuva viikon lukijagalleriasta.",
        "Karin Berg (TT) Bild från läsarnas galleri.",
    })
    void shouldFindNoDatelineWhenANordicCreditOnlyCaptionsAPhoto(String text) {
        assertThat(DatelineParser.parse(text, 0, REF)).isEmpty();
    }
}
