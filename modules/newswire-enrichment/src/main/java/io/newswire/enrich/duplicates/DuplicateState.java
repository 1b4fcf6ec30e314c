package io.newswire.enrich.duplicates;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;

/**
 * The state of the duplicates stage, explicit so that one stage code runs over two stores: {@link
 * DuplicateIndex} in memory (the offline {@code newswire enrich} command and the evaluations, over an
 * input in order), and state stores of the streams app's sequencer task (docs/STORIES.md). Calls come
 * from one thread, in the order of the input; an implementation answers {@link #find} from what was
 * {@link #add added} before, and nothing else, so that a replay of the same order gives the same answers.
 */
public interface DuplicateState {

    /**
     * The stored article the signature copies, among those within the retention of {@code eventTime}
     * (all when null), or empty.
     */
    Optional<DuplicateIndex.Match> find(TextSignature signature, Instant eventTime);

    /** Stores an article after its {@link #find}; returns its entry (canonical and story decided). */
    DuplicateIndex.Entry add(String id, Instant publishedAt, Instant ingestedAt, TextSignature signature,
            Optional<DuplicateIndex.Match> match);

    /** A story's state now (after the last {@link #add}), or empty when it is unknown or was dropped. */
    Optional<StoryStatus> story(String storyId);

    /**
     * A story as the state holds it.
     *
     * @param id        the story id
     * @param firstSeen the earliest event time of its articles, null when none had one
     * @param size      articles that joined it
     */
    record StoryStatus(String id, Instant firstSeen, int size) {
        public StoryStatus {
            requireNonNull(id, "id");
        }
    }
}
