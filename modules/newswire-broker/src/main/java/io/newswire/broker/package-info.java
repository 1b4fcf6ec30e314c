/**
 * The embedded single-node KRaft Kafka broker behind {@code newswire demo} and {@code newswire
 * broker}, and the tests' broker when Docker is absent. Imports only Kafka's server modules; its
 * integration tests live in {@code newswire-testkit}.
 */
package io.newswire.broker;
