/**
 * The end-to-end bench (the pipeline against a pass-through topology on an embedded broker, in the
 * same run) and its synthetic stories. Part of the tools jar; figures go to {@code docs/BENCHMARKS.md}.
 */
package io.newswire.bench;
