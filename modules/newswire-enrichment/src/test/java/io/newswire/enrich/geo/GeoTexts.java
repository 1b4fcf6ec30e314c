package io.newswire.enrich.geo;

import io.newswire.model.Article;
import io.newswire.model.Entity;
import io.newswire.model.EntityType;
import io.newswire.model.Mention;
import io.newswire.model.Place;
import java.util.List;
import java.util.Optional;

/** The geo tests' shared helpers: the entity span the entities stage would hand over, and a place by surface. */
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
}
