/**
 * Test support, never shipped: a real broker per test class ({@link io.newswire.testkit.KafkaBrokerExtension}),
 * plain clients that read {@code read_committed}, {@link io.newswire.testkit.KafkaTestClients#awaitSettled}
 * to know when an app's output is complete, and {@link io.newswire.testkit.Wait}, the one way a test
 * waits: on a condition, never for a time.
 */
package io.newswire.testkit;
