package io.newswire.enrich.api;

import io.newswire.model.Article;
import io.newswire.model.RawArticle;
import java.time.Instant;

/**
 * The first stage: turns a raw article (text or HTML) into an {@link Article} whose {@code text} is
 * the clean body that every later enricher reads and every mention offset indexes.
 *
 * <p>Implementations are pure and thread-safe: no I/O, no mutable state.
 */
@FunctionalInterface
public interface Normalizer {

    /**
     * @param raw           the decoded, validated raw article
     * @param referenceTime when the article was ingested (or now); used to infer a missing year
     * @return the normalized article; its provenance is replaced by the pipeline
     */
    Article normalize(RawArticle raw, Instant referenceTime);
}
