/**
 * The stage API: what the streams app, the command line and the tools compile against, with no
 * Kafka and no implementation in it.
 *
 * <ul>
 *   <li>{@link io.newswire.enrich.api.Normalizer}: the first stage, raw article to clean text;</li>
 *   <li>{@link io.newswire.enrich.api.Enricher}: every later stage, a name and a function from
 *       article to enriched article;</li>
 *   <li>{@link io.newswire.enrich.api.Pipeline}: the stages composed in a declared order, each
 *       isolated (a failure goes to {@code provenance.errors}) and timed;</li>
 *   <li>{@link io.newswire.enrich.api.Pipelines#standard}: the one way to obtain the product's
 *       pipeline, found through {@link java.util.ServiceLoader}
 *       ({@link io.newswire.enrich.api.PipelineProvider}) and built, models loaded, when called.</li>
 * </ul>
 *
 * <p>A new stage is a class implementing {@code Enricher} in {@code newswire-enrichment}, one line
 * in that module's {@code StandardEnrichers}, and its tests; nothing here changes. This package may
 * import only {@code io.newswire.model} and the JDK.
 */
package io.newswire.enrich.api;
