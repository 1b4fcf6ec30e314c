package io.newswire.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.enrich.gazetteer.Gazetteer;
import io.newswire.enrich.text.Tokenizer;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * People found by a given name in paragraphs of languages without a tagger (Spanish, French,
 * Portuguese, Italian; Dutch, Polish, Swedish by the shared name list), and the forms that must stay no person. Sentences and people written for
 * this test.
 */
class NeutralPeopleTest {

    /** The people of {@code text}, as printed, joined by ";" ("" when none). */
    private static String people(String language, String text) {
        List<Tokenizer.Token> tokens = Tokenizer.tokens(text);
        StringBuilder out = new StringBuilder();
        for (int[] p : NeutralPeople.find(Gazetteer.get(), tokens, 0, language)) {
            out.append(out.length() == 0 ? "" : ";")
                    .append(text, tokens.get(p[0]).start(), tokens.get(p[1] - 1).end());
        }
        return out.toString();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "es | El consejero Sixto Heras Villalba presentó el plan en Valladolid. | Sixto Heras Villalba",
        "es | Según explicó José María Ortega del Campo, la obra terminará en marzo. | José María Ortega del Campo",
        "es | La ministra Pilar Gómez de la Fuente visitó la zona afectada el lunes. | Pilar Gómez de la Fuente",
        "es | Lo anunció el Sr. Ramiro Ochoa a los periodistas. | Ramiro Ochoa",
        "es | Raquel Benítez y Hernán Quiroga firmaron el acuerdo. | Raquel Benítez;Hernán Quiroga",
        "es | Lo dijeron Tomás Quintero y Berrocal, los dos concejales. | Tomás Quintero",
        "es | Por Elena Sarmiento Madrid, 23 may (EFE) - El Gobierno aprobó el plan. | Elena Sarmiento",
        "es | Los vecinos de Hugo Ibáñez Santo Domingo protestaron. | Hugo Ibáñez",
        "fr | Le préfet Michel Delpuech a réuni les maires mardi. | Michel Delpuech",
        "fr | Selon Jean-Baptiste Rouvière, porte-parole du syndicat, la grève continue. | Jean-Baptiste Rouvière",
        "fr | M. Thierry Lemaire de Vaucelles a démissionné. | Thierry Lemaire de Vaucelles",
        "pt | O ministro Rui Carvalho dos Santos falou à imprensa em Lisboa. | Rui Carvalho dos Santos",
        "it | Il sindaco Matteo Ferraresi ha incontrato i commercianti. | Matteo Ferraresi",
        // a name of the US Social Security counts that is no common word of the language opens a name too
        "pt | O motorista Wesley Tavares Pinto, de 38 anos, morreu no local. | Wesley Tavares Pinto",
        "pt | O condutor Rodrigo Matos Brandão Lima, de 51 anos, ficou ferido. | Rodrigo Matos Brandão Lima",
        "fr | Le gendarme Victor C. a interpellé le suspect samedi. | Victor C.",
        "pt | O 1º Tenente Rodrigo Matos Brandão seguia para o quartel. | Rodrigo Matos Brandão",
        "es | Lo confirmó el Capitán Luis Prieto Garrido a la prensa. | Luis Prieto Garrido",
        "fr | Le suspect, Adrien D., âgé de 24 ans, a été placé en garde à vue. | Adrien D.",
        "nl | Volgens woordvoerder Jan de Wit is de man opgepakt. | Jan de Wit",
        "nl | Volgens Peter Hoekstra van de Rabobank daalt de rente. | Peter Hoekstra",
        "pl | Rzeczniczka Justyna Wróbel poinformowała, że kierowca zginął. | Justyna Wróbel",
        "sv | Enligt Anna Lindqvist vid polisen skadades ingen. | Anna Lindqvist",
    })
    void shouldFindAPersonWhenAGivenNameOfTheLanguageLeadsCapitalisedSurnames(String language, String text,
            String expected) {
        assertThat(people(language, text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "es | El avión aterrizó en San Pedro Sula por la tarde.",
        "es | San Pedro Sula amaneció sin luz.",
        "fr | Rue Jean Jaurès, les commerces ont fermé.",
        "es | Los votantes de El Salvador acudieron a las urnas.",
        "es | El Hospital Juan Ramón Jiménez atendió a los heridos.",
        "es | Los heridos llegaron al hospital Juan Ramón Jiménez de Huelva.",
        "es | El rey Juan Carlos llegó a Madrid.",
        "es | La Cruz Roja envió ayuda a Mercedes y a Victoria.",
        "es | Los barcos de la Marina de Guerra zarparon de Callao.",
        "es | La misión de la ONU llegó a Santiago de Chile.",
        "es | MADRID, 3 mar (EFE) - El Gobierno aprobó el decreto.",
        "fr | La France et l'Allemagne ont signé un accord à Bruxelles.",
        "fr | L'aéroport Charles de Gaulle a fermé une piste.",
        "de | Der Sprecher Michel Delpuech sagte am Montag nichts.",
        "en | Luis Planas said on Monday the talks would go on.",
        "nl | Klein Brabant kreeg vorige week veel regen.",
        "es | Las lluvias afectaron a Santa Cruz y a Beni.",
        "es | La firma Walter Brennan Company presentó resultados.",
        "pt | A Nova Iguaçu recebeu a visita do governador.",
        "es | Hubo siete muertos en el municipio de Heliodoro Castillo, Guerrero.",
        "es | El partido se jugó en el pabellón Ramiro Saldaña ante cinco mil espectadores.",
    })
    void shouldFindNoPersonWhenTheGivenNameIsPartOfAnotherNameOrTheLanguageHasNoList(String language, String text) {
        assertThat(people(language, text)).isEmpty();
    }
}
