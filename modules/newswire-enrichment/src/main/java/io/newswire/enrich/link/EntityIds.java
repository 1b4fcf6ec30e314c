package io.newswire.enrich.link;

import io.newswire.enrich.text.Folding;
import io.newswire.model.Entity;
import io.newswire.model.EntityType;
import java.util.Locale;

/**
 * Entity ids, stable across articles. A place resolved in GeoNames: {@code geonames:} and its id. An
 * entity of the alias table: the table's id, which the entities stage carries (it is what the match
 * found). Any other: the type prefix ({@code per:}, {@code org:}, {@code loc:}) and the transliteration
 * key of the canonical name, words joined by hyphens, so Baqeri and Bagheri have the same id.
 */
final class EntityIds {

    static final String GEONAMES_PREFIX = "geonames:";

    private EntityIds() {
    }

    static String geonames(long geonameId) {
        return GEONAMES_PREFIX + geonameId;
    }

    /** The entity's id: the one it carries, else the derived one. */
    static String of(Entity e) {
        return e.id() != null ? e.id() : prefix(e.type()) + Folding.nameKey(e.name()).replace(' ', '-');
    }

    private static String prefix(EntityType type) {
        return type.name().substring(0, 3).toLowerCase(Locale.ROOT) + ":";
    }
}
