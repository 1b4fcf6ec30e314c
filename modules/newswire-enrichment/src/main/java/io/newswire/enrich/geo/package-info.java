/**
 * The places and countries stage ({@link io.newswire.enrich.geo.GeoEnricher}), one class per step:
 * spotting place names ({@code GeoSpotter}), the words around a spot ({@code SpotContext}), the
 * entities' hints ({@code EntityHints}), dateline regions ({@code DatelineRegions}), resolving each
 * spot to one GeoNames entry ({@code PlaceResolver}), the Place records ({@code PlaceRecords}) and
 * ranking the article's countries ({@code CountryRanker}). The knowledge base itself is
 * {@code io.newswire.enrich.gazetteer}. Reads the entities stage's output from the article (LOCATION spans are looked
 * up, PERSON spans veto a place) but never imports it, and never changes the entities.
 *
 * <p>May import: {@code gazetteer}, {@code text}, the output model and the stage API. Not
 * {@code entities}, {@code ner} or {@code link}.
 */
package io.newswire.enrich.geo;
