package io.newswire.bench.jmh;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.bench.SyntheticStories;
import io.newswire.enrich.api.Pipelines;
import io.newswire.model.Article;
import io.newswire.model.ArticleIds;
import io.newswire.model.RawArticle;
import java.time.Instant;
import java.util.List;
import org.openjdk.jmh.annotations.Param;
import org.junit.jupiter.api.Test;

class StagesBenchmarkTest {

    @Test
    void shouldListEveryStageOfTheStandardPipelineThenThePipelineWhenAskedForStageNames() {
        List<String> stages = StagesBenchmark.stageNames();
        assertThat(stages.subList(0, stages.size() - 1)).isEqualTo(Pipelines.standard().stageNames());
        assertThat(stages.get(stages.size() - 1)).isEqualTo(StagesBenchmark.PIPELINE);
    }

    @Test
    void shouldNameTheSameStagesInItsParamWhenRunThroughJmhMain() throws NoSuchFieldException {
        // org.openjdk.jmh.Main reads the annotation; a stage added to the pipeline must be added there too.
        Param param = StagesBenchmark.class.getField("stage").getAnnotation(Param.class);
        assertThat(List.of(param.value())).isEqualTo(StagesBenchmark.stageNames());
    }

    @Test
    void shouldFeedTheLastStageWhatTheStagesBeforeItProducedWhenSetUp() {
        List<String> stages = StagesBenchmark.stageNames();
        StagesBenchmark bench = new StagesBenchmark();
        bench.stage = stages.get(stages.size() - 2);
        bench.setUp();
        Article alone = bench.run();

        RawArticle raw = SyntheticStories.story(1, 0, Instant.parse("2026-11-23T00:00:00Z"));
        Article whole = Pipelines.standard().process(raw.withId(ArticleIds.of(raw)));
        assertThat(alone.text()).isEqualTo(whole.text());
        assertThat(alone.entities()).isEqualTo(whole.entities());
        assertThat(alone.places()).isEqualTo(whole.places());
        assertThat(alone.countries()).isEqualTo(whole.countries());
        assertThat(alone.language()).isEqualTo(whole.language());
    }

    @Test
    void shouldRunEveryStageWhenEachIsSetUpAlone() {
        for (String stage : StagesBenchmark.stageNames()) {
            StagesBenchmark bench = new StagesBenchmark();
            bench.stage = stage;
            bench.setUp();
            assertThat(bench.run().text()).as(stage).isNotBlank();
        }
    }
}
