package io.newswire.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.model.Entity;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How the language-neutral path reads a name across a whole article (session s40): a mention typed by its role in
 * its own sentence keeps that type while the name's other mentions stay places; initials spelled out just before
 * them are no place; a headline's word in capitals that the article writes in lower case is its common noun; a
 * place is not carried into a longer name the path left whole. Sentences and people invented for this test; the
 * places and bodies are real, as the gazetteer must know them.
 */
class NeutralArticleReadingTest {

    private static final EntitiesEnricher ENRICHER = new EntitiesEnricher(AliasTable.builtIn());

    /** Every type and mention count the stage gives {@code name} in {@code text}, sorted ("LOCATION 2"), or "none". */
    private static String readingsOf(String language, String text, String name) {
        List<Entity> entities = ENRICHER.entities(text, "", language);
        String out = entities.stream().filter(e -> e.name().equals(name))
                .map(e -> e.type().name() + " " + e.mentions().size()).sorted().collect(Collectors.joining(", "));
        return out.isEmpty() ? "none" : out;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a country that acts in one sentence is its state there, and a place in the others
        "it | La Russia accusa la Georgia di aver violato la tregua . Il ministro è tornato in Russia ieri sera ."
                + " In Russia la notizia è arrivata tardi . | Russia | LOCATION 2, ORGANIZATION 1",
        "es | Canadá considera que el acuerdo es bueno . La delegación viajó a Canadá el lunes ."
                + " En Canadá hubo protestas . | Canadá | LOCATION 2, ORGANIZATION 1",
        // the place as the object stays a place everywhere
        "it | La Russia accusa la Georgia di aver violato la tregua . Il ministro è tornato in Russia ieri sera ."
                + " In Russia la notizia è arrivata tardi . | Georgia | LOCATION 1",
    })
    void shouldKeepAMentionsRoleTypeWhenTheNamesOtherMentionsArePlaces(String language, String text, String name,
            String expected) {
        assertThat(readingsOf(language, text, name)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "es | La Organización de Estados Americanos ( OEA ) celebrará su cumbre en Lima . La OEA pidió calma . | OEA | none",
        "es | Los ministros de la Comunidad Andina ( CAN ) se reunieron en Quito . La CAN aprobó el arancel . | CAN | none",
        "es | Los ministros de la Comunidad Andina ( CAN ) se reunieron en Quito . La CAN aprobó el arancel . | Quito | LOCATION 1",
        // a country's name in capitals in brackets stays the country (a runner's nationality)
        "es | Ganó el corredor Julián Ortega Vidal ( CUBA ) por delante del favorito . | CUBA | LOCATION 1",
    })
    void shouldReadCapitalsInBracketsAsInitialsWhenANameIsSpelledOutBeforeThem(String language, String text,
            String name, String expected) {
        assertThat(readingsOf(language, text, name)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "es | EL GOBIERNO APRUEBA UN PLAN NACIONAL DE REGADIOS . El plan nacional costará diez millones . | NACIONAL | none",
        "es | LA CONSEJERA PRESIDE LA MESA DEL AGUA . La consejera presidió la mesa de trabajo del agua . | MESA | none",
        // a town in capitals that the article never writes in lower case stays a place
        "es | ALCALDE DE SEVILLA PIDE CALMA . El alcalde de Sevilla pidió calma a los vecinos . | SEVILLA | LOCATION 2",
        // a country stays, though a word of the language may be written like it ("la economía china")
        "es | CHINA AMPLIA SU FLOTA . La flota china crece cada año . | CHINA | LOCATION 1",
    })
    void shouldReadAHeadlineWordInCapitalsAsACommonNounWhenTheArticleWritesItInLowerCase(String language, String text,
            String name, String expected) {
        assertThat(readingsOf(language, text, name)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // the navigator's surname is no second mention of the town; the lone mention is read as before
        "it | Il navigatore Cristoforo Colombo partì nel 1492 . Colombo cercava le Indie . | Colombo | LOCATION 1",
        "it | La cantante Whitney Houston è morta . Houston è una città del Texas . | Houston | LOCATION 1",
        // a place after an editor's code before a dateline is still carried there
        "es | La feria abrió en Barcelona . EFE JG-c Barcelona , 23 may ( EFE ) . - La feria cerró . | Barcelona | LOCATION 2",
    })
    void shouldNotCarryAPlaceIntoALongerNameWhenACapitalisedWordStandsBeforeIt(String language, String text,
            String name, String expected) {
        assertThat(readingsOf(language, text, name)).isEqualTo(expected);
    }
}
