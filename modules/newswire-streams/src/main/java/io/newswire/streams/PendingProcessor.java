package io.newswire.streams;

import static java.util.Objects.requireNonNull;

import io.newswire.enrich.duplicates.DuplicatesStage;
import io.newswire.enrich.duplicates.TextSignature;
import io.newswire.model.Article;
import io.newswire.streams.DedupCodec.Pending;
import io.newswire.streams.DedupCodec.SequenceRecord;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The first half of the duplicates step, in the enrich task of the article's raw partition: computes the
 * article's text signature (the costly part, in parallel over all tasks), parks the enriched article in
 * the {@code pending-articles} store and sends the small {@link SequenceRecord} to the sequencer. The
 * store is keyed by the raw record's offset, unique in the task's partition, not by article id: a raw
 * record sent twice with one id must still come out twice. A signature that fails is sent as an error,
 * which the sequencer answers without touching its state (as the offline command records it).
 */
final class PendingProcessor implements Processor<String, Enriched, String, SequenceRecord> {

    static final String STORE = "pending-articles";

    private final DuplicatesStage stage;
    private ProcessorContext<String, SequenceRecord> context;
    private KeyValueStore<Long, Pending> pending;
    private long fallbackOffset;

    PendingProcessor(DuplicatesStage stage) {
        this.stage = requireNonNull(stage, "stage");
    }

    @Override
    public void init(ProcessorContext<String, SequenceRecord> context) {
        this.context = context;
        this.pending = context.getStateStore(STORE);
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
        pending.put(meta.offset(), new Pending(record.timestamp(), record.headers(), record.value().json()));
        context.forward(record.withValue(new SequenceRecord(article.id(), article.publishedAt(),
                article.ingestedAt(), meta.partition(), meta.offset(), signature, micros, error,
                StoryTracker.Features.of(article))));
    }
}
