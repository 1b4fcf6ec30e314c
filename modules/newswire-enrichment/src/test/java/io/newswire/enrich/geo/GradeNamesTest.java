package io.newswire.enrich.geo;

import static io.newswire.enrich.geo.GeoTexts.place;
import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.model.Article;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A name before a grade word is a traded grade's, not a place of the story (s40): "Brent crude" in a market report is
 * the North Sea benchmark, not Brent, Florida or the London borough. A country, a first-level division or a city of a
 * million people keeps its reading ("Texas crude", "Dubai crude"), and the same name elsewhere in the text is still a
 * place. Sentences written for these tests.
 */
class GradeNamesTest {

    private final GeoEnricher enricher = new GeoEnricher();

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
        // dateline | text | LOCATION spans
        "London | Brent crude rose 60 cents to $82.10 a barrel as U.S. stocks fell in Houston. | Houston",
        "London | Oil rose on Monday, with Brent Crude futures up 1% after talks in Vienna. | Brent;Vienna",
        "| Le Brent crude a cédé 40 cents à Londres, après la réunion de Vienne. | Londres;Vienne",
    })
    void shouldReadNoPlaceWhenATownNamesAGrade(String dateline, String text, String locations) {
        Article a = enricher.enrich(GeoTexts.article(text.startsWith("Le ") ? "fr" : "en", dateline, text, locations));
        assertThat(place(a, "Brent")).isEmpty();
    }

    @ParameterizedTest(name = "{2}: {1}")
    @CsvSource(delimiter = '|', value = {
        // dateline | text | the mention | its country | LOCATION spans
        "| Dubai crude rose 50 cents in Asian trade after talks in Riyadh. | Dubai | AE | Dubai;Riyadh",
        "| Iranian crude exports rose in March, the ministry in Tehran said. | Iranian | IR | Tehran",
        "| Texas crude output hit a record as drillers near Midland added rigs. | Texas | US | Texas;Midland",
        // the borough written as a place elsewhere in the text
        "London | The council in Brent said rents rose 4% last year. | Brent | GB | Brent",
    })
    void shouldKeepThePlaceWhenItIsACountryADivisionABigCityOrNoGrade(String dateline, String text, String mention,
            String country, String locations) {
        Article a = enricher.enrich(GeoTexts.article("en", dateline, text, locations));
        assertThat(place(a, mention)).hasValueSatisfying(p -> assertThat(p.countryCode()).isEqualTo(country));
    }
}
