package io.newswire.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * The headers every dead letter carries. The value is the original record, byte for byte; these
 * headers say why it was rejected and where it came from. Header names are part of the contract.
 */
public final class DeadLetterHeaders {

    public static final String REASON = "newswire.dlq.reason";
    public static final String MESSAGE = "newswire.dlq.message";
    public static final String STAGE = "newswire.dlq.stage";
    public static final String EXCEPTION = "newswire.dlq.exception";
    public static final String SOURCE_TOPIC = "newswire.dlq.source.topic";
    public static final String SOURCE_PARTITION = "newswire.dlq.source.partition";
    public static final String SOURCE_OFFSET = "newswire.dlq.source.offset";
    public static final String TIME = "newswire.dlq.time";

    /** Longest message kept in a header; exception messages can quote whole inputs. */
    private static final int MAX_MESSAGE_CHARS = 1_000;

    private DeadLetterHeaders() {
    }

    /** Adds the dead-letter headers to {@code headers}, replacing earlier ones of the same name. */
    public static Headers stamp(Headers headers, DeadLetter letter) {
        for (Map.Entry<String, String> e : letter.asMap().entrySet()) {
            headers.remove(e.getKey());
            if (e.getValue() != null) {
                headers.add(e.getKey(), e.getValue().getBytes(StandardCharsets.UTF_8));
            }
        }
        return headers;
    }

    /** Reads the dead-letter headers back; absent ones are {@code null}. */
    public static Map<String, String> read(Headers headers) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String name : new String[] {REASON, MESSAGE, STAGE, EXCEPTION, SOURCE_TOPIC, SOURCE_PARTITION,
                SOURCE_OFFSET, TIME}) {
            Header h = headers.lastHeader(name);
            out.put(name, h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8));
        }
        return out;
    }

    /** One rejection: why, in which stage, and where the record came from. */
    public record DeadLetter(String reason, String message, String stage, String exception, String sourceTopic,
            Integer sourcePartition, Long sourceOffset, Instant time) {

        Map<String, String> asMap() {
            Map<String, String> m = new LinkedHashMap<>();
            m.put(REASON, reason);
            m.put(MESSAGE, message == null ? null
                    : message.length() <= MAX_MESSAGE_CHARS ? message : message.substring(0, MAX_MESSAGE_CHARS) + "...");
            m.put(STAGE, stage);
            m.put(EXCEPTION, exception);
            m.put(SOURCE_TOPIC, sourceTopic);
            m.put(SOURCE_PARTITION, sourcePartition == null ? null : sourcePartition.toString());
            m.put(SOURCE_OFFSET, sourceOffset == null ? null : sourceOffset.toString());
            m.put(TIME, time == null ? null : time.toString());
            return m;
        }
    }
}
