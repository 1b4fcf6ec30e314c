package io.newswire.enrich.geo;

import static io.newswire.enrich.geo.GeoTexts.article;
import static io.newswire.enrich.geo.GeoTexts.place;
import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.model.Article;
import io.newswire.model.Place;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A bare name the story also writes as a county with its division word names that county, not a namesake town in
 * another state (s38). Every sentence is written for these tests; the counties and towns are real.
 */
class CountyBareNameTest {

    private final GeoEnricher enricher = new GeoEnricher();

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
        // text | LOCATION spans | the bare name | the county as written
        "Police in Suffolk said on Friday that Suffolk County detectives had found the remains in Southold.           | Suffolk; Suffolk County; Southold | Suffolk | Suffolk County",
    })
    void shouldReadABareNameAsTheCountyWhenTheStoryNamesTheCounty(String text, String locations, String bare,
            String county) {
        Article a = enricher.enrich(article("en", null, text, locations));
        Place c = place(a, county).orElseThrow(() -> new AssertionError("no county in " + a.places()));
        Place b = place(a, bare).orElseThrow(() -> new AssertionError("no " + bare + " in " + a.places()));
        assertThat(c.precision()).isNotNull();
        assertThat(b.geonameId()).isEqualTo(c.geonameId());
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
        // text | LOCATION spans | the bare name that stays a town | the county as written
        "Officials in Washington said federal funds would follow, Washington County deputies said on Monday.        | Washington; Washington County | Washington | Washington County",
        // a town of the county's state: the county seat (Harlan, Kentucky), or a namesake the text does not rule out
        "Jobs in Harlan have been scarce since the mine closed, Harlan County officials said on Monday.              | Harlan; Harlan County | Harlan | Harlan County",
        "Voters in Marion will choose a sheriff in May, Marion County officials in Indianapolis said on Tuesday.      | Marion; Marion County; Indianapolis | Marion | Marion County",
        "Deputies took both men to the jail in Pickens, the Pickens County sheriff said on Sunday.                    | Pickens; Pickens County | Pickens | Pickens County",
        "The mayor of Orange, Calif., welcomed the vote of the Orange County supervisors on Tuesday.                 | Orange; Orange County | Orange | Orange County",
    })
    void shouldKeepTheTownWhenItLiesInTheCountyOrIsBig(String text, String locations, String bare, String county) {
        Article a = enricher.enrich(article("en", null, text, locations));
        Place c = place(a, county).orElseThrow(() -> new AssertionError("no county in " + a.places()));
        Place b = place(a, bare).orElseThrow(() -> new AssertionError("no " + bare + " in " + a.places()));
        assertThat(b.geonameId()).isNotNull().isNotEqualTo(c.geonameId());
        assertThat(b.countryCode()).isEqualTo("US");
    }
}
