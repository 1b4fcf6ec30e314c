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
        assertThat(copy.story().id()).isEqualTo("a");
        assertThat(copy.provenance().stages()).extracting(StageTiming::stage).containsExactly("duplicates");
        assertThat(copy.provenance().errors()).isEmpty();
    }

    // two reports of one made-up event, written differently (one in German), and a report of another event
    private static final String FERRY_A = "A ferry carrying 212 passengers ran aground off Kessin Point on Sunday, the "
            + "Arvel coast guard said, and all passengers were taken ashore by lifeboats before the tide turned.";
    private static final String FERRY_B = "All 212 passengers of the ferry that ran aground off Kessin Point were brought "
            + "ashore on Sunday, Arvel's coast guard said, adding that the hull had not been breached.";
    private static final String FERRY_DE = "Vor Kessin Point ist am Sonntag eine Fähre mit 212 Passagieren auf Grund "
            + "gelaufen; die Küstenwache von Arvel brachte alle Passagiere mit Rettungsbooten an Land.";
    private static final String BUDGET = "Lawmakers in Veronia passed the 2027 budget late on Thursday after a "
            + "three-week standoff over pension spending, the parliament's speaker Mira Olsen said.";

    private static Article report(String id, String title, String text, Instant t, String... names) {
        return Article.builder(id, text, "v").title(title).ingestedAt(t).entities(java.util.Arrays.stream(names)
                .map(n -> new io.newswire.model.Entity(null, n, io.newswire.model.EntityType.LOCATION, null,
                        java.util.List.of(n), java.util.List.of(), 1, 0.7)).toList()).build();
    }

    @Test
    void shouldPutReportsOfOneEventInOneStoryWhenSameEventStoriesAreOn() {
        Sequencer sequencer = Pipelines.sequencer(PipelineOptions.defaults().withSameEventStories(true));
        Instant t = Instant.parse("2026-02-01T10:00:00Z");
        Article a = sequencer.sequence(report("a", "Ferry aground off Kessin Point", FERRY_A, t, "Kessin Point", "Arvel"));
        Article other = sequencer.sequence(report("x", "Veronia passes budget", BUDGET, t.plusSeconds(60), "Veronia",
                "Mira Olsen"));
        Article b = sequencer.sequence(report("b", "212 ferry passengers brought ashore", FERRY_B, t.plusSeconds(600),
                "Kessin Point", "Arvel"));
        Article de = sequencer.sequence(report("c", "Fähre vor Kessin Point auf Grund gelaufen", FERRY_DE,
                t.plusSeconds(1200), "Kessin Point", "Arvel"));
        Article undated = sequencer.sequence(Article.builder("u", FERRY_A, "v").build());

        assertThat(sequencer.stageNames()).containsExactly("duplicates", "stories");
        assertThat(a.story().id()).isEqualTo("a");
        assertThat(a.provenance().stages()).extracting(StageTiming::stage).containsExactly("duplicates", "stories");
        assertThat(other.story().id()).isEqualTo("x");
        assertThat(b.duplicateOf()).isNull();
        assertThat(b.story().id()).isEqualTo("a");
        assertThat(b.story().size()).isEqualTo(2);
        assertThat(de.story().id()).isEqualTo("a");
        assertThat(de.story().firstSeen()).isEqualTo(t);
        assertThat(undated.story()).isNull();
    }

    /** A valid ISO-8601 time beyond what milliseconds since the epoch hold (HostileInputIT's) is no failure. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"+1000000000-12-31T23:59:59Z", "-1000000000-01-01T00:00:00Z"})
    void shouldGiveNoStoryAndNoErrorWhenTheEventTimeIsOutOfRange(String time) {
        Sequencer sequencer = Pipelines.sequencer(PipelineOptions.defaults().withSameEventStories(true));
        Article far = sequencer.sequence(Article.builder("far", "Ferne Zeit. Далёкое время.", "v")
                .ingestedAt(Instant.parse(time)).build());

        assertThat(far.story()).isNull();
        assertThat(far.provenance().errors()).isEmpty();
        assertThat(far.provenance().stages()).extracting(StageTiming::stage).containsExactly("duplicates", "stories");
    }

    @Test
    void shouldJoinTheCanonicalsStoryWhenACopyArrivesWithSameEventStoriesOn() {
        Sequencer sequencer = Pipelines.sequencer(PipelineOptions.defaults().withSameEventStories(true));
        Instant t = Instant.parse("2026-02-01T10:00:00Z");
        sequencer.sequence(Article.builder("a", TEXT, "v").ingestedAt(t).build());
        Article copy = sequencer.sequence(Article.builder("b", TEXT + " (Reporting by staff)", "v")
                .ingestedAt(t.plusSeconds(30)).build());
        assertThat(copy.duplicateOf().id()).isEqualTo("a");
        assertThat(copy.story().id()).isEqualTo("a");
        assertThat(copy.story().size()).isEqualTo(2);
        assertThat(copy.story().firstSeen()).isEqualTo(t);
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
