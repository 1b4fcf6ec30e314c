package io.newswire.enrich.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FoldingTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "São Paulo           | sao paulo",
        "SÃO PAULO           | Sao Paulo",
        "Zürich              | Zurich",
        "Côte d'Ivoire       | Cote d’Ivoire",
        "Düsseldorf          | Dusseldorf",
        "Straßburg           | Strassburg",
        "Tromsø              | Tromso",
        "Łódź                | Lodz",
        "Rio-de-Janeiro      | Rio de Janeiro",
        "Москва              | москва",
    })
    void shouldGiveSameKeyWhenNamesDifferOnlyInCaseAccentsOrPunctuation(String a, String b) {
        assertThat(Folding.key(a)).isEqualTo(Folding.key(b)).isNotZero();
    }

    @ParameterizedTest(name = "{0} != {1}")
    @CsvSource(delimiter = '|', value = {
        "Paris     | Pari",
        "New York  | York",
        "Georgia   | Georgian",
    })
    void shouldGiveDifferentKeysWhenNamesDiffer(String a, String b) {
        assertThat(Folding.key(a)).isNotEqualTo(Folding.key(b));
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
        "Baluchestan | Balochistan",
        "Baluchistan | Balochistan",
        "Qandahar    | Kandahar",
        "Mashhad     | Mashad",
        "Ghazni      | Qazni",
        "Khorasan    | Korasan",
    })
    void shouldMatchVariantsWhenRomanisationsDiffer(String a, String b) {
        assertThat(Folding.isVariant(a, b)).isTrue();
    }

    @ParameterizedTest(name = "{0} !~ {1}")
    @CsvSource(delimiter = '|', value = {
        "Tehran  | Teheran Street",
        "Lahore  | Lagos",
    })
    void shouldKeepVariantsApartWhenNamesAreDifferent(String a, String b) {
        assertThat(Folding.isVariant(a, b)).isFalse();
    }
}
