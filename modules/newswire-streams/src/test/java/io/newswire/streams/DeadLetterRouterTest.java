package io.newswire.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.kafka.DeadLetterHeaders;
import io.newswire.kafka.PipelineObserver;
import io.newswire.model.InvalidArticleException;
import io.newswire.model.RejectReason;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.junit.jupiter.api.Test;

class DeadLetterRouterTest {

    private static final Instant NOW = Instant.parse("2026-11-29T09:30:00Z");
    private static final byte[] KEY = "k-1".getBytes(StandardCharsets.UTF_8);
    private static final byte[] VALUE = "{not json".getBytes(StandardCharsets.UTF_8);

    private final List<String> observed = new ArrayList<>();
    private final DeadLetterRouter router = new DeadLetterRouter(new PipelineObserver() {
        @Override
        public void deadLettered(RejectReason reason, String stage) {
            observed.add(reason + "/" + stage);
        }
    }, Clock.fixed(NOW, ZoneOffset.UTC));

    private static Headers producerHeaders() {
        RecordHeaders h = new RecordHeaders();
        h.add("trace-id", "abc".getBytes(StandardCharsets.UTF_8));
        // A stale header of ours, as on a record replayed from the dead-letter topic: replaced, not repeated.
        h.add(DeadLetterHeaders.REASON, "OLD".getBytes(StandardCharsets.UTF_8));
        return h;
    }

    @Test
    void shouldKeepOriginalBytesTimestampAndHeadersAndAddEveryDeadLetterHeaderWhenTheTopologyRejects() {
        Headers original = producerHeaders();
        Record<String, String> processing = new Record<>("id", "decoded", 1_234L, original);

        Record<byte[], byte[]> letter = router.reject(Optional.of(metadata("news.raw", 2, 41L)), KEY, VALUE,
                processing, RejectReason.MALFORMED_JSON, DecodeProcessor.STAGE,
                new InvalidArticleException(RejectReason.MALFORMED_JSON, "unexpected end of input"));

        assertThat(letter.key()).isEqualTo(KEY);
        assertThat(letter.value()).isEqualTo(VALUE);
        assertThat(letter.timestamp()).isEqualTo(1_234L);
        assertThat(new String(letter.headers().lastHeader("trace-id").value(), StandardCharsets.UTF_8))
                .isEqualTo("abc");
        assertThat(letter.headers().headers(DeadLetterHeaders.REASON)).hasSize(1);
        assertThat(DeadLetterHeaders.read(letter.headers())).containsExactlyInAnyOrderEntriesOf(Map.of(
                DeadLetterHeaders.REASON, "MALFORMED_JSON",
                DeadLetterHeaders.MESSAGE, "unexpected end of input",
                DeadLetterHeaders.STAGE, "decode",
                DeadLetterHeaders.EXCEPTION, InvalidArticleException.class.getName(),
                DeadLetterHeaders.SOURCE_TOPIC, "news.raw",
                DeadLetterHeaders.SOURCE_PARTITION, "2",
                DeadLetterHeaders.SOURCE_OFFSET, "41",
                DeadLetterHeaders.TIME, NOW.toString()));
        assertThat(new String(original.lastHeader(DeadLetterHeaders.REASON).value(), StandardCharsets.UTF_8))
                .as("the input record's headers are copied, not changed").isEqualTo("OLD");
        assertThat(observed).containsExactly("MALFORMED_JSON/decode");
    }

    @Test
    void shouldLeaveTheSourceHeadersOutWhenTheContextHasNoSourceRecord() {
        Record<byte[], byte[]> letter = router.reject(Optional.empty(), null, VALUE,
                new Record<>("id", "v", 0L), RejectReason.PROCESSING_FAILED, EnrichProcessor.STAGE,
                new IllegalStateException("broken"));

        Map<String, String> h = DeadLetterHeaders.read(letter.headers());
        assertThat(letter.key()).isNull();
        assertThat(h).containsEntry(DeadLetterHeaders.REASON, "PROCESSING_FAILED")
                .containsEntry(DeadLetterHeaders.STAGE, "enrich")
                .containsEntry(DeadLetterHeaders.SOURCE_TOPIC, null)
                .containsEntry(DeadLetterHeaders.SOURCE_PARTITION, null)
                .containsEntry(DeadLetterHeaders.SOURCE_OFFSET, null);
    }

    @Test
    void shouldSendTheSourceRawBytesToTheDeadLetterTopicWithTheSameHeadersWhenAnOutputFails() {
        ProducerRecord<byte[], byte[]> letter = router.failedOutput(handlerContext(producerHeaders()), "news.dlq",
                "news.enriched", RejectReason.RECORD_TOO_LARGE, DeadLetteringProductionHandler.STAGE_PRODUCE,
                new RecordTooLargeException("too large"));

        assertThat(letter.topic()).isEqualTo("news.dlq");
        assertThat(letter.partition()).isNull();
        assertThat(letter.key()).isEqualTo(KEY);
        assertThat(letter.value()).isEqualTo(VALUE);
        assertThat(new String(letter.headers().lastHeader("trace-id").value(), StandardCharsets.UTF_8))
                .isEqualTo("abc");
        assertThat(DeadLetterHeaders.read(letter.headers()))
                .containsEntry(DeadLetterHeaders.REASON, "RECORD_TOO_LARGE")
                .containsEntry(DeadLetterHeaders.MESSAGE, "too large")
                .containsEntry(DeadLetterHeaders.STAGE, "produce")
                .containsEntry(DeadLetterHeaders.EXCEPTION, RecordTooLargeException.class.getName())
                .containsEntry(DeadLetterHeaders.SOURCE_TOPIC, "news.raw")
                .containsEntry(DeadLetterHeaders.SOURCE_PARTITION, "1")
                .containsEntry(DeadLetterHeaders.SOURCE_OFFSET, "7")
                .containsEntry(DeadLetterHeaders.TIME, NOW.toString());
        assertThat(observed).as("the production handler cannot reach the app's observer").isEmpty();
    }

    private static RecordMetadata metadata(String topic, int partition, long offset) {
        return new RecordMetadata() {
            @Override
            public String topic() {
                return topic;
            }

            @Override
            public int partition() {
                return partition;
            }

            @Override
            public long offset() {
                return offset;
            }
        };
    }

    private static ErrorHandlerContext handlerContext(Headers headers) {
        return new ErrorHandlerContext() {
            @Override
            public String topic() {
                return "news.raw";
            }

            @Override
            public int partition() {
                return 1;
            }

            @Override
            public long offset() {
                return 7L;
            }

            @Override
            public Headers headers() {
                return headers;
            }

            @Override
            public String processorNodeId() {
                return NewswireTopology.ENRICHED_SINK;
            }

            @Override
            public TaskId taskId() {
                return new TaskId(0, 1);
            }

            @Override
            public long timestamp() {
                return 0L;
            }

            @Override
            public byte[] sourceRawKey() {
                return KEY;
            }

            @Override
            public byte[] sourceRawValue() {
                return VALUE;
            }
        };
    }
}
