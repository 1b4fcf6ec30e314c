package io.newswire.enrich;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.newswire.enrich.gazetteer.Gazetteer;
import io.newswire.enrich.geo.GeoEnricher;
import io.newswire.enrich.ner.NerTagger;
import org.junit.jupiter.api.Test;

/**
 * The rules of {@link EnrichmentLayering} themselves: run against the product's classes plus a
 * deliberately bad fixture from the test sources, they must fail and name the offending class; without
 * the fixture the same classes pass. A rule that could never fail would prove nothing.
 */
class EnrichmentLayeringRuleTest {

    private static final String NER_FIXTURE = "io.newswire.enrich.ner.LayeringViolationFixture";
    private static final String CYCLE_FIXTURE = "io.newswire.enrich.gazetteer.CycleFixture";

    private static JavaClasses with(String... fixtures) throws ClassNotFoundException {
        Class<?>[] classes = new Class<?>[3 + fixtures.length];
        classes[0] = NerTagger.class;
        classes[1] = Gazetteer.class;
        classes[2] = GeoEnricher.class;
        for (int i = 0; i < fixtures.length; i++) {
            classes[3 + i] = Class.forName(fixtures[i]);
        }
        return new ClassFileImporter().importClasses(classes);
    }

    @Test
    void shouldRejectNerImportingGeoWhenTheFixtureIsImported() throws Exception {
        JavaClasses classes = with(NER_FIXTURE);

        assertThatThrownBy(() -> EnrichmentLayering.LAYERS.check(classes))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("LayeringViolationFixture")
                .hasMessageContaining("GeoEnricher");
    }

    @Test
    void shouldRejectAPackageCycleWhenGazetteerImportsNer() throws Exception {
        JavaClasses classes = with(CYCLE_FIXTURE);

        assertThatThrownBy(() -> EnrichmentLayering.NO_CYCLES.check(classes))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("CycleFixture");
        assertThatThrownBy(() -> EnrichmentLayering.LAYERS.check(classes))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("CycleFixture");
    }

    @Test
    void shouldPassTheSameClassesWhenNoFixtureIsImported() throws Exception {
        JavaClasses classes = with();

        assertThatCode(() -> EnrichmentLayering.NO_CYCLES.check(classes)).doesNotThrowAnyException();
        assertThatCode(() -> EnrichmentLayering.LAYERS.check(classes)).doesNotThrowAnyException();
    }
}
