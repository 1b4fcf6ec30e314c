package io.newswire.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.model.Article;
import io.newswire.model.Entity;
import io.newswire.model.EntityType;
import io.newswire.model.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An article whose language the detector read but could not settle (no code, a confidence above 0: a results
 * table, a list of names) is not read as English: its short lines take the language-neutral path, and only a
 * paragraph that reads as English by its own function words gets the English tagger. An article of which
 * nothing is known ({@link Language#UNDETERMINED}) is read as English, as before. Texts written for this test;
 * the riders are invented.
 */
class EntitiesUndeterminedLanguageTest {

    private static final EntitiesEnricher ENRICHER = new EntitiesEnricher(AliasTable.builtIn());

    private static final String TABLE = String.join("\n",
            "Uitslag",
            "1. Joris Vandermaelen (Bel) 4u12:31",
            "2. Pieter Oosterwijk (Ned) op 0:04",
            "3. Matteo Carlone (Ita) z.t.",
            "4. Anselme Brochard (Fra) z.t.");

    private static List<String> guesses(Article a) {
        return a.entities().stream()
                .filter(e -> e.type() == EntityType.ORGANIZATION && e.id() == null)
                .map(Entity::name)
                .toList();
    }

    @Test
    void shouldNotTagTheShortLinesAsEnglishWhenTheDetectorCouldNotSettleTheLanguage() {
        Article a = ENRICHER.enrich(Article.builder("c-1", TABLE, "t").language(new Language(null, 0.31)).build());

        assertThat(guesses(a)).isEmpty();
        assertThat(ENRICHER.method(a)).startsWith("und:");
    }

    @Test
    void shouldFindPeopleByTheWorldsGivenNamesWhenTheDetectorCouldNotSettleTheLanguage() {
        Article a = ENRICHER.enrich(Article.builder("c-4", TABLE, "t").language(new Language(null, 0.31)).build());

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.PERSON).extracting(Entity::name)
                .contains("Matteo Carlone");
        assertThat(ENRICHER.method(a)).isEqualTo("und:aliases+gazetteer+given-names");
    }

    @Test
    void shouldStillTagAnEnglishParagraphWhenTheDetectorCouldNotSettleTheLanguage() {
        String text = TABLE + "\n\nThe winner, Joris Vandermaelen, said the team of Harlan Motors had worked for him "
                + "all day and that he was proud of the result in the final kilometres of the race.";
        Article a = ENRICHER.enrich(Article.builder("c-2", text, "t").language(new Language(null, 0.31)).build());

        assertThat(a.entities()).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(EntityType.PERSON);
            assertThat(e.name()).isEqualTo("Joris Vandermaelen");
        });
        assertThat(ENRICHER.method(a)).contains("en:");
    }

    @Test
    void shouldReadTheArticleAsEnglishWhenNothingIsKnownOfItsLanguage() {
        Article a = ENRICHER.enrich(Article.builder("c-3", TABLE, "t").language(Language.UNDETERMINED).build());

        assertThat(ENRICHER.method(a)).doesNotStartWith("und:");
    }
}
