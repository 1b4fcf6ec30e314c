package io.newswire.enrich.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InMemoryStoryStateTest {

    private static final Instant T0 = Instant.parse("2026-04-02T06:00:00Z");
    private static final long[] NONE = new long[0];

    private static StoryState.Member member(long millis) {
        return new StoryState.Member(millis, new long[] {1, 2}, new float[] {0.6f, 0.8f}, NONE, new float[0], NONE,
                NONE, NONE, NONE, NONE, NONE, NONE, NONE, NONE, NONE, NONE);
    }

    private static StoryState.StoryRecord story(String id, Instant at) {
        StoryState.StoryRecord s = new StoryState.StoryRecord(id, at, 4);
        s.add(member(at.toEpochMilli()));
        return s;
    }

    private static List<String> posted(StoryState state, long key) {
        List<String> ids = new ArrayList<>();
        state.forEachPosted(key, s -> ids.add(s.id()));
        return ids;
    }

    @Test
    void shouldReportOnlyTheMostRecentStoriesWhenManyArePostedUnderOneKey() {
        InMemoryStoryState state = new InMemoryStoryState(3);
        for (int i = 0; i < 10; i++) {
            state.save(story("s" + i, T0.plusSeconds(i)), new long[] {42L});
        }
        assertThat(posted(state, 42L)).containsExactly("s9", "s8", "s7");
        assertThat(posted(state, 43L)).isEmpty();
        assertThat(state.size()).isEqualTo(10);
    }

    @Test
    void shouldGiveTheFirstPostedStoryAsMostRecentWhenAskedForAKey() {
        InMemoryStoryState state = new InMemoryStoryState(3);
        StoryState.StoryRecord a = story("a", T0);
        StoryState.StoryRecord b = story("b", T0.plusSeconds(1));
        state.save(a, new long[] {42L});
        state.save(b, new long[] {42L, 43L});
        state.save(a, new long[] {43L});

        assertThat(state.mostRecent(42L)).isSameAs(b);
        assertThat(state.mostRecent(43L)).isSameAs(a);
        assertThat(state.mostRecent(44L)).isNull();
        assertThat(posted(state, 43L).get(0)).isEqualTo(state.mostRecent(43L).id());
    }

    @Test
    void shouldDropStoriesAndTheirPostingsWhenTheirLatestArticleIsOlderThanTheCutoff() {
        InMemoryStoryState state = new InMemoryStoryState(4);
        state.save(story("old", T0), new long[] {7L, 8L});
        state.save(story("new", T0.plusSeconds(3600)), new long[] {7L});
        state.expire(T0.plusSeconds(60).toEpochMilli());
        assertThat(state.story("old")).isNull();
        assertThat(state.story("new")).isNotNull();
        assertThat(posted(state, 7L)).containsExactly("new");
        assertThat(posted(state, 8L)).isEmpty();
    }

    @Test
    void shouldKeepTheIdAndMoveFirstSeenEarlierWhenABackfilledArticleJoins() {
        StoryState.StoryRecord s = story("first", T0);
        s.add(member(T0.minusSeconds(600).toEpochMilli()));
        s.add(member(T0.plusSeconds(600).toEpochMilli()));
        assertThat(s.id()).isEqualTo("first");
        assertThat(s.firstSeen()).isEqualTo(T0.minusSeconds(600));
        assertThat(s.lastMillis()).isEqualTo(T0.plusSeconds(600).toEpochMilli());
        assertThat(s.size()).isEqualTo(3);
        assertThat(s.member(0).eventMillis()).isEqualTo(T0.plusSeconds(600).toEpochMilli());
    }

    @Test
    void shouldCountDocumentFrequenciesOfWordsAndEntities() {
        InMemoryStoryState state = new InMemoryStoryState();
        state.countDocument(new long[] {11, 12}, new long[] {~5L});
        state.countDocument(new long[] {11}, NONE);
        assertThat(state.documents()).isEqualTo(2);
        assertThat(state.documentFrequency(11)).isEqualTo(2);
        assertThat(state.documentFrequency(12)).isEqualTo(1);
        assertThat(state.documentFrequency(~5L)).isEqualTo(1);
    }
}
