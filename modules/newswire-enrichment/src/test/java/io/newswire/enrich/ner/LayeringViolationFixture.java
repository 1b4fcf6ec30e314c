package io.newswire.enrich.ner;

import io.newswire.enrich.geo.GeoEnricher;

/**
 * Test fixture, never used by the product: a class of {@code ner} that imports {@code geo}, the
 * dependency the layering forbids. {@code EnrichmentLayeringRuleTest} checks that the rules reject it.
 */
final class LayeringViolationFixture {

    private LayeringViolationFixture() {
    }

    static String stageName() {
        return new GeoEnricher().name();
    }
}
