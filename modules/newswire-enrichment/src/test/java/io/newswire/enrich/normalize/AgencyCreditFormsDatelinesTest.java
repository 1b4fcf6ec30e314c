package io.newswire.enrich.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.model.Dateline;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Session s44 (issue #14): the agency's credit in the agencies' own house forms. Between the date and the dash in
 * slashes or brackets ({@code /AGERPRES/}, {@code /ČTK/}, {@code (ANSA)}, {@code (dpa)}, {@code (PAP)}), also after a
 * month abbreviation the table did not know; a press-release wire in double hyphens after a state
 * ({@code AUSTIN, Texas--(BUSINESS WIRE)--}); the Nordic agencies' credit with no dash ({@code STOCKHOLM (TT) Text});
 * and a Gulf or South Asian paper's colon dateline over a lede in the present tense. Rows are invented.
 */
class AgencyCreditFormsDatelinesTest {

    private static final LocalDate REF = LocalDate.of(2026, 12, 1);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // text                                                                                        | location    | region   | agency        | date
        "BUCHAREST, Dec 1 /AGERPRES/ - Romania's parliament adopted the 2027 budget on Monday.          | BUCHAREST   | -        | AGERPRES      | 2026-12-01",
        "Cluj-Napoca, 28 noi /AGERPRES/ - Primăria a anunțat deschiderea târgului de Crăciun.         | Cluj-Napoca | -        | AGERPRES      | 2026-11-28",
        "Iași, 14 iul /AGERPRES/ - Universitatea a primit o finanțare nouă pentru laboratoare.        | Iași        | -        | AGERPRES      | 2026-07-14",
        "Brașov, 3 ian /AGERPRES/ - Pârtiile din Poiana Brașov s-au deschis sâmbătă.                  | Brașov      | -        | AGERPRES      | 2026-01-03",
        "ROME, 3 dic (ANSA) - Il governo ha approvato il decreto sulle accise.                         | ROME        | -        | ANSA          | 2026-12-03",
        "Genova, 27 nov (ANSA) - Il porto ha registrato un aumento dei traffici.                       | Genova      | -        | ANSA          | 2026-11-27",
        "Hamburg, 28. November (dpa) - Der Hafen meldet einen Rückgang beim Umschlag.                 | Hamburg     | -        | dpa           | 2026-11-28",
        "NEW DELHI, Nov 27 (IANS) The Centre on Friday notified new rules for drone pilots.             | NEW DELHI   | -        | IANS          | 2026-11-27",
        "Warszawa, 25 listopada (PAP) - Sejm uchwalił ustawę o ochronie lasów.                         | Warszawa    | -        | PAP           | 2026-11-25",
        "Brno 24. listopadu /ČTK/ - Město opraví dvě tramvajové tratě v centru.                       | Brno        | -        | ČTK           | 2026-11-24",
        "Praha, 26. listopadu (ČTK) - Vláda schválila nový stavební zákon.                             | Praha       | -        | ČTK           | 2026-11-26",
        // s46: the month written out, a regional desk after the agency, a hyphenated agency, an Estonian date
        "BUCUREŞTI, 24 noiembrie /AGERPRES/ - Consiliul General a aprobat bugetul pe 2027.            | BUCUREŞTI   | -        | AGERPRES      | 2026-11-24",
        "München (dpa/lby) - Die Staatsregierung will mehr Lehrer einstellen.                         | München     | -        | dpa/lby       | -",
        "ATHENS, Nov 24 (ANA-MPA) -- The ministry extended the ferry subsidy to the islands.           | ATHENS      | -        | ANA-MPA       | 2026-11-24",
        "Tallinn, 24. november (BNS) - Linnavalitsus kinnitas uue bussivõrgu.                         | Tallinn     | -        | BNS           | 2026-11-24",
        "CHICAGO, Nov. 24, 2026 /PRNewswire/ -- Harlow Foods today announced a new plant in Ohio.      | CHICAGO     | -        | PRNewswire    | 2026-11-24",
        "NEW YORK, Nov. 23, 2026 (GLOBE NEWSWIRE) -- Orchard Bio said its trial met its main goal.     | NEW YORK    | -        | GLOBE NEWSWIRE | 2026-11-23",
        "HOUSTON--(BUSINESS WIRE)--Gulfline Inc. today reported third-quarter results.                 | HOUSTON     | -        | BUSINESS WIRE | -",
        // the Nordic agencies: the credit, then the story with no dash
        "STOCKHOLM (TT) Regeringen föreslår en ny skatt på flygresor.                                  | STOCKHOLM   | -        | TT            | -",
        "HELSINKI (STT) Hallitus esitti torstaina muutoksia asumistukeen.                              | HELSINKI    | -        | STT           | -",
        "KØBENHAVN (Ritzau) - Folketinget har vedtaget en ny lov om cykelstier.                        | KØBENHAVN   | -        | Ritzau        | -",
        // a Gulf or South Asian paper's colon dateline over a lede in the present tense
        "Dubai: The UAE plans to introduce a four-day week for federal employees from January.        | Dubai       | -        | -             | -",
        "Doha: Qatar Airways adds three new routes to East Africa from the start of the winter schedule. | Doha      | -        | -             | -",
        "Karachi: The provincial government plans a new bus network for the city's eastern districts. | Karachi     | -        | -             | -",
        "Islamabad: Pakistan says it will seek a new loan from the IMF next year.                      | Islamabad   | -        | -             | -",
    })
    void shouldReadTheAgencyWhenTheCreditStandsInItsHouseForm(String text, String location, String region,
            String agency, String date) {
        var match = DatelineParser.parse(text, 0, REF);

        assertThat(match).isPresent();
        Dateline d = match.get().dateline();
        assertThat(d.location()).isEqualTo(location);
        assertThat(d.region()).isEqualTo(region);
        assertThat(d.agency()).isEqualTo(agency);
        assertThat(d.resolvedDate()).isEqualTo(date == null ? null : LocalDate.parse(date));
        // the story starts right after the credit
        assertThat(Character.isUpperCase(text.charAt(match.get().end()))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // city headlines before a colon: no article, or too short for a lede
        "Nairobi: Traders protest new levy at Gikomba market",
        "Dubai: Emirates reports record half-year profit.",
        "Karachi: Police arrest three in car theft ring.",
        "Lahore: Smog returns as a cold wave grips Punjab.",
        "Doha: Fans flock to the fan zone",
        // brackets after a double hyphen that hold no wire's name, or a caption's credit with no listed town
        "Coca-Cola--(the drink)--was first sold in a pharmacy.",
        "Tamsin Hollow (TT) Photo of the week from the reader gallery.",
        // a place and a date with a slash that closes no agency
        "Bucharest, 1 dec / 2 dec - program de weekend",
    })
    void shouldFindNoDatelineWhenTheOpeningOnlyLooksLikeACredit(String text) {
        assertThat(DatelineParser.parse(text, 0, REF)).isEmpty();
    }
}
