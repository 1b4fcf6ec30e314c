package io.newswire.kafka;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * The streams app's duplicates and stories step (docs/STORIES.md): whether it runs, and how far apart in
 * event time two articles may be and still match. When it runs, the app creates three topics of its own
 * beside the pipeline's, named after the application id: the one-partition sequence topic every
 * article's signature goes through in one order, and the parked and decisions topics, partitioned like the
 * raw topic, that bring each enriched article and its answer together in the join-back task.
 *
 * @param enabled   {@code false}: {@code duplicateOf} and {@code story} stay null, as before the step
 * @param retention the largest event-time distance between two matching articles
 * @param storiesTopic the compacted topic of stories, one record per story id ({@code news.stories})
 * @param sameEventStories {@code story} is the same-event story (the story clusterer, as {@code newswire enrich
 *                  --same-event-stories} gives it), not only the group of copies; only with {@code enabled}
 */
public record DuplicatesSettings(boolean enabled, Duration retention, String storiesTopic, boolean sameEventStories) {

    /** The compacted topic of stories. */
    public static final String DEFAULT_STORIES = "news.stories";

    /** The defaults: the 7-day retention of the offline command; see docs/STORIES.md, "Default". */
    public static final DuplicatesSettings DEFAULT = new DuplicatesSettings(false, Duration.ofDays(7), DEFAULT_STORIES,
            false);

    public DuplicatesSettings {
        requireNonNull(retention, "retention");
        requireNonNull(storiesTopic, "storiesTopic");
        if (retention.isNegative()) {
            throw new IllegalArgumentException("negative retention: " + retention);
        }
    }

    /** Stories as groups of copies ({@code sameEventStories} off). */
    public DuplicatesSettings(boolean enabled, Duration retention, String storiesTopic) {
        this(enabled, retention, storiesTopic, false);
    }

    /** The one-partition topic of sequence records (id, times, signature), read by the sequencer task. */
    public static String sequenceTopic(String applicationId) {
        return applicationId + "-dedup-sequence";
    }

    /**
     * The topic of enriched articles waiting for their decision, keyed by article id, partitioned like the
     * raw topic (each article in its raw partition), read by the join-back task with the decisions topic.
     */
    public static String parkedTopic(String applicationId) {
        return applicationId + "-dedup-parked";
    }

    /** The topic of decisions (duplicateOf, story) keyed by article id, partitioned like the raw topic. */
    public static String decisionsTopic(String applicationId) {
        return applicationId + "-dedup-decisions";
    }
}
