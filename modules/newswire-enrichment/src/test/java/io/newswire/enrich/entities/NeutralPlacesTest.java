package io.newswire.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.enrich.gazetteer.Gazetteer;
import io.newswire.enrich.text.Tokenizer;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Places found by the gazetteer in sentences of languages without a tagger, and the names inside a longer
 * capitalised name that are none. Sentences written for this test.
 */
class NeutralPlacesTest {

    /** The places of {@code text} as running text, as printed, joined by ";" ("" when none). */
    private static String places(String text) {
        List<Tokenizer.Token> tokens = Tokenizer.tokens(text);
        StringBuilder out = new StringBuilder();
        for (int[] p : NeutralPlaces.find(Gazetteer.get(), tokens, 0, true)) {
            out.append(out.length() == 0 ? "" : ";")
                    .append(text, tokens.get(p[0]).start(), tokens.get(p[1] - 1).end());
        }
        return out.toString();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Los vecinos de Sevilla protestaron el lunes. | Sevilla",
        "En Valencia llovió toda la noche. | Valencia",
        "SEVILLA, 3 mar (EFE) - Los vecinos protestaron. | SEVILLA",
        "La comitiva salió de Lisboa hacia Oporto. | Lisboa;Oporto",
        "De politie in Rotterdam zocht de hele nacht. | Rotterdam",
        // a place's name inside a longer name of a body, a club or a firm
        "La Policía Nacional detuvo a dos hombres en Sevilla. | Sevilla",
        "El Real Madrid ganó el partido. | ''",
        "Las acciones de Brasil Telecom subieron un dos por ciento. | ''",
        "El presidente del Banco Central habló ayer. | ''",
    })
    void shouldFindPlacesButNotTheirNamesInsideLongerNames(String text, String expected) {
        assertThat(places(text)).isEqualTo(expected);
    }

    /** As {@link #places(String)}, in {@code language}. */
    private static String places(String language, String text) {
        List<Tokenizer.Token> tokens = Tokenizer.tokens(text);
        StringBuilder out = new StringBuilder();
        for (int[] p : NeutralPlaces.find(Gazetteer.get(), tokens, 0, true, language)) {
            out.append(out.length() == 0 ? "" : ";")
                    .append(text, tokens.get(p[0]).start(), tokens.get(p[1] - 1).end());
        }
        return out.toString();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a function word of the language that is also a gazetteer name opens the sentence: the word
        "es | Para el alcalde de Zaragoza, la obra es urgente. | Zaragoza",
        "es | Solo tres vecinos de Cuenca votaron. | Cuenca",
        "nl | Van de twintig renners uit Utrecht kwam niemand aan. | Utrecht",
        "it | Ora i pendolari di Bergamo aspettano. | Bergamo",
        "es | El Ejército del Sur tomó la ciudad de Tarija. | Tarija",
        // initials among lower-case words are a body's, not a place's
        "es | Los observadores de la OEA llegaron a Lima. | Lima",
        // in another language, or with none, the same name is the place as before
        "en | Para is a state of Brazil. | Para;Brazil",
    })
    void shouldReadAFunctionWordOfTheLanguageAsTheWordNotAPlace(String language, String text, String expected) {
        assertThat(places(language, text)).isEqualTo(expected);
    }
}
