package io.newswire.streams;

import io.newswire.kafka.DeadLetterHeaders.DeadLetter;
import io.newswire.kafka.DeadLetterHeaders;
import io.newswire.kafka.PipelineObserver;
import io.newswire.model.RejectReason;
import java.time.Instant;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.slf4j.Logger;

/** Routes one record to the dead-letter sink: original bytes, original headers, plus ours. */
final class DeadLetters {

    private DeadLetters() {
    }

    static void forward(ProcessorContext<Object, Object> context, String dlqChild, byte[] key, byte[] value,
            Record<?, ?> record, RejectReason reason, String stage, Throwable cause, PipelineObserver observer,
            Logger log) {
        RecordMetadata meta = context.recordMetadata().orElse(null);
        DeadLetter letter = new DeadLetter(reason.name(), cause.getMessage(), stage, cause.getClass().getName(),
                meta == null ? null : meta.topic(), meta == null ? null : meta.partition(),
                meta == null ? null : meta.offset(), Instant.now());
        // Copy the headers: the input record's header object may be shared with other children.
        RecordHeaders headers = new RecordHeaders(record.headers().toArray());
        DeadLetterHeaders.stamp(headers, letter);
        log.warn("dead-lettered record {}-{}@{} in stage {}: {} ({})",
                letter.sourceTopic(), letter.sourcePartition(), letter.sourceOffset(), stage, reason,
                letter.message());
        observer.deadLettered(reason, stage);
        context.forward(new Record<Object, Object>(key, value, record.timestamp(), headers), dlqChild);
    }
}
