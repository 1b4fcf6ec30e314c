package io.newswire.streams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newswire.enrich.ArticlePipeline;
import io.newswire.enrich.api.Enricher;
import io.newswire.enrich.normalize.StandardNormalizer;
import io.newswire.kafka.NewswireConfig;
import io.newswire.model.Article;
import io.newswire.model.Country;
import io.newswire.model.Entity;
import io.newswire.model.EntityType;
import io.newswire.model.Json;
import io.newswire.model.Language;
import io.newswire.model.RawArticle;
import io.newswire.model.Source;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.WindowStore;
import org.junit.jupiter.api.Test;

class WindowedStatsTest {

    // one record at a time: each test reads what the record it pipes gave (batches: EnrichBatchTopologyTest)
    private static final NewswireConfig CONFIG = NewswireConfig.from(Map.of("bootstrap.servers", "unused:9092",
            NewswireConfig.ENRICH_BATCH_SIZE, "1"));
    private static final Instant T0 = Instant.parse("2026-05-13T08:00:00Z");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Stands in for the entity and country stages: fixed facts from the article's first word. */
    private static final Enricher FACTS = new Enricher() {
        @Override
        public String name() {
            return "facts";
        }

        @Override
        public Article enrich(Article article) {
            boolean tehran = article.text().startsWith("Tehran");
            return article.toBuilder()
                    .language(new Language(tehran ? "en" : "de", 0.9))
                    .countries(List.of(new Country(tehran ? "IR" : "DE", tehran ? "Iran" : "Germany", List.of(), 1.0,
                            true), new Country("PK", "Pakistan", List.of(), 0.2, false)))
                    .entities(List.of(new Entity("per:baqeri", "Mohammad Baqeri", EntityType.PERSON, null, List.of(),
                            List.of(), 2, 0.8), new Entity("org:un", "United Nations", EntityType.ORGANIZATION, null,
                            List.of(), List.of(), 1, 0.1)))
                    .build();
        }
    };

    private static Properties props() {
        Properties p = StreamsApp.streamsProperties(CONFIG);
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.AT_LEAST_ONCE);
        return p;
    }

    private static byte[] raw(String body, Instant publishedAt) {
        return Json.toBytes(RawArticle.builder(body).source(new Source("Example Wire", "wire.example.net"))
                .publishedAt(publishedAt.toString()).ingestedAt(T0).build());
    }

    private static TopologyTestDriver driver() {
        ArticlePipeline pipeline = new ArticlePipeline("test", new StandardNormalizer(), List.of(FACTS),
                Clock.fixed(T0, ZoneOffset.UTC));
        return new TopologyTestDriver(NewswireTopology.build(CONFIG, pipeline), props());
    }

    private static TestInputTopic<String, byte[]> rawTopic(TopologyTestDriver driver) {
        var t = CONFIG.topics().raw();
        return driver.createInputTopic(t.name(), t.keySerde().serializer(), t.valueSerde().serializer());
    }

    /** Buffered facts go out on a wall-clock punctuation. */
    private static void flush(TopologyTestDriver driver) {
        driver.advanceWallClockTime(StatsEventsProcessor.FLUSH_INTERVAL);
    }

    private static Map<String, Long> counts(TopologyTestDriver driver, Instant from, Instant to) {
        WindowStore<String, Long> store = driver.getWindowStore(WindowedStats.STORE);
        Map<String, Long> out = new java.util.TreeMap<>();
        try (KeyValueIterator<Windowed<String>, Long> it = store.fetchAll(from, to)) {
            while (it.hasNext()) {
                KeyValue<Windowed<String>, Long> kv = it.next();
                out.put(kv.key.key() + "@" + kv.key.window().startTime(), kv.value);
            }
        }
        return out;
    }

    @Test
    void shouldCountArticlesPerMinuteByFactWhenArticlesArrive() {
        try (TopologyTestDriver driver = driver()) {
            TestInputTopic<String, byte[]> in = rawTopic(driver);
            in.pipeInput("a", raw("Tehran talks went on.", T0.plusSeconds(5)), T0.plusSeconds(10));
            in.pipeInput("b", raw("Tehran talks ended.", T0.plusSeconds(50)), T0.plusSeconds(60));
            in.pipeInput("c", raw("Berlin – Der Haushalt für 2027 steht.", T0.plusSeconds(70)), T0.plusSeconds(80));

            flush(driver);
            Map<String, Long> counts = counts(driver, T0.minusSeconds(60), T0.plusSeconds(120));
            assertThat(counts).containsEntry("articles=all@" + T0, 2L)
                    .containsEntry("articles=all@" + T0.plusSeconds(60), 1L)
                    .containsEntry("language=en@" + T0, 2L)
                    .containsEntry("language=de@" + T0.plusSeconds(60), 1L)
                    .containsEntry("country=IR@" + T0, 2L)
                    .containsEntry("country=DE@" + T0.plusSeconds(60), 1L)
                    .containsEntry("source=wire.example.net@" + T0, 2L)
                    .containsEntry("entity=PERSON/Mohammad Baqeri@" + T0, 2L)
                    .containsEntry("entity=ORGANIZATION/United Nations@" + T0, 2L)
                    // Only the focus country is counted, not every country mentioned.
                    .doesNotContainKey("country=PK@" + T0);
        }
    }

    @Test
    void shouldSendOneCountPerFactAndMinuteWhenManyArticlesArriveBetweenFlushes() {
        try (TopologyTestDriver driver = driver()) {
            TestInputTopic<String, byte[]> in = rawTopic(driver);
            var events = CONFIG.topics().statsEvents();
            TestOutputTopic<String, byte[]> eventsOut = driver.createOutputTopic(events.name(),
                    events.keySerde().deserializer(), events.valueSerde().deserializer());
            for (int i = 0; i < 50; i++) {
                in.pipeInput("k" + i, raw("Tehran talks, round " + i + ".", T0.plusSeconds(i % 60)), T0.plusSeconds(i));
            }
            assertThat(counts(driver, T0.minusSeconds(60), T0.plusSeconds(120))).as("nothing before the flush")
                    .isEmpty();

            flush(driver);
            List<KeyValue<String, byte[]>> sent = eventsOut.readKeyValuesToList();
            assertThat(sent).extracting(kv -> kv.key).doesNotHaveDuplicates().contains("articles=all");
            assertThat(sent).hasSizeLessThan(10);
            assertThat(counts(driver, T0.minusSeconds(60), T0.plusSeconds(120)))
                    .containsEntry("articles=all@" + T0, 50L)
                    .containsEntry("entity=PERSON/Mohammad Baqeri@" + T0, 50L);

            flush(driver);
            assertThat(eventsOut.readKeyValuesToList()).as("an empty buffer sends nothing").isEmpty();
        }
    }

    @Test
    void shouldCountBackfilledArticleInItsOwnMinuteWhenWithinGrace() {
        try (TopologyTestDriver driver = driver()) {
            TestInputTopic<String, byte[]> in = rawTopic(driver);
            Instant now = T0.plus(Duration.ofMinutes(30));
            in.pipeInput("a", raw("Tehran now.", now), now);
            in.pipeInput("b", raw("Tehran earlier.", T0.plusSeconds(1)), now.plusSeconds(1));
            in.pipeInput("c", raw("Tehran far too late.", T0.minus(WindowedStats.GRACE).minusSeconds(60)),
                    now.plusSeconds(2));

            flush(driver);
            Map<String, Long> counts = counts(driver, T0.minus(Duration.ofHours(3)), now);
            assertThat(counts).containsEntry("articles=all@" + now, 1L)
                    .containsEntry("articles=all@" + T0, 1L);
            assertThat(counts.keySet()).filteredOn(k -> k.startsWith("articles=all@")).hasSize(2);
        }
    }

    @Test
    void shouldWriteEachChangedCountToStatsTopicAsJsonWhenCounted() throws Exception {
        try (TopologyTestDriver driver = driver()) {
            rawTopic(driver).pipeInput("a", raw("Tehran talks went on.", T0.plusSeconds(5)), T0.plusSeconds(10));
            flush(driver);
            var stats = CONFIG.topics().stats();
            TestOutputTopic<String, byte[]> out = driver.createOutputTopic(stats.name(),
                    stats.keySerde().deserializer(), stats.valueSerde().deserializer());
            List<KeyValue<String, byte[]>> records = out.readKeyValuesToList();
            assertThat(records).extracting(kv -> kv.key).contains("articles=all@" + T0, "country=IR@" + T0,
                    "entity=PERSON/Mohammad Baqeri@" + T0);
            KeyValue<String, byte[]> articles = records.stream().filter(kv -> kv.key.equals("articles=all@" + T0))
                    .reduce((a, b) -> b).orElseThrow();
            JsonNode json = MAPPER.readTree(articles.value);
            assertThat(json.path("dimension").asText()).isEqualTo("articles");
            assertThat(json.path("value").asText()).isEqualTo("all");
            assertThat(json.path("windowStart").asText()).isEqualTo(T0.toString());
            assertThat(json.path("windowEnd").asText()).isEqualTo(T0.plusSeconds(60).toString());
            assertThat(json.path("count").asLong()).isEqualTo(1L);
        }
    }

    @Test
    void shouldSummariseLastFifteenMinutesWhenSnapshotIsBuiltFromCells() {
        Instant end = T0.plus(Duration.ofMinutes(20)).plusSeconds(30);
        Instant lastMinute = T0.plus(Duration.ofMinutes(20));
        List<WindowedStats.Cell> cells = new ArrayList<>(List.of(
                new WindowedStats.Cell("articles=all", lastMinute.toEpochMilli(), 3),
                new WindowedStats.Cell("language=fa", lastMinute.toEpochMilli(), 2),
                new WindowedStats.Cell("language=en", lastMinute.toEpochMilli(), 1),
                new WindowedStats.Cell("country=IR", lastMinute.toEpochMilli(), 2),
                new WindowedStats.Cell("source=منبع.example", lastMinute.toEpochMilli(), 3),
                new WindowedStats.Cell("entity=PERSON/Mohammad Baqeri", lastMinute.toEpochMilli(), 2),
                new WindowedStats.Cell("entity=PERSON/Mohammad Baqeri", lastMinute.minusSeconds(60).toEpochMilli(), 2),
                new WindowedStats.Cell("entity=ORGANIZATION/Sāzmān", lastMinute.toEpochMilli(), 3),
                // Outside the span: must not count.
                new WindowedStats.Cell("articles=all", T0.toEpochMilli(), 100),
                new WindowedStats.Cell("entity=PERSON/Old News", T0.toEpochMilli(), 100)));

        Map<String, Object> s = WindowedStats.snapshot(cells, end, 10);

        assertThat((List<?>) s.get("minutes")).hasSize(15);
        @SuppressWarnings("unchecked")
        Map<String, Object> last = (Map<String, Object>) ((List<?>) s.get("minutes")).get(14);
        assertThat(last).containsEntry("start", lastMinute.toString()).containsEntry("articles", 3L);
        assertThat(last.get("byLanguage")).isEqualTo(Map.of("fa", 2L, "en", 1L));
        assertThat(s.get("topEntities")).isEqualTo(List.of(
                Map.of("name", "Mohammad Baqeri", "type", "PERSON", "count", 4L),
                Map.of("name", "Sāzmān", "type", "ORGANIZATION", "count", 3L)));
        assertThat(s.get("topCountries")).isEqualTo(List.of(Map.of("code", "IR", "count", 2L)));
        assertThat(s.get("topLanguages")).isEqualTo(List.of(Map.of("code", "fa", "count", 2L),
                Map.of("code", "en", "count", 1L)));
        assertThat(s.get("topSources")).isEqualTo(List.of(Map.of("name", "منبع.example", "count", 3L)));
    }

    @Test
    void shouldKeepOneCopyWhenTwoInstancesReportTheSameCell() {
        List<WindowedStats.Cell> merged = WindowedStatsQuery.merge(List.of(
                new WindowedStats.Cell("articles=all", 0, 5), new WindowedStats.Cell("articles=all", 0, 4),
                new WindowedStats.Cell("articles=all", 60_000, 1)));
        assertThat(merged).containsExactlyInAnyOrder(new WindowedStats.Cell("articles=all", 0, 5),
                new WindowedStats.Cell("articles=all", 60_000, 1));
    }
}
