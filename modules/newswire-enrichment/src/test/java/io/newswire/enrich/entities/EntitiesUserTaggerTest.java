package io.newswire.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.enrich.ner.NerTagger;
import io.newswire.model.Article;
import io.newswire.model.Entity;
import io.newswire.model.EntityType;
import io.newswire.model.Language;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A user's tagger for a language ({@code newswire.entities.ner.models}) runs on the paragraphs of an
 * article in that language that do not read as English; without one, those paragraphs get only the
 * alias table and gazetteer, as before. Texts written for this test.
 */
class EntitiesUserTaggerTest {

    private static final String SPANISH = "El ministro Javier Ortega visitó Zaragoza el martes para hablar con "
            + "los agricultores de la sequía.\nSegún Carmen Ruiz, la situación en Sevilla es grave y las ayudas "
            + "llegan tarde a los pueblos.";

    private static final EntitiesEnricher WITHOUT = new EntitiesEnricher(AliasTable.builtIn());
    private static final EntitiesEnricher WITH = new EntitiesEnricher(AliasTable.builtIn(),
            Map.of("es", TinySpanishTagger.get()));

    private static Article article(String text, String language) {
        return Article.builder("u-1", text, "t").language(new Language(language, 0.9)).build();
    }

    @Test
    void shouldFindPeopleAndPlacesWhenTheArticleLanguageHasAUserTagger() {
        Article a = WITH.enrich(article(SPANISH, "es"));

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.PERSON).extracting(Entity::name)
                .contains("Javier Ortega", "Carmen Ruiz");
        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.LOCATION).extracting(Entity::name)
                .contains("Zaragoza", "Sevilla");
        assertThat(WITH.method(a)).isEqualTo("es:" + EntitiesEnricher.USER_TAGGED);
    }

    @Test
    void shouldFindOnlyPeopleNamedByAGivenNameWhenTheArticleLanguageHasNoTagger() {
        Article a = WITHOUT.enrich(article(SPANISH, "es"));

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.PERSON).extracting(Entity::name)
                .containsExactlyInAnyOrder("Javier Ortega", "Carmen Ruiz");
        assertThat(WITHOUT.method(a)).isEqualTo("es:" + EntitiesEnricher.neutralMethod("es"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // another language than the model's: neutral evidence only, no Spanish model on Portuguese
        "pt | pt:aliases+gazetteer+given-names+org-heads",
        // an English article: the committed English tagger, whatever user models there are
        "en | und:aliases+gazetteer+given-names",
    })
    void shouldNotRunAUserTaggerOutsideItsLanguage(String language, String method) {
        Article a = WITH.enrich(article(SPANISH, language));
        Article neutral = WITHOUT.enrich(article(SPANISH, language));

        // only what the language-neutral evidence finds without the model (Portuguese: given names of the
        // shared list, so "Javier Ortega"; English: none, the sample is no English)
        assertThat(a.entities()).isEqualTo(neutral.entities());
        assertThat(WITH.method(a)).isEqualTo(method);
    }

    @Test
    void shouldKeepTheEnglishTaggerOnEnglishParagraphsWhenAUserTaggerIsConfigured() {
        String mixed = "Javier Ortega, the Spanish farm minister, said on Tuesday that the drought aid would "
                + "reach the villages before the summer.\n" + SPANISH;

        Article a = WITH.enrich(article(mixed, "es"));
        NerTagger english = NerTagger.get();

        assertThat(english).isNotSameAs(TinySpanishTagger.get());
        assertThat(WITH.method(a)).isEqualTo(EntitiesEnricher.TAGGED + "; es:" + EntitiesEnricher.USER_TAGGED);
        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.PERSON).extracting(Entity::name)
                .contains("Javier Ortega", "Carmen Ruiz");
    }
}
