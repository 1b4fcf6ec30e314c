/**
 * The enrichment library's composition: {@code ArticlePipeline} (normalize, then every stage in
 * order, each stage's failure isolated into {@code provenance.errors}) and {@code StandardEnrichers},
 * the stage list.
 *
 * <p><b>Where a new stage goes:</b> its own package {@code io.newswire.enrich.<stage>} with a class
 * implementing {@link io.newswire.enrich.api.Enricher}, a {@code package-info.java} saying what it owns
 * and may import, one line in the stage list, and its tests. The packages form layers, each importing
 * only those below it (checked by {@code EnrichmentLayeringTest} with ArchUnit; nothing here imports
 * Kafka):
 *
 * <pre>
 *   (this package)   composes everything
 *   link             ids and salience, after geo        imports geo, entities, gazetteer, text
 *   geo              places and countries               imports gazetteer, text
 *   entities         people, organisations, locations   imports ner, text
 *   ner              the sequence tagger                imports gazetteer, text
 *   language         language detection                 imports text
 *   normalize        text, dateline, boilerplate        imports text
 *   gazetteer        the GeoNames knowledge base        imports text
 *   text             tokens, name folding               imports nothing of ours
 * </pre>
 *
 * Every package may use the output model ({@code io.newswire.model}) and the stage API
 * ({@code io.newswire.enrich.api}), except {@code text}, which stays free of both.
 */
package io.newswire.enrich;
