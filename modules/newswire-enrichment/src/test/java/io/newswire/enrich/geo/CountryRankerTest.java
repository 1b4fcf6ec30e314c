package io.newswire.enrich.geo;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.enrich.gazetteer.Gazetteer;
import io.newswire.model.Country;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CountryRankerTest {

    private static final Gazetteer GAZ = Gazetteer.get();
    private final CountryRanker ranker = new CountryRanker(GAZ);

    /** Every occurrence of {@code name} in {@code text}, chosen as that country. */
    private static List<Chosen> country(String text, String name, String code) {
        int entry = Gazetteer.entry(Gazetteer.COUNTRY, GAZ.country(code));
        List<Chosen> out = new ArrayList<>();
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            out.add(new Chosen(new GeoSpotter.Spot(at, at + name.length(), new int[] {entry}, false, false), entry));
        }
        return out;
    }

    private static final String TEXT = "Germany and France met. Germany said the talks went well.";

    @Test
    void shouldScoreCountriesRelativeToTheTopOneWhenNoDatelineIsGiven() {
        List<Chosen> chosen = new ArrayList<>(country(TEXT, "Germany", "DE"));
        chosen.addAll(country(TEXT, "France", "FR"));

        List<Country> countries = ranker.rank(chosen, TEXT, -1, -1);

        assertThat(countries).extracting(Country::code).containsExactly("DE", "FR");
        assertThat(countries.get(0).focus()).isTrue();
        assertThat(countries.get(0).score()).isEqualTo(1.0);
        assertThat(countries.get(1).score()).isEqualTo(0.5);
        assertThat(countries.get(0).mentions()).hasSize(2);
    }

    @Test
    void shouldMakeTheDatelineCountryTheFocusWhenTheStoryIsFiledFromIt() {
        List<Chosen> chosen = new ArrayList<>(country(TEXT, "Germany", "DE"));
        chosen.addAll(country(TEXT, "France", "FR"));

        List<Country> countries = ranker.rank(chosen, TEXT, GAZ.country("FR"), -1);

        assertThat(countries.get(0).code()).isEqualTo("FR");
        assertThat(countries.get(0).focus()).isTrue();
        assertThat(countries.get(1).code()).isEqualTo("DE");
        assertThat(countries.get(1).score()).isLessThan(1.0);
    }

    @Test
    void shouldKeepTheDatelineCountryAtTheFloorWhenTheStoryIsAboutElsewhere() {
        String text = "Germany, Germany, Germany, Germany, Germany, Germany, Germany, Germany, Germany, Germany.";

        List<Country> countries = ranker.rank(country(text, "Germany", "DE"), text, GAZ.country("GB"), -1);

        assertThat(countries).extracting(Country::code).containsExactly("DE", "GB");
        assertThat(countries.get(1).score()).isEqualTo(CountryRanker.DATELINE_FLOOR);
        assertThat(countries.get(1).mentions()).isEmpty();
    }
}
