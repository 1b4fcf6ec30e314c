package io.newswire.enrich.stories;

import static java.util.Objects.requireNonNull;

import io.newswire.model.DuplicateOf;
import io.newswire.model.Story;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * What fills {@code story} with the same-event story, after the duplicates stage: a copy ({@code duplicateOf}
 * set) joins its canonical's story without asking the {@link StoryClusterer} and without becoming one of its
 * compared members (it would only repeat its canonical; {@code story.size} counts it), any other article asks the
 * clusterer. One code for the two sequencers, {@code newswire enrich}'s (state in memory) and the streams app's
 * (state in its task's stores), so the two give the same answers over the same order. The story id of an article
 * never changes once emitted: stories are never merged.
 */
public final class SameEventStories {

    /** Each article's story id, kept for its copies; {@code null} when unknown. */
    public interface StoryOf {
        String get(String articleId);

        void put(String articleId, String storyId);
    }

    /** The stage's name in provenance ({@code provenance.stages}), in both sequencers. */
    public static final String NAME = "stories";

    private static final long[] NO_KEYS = new long[0];
    /**
     * Event times the clusterer can take: it counts in milliseconds since the epoch and subtracts two of them, so
     * beyond about 146 million years either side (a hostile {@code ingestedAt} of year 1,000,000,000 is valid
     * ISO-8601) an article gets no story, as one without event time, rather than an overflow.
     */
    private static final Instant EARLIEST = Instant.ofEpochMilli(-(1L << 62));
    private static final Instant LATEST = Instant.ofEpochMilli(1L << 62);

    private final StoryClusterer clusterer;
    private final StoryState state;
    private final StoryOf storyOf;

    /** @param clusterer a clusterer over {@code state} */
    public SameEventStories(StoryClusterer clusterer, StoryState state, StoryOf storyOf) {
        this.clusterer = requireNonNull(clusterer, "clusterer");
        this.state = requireNonNull(state, "state");
        this.storyOf = requireNonNull(storyOf, "storyOf");
    }

    /**
     * The article's same-event story, remembered; null when it has no event time (its first-seen time would be
     * invented) or one out of the clusterer's range (more than about 146 million years from 1970).
     *
     * @param duplicateOf the duplicates stage's answer for it
     * @param features    its features ({@link StoryClusterer#features}), asked for only when it is not a copy
     */
    public Story story(String id, Instant publishedAt, Instant ingestedAt, DuplicateOf duplicateOf,
            Supplier<StoryClusterer.Features> features) {
        Instant event = publishedAt != null ? publishedAt : ingestedAt;
        if (event == null || event.isBefore(EARLIEST) || event.isAfter(LATEST)) {
            return null;
        }
        if (duplicateOf != null) {
            String storyId = storyOf.get(duplicateOf.id());
            StoryState.StoryRecord record = storyId == null ? null : state.story(storyId);
            if (record != null) {
                record.addCopy();
                // posted under no new key: a stored state writes the story again, a state in memory holds it already
                state.save(record, NO_KEYS);
                storyOf.put(id, storyId);
                return new Story(record.id(), record.firstSeen(), record.articles());
            }
        }
        StoryClusterer.Assignment a = clusterer.assign(id, event, features.get());
        storyOf.put(id, a.storyId());
        return new Story(a.storyId(), a.firstSeen(), a.size());
    }
}
