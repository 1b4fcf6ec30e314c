package io.newswire.enrich.gazetteer;

import io.newswire.enrich.ner.NerTagger;

/**
 * Test fixture, never used by the product: {@code gazetteer} importing {@code ner}, which imports
 * {@code gazetteer}, a package cycle. {@code EnrichmentLayeringRuleTest} checks that the rules reject it.
 */
final class CycleFixture {

    private CycleFixture() {
    }

    static int features() {
        return NerTagger.get().features();
    }
}
