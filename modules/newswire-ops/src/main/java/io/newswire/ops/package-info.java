/**
 * What operators see: Micrometer metrics and their Prometheus names, the ops HTTP server
 * ({@code /metrics}, {@code /health}, {@code /ready}, {@code /api/*}, the dashboard), recent articles
 * and consumer lag.
 *
 * <p>Imports {@code io.newswire.model}, {@code io.newswire.kafka} (the observer it implements) and
 * Micrometer; not the streams app: readiness comes in as a {@link io.newswire.ops.HealthCheck} and
 * windowed statistics as a {@link io.newswire.ops.WindowedStatsSource}, wired by the command line.
 */
package io.newswire.ops;
