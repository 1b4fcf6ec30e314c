/**
 * JMH benchmarks: per-stage and whole-pipeline cost per core, metric scrapes. Run them from the tools
 * jar ({@code java -cp newswire-tools.jar org.openjdk.jmh.Main}); never timed unit tests.
 */
package io.newswire.bench.jmh;
