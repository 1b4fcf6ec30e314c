package io.newswire.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.enrich.api.PipelineOptions;
import io.newswire.enrich.api.Pipelines;
import io.newswire.enrich.api.Sequencer;
import io.newswire.enrich.duplicates.DuplicateIndex;
import io.newswire.enrich.duplicates.DuplicateState;
import io.newswire.model.Article;
import io.newswire.model.StageTiming;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InMemorySequencerTest {

    private static final String TEXT = "The port authority said on Monday that 14 ships were waiting to unload grain "
            + "after a strike by dock workers entered its third day, and that talks would resume on Wednesday.";

    @Test
    void shouldSetDuplicateOfAndTimeTheStageWhenTheStandardSequencerSeesACopy() {
        Sequencer sequencer = Pipelines.sequencer(PipelineOptions.defaults());
        Instant t = Instant.parse("2026-02-01T10:00:00Z");
        Article first = sequencer.sequence(Article.builder("a", TEXT, "v").ingestedAt(t).build());
        Article copy = sequencer.sequence(Article.builder("b", TEXT + " (Reporting by staff)", "v")
                .ingestedAt(t.plusSeconds(30)).build());

        assertThat(sequencer.stageNames()).containsExactly("duplicates");
        assertThat(first.duplicateOf()).isNull();
        assertThat(copy.duplicateOf().id()).isEqualTo("a");
        assertThat(copy.story().size()).isEqualTo(2);
        assertThat(copy.provenance().stages()).extracting(StageTiming::stage).containsExactly("duplicates");
        assertThat(copy.provenance().errors()).isEmpty();
    }

    @Test
    void shouldRecordTheErrorAndKeepTheArticleWhenTheStateFails() {
        DuplicateState broken = new DuplicateState() {
            @Override
            public Optional<DuplicateIndex.Match> find(io.newswire.enrich.duplicates.TextSignature s, Instant at) {
                throw new IllegalStateException("store closed");
            }

            @Override
            public DuplicateIndex.Entry add(String id, Instant p, Instant i,
                    io.newswire.enrich.duplicates.TextSignature s, Optional<DuplicateIndex.Match> m) {
                throw new IllegalStateException("store closed");
            }

            @Override
            public Optional<StoryStatus> story(String storyId) {
                return Optional.empty();
            }
        };
        Article in = Article.builder("a", TEXT, "v").build();
        Article out = new InMemorySequencer(broken).sequence(in);
        assertThat(out.text()).isEqualTo(TEXT);
        assertThat(out.duplicateOf()).isNull();
        assertThat(out.story()).isNull();
        assertThat(out.provenance().errors()).singleElement()
                .satisfies(e -> assertThat(e.message()).isEqualTo("store closed"));
    }
}
