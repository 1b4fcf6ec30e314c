package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityTexts.mentions;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Forms of wire copy (session s46, issue 16): a body's head word, then "of" and a place, inside one name ("Board
 * of Education of X County"). Sentences and names written for this test; the places are real.
 */
class EntitiesBodiesLinesAndPartnersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The plan needs approval from the Board of Education of Harford County, which meets in May. | ORGANIZATION Board of Education of Harford County",
        "Students at the Community College of Allegany County returned to class on Monday. | ORGANIZATION Community College of Allegany County",
        "The Bank of Valletta said profit rose. | ORGANIZATION Bank of Valletta",
    })
    void shouldFindTheNameWhenCopyGivesThisForm(String text, String mention) {
        assertThat(mentions(text)).contains(mention);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The Gulf of Aden was calm on Monday, the navy said. | LOCATION Gulf of Aden",
        "The ferry to the Isle of Man was cancelled on Friday. | LOCATION Isle of Man",
        "Officials of the Union of the Comoros met in Moroni on Monday. | LOCATION Union of the Comoros",
        "The county board met in Towson, the seat of Baltimore County. | LOCATION Baltimore County",
    })
    void shouldKeepThePlaceWhenNoBodyHeadStandsBeforeOf(String text, String mention) {
        assertThat(mentions(text)).contains(mention);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "es | La Universidad de Sevilla y el Banco de España firmaron un acuerdo el lunes en Madrid. | ORGANIZATION Universidad de Sevilla",
        "es | La Universidad de Sevilla y el Banco de España firmaron un acuerdo el lunes en Madrid. | LOCATION Madrid",
    })
    void shouldReadOtherLanguagesAsBeforeWhenTheyHoldTheseForms(String language, String text, String mention) {
        assertThat(mentions(text, language)).contains(mention);
    }
}
