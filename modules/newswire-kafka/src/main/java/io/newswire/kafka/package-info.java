/**
 * What every Kafka-facing module shares: the configuration ({@link io.newswire.kafka.NewswireConfig},
 * each setting defined once on Kafka's {@code ConfigDef}), the topics and their serdes, the topic
 * admin, the dead-letter headers, and {@link io.newswire.kafka.PipelineObserver} (what the streams app
 * reports: read, enriched, dead-lettered).
 *
 * <p>Imports {@code io.newswire.model} and the Kafka clients; never the enrichment library or Kafka
 * Streams. A new setting is one {@code define} in {@code NewswireConfig} and its row in the README's
 * generated table ({@code ConfigTableTest} checks both).
 */
package io.newswire.kafka;
