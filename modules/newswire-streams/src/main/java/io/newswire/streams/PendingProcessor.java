package io.newswire.streams;

import static java.util.Objects.requireNonNull;

import io.newswire.enrich.duplicates.DuplicatesStage;
import io.newswire.enrich.duplicates.TextSignature;
import io.newswire.enrich.stories.StoryClusterer;
import io.newswire.model.Article;
import io.newswire.streams.DedupCodec.Pending;
import io.newswire.streams.DedupCodec.SequenceRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * The first half of the duplicates step, in the enrich task of the article's raw partition: computes the
 * article's text signature (the costly part, in parallel over all tasks), and the story clusterer's features
 * when same-event stories are on, and emits one {@link SequenceRecord} for the sequencer carrying them and the
 * enriched article itself (its JSON, output timestamp and headers). The sequencer decides and writes the
 * article to news.enriched in its own transaction (s28): one hop after enrich, where until s27 the article
 * went to a parked topic and waited in a join-back store for the decision to come back through a decisions
 * topic (two hops, the article written three times). A backlog on news.raw stays on the broker: nothing here
 * or in the sequencer holds articles in memory. A signature that fails is sent as an error, which the
 * sequencer answers without touching its state (as the offline command records it).
 */
final class PendingProcessor implements Processor<String, Enriched, String, SequenceRecord> {

    private final DuplicatesStage stage;
    private final boolean sameEventStories;
    private ProcessorContext<String, SequenceRecord> context;

    PendingProcessor(DuplicatesStage stage) {
        this(stage, false);
    }

    /** @param sameEventStories whether to send the story clusterer's features too (computed here, in parallel) */
    PendingProcessor(DuplicatesStage stage, boolean sameEventStories) {
        this.stage = requireNonNull(stage, "stage");
        this.sameEventStories = sameEventStories;
    }

    @Override
    public void init(ProcessorContext<String, SequenceRecord> context) {
        this.context = context;
    }

    @Override
    public void process(Record<String, Enriched> record) {
        Article article = record.value().article();
        // the article's own raw record: with batched enrichment the context's record may be another one
        RecordMetadata meta = record.value().source() != null ? record.value().source()
                : context.recordMetadata().orElseThrow(
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
        Pending pending = new Pending(record.timestamp(), record.headers(), record.value().json(),
                ArticleTail.split(record.value().json(), article));
        SequenceRecord sequence = new SequenceRecord(article.id(), article.publishedAt(), article.ingestedAt(),
                meta.partition(), meta.offset(), signature, micros, error, StoryTracker.Features.of(article), cluster,
                pending);
        // the headers travel in the value, with the article they belong to
        context.forward(record.withValue(sequence).withHeaders(new RecordHeaders()));
    }
}
