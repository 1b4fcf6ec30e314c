package io.newswire.streams;

import static java.util.Objects.requireNonNull;

import io.newswire.enrich.duplicates.DuplicateIndex;
import io.newswire.enrich.duplicates.DuplicatesStage;
import io.newswire.enrich.stories.SameEventStories;
import io.newswire.enrich.stories.StoryClusterer;
import io.newswire.model.Article;
import io.newswire.model.Story;
import io.newswire.streams.DedupCodec.Decision;
import io.newswire.streams.DedupCodec.LogEntry;
import io.newswire.streams.DedupCodec.SequenceRecord;
import java.time.Instant;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sequencer: the one task that reads the one-partition sequence topic, in its committed order, and
 * runs {@link DuplicatesStage#apply} over a {@link StoredDuplicateState}, the same stage code as {@code
 * newswire enrich} runs over a file. Emits each decision with the article its sequence record carried, which
 * {@link JoinBackProcessor#onSequenced} completes and writes to news.enriched in this task's transaction (s28);
 * the decision for a record of an older app, whose article is parked, goes back to the raw partition its
 * article came from, through the decisions topic (until s27 every decision did). A failure of the stage is an answer too (the article goes on without the fields, the error in its
 * provenance), as in the offline command.
 */
final class SequencerProcessor implements Processor<String, SequenceRecord, String, SequencerProcessor.Sequenced> {

    /**
     * What the sequencer emits for one article: its decision with the article its sequence record carried
     * ({@code article}, which the decision completes for news.enriched; null for a record of an older app,
     * whose decision goes to the decisions topic and its parked article), and the update of its story for
     * {@code news.stories}; or, when retention dropped stories, a tombstone per story ({@code decision} and
     * {@code story} null).
     */
    record Sequenced(Decision decision, String storyId, StoryTracker.StoryRecord story, DedupCodec.Pending article) {

        Sequenced(Decision decision, String storyId, StoryTracker.StoryRecord story) {
            this(decision, storyId, story, null);
        }
    }

    static final String STORE = "dedup-log";
    private static final Logger LOG = LoggerFactory.getLogger(SequencerProcessor.class);

    private final DuplicatesStage stage;
    private final DuplicateIndex.Settings settings;
    private final StoryClusterer.Settings clusterSettings;
    private final int snapshotEvery;
    private ProcessorContext<String, Sequenced> context;
    private LoggedIndex index;
    private StoredDuplicateState state;
    private StoryTracker stories;
    private long evicted;
    private StoredStoryState storyState;
    private StoryClusterer clusterer;
    private SameEventStories sameEvent;
    private long expirations;

    SequencerProcessor(DuplicatesStage stage, DuplicateIndex.Settings settings) {
        this(stage, settings, null);
    }

    /**
     * @param clusterSettings the story clusterer's settings when {@code story} is the same-event story, else null
     *                        ({@code story} is the group of copies)
     */
    SequencerProcessor(DuplicatesStage stage, DuplicateIndex.Settings settings, StoryClusterer.Settings clusterSettings) {
        this(stage, settings, clusterSettings, StoredStoryState.SNAPSHOT_EVERY);
    }

    /** @param snapshotEvery documents between two snapshots of the stories' document frequencies ({@link StoredStoryState}) */
    SequencerProcessor(DuplicatesStage stage, DuplicateIndex.Settings settings, StoryClusterer.Settings clusterSettings,
            int snapshotEvery) {
        this.stage = requireNonNull(stage, "stage");
        this.settings = requireNonNull(settings, "settings");
        this.clusterSettings = clusterSettings;
        this.snapshotEvery = snapshotEvery;
    }

    @Override
    public void init(ProcessorContext<String, Sequenced> context) {
        this.context = context;
        this.stories = new StoryTracker(context.getStateStore(StoryTracker.STORE));
        KeyValueStore<Long, LogEntry> log = context.getStateStore(STORE);
        long start = System.nanoTime();
        // with same-event stories the index also holds the stories' state (s41), about twice the bytes an article
        index = new LoggedIndex(context.getStateStore(LoggedIndex.WORK), context.getStateStore(LoggedIndex.OPS),
                context.getStateStore(LoggedIndex.SNAPSHOT), context.getStateStore(StoredDuplicateState.INDEX),
                clusterSettings == null ? LoggedIndex.BYTES_PER_ARTICLE : LoggedIndex.BYTES_PER_ARTICLE_WITH_STORIES);
        state = new StoredDuplicateState(settings, log, index);
        state.restore();
        evicted = state.evicted();
        LOG.info("sequencer {} opened its index of {} articles in {} ms", context.taskId(), state.size(),
                (System.nanoTime() - start) / 1_000_000);
        if (clusterSettings != null) {
            start = System.nanoTime();
            // an app before s41 kept the stories, postings and article stories in stores of their own: moved once
            long moved = StoredStoryState.moveInto(index, context.getStateStore(StoredStoryState.RECORDS),
                    context.getStateStore(StoredStoryState.POSTINGS), context.getStateStore(StoredStoryState.STORY_OF));
            index.endArticle();
            if (moved > 0) {
                LOG.info("sequencer {} moved {} entries of the story stores into {}", context.taskId(), moved,
                        LoggedIndex.WORK);
            }
            storyState = new StoredStoryState(context.getStateStore(StoredStoryState.COUNTS),
                    context.getStateStore(StoredStoryState.COUNTS_LOG), index, snapshotEvery);
            clusterer = new StoryClusterer(clusterSettings, storyState);
            clusterer.resume(storyState.restore());
            sameEvent = new SameEventStories(clusterer, storyState, storyState);
            expirations = storyState.expirations();
            LOG.info("sequencer {} restored {} same-event stories in {} ms", context.taskId(), storyState.size(),
                    (System.nanoTime() - start) / 1_000_000);
        }
    }

    @Override
    public void process(Record<String, SequenceRecord> record) {
        SequenceRecord s = record.value();
        Decision decision;
        try {
            decision = decide(s);
        } finally {
            // one operation record for the article's writes to the index, the stories' included (s41); also after a
            // stage failed half way: the log holds what the local index holds
            state.endArticle();
        }
        context.forward(record.withValue(new Sequenced(decision, null, null, s.article())));
        emit(record, s, decision);
    }

    /** The article's decision: duplicates, then the same-event story when on; its writes to the index not ended. */
    private Decision decide(SequenceRecord s) {
        long start = System.nanoTime();
        Decision decision;
        if (s.error() != null || s.signature() == null) {
            decision = new Decision(s.id(), s.partition(), s.offset(), null, null, s.signatureMicros(),
                    s.error() != null ? s.error() : "no signature");
        } else {
            try {
                // The stage reads only the id and the two times of the article.
                Article article = Article.builder(s.id(), "", "sequencer").publishedAt(s.publishedAt())
                        .ingestedAt(s.ingestedAt()).build();
                Article out = stage.apply(article, s.signature(), state);
                decision = new Decision(s.id(), s.partition(), s.offset(), out.duplicateOf(), out.story(),
                        s.signatureMicros() + (System.nanoTime() - start) / 1_000, null);
            } catch (RuntimeException | StackOverflowError e) {
                decision = new Decision(s.id(), s.partition(), s.offset(), null, null,
                        s.signatureMicros() + (System.nanoTime() - start) / 1_000,
                        e.getClass().getName() + ": " + e.getMessage());
            }
        }
        if (sameEvent != null) {
            decision = sameEventStory(s, decision);
        }
        return decision;
    }

    private void emit(Record<String, SequenceRecord> record, SequenceRecord s, Decision decision) {
        if (decision.story() != null) {
            Instant event = s.publishedAt() != null ? s.publishedAt() : s.ingestedAt();
            StoryTracker.StoryRecord story = stories.add(decision.story(), event,
                    s.features() == null ? StoryTracker.Features.NONE : s.features());
            context.forward(record.withKey(story.id()).withValue(new Sequenced(null, story.id(), story)));
        }
        if (sameEvent != null) {
            if (storyState.expirations() != expirations) {
                // the clusterer's retention dropped stories: they go from the topic too
                expirations = storyState.expirations();
                tombstones(record, storyState::holds);
            }
        } else if (state.evicted() != evicted) {
            // retention dropped articles: the stories they were the last of go, on the topic too
            evicted = state.evicted();
            tombstones(record, state::holdsStory);
        }
    }

    @Override
    public void close() {
        // a clean close or a move leaves the local index current, so that it is not rebuilt when the task opens again
        if (state != null) {
            state.close();
        }
    }

    private void tombstones(Record<String, SequenceRecord> record, java.util.function.Predicate<String> held) {
        for (String gone : stories.retain(held)) {
            context.forward(record.withKey(gone).withValue(new Sequenced(null, gone, null)));
        }
    }

    /**
     * The decision with the same-event story in place of the group of copies, and the stories stage's time or
     * error, as the offline sequencer gives them ({@link SameEventStories}: the same code).
     */
    private Decision sameEventStory(SequenceRecord s, Decision d) {
        long start = System.nanoTime();
        long dayBefore = clusterer.latestDay();
        Story story;
        String error = null;
        try {
            story = sameEvent.story(s.id(), s.publishedAt(), s.ingestedAt(), d.duplicateOf(), () -> {
                if (s.clusterFeatures() == null) {
                    throw new IllegalStateException("no story features: their computation failed in the enrich task");
                }
                return s.clusterFeatures();
            });
        } catch (RuntimeException | StackOverflowError e) {
            story = null;
            error = e.getClass().getName() + ": " + e.getMessage();
        }
        storyState.latestDay(clusterer.latestDay(), dayBefore);
        return new Decision(d.id(), d.partition(), d.offset(), d.duplicateOf(), story, d.micros(), d.error(),
                new DedupCodec.StoriesStage((System.nanoTime() - start) / 1_000, error));
    }
}
