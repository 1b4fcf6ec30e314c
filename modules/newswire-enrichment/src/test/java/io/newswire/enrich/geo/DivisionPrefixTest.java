package io.newswire.enrich.geo;

import static io.newswire.enrich.geo.GeoTexts.article;
import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.model.Article;
import io.newswire.model.Place;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A county written with its division word before the name ("Co. Cork", "Co Kerry", "County Clare": Irish and British
 * usage) is that county, whether the entities stage hands over the whole span or not. Before s41 the name inside such a
 * span was read as an unknown local place and put at the story's own county. Every sentence is written for these tests;
 * the counties are real.
 */
class DivisionPrefixTest {

    private final GeoEnricher enricher = new GeoEnricher();

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
        // text | LOCATION spans as the entities stage gives them | the name | its country
        "A cyclist was hurt on a road outside Ennis in Co. Cork on Sunday night, gardaí said.      | Ennis; Co. Cork      | Cork    | IE",
        "Two walkers were rescued from a mountain in Co Kerry after a night in the fog.            | Co Kerry             | Kerry   | IE",
        "Fishermen in Co Donegal and in County Mayo say the new quotas will close harbours.         | Co Donegal; County Mayo | Donegal | IE",
        "Fishermen in Co Donegal and in County Mayo say the new quotas will close harbours.         | Co Donegal; County Mayo | Mayo    | IE",
        "The bridge in Co. Wicklow reopened after the flood, the council said.                      | Co. Wicklow          | Wicklow | IE",
    })
    void shouldReadTheNameAsTheCountyWhenADivisionWordStandsBeforeIt(String text, String locations, String name,
            String country) {
        Article a = enricher.enrich(article("en", null, text, locations));
        Place p = a.places().stream()
                .filter(x -> x.mentions().stream().anyMatch(m -> m.text().endsWith(name)))
                .findFirst().orElseThrow(() -> new AssertionError("no " + name + " in " + a.places()));
        assertThat(p.geonameId()).isNotNull();
        assertThat(p.countryCode()).isEqualTo(country);
        assertThat(p.featureCode()).isEqualTo("ADM2");
    }
}
