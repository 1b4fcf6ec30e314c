/**
 * Ingest: reads files, directories and standard input ({@code .txt}, {@code .html}, {@code .json},
 * {@code .jsonl}) into raw articles keyed by their article id, and publishes them to the raw topic
 * with an idempotent producer. A record it cannot decode is still published byte for byte, so that
 * the streams app alone decides what is dead-lettered.
 *
 * <p>Imports {@code io.newswire.model} and {@code io.newswire.kafka}; not the enrichment library.
 * New sources (feeds, sitemaps, archives) go here, each a reader producing {@code IngestItem}s.
 */
package io.newswire.ingest;
