package io.newswire.enrich.geo;

import static io.newswire.enrich.geo.GeoTexts.place;
import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.model.Article;
import io.newswire.model.Place;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A town chosen on country-wide evidence alone is the famous city of its name abroad (s38): "the CAC 40 in Paris" in a
 * NEW YORK market report is not Paris, Texas, although the story's other places are American; and the other way round,
 * two towns of one state make the name that state's town ("Cartersville and Calhoun ... Rome" is Rome, Georgia). The
 * town's own state written anywhere, another place of that state, or the dateline's region keep the town. Sentences
 * written for these tests.
 */
class FamousNamesakesTest {

    private final GeoEnricher enricher = new GeoEnricher();

    @ParameterizedTest(name = "{2} in {0}")
    @CsvSource(delimiter = '|', value = {
        // dateline | text | the mention | its country
        // American places of several states and the country named: before, Paris, Texas; Rome and Amsterdam, New York
        "New York | Shares rose in Boston and Denver as U.S. crude slipped. In Europe, the CAC 40 in Paris lost 1.1%. | Paris | FR",
        "New York | U.S. officials in Boston and Denver said the talks in Rome would resume next week. | Rome | IT",
        "New York | U.S. traders in Chicago and Miami watched the exchange in Amsterdam fall 2%. | Amsterdam | NL",
        "New York | U.S. envoys from Houston and Phoenix flew to Dublin on Monday for the talks. | Dublin | IE",
        // no dateline: the country named and towns of three states
        "| The U.S. team trained in Tucson, Reno and Omaha before the final in Paris. | Paris | FR",
    })
    void shouldReadTheFamousCityWhenOnlyTheCountrySupportsTheTown(String dateline, String text, String mention,
            String country) {
        assertThat(countryOf(dateline, text, mention)).isEqualTo(country);
    }

    @ParameterizedTest(name = "{2} in {0}")
    @CsvSource(delimiter = '|', value = {
        // dateline | text | the mention | its country | the entities stage's LOCATION spans, if any
        // the dateline's region is the town's state
        "'Utica, N.Y.' | Officials said the talks in Rome would resume next week. | Rome | US |",
        // two other places of the town's state
        "New York | Officials in Albany and Syracuse said the talks in Rome would resume next week. | Rome | US |",
        // the town written with its state once: its other mentions are that town too
        "| A fire in Paris, Texas, destroyed a barn on Friday. Paris firefighters said no one was hurt. | Paris | US |",
        // two other towns of the state, no dateline (the entities stage marks the three names, as it does)
        "| Crews from Cartersville and Calhoun helped Rome clear the roads after the storm. | Rome | US | Cartersville;Calhoun;Rome",
        // the country of the famous city named: the text speaks of it
        "| Crews from Cartersville and Calhoun flew to Italy, where they toured Rome for a week. | Rome | IT |",
    })
    void shouldKeepTheTownWhenTheTextPlacesItsState(String dateline, String text, String mention, String country,
            String locations) {
        assertThat(countryOf(dateline, text, mention, locations)).isEqualTo(country);
    }

    private String countryOf(String dateline, String text, String mention) {
        return countryOf(dateline, text, mention, null);
    }

    private String countryOf(String dateline, String text, String mention, String locations) {
        Article a = enricher.enrich(GeoTexts.article("en", dateline, text, locations));
        Place p = place(a, mention).orElseThrow(() -> new AssertionError("no place for " + mention + ": " + a.places()));
        return p.countryCode();
    }
}
