package io.newswire.streams;

import io.newswire.model.Article;
import io.newswire.model.RejectReason;
import java.util.List;

/**
 * Sees every record the topology handles: metrics and the ops dashboard hang off this. Called on
 * stream threads, so implementations are thread-safe and cheap. Under exactly-once a transaction
 * that is aborted and retried is observed again: observers count work done, not committed output.
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
        };
    }
}
