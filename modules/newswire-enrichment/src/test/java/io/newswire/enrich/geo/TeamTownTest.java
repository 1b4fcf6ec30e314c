package io.newswire.enrich.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static io.newswire.enrich.geo.GeoTexts.entity;
import static io.newswire.enrich.geo.GeoTexts.place;

import io.newswire.model.Article;
import io.newswire.model.Entity;
import io.newswire.model.EntityType;
import io.newswire.model.Place;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A team or a council the entities stage reads as an organisation over a town's name alone ("a 1-0 defeat to
 * Reading"): geoparsing counts it as a (metonymic) mention of the town, when the story is about that town's
 * country; an organisation named like a foreign town is no place. Every sentence here is written for these tests.
 */
class TeamTownTest {

    private final GeoEnricher enricher = new GeoEnricher();

    private Article enrich(String text, String organisation, String locations) {
        List<Entity> entities = new ArrayList<>();
        entities.add(entity(text, organisation, EntityType.ORGANIZATION));
        for (String loc : locations.split(";")) {
            if (!loc.isBlank()) {
                entities.add(entity(text, loc.strip(), EntityType.LOCATION));
            }
        }
        return enricher.enrich(Article.builder("t-1", text, "t").entities(entities).build());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // text | the organisation span | LOCATION spans | the town's country, or - for no place
        "Fans in Birmingham, England, feared the worst after a 1-0 defeat to Reading on Tuesday. | Reading | Birmingham; England | GB",
        "Shares of Orange rose in Paris, France, after the telecoms group's results. | Orange | Paris; France | -",
    })
    void shouldReadATeamNamedByItsTownAsTheTownWhenTheStoryIsAboutItsCountry(String text, String organisation,
            String locations, String country) {
        java.util.Optional<Place> p = place(enrich(text, organisation, locations), organisation);
        if (country == null) {
            assertThat(p).isEmpty();
        } else {
            assertThat(p).get().extracting(Place::countryCode).isEqualTo(country);
        }
    }
}
