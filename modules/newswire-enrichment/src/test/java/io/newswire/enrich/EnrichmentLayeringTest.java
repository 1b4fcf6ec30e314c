package io.newswire.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import io.newswire.enrich.geo.GeoEnricher;
import io.newswire.enrich.ner.NerTagger;
import io.newswire.enrich.text.Folding;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The library's packages keep the layering of {@link EnrichmentLayering}; a failure names the import. */
class EnrichmentLayeringTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = EnrichmentLayering.productClasses();
    }

    @Test
    void shouldImportTheProductClassesButNoFixtureWhenImportingTheLibrary() {
        // the rules below would pass vacuously on an empty import
        assertThat(classes.contain(GeoEnricher.class)).isTrue();
        assertThat(classes.contain(NerTagger.class)).isTrue();
        assertThat(classes.contain(Folding.class)).isTrue();
        assertThat(classes.contain("io.newswire.enrich.ner.LayeringViolationFixture")).isFalse();
        assertThat(classes.contain("io.newswire.enrich.api.Enricher")).isFalse();
    }

    @Test
    void shouldHaveNoPackageCyclesWhenImportingTheLibrary() {
        check(EnrichmentLayering.NO_CYCLES);
    }

    @Test
    void shouldImportOnlyLowerLayersWhenImportingTheLibrary() {
        check(EnrichmentLayering.LAYERS);
    }

    @Test
    void shouldKeepTextFreeOfOtherNewswireClassesWhenImportingTheLibrary() {
        check(EnrichmentLayering.TEXT_IS_SELF_CONTAINED);
    }

    @Test
    void shouldNeverImportKafkaWhenImportingTheLibrary() {
        check(EnrichmentLayering.NO_KAFKA);
    }

    private static void check(ArchRule rule) {
        // ArchRule.check throws an AssertionError listing every violating dependency
        rule.check(classes);
    }
}
