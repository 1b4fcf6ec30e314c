package io.newswire.testkit;

/** A real Kafka broker handed to a test by {@link KafkaBrokerExtension}. */
public interface KafkaBroker {

    String bootstrapServers();

    /** Stops the broker, keeping its data, for fault tests; not every kind of broker can. */
    void stop();

    /** Starts a stopped broker again on the same address and data. */
    void start();

    /** "embedded" or "container". */
    String kind();
}
