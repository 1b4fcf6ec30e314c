package io.newswire.streams;

import io.newswire.enrich.api.Pipeline;
import io.newswire.kafka.PipelineObserver;
import io.newswire.model.Article;
import io.newswire.model.ArticleLimits;
import io.newswire.model.Json;
import io.newswire.model.RejectReason;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the enrichment library over a decoded article and writes it as output contract JSON. The
 * output record's timestamp is the publication time when known, else the input record's timestamp.
 * An article whose JSON exceeds {@link ArticleLimits#maxOutputBytes()} is dead-lettered.
 */
final class EnrichProcessor implements Processor<Object, Object, Object, Object> {

    static final String STAGE = "enrich";
    private static final Logger LOG = LoggerFactory.getLogger(EnrichProcessor.class);

    private final Pipeline pipeline;
    private final PipelineObserver observer;
    private final String enrichedChild;
    private final String dlqChild;
    private final String statsChild;
    private final int maxOutputBytes;
    private ProcessorContext<Object, Object> context;

    EnrichProcessor(Pipeline pipeline, ArticleLimits limits, PipelineObserver observer, String enrichedChild,
            String dlqChild, String statsChild) {
        this.maxOutputBytes = limits.maxOutputBytes();
        this.statsChild = statsChild;
        this.pipeline = pipeline;
        this.observer = observer;
        this.enrichedChild = enrichedChild;
        this.dlqChild = dlqChild;
    }

    @Override
    public void init(ProcessorContext<Object, Object> context) {
        this.context = context;
    }

    @Override
    public void process(Record<Object, Object> record) {
        Decoded decoded = (Decoded) record.value();
        Article article;
        try {
            article = pipeline.process(decoded.raw());
        } catch (RuntimeException | StackOverflowError e) {
            // The pipeline isolates its stages; reaching here means the pipeline itself broke.
            DeadLetters.forward(context, dlqChild, decoded.originalKey(), decoded.originalValue(), record,
                    RejectReason.PROCESSING_FAILED, STAGE, e, observer, LOG);
            return;
        }
        byte[] bytes;
        long timestamp;
        try {
            bytes = Json.toBytes(article);
            timestamp = article.publishedAt() != null ? article.publishedAt().toEpochMilli() : record.timestamp();
        } catch (RuntimeException e) {
            DeadLetters.forward(context, dlqChild, decoded.originalKey(), decoded.originalValue(), record,
                    RejectReason.PROCESSING_FAILED, STAGE, e, observer, LOG);
            return;
        }
        if (bytes.length > maxOutputBytes) {
            // Checked here rather than left to the producer: under exactly-once a failed send poisons
            // the whole transaction, and the task would retry the same record for ever.
            DeadLetters.forward(context, dlqChild, decoded.originalKey(), decoded.originalValue(), record,
                    RejectReason.RECORD_TOO_LARGE, STAGE, new RecordTooLargeException("enriched article is "
                            + bytes.length + " bytes, more than the output limit of " + maxOutputBytes
                            + " (twice newswire.max.record.bytes)"), observer, LOG);
            return;
        }
        context.forward(new Record<Object, Object>(article.id(), bytes, Math.max(0, timestamp), record.headers()),
                enrichedChild);
        if (statsChild != null) {
            context.forward(new Record<Object, Object>(article.id(), article, Math.max(0, timestamp)), statsChild);
        }
        try {
            observer.enriched(article);
        } catch (RuntimeException e) {
            // Metrics are not worth a record: the article is written, only its measurement is lost.
            LOG.warn("metrics failed for article {}", article.id(), e);
        }
    }
}
