package io.newswire.ops;

import java.util.Map;

/**
 * What {@code /ready} and {@code /health} answer: readiness (send traffic here) and liveness
 * (restart me if false). The streams app provides one; the ops server does not know Kafka.
 */
public interface HealthCheck {

    /** Whether the instance serves: {@code /ready} answers 200, else 503. */
    boolean ready();

    /** Whether the instance is alive: {@code /health} answers 200, else 503. */
    boolean live();

    /** Details for the response body (for example the streams state); may be empty. */
    default Map<String, Object> details() {
        return Map.of();
    }

    /** Always ready and live: for an ops server with nothing behind it (tests, dashboards alone). */
    static HealthCheck always() {
        return new HealthCheck() {
            @Override
            public boolean ready() {
                return true;
            }

            @Override
            public boolean live() {
                return true;
            }
        };
    }
}
