package io.newswire.enrich.geo;

import io.newswire.model.Article;
import io.newswire.model.Dateline;
import io.newswire.model.Entity;
import io.newswire.model.EntityType;
import io.newswire.model.Language;
import io.newswire.model.Mention;
import io.newswire.model.Place;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The geo tests' shared helpers: the entity span the entities stage would hand over, an article built from them, and a
 * place by surface.
 */
final class GeoTexts {

    private GeoTexts() {
    }

    /** An entity of {@code type} over the first occurrence of {@code surface} in {@code text}. */
    static Entity entity(String text, String surface, EntityType type) {
        int s = text.indexOf(surface);
        return new Entity(null, surface, type, null, List.of(), List.of(new Mention(s, s + surface.length(), surface)),
                1, 0.9);
    }

    /** The place one of whose mentions reads {@code surface}. */
    static Optional<Place> place(Article a, String surface) {
        return a.places().stream().filter(p -> p.mentions().stream().anyMatch(m -> m.text().equals(surface)))
                .findFirst();
    }

    /**
     * An article in {@code language} whose entities are the LOCATION spans {@code locations} (";"-separated surfaces,
     * or null for none) and whose dateline, when given, is "Place" or "Place, Region".
     */
    static Article article(String language, String dateline, String text, String locations) {
        List<Entity> entities = new ArrayList<>();
        for (String loc : locations == null ? new String[0] : locations.split(";")) {
            entities.add(entity(text, loc.strip(), EntityType.LOCATION));
        }
        Article.Builder b = Article.builder("w-1", text, "t").language(new Language(language, 0.99)).entities(entities);
        if (dateline != null) {
            String[] d = dateline.split(",", 2);
            b.dateline(new Dateline(d[0].toUpperCase(Locale.ROOT), d[0], d.length > 1 ? d[1].strip() : null, null,
                    null, null));
        }
        return b.build();
    }
}
