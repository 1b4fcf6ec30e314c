package io.newswire.streams;

import static java.util.Objects.requireNonNull;

import io.newswire.kafka.DeadLetterHeaders;
import io.newswire.kafka.DeadLetterHeaders.DeadLetter;
import io.newswire.kafka.PipelineObserver;
import io.newswire.model.RejectReason;
import java.time.Clock;
import java.util.Optional;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds every dead letter the app writes, so that they all look alike (README, "Dead letters"):
 * the original key and value byte for byte, the source record's headers, plus the
 * {@link DeadLetterHeaders} saying why (reason, message, exception), where (stage) and from which
 * source record (topic, partition, offset), and when. Two callers: the topology's processors, for a
 * record that fails to decode or to enrich ({@link #reject}); and
 * {@link DeadLetteringProductionHandler}, for an output the producer could not write
 * ({@link #failedOutput}). Each dead letter is logged once here, at WARN. Thread-safe.
 */
final class DeadLetterRouter {

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterRouter.class);

    private final PipelineObserver observer;
    private final Clock clock;

    /**
     * @param observer told of every dead letter built by {@link #reject}
     * @param clock    the time stamped in {@link DeadLetterHeaders#TIME}
     */
    DeadLetterRouter(PipelineObserver observer, Clock clock) {
        this.observer = requireNonNull(observer, "observer");
        this.clock = requireNonNull(clock, "clock");
    }

    /**
     * The dead letter of a record that the topology rejected.
     *
     * @param source the source record's topic, partition and offset, when the context knows them
     * @param key    the original key, unchanged
     * @param value  the original value, unchanged
     * @param record the record being processed: its timestamp and headers go with the letter
     */
    Record<byte[], byte[]> reject(Optional<RecordMetadata> source, byte[] key, byte[] value, Record<?, ?> record,
            RejectReason reason, String stage, Throwable cause) {
        RecordMetadata meta = source.orElse(null);
        DeadLetter letter = letter(reason, stage, cause, meta == null ? null : meta.topic(),
                meta == null ? null : meta.partition(), meta == null ? null : meta.offset());
        Headers headers = stamped(record.headers(), letter);
        LOG.warn("dead-lettered record {}-{}@{} in stage {}: {} ({})", letter.sourceTopic(), letter.sourcePartition(),
                letter.sourceOffset(), stage, reason, letter.message());
        observer.deadLettered(reason, stage);
        return new Record<>(key, value, record.timestamp(), headers);
    }

    /**
     * The dead letter of a source record whose output to {@code outputTopic} could not be written:
     * the source record's raw key and value, to {@code deadLetterTopic}. Not observed: Kafka builds
     * the production handler from its class name, out of reach of the app's observer.
     */
    ProducerRecord<byte[], byte[]> failedOutput(ErrorHandlerContext context, String deadLetterTopic,
            String outputTopic, RejectReason reason, String stage, Exception exception) {
        LOG.warn("dead-lettered {}-{}@{}: output to {} failed in stage {}: {}", context.topic(), context.partition(),
                context.offset(), outputTopic, stage, exception.toString());
        DeadLetter letter = letter(reason, stage, exception, context.topic(), context.partition(), context.offset());
        return new ProducerRecord<>(deadLetterTopic, null, context.sourceRawKey(), context.sourceRawValue(),
                stamped(context.headers(), letter));
    }

    private DeadLetter letter(RejectReason reason, String stage, Throwable cause, String topic, Integer partition,
            Long offset) {
        return new DeadLetter(reason.name(), cause.getMessage(), stage, cause.getClass().getName(), topic, partition,
                offset, clock.instant());
    }

    /** A copy: the input record's header object may be shared with other children. */
    private static Headers stamped(Headers original, DeadLetter letter) {
        return DeadLetterHeaders.stamp(new RecordHeaders(original.toArray()), letter);
    }
}
