package io.newswire.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newswire.enrich.ArticlePipeline;
import io.newswire.enrich.api.Enricher;
import io.newswire.enrich.normalize.StandardNormalizer;
import io.newswire.kafka.DeadLetterHeaders;
import io.newswire.kafka.NewswireConfig;
import io.newswire.kafka.PipelineObserver;
import io.newswire.model.Article;
import io.newswire.model.ArticleIds;
import io.newswire.model.Json;
import io.newswire.model.RawArticle;
import io.newswire.model.RejectReason;
import io.newswire.ops.MetricsObserver;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NewswireTopologyTest {

    // one record at a time: each test reads what the record it pipes gave (batches: EnrichBatchTopologyTest)
    private static final NewswireConfig CONFIG = NewswireConfig.from(Map.of("bootstrap.servers", "unused:9092",
            NewswireConfig.ENRICH_BATCH_SIZE, "1"));
    private static final Instant T0 = Instant.parse("2026-05-13T08:00:00Z");

    private static Properties props() {
        Properties p = StreamsApp.streamsProperties(CONFIG);
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.AT_LEAST_ONCE);
        return p;
    }

    private record Io(TopologyTestDriver driver, TestInputTopic<String, byte[]> raw,
            TestOutputTopic<String, Article> enriched, TestOutputTopic<byte[], byte[]> dlq) implements AutoCloseable {

        static Io open(ArticlePipeline pipeline, PipelineObserver observer) {
            TopologyTestDriver driver = new TopologyTestDriver(NewswireTopology.build(CONFIG, pipeline, observer),
                    props());
            var t = CONFIG.topics();
            return new Io(driver,
                    driver.createInputTopic(t.raw().name(), t.raw().keySerde().serializer(),
                            t.raw().valueSerde().serializer()),
                    driver.createOutputTopic(t.enriched().name(), t.enriched().keySerde().deserializer(),
                            t.enriched().valueSerde().deserializer()),
                    driver.createOutputTopic(t.dlq().name(), t.dlq().keySerde().deserializer(),
                            t.dlq().valueSerde().deserializer()));
        }

        @Override
        public void close() {
            driver.close();
        }
    }

    private static ArticlePipeline pipeline(Enricher... enrichers) {
        return new ArticlePipeline("test", new StandardNormalizer(), List.of(enrichers),
                Clock.fixed(T0, ZoneOffset.UTC));
    }

    private static byte[] rawJson(String url, String body) {
        return Json.toBytes(RawArticle.builder(body).url(url).title("Headline").ingestedAt(T0).build());
    }

    @Test
    void shouldEnrichGoodRecordKeyedByArticleIdWhenInputIsValid() {
        try (Io io = Io.open(pipeline(), PipelineObserver.NOOP)) {
            String url = "https://News.Example.org/story?id=7&utm_source=x";
            io.raw().pipeInput("any-key", rawJson(url, "Zürich, 3 März – Die Regierung hat „Reformen“ angekündigt."),
                    T0.toEpochMilli());

            TestRecord<String, Article> out = io.enriched().readRecord();
            assertThat(io.enriched().isEmpty()).isTrue();
            assertThat(io.dlq().isEmpty()).isTrue();
            String expectedId = ArticleIds.forCanonicalUrl("https://news.example.org/story?id=7");
            assertThat(out.key()).isEqualTo(expectedId);
            Article a = out.value();
            assertThat(a.id()).isEqualTo(expectedId);
            assertThat(a.schemaVersion()).isEqualTo(Article.SCHEMA_VERSION);
            assertThat(a.text()).contains("„Reformen“");
            assertThat(a.source().domain()).isEqualTo("news.example.org");
            assertThat(a.processedAt()).isEqualTo(T0);
            assertThat(a.provenance().pipelineVersion()).isEqualTo("test");
            assertThat(a.provenance().stages()).extracting("stage").startsWith(ArticlePipeline.NORMALIZE_STAGE);
            assertThat(out.timestamp()).isEqualTo(T0.toEpochMilli());
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"body\": \"unterminated          | MALFORMED_JSON",
        "[1, 2, 3]                          | MALFORMED_JSON",
        "{\"title\": \"no body\"}           | MISSING_BODY",
        "{\"body\": \"   \"}                | EMPTY_BODY",
        "{\"body\": 42}                     | INVALID_FIELD",
        "{\"body\": \"x\", \"schemaVersion\": 9} | UNSUPPORTED_SCHEMA_VERSION",
    })
    void shouldDeadLetterOriginalBytesWithReasonWhenRecordIsInvalid(String value, RejectReason reason) {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        try (Io io = Io.open(pipeline(), new MetricsObserver(registry))) {
            byte[] original = value.getBytes(StandardCharsets.UTF_8);
            RecordHeaders headers = new RecordHeaders();
            headers.add("trace", "abc".getBytes(StandardCharsets.UTF_8));
            io.raw().pipeInput(new TestRecord<>("k1", original, headers, T0));

            assertThat(io.enriched().isEmpty()).isTrue();
            TestRecord<byte[], byte[]> dead = io.dlq().readRecord();
            assertThat(dead.value()).isEqualTo(original);
            assertThat(new String(dead.key(), StandardCharsets.UTF_8)).isEqualTo("k1");
            assertThat(dead.headers().lastHeader("trace").value()).isEqualTo("abc".getBytes(StandardCharsets.UTF_8));
            Map<String, String> h = DeadLetterHeaders.read(dead.headers());
            assertThat(h.get(DeadLetterHeaders.REASON)).isEqualTo(reason.name());
            assertThat(h.get(DeadLetterHeaders.STAGE)).isEqualTo(DecodeProcessor.STAGE);
            assertThat(h.get(DeadLetterHeaders.SOURCE_TOPIC)).isEqualTo(CONFIG.topics().raw().name());
            assertThat(h.get(DeadLetterHeaders.SOURCE_PARTITION)).isEqualTo("0");
            assertThat(h.get(DeadLetterHeaders.SOURCE_OFFSET)).isEqualTo("0");
            assertThat(h.get(DeadLetterHeaders.EXCEPTION)).isNotBlank();
            assertThat(h.get(DeadLetterHeaders.TIME)).isNotBlank();
            assertThat(registry.get("newswire.articles.dead.lettered").tag("reason", reason.name()).counter().count())
                    .isEqualTo(1.0);
        }
    }

    @Test
    void shouldDeadLetterInvalidUtf8WhenBytesAreNotText() {
        try (Io io = Io.open(pipeline(), PipelineObserver.NOOP)) {
            byte[] original = {'{', '"', 'b', 'o', 'd', 'y', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
            io.raw().pipeInput("k", original);
            TestRecord<byte[], byte[]> dead = io.dlq().readRecord();
            assertThat(dead.value()).isEqualTo(original);
            assertThat(DeadLetterHeaders.read(dead.headers()).get(DeadLetterHeaders.REASON))
                    .isEqualTo(RejectReason.INVALID_ENCODING.name());
        }
    }

    @Test
    void shouldKeepArticleAndRecordErrorWhenAnEnricherThrows() {
        Enricher broken = new Enricher() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public Article enrich(Article article) {
                throw new IllegalStateException("boom");
            }
        };
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        try (Io io = Io.open(pipeline(broken), new MetricsObserver(registry))) {
            io.raw().pipeInput("k", rawJson(null, "Body text that survives a broken enricher."));
            Article a = io.enriched().readValue();
            assertThat(a.text()).isEqualTo("Body text that survives a broken enricher.");
            assertThat(a.provenance().errors()).singleElement()
                    .satisfies(e -> {
                        assertThat(e.stage()).isEqualTo("broken");
                        assertThat(e.type()).isEqualTo(IllegalStateException.class.getName());
                        assertThat(e.message()).isEqualTo("boom");
                    });
            assertThat(io.dlq().isEmpty()).isTrue();
            assertThat(registry.get("newswire.stage.errors").tag("stage", "broken").counter().count()).isEqualTo(1.0);
        }
    }

    @Test
    void shouldDeliverEveryGoodRecordWhenPoisonRecordsAreInterleaved() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        try (Io io = Io.open(pipeline(), new MetricsObserver(registry))) {
            int good = 0;
            int bad = 0;
            for (int i = 0; i < 50; i++) {
                if (i % 3 == 0) {
                    io.raw().pipeInput("p" + i, ("{poison " + i).getBytes(StandardCharsets.UTF_8));
                    bad++;
                } else {
                    io.raw().pipeInput(rawJson(null, "Story number " + i + " about the harbour in Gdańsk."));
                    good++;
                }
            }
            List<Article> out = io.enriched().readValuesToList();
            assertThat(out).hasSize(good);
            assertThat(out).extracting(Article::id).doesNotHaveDuplicates();
            assertThat(io.dlq().readValuesToList()).hasSize(bad);
            assertThat(registry.get("newswire.articles.in").counter().count()).isEqualTo(good + bad);
            assertThat(registry.get("newswire.articles.out").counter().count()).isEqualTo(good);
        }
    }

    @Test
    void shouldEchoRawArticleWhenTopologyIsPassThrough() {
        String output = "bench.passthrough";
        try (TopologyTestDriver driver = new TopologyTestDriver(NewswireTopology.buildPassThrough(CONFIG, output),
                props())) {
            var t = CONFIG.topics();
            TestInputTopic<String, byte[]> raw = driver.createInputTopic(t.raw().name(),
                    t.raw().keySerde().serializer(), t.raw().valueSerde().serializer());
            TestOutputTopic<String, byte[]> out = driver.createOutputTopic(output,
                    t.raw().keySerde().deserializer(), t.raw().valueSerde().deserializer());
            raw.pipeInput("k", rawJson(null, "Только текст."));
            assertThat(new String(out.readValue(), StandardCharsets.UTF_8)).contains("Только текст.");
        }
    }
}
