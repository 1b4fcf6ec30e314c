package io.newswire.enrich.entities;

import io.newswire.model.Article;
import io.newswire.model.Entity;
import io.newswire.model.Language;
import io.newswire.model.Mention;
import java.util.List;

/** The entities stage over one sentence or text, for the table-driven entity-form tests. */
final class EntityTexts {

    private static final EntitiesEnricher ENRICHER = new EntitiesEnricher(AliasTable.builtIn());

    private EntityTexts() {
    }

    /** The entities of a text the language stage found to be in {@code language}. */
    static List<Entity> entities(String text, String language) {
        return ENRICHER.enrich(Article.builder("c-1", text, "t").language(new Language(language, 0.9)).build())
                .entities();
    }

    /** The entities of an English text. */
    static List<Entity> entities(String text) {
        return entities(text, "en");
    }

    /** Every mention's type and text ("LOCATION Simpson Road") in a text in {@code language}. */
    static List<String> mentions(String text, String language) {
        return entities(text, language).stream().flatMap(e -> e.mentions().stream().map(Mention::text)
                .map(m -> e.type() + " " + m)).toList();
    }

    /** Every mention's type and text in an English text. */
    static List<String> mentions(String text) {
        return mentions(text, "en");
    }
}
