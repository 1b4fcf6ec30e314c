package io.newswire.streams;

import io.newswire.enrich.api.Pipeline;
import io.newswire.kafka.PipelineObserver;
import io.newswire.model.Article;
import io.newswire.model.ArticleLimits;
import io.newswire.model.InvalidArticleException;
import io.newswire.model.Json;
import io.newswire.model.RejectReason;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the enrichment pipeline over a decoded article and encodes it as output contract JSON. The
 * output record's timestamp is the publication time when known, else the input record's timestamp.
 * An article whose JSON exceeds {@link ArticleLimits#maxOutputBytes()} is dead-lettered, as is an HTML
 * page whose extracted text exceeds {@link ArticleLimits#maxBodyChars()} ({@code BODY_TOO_LARGE}), and one
 * the pipeline itself fails on (a failing stage does not: the pipeline records it in provenance).
 */
final class EnrichProcessor implements Processor<String, Decoded, String, Outcome<Enriched>> {

    static final String STAGE = "enrich";
    private static final Logger LOG = LoggerFactory.getLogger(EnrichProcessor.class);

    private final Pipeline pipeline;
    private final PipelineObserver observer;
    private final DeadLetterRouter deadLetters;
    private final int maxOutputBytes;
    private final ArticleLimits limits;
    private ProcessorContext<String, Outcome<Enriched>> context;

    EnrichProcessor(Pipeline pipeline, ArticleLimits limits, PipelineObserver observer,
            DeadLetterRouter deadLetters) {
        this.pipeline = pipeline;
        this.maxOutputBytes = limits.maxOutputBytes();
        this.limits = limits;
        this.observer = observer;
        this.deadLetters = deadLetters;
    }

    @Override
    public void init(ProcessorContext<String, Outcome<Enriched>> context) {
        this.context = context;
    }

    @Override
    public void process(Record<String, Decoded> record) {
        Decoded decoded = record.value();
        Article article;
        try {
            // The decoder let HTML markup through (bounded by the record limit); the body limit is on
            // its text, checked by the pipeline right after extraction, before any enricher runs.
            article = pipeline.process(decoded.raw(), limits);
        } catch (InvalidArticleException e) {
            reject(record, e.reason(), e);
            return;
        } catch (RuntimeException | StackOverflowError e) {
            // The pipeline isolates its stages; reaching here means the pipeline itself broke.
            reject(record, RejectReason.PROCESSING_FAILED, e);
            return;
        }
        byte[] bytes;
        long timestamp;
        try {
            bytes = Json.toBytes(article);
            timestamp = article.publishedAt() != null ? article.publishedAt().toEpochMilli() : record.timestamp();
        } catch (RuntimeException e) {
            reject(record, RejectReason.PROCESSING_FAILED, e);
            return;
        }
        if (bytes.length > maxOutputBytes) {
            // Checked here rather than left to the producer: under exactly-once a failed send poisons
            // the whole transaction, and the task would retry the same record for ever.
            reject(record, RejectReason.RECORD_TOO_LARGE, new RecordTooLargeException("enriched article is "
                    + bytes.length + " bytes, more than the output limit of " + maxOutputBytes
                    + " (twice newswire.max.record.bytes)"));
            return;
        }
        context.forward(new Record<>(article.id(), new Outcome.Passed<>(new Enriched(article, bytes)),
                Math.max(0, timestamp), record.headers()));
        try {
            observer.enriched(article);
        } catch (RuntimeException e) {
            // Metrics are not worth a record: the article is written, only its measurement is lost.
            LOG.warn("metrics failed for article {}", article.id(), e);
        }
    }

    private void reject(Record<String, Decoded> record, RejectReason reason, Throwable cause) {
        Decoded decoded = record.value();
        Record<byte[], byte[]> letter = deadLetters.reject(context.recordMetadata(), decoded.originalKey(),
                decoded.originalValue(), record, reason, STAGE, cause);
        context.forward(record.withValue(new Outcome.Rejected<>(letter)));
    }
}
