package io.newswire.kafka;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * How the streams app hands articles to the enrichment pipeline: one at a time ({@code size} 1), or stage by stage
 * over lists of up to {@code size} articles ({@code Pipeline.processAll}), which costs less CPU an article
 * (docs/BENCHMARKS.md). A batch is enriched when {@code size} records of one task are waiting, or when the oldest has
 * waited about {@code maxWait}, whichever comes first; with {@code flushWhenIdle}, also as soon as the task's stream
 * thread finds no new record for it (or the records it just found came after a pause), so that under light load a
 * batch is what arrived together and under heavy load it grows toward {@code size}. Waiting records sit in a
 * changelogged store, so that a batch is part of the task's transaction (docs/RELIABILITY.md, "Batched enrichment").
 *
 * @param size          most articles a pipeline call; 1 enriches each record as it comes, with no store
 * @param maxWait       longest a record waits for its batch to fill (a wall-clock punctuation of the task)
 * @param flushWhenIdle whether a batch is also enriched when the task has nothing more to process right now (checked
 *                      by a wall-clock punctuation every {@link #IDLE_CHECK}); {@code maxWait} stays the upper bound
 */
public record EnrichBatchSettings(int size, Duration maxWait, boolean flushWhenIdle) {

    /** Most articles a batch: past a few dozen the stages' caches gain nothing and a batch only adds latency. */
    public static final int MAX_SIZE = 1024;

    /**
     * How often a task with {@code flushWhenIdle} looks whether records still come: the shortest wall-clock
     * punctuation Kafka Streams has (its clock is in ms). Kafka Streams checks due punctuations after each processing
     * pass of the stream thread's loop, so in practice this is "after each pass that took a millisecond or more".
     */
    public static final Duration IDLE_CHECK = Duration.ofMillis(1);

    /**
     * Batches of 32 waiting at most 20 ms: end to end it cut the app's CPU an article by 16-22% against one at a time
     * (s41, docs/BENCHMARKS.md); size 1 restores the one-at-a-time topology exactly.
     */
    public static final EnrichBatchSettings DEFAULT = new EnrichBatchSettings(32, Duration.ofMillis(20), false);

    public EnrichBatchSettings {
        requireNonNull(maxWait, "maxWait");
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("batch size " + size + " is not in [1, " + MAX_SIZE + "]");
        }
        if (maxWait.isNegative() || maxWait.isZero()) {
            throw new IllegalArgumentException("batch wait must be positive: " + maxWait);
        }
    }

    /** Batches flushed only when full or after {@code maxWait} (as before s45). */
    public EnrichBatchSettings(int size, Duration maxWait) {
        this(size, maxWait, false);
    }

    /** Whether records wait for a batch at all. */
    public boolean batched() {
        return size > 1;
    }
}
