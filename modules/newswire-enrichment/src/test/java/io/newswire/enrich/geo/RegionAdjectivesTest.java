package io.newswire.enrich.geo;

import static io.newswire.enrich.geo.GeoTexts.article;
import static io.newswire.enrich.geo.GeoTexts.entity;
import static io.newswire.enrich.geo.GeoTexts.place;
import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.model.Article;
import io.newswire.model.EntityType;
import io.newswire.model.Place;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The adjectives of regions and first-level divisions before a noun in small letters ("Kashmiri farmers", "Bavarian
 * voters", "sub-Saharan economies") are mentions of the region (region-words.txt, s41); inside a longer name they are
 * words of that name. Every sentence is written for these tests.
 */
class RegionAdjectivesTest {

    private final GeoEnricher enricher = new GeoEnricher();

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // text | the adjective | the country of the region or division it names ("-": a region of several)
        "Kashmiri farmers said the frost ruined half the apple crop this year.                 | Kashmiri    | -",
        "Bavarian voters turned against the ruling party in the regional election on Sunday.   | Bavarian    | DE",
        "Growth in sub-Saharan economies slowed as commodity prices fell, the fund said.        | sub-Saharan | -",
        "Sicilian growers expect a smaller lemon harvest after the drought.                   | Sicilian    | IT",
        "Heavy snow closed roads across the Midwestern states on Monday.                      | Midwestern  | -",
        "Catalan officials called the vote a test of the region's patience.                   | Catalan     | ES",
    })
    void shouldReadARegionsAdjectiveAsTheRegionWhenANounFollows(String text, String adjective, String country) {
        Article a = enricher.enrich(article("en", null, text, null));
        Place p = place(a, adjective).orElseThrow(() -> new AssertionError("no place for " + adjective + " in "
                + a.places()));
        assertThat(p.countryCode()).isEqualTo(country.equals("-") ? null : country);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // text | the adjective the entities stage took for a person | its region's country
        "Kashmiri traders shut their shops in protest on Friday.       | Kashmiri | -",
        "Bavarian brewers raised their prices for the autumn festival. | Bavarian | DE",
    })
    void shouldKeepTheRegionWhenTheEntitiesStageTookTheAdjectiveForAPerson(String text, String adjective,
            String country) {
        Article a = enricher.enrich(article("en", null, text, null).toBuilder()
                .entities(List.of(entity(text, adjective, EntityType.PERSON))).build());
        Place p = place(a, adjective).orElseThrow(() -> new AssertionError("no place for " + adjective + " in "
                + a.places()));
        assertThat(p.countryCode()).isEqualTo(country.equals("-") ? null : country);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // language | text | the adjective, a word of a longer name here
        "de | Der Bavarian Motor Club traf sich am Samstag in Augsburg.                  | Bavarian",
        "en | Shares of Himalayan Capital Partners fell after the report.                | Himalayan",
        "es | La banda Siberian Express tocó el sábado en Valencia.                      | Siberian",
    })
    void shouldNotReadTheAdjectiveWhenItBeginsALongerName(String language, String text, String adjective) {
        Article a = enricher.enrich(article(language, null, text, null));
        assertThat(place(a, adjective)).as("%s in %s", adjective, a.places()).isEmpty();
    }
}
