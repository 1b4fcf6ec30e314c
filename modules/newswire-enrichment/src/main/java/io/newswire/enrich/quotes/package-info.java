/**
 * The quotes stage ({@link io.newswire.enrich.quotes.QuotesEnricher}), after link: direct and indirect
 * reported speech with cue, speaker as written and speaker as an entity id. Word lists
 * ({@code cues.txt}, {@code person-words.txt}, {@code org-words.txt}, {@code descriptions.tsv}: which entity
 * a description of a speaker may refer to) are resources beside this package.
 *
 * <p>May import: {@code text}, the output model and the stage API.
 */
package io.newswire.enrich.quotes;
