package io.newswire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.enrich.api.Pipelines;
import io.newswire.ingest.Ingest;
import io.newswire.kafka.DeadLetterHeaders;
import io.newswire.kafka.NewswireConfig;
import io.newswire.kafka.NewswireTopics;
import io.newswire.kafka.PipelineObserver;
import io.newswire.model.Article;
import io.newswire.model.ArticleIds;
import io.newswire.model.Entity;
import io.newswire.model.Json;
import io.newswire.model.Mention;
import io.newswire.model.RawArticle;
import io.newswire.model.RejectReason;
import io.newswire.streams.StreamsApp;
import io.newswire.testkit.KafkaBroker;
import io.newswire.testkit.KafkaBrokerExtension;
import io.newswire.testkit.KafkaTestClients;
import io.newswire.testkit.Wait;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Ingest -> streams -> output against a real broker, with exactly-once output. */
@ExtendWith(KafkaBrokerExtension.class)
class PipelineRoundTripIT {

    private static final Duration WAIT = Wait.DEFAULT_BOUND;

    @TempDir
    Path stateDir;

    /** Each test its own topics and application id on the shared broker. */
    private NewswireConfig config(KafkaBroker broker) {
        String run = UUID.randomUUID().toString().substring(0, 8);
        return NewswireConfig.from(Map.of(
                NewswireConfig.BOOTSTRAP_SERVERS, broker.bootstrapServers(),
                NewswireConfig.APPLICATION_ID, "it-" + run,
                NewswireConfig.TOPIC_RAW, NewswireTopics.DEFAULT_RAW + "." + run,
                NewswireConfig.TOPIC_ENRICHED, NewswireTopics.DEFAULT_ENRICHED + "." + run,
                NewswireConfig.TOPIC_DLQ, NewswireTopics.DEFAULT_DLQ + "." + run,
                NewswireConfig.TOPIC_STATS, NewswireTopics.DEFAULT_STATS + "." + run,
                StreamsConfig.STATE_DIR_CONFIG, stateDir.toString(),
                StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, "100"));
    }

    @Test
    void shouldEnrichEveryGoodSampleOnceAndDeadLetterEveryBadOneWhenSamplesAreIngested(KafkaBroker broker)
            throws Exception {
        Samples samples = Samples.load();
        assertThat(samples.goodIds()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(samples.badValues()).hasSizeGreaterThanOrEqualTo(2);
        NewswireConfig config = config(broker);

        try (StreamsApp app = new StreamsApp(config, Pipelines.standard(), PipelineObserver.NOOP).start()) {
            Ingest.Report report = Ingest.run(config, List.of(samples.dir().toString()),
                    new PrintStream(PrintStream.nullOutputStream()));
            assertThat(report.ok()).isTrue();
            assertThat(report.records()).isEqualTo(samples.total());

            List<ConsumerRecord<byte[], byte[]>> enriched = KafkaTestClients.readAll(broker,
                    config.topics().enriched().name(), samples.goodIds().size(), WAIT);
            List<ConsumerRecord<byte[], byte[]>> dead = KafkaTestClients.readAll(broker,
                    config.topics().dlq().name(), samples.badValues().size(), WAIT);

            List<String> keys = enriched.stream().map(r -> new String(r.key(), java.nio.charset.StandardCharsets.UTF_8))
                    .toList();
            assertThat(keys).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(samples.goodIds());
            for (ConsumerRecord<byte[], byte[]> r : enriched) {
                Article a = Json.readArticle(r.value());
                assertThat(a.schemaVersion()).isEqualTo(Article.SCHEMA_VERSION);
                assertThat(a.text()).isNotBlank();
                assertThat(a.ingestedAt()).isNotNull();
                assertThat(a.processedAt()).isAfterOrEqualTo(a.ingestedAt());
                assertThat(a.provenance().stages()).isNotEmpty();
                assertThat(a.provenance().errors()).as("stage errors of %s", a.id()).isEmpty();
                for (Entity e : a.entities()) {
                    for (Mention m : e.mentions()) {
                        assertThat(a.text().substring(m.start(), m.end())).isEqualTo(m.text());
                    }
                }
                if (a.publishedAt() != null) {
                    assertThat(r.timestamp()).isEqualTo(a.publishedAt().toEpochMilli());
                }
            }

            assertThat(dead).hasSize(samples.badValues().size());
            Set<String> reasons = Set.of(java.util.Arrays.stream(RejectReason.values()).map(Enum::name)
                    .toArray(String[]::new));
            for (ConsumerRecord<byte[], byte[]> r : dead) {
                Map<String, String> h = DeadLetterHeaders.read(r.headers());
                assertThat(h.get(DeadLetterHeaders.REASON)).isIn(reasons);
                assertThat(h.get(DeadLetterHeaders.SOURCE_TOPIC)).isEqualTo(config.topics().raw().name());
                assertThat(h.get(DeadLetterHeaders.SOURCE_OFFSET)).isNotNull();
                assertThat(samples.badValues()).anySatisfy(v -> assertThat(r.value()).isEqualTo(v));
            }
        }
    }

    @Test
    void shouldWriteEachArticleExactlyOnceWhenTheStreamsAppIsRestartedMidRun(KafkaBroker broker) throws Exception {
        NewswireConfig config = config(broker);
        io.newswire.kafka.TopicAdmin.ensureTopics(config);
        int n = 600;
        List<String> ids = new ArrayList<>();
        try (KafkaProducer<byte[], byte[]> producer = KafkaTestClients.producer(broker)) {
            for (int i = 0; i < n; i++) {
                String url = "https://wire.example.net/story/" + i;
                String body = "GDAŃSK, May " + (1 + i % 28) + " – Dockworkers in Gdańsk said “enough” on day " + i
                        + ".\n\nTalks resume next week, officials said.";
                RawArticle raw = RawArticle.builder(body).url(url).title("Story " + i).build();
                ids.add(ArticleIds.forCanonicalUrl(ArticleIds.canonicalUrl(url).orElseThrow()));
                producer.send(new ProducerRecord<>(config.topics().raw().name(), null, Json.toBytes(raw)));
            }
            producer.flush();
        }

        // First instance: stop it once some, but not all, output is committed.
        try (StreamsApp first = new StreamsApp(config, Pipelines.standard(), PipelineObserver.NOOP).start()) {
            List<ConsumerRecord<byte[], byte[]>> partial = KafkaTestClients.readAll(broker,
                    config.topics().enriched().name(), 50, WAIT);
            assertThat(partial).hasSizeGreaterThanOrEqualTo(50);
        }
        try (StreamsApp second = new StreamsApp(config, Pipelines.standard(), PipelineObserver.NOOP).start()) {
            // Once the app has committed all of its input, its output is all there will be: a duplicate
            // would be in it already.
            KafkaTestClients.awaitSettled(broker, config.applicationId(), config.topics().raw().name(),
                    config.topics().enriched().name(), config.topics().dlq().name());
            List<ConsumerRecord<byte[], byte[]>> all = KafkaTestClients.readCommitted(broker,
                    config.topics().enriched().name());
            Map<String, Long> counts = all.stream().collect(Collectors.groupingBy(
                    r -> new String(r.key(), java.nio.charset.StandardCharsets.UTF_8), HashMap::new,
                    Collectors.counting()));
            assertThat(counts.keySet()).containsExactlyInAnyOrderElementsOf(ids);
            assertThat(counts.values()).allMatch(c -> c == 1L);
            assertThat(KafkaTestClients.readCommitted(broker, config.topics().dlq().name())).isEmpty();
        }
    }

    @Test
    void shouldRunTheDemoToCompletionWhenOnceIsGiven(@TempDir Path work) throws Exception {
        Samples samples = Samples.load();
        PrintStream originalOut = System.out;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
            code = Main.execute("demo", "--once", "--http-port", "0", "--samples", samples.dir().toString(),
                    "--data", work.toString());
        } finally {
            System.setOut(originalOut);
        }
        assertThat(code).isZero();
        List<String> lines = captured.toString(java.nio.charset.StandardCharsets.UTF_8).lines()
                .filter(l -> !l.isBlank()).toList();
        assertThat(lines).hasSize(samples.goodIds().size());
        assertThat(lines).extracting(l -> Json.readArticle(l).id())
                .containsExactlyInAnyOrderElementsOf(samples.goodIds());
        assertThat(Files.exists(work.resolve("kafka"))).isTrue();
    }
}
