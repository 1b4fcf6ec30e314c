/**
 * The geographic knowledge base ({@link io.newswire.enrich.gazetteer.Gazetteer}): GeoNames places,
 * first-level divisions, countries, demonyms and continents, with the name index the tagger's features
 * and the geo stage look names up in. Loaded once from {@code gazetteer.bin.gz} (built by
 * {@code newswire kb build}). Below both {@code ner} and {@code geo}, so that the tagger can read
 * gazetteer features without importing the geo stage.
 *
 * <p>May import: {@code text}.
 */
package io.newswire.enrich.gazetteer;
