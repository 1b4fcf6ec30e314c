package io.newswire.enrich.geo;

/** A spot and the gazetteer entry resolution chose for it. */
record Chosen(GeoSpotter.Spot spot, int entry) {
}
