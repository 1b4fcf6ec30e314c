/**
 * The product's command line ({@code newswire.jar}): demo, broker, pipeline, ingest, enrich, tail,
 * dlq. {@code main} and the commands only wire configuration and lifecycle; the topology, the
 * stages and the endpoints live in their modules. The tools (eval, train, kb, bench) are in
 * {@code newswire-tools}, not here: an enforcer rule and {@code ShippedJarIT} keep them out.
 */
package io.newswire.cli;
