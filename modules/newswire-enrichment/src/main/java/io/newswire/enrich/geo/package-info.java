/**
 * The places and countries stage ({@link io.newswire.enrich.geo.GeoEnricher}): spotting place names
 * ({@code GeoSpotter}), dateline regions, resolving each spot to one GeoNames entry and ranking the
 * article's countries. Reads the entities stage's output from the article (LOCATION spans are looked
 * up, PERSON spans veto a place) but never imports it, and never changes the entities.
 *
 * <p>May import: {@code gazetteer}, {@code text}, the output model and the stage API. Not
 * {@code entities}, {@code ner} or {@code link}.
 */
package io.newswire.enrich.geo;
