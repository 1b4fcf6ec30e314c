package io.newswire.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link CanonicalInstants} must read every instant exactly as Jackson's own reader does: the canonical form
 * by its fast path, every other form (and every error) by handing it to Jackson's reader.
 */
class CanonicalInstantsTest {

    /** Json's mapper as it was before the fast path: the reference every answer is compared with. */
    private static final ObjectMapper JACKSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .build();

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-30T16:19:00Z", "2026-11-30T16:19:00.5Z", "2026-11-30T16:19:00.123Z",
        "2026-11-30T16:19:00.123456Z", "2026-11-30T16:19:00.123456789Z", "2026-11-30T16:19:00.000000001Z",
        "2024-02-29T23:59:59.999Z", "2000-02-29T00:00:00Z", "1970-01-01T00:00:00Z", "1969-12-31T23:59:59.9Z",
        "0000-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z", "1600-03-01T12:00:00.07Z"})
    void shouldReadLikeJacksonByFastPathWhenFormIsCanonical(String text) throws Exception {
        assertThat(CanonicalInstants.parse(text)).isEqualTo(Instant.parse(text));
        assertThat(Json.mapper().readValue(quoted(text), Instant.class))
                .isEqualTo(JACKSON.readValue(quoted(text), Instant.class));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-30t16:19:00Z", "2026-11-30T16:19:00z", "2026-11-30T16:19:00+01:00",
        "2026-11-30T16:19:00+00:00", "2026-11-30T16:19Z", "2026-11-30T24:00:00Z", "2026-06-30T23:59:60Z",
        "2026-02-29T10:00:00Z", "2026-04-31T10:00:00Z", "2026-13-01T10:00:00Z", "2026-11-30T16:60:00Z",
        "2026-11-30T16:19:00.Z", "2026-11-30T16:19:00.1234567890Z", " 2026-11-30T16:19:00Z",
        "2026-11-30T16:19:00Z ", "+12026-11-30T16:19:00Z", "-0001-11-30T16:19:00Z", "2026-11-30 16:19:00Z",
        "2026-11-30T16:19:00", "1700000000", "1700000000.5", "", "yesterday", "２０２６-11-30T16:19:00Z",
        "2026-1a-30T16:19:00Z", "2026-11-30T16:19:00,5Z"})
    void shouldReadOrRejectLikeJacksonWhenFormIsNotCanonical(String text) {
        assertThat(CanonicalInstants.parse(text)).isNull();
        assertThat(answer(Json.mapper(), quoted(text))).isEqualTo(answer(JACKSON, quoted(text)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1700000000123", "-5", "null", "[2026, 11]", "true"})
    void shouldReadOrRejectLikeJacksonWhenValueIsNotAString(String json) {
        assertThat(answer(Json.mapper(), json)).isEqualTo(answer(JACKSON, json));
    }

    @Test
    void shouldReadEveryInstantWrittenByToStringWhenYearHasFourDigits() {
        SplittableRandom random = new SplittableRandom(32);
        long max = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
        long min = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
        for (int i = 0; i < 20_000; i++) {
            int nanos = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1_000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1_000;
                default -> random.nextInt(1_000_000_000);
            };
            Instant instant = Instant.ofEpochSecond(random.nextLong(min, max + 1), nanos);
            assertThat(CanonicalInstants.parse(instant.toString())).as(instant.toString()).isEqualTo(instant);
        }
    }

    @Test
    void shouldDecodeIngestTimeOfRawRecordWhenStampedByProducer() throws Exception {
        Instant stamped = Instant.parse("2026-11-30T16:19:00.123456Z");
        byte[] json = Json.toBytes(RawArticle.builder("A body.").ingestedAt(stamped).build());
        assertThat(Json.decodeRaw(json, ArticleLimits.DEFAULT).ingestedAt()).isEqualTo(stamped);
        assertThat(new String(json, StandardCharsets.UTF_8)).contains("\"2026-11-30T16:19:00.123456Z\"");
    }

    @Test
    void shouldBeTheInstantReaderOfJsonWhenMapperIsBuilt() throws Exception {
        DefaultDeserializationContext context = ((DefaultDeserializationContext) Json.mapper()
                .getDeserializationContext()).createInstance(Json.mapper().getDeserializationConfig(), null, null);
        assertThat(context.findRootValueDeserializer(Json.mapper().constructType(Instant.class)))
                .isInstanceOf(CanonicalInstants.class);
    }

    private static String quoted(String text) {
        return '"' + text + '"';
    }

    /** The value read, or the error's class and message. */
    private static String answer(ObjectMapper mapper, String json) {
        try {
            return String.valueOf(mapper.readValue(json, Instant.class));
        } catch (Exception e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }
}
