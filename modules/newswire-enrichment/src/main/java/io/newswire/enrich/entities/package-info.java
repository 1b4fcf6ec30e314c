/**
 * The entities stage ({@link io.newswire.enrich.entities.EntitiesEnricher}): people, organisations and
 * locations from the tagger's spans and the alias table ({@link io.newswire.enrich.entities.AliasTable}),
 * titles split off, spellings of one entity grouped, the list ordered by
 * {@link io.newswire.enrich.entities.Salience}. Sets no id but the alias table's and no salience: that
 * is {@code link}'s.
 *
 * <p>May import: {@code ner}, {@code text}, the output model and the stage API. Not {@code geo} or
 * {@code link}.
 */
package io.newswire.enrich.entities;
