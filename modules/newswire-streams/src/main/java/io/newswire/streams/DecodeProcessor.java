package io.newswire.streams;

import io.newswire.kafka.PipelineObserver;
import io.newswire.model.ArticleLimits;
import io.newswire.model.InvalidArticleException;
import io.newswire.model.Json;
import io.newswire.model.RawArticle;
import io.newswire.model.RejectReason;
import java.time.Instant;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Decodes and validates raw records. A good record goes on to enrichment keyed by its article id;
 * a bad one becomes a dead letter with its original key, value and headers unchanged plus the
 * dead-letter headers. Never throws for bad input, so a poison record cannot stall its partition.
 */
final class DecodeProcessor implements Processor<byte[], byte[], String, Outcome<Decoded>> {

    static final String STAGE = "decode";

    private final ArticleLimits limits;
    private final PipelineObserver observer;
    private final DeadLetterRouter deadLetters;
    private ProcessorContext<String, Outcome<Decoded>> context;

    DecodeProcessor(ArticleLimits limits, PipelineObserver observer, DeadLetterRouter deadLetters) {
        this.limits = limits;
        this.observer = observer;
        this.deadLetters = deadLetters;
    }

    @Override
    public void init(ProcessorContext<String, Outcome<Decoded>> context) {
        this.context = context;
    }

    @Override
    public void process(Record<byte[], byte[]> record) {
        observer.received();
        RawArticle raw;
        try {
            raw = decode(record.value(), record.timestamp(), limits);
        } catch (InvalidArticleException e) {
            reject(record, e.reason(), e);
            return;
        } catch (RuntimeException | StackOverflowError e) {
            // A decoder bug must not stop the partition: the record is kept, byte for byte, for a replay.
            reject(record, RejectReason.PROCESSING_FAILED, e);
            return;
        }
        context.forward(record.withKey(raw.id())
                .withValue(new Outcome.Passed<>(new Decoded(record.key(), record.value(), raw))));
    }

    /**
     * The raw article of a record's value, as this step passes it on; also what the enrich step rebuilds a record
     * waiting for its batch from, after a restore.
     */
    static RawArticle decode(byte[] value, long timestamp, ArticleLimits limits) throws InvalidArticleException {
        RawArticle raw = Json.decodeRaw(value, limits);
        if (raw.ingestedAt() == null) {
            // A producer other than ours: the record's own timestamp is the best ingest time we have.
            raw = raw.withIngestedAt(Instant.ofEpochMilli(Math.max(0, timestamp)));
        }
        return raw;
    }

    private void reject(Record<byte[], byte[]> record, RejectReason reason, Throwable cause) {
        Record<byte[], byte[]> letter = deadLetters.reject(context.recordMetadata(), record.key(), record.value(),
                record, reason, STAGE, cause);
        // No article id to key it by: the letter carries the original key.
        context.forward(record.<String>withKey(null).withValue(new Outcome.Rejected<>(letter)));
    }
}
