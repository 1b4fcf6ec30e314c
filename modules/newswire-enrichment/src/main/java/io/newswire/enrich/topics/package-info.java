/**
 * The topics stage ({@link io.newswire.enrich.topics.TopicsEnricher}): the subjects of an article in
 * the top level of IPTC Media Topics, from a documented lexicon shipped beside this package
 * ({@code iptc-lexicon.txt}) and, when a user has built one from data that cannot ship, a hashed
 * linear model ({@link io.newswire.enrich.text.LinearModel}) read at start-up.
 *
 * <p>May import: {@code text}, the output model and the stage API.
 */
package io.newswire.enrich.topics;
