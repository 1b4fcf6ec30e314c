package io.newswire.enrich.geo;

import static io.newswire.enrich.geo.GeoTexts.article;
import static io.newswire.enrich.geo.GeoTexts.place;
import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.model.Article;
import io.newswire.model.Place;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Names in a list closed by a plural division word ("Greenville, Spartanburg and Anderson counties") are each that
 * division, not the town of the name; a name listed beside a first-level division is one too ("Ontario and Quebec"). Every sentence is written for these tests; the counties are real.
 */
class ListedDivisionsTest {

    private final GeoEnricher enricher = new GeoEnricher();

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // text | LOCATION spans (each a county here) | dateline | its first-level division
        "Storms toppled trees onto homes in Greenville, Spartanburg and Anderson counties on Thursday.        | Greenville; Spartanburg; Anderson | Easley, S.C.  | South Carolina",
        "Schools stayed closed in Chicago and in Cook and DuPage counties after the blizzard, officials said.   | Chicago; Cook; DuPage             |               | Illinois",
        "Deputies from Knox, Blount and Sevier counties joined the search in East Tennessee on Sunday.         | Knox; Blount; Sevier; Tennessee   |               | Tennessee",
    })
    void shouldReadEachNameAsItsDivisionWhenAPluralDivisionWordClosesTheList(String text, String locations,
            String dateline, String admin1) {
        Article a = enricher.enrich(article("en", dateline, text, locations));
        for (String name : locations.split("; ")) {
            if (name.equals("Chicago") || name.equals("Tennessee")) {
                continue;
            }
            Place p = place(a, name).orElseThrow(() -> new AssertionError("no " + name + " in " + a.places()));
            assertThat(p.featureCode()).as(name).isEqualTo("ADM2");
            assertThat(p.admin1()).as(name).isEqualTo(admin1);
        }
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
        // text | LOCATION spans | the name that is no county
        "In Texas, Harris and Fort Bend counties reported the worst flooding.              | Texas; Harris; Fort Bend | Texas",
        "Flights from Greenville and Charleston resumed on Monday, the airline said.        | Greenville; Charleston   | Charleston",
        "Crews from Greenville and Charleston counties' schools met in Columbia on Monday.   | Greenville; Charleston; Columbia | Columbia",
    })
    void shouldKeepTheNameWhenItIsAStateOrNoDivisionWordClosesTheList(String text, String locations, String name) {
        Article a = enricher.enrich(article("en", null, text, locations));
        Place p = place(a, name).orElseThrow(() -> new AssertionError("no " + name + " in " + a.places()));
        assertThat(p.featureCode()).isNotEqualTo("ADM2");
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
        // text | LOCATION spans | the name listed beside a division | its feature code
        "The combined company will run four mines in Ontario and Quebec, it said.          | Ontario; Quebec       | Quebec     | ADM1",
        "New rules on fishing apply in England and Wales from April.                        | England; Wales        | Wales      | ADM1",
        // "New York" has a big town of its name: no evidence for the name beside it
        "He spoke of the attacks in New York and Washington that morning.                   | New York; Washington  | Washington | PPLC",
    })
    void shouldReadANameAsADivisionWhenItIsListedBesideADivision(String text, String locations, String name,
            String code) {
        Article a = enricher.enrich(article("en", null, text, locations));
        Place p = place(a, name).orElseThrow(() -> new AssertionError("no " + name + " in " + a.places()));
        assertThat(p.featureCode()).isEqualTo(code);
    }
}
