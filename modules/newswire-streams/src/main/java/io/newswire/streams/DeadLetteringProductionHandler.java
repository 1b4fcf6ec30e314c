package io.newswire.streams;

import io.newswire.kafka.PipelineObserver;
import io.newswire.model.RejectReason;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;

/**
 * The last line of defence when an output record cannot be written (not serializable, rejected by
 * the broker): the source record goes to the dead-letter topic with its original bytes and the
 * reason, instead of Kafka's default of failing the app. Retriable errors are retried. Uses Kafka
 * Streams' dead-letter support ({@code errors.dead.letter.queue.topic.name}).
 *
 * <p>Under exactly-once a send that fails poisons the open transaction whatever this handler says,
 * so the known cause, an enriched article larger than the topic allows, is caught earlier, in the
 * enrich processor; this handler covers serialization errors and at-least-once deployments. The
 * dead letter is built by {@link DeadLetterRouter}, like every other.
 */
public final class DeadLetteringProductionHandler implements ProductionExceptionHandler {

    static final String STAGE_PRODUCE = "produce";
    static final String STAGE_SERIALIZE = "serialize";

    /** Kafka builds this handler from its class name, out of reach of the app's observer. */
    private final DeadLetterRouter deadLetters = new DeadLetterRouter(PipelineObserver.NOOP, Clock.systemUTC());
    private String deadLetterTopic;

    @Override
    public void configure(Map<String, ?> configs) {
        Object topic = configs.get(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG);
        if (topic == null || topic.toString().isBlank()) {
            throw new IllegalStateException(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG
                    + " must name the dead-letter topic");
        }
        this.deadLetterTopic = topic.toString();
    }

    @Override
    public Response handleError(ErrorHandlerContext context, ProducerRecord<byte[], byte[]> record,
            Exception exception) {
        if (exception instanceof RetriableException) {
            return Response.retry();
        }
        RejectReason reason = exception instanceof RecordTooLargeException
                ? RejectReason.RECORD_TOO_LARGE : RejectReason.PROCESSING_FAILED;
        return Response.resume(List.of(deadLetter(context, record.topic(), reason, STAGE_PRODUCE, exception)));
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Response handleSerializationError(ErrorHandlerContext context, ProducerRecord record, Exception exception,
            SerializationExceptionOrigin origin) {
        return Response.resume(List.of(deadLetter(context, record.topic(), RejectReason.PROCESSING_FAILED,
                STAGE_SERIALIZE, exception)));
    }

    private ProducerRecord<byte[], byte[]> deadLetter(ErrorHandlerContext context, String outputTopic,
            RejectReason reason, String stage, Exception exception) {
        return deadLetters.failedOutput(context, deadLetterTopic, outputTopic, reason, stage, exception);
    }
}
