/**
 * The link stage ({@link io.newswire.enrich.link.LinkEnricher}), after geo: the only place that sets
 * entity ids ({@code EntityIds}: {@code geonames:<id>} for resolved places, the derived
 * {@code per:}/{@code org:}/{@code loc:} ids) and writes salience, merging the LOCATION entities that
 * resolve to one place.
 *
 * <p>May import: {@code geo}, {@code entities}, {@code gazetteer}, {@code text}, the output model and
 * the stage API.
 */
package io.newswire.enrich.link;
