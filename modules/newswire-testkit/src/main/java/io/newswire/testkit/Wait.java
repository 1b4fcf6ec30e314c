package io.newswire.testkit;

import java.time.Duration;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;

/**
 * The one way the tests wait: for a condition, polled, with a bound generous enough for a slow,
 * busy machine and a rebalance or two. Never for a fixed time: a test that sleeps passes on a fast
 * machine and fails on a loaded one.
 *
 * <pre>{@code
 * Wait.forCondition("every sample enriched").until(() -> metrics().contains("..."));
 * Wait.forCondition("lag 0 on every partition").untilAsserted(() -> assertThat(...));
 * }</pre>
 */
public final class Wait {

    /**
     * How long a test waits for a condition unless it says otherwise: only the bound that ends a hung
     * test, never a pace (a test that passes returns as soon as its condition holds). Ten minutes,
     * because a child JVM loading the models while two cores run a load of 35 once needed more than
     * two minutes to emit its first records; tests use this bound rather than their own.
     */
    public static final Duration DEFAULT_BOUND = Duration.ofMinutes(10);

    private Wait() {
    }

    /** Waits up to {@link #DEFAULT_BOUND} for the described condition, polling every 100 ms. */
    public static ConditionFactory forCondition(String description) {
        return forCondition(description, DEFAULT_BOUND);
    }

    /** Waits up to {@code bound} for the described condition, polling every 100 ms. */
    public static ConditionFactory forCondition(String description, Duration bound) {
        return Awaitility.await(description)
                .atMost(bound)
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(100))
                // a condition that throws (a connection refused while a server restarts) is just not met yet
                .ignoreExceptions();
    }

    /**
     * Waits up to {@code bound} for a condition that consumes from a Kafka consumer, polling every 100 ms:
     * evaluated in the calling thread (a consumer belongs to one thread) and failing on the first exception
     * instead of treating it as "not yet". A poll that had taken records from the consumer and then thrown
     * would otherwise have its records silently skipped by the retry: the next poll goes on from the
     * consumer's new position.
     */
    public static ConditionFactory forConsumer(String description, Duration bound) {
        return Awaitility.await(description)
                .atMost(bound)
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(100))
                .pollInSameThread();
    }
}
