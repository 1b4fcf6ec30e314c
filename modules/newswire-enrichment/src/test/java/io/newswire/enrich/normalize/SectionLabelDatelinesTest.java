package io.newswire.enrich.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.model.Dateline;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Session s38: openings that only look like datelines (headlines naming two parties, section labels and slugs,
 * weather, market and caption labels, an aside between dashes) and the dateline forms found beside them (an agency
 * before the place, a comma before the agency, a reporter's credit in parentheses). Rows are invented.
 */
class SectionLabelDatelinesTest {

    private static final LocalDate REF = LocalDate.of(2026, 5, 20);

    @ParameterizedTest
    @ValueSource(strings = {
        // a headline naming two parties before a dash: the text after the comma is prose, not a region
        "Acme, Zentro agree to merge — The two groups will keep both brands.",
        "Toyota, Honda recall 2 million cars - The recall covers models built since 2021.",
        "Kenya, Uganda sign rail deal — The line will link the two capitals by 2030.",
        "Ghana, Togo reopen border posts - Traders welcomed the decision on Monday.",
        "Lidl, Aldi senken die Preise — Die Discounter reagieren auf die schwache Nachfrage.",
        "Renault, Stellantis réduisent la cadence - Les usines tourneront au ralenti jusqu'en mars.",
        "Chile, Perú firman un acuerdo de pesca — El pacto entra en vigor en junio.",
        "Bayer, BASF Post Lower Quarterly Profits And Cut Forecasts — Both groups blamed weak demand.",
        // section labels and slugs in capitals, in English and other languages
        "HARBOUR NEWS — The ferry will run a winter timetable from Monday.",
        "FARM DESK: Corn prices rose for a third week.",
        "GIRLS SOCCER: Northfield 3, Eastlake 1\nThe Owls won the league title.",
        "VALLEY WEATHER: Rain this morning, clearing by noon.",
        "OBITUARIES\n\nHarold Benn, 88, of Millbrook, died on Sunday.",
        "POLICE NOTES - A bicycle was taken from a shed on Elm Road.",
        "AROUND THE COUNTY: The fair opens on Friday.",
        "INSIDE POLITICS — The governor will sign the budget on Monday.",
        "BEHIND THE SCENES - The theatre opened its doors to visitors.",
        "STATE\n\nThe legislature will meet in special session next week.",
        "DEPORTES — El club presentó a su nuevo entrenador.",
        "ÉCONOMIE — La production industrielle a reculé en mars.",
        "WIRTSCHAFT\n\nDie Exporte sind im März gestiegen.",
        "CRONACA - Un camion si è ribaltato sulla statale.",
        "ESPORTES: O clube anunciou a contratação de um zagueiro.",
        "ÚLTIMAS NOTICIAS — El gobierno anunció un nuevo plan de vivienda.",
        // weather, market and caption labels in mixed case before a colon
        "Tomorrow: Sunny, with a high of 21.",
        "Temperatures: Lagos 31, Accra 30, Dakar 27.",
        "Commodities: Copper fell 1 percent on Monday.",
        "Below: The new footbridge seen from the east bank.",
        "Inset: The mayor at the opening on Friday.",
        // an aside between typeset dashes in the sentence a place opens
        "DENVER — the city, not the suburbs — will pay for the new shelter.",
        "PORTO — a cidade, não o distrito — vai pagar a obra.",
    })
    void shouldFindNoDatelineWhenAHeadlineOrLabelOpensTheText(String text) {
        assertThat(DatelineParser.parse(text, 0, REF)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // text                                                             | location      | region                 | resolved   | agency | rest
        // APA: the agency before the place, the country in parentheses
        "APA-Niamey (Niger) — The government raised the price of fuel.     | Niamey        | Niger                  | -          | APA    | The government raised the price of fuel.",
        "APA - Conakry (Guinea) — Bauxite exports rose in April.            | Conakry       | Guinea                 | -          | APA    | Bauxite exports rose in April.",
        "APA-Yaoundé (Cameroon) — Le port a reçu un nouveau quai.           | Yaoundé       | Cameroon               | -          | APA    | Le port a reçu un nouveau quai.",
        // GNA: a comma after the date, then the agency
        "KUMASI, May 3, (GNA) - The assembly opened a new market.           | KUMASI        | -                      | 2026-05-03 | GNA    | The assembly opened a new market.",
        // a reporter's credit in parentheses: no agency
        "TRUJILLO (Corresponsal).- La municipalidad abrió un nuevo parque.  | TRUJILLO      | -                      | -          | -      | La municipalidad abrió un nuevo parque.",
        "MOSUL (Special Correspondent) - Families returned to the old city. | MOSUL         | -                      | -          | -      | Families returned to the old city.",
        // listed towns and regions whose names hold a label head or lower-case joins stay datelines
        "NEWPORT NEWS — The shipyard will hire 800 workers.                 | NEWPORT NEWS  | -                      | -          | -      | The shipyard will hire 800 workers.",
        "STATE COLLEGE, Pa. — The university raised tuition by 3 percent.   | STATE COLLEGE | Pa.                    | -          | -      | The university raised tuition by 3 percent.",
        "SARAJEVO, Bosnia and Herzegovina — Voters chose a new mayor.       | SARAJEVO      | Bosnia and Herzegovina | -          | -      | Voters chose a new mayor.",
        "BOUAKÉ, Côte d'Ivoire — Cocoa farmers blocked the main road.       | BOUAKÉ        | Côte d'Ivoire          | -          | -      | Cocoa farmers blocked the main road.",
        "Toluca, Estado de México.- Autoridades abrieron un hospital.       | Toluca        | Estado de México       | -          | -      | Autoridades abrieron un hospital.",
        // a listed town in mixed case before a colon, alone or two bureaus
        "Lahore: The provincial cabinet approved the budget.                | Lahore        | -                      | -          | -      | The provincial cabinet approved the budget.",
        // a story opening in capitals after a typeset dash, with a dash later in it
        "DENVER — The city — not the suburbs — will pay for the shelter.    | DENVER        | -                      | -          | -      | The city — not the suburbs — will pay for the shelter.",
    })
    void shouldReadTheDatelineWhenItTakesOneOfTheseForms(String text, String location, String region, String resolved,
            String agency, String rest) {
        var match = DatelineParser.parse(text, 0, REF);

        assertThat(match).isPresent();
        Dateline d = match.get().dateline();
        assertThat(d.location()).isEqualTo(location);
        assertThat(d.region()).isEqualTo(region);
        assertThat(d.resolvedDate()).isEqualTo(resolved == null ? null : LocalDate.parse(resolved));
        assertThat(d.agency()).isEqualTo(agency);
        assertThat(text.substring(match.get().end())).isEqualTo(rest);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Islamabad/Kabul: The two sides agreed to reopen the crossing. | Islamabad | Kabul",
    })
    void shouldReadTwoListedBureausWhenTheyShareAColon(String text, String location, String other) {
        var match = DatelineParser.parse(text, 0, REF);

        assertThat(match).isPresent();
        assertThat(match.get().dateline().location()).isEqualTo(location);
        assertThat(match.get().dateline().otherLocations()).containsExactly(other);
    }
}
