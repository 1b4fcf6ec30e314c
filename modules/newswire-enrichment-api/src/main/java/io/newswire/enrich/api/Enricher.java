package io.newswire.enrich.api;

import io.newswire.model.Article;

/**
 * One enrichment stage over a normalized article: entities, places, language, topics, ... A
 * {@link Pipeline} runs its stages in a declared order after the {@link Normalizer}, each isolated
 * and timed. Adding a stage is one class implementing this interface, one line in the standard
 * pipeline's stage list ({@code StandardEnrichers} in {@code newswire-enrichment}) and its tests.
 *
 * <p>Implementations are small, pure and thread-safe: no I/O, no mutable state; lookup tables are
 * built once. An enricher returns a new article (see {@link Article#toBuilder()}) and never
 * changes {@link Article#text()}, so that mention offsets stay valid. A thrown exception does not
 * lose the article: the pipeline records it in the provenance and goes on without this step.
 */
public interface Enricher {

    /** A short, stable stage name used in provenance and metrics ("language", "entities"). */
    String name();

    Article enrich(Article article);

    /**
     * What this stage ran on an article it enriched ({@code enriched}, its output), for
     * {@code provenance.stages[].method}: the model or tables chosen, when a stage chooses (the
     * entities stage per language); {@code null}, the default, when it always does the same.
     */
    default String method(Article enriched) {
        return null;
    }
}
