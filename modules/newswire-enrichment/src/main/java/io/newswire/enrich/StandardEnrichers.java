package io.newswire.enrich;

import io.newswire.enrich.api.Enricher;
import io.newswire.enrich.entities.AliasTable;
import io.newswire.enrich.entities.EntitiesEnricher;
import io.newswire.enrich.events.EventsEnricher;
import io.newswire.enrich.geo.GeoEnricher;
import io.newswire.enrich.keywords.KeywordsEnricher;
import io.newswire.enrich.language.LanguageEnricher;
import io.newswire.enrich.link.LinkEnricher;
import io.newswire.enrich.quotes.QuotesEnricher;
import io.newswire.enrich.tone.ToneEnricher;
import io.newswire.enrich.topics.TopicsEnricher;
import io.newswire.enrich.text.LinearModel;
import io.newswire.enrich.ner.NerTagger;
import java.util.List;
import java.util.Map;

/**
 * The enrichers of the standard pipeline, in the order they run: the one list a new stage is added
 * to. Each call builds new enrichers, which load their models and tables now (the enrichers share
 * each loaded model, so a second call costs little); nothing is loaded when this class is
 * initialised.
 */
public final class StandardEnrichers {

    private StandardEnrichers() {
    }

    /** The standard enrichers with the entities stage's built-in alias table. */
    public static List<Enricher> all() {
        return withEntityAliases(AliasTable.builtIn());
    }

    /** The standard enrichers, the entities stage with this alias table (built-in plus a user file). */
    public static List<Enricher> withEntityAliases(AliasTable aliases) {
        return of(aliases, null);
    }

    /**
     * The standard enrichers, the entities stage with this alias table, the topics stage with this
     * optional model ({@code null}: its lexicon alone).
     */
    public static List<Enricher> of(AliasTable aliases, LinearModel topicsModel) {
        return of(aliases, topicsModel, Map.of());
    }

    /**
     * As {@link #of(AliasTable, LinearModel)}, the entities stage also tagging the paragraphs of each
     * language in {@code taggers} (two-letter code to a user's model) with that model.
     */
    public static List<Enricher> of(AliasTable aliases, LinearModel topicsModel, Map<String, NerTagger> taggers) {
        return List.of(
                new LanguageEnricher(),
                new EntitiesEnricher(aliases, taggers),
                new GeoEnricher(),
                new LinkEnricher(),
                new EventsEnricher(),
                new QuotesEnricher(),
                new KeywordsEnricher(),
                new TopicsEnricher(topicsModel),
                new ToneEnricher());
    }
}
