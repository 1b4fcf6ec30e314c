package io.newswire.streams;

import static java.util.Objects.requireNonNull;

import io.newswire.enrich.api.Pipeline;
import io.newswire.kafka.EnrichBatchSettings;
import io.newswire.kafka.PipelineObserver;
import io.newswire.model.Article;
import io.newswire.model.ArticleLimits;
import io.newswire.model.InvalidArticleException;
import io.newswire.model.Json;
import io.newswire.model.RawArticle;
import io.newswire.model.RejectReason;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.Cancellable;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the enrichment pipeline over a decoded article and encodes it as output contract JSON. The
 * output record's timestamp is the publication time when known, else the input record's timestamp.
 * An article whose JSON exceeds {@link ArticleLimits#maxOutputBytes()} is dead-lettered, as is an HTML
 * page whose extracted text exceeds {@link ArticleLimits#maxBodyChars()} ({@code BODY_TOO_LARGE}), and one
 * the pipeline itself fails on (a failing stage does not: the pipeline records it in provenance).
 *
 * <p>With a batch size of 1 each record is enriched as it comes. With more ({@link EnrichBatchSettings}), a record
 * first waits in {@link #BATCH_STORE}, keyed by its raw offset, and the waiting records are enriched together by
 * {@link Pipeline#processAll} when the batch is full or when the wall-clock punctuation comes (every
 * {@code maxWait}), in offset order, each then forwarded or dead-lettered on its own exactly as one at a time, and
 * deleted from the store. With {@link EnrichBatchSettings#flushWhenIdle()} the punctuation comes every millisecond
 * instead and also enriches what waits when the task has nothing more to process right now (see {@link #check}). The
 * store is changelogged, so that what waits is part of the task's transaction: Kafka
 * Streams commits a task's consumed offsets (and suspends it on a rebalance) without asking its processors, and a
 * record held only in memory would be lost with its offset committed (docs/RELIABILITY.md, "Batched enrichment").
 */
final class EnrichProcessor implements Processor<String, Decoded, String, Outcome<Enriched>> {

    static final String STAGE = "enrich";
    /** The records waiting for their batch, by raw offset (one raw partition a task). */
    static final String BATCH_STORE = "enrich-batch";
    private static final Logger LOG = LoggerFactory.getLogger(EnrichProcessor.class);
    /**
     * Longest the thread may be away between two idle checks and still count as working through a backlog: checks
     * are due every millisecond and come after the pass that overran it, so under a backlog they are 1-2 ms apart.
     */
    static final long PAUSE_MS = 3;

    private final Pipeline pipeline;
    private final PipelineObserver observer;
    private final DeadLetterRouter deadLetters;
    private final int maxOutputBytes;
    private final ArticleLimits limits;
    private final EnrichBatchSettings batch;
    /** The waiting records in offset order, decoded: the store's content, so that a batch reads no store. */
    private final List<Waiting> waiting = new ArrayList<>();
    private ProcessorContext<String, Outcome<Enriched>> context;
    private KeyValueStore<Long, byte[]> store;
    private Cancellable punctuation;
    /** Records added to {@link #waiting} since the last idle check (with flushWhenIdle). */
    private int addedSinceCheck;
    /** Whether the last idle check found no new record: records found after it came after a pause. */
    private boolean idleAtLastCheck = true;
    /** Wall-clock time of the last idle check; {@link Long#MIN_VALUE} before the first. */
    private long lastCheckMs = Long.MIN_VALUE;
    /** Nanoseconds this processor spent enriching batches since the last idle check (not a pause of the thread). */
    private long flushNanosSinceCheck;
    /** Wall-clock time the oldest waiting record was added (or restored). */
    private long oldestSinceMs;

    EnrichProcessor(Pipeline pipeline, ArticleLimits limits, PipelineObserver observer,
            DeadLetterRouter deadLetters) {
        this(pipeline, limits, observer, deadLetters, EnrichBatchSettings.DEFAULT);
    }

    /** @param batch with a size over 1, the topology must connect {@link #BATCH_STORE} to this processor */
    EnrichProcessor(Pipeline pipeline, ArticleLimits limits, PipelineObserver observer,
            DeadLetterRouter deadLetters, EnrichBatchSettings batch) {
        this.pipeline = pipeline;
        this.maxOutputBytes = limits.maxOutputBytes();
        this.limits = limits;
        this.observer = observer;
        this.deadLetters = deadLetters;
        this.batch = requireNonNull(batch, "batch");
    }

    /**
     * A record waiting for its batch: the stored form and, decoded, the record as decode forwarded it; or, for one
     * restored that no longer decodes, a null value and why.
     */
    private record Waiting(WaitingRecord stored, Record<String, Decoded> record, Throwable failure,
            RejectReason reason) {

        Waiting(WaitingRecord stored, Record<String, Decoded> record) {
            this(stored, record, null, null);
        }
    }

    @Override
    public void init(ProcessorContext<String, Outcome<Enriched>> context) {
        this.context = context;
        if (!batch.batched()) {
            return;
        }
        store = context.getStateStore(BATCH_STORE);
        // A task re-initialized after a crash, or taken over in a rebalance: what waits in the restored store
        // was consumed under committed offsets and not enriched; it goes in the first batch, before newer records.
        waiting.clear();
        try (KeyValueIterator<Long, byte[]> all = store.all()) {
            while (all.hasNext()) {
                KeyValue<Long, byte[]> entry = all.next();
                waiting.add(restored(WaitingRecord.decode(entry.value)));
            }
        }
        if (!waiting.isEmpty()) {
            LOG.info("enrich task {} restored {} records waiting for their batch", context.taskId(), waiting.size());
        }
        oldestSinceMs = context.currentSystemTimeMs();
        addedSinceCheck = 0;
        idleAtLastCheck = true;
        lastCheckMs = Long.MIN_VALUE;
        flushNanosSinceCheck = 0;
        punctuation = batch.flushWhenIdle()
                ? context.schedule(EnrichBatchSettings.IDLE_CHECK, PunctuationType.WALL_CLOCK_TIME, this::check)
                : context.schedule(batch.maxWait(), PunctuationType.WALL_CLOCK_TIME, now -> flush());
    }

    @Override
    public void process(Record<String, Decoded> record) {
        Optional<RecordMetadata> meta = context.recordMetadata();
        if (!batch.batched() || meta.isEmpty()) {
            enrichOne(record, meta);
            return;
        }
        Decoded decoded = record.value();
        WaitingRecord stored = new WaitingRecord(WaitingRecord.Source.of(meta.get()), record.timestamp(),
                record.headers(), decoded.originalKey(), decoded.originalValue());
        store.put(stored.source().offset(), stored.encode());
        if (waiting.isEmpty()) {
            oldestSinceMs = context.currentSystemTimeMs();
        }
        waiting.add(new Waiting(stored, record));
        addedSinceCheck++;
        if (waiting.size() >= batch.size()) {
            flush();
        }
    }

    @Override
    public void close() {
        // What still waits stays in the store; the commit that follows a suspension writes it to the changelog.
        if (punctuation != null) {
            punctuation.cancel();
            punctuation = null;
        }
        waiting.clear();
    }

    /**
     * The idle check, a wall-clock punctuation every {@link EnrichBatchSettings#IDLE_CHECK}. Kafka Streams runs due
     * punctuations after each processing pass of the stream thread (each task's next few buffered records), and polls
     * only when a pass processed nothing; it cannot run one while the thread waits in a poll. So what the task added
     * since the previous check says whether it still has records coming:
     * <ul>
     *   <li>none: the thread went on with other tasks or is about to poll, and this task's buffer is empty: waiting
     *       longer only adds latency;</li>
     *   <li>some, but the previous check found none: they came after a pause (a poll that returned new records), not
     *       from a backlog;</li>
     *   <li>some, but the thread was away for longer than {@link #PAUSE_MS} since the previous check, not counting
     *       this processor's own batches: it waited in a poll, so records come one poll at a time (one task a thread
     *       sees "some" at every check under light load);</li>
     *   <li>otherwise records keep coming pass after pass: a backlog, and the batch grows toward its size;
     *       {@code maxWait} bounds the wait in any case.</li>
     * </ul>
     * Other tasks' batches and the thread's commits also count as the thread being away, so under a backlog a batch
     * is sometimes enriched before it is full; the bench counts the sizes reached (docs/BENCHMARKS.md, s45).
     */
    private void check(long now) {
        boolean idle = addedSinceCheck == 0;
        long awayMs = lastCheckMs == Long.MIN_VALUE ? 0 : now - lastCheckMs - flushNanosSinceCheck / 1_000_000;
        boolean due = idle || idleAtLastCheck || awayMs > PAUSE_MS
                || now - oldestSinceMs >= batch.maxWait().toMillis();
        idleAtLastCheck = idle;
        addedSinceCheck = 0;
        flushNanosSinceCheck = 0;
        lastCheckMs = now;
        if (due) {
            flush();
        }
    }

    /** Enriches what waits, stage by stage over the list, then forwards or dead-letters each in offset order. */
    private void flush() {
        if (waiting.isEmpty()) {
            return;
        }
        long start = System.nanoTime();
        try {
            observer.enrichBatch(waiting.size());
        } catch (RuntimeException e) {
            // as for an article's metrics: not worth the batch
            LOG.warn("metrics failed for a batch of {}", waiting.size(), e);
        }
        List<Waiting> now = List.copyOf(waiting);
        waiting.clear();
        List<Article> articles = null;
        List<Waiting> enrichable = new ArrayList<>(now.size());
        List<RawArticle> raws = new ArrayList<>(now.size());
        for (Waiting w : now) {
            if (w.record().value() != null) {
                enrichable.add(w);
                raws.add(w.record().value().raw());
            }
        }
        try {
            articles = pipeline.processAll(raws);
        } catch (RuntimeException | StackOverflowError e) {
            // The pipeline itself broke on one of them: one at a time, so that only that record is dead-lettered.
            LOG.warn("batch of {} failed ({}); enriching its records one at a time", raws.size(), e.toString());
        }
        int next = 0;
        for (Waiting w : now) {
            Optional<RecordMetadata> source = Optional.of(w.stored().source());
            if (w.record().value() == null) {
                undecodable(w);
            } else if (articles == null) {
                next++;
                enrichOne(w.record(), source);
            } else {
                Article article = articles.get(next++);
                try {
                    // the check process(raw, limits) makes before its enrichers; they never change the text
                    limits.checkExtractedText(w.record().value().raw(), article.text());
                } catch (InvalidArticleException e) {
                    reject(w.record(), source, e.reason(), e);
                    continue;
                }
                emit(w.record(), source, article);
            }
        }
        for (Waiting w : now) {
            store.delete(w.stored().source().offset());
        }
        flushNanosSinceCheck += System.nanoTime() - start;
    }

    /** One record through the whole pipeline, as before batching. */
    private void enrichOne(Record<String, Decoded> record, Optional<RecordMetadata> source) {
        Decoded decoded = record.value();
        Article article;
        try {
            // The decoder let HTML markup through (bounded by the record limit); the body limit is on
            // its text, checked by the pipeline right after extraction, before any enricher runs.
            article = pipeline.process(decoded.raw(), limits);
        } catch (InvalidArticleException e) {
            reject(record, source, e.reason(), e);
            return;
        } catch (RuntimeException | StackOverflowError e) {
            // The pipeline isolates its stages; reaching here means the pipeline itself broke.
            reject(record, source, RejectReason.PROCESSING_FAILED, e);
            return;
        }
        emit(record, source, article);
    }

    private void emit(Record<String, Decoded> record, Optional<RecordMetadata> source, Article article) {
        byte[] bytes;
        long timestamp;
        try {
            bytes = Json.toBytes(article);
            timestamp = article.publishedAt() != null ? article.publishedAt().toEpochMilli() : record.timestamp();
        } catch (RuntimeException e) {
            reject(record, source, RejectReason.PROCESSING_FAILED, e);
            return;
        }
        if (bytes.length > maxOutputBytes) {
            // Checked here rather than left to the producer: under exactly-once a failed send poisons
            // the whole transaction, and the task would retry the same record for ever.
            reject(record, source, RejectReason.RECORD_TOO_LARGE, new RecordTooLargeException("enriched article is "
                    + bytes.length + " bytes, more than the output limit of " + maxOutputBytes
                    + " (twice newswire.max.record.bytes)"));
            return;
        }
        WaitingRecord.Source from = source.map(WaitingRecord.Source::of).orElse(null);
        context.forward(new Record<>(article.id(), new Outcome.Passed<>(new Enriched(article, bytes, from)),
                Math.max(0, timestamp), record.headers()));
        try {
            observer.enriched(article);
        } catch (RuntimeException e) {
            // Metrics are not worth a record: the article is written, only its measurement is lost.
            LOG.warn("metrics failed for article {}", article.id(), e);
        }
    }

    private void reject(Record<String, Decoded> record, Optional<RecordMetadata> source, RejectReason reason,
            Throwable cause) {
        Decoded decoded = record.value();
        Record<byte[], byte[]> letter = deadLetters.reject(source, decoded.originalKey(),
                decoded.originalValue(), record, reason, STAGE, cause);
        context.forward(record.withValue(new Outcome.Rejected<>(letter)));
    }

    /**
     * A stored record rebuilt after a restore: decoded again as the decode step did (the same bytes, timestamp and
     * limits give the same article). One that no longer decodes (the limits changed in between) is kept with why,
     * and dead-lettered as the decode step would have done when its batch runs.
     */
    private Waiting restored(WaitingRecord stored) {
        RawArticle raw = null;
        Throwable failure = null;
        RejectReason reason = null;
        try {
            raw = DecodeProcessor.decode(stored.value(), stored.timestamp(), limits);
        } catch (InvalidArticleException e) {
            failure = e;
            reason = e.reason();
        } catch (RuntimeException | StackOverflowError e) {
            failure = e;
            reason = RejectReason.PROCESSING_FAILED;
        }
        Decoded decoded = raw == null ? null : new Decoded(stored.key(), stored.value(), raw);
        return new Waiting(stored, new Record<>(raw == null ? null : raw.id(), decoded, stored.timestamp(),
                stored.headers()), failure, reason);
    }

    private void undecodable(Waiting w) {
        WaitingRecord stored = w.stored();
        Record<byte[], byte[]> letter = deadLetters.reject(Optional.of(stored.source()), stored.key(), stored.value(),
                w.record(), w.reason(), DecodeProcessor.STAGE, w.failure());
        context.forward(w.record().<String>withKey(null).withValue(new Outcome.Rejected<>(letter)));
    }
}
