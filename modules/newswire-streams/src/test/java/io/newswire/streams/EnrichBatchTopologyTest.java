package io.newswire.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.enrich.ArticlePipeline;
import io.newswire.enrich.api.Pipeline;
import io.newswire.enrich.normalize.StandardNormalizer;
import io.newswire.kafka.DeadLetterHeaders;
import io.newswire.kafka.DuplicatesSettings;
import io.newswire.kafka.NewswireConfig;
import io.newswire.kafka.PipelineObserver;
import io.newswire.model.Article;
import io.newswire.model.ContentFormat;
import io.newswire.model.Json;
import io.newswire.model.RawArticle;
import io.newswire.model.RejectReason;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Batched enrichment through the real topology ({@code newswire.enrich.batch.size} over 1): records wait in the
 * enrich task's store until the batch is full or the wall clock passes {@code max.wait.ms}, come out in their order
 * and as one at a time would give them, and a bad record in a batch is dead-lettered alone, with its own offset.
 */
class EnrichBatchTopologyTest {

    private static final Instant T0 = Instant.parse("2026-05-13T08:00:00Z");
    /** A body the failing pipeline below breaks on, as a pipeline bug would on one article. */
    private static final String POISON = "Poison pill";

    private static NewswireConfig config(int size, long waitMs, String... more) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("bootstrap.servers", "unused:9092");
        s.put(NewswireConfig.ENRICH_BATCH_SIZE, Integer.toString(size));
        s.put(NewswireConfig.ENRICH_BATCH_MAX_WAIT_MS, Long.toString(waitMs));
        for (int i = 0; i < more.length; i += 2) {
            s.put(more[i], more[i + 1]);
        }
        return NewswireConfig.from(s);
    }

    /** Batches also enriched when their task has nothing more to process (newswire.enrich.batch.flush.when.idle). */
    private static NewswireConfig whenIdle(int size, long waitMs) {
        return config(size, waitMs, NewswireConfig.ENRICH_BATCH_FLUSH_WHEN_IDLE, "true");
    }

    private static final ArticlePipeline PIPELINE = new ArticlePipeline("test", new StandardNormalizer(), List.of(),
            Clock.fixed(T0, ZoneOffset.UTC));

    /** The pipeline above, broken (throwing out of the pipeline, not out of a stage) on one body. */
    private static final Pipeline FAILING = new Pipeline() {
        @Override
        public String version() {
            return PIPELINE.version();
        }

        @Override
        public List<String> stageNames() {
            return PIPELINE.stageNames();
        }

        @Override
        public Article process(RawArticle raw) {
            if (raw.body().contains(POISON)) {
                throw new IllegalStateException("pipeline bug");
            }
            return PIPELINE.process(raw);
        }
    };

    private record Io(TopologyTestDriver driver, TestInputTopic<String, byte[]> raw,
            TestOutputTopic<String, byte[]> enriched, TestOutputTopic<byte[], byte[]> dlq) implements AutoCloseable {

        static Io open(NewswireConfig config, Pipeline pipeline) {
            Properties p = StreamsApp.streamsProperties(config);
            p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.AT_LEAST_ONCE);
            TopologyTestDriver driver = new TopologyTestDriver(
                    NewswireTopology.build(config, pipeline, PipelineObserver.NOOP), p, T0);
            var t = config.topics();
            return new Io(driver,
                    driver.createInputTopic(t.raw().name(), t.raw().keySerde().serializer(),
                            t.raw().valueSerde().serializer()),
                    driver.createOutputTopic(t.enriched().name(), t.enriched().keySerde().deserializer(),
                            new ByteArrayDeserializer()),
                    driver.createOutputTopic(t.dlq().name(), t.dlq().keySerde().deserializer(),
                            t.dlq().valueSerde().deserializer()));
        }

        KeyValueStore<Long, byte[]> waiting() {
            return driver.getKeyValueStore(EnrichProcessor.BATCH_STORE);
        }

        @Override
        public void close() {
            driver.close();
        }
    }

    private static byte[] raw(int i, String body) {
        return Json.toBytes(RawArticle.builder(body).url("https://news.example.org/story/" + i).title("Story " + i)
                .ingestedAt(T0).build());
    }

    /** Stories in several languages and scripts, one a record. */
    private static final List<String> BODIES = List.of(
            "Zürich, 3 März – Die Regierung hat „Reformen“ angekündigt.",
            "MADRID, 12 may (EFE) - El Gobierno aprobó hoy el presupuesto de la región.",
            "Москва, 4 апреля — Правительство объявило о новых мерах поддержки.",
            "NAIROBI, May 12 (Reuters) - Kenya's central bank held its main lending rate on Tuesday.",
            "PARIS, 2 juin (AFP) - Le Premier ministre a présenté son plan pour l'école.",
            "東京、5月13日 — 政府は新たな経済対策を発表した。",
            "WARSZAWA, 7 maja (PAP) - Sejm przyjął ustawę o ochronie środowiska.");

    private static List<TestRecord<String, byte[]>> pipeAll(Io io) {
        for (int i = 0; i < BODIES.size(); i++) {
            io.raw().pipeInput(new TestRecord<>("k" + i, raw(i, BODIES.get(i)), new RecordHeaders(),
                    T0.plusSeconds(i)));
        }
        io.driver().advanceWallClockTime(Duration.ofSeconds(1));
        return io.enriched().readRecordsToList();
    }

    @Test
    void shouldEnrichBatchWhenSizeRecordsWait() {
        try (Io io = Io.open(config(4, 1_000), PIPELINE)) {
            for (int i = 0; i < 3; i++) {
                io.raw().pipeInput("k" + i, raw(i, BODIES.get(i)));
            }
            assertThat(io.enriched().isEmpty()).isTrue();
            assertThat(io.waiting().approximateNumEntries()).isEqualTo(3);

            io.raw().pipeInput("k3", raw(3, BODIES.get(3)));

            assertThat(io.enriched().readRecordsToList()).extracting(r -> Json.readArticle(r.value()).title())
                    .containsExactly("Story 0", "Story 1", "Story 2", "Story 3");
            assertThat(io.waiting().approximateNumEntries()).isZero();
        }
    }

    @Test
    void shouldEnrichWaitingRecordsWhenMaxWaitPasses() {
        try (Io io = Io.open(config(16, 20), PIPELINE)) {
            io.raw().pipeInput("k0", raw(0, BODIES.get(0)));
            io.raw().pipeInput("k1", raw(1, BODIES.get(1)));
            io.driver().advanceWallClockTime(Duration.ofMillis(5));
            assertThat(io.enriched().isEmpty()).isTrue();

            io.driver().advanceWallClockTime(Duration.ofMillis(20));

            assertThat(io.enriched().readRecordsToList()).extracting(r -> Json.readArticle(r.value()).title())
                    .containsExactly("Story 0", "Story 1");
            assertThat(io.waiting().approximateNumEntries()).isZero();
        }
    }

    // With flush.when.idle, TopologyTestDriver plays the stream thread: each advanceWallClockTime is one idle check,
    // run after the records piped before it as Kafka Streams runs due punctuations after a processing pass.

    @Test
    void shouldEnrichRecordAtOnceWhenItComesAfterAPause() {
        try (Io io = Io.open(whenIdle(16, 1_000), PIPELINE)) {
            io.raw().pipeInput("k0", raw(0, BODIES.get(0)));

            io.driver().advanceWallClockTime(Duration.ofMillis(1));

            assertThat(io.enriched().readRecordsToList()).extracting(r -> Json.readArticle(r.value()).title())
                    .containsExactly("Story 0");
            assertThat(io.waiting().approximateNumEntries()).isZero();
        }
    }

    @Test
    void shouldGrowBatchWhileRecordsKeepComingAndEnrichItWhenTheTaskFindsNoneNew() {
        try (Io io = Io.open(whenIdle(16, 1_000), PIPELINE)) {
            io.raw().pipeInput("k0", raw(0, BODIES.get(0)));
            io.driver().advanceWallClockTime(Duration.ofMillis(1));
            assertThat(io.enriched().readRecordsToList()).hasSize(1);

            // records at every check, a millisecond apart: a backlog, so the batch grows
            io.raw().pipeInput("k1", raw(1, BODIES.get(1)));
            io.raw().pipeInput("k2", raw(2, BODIES.get(2)));
            io.driver().advanceWallClockTime(Duration.ofMillis(1));
            io.raw().pipeInput("k3", raw(3, BODIES.get(3)));
            io.driver().advanceWallClockTime(Duration.ofMillis(1));
            assertThat(io.enriched().isEmpty()).isTrue();
            assertThat(io.waiting().approximateNumEntries()).isEqualTo(3);

            io.driver().advanceWallClockTime(Duration.ofMillis(1));

            assertThat(io.enriched().readRecordsToList()).extracting(r -> Json.readArticle(r.value()).title())
                    .containsExactly("Story 1", "Story 2", "Story 3");
            assertThat(io.waiting().approximateNumEntries()).isZero();
        }
    }

    @Test
    void shouldEnrichWaitingRecordsWhenTheThreadWasAwayLongerThanAPause() {
        try (Io io = Io.open(whenIdle(16, 1_000), PIPELINE)) {
            io.raw().pipeInput("k0", raw(0, BODIES.get(0)));
            io.driver().advanceWallClockTime(Duration.ofMillis(1));
            io.raw().pipeInput("k1", raw(1, BODIES.get(1)));
            io.driver().advanceWallClockTime(Duration.ofMillis(1));
            io.enriched().readRecordsToList();
            assertThat(io.waiting().approximateNumEntries()).isEqualTo(1);

            // one task on its thread under light load: a record at every check, the thread in a poll in between
            io.raw().pipeInput("k2", raw(2, BODIES.get(2)));
            io.driver().advanceWallClockTime(Duration.ofMillis(500));

            assertThat(io.enriched().readRecordsToList()).extracting(r -> Json.readArticle(r.value()).title())
                    .containsExactly("Story 1", "Story 2");
        }
    }

    @Test
    void shouldEnrichWaitingRecordsWhenMaxWaitPassesWhileRecordsKeepComing() {
        try (Io io = Io.open(whenIdle(16, 5), PIPELINE)) {
            io.raw().pipeInput("k0", raw(0, BODIES.get(0)));
            io.driver().advanceWallClockTime(Duration.ofMillis(1));
            io.enriched().readRecordsToList();
            for (int i = 1; i <= 4; i++) {
                io.raw().pipeInput("k" + i, raw(i, BODIES.get(i)));
                io.driver().advanceWallClockTime(Duration.ofMillis(1));
            }
            assertThat(io.enriched().isEmpty()).isTrue();

            io.raw().pipeInput("k5", raw(5, BODIES.get(5)));
            io.driver().advanceWallClockTime(Duration.ofMillis(1));

            assertThat(io.enriched().readRecordsToList()).extracting(r -> Json.readArticle(r.value()).title())
                    .containsExactly("Story 1", "Story 2", "Story 3", "Story 4", "Story 5");
        }
    }

    @Test
    void shouldReportEachBatchSizeToTheObserverWhenBatchesRun() {
        List<Integer> sizes = new ArrayList<>();
        NewswireConfig config = config(3, 1_000);
        Properties p = StreamsApp.streamsProperties(config);
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.AT_LEAST_ONCE);
        PipelineObserver observer = new PipelineObserver() {
            @Override
            public void enrichBatch(int size) {
                sizes.add(size);
            }
        };
        try (TopologyTestDriver driver = new TopologyTestDriver(NewswireTopology.build(config, PIPELINE, observer), p,
                T0)) {
            var raw = driver.createInputTopic(config.topics().raw().name(), config.topics().raw().keySerde().serializer(),
                    config.topics().raw().valueSerde().serializer());
            for (int i = 0; i < 5; i++) {
                raw.pipeInput("k" + i, raw(i, BODIES.get(i)));
            }
            driver.advanceWallClockTime(Duration.ofSeconds(1));
        }
        assertThat(sizes).containsExactly(3, 2);
    }

    @ParameterizedTest
    @CsvSource({"2, false", "3, false", "16, false", "3, true", "16, true"})
    void shouldGiveWhatOneAtATimeGivesInItsOrderWhenBatched(int size, boolean whenIdle) {
        List<TestRecord<String, byte[]>> single;
        try (Io io = Io.open(config(1, 20), PIPELINE)) {
            single = pipeAll(io);
        }
        try (Io io = Io.open(whenIdle ? whenIdle(size, 20) : config(size, 20), PIPELINE)) {
            List<TestRecord<String, byte[]>> batched = pipeAll(io);

            assertThat(batched).hasSize(BODIES.size());
            for (int i = 0; i < BODIES.size(); i++) {
                assertThat(batched.get(i).key()).isEqualTo(single.get(i).key());
                assertThat(untimed(batched.get(i).value())).isEqualTo(untimed(single.get(i).value()));
                assertThat(batched.get(i).timestamp()).isEqualTo(single.get(i).timestamp());
            }
        }
    }

    /** The output JSON without the stages' clock readings, the one thing two runs may differ in. */
    private static String untimed(byte[] json) {
        return new String(json, StandardCharsets.UTF_8).replaceAll("\"micros\":\\d+", "\"micros\":0");
    }

    @Test
    void shouldKeepTodaysTopologyWithNoStoreWhenBatchSizeIsOne() {
        NewswireConfig plain = NewswireConfig.from(Map.of("bootstrap.servers", "unused:9092"));
        assertThat(plain.enrichBatch().size()).isEqualTo(32);
        String batched = NewswireTopology.build(plain, PIPELINE).describe().toString();
        // the store is all batching adds to the topology: without it, the description of size 1
        assertThat(batched).contains(EnrichProcessor.BATCH_STORE);
        assertThat(NewswireTopology.build(config(1, 20), PIPELINE).describe().toString())
                .isEqualTo(batched.replace("(stores: [" + EnrichProcessor.BATCH_STORE + "])", "(stores: [])"))
                .doesNotContain(EnrichProcessor.BATCH_STORE);
        try (Io io = Io.open(config(1, 20), PIPELINE)) {
            io.raw().pipeInput("k0", raw(0, BODIES.get(0)));
            assertThat(io.enriched().readRecordsToList()).hasSize(1);
            assertThat(io.driver().getAllStateStores()).doesNotContainKey(EnrichProcessor.BATCH_STORE);
        }
    }

    /** The three ways a record fails around enrichment, each in the middle of a batch of five. */
    enum Bad {
        PIPELINE_FAILS(RejectReason.PROCESSING_FAILED, EnrichProcessor.STAGE),
        TEXT_OVER_BODY_LIMIT(RejectReason.BODY_TOO_LARGE, EnrichProcessor.STAGE),
        UNDECODABLE(RejectReason.MALFORMED_JSON, DecodeProcessor.STAGE);

        final RejectReason reason;
        final String stage;

        Bad(RejectReason reason, String stage) {
            this.reason = reason;
            this.stage = stage;
        }

        byte[] value() {
            return switch (this) {
                case PIPELINE_FAILS -> raw(2, "ROMA, 3 giugno - " + POISON + " nel bilancio del comune.");
                case TEXT_OVER_BODY_LIMIT -> Json.toBytes(RawArticle.builder("<html><body><article>"
                        + "<p>ROMA, 3 giugno (ANSA) - Il consiglio comunale ha approvato il bilancio.</p>".repeat(40)
                        + "</article></body></html>").format(ContentFormat.HTML).url("https://example.it/bilancio")
                        .ingestedAt(T0).build());
                case UNDECODABLE -> "{\"body\": \"troncato".getBytes(StandardCharsets.UTF_8);
            };
        }
    }

    @ParameterizedTest
    @EnumSource(Bad.class)
    void shouldDeadLetterOnlyTheBadRecordWithItsOffsetWhenItIsInTheMiddleOfABatch(Bad bad) {
        try (Io io = Io.open(config(5, 1_000, NewswireConfig.MAX_BODY_CHARS, "2000"), FAILING)) {
            byte[] badValue = bad.value();
            for (int i = 0; i < 5; i++) {
                RecordHeaders headers = new RecordHeaders();
                headers.add("trace", ("t" + i).getBytes(StandardCharsets.UTF_8));
                io.raw().pipeInput(new TestRecord<>("k" + i, i == 2 ? badValue : raw(i, BODIES.get(i)), headers,
                        T0.plusSeconds(i)));
            }
            // an undecodable record never waits: the four others then fill no batch of five and wait for the clock
            io.driver().advanceWallClockTime(Duration.ofSeconds(1));

            assertThat(io.enriched().readRecordsToList()).extracting(r -> Json.readArticle(r.value()).title())
                    .containsExactly("Story 0", "Story 1", "Story 3", "Story 4");
            List<TestRecord<byte[], byte[]>> dead = io.dlq().readRecordsToList();
            assertThat(dead).hasSize(1);
            assertThat(dead.get(0).value()).isEqualTo(badValue);
            assertThat(new String(dead.get(0).key(), StandardCharsets.UTF_8)).isEqualTo("k2");
            assertThat(dead.get(0).timestamp()).isEqualTo(T0.plusSeconds(2).toEpochMilli());
            assertThat(dead.get(0).headers().lastHeader("trace").value())
                    .isEqualTo("t2".getBytes(StandardCharsets.UTF_8));
            Map<String, String> h = DeadLetterHeaders.read(dead.get(0).headers());
            assertThat(h).containsEntry(DeadLetterHeaders.REASON, bad.reason.name())
                    .containsEntry(DeadLetterHeaders.STAGE, bad.stage)
                    .containsEntry(DeadLetterHeaders.SOURCE_TOPIC, "news.raw")
                    .containsEntry(DeadLetterHeaders.SOURCE_PARTITION, "0")
                    .containsEntry(DeadLetterHeaders.SOURCE_OFFSET, "2");
            assertThat(io.waiting().approximateNumEntries()).isZero();
        }
    }

    @Test
    void shouldKeepTheSourceOfEachArticleWhenBatchIsEnrichedWhileAnotherRecordIsCurrent() {
        List<WaitingRecord.Source> sources = new ArrayList<>();
        // the duplicates step reads where each article came from; its batch runs while the context holds the last
        try (Io io = Io.open(config(3, 1_000, NewswireConfig.DUPLICATES_ENABLED, "true"), PIPELINE)) {
            for (int i = 0; i < 3; i++) {
                io.raw().pipeInput("k" + i, raw(i, BODIES.get(i)));
            }
            var sequence = io.driver().createOutputTopic(
                    DuplicatesSettings.sequenceTopic(NewswireConfig.DEFAULT_APPLICATION_ID), new StringDeserializer(),
                    DedupCodec.SEQUENCE.deserializer());
            sequence.readRecordsToList().forEach(r -> sources.add(
                    new WaitingRecord.Source("news.raw", r.value().partition(), r.value().offset())));
        }
        assertThat(sources).extracting(WaitingRecord.Source::offset).containsExactly(0L, 1L, 2L);
    }

    @Test
    void shouldReadBackWhatItStoredWhenRecordHasHeadersAndNoKey() {
        RecordHeaders headers = new RecordHeaders();
        headers.add("trace", "ü-1".getBytes(StandardCharsets.UTF_8));
        headers.add("empty", null);
        WaitingRecord w = new WaitingRecord(new WaitingRecord.Source("news.raw", 4, 1234L), 99L, headers, null,
                raw(0, BODIES.get(2)));

        WaitingRecord back = WaitingRecord.decode(w.encode());

        assertThat(back.source()).isEqualTo(w.source());
        assertThat(back.timestamp()).isEqualTo(99L);
        assertThat(back.key()).isNull();
        assertThat(back.value()).isEqualTo(w.value());
        assertThat(back.headers().toArray()).extracting(Header::key)
                .containsExactly("trace", "empty");
        assertThat(back.headers().lastHeader("trace").value()).isEqualTo("ü-1".getBytes(StandardCharsets.UTF_8));
        assertThat(back.headers().lastHeader("empty").value()).isNull();
    }
}
