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
        "hr | Qwzx, brrt.",
        "bs | Qwzx, brrt.",
        "id | Grmpf.",
        "en | The government said so.",
    })
    void shouldKeepTrigramChoiceWhenTextHasNoWordEvidence(String trigramChoice, String text) {
        assertThat(CloseRelatives.resolve(trigramChoice, text, text.length())).isEqualTo(
                new CloseRelatives.Call(trigramChoice, 0, 1.0));
    }

    @Test
    void shouldReadOnlyUpToEndWhenTextGoesOn() {
        String text = "Tokom sedmice.                karena bahwa uang kantor";
        assertThat(CloseRelatives.resolve("hr", text, 14).code()).isEqualTo("bs");
    }

    // Self-written Serbian in Latin script (ekavian: "vreme", "reka", "nedelja"): the trigrams take it
    // for Croatian or Bosnian, the words for Serbian.
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "sr | Deca su se vratila u školu posle dve nedelje, a roditelji kažu da je vreme bilo lepo i toplo.",
        "sr | Predsednik je rekao da je vreme da se reše problemi sa snabdevanjem strujom u celoj zemlji.",
    })
    void shouldTellSerbianInLatinScriptWhenWordsAreEkavian(String code, String text) {
        assertThat(LanguageEnricher.detect(text).code()).isEqualTo(code);
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
