/**
 * The language stage ({@link io.newswire.enrich.language.LanguageEnricher}): the trigram detector over
 * Lingua's probabilities and the marker words that settle close relatives.
 *
 * <p>May import: {@code text}, the output model and the stage API.
 */
package io.newswire.enrich.language;
