package io.newswire.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newswire.enrich.api.Pipeline;
import io.newswire.enrich.api.PipelineOptions;
import io.newswire.enrich.api.Pipelines;
import io.newswire.model.Article;
import io.newswire.enrich.text.LinearModel;
import io.newswire.model.RawArticle;
import io.newswire.model.Topic;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import io.newswire.model.Entity;
import io.newswire.model.EntityType;
import io.newswire.model.StageTiming;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API's factory finds this module's pipeline through the service loader, built as the options say. */
class PipelinesTest {

    private static final Instant T0 = Instant.parse("2026-05-13T08:00:00Z");

    @Test
    void shouldFindTheStandardPipelineWhenEnrichmentIsOnTheClassPath() {
        Pipeline pipeline = Pipelines.standard(PipelineOptions.defaults().withClock(Clock.fixed(T0, ZoneOffset.UTC)));

        assertThat(pipeline).isInstanceOf(ArticlePipeline.class);
        assertThat(pipeline.version()).isEqualTo(PipelineVersion.get());
        assertThat(pipeline.stageNames()).containsExactly(Pipeline.NORMALIZE_STAGE, "language", "entities", "geo", "link",
                "events", "quotes", "keywords", "topics", "tone");
        Article a = pipeline.process(RawArticle.ofText(null, "TEHRAN, May 13 - Iran's foreign minister spoke.")
                .withId("c-1"));
        assertThat(a.processedAt()).isEqualTo(T0);
        assertThat(a.provenance().stages()).extracting("stage").containsExactlyElementsOf(pipeline.stageNames());
        assertThat(a.provenance().errors()).isEmpty();
    }

    @Test
    void shouldFailWithTheFileInTheMessageWhenTheAliasFileIsMissing(@TempDir Path dir) {
        Path missing = dir.resolve("absent.tsv");

        assertThatThrownBy(() -> Pipelines.standard(PipelineOptions.defaults().withEntityAliasesFile(missing)))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining(missing.toString());
    }

    @Test
    void shouldAddTheTopicsModelNamedInTheOptionsWhenBuildingThePipeline(@TempDir Path dir) throws Exception {
        // a model that says "sport" for every text, whatever the lexicon finds
        LinearModel model = new LinearModel(List.of("medtop:15000000", "world"), 16, new float[32],
                new float[] {3f, 0f});
        Path file = dir.resolve("topics.bin.gz");
        try (OutputStream out = Files.newOutputStream(file)) {
            model.write(out);
        }
        RawArticle raw = RawArticle.ofText("Rates", "The central bank raised its main interest rate on Tuesday to "
                + "slow inflation, and the currency rose against the dollar as bond yields climbed.").withId("t-1");

        Article lexiconOnly = Pipelines.standard(PipelineOptions.defaults()).process(raw);
        Article withModel = Pipelines.standard(PipelineOptions.defaults().withTopicsModelFile(file)).process(raw);

        assertThat(lexiconOnly.topics()).extracting(Topic::code).doesNotContain("medtop:15000000");
        assertThat(withModel.topics()).extracting(Topic::code).contains("medtop:15000000");
    }

    @Test
    void shouldFailWithTheFileInTheMessageWhenTheTopicsModelIsMissing(@TempDir Path dir) {
        Path missing = dir.resolve("absent.bin.gz");

        assertThatThrownBy(() -> Pipelines.standard(PipelineOptions.defaults().withTopicsModelFile(missing)))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining(missing.toString());
    }

    @Test
    void shouldTagTheArticleLanguageWithTheUserTaggerNamedInTheOptions(@TempDir Path dir) {
        Path model = io.newswire.enrich.entities.TinySpanishTagger.write(dir.resolve("ner-es.bin.gz"));
        RawArticle raw = RawArticle.ofText("Sequía", "El ministro Javier Ortega visitó Zaragoza el martes para "
                + "hablar con los agricultores de la sequía y de las ayudas que llegan tarde a los pueblos.")
                .withId("s-1");

        Article without = Pipelines.standard(PipelineOptions.defaults()).process(raw);
        Article with = Pipelines.standard(PipelineOptions.defaults().withNerModelFiles(Map.of("es", model)))
                .process(raw);

        assertThat(without.provenance().stages()).filteredOn(s -> s.stage().equals("entities"))
                .extracting(StageTiming::method).containsExactly("es:aliases+gazetteer+given-names+org-heads");
        assertThat(with.entities()).filteredOn(e -> e.type() == EntityType.PERSON).extracting(Entity::name)
                .containsExactly("Javier Ortega");
        assertThat(with.provenance().stages()).filteredOn(s -> s.stage().equals("entities"))
                .extracting(StageTiming::method).containsExactly("es:ner-user+aliases");
    }

    @Test
    void shouldFailWithTheLanguageAndFileInTheMessageWhenANerModelIsNotAModel(@TempDir Path dir) throws Exception {
        Path notAModel = Files.writeString(dir.resolve("ner-nl.bin.gz"), "not a model");

        assertThatThrownBy(() -> Pipelines.standard(PipelineOptions.defaults()
                .withNerModelFiles(Map.of("nl", notAModel))))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("nl=" + notAModel);
    }
}
