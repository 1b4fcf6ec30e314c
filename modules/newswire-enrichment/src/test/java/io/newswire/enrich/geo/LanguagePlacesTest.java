package io.newswire.enrich.geo;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.model.Article;
import io.newswire.model.Entity;
import io.newswire.model.EntityType;
import io.newswire.model.Language;
import io.newswire.model.Mention;
import io.newswire.model.Place;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Places as copy in other languages writes them (issue 15, s33/s34 QA C5): Polish case endings ("w Krakowie"), the
 * locatives and "and" of each language ("a Pisa", "w Radomiu", "Pionek i Kozienic"), Italian elision ("nell'Umbria"),
 * the country a language is written in, the headline naming the story's place, and a region beside its own towns
 * ("La Rioja" beside Haro). Also a square or quarter no alternate name of a town elsewhere takes ("Washington Square"
 * in a New Orleans story). Every sentence is written for these tests; the people are invented.
 */
class LanguagePlacesTest {

    private final GeoEnricher enricher = new GeoEnricher();

    /** {@code spans} "Surface:TYPE;Surface:TYPE", each over the first occurrence of its surface. */
    private Article enrich(String language, String title, String text, String spans) {
        List<Entity> entities = new ArrayList<>();
        for (String sp : spans == null ? new String[0] : spans.split(";")) {
            String[] p = sp.strip().split(":");
            int at = text.indexOf(p[0]);
            entities.add(new Entity(null, p[0], EntityType.valueOf(p[1]), null, List.of(),
                    List.of(new Mention(at, at + p[0].length(), p[0])), 1, 0.9));
        }
        return enricher.enrich(Article.builder("l-1", text, "t").title(title).language(new Language(language, 0.99))
                .entities(entities).build());
    }

    private static String where(Place p) {
        return p.name() + "|" + p.countryCode();
    }

    @ParameterizedTest(name = "{4} in \"{2}\"")
    @CsvSource(delimiter = '#', nullValues = "-", value = {
        // language # headline # text # entity spans # places (name|country) the story must have
        // Polish case endings: locative, instrumental, genitive, the plural genitive with no ending
        "pl # - # W nocy w Krakowie i we Wrocławiu spłonęły dwie hale magazynowe. # - # Kraków|PL, Wrocław|PL",
        "pl # - # Autobus z Warszawy zderzył się z ciężarówką pod Poznaniem, podała policja. # - # Warsaw|PL, Poznań|PL",
        "pl # - # Strażacy z Pionek i Kozienic gasili pożar stodoły pod Radomiem. # - # Pionki|PL, Kozienice|PL, Radom|PL",
        "pl # - # Kierowca z Olsztyna trafił do szpitala w Bydgoszczy. # - # Olsztyn|PL, Bydgoszcz|PL",
        // Italian: the language's own locatives, elision, the country the language is written in
        "it # - # Allerta rossa per il maltempo a Pisa e a Lucca, dove le scuole resteranno chiuse. # - # Pisa|IT, Lucca|IT",
        "it # - # Una scossa di terremoto è stata avvertita nell'Umbria e a Norcia nella notte. # - # Umbria|IT, Norcia|IT",
        "it # - # Un carabiniere in servizio a Triggiano è morto ieri sera in un incidente stradale. # - # Triggiano|IT",
        // a division written "provincia di X", "estado de X"
        "it # - # Nella provincia di Lucca il fiume è esondato nella notte. # - # Lucca|IT",
        // the region beside its own towns, not a province abroad of that name
        "es # - # Los bomberos de Haro y Logroño apagaron un incendio en una bodega de La Rioja; en Calahorra también hubo daños. # - # La Rioja|ES",
        // a small town the headline names and the body writes with a locative
        "fr # Lambesc : un entrepôt détruit par le feu # Les pompiers sont intervenus à Lambesc dans la nuit de lundi. # - # Lambesc|FR",
        "pl # Pożar w Skórczu # Strażacy gasili w nocy pożar stodoły. Ogień w Skórczu zauważył sąsiad. # - # Skórcz|PL",
    })
    void shouldFindThePlaceWhenTheLanguageWritesItSo(String language, String title, String text, String spans,
            String expected) {
        Article a = enrich(language, title, text, spans);
        List<String> got = a.places().stream().map(LanguagePlacesTest::where).toList();
        for (String e : expected.split(",")) {
            assertThat(got).as("%s", a.places()).contains(e.strip());
        }
    }

    @ParameterizedTest(name = "no {4} in \"{2}\"")
    @CsvSource(delimiter = '#', nullValues = "-", value = {
        // language # headline # text # entity spans # a place (name|country) the story must not have
        "es # - # Los bomberos de Haro y Logroño apagaron un incendio en una bodega de La Rioja; en Calahorra también hubo daños. # - # La Rioja|AR",
        // a square of the story's city, not an alternate name of a town in another state
        "en # - # Water stood in the streets around Washington Square in New Orleans, and in Metairie and Kenner, Louisiana. # Washington Square:LOCATION;New Orleans:LOCATION;Metairie:LOCATION;Kenner:LOCATION # Franklin Square|US",
        // the Polish endings are not tried in English copy, nor the Italian locatives
        "en # - # Officials said a Pisa-style tower in the park leaned after the storm. # - # Pisa|IT",
        // a common German noun
        "de # - # Auf der Landstraße bei Passau ist ein Motorradfahrer schwer verletzt worden. # - # Landstraße|AT",
    })
    void shouldNotFindThePlaceWhenTheTextDoesNotMeanIt(String language, String title, String text, String spans,
            String unexpected) {
        Article a = enrich(language, title, text, spans);
        assertThat(a.places()).extracting(LanguagePlacesTest::where).doesNotContain(unexpected.strip());
    }
}
