package io.newswire.enrich.geo;

import static io.newswire.enrich.geo.GeoTexts.article;
import static io.newswire.enrich.geo.GeoTexts.place;
import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.model.Article;
import io.newswire.model.Place;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Names in a written list or crossing of streets ("Bourbon and Toulouse streets", "the corner of Hubbard and
 * Franklin", "the Aberdeen/Hamilton intersection") are streets of the story's town, not towns of that name elsewhere
 * (s38). Every sentence is written for these tests; the towns are real, so the gazetteer knows them.
 */
class StreetListsTest {

    private final GeoEnricher enricher = new GeoEnricher();

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
        // text | LOCATION spans | the street | its town's country | the town's latitude, longitude
        "Fire crews closed Bourbon and Toulouse streets in New Orleans after a gas leak on Tuesday.        | New Orleans | Bourbon  | US | 29.95 | -90.07",
        "A cyclist was struck at the corner of Hubbard and Kinzie in Chicago late on Monday, police said.  | Chicago     | Hubbard  | US | 41.85 | -87.65",
        "Traffic backed up at the Aberdeen/Hamilton intersection in Wellington after the crash, police said. | Wellington | Aberdeen | NZ | -41.29 | 174.78",
        "Portland police closed Salem, Eugene and Albany avenues near the river on Sunday after a shooting. | Portland  | Albany   | US | 45.52 | -122.68",
        "Crews in Leeds repaired the junction of Hamilton and Belfast after a water main burst, the council said. | Leeds | Belfast | GB | 53.80 | -1.55",
        // a neighbourhood of the story's town, as its streets are (s40): Bayside, California and Queens are elsewhere
        "Portland, Maine will open a shelter in the Bayside neighborhood before winter, the council said.     | Portland; Maine; Bayside | Bayside | US | 43.66 | -70.26",
        "Leeds crews said the fire gutted two homes in the Hillcrest neighbourhood on Friday.                  | Leeds; Hillcrest | Hillcrest | GB | 53.80 | -1.55",
    })
    void shouldPlaceAListedStreetInTheStorysTownWhenTheTextListsStreets(String text, String locations, String street,
            String country, double lat, double lon) {
        Article a = enricher.enrich(article("en", null, text, locations));
        Place p = place(a, street).orElseThrow(() -> new AssertionError("no place for " + street + " in " + a.places()));
        assertThat(p.geonameId()).as("a street has no entry of its own").isNull();
        assertThat(p.countryCode()).isEqualTo(country);
        assertThat(Math.abs(p.lat() - lat)).isLessThan(1.0);
        assertThat(Math.abs(p.lon() - lon)).isLessThan(1.0);
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
        // text | LOCATION spans | a place that stays a place | its country
        "Snow and ice closed Kansas and Missouri roads on Friday, state officials said.                  | Kansas; Missouri | Kansas   | US",
        "Between 10 and 12 roads were shut in Leeds after the storm, the council said.                   | Leeds            | Leeds    | GB",
        "Police closed Salem, Lebanon and Albany avenues on Sunday; Lebanon's envoy in Portland was told. | Portland | Lebanon | LB",
        "Fans of Franz Ferdinand and The Streets queued in Glasgow for the concert on Friday.               | Glasgow          | Glasgow  | GB",
        "Mayors of Houston and Dallas met on Monday to talk about roads and bridges in Texas.            | Houston; Dallas; Texas | Dallas | US",
    })
    void shouldKeepAPlaceWhenNoStreetsAreListed(String text, String locations, String name, String country) {
        Article a = enricher.enrich(article("en", null, text, locations));
        Place p = place(a, name).orElseThrow(() -> new AssertionError("no place for " + name + " in " + a.places()));
        assertThat(p.geonameId()).isNotNull();
        assertThat(p.countryCode()).isEqualTo(country);
        assertThat(a.places()).noneMatch(q -> q.name().equals("10") || q.name().equals("12") || q.name().equals("The"));
    }
}
