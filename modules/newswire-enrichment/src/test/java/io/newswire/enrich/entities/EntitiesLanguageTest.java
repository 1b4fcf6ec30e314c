package io.newswire.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.model.Article;
import io.newswire.model.Entity;
import io.newswire.model.EntityType;
import io.newswire.model.Language;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The English tagger runs only on English paragraphs; elsewhere the committed tagger of the
 * language (German, Russian) or only the alias table and gazetteer names, so that no common noun of
 * another language comes out as a PERSON or ORGANIZATION.
 * Texts written for this test.
 */
class EntitiesLanguageTest {

    private static final EntitiesEnricher ENRICHER = new EntitiesEnricher(AliasTable.builtIn());
    private static final Path HOME = Path.of(System.getProperty("newswire.home", "../.."));

    private static Article enrich(String text, String language) {
        return ENRICHER.enrich(Article.builder("c-1", text, "t").language(new Language(language, 0.9)).build());
    }

    /** What provenance says of a paragraph in {@code language}: its committed tagger, or the neutral path. */
    private static String expectedMethod(String language) {
        String shipped = ShippedTaggers.method(language);
        return language + ":" + (shipped != null ? shipped + "+aliases"
                : EntitiesEnricher.neutralMethod(language));
    }

    /** PERSON and ORGANIZATION entities that the alias table does not name: guesses. */
    private static List<Entity> guessedNames(Article a) {
        return a.entities().stream()
                .filter(e -> e.type() != EntityType.LOCATION && e.id() == null)
                .toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "de | Der Stadtrat hat am Dienstag nach langem Streit den Haushalt für das nächste Jahr beschlossen. "
                + "Die Kosten für Schulen und Straßen steigen deutlich, sagte die Kämmerin. Eine Mehrheit stimmte zu.",
        "de | Nach dem Hochwasser räumen Helfer die Keller. Die Feuerwehr warnt vor weiteren Regenfällen. "
                + "Viele Anwohner haben ihre Wohnungen verlassen, der Schaden geht in die Millionen.",
        "de | Das Essen in der Halle war kalt, klagten die Gäste. Der Veranstalter versprach Besserung und "
                + "entschuldigte sich bei allen Besuchern der Messe.",
        "es | El Gobierno aprobó este martes un nuevo plan de ayudas para los agricultores afectados por la sequía. "
                + "Más de diez mil explotaciones podrán pedir las ayudas, según el ministerio.",
        "es | La policía detuvo a tres personas tras el robo en una joyería del centro. Los agentes recuperaron "
                + "parte del botín. El Ayuntamiento pidió calma a los comerciantes.",
        "es | Los sindicatos convocaron una huelga general para el próximo jueves. Las negociaciones con la "
                + "patronal fracasaron después de varias semanas de reuniones.",
        "fr | Le gouvernement a présenté mercredi un projet de loi sur le logement. Les associations dénoncent "
                + "un texte insuffisant, tandis que les maires saluent des mesures attendues depuis longtemps.",
        "fr | La grève des contrôleurs aériens a provoqué l'annulation de centaines de vols. Les voyageurs sont "
                + "invités à consulter le site de leur compagnie avant de partir.",
        "fr | Selon le parquet, l'enquête porte sur des marchés publics attribués entre deux élections. "
                + "Aucune mise en examen n'a encore été prononcée.",
    })
    void shouldGuessNoPersonOrOrganizationWhenTheTextIsNotEnglish(String language, String text) {
        Article a = enrich(text, language);

        assertThat(guessedNames(a)).isEmpty();
        assertThat(ENRICHER.method(a)).isEqualTo(expectedMethod(language));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "de | Die Bundesregierung verhandelt mit Frankreich über neue Regeln. Der Minister reist nach Paris. | Frankreich",
        "es | El presidente viajará a Alemania la próxima semana para reunirse con empresarios del sector. | Alemania",
        "fr | Le ministre se rendra en Allemagne puis à Madrid pour parler de l'énergie avec ses homologues. | Madrid",
    })
    void shouldFindGazetteerPlacesWhenTheTextIsNotEnglish(String language, String text, String place) {
        Article a = enrich(text, language);

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.LOCATION)
                .extracting(Entity::name).contains(place);
        assertThat(guessedNames(a)).isEmpty();
    }

    @Test
    void shouldNotTakeACommonNounForATownWhenAnArticleStandsBeforeIt() {
        Article a = enrich("Das Essen wurde in der Halle serviert, danach sprach der Bürgermeister.", "de");

        assertThat(a.entities()).extracting(Entity::name).doesNotContain("Essen", "Halle");
    }

    @Test
    void shouldTagOnlyTheEnglishParagraphWhenAnArticleMixesLanguages() {
        String text = "Berlin (dpa) - Der Streit um den Haushalt geht weiter. Die Opposition kritisierte den Entwurf "
                + "als unsozial und verlangte Nachbesserungen.\n\n"
                + "Speaking in English to reporters, Finance Minister Karl Brenner said the plan was fair and that "
                + "the government would not change it.\n\n"
                + "Eine Abstimmung im Parlament ist für den Herbst geplant, hieß es aus dem Ministerium.";

        Article a = enrich(text, "de");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.PERSON)
                .extracting(Entity::name).containsExactly("Karl Brenner");
        assertThat(a.entities()).extracting(Entity::name)
                .doesNotContain("Der Streit", "Die Opposition", "Eine Abstimmung", "Herbst", "Entwurf");
        assertThat(ENRICHER.method(a)).isEqualTo(EntitiesEnricher.TAGGED + "; " + expectedMethod("de"));
    }

    @Test
    void shouldRunTheTaggerWhenTheArticleIsEnglish() {
        Article a = enrich("Police Chief Maria Lopez told reporters on Monday that two men had been arrested "
                + "after the robbery of a bank in the city.", "en");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.PERSON)
                .extracting(Entity::name).containsExactly("Maria Lopez");
        assertThat(ENRICHER.method(a)).isEqualTo(EntitiesEnricher.TAGGED);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // Spanish ships no tagger: only the person its given name shows and the bodies their head words show.
        // German does: only the people and bodies named.
        "06-madrid-incendios-es.txt | Juan Carlos Suárez-Quiñones;Junta de Castilla y León;Guardia Civil",
        "07-berlin-haushalt-de.txt | Steffen Hebestreit;Christian Lindner;Bundesregierung;Bundestag",
    })
    void shouldGuessNoCommonNounWhenABundledSampleIsNotEnglish(String sample, String names) throws IOException {
        String text = Files.readString(HOME.resolve("samples").resolve(sample), StandardCharsets.UTF_8);
        String language = sample.substring(sample.length() - 6, sample.length() - 4);

        Article a = enrich(text, language);

        assertThat(guessedNames(a)).extracting(Entity::name)
                .isSubsetOf(names.isEmpty() ? List.of() : List.of(names.split(";")));
        assertThat(a.entities()).extracting(Entity::name)
                .doesNotContain("Der Entwurf", "Streit", "Jahr", "Haushaltsentwurf", "Förderprogrammen",
                        "Kompromiss", "El", "Más", "La");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "es | La jueza Marta Toledo rechazó el recurso de la defensa. Toledo dijo que la ley no deja otra salida. "
                + "| Marta Toledo | Toledo",
        "pt | O técnico Carlos Santana deixou o clube na segunda-feira. Santana disse que sai de cabeça erguida. "
                + "| Carlos Santana | Santana",
        "nl | Trainer Peter Davenport stapt op bij de club. Davenport zei dat hij rust nodig heeft. "
                + "| Peter Davenport | Davenport",
    })
    void shouldReadATownAsThePersonWhenItIsTheSurnameOfAPersonNamedInFull(String language, String text, String person,
            String surname) {
        Article a = enrich(text, language);

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.LOCATION).extracting(Entity::name)
                .doesNotContain(surname);
        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.PERSON).extracting(Entity::name)
                .contains(person);
    }

    @Test
    void shouldKeepACountryWhenAPersonCarriesItsName() {
        Article a = enrich("El cantante Israel Romero llegó a Jerusalén. La gira por Israel termina en mayo.", "es");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.LOCATION).extracting(Entity::name)
                .contains("Israel");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "es | es:aliases+gazetteer+given-names+org-heads",
        "fr | fr:aliases+gazetteer+given-names+org-heads",
        "pl | pl:aliases+gazetteer+given-names+org-heads",
        "tr | tr:aliases+gazetteer",
    })
    void shouldSayInProvenanceWhatTheLanguageNeutralPathRan(String language, String method) {
        assertThat(EntitiesEnricher.neutralMethod(language)).isEqualTo(method.substring(3));
        assertThat(ENRICHER.method(enrich("Los vecinos protestaron ayer.", language))).isEqualTo(method);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "it | Nato a Pescara nel 1961, il regista ha girato dodici film. | false",
        "it | «Nato in una famiglia di pescatori», racconta il sindaco. | false",
        "it | Il vertice della Nato si terrà a Bruxelles in estate. | true",
        "en | Nato leaders met in Brussels on Tuesday to discuss the plan. | true",
    })
    void shouldReadAnItalianNatoOpeningASentenceAsBornNotTheAlliance(String language, String text, boolean alliance) {
        Article a = enrich(text, language);

        assertThat(a.entities().stream().anyMatch(e -> "NATO".equals(e.name()))).isEqualTo(alliance);
    }
}
