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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decodes and validates raw records. A good record goes on to enrichment keyed by its article id;
 * a bad one goes to the dead-letter sink with its original key, value and headers unchanged plus
 * the dead-letter headers. Never throws for bad input, so a poison record cannot stall its
 * partition.
 */
final class DecodeProcessor implements Processor<byte[], byte[], Object, Object> {

    static final String STAGE = "decode";
    private static final Logger LOG = LoggerFactory.getLogger(DecodeProcessor.class);

    private final ArticleLimits limits;
    private final PipelineObserver observer;
    private final String enrichChild;
    private final String dlqChild;
    private ProcessorContext<Object, Object> context;

    DecodeProcessor(ArticleLimits limits, PipelineObserver observer, String enrichChild, String dlqChild) {
        this.limits = limits;
        this.observer = observer;
        this.enrichChild = enrichChild;
        this.dlqChild = dlqChild;
    }

    @Override
    public void init(ProcessorContext<Object, Object> context) {
        this.context = context;
    }

    @Override
    public void process(Record<byte[], byte[]> record) {
        observer.received();
        RawArticle raw;
        try {
            raw = Json.decodeRaw(record.value(), limits);
        } catch (InvalidArticleException e) {
            DeadLetters.forward(context, dlqChild, record.key(), record.value(), record, e.reason(), STAGE, e,
                    observer, LOG);
            return;
        } catch (RuntimeException | StackOverflowError e) {
            // A decoder bug must not stop the partition: the record is kept, byte for byte, for a replay.
            DeadLetters.forward(context, dlqChild, record.key(), record.value(), record,
                    RejectReason.PROCESSING_FAILED, STAGE, e, observer, LOG);
            return;
        }
        if (raw.ingestedAt() == null) {
            // A producer other than ours: the record's own timestamp is the best ingest time we have.
            raw = raw.withIngestedAt(Instant.ofEpochMilli(Math.max(0, record.timestamp())));
        }
        context.forward(record.withKey((Object) raw.id())
                .withValue((Object) new Decoded(record.key(), record.value(), raw)), enrichChild);
    }
}
