package io.newswire.enrich.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GazetteerTest {

    private final Gazetteer gaz = Gazetteer.get();

    @Test
    void shouldLoadAllPartsWhenResourceIsOnClasspath() {
        assertThat(gaz.countryCount()).isGreaterThan(240);
        assertThat(gaz.admin1Count()).isGreaterThan(3_500);
        assertThat(gaz.placeCount()).isGreaterThan(135_000);
        assertThat(Gazetteer.get()).isSameAs(gaz);
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource(delimiter = '|', value = {
        "Kabul        | AF",
        "Tehran       | IR",
        "Islamabad    | PK",
        "Zürich       | CH",
        "São Paulo    | BR",
        "Kyiv         | UA",
        "Москва       | RU",
        "Iran         | IR",
        "Iranian      | IR",
        "Pakistani    | PK",
        "Afghan       | AF",
        "Deutschland  | DE",
        // a demonym world-countries writes with its country's other part ("Bosnian, Herzegovinian") (s34)
        "Bosnian      | BA",
        "Herzegovinians | BA",
        "Nevisian     | KN",
    })
    void shouldFindEntryInCountryWhenNameIsKnown(String name, String cc) {
        int[] entries = gaz.lookup(name);
        assertThat(entries).isNotEmpty();
        assertThat(Arrays.stream(entries).map(gaz::countryOf).filter(c -> c >= 0).mapToObj(c -> gaz.countryCode(c)))
                .contains(cc);
    }

    @Test
    void shouldNotFindTwoLetterCodesWhenLookedUpAsNames() {
        assertThat(gaz.lookup("IT")).isEmpty();
        assertThat(gaz.lookup("NO")).isEmpty();
    }

    @Test
    void shouldGiveCountryCentreWhenCodeIsKnown() {
        double[] af = gaz.countryCentre("AF");
        assertThat(af).isNotNull();
        assertThat(af[0]).isBetween(29.0, 39.0);
        assertThat(af[1]).isBetween(60.0, 75.0);
        assertThat(gaz.countryCentre("XX")).isNull();
    }
}
