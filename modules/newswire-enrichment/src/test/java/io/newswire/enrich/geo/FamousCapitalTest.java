package io.newswire.enrich.geo;

import static io.newswire.enrich.geo.GeoTexts.place;
import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.model.Article;
import io.newswire.model.Place;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A town chosen on country-wide evidence alone is a national capital of its very name abroad three or more times its
 * size when nothing in the text lies in the town's state (s40): "medals in Athens" in a NEW YORK story is Greece's
 * capital, not Athens, Georgia. The dateline's town in that state, or another place there, keeps the town. Sentences
 * written for these tests.
 */
class FamousCapitalTest {

    private final GeoEnricher enricher = new GeoEnricher();

    @ParameterizedTest(name = "{2} in {0}: {1}")
    @CsvSource(delimiter = '|', value = {
        // dateline | text | the mention | its country | LOCATION spans
        "New York | Several runners who won medals in Athens in 2004 are expected at the start. | Athens | GR | Athens",
        "New York | Reggae singers from Kingston will headline the festival in Brooklyn on Saturday. | Kingston | JM | Kingston;Brooklyn",
        // the dateline's town in the town's state
        "Atlanta | Fans in Athens celebrated the title on Saturday night. | Athens | US | Athens",
        // another place of the town's state
        "New York | Fans in Athens and Macon celebrated the Bulldogs' title. | Athens | US | Athens;Macon",
    })
    void shouldReadTheCapitalOnlyWhenNothingPlacesTheTownsState(String dateline, String text, String mention,
            String country, String locations) {
        Article a = enricher.enrich(GeoTexts.article("en", dateline, text, locations));
        Place p = place(a, mention).orElseThrow(() -> new AssertionError("no place for " + mention + ": " + a.places()));
        assertThat(p.countryCode()).isEqualTo(country);
    }
}
