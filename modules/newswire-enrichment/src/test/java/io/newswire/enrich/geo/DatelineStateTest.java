package io.newswire.enrich.geo;

import static io.newswire.enrich.geo.GeoTexts.place;
import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.model.Article;
import io.newswire.model.Place;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The state a dateline writes after its town, named alone in the body, is that state (s36): "at home in
 * Washington" under "CAMP MURRAY, Wash." is not the capital. Sentences written for these tests.
 */
class DatelineStateTest {

    private final GeoEnricher enricher = new GeoEnricher();

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // text | the mention | the GeoNames id it must resolve to
        // the capital, named too, pulled the state's other mentions to it before (s36, GeoWebNews dev)
        "CAMP ORCHARD, Wash. - The team works at home in Washington, with trips to Guam, Alaska and Washington, D.C. each year. | Washington | 5815135",
        "TACOMA, Wash. - Crews across Washington cleared roads, and two officials flew to Washington, D.C. for help. | Washington | 5815135",
        "FORT LEWIS, Wash. - The unit trains at home in Washington and flies out twice a year. | Washington | 5815135",
        "MACON, Ga. - Farmers across Georgia said the frost had cost them half the peach crop. | Georgia | 4197000",
    })
    void shouldReadTheDatelinesStateWhenItIsNamedAlone(String text, String mention, long id) {
        Article a = enricher.enrich(Article.builder("ds-1", text, "t").build());
        Place p = place(a, mention).orElseThrow(() -> new AssertionError("no place for " + mention));
        assertThat(p.geonameId()).isEqualTo(id);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // written with its own district, the capital stays the capital; with no dateline state, nothing changes
        "FORT LEWIS, Wash. - Two soldiers flew on to Washington, D.C. for the ceremony on Friday. | Washington, D.C. | 4140963",
        "Officials in Washington said on Monday that the talks with Tbilisi would resume. | Washington | 4140963",
    })
    void shouldKeepTheCapitalWhenTheTextSaysSo(String text, String mention, long id) {
        Article a = enricher.enrich(Article.builder("ds-2", text, "t").build());
        Place p = place(a, mention).orElseThrow(() -> new AssertionError("no place for " + mention));
        assertThat(p.geonameId()).isEqualTo(id);
    }
}
