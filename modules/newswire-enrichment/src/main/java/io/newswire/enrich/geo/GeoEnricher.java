package io.newswire.enrich.geo;

import io.newswire.enrich.api.Enricher;
import io.newswire.enrich.gazetteer.Gazetteer;
import io.newswire.model.Article;

/**
 * The places and countries stage: spots place names with the {@link Gazetteer}, resolves each to one
 * GeoNames entry ({@link PlaceResolver}), and derives the countries of the article with one marked as
 * its focus ({@link CountryRanker}). Never changes the entities: linking them to places is the link
 * stage's.
 *
 * <p>One stage rather than two because both halves need the same spotting pass and the same
 * context (the dateline, the countries named, the divisions named): split, the countries stage would
 * spot the text again or read back what the places stage chose. LOCATION entities of an earlier
 * entities stage are used when present (their spans are looked up even when the spotter would not
 * have found them; PERSON spans veto a place), but the stage needs none. Stateless and thread-safe.
 */
public final class GeoEnricher implements Enricher {

    private final PlaceResolver resolver;

    /** Loads the gazetteer now, at pipeline start-up, rather than on the first article. */
    public GeoEnricher() {
        this.resolver = new PlaceResolver(Gazetteer.get());
    }

    @Override
    public String name() {
        return "geo";
    }

    @Override
    public Article enrich(Article article) {
        PlaceResolver.Result r = resolver.resolve(article);
        return article.toBuilder().places(r.places()).countries(r.countries()).build();
    }
}
