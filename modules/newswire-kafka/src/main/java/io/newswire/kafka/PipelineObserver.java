package io.newswire.kafka;

import io.newswire.model.Article;
import io.newswire.model.RejectReason;
import java.util.List;

/**
 * Sees every record the topology handles: metrics and the ops dashboard hang off this. Called on
 * stream threads, so implementations are thread-safe and cheap. Under exactly-once a transaction
 * that is aborted and retried is observed again: observers count work done, not committed output.
 *
 * <p>Why here: the streams topology calls it and the ops side implements it (metrics, recent
 * articles), and neither should depend on the other. Its events are outcomes of the Kafka pipeline
 * (read from the raw topic, written to the enriched topic, sent to the dead-letter topic with a
 * reason and stage, as {@link DeadLetterHeaders} records them), which the Kafka-free enrichment API
 * has no notion of; it names no Kafka type, so it costs ops nothing beyond this module.
 */
public interface PipelineObserver {

    /** A record was read from the raw topic. */
    default void received() {
    }

    /** An article was enriched and forwarded to the output topic. */
    default void enriched(Article article) {
    }

    /** A record was routed to the dead-letter topic. */
    default void deadLettered(RejectReason reason, String stage) {
    }

    /**
     * The enrich step ran one batch of {@code size} waiting records (only with {@code newswire.enrich.batch.size}
     * over 1; undecodable restored records included), before their outcomes are observed.
     */
    default void enrichBatch(int size) {
    }

    PipelineObserver NOOP = new PipelineObserver() {
    };

    /** All of {@code observers}, in order. */
    static PipelineObserver composite(List<PipelineObserver> observers) {
        List<PipelineObserver> all = List.copyOf(observers);
        return new PipelineObserver() {
            @Override
            public void received() {
                all.forEach(PipelineObserver::received);
            }

            @Override
            public void enriched(Article article) {
                all.forEach(o -> o.enriched(article));
            }

            @Override
            public void deadLettered(RejectReason reason, String stage) {
                all.forEach(o -> o.deadLettered(reason, stage));
            }

            @Override
            public void enrichBatch(int size) {
                all.forEach(o -> o.enrichBatch(size));
            }
        };
    }
}
