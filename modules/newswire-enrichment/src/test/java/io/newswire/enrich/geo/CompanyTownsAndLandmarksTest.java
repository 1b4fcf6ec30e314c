package io.newswire.enrich.geo;

import static io.newswire.enrich.geo.GeoTexts.article;
import static io.newswire.enrich.geo.GeoTexts.place;
import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.model.Article;
import io.newswire.model.Entity;
import io.newswire.model.EntityType;
import io.newswire.model.Mention;
import io.newswire.model.Place;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A town glued to a word of a known company's name ("Wells Fargo") is a word of that name (the resolver's
 * inside-an-organisation rule already does so: these rows guard it), a town a linked name is of ("Bank of X") stays
 * a place, and a park's, square's or street's name that a small town elsewhere bears ("Central Park" in a New York
 * story) is the story's own landmark, not that town (s41). Every sentence is written for these tests; the towns are
 * real, so the gazetteer knows them.
 */
class CompanyTownsAndLandmarksTest {

    private final GeoEnricher enricher = new GeoEnricher();

    /** The article of {@link GeoTexts#article}, with {@code company} an organisation the alias table links. */
    private Article withCompany(String dateline, String text, String locations, String company) {
        Article a = article("en", dateline, text, locations.equals("-") ? null : locations);
        List<Entity> entities = new ArrayList<>(a.entities());
        int s = text.indexOf(company);
        entities.add(new Entity("org:test", company, EntityType.ORGANIZATION, null, List.of(),
                List.of(new Mention(s, s + company.length(), company)), 1, 0.9));
        return enricher.enrich(a.toBuilder().entities(entities).build());
    }

    @ParameterizedTest(name = "{3}")
    @CsvSource(delimiter = '|', value = {
        // text | LOCATION spans | the linked company | its town word
        "Shares of Wells Fargo rose 3% in New York after the bank beat forecasts.                | New York | Wells Fargo | Fargo",
        "A Wells Fargo spokeswoman in Minneapolis declined to comment.                           | Minneapolis | Wells Fargo | Fargo",
        "Analysts at Morgan Stanley and Wells Fargo expect rates to fall in Ohio.               | Ohio | Wells Fargo | Fargo",
        "Morgan Stanley cut its forecast for Japan's economy on Tuesday.                          | Japan    | Morgan Stanley | Stanley",
        "Les actions de Wells Fargo ont reculé à Paris et à Francfort mardi.                     | Paris; Francfort | Wells Fargo | Fargo",
    })
    void shouldNotReadATownWhenItIsAWordOfALinkedCompanysName(String text, String locations, String company,
            String town) {
        Article a = withCompany(null, text, locations, company);
        assertThat(place(a, town)).as("%s of %s in %s", town, company, a.places()).isEmpty();
    }

    @ParameterizedTest(name = "{3}")
    @CsvSource(delimiter = '|', value = {
        // text | LOCATION spans | the linked organisation | the town in it | the town's country
        "The Federal Reserve Bank of Chicago said factory output slowed in Illinois.             | Illinois | Federal Reserve Bank of Chicago | Chicago | US",
        "Un estudio de la University of Glasgow halló que los alquileres subieron más en Edimburgo. | Edimburgo | University of Glasgow | Glasgow | GB",
    })
    void shouldKeepATownWhenALinkedNameIsOfThatTown(String text, String locations, String organisation, String town,
            String country) {
        Article a = withCompany(null, text, locations, organisation);
        Place p = place(a, town).orElseThrow(() -> new AssertionError("no place for " + town + " in " + a.places()));
        assertThat(p.countryCode()).isEqualTo(country);
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
        // dateline | text | the landmark | the state its namesake town lies in
        "New York | Thousands of runners crossed Central Park on Sunday as the city's marathon ended in Manhattan. | Central Park | Washington",
        "New York | Des milliers de coureurs ont traversé Central Park dimanche, à Manhattan.                     | Central Park | Washington",
    })
    void shouldNotSendALandmarkToASmallNamesakeElsewhereWhenTheStoryIsSetInAnotherState(String dateline, String text,
            String landmark, String namesakeState) {
        Article a = enricher.enrich(article("en", dateline, text, landmark + "; Manhattan"));
        assertThat(a.places()).as("%s in %s", landmark, a.places())
                .noneMatch(p -> p.mentions().stream().anyMatch(m -> m.text().equals(landmark))
                        && namesakeState.equals(p.admin1()));
    }
}
