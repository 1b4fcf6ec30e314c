/**
 * The tone stage ({@link io.newswire.enrich.tone.ToneEnricher}): how positive or negative an
 * article's wording is, from a lexicon written for this project ({@code tone-lexicon.txt} beside
 * this package) with negation.
 *
 * <p>May import: {@code text}, the output model and the stage API.
 */
package io.newswire.enrich.tone;
