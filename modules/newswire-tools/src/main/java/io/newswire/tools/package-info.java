/**
 * The tools command line ({@code newswire-tools.jar}): {@code eval}, {@code train}, {@code kb} and
 * {@code bench}. It owns only the picocli commands; the work is in {@code newswire-eval} and
 * {@code newswire-bench}. Nothing here is shipped: the product jar ({@code newswire-cli}) must not
 * depend on this module or on what it pulls in (Lingua, OpenNLP, JMH).
 */
package io.newswire.tools;
