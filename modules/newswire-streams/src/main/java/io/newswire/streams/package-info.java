/**
 * The Kafka Streams app: the typed topology built in one factory method
 * ({@link io.newswire.streams.NewswireTopology#build}: decode, enrich, dead letters, windowed
 * statistics), every dead letter built by {@link io.newswire.streams.DeadLetterRouter}, and the app's
 * lifecycle and health ({@link io.newswire.streams.StreamsApp}, {@link io.newswire.streams.StreamsHealth}).
 *
 * <p>Compiles against the stage API ({@code io.newswire.enrich.api}) and {@code io.newswire.kafka};
 * the enrichment implementation is only on its runtime class path, found through
 * {@code Pipelines.standard}. A new enrichment stage never changes this package.
 */
package io.newswire.streams;
