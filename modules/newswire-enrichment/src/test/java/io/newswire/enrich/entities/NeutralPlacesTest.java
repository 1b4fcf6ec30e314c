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

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // an article that is part of the place's name
        "es | La feria de vinos abrió ayer en La Rioja con cien bodegas. | La Rioja",
        "es | El ministro viajó a El Cairo tras la cumbre. | El Cairo",
        // a place's name joined by a link word to a name that is no place: a longer name, not the place
        "es | La cooperativa de Valencia de Alcántara vendió toda la cosecha. | ''",
        "it | I deputati di Italia dei Valori hanno votato contro. | ''",
        // a building or a quarter named like a place, in the town after it: the town
        "es | La reunión en el Palacio de la Magdalena de Santander duró tres horas. | Santander",
        // a place noun before the link word: the whole is the place
        "es | El alcalde de la Ciudad de México inauguró la línea. | Ciudad de México",
        "it | Il petrolio si è sparso nel Golfo del Messico per settimane. | Golfo del Messico",
        "nl | Het bestuur van de Provincie Antwerpen vergaderde gisteren. | Provincie Antwerpen",
        // the town after a longer name or inside an event's name stays a place: where it is, or was held
        "it | È stato ricoverato al Policlinico Gemelli di Roma. | Roma",
        "es | Los atletas de los Juegos de Sydney volvieron a casa. | Sydney",
        "nl | De organisatoren van Brussel 2030 zochten sponsors in Gent. | Brussel;Gent",
        // Dutch puts no article before a town: "de Tour" is the race; countries and regions take one
        "nl | Hij reed vorig jaar de Tour uit en won in Lyon een rit. | Lyon",
        "nl | Het bedrijf opent een kantoor in de Filipijnen. | Filipijnen",
        "es | La ayuda llegó de Lyon. | Lyon",
        // a place before a person's name is the place ("the Paris of Ernest Hemingway")
        "it | Il libro racconta la Parigi di Ernest Hemingway. | Parigi",
        // a lower-case noun of a gulf, a bay, a street or a square named after a country or a town: the whole
        "it | La petroliera è affondata nel golfo del Messico ieri sera. | golfo del Messico",
        "pt | O petroleiro afundou no golfo do México durante a tempestade. | golfo do México",
        "es | Miles de personas llenaron la plaza de España en Sevilla. | plaza de España;Sevilla",
        "fr | Le cortège est parti de la rue de Rennes vers Paris. | rue de Rennes;Paris",
        "it | Il negozio ha aperto in via Roma a Torino. | via Roma;Torino",
        // not "via" as "by way of", nor a river's own name after "río", nor a province, nor a language without the nouns
        "it | Il volo arriva a Tunisi via Parigi domani mattina. | Tunisi;Parigi",
        "es | Los pescadores salieron al río Magdalena desde Barranquilla. | Magdalena;Barranquilla",
        "es | El alcalde visitó la provincia de Badajoz el martes. | Badajoz",
        "de | Der Tanker sank im Golf von Mexiko vor der Küste. | Mexiko",
    })
    void shouldReadPlaceNamesThatHoldLinkWordsArticlesAndYears(String language, String text, String expected) {
        assertThat(places(language, text)).isEqualTo(expected);
    }
}
