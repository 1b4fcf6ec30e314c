package io.newswire.enrich;

import io.newswire.enrich.api.Enricher;
import io.newswire.enrich.entities.AliasTable;
import io.newswire.enrich.entities.EntitiesEnricher;
import io.newswire.enrich.geo.GeoEnricher;
import io.newswire.enrich.language.LanguageEnricher;
import io.newswire.enrich.link.LinkEnricher;
import java.util.List;

/**
 * The enrichers of the standard pipeline, in the order they run. Each is stateless; the list is
 * built once.
 */
public final class StandardEnrichers {

    private static final List<Enricher> ALL = List.of(new LanguageEnricher(), new EntitiesEnricher(),
            new GeoEnricher(), new LinkEnricher());

    private StandardEnrichers() {
    }

    public static List<Enricher> all() {
        return ALL;
    }

    /** The same enrichers, the entities stage with this alias table (built-in plus a user file). */
    public static List<Enricher> withEntityAliases(AliasTable aliases) {
        return ALL.stream().map(e -> e instanceof EntitiesEnricher ? new EntitiesEnricher(aliases) : e).toList();
    }
}
