package io.newswire.enrich.geo;

import static io.newswire.enrich.geo.GeoTexts.place;
import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.model.Article;
import io.newswire.model.Place;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Two or more names read in one first-level division that all have towns of their name in another division, where the
 * story names a local place too, are that other division's towns (s40): "Perth and Stirling ... Dundee" is Scotland,
 * not Western Australia, where Perth is the bigger city and Stirling a suburb. The names written with their region, the
 * first division's country named, its country on the dateline, or only a capital of the other division keep the first
 * reading. Sentences written for these tests.
 */
class SharedDivisionNamesakesTest {

    private final GeoEnricher enricher = new GeoEnricher();

    @ParameterizedTest(name = "{2}: {0}")
    @CsvSource(delimiter = '|', value = {
        // text | LOCATION spans | the mention | its country | its first-level division
        "Flood warnings were issued for Perth and Stirling on Tuesday as the river rose. Crews in Dundee filled sandbags. | Perth;Stirling;Dundee | Perth | GB | Scotland",
        "Flood warnings were issued for Perth and Stirling on Tuesday as the river rose. Crews in Dundee filled sandbags. | Perth;Stirling;Dundee | Stirling | GB | Scotland",
        // the story's local place first, the names later
        "Dundee council said buses to Stirling and Perth would run a Sunday service from May. | Dundee;Stirling;Perth | Perth | GB | Scotland",
        // German copy of the same form
        "In Perth und Stirling wurden am Dienstag Hochwasserwarnungen ausgegeben; in Dundee füllten Helfer Sandsäcke. | Perth;Stirling;Dundee | Perth | GB | Scotland",
    })
    void shouldReadTheDivisionHoldingEveryNameWhenTheStoryNamesALocalPlaceThere(String text, String locations,
            String mention, String country, String admin1) {
        Place p = placeOf(null, text, locations, mention);
        assertThat(p.countryCode()).isEqualTo(country);
        assertThat(p.admin1()).isEqualTo(admin1);
    }

    @ParameterizedTest(name = "{2}: {0}")
    @CsvSource(delimiter = '|', value = {
        // dateline | text | LOCATION spans | the mention | its country
        // a name written with its region
        "| Fans in Perth, Western Australia, and in Stirling cheered the win, and a coach born in Dundee wept. | Perth;Stirling;Dundee | Perth | AU",
        // the first division's country named
        "| Australia's Perth and Stirling councils met on Tuesday; a delegation from Dundee watched. | Perth;Stirling;Dundee | Perth | AU",
        // the dateline in the first division's country
        "Fremantle | Councils in Perth and Stirling met on Tuesday; a delegation from Dundee watched. | Perth;Stirling;Dundee | Perth | AU",
        // only a capital of the other division: London is named in stories of any region
        "| Councils in Perth and Stirling met on Tuesday, after talks in London. | Perth;Stirling;London | Perth | AU",
        // a name without a town in the other division: Fremantle has no Scottish namesake
        "| Councils in Perth and Fremantle met on Tuesday; a delegation from Dundee watched. | Perth;Fremantle;Dundee | Perth | AU",
    })
    void shouldKeepTheFirstReadingWhenTheTextPlacesItThere(String dateline, String text, String locations,
            String mention, String country) {
        assertThat(placeOf(dateline, text, locations, mention).countryCode()).isEqualTo(country);
    }

    private Place placeOf(String dateline, String text, String locations, String mention) {
        Article a = enricher.enrich(GeoTexts.article("en", dateline, text, locations));
        return place(a, mention).orElseThrow(() -> new AssertionError("no place for " + mention + ": " + a.places()));
    }
}
