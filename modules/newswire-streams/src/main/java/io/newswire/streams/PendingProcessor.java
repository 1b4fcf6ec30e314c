package io.newswire.streams;

import static java.util.Objects.requireNonNull;

import io.newswire.enrich.duplicates.DuplicatesStage;
import io.newswire.enrich.duplicates.TextSignature;
import io.newswire.enrich.stories.StoryClusterer;
import io.newswire.model.Article;
import io.newswire.streams.DedupCodec.Parked;
import io.newswire.streams.DedupCodec.Pending;
import io.newswire.streams.DedupCodec.SequenceRecord;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * The first half of the duplicates step, in the enrich task of the article's raw partition: computes the
 * article's text signature (the costly part, in parallel over all tasks) and emits, for each article, the
 * enriched article to park (the parked topic, partition = raw partition) and the small {@link
 * SequenceRecord} for the sequencer. The article is parked in a topic, not in a store of this task: a task
 * that also joined the decisions back would read news.raw and the decisions topic, and Kafka Streams keeps
 * choosing the raw partition while it has records, so a backlog was held whole in memory before the first
 * article came out (docs/STORIES.md). The join's key is the raw record's offset, unique in its partition,
 * not the article id: a raw record sent twice with one id must still come out twice. A signature that
 * fails is sent as an error, which the sequencer answers without touching its state (as the offline
 * command records it).
 */
final class PendingProcessor implements Processor<String, Enriched, String, PendingProcessor.Parking> {

    /** What enrich sends on for one article: the article to park and its sequence record. */
    record Parking(Parked parked, SequenceRecord sequence) {
    }

    private final DuplicatesStage stage;
    private final boolean sameEventStories;
    private ProcessorContext<String, Parking> context;

    PendingProcessor(DuplicatesStage stage) {
        this(stage, false);
    }

    /** @param sameEventStories whether to send the story clusterer's features too (computed here, in parallel) */
    PendingProcessor(DuplicatesStage stage, boolean sameEventStories) {
        this.stage = requireNonNull(stage, "stage");
        this.sameEventStories = sameEventStories;
    }

    @Override
    public void init(ProcessorContext<String, Parking> context) {
        this.context = context;
    }

    @Override
    public void process(Record<String, Enriched> record) {
        Article article = record.value().article();
        RecordMetadata meta = context.recordMetadata().orElseThrow(
                () -> new IllegalStateException("the pending step runs only on records from news.raw"));
        long start = System.nanoTime();
        TextSignature signature = null;
        String error = null;
        try {
            signature = stage.signature(article);
        } catch (RuntimeException | StackOverflowError e) {
            error = e.getClass().getName() + ": " + e.getMessage();
        }
        long micros = (System.nanoTime() - start) / 1_000;
        StoryClusterer.Features cluster = null;
        if (sameEventStories) {
            try {
                cluster = StoryClusterer.features(article);
            } catch (RuntimeException | StackOverflowError e) {
                // the sequencer records the stories stage's failure when it needs them
                cluster = null;
            }
        }
        Parked parked = new Parked(meta.partition(), meta.offset(),
                new Pending(record.timestamp(), record.headers(), record.value().json(),
                        ArticleTail.split(record.value().json(), article)));
        SequenceRecord sequence = new SequenceRecord(article.id(), article.publishedAt(), article.ingestedAt(),
                meta.partition(), meta.offset(), signature, micros, error, StoryTracker.Features.of(article), cluster);
        context.forward(record.withValue(new Parking(parked, sequence)));
    }
}
