package io.newswire.enrich.geo;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.model.Article;
import io.newswire.model.Mention;
import io.newswire.model.Place;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Second-level divisions GeoNames names with a leading division word ("Province of Laguna", "County of
 * Flintshire") are written in text by the rest of the name, as their own name. Sentences written for these tests.
 */
class DivisionOfFormTest {

    private final GeoEnricher enricher = new GeoEnricher();

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // text | surface | GeoNames id of the division
        "Police in Mold, Flintshire, said two men were arrested after the break-in.      | Flintshire | 2649298",
        "Heavy rain flooded roads around Aberystwyth, Ceredigion, on Monday.             | Ceredigion | 2653814",
        "Farmers in Zambales said the typhoon had destroyed most of their rice.          | Zambales   | 1679435",
        "Schools in Santa Rosa, Laguna, stayed closed on Tuesday after the floods.       | Laguna     | 1708026",
    })
    void shouldReadTheDivisionWhenTextWritesItWithoutItsLeadingDivisionWord(String text, String surface, long id) {
        Article a = enricher.enrich(Article.builder("d-1", text, "t").build());
        assertThat(a.places()).filteredOn(p -> p.mentions().stream().map(Mention::text).anyMatch(surface::equals))
                .extracting(Place::geonameId).containsExactly(id);
    }
}
