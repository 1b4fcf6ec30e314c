package io.newswire.enrich.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.model.Dateline;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Sessions s41/s42 (issue #14): the forms of the later blind sets' errors, each as a rule about copy. Letters to the
 * editor, one English word in capitals as a desk's label, a price line under a listed town's name and a city's
 * headline before a colon are no datelines; Latin American papers' "Place, AG.-" and "Place, 24 de noviembre. -" are.
 * Rows are invented.
 */
class UnseenCopyDatelinesTest {

    private static final LocalDate REF = LocalDate.of(2026, 12, 1);

    @ParameterizedTest
    @ValueSource(strings = {
        // letters to the editor
        "SIR — Your leader on the harbour tolls (Nov 12) ignored the fishermen entirely.",
        "Sir, — Councillor Brennan (Letters, Nov 9) has his figures wrong.",
        "Madam — I write as a parent of two children at Eastfield primary.",
        "Dear Editor, — The new bus timetable leaves our village without a service on Sundays.",
        "Monsieur — Votre article sur la fermeture de la gare m'a beaucoup surpris.",
        // one English word in capitals, no listed town: a desk's or a page's label (plural and -ing forms too)
        "CROSSINGS — The 07:15 from Oban is cancelled because of high winds.",
        "ARRIVALS — LH 904 from Frankfurt 12:40 LANDED; KL 1009 from Amsterdam 13:05 DELAYED.",
        "HOMILY — The Second Sunday of Advent at St Mary's, Kelbrook.",
        "MEMO — Re: Overtime claims in the roads department.",
        "TEASER — Which river flows through the most capital cities?",
        // a price line under a name that is also a listed town
        "BRENT: $84.10 a barrel, up 62 cents. Gasoil: $742.25 a tonne.",
        "BRENT: 79.40, down 1.2% on the week.",
        // a city's headline before a colon: no lede, a phrase, English and other languages
        "Nairobi: Traders protest new levy at Gikomba market",
        "Karachi: Water shortage deepens in Korangi.",
        "Manila: Presyo ng bigas tumaas muli sa mga palengke.",
        "Surabaya: Harga cabai naik tajam menjelang akhir tahun.",
        "Lima: Ola de frío afecta a la sierra sur.",
        "Ho Chi Minh City: Giá xăng giảm nhẹ từ chiều nay.",
    })
    void shouldFindNoDatelineWhenTheHeadIsALetterALabelAPriceOrAHeadline(String text) {
        assertThat(DatelineParser.parse(text, 0, REF)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // text                                                                                         | location  | region | agency | date
        // a Gulf or South Asian paper's dateline: a colon, then an English lede (past tense, auxiliary, reporting verb)
        "Dubai: The Roads and Transport Authority on Monday announced three new bus routes.               | Dubai     | -      | -      | -",
        "Karachi: Sindh's chief minister has ordered an inquiry into the factory fire.                    | Karachi   | -      | -      | -",
        "Doha: Qatar will host the regional energy forum in March, officials said.                       | Doha      | -      | -      | -",
        "Dhaka: Heavy rain hit the capital for a third day, flooding low-lying roads.                    | Dhaka     | -      | -      | -",
        "Abu Dhabi: Residents are urged to avoid the Corniche during the parade.                          | Abu Dhabi | -      | -      | -",
        // capitals keep the colon dateline whatever follows
        "MUSCAT: Oman's tourism ministry reports a record season.                                          | MUSCAT    | -      | -      | -",
        // a salutation's word as a town's name, with a region
        "CARO, Mich. — Police are investigating a break-in at the township hall.                          | CARO      | Mich.  | -      | -",
        // Paraguay's IP and other agencies abbreviated with a full stop before ".-"
        "Asunción, IP.- El Ministerio de Salud habilitó un hospital regional en Caaguazú.               | Asunción  | -      | IP     | -",
        "Encarnación, IP.- La Gobernación de Itapúa inauguró un puente sobre el arroyo Poti'y.          | Encarnación | -    | IP     | -",
        // a mixed-case state abbreviation stays a region
        "Culiacán, Sin.- La Fiscalía estatal detuvo a tres personas tras el ataque.                      | Culiacán  | Sin.   | -      | -",
        // a Spanish date with its full stop, then a spaced dash
        "Quito, 14 de noviembre. - La Asamblea Nacional aprobó la reforma tributaria.                    | Quito     | -      | -      | 2026-11-14",
        "Lima, 3 de noviembre. – El Congreso aprobó en primera votación la reforma de pensiones.          | Lima      | -      | -      | 2026-11-03",
    })
    void shouldReadTheDatelineWhenTheOpeningIsARealOne(String text, String location, String region, String agency,
            String date) {
        var match = DatelineParser.parse(text, 0, REF);
        assertThat(match).isPresent();
        Dateline d = match.get().dateline();
        assertThat(d.location()).isEqualTo(location);
        assertThat(d.region()).isEqualTo(region);
        assertThat(d.agency()).isEqualTo(agency);
        assertThat(d.resolvedDate()).isEqualTo(date == null ? null : LocalDate.parse(date));
    }

    @ParameterizedTest
    @CsvSource({"IP., IP", "EFE., EFE", "Sin., ", "Jal., ", "ABCDEFG., ", "I., "})
    void shouldReadAnAgencyWhenCapitalsAndAFullStopFollowTheComma(String region, String agency) {
        assertThat(DatelineParser.abbreviatedAgency(region)).isEqualTo(agency);
    }
}
