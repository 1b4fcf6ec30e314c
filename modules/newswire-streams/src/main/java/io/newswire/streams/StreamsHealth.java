package io.newswire.streams;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KafkaStreams.State;

/**
 * Readiness and liveness of a Kafka Streams app, by the Kafka Streams health-check convention.
 *
 * <ul>
 *   <li><b>ready</b>: RUNNING, or REBALANCING after the app has once been RUNNING. A rebalance is a
 *       normal, short event (another instance joins, a probing rebalance moves a warm-up task): an
 *       instance that served traffic before it keeps serving after it, so a readiness probe must not
 *       flap on it. Not ready before the first RUNNING, and in PENDING_SHUTDOWN, NOT_RUNNING,
 *       PENDING_ERROR and ERROR.</li>
 *   <li><b>live</b>: false only in ERROR or PENDING_ERROR, or when a stream thread is dead while the
 *       app should be processing (RUNNING or REBALANCING). A restart helps in exactly those cases;
 *       in every other state (starting, rebalancing, shutting down) restarting would only lose work.</li>
 * </ul>
 *
 * <p>Register {@link #onChange} as (part of) the app's state listener before it starts. Thread-safe.
 */
public final class StreamsHealth {

    /** What {@code /ready} and {@code /health} report. */
    public record Status(boolean ready, boolean live, String state, int deadThreads) {
    }

    private final Supplier<List<String>> threadStates;
    private volatile State state = State.CREATED;
    private volatile boolean everRunning;

    /**
     * @param threadStates the states of this instance's stream threads (their names, as
     *                     {@link org.apache.kafka.streams.ThreadMetadata#threadState()} gives them)
     */
    public StreamsHealth(Supplier<List<String>> threadStates) {
        this.threadStates = java.util.Objects.requireNonNull(threadStates, "threadStates");
    }

    /** Health of a running app, reading its threads from {@link KafkaStreams#metadataForLocalThreads()}. */
    public static StreamsHealth of(KafkaStreams streams) {
        return new StreamsHealth(() -> streams.metadataForLocalThreads().stream()
                .map(t -> t.threadState()).toList());
    }

    /** The state listener's half: call with every transition (new state first, as Kafka Streams does). */
    public void onChange(State now, State before) {
        if (now == State.RUNNING) {
            everRunning = true;
        }
        state = now;
    }

    public boolean ready() {
        return status().ready();
    }

    public boolean live() {
        return status().live();
    }

    /** One consistent reading of state and threads. */
    public Status status() {
        State s = state;
        boolean ready = s == State.RUNNING || (s == State.REBALANCING && everRunning);
        int dead = 0;
        if (s == State.RUNNING || s == State.REBALANCING) {
            for (String t : threadStates.get()) {
                if ("DEAD".equals(t.toUpperCase(Locale.ROOT))) {
                    dead++;
                }
            }
        }
        boolean live = s != State.ERROR && s != State.PENDING_ERROR && dead == 0;
        return new Status(ready, live, s.name(), dead);
    }
}
