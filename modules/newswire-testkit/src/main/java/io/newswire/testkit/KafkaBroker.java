package io.newswire.testkit;

/** A real Kafka broker handed to a test by {@link KafkaBrokerExtension}. */
public interface KafkaBroker {

    /** {@code host:port} for clients' {@code bootstrap.servers}; the same after a restart. */
    String bootstrapServers();

    /**
     * Stops the broker cleanly, keeping its data, for fault tests.
     *
     * @throws UnsupportedOperationException if this kind of broker cannot be restarted
     *         ({@link #supportsRestart()} is false)
     */
    void stop();

    /**
     * Starts a stopped broker again on the same address and data and waits until it answers;
     * does nothing if it is running.
     *
     * @throws UnsupportedOperationException if this kind of broker cannot be restarted
     */
    void start();

    /** Whether {@link #stop()} and {@link #start()} work: true for the embedded broker. */
    default boolean supportsRestart() {
        return KafkaBrokerExtension.EMBEDDED.equals(kind());
    }

    /** {@code "embedded"} or {@code "container"}. */
    String kind();
}
