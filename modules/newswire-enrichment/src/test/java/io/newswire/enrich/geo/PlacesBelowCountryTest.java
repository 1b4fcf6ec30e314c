package io.newswire.enrich.geo;

import static io.newswire.enrich.geo.GeoTexts.article;
import static io.newswire.enrich.geo.GeoTexts.entity;
import static io.newswire.enrich.geo.GeoTexts.place;
import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.model.Article;
import io.newswire.model.Entity;
import io.newswire.model.EntityType;
import io.newswire.model.Language;
import io.newswire.model.Place;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Places below country level (issue 15, s45): a town that closes a name made of names ("Wells Fargo", "Real Madrid")
 * is no mention of it; a place in a compound with "-born", "-bred", "-raised" is one, a division's adjective there of
 * kind demonym; a division named after a saint and written with "St." and its division word ("St. Martin Parish") is
 * the division of that name in the story's state. Every sentence here is written for these tests.
 */
class PlacesBelowCountryTest {

    private final GeoEnricher enricher = new GeoEnricher();

    private Article enrich(String language, String text, String name, EntityType type, String locations) {
        List<Entity> entities = new ArrayList<>();
        entities.add(entity(text, name, type));
        for (String loc : locations == null ? new String[0] : locations.split(";")) {
            entities.add(entity(text, loc.strip(), EntityType.LOCATION));
        }
        return enricher.enrich(Article.builder("b-1", text, "t").language(new Language(language, 0.99))
                .entities(entities).build());
    }

    @ParameterizedTest(name = "{1} as {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // language | text | the name's span | its type | other LOCATION spans | the town it ends with
        "en | Shares of Wells Fargo fell 2 percent in New York after the bank's results. | Wells Fargo | ORGANIZATION | New York | Fargo",
        "en | Analysts at Wells Fargo in Charlotte cut their forecast on Monday. | Wells Fargo | LOCATION | Charlotte | Fargo",
        "en | Real Madrid were held to a goalless draw in Seville on Saturday. | Real Madrid | ORGANIZATION | Seville | Madrid",
        "de | Bayern München gewann am Samstag in Dortmund mit 3:1. | Bayern München | ORGANIZATION | Dortmund | München",
        "es | El Real Madrid perdió en Sevilla y cae al tercer puesto. | Real Madrid | ORGANIZATION | Sevilla | Madrid",
    })
    void shouldNotReadTheTownWhenItClosesANameMadeOfNames(String language, String text, String name, String type,
            String locations, String town) {
        Article a = enrich(language, text, name, EntityType.valueOf(type), locations);
        assertThat(place(a, town)).as("%s in %s", town, a.places()).isEmpty();
        assertThat(place(a, locations)).isPresent();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // language | text | the name's span | the story's LOCATION span | the town | its country
        "en | Fans of Baseball Toronto filled the bars across Ontario on Friday. | Baseball Toronto | Ontario | Toronto | CA",
        "fr | Les journalistes de Radio Montréal ont quitté le studio, au Québec. | Radio Montréal | Québec | Montréal | CA",
    })
    void shouldKeepTheCityWhenABrandWordStandsBeforeIt(String language, String text, String name, String location,
            String town, String country) {
        Article a = enrich(language, text, name, EntityType.ORGANIZATION, location);
        assertThat(place(a, town)).as("%s in %s", town, a.places()).get().extracting(Place::countryCode)
                .isEqualTo(country);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // language | text | the mention | country | admin1 (GeoNames' English name) | kind
        "en | The Texan-born singer signed with a label in Nashville on Friday. | Texan | US | Texas | demonym",
        "en | The Lagos-raised producer has worked with artists across the continent. | Lagos | NG | Lagos | literal",
        "en | The London-bred guitarist left the band after its third album. | London | GB | England | literal",
        "en | A Paris-born designer made the dress for the ceremony. | Paris | FR | Île-de-France | literal",
        "de | Die in Paris geborene Designerin zeigte ihre Kollektion in Mailand. | Paris | FR | Île-de-France | literal",
    })
    void shouldReadThePlaceOfABornCompoundAsAMentionOfIt(String language, String text, String surface,
            String country, String admin1, String kind) {
        Article a = enricher.enrich(article(language, null, text, null));
        Place p = place(a, surface).orElseThrow(() -> new AssertionError("no place for " + surface + " in "
                + a.places()));
        assertThat(p.countryCode()).isEqualTo(country);
        assertThat(p.admin1()).isEqualTo(admin1);
        assertThat(p.kind()).isEqualTo(kind.toLowerCase(Locale.ROOT));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // dateline | text | the place of birth | its country
        "Nashville, Tenn. | The Texan-born singer thanked a Paris-born designer for the dress. | Paris | FR",
        "Nashville, Tenn. | The Ohio-born band leader and a London-bred guitarist played on Sunday. | London | GB",
    })
    void shouldNotTakeAPersonsOriginAsEvidenceOfTheStorysState(String dateline, String text, String surface,
            String country) {
        Article a = enricher.enrich(article("en", dateline, text, null));
        assertThat(place(a, surface)).as("%s in %s", surface, a.places()).get().extracting(Place::countryCode)
                .isEqualTo(country);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // language | dateline | text | the division's name as written | country | admin1
        "en | Baton Rouge, La. | Deputies in St. Martin Parish closed two roads after the river rose. | St. Martin | US | Louisiana",
        "en | Lafayette, La. | Crews in St. Mary Parish and Iberia Parish cleared fallen trees. | St. Mary | US | Louisiana",
        "en | Duluth, Minn. | A search began in St. Louis County for a missing hunter. | St. Louis | US | Minnesota",
        "fr | Lafayette, Louisiane | Les routes de St. Landry Parish sont fermées depuis lundi, selon le shérif. | St. Landry | US | Louisiana",
        "en | St Peter Port, Guernsey | Gales brought down power lines in St Martin on Tuesday. | St Martin | GG | St Martin",
    })
    void shouldReadASaintsDivisionWithItsWordInTheStorysState(String language, String dateline, String text,
            String surface, String country, String admin1) {
        Article a = enricher.enrich(article(language, dateline, text, null));
        Place p = a.places().stream().filter(x -> x.mentions().stream().anyMatch(m -> m.text().startsWith(surface)))
                .findFirst().orElseThrow(() -> new AssertionError("no place for " + surface + " in " + a.places()));
        assertThat(p.countryCode()).isEqualTo(country);
        assertThat(p.admin1()).isEqualTo(admin1);
    }
}
