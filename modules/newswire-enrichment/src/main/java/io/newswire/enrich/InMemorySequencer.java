package io.newswire.enrich;

import io.newswire.enrich.api.Sequencer;
import io.newswire.enrich.duplicates.DuplicateIndex;
import io.newswire.enrich.duplicates.DuplicateState;
import io.newswire.enrich.duplicates.DuplicatesStage;
import io.newswire.enrich.stories.InMemoryStoryState;
import io.newswire.enrich.stories.SameEventStories;
import io.newswire.enrich.stories.StoryClusterer;
import io.newswire.enrich.stories.StoryState;
import io.newswire.model.Article;
import io.newswire.model.Provenance;
import io.newswire.model.StageError;
import io.newswire.model.StageTiming;
import io.newswire.model.Story;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The standard {@link Sequencer} of {@code newswire enrich}: the {@link DuplicatesStage} over a {@link
 * DuplicateIndex} in memory, then (when {@link io.newswire.enrich.api.PipelineOptions#sameEventStories()} is on)
 * the same-event {@link StoryClusterer} over an {@link InMemoryStoryState}, each timed into the provenance like a
 * pipeline stage and isolated like one (a failure is recorded, the article goes on without that stage's field).
 * Off, {@code story} is the duplicates' group of copies, as the streams app gives it. A copy ({@code duplicateOf} set) joins its canonical's story without asking the
 * clusterer and is not one of its compared members (it would only repeat the canonical); any other article asks
 * the clusterer, whose story fills {@code story} (its id never changes once emitted: stories are never merged).
 */
final class InMemorySequencer implements Sequencer {

    /** The stories stage's name in provenance. */
    static final String STORIES = SameEventStories.NAME;

    private final DuplicatesStage stage = new DuplicatesStage();
    private final DuplicateState state;
    private final boolean sameEventStories;
    private final StoryState storyState = new InMemoryStoryState();
    /** Each clustered article's story id, for its copies (offline: one input's articles). */
    private final Map<String, String> storyOf = new HashMap<>();
    private final SameEventStories stories = new SameEventStories(
            new StoryClusterer(StoryClusterer.Settings.STANDARD, storyState), storyState, new SameEventStories.StoryOf() {
                @Override
                public String get(String articleId) {
                    return storyOf.get(articleId);
                }

                @Override
                public void put(String articleId, String storyId) {
                    storyOf.put(articleId, storyId);
                }
            });

    InMemorySequencer(DuplicateState state, boolean sameEventStories) {
        this.state = state;
        this.sameEventStories = sameEventStories;
    }

    InMemorySequencer(DuplicateState state) {
        this(state, false);
    }

    InMemorySequencer() {
        this(new DuplicateIndex());
    }

    @Override
    public List<String> stageNames() {
        return sameEventStories ? List.of(DuplicatesStage.NAME, STORIES) : List.of(DuplicatesStage.NAME);
    }

    @Override
    public Article sequence(Article enriched) {
        long start = System.nanoTime();
        Article out;
        Provenance provenance;
        try {
            out = stage.apply(enriched, state);
            provenance = enriched.provenance().plus(new StageTiming(DuplicatesStage.NAME, micros(start), true), null);
        } catch (RuntimeException | StackOverflowError e) {
            out = enriched;
            provenance = enriched.provenance().plus(new StageTiming(DuplicatesStage.NAME, micros(start), false),
                    new StageError(DuplicatesStage.NAME, e.getClass().getName(), e.getMessage()));
        }
        if (!sameEventStories) {
            return out.toBuilder().provenance(provenance).build();
        }
        start = System.nanoTime();
        try {
            Story story = story(out);
            provenance = provenance.plus(new StageTiming(STORIES, micros(start), true), null);
            return out.toBuilder().story(story).provenance(provenance).build();
        } catch (RuntimeException | StackOverflowError e) {
            provenance = provenance.plus(new StageTiming(STORIES, micros(start), false),
                    new StageError(STORIES, e.getClass().getName(), e.getMessage()));
            return out.toBuilder().story(null).provenance(provenance).build();
        }
    }

    /** The article's same-event story; null when it has no event time (its first-seen time would be invented). */
    private Story story(Article article) {
        return stories.story(article.id(), article.publishedAt(), article.ingestedAt(), article.duplicateOf(),
                () -> StoryClusterer.features(article));
    }

    private static long micros(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000;
    }
}
