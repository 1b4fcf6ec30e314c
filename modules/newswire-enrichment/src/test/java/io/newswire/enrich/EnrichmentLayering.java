package io.newswire.enrich;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/**
 * The import rules of the enrichment library, stated once and checked by {@link EnrichmentLayeringTest}
 * (on the product's classes) and {@link EnrichmentLayeringRuleTest} (on a deliberately bad fixture, to
 * prove that the rules catch a violation). The same layering is written in words in each package's
 * {@code package-info.java}; a change to one is a change to the other.
 *
 * <p>From the bottom: {@code text} (tokens, name folding) imports nothing of ours; {@code gazetteer}
 * (the GeoNames knowledge base) and {@code normalize}, {@code language} import {@code text} at most;
 * {@code ner} imports {@code text} and {@code gazetteer}; {@code entities} imports {@code ner} and
 * {@code text}; {@code geo} imports {@code gazetteer} and {@code text}; {@code link} (ids and
 * salience, after geo) imports {@code geo}, {@code entities}, {@code gazetteer} and {@code text};
 * {@code topics} (IPTC subjects) and {@code tone} import {@code text}; the
 * root package (the pipeline and its stage list) composes them all. Everything may use the output
 * model ({@code io.newswire.model}) and the stage API ({@code io.newswire.enrich.api}).
 */
final class EnrichmentLayering {

    static final String ROOT = "io.newswire.enrich";

    private EnrichmentLayering() {
    }

    /** The library's own classes, without tests and fixtures. */
    static JavaClasses productClasses() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("newswire-enrichment-api"))
                .importPackages(ROOT);
    }

    /** No two packages of the library import each other, directly or through others. */
    static final ArchRule NO_CYCLES = slices().matching(ROOT + ".(*)..").should().beFreeOfCycles()
            .as("packages of " + ROOT + " are free of cycles");

    /** Which package may import which: the only direction of dependency. */
    static final ArchRule LAYERS = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true)
            .layer("text").definedBy(ROOT + ".text..")
            .layer("gazetteer").definedBy(ROOT + ".gazetteer..")
            .layer("normalize").definedBy(ROOT + ".normalize..")
            .layer("language").definedBy(ROOT + ".language..")
            .layer("ner").definedBy(ROOT + ".ner..")
            .layer("entities").definedBy(ROOT + ".entities..")
            .layer("geo").definedBy(ROOT + ".geo..")
            .layer("link").definedBy(ROOT + ".link..")
            .layer("events").definedBy(ROOT + ".events..")
            .layer("quotes").definedBy(ROOT + ".quotes..")
            .layer("keywords").definedBy(ROOT + ".keywords..")
            .layer("topics").definedBy(ROOT + ".topics..")
            .layer("tone").definedBy(ROOT + ".tone..")
            .layer("duplicates").definedBy(ROOT + ".duplicates..")
            .layer("stories").definedBy(ROOT + ".stories..")
            .layer("pipeline").definedBy(ROOT)
            .whereLayer("text").mayNotAccessAnyLayer()
            .whereLayer("gazetteer").mayOnlyAccessLayers("text")
            .whereLayer("normalize").mayOnlyAccessLayers("text")
            .whereLayer("language").mayOnlyAccessLayers("text")
            .whereLayer("ner").mayOnlyAccessLayers("text", "gazetteer")
            .whereLayer("entities").mayOnlyAccessLayers("text", "gazetteer", "ner")
            .whereLayer("geo").mayOnlyAccessLayers("text", "gazetteer")
            .whereLayer("link").mayOnlyAccessLayers("text", "gazetteer", "entities", "geo")
            .whereLayer("events").mayOnlyAccessLayers("text")
            .whereLayer("quotes").mayOnlyAccessLayers("text")
            .whereLayer("keywords").mayOnlyAccessLayers("text")
            .whereLayer("topics").mayOnlyAccessLayers("text")
            .whereLayer("tone").mayOnlyAccessLayers("text")
            .whereLayer("duplicates").mayOnlyAccessLayers("text")
            .whereLayer("stories").mayOnlyAccessLayers("text")
            .whereLayer("pipeline").mayNotBeAccessedByAnyLayer()
            .as("enrichment packages import only the layers below them");

    /** {@code text} is the bottom: nothing of newswire's, not even the output model. */
    static final ArchRule TEXT_IS_SELF_CONTAINED = classes().that().resideInAPackage(ROOT + ".text..")
            .should().onlyDependOnClassesThat(resideOutsideOfPackage("io.newswire..")
                    .or(resideInAPackage(ROOT + ".text..")))
            .as("text imports nothing else of newswire's");

    /** The library runs inside Kafka Streams but never sees Kafka: that stays in newswire-streams. */
    static final ArchRule NO_KAFKA = noClasses().that().resideInAPackage(ROOT + "..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.kafka..")
            .as("the enrichment library never imports Kafka");

    static final List<ArchRule> ALL = List.of(NO_CYCLES, LAYERS, TEXT_IS_SELF_CONTAINED, NO_KAFKA);
}
