package io.newswire.enrich.geo;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.model.Article;
import io.newswire.model.Country;
import io.newswire.model.Dateline;
import io.newswire.model.Place;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * s33: the places after the first of a several-bureau dateline ("GAZA CITY/JERUSALEM, Jan 3 (Reuters) -") are
 * places of kind dateline too, as the first is: one record each, with the body's mentions when the body names
 * the place, and their countries are listed.
 */
class DatelineOtherPlacesTest {

    private final GeoEnricher enricher = new GeoEnricher();

    private Article enrich(String first, String others, String text) {
        Dateline d = new Dateline(first.toUpperCase(Locale.ROOT), first, null, null, null, "Reuters",
                others == null ? List.of() : Arrays.asList(others.split(";")));
        return enricher.enrich(Article.builder("c-o", text, "t").dateline(d).build());
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // first      | others            | text                                                                    | dateline places (name:country:mentions)   | countries
        "Washington   | LONDON            | The two governments agreed on Wednesday to share data on sanctions.     | Washington, D.C.:US:0;London:GB:0         | US;GB",
        "Kyiv         | MOSCOW            | Both sides reported drone attacks on energy sites overnight.            | Kyiv:UA:0;Moscow:RU:0                     | UA;RU",
        "Mosul        | ERBIL             | Officials in Erbil said the highway would reopen on Sunday.             | Mosul:IQ:0;Erbil:IQ:1                     | IQ",
        "Lima         | QUITO;BOGOTA      | Andean states agreed a customs pact on Friday.                          | Lima:PE:0;Quito:EC:0;Bogotá:CO:0          | PE;EC;CO",
        "Lagos        | ZZYZXVILLE        | Fuel queues returned to filling stations on Monday.                     | Lagos:NG:0;ZZYZXVILLE:-:0                 | NG",
        "Karachi      | KARACHI           | Traders observed a strike on Saturday against a new sales tax.          | Karachi:PK:0                              | PK",
        "Karachi      | -                 | Traders observed a strike on Saturday against a new sales tax.          | Karachi:PK:0                              | PK",
    })
    void shouldListEveryDatelinePlaceWithKindDatelineWhenTheDatelineNamesSeveralBureaus(String first, String others,
            String text, String expected, String countries) {
        Article a = enrich(first, others, text);

        List<String> datelinePlaces = a.places().stream().filter(p -> Place.DATELINE.equals(p.kind()))
                .map(p -> p.name() + ":" + (p.countryCode() == null ? "-" : p.countryCode()) + ":" + p.mentions().size())
                .toList();
        assertThat(datelinePlaces).containsExactlyInAnyOrder(expected.split(";"));
        // one record per place: a body's mention of a dateline place is not listed again as a literal place
        assertThat(a.places()).filteredOn(p -> Place.LITERAL.equals(p.kind()))
                .extracting(Place::name).doesNotContainAnyElementsOf(datelinePlaces.stream()
                        .map(s -> s.substring(0, s.indexOf(':'))).toList());
        assertThat(a.countries()).extracting(Country::code).contains(countries.split(";"));
        // the story is led from the first place: its country stays the focus
        assertThat(a.countries()).filteredOn(Country::focus).extracting(Country::code)
                .containsExactly(countries.split(";")[0]);
    }
}
