package io.newswire.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newswire.enrich.api.Pipeline;
import io.newswire.enrich.api.PipelineOptions;
import io.newswire.enrich.api.Pipelines;
import io.newswire.kafka.DeadLetterHeaders;
import io.newswire.kafka.NewswireConfig;
import io.newswire.model.Article;
import io.newswire.model.InvalidArticleException;
import io.newswire.model.Json;
import io.newswire.model.RejectReason;
import io.newswire.ops.MetricsObserver;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The promise under hostile input, through the real topology: every record read from the raw
 * topic yields exactly one record, in the enriched topic or the dead-letter topic, before the next
 * record is read; what the decoder accepts is enriched, what it rejects is dead-lettered byte for
 * byte with its reason, and nothing stalls or kills the task.
 */
class HostileInputTopologyTest {

    /** Small limits, so that the size checks are exercised with small records; one record at a time. */
    private static final NewswireConfig CONFIG = NewswireConfig.from(Map.of(
            "bootstrap.servers", "unused:9092", NewswireConfig.ENRICH_BATCH_SIZE, "1",
            NewswireConfig.MAX_RECORD_BYTES, "4096",
            NewswireConfig.MAX_BODY_CHARS, "1000"));
    private static final Instant T0 = Instant.parse("2026-05-13T08:00:00Z");
    private static final Pipeline PIPELINE = Pipelines.standard(
            PipelineOptions.defaults().withClock(Clock.fixed(T0, ZoneOffset.UTC)));

    private record Io(TopologyTestDriver driver, TestInputTopic<byte[], byte[]> raw,
            TestOutputTopic<String, byte[]> enriched, TestOutputTopic<byte[], byte[]> dlq,
            SimpleMeterRegistry registry) implements AutoCloseable {

        static Io open() {
            Properties p = StreamsApp.streamsProperties(CONFIG);
            p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.AT_LEAST_ONCE);
            SimpleMeterRegistry registry = new SimpleMeterRegistry();
            TopologyTestDriver driver = new TopologyTestDriver(
                    NewswireTopology.build(CONFIG, PIPELINE, new MetricsObserver(registry)), p);
            var t = CONFIG.topics();
            return new Io(driver,
                    driver.createInputTopic(t.raw().name(), t.dlq().keySerde().serializer(),
                            t.raw().valueSerde().serializer()),
                    driver.createOutputTopic(t.enriched().name(), t.enriched().keySerde().deserializer(),
                            new org.apache.kafka.common.serialization.ByteArrayDeserializer()),
                    driver.createOutputTopic(t.dlq().name(), t.dlq().keySerde().deserializer(),
                            t.dlq().valueSerde().deserializer()),
                    registry);
        }

        @Override
        public void close() {
            driver.close();
        }
    }

    /** Feeds records one at a time and checks that each produced exactly one output, where the decoder says. */
    private static void assertEachRecordEndsOnceWhereTheDecoderSays(List<byte[]> values) {
        try (Io io = Io.open()) {
            int enriched = 0;
            int dead = 0;
            for (int i = 0; i < values.size(); i++) {
                byte[] value = values.get(i);
                byte[] key = ("k" + i).getBytes(StandardCharsets.UTF_8);
                io.raw().pipeInput(new TestRecord<>(key, value, T0));

                List<TestRecord<String, byte[]>> out = io.enriched().readRecordsToList();
                List<TestRecord<byte[], byte[]>> dlq = io.dlq().readRecordsToList();
                assertThat(out.size() + dlq.size()).as("outputs of record %d", i).isEqualTo(1);
                RejectReason expected = expectedReason(value);
                if (expected == null) {
                    assertThat(out).as("record %d is enriched", i).hasSize(1);
                    Article a = Json.readArticle(out.get(0).value());
                    assertThat(out.get(0).key()).isEqualTo(a.id());
                    assertThat(out.get(0).value().length).isLessThanOrEqualTo(CONFIG.limits().maxOutputBytes());
                    enriched++;
                } else {
                    assertThat(dlq).as("record %d is dead-lettered", i).hasSize(1);
                    TestRecord<byte[], byte[]> letter = dlq.get(0);
                    assertThat(letter.key()).isEqualTo(key);
                    assertThat(letter.value()).isEqualTo(value);
                    assertThat(DeadLetterHeaders.read(letter.headers()))
                            .containsEntry(DeadLetterHeaders.REASON, expected.name())
                            .containsEntry(DeadLetterHeaders.SOURCE_OFFSET, Integer.toString(i));
                    dead++;
                }
            }
            assertThat(io.registry().get("newswire.articles.in").counter().count()).isEqualTo(values.size());
            assertThat(io.registry().get("newswire.articles.out").counter().count()).isEqualTo(enriched);
            assertThat(enriched + dead).isEqualTo(values.size());
        }
    }

    /** The decoder's verdict, the one place that decides what is rejected. */
    private static RejectReason expectedReason(byte[] value) {
        try {
            Json.decodeRaw(value, CONFIG.limits());
            return null;
        } catch (InvalidArticleException e) {
            return e.reason();
        }
    }

    @Property(tries = 60)
    void shouldRouteEveryRecordExactlyOnceInOrderWhenGoodAndHostileRecordsAreMixed(
            @ForAll("mixedRecords") List<byte[]> values) {
        assertEachRecordEndsOnceWhereTheDecoderSays(values);
    }

    @Provide
    Arbitrary<List<byte[]>> mixedRecords() {
        Arbitrary<byte[]> good = Arbitraries.of(GOOD).map(s -> s.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> hostile = Arbitraries.of(HOSTILE).map(s -> s.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> randomBytes = Arbitraries.bytes().array(byte[].class).ofMaxSize(200);
        Arbitrary<byte[]> special = Arbitraries.of(SPECIAL.toArray(new byte[0][]));
        Arbitrary<byte[]> goodWithRandomText = Arbitraries.strings().ofMinLength(1).ofMaxLength(300)
                .map(s -> Json.toBytes(Map.of("body", s, "title", s.substring(0, Math.min(5, s.length())))));
        return Arbitraries.frequencyOf(Tuple.of(4, good), Tuple.of(3, hostile), Tuple.of(1, randomBytes),
                Tuple.of(1, special), Tuple.of(2, goodWithRandomText)).list().ofMinSize(1).ofMaxSize(25);
    }

    private static final List<String> GOOD = List.of(
            "{\"body\": \"TEHRAN, May 13 (Reuters) - Talks resumed in the capital on Tuesday.\"}",
            "{\"url\": \"https://example.org/a?utm_source=x\", \"title\": \"Wahl in Köln\", "
                    + "\"body\": \"KÖLN, 3. Mai (dpa) - Die Stadt wählt.\", \"publishedAt\": \"3 May 2026\"}",
            "{\"body\": \"<html><body><article><p>LIMA, 1 abr (EFE).- Un sismo sacudió la capital.</p></article>"
                    + "</body></html>\", \"format\": \"html\"}",
            "{\"body\": \"القاهرة، 5 مايو (رويترز) - قال مسؤولون إن المحادثات مستمرة.\", \"unknown\": [1, {\"x\": null}]}",
            "{\"body\": \"東京、5月3日 — 政府は新しい対策を発表した。\", \"language\": 12, \"title\": 2026}",
            "{\"body\": \"Familie 👩\u200d👩\u200d👧\u200d👦 im Park \u202eRTL\u202c und e\u0301.\"}",
            "{\"body\": \"Berlin\\u0000Mitte \\ud800 halbes Paar.\", \"title\": \"\\udc00\"}",
            // Extreme but decodable times: the metrics and the normalizer must cope.
            "{\"body\": \"Alte Zeit.\", \"ingestedAt\": \"0001-01-01T00:00:00Z\"}",
            "{\"body\": \"Ferne Zeit.\", \"ingestedAt\": \"+1000000000-12-31T23:59:59Z\"}",
            "{\"body\": \"Weit zurück.\", \"ingestedAt\": \"-1000000000-01-01T00:00:00Z\"}",
            "{\"body\": \"Datum kaputt.\", \"publishedAt\": \"+999999999-12-31T23:59:59Z\"}",
            "{\"body\": \"Zahl als Datum.\", \"publishedAt\": 1267650600228229401496703205376}",
            "{\"body\": \"Epoch.\", \"publishedAt\": \"0\", \"ingestedAt\": 0}",
            "{\"id\": \"story-ĳ-東京-42\", \"body\": \"Eigene Id.\"}",
            "{\"body\": \"" + "Sehr lang. ".repeat(90) + "\"}");

    private static final List<String> HOSTILE = List.of(
            "{\"body\": \"unterminated",
            "[{\"body\": \"in an array\"}]",
            "{\"body\": 42}",
            "{\"body\": \"a\", \"body\": \"b\"}",
            "{\"body\": \"\\u0000\\u200b\"}",
            "{\"title\": \"no body\"}",
            "{\"body\": \"x\", \"schemaVersion\": 1.5}",
            "{\"body\": \"x\", \"schemaVersion\": 2}",
            "{\"body\": \"x\", \"ingestedAt\": 1e400}",
            "{\"body\": \"x\", \"url\": \"javascript:alert(1)\"}",
            "{\"body\": \"x\", \"n\": " + "[".repeat(2_000) + "]".repeat(2_000) + "}",
            "{\"body\": \"" + "x".repeat(1_001) + "\"}",
            "{\"body\": \"" + "x".repeat(5_000) + "\"}",
            "{\"id\": \"\\u0000\\ud800 weird id\", \"body\": \"Eigene Id.\"}",
            "null", "", "   ", "\u0000");

    private static final List<byte[]> SPECIAL = List.of(
            new byte[] {'{', '"', 'b', 'o', 'd', 'y', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'},
            new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '"', 'b', 'o', 'd', 'y', '"', ':', '"', 'B', 'O',
                'M', '"', '}'},
            utf16WithBom("{\"body\": \"Αθήνα — UTF-16 με BOM.\"}"),
            new byte[] {(byte) 0xFE, (byte) 0xFF, 0},
            new byte[0]);

    private static byte[] utf16WithBom(String s) {
        byte[] be = s.getBytes(StandardCharsets.UTF_16BE);
        byte[] out = new byte[be.length + 2];
        out[0] = (byte) 0xFE;
        out[1] = (byte) 0xFF;
        System.arraycopy(be, 0, out, 2, be.length);
        return out;
    }

    static Stream<Arguments> everyCase() {
        List<Arguments> all = new ArrayList<>();
        GOOD.forEach(s -> all.add(Arguments.of("good: " + abbreviate(s), s.getBytes(StandardCharsets.UTF_8))));
        HOSTILE.forEach(s -> all.add(Arguments.of("hostile: " + abbreviate(s), s.getBytes(StandardCharsets.UTF_8))));
        for (int i = 0; i < SPECIAL.size(); i++) {
            all.add(Arguments.of("special #" + i, SPECIAL.get(i)));
        }
        all.add(Arguments.of("null value (a tombstone)", null));
        return all.stream();
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "...";
    }

    /** Each case alone and then followed by a good record, so a case that stalled the task would show. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("everyCase")
    void shouldRouteTheRecordAndKeepGoingWhenItIsFollowedByAGoodOne(String name, byte[] value) {
        assertEachRecordEndsOnceWhereTheDecoderSays(Arrays.asList(value, GOOD.get(0).getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyCase")
    void shouldNeverDeadLetterADecodableRecordWhenItIsOdd(String name, byte[] value) {
        RejectReason expected = expectedReason(value);
        if (name.startsWith("good: ")) {
            assertThat(expected).as("the good cases decode").isNull();
        } else if (name.startsWith("hostile: ")) {
            assertThat(expected).as("the hostile cases are rejected").isNotNull();
        }
        assertEachRecordEndsOnceWhereTheDecoderSays(Arrays.asList(value));
    }
}
