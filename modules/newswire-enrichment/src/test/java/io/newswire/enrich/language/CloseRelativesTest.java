package io.newswire.enrich.language;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.model.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CloseRelativesTest {

    // Pairs of the same self-written sentence in two close relatives: only the marker words differ.
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ms | Pegawai itu berkata bahawa wang tersebut akan digunakan untuk membaiki jalan kerana banjir minggu lalu.",
        "id | Pejabat itu mengatakan bahwa uang tersebut akan digunakan untuk memperbaiki jalan karena banjir minggu lalu.",
        "hr | Tijekom prošlog tjedna u gradu je održan sastanak o povijesti europskog gospodarstva, a došlo je tisuću ljudi.",
        "bs | Tokom prošle sedmice u gradu je održan sastanak o historiji evropske privrede, a došlo je hiljadu ljudi.",
        "nn | Eg veit ikkje kva dei skal gjere no, men dei kjem frå byen i morgon.",
        "nb | Jeg vet ikke hva de skal gjøre nå, men de kommer fra byen i morgen.",
        "da | Jeg ved ikke hvad de skal gøre nu, men de kommer fra byen i morgen.",
    })
    void shouldTellCloseRelativesApartWhenMarkerWordsDiffer(String code, String text) {
        for (String trigramChoice : CloseRelatives.group(code)) {
            assertThat(CloseRelatives.resolve(trigramChoice, text, text.length()).code()).as(trigramChoice).isEqualTo(code);
        }
        assertThat(LanguageEnricher.detect(text).code()).isEqualTo(code);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "hr | Dobar dan, kako ste danas?",
        "bs | Dobar dan, kako ste danas?",
        "id | Selamat pagi.",
        "en | The government said so.",
    })
    void shouldKeepTrigramChoiceWhenTextHasNoMarkerWords(String trigramChoice, String text) {
        assertThat(CloseRelatives.resolve(trigramChoice, text, text.length())).isEqualTo(
                new CloseRelatives.Call(trigramChoice, 0));
    }

    @Test
    void shouldReadOnlyUpToEndWhenTextGoesOn() {
        String text = "Tokom sedmice.                karena bahwa uang kantor";
        assertThat(CloseRelatives.resolve("hr", text, 14)).isEqualTo(new CloseRelatives.Call("bs", 0));
    }

    @Test
    void shouldNotBeConfidentWhenCloseRelativesDisagree() {
        // Croatian trigrams, Bosnian words: whatever the call, it must not claim certainty.
        Language l = LanguageEnricher.detect("Tijekom sedmice je u gradu održan sastanak o historiji evropske "
                + "privrede, a došlo je tisuću ljudi iz cijele zemlje.");
        assertThat(l.code()).isIn("hr", "bs");
        assertThat(l.confidence()).isLessThanOrEqualTo(0.5);
    }
}
