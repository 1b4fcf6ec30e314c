package io.newswire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.enrich.api.Pipelines;
import io.newswire.ingest.IngestItem;
import io.newswire.ingest.IngestProducer;
import io.newswire.kafka.DeadLetterHeaders;
import io.newswire.kafka.NewswireConfig;
import io.newswire.kafka.NewswireTopics;
import io.newswire.kafka.PipelineObserver;
import io.newswire.kafka.TopicAdmin;
import io.newswire.model.ArticleIds;
import io.newswire.model.Json;
import io.newswire.model.RawArticle;
import io.newswire.model.RejectReason;
import io.newswire.streams.StreamsApp;
import io.newswire.testkit.KafkaBroker;
import io.newswire.testkit.KafkaBrokerExtension;
import io.newswire.testkit.KafkaTestClients;
import io.newswire.testkit.Wait;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults injected against a real broker; the promise checked each time: every record that entered
 * the raw topic is in the enriched or the dead-letter topic exactly once ({@code read_committed}).
 * The counts each test prints are the ones docs/RELIABILITY.md reports.
 */
@ExtendWith(KafkaBrokerExtension.class)
class FaultToleranceIT {

    private static final Duration WAIT = Wait.DEFAULT_BOUND;

    @TempDir
    Path work;

    private Map<String, String> settings(KafkaBroker broker, String run) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put(NewswireConfig.BOOTSTRAP_SERVERS, broker.bootstrapServers());
        s.put(NewswireConfig.APPLICATION_ID, "fault-" + run);
        s.put(NewswireConfig.TOPIC_RAW, NewswireTopics.DEFAULT_RAW + "." + run);
        s.put(NewswireConfig.TOPIC_ENRICHED, NewswireTopics.DEFAULT_ENRICHED + "." + run);
        s.put(NewswireConfig.TOPIC_DLQ, NewswireTopics.DEFAULT_DLQ + "." + run);
        s.put(NewswireConfig.TOPIC_STATS, NewswireTopics.DEFAULT_STATS + "." + run);
        s.put(StreamsConfig.STATE_DIR_CONFIG, work.resolve("state-" + run).toString());
        s.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, "100");
        return s;
    }

    private static String run() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static RawArticle story(int i) {
        String body = "KRAKÓW, May " + (1 + i % 28) + " (PAP) - Story number " + i + " about “reliability” in Kraków.";
        return RawArticle.builder(body).url("https://wire.example.org/fault/" + i).title("Story " + i).build();
    }

    private static String id(int i) {
        return ArticleIds.of(story(i));
    }

    /** Produces {@code good} stories and, after every {@code poisonEvery}-th, a poison record. */
    private static int produce(KafkaBroker broker, String topic, int from, int to, int poisonEvery) {
        int poison = 0;
        try (KafkaProducer<byte[], byte[]> producer = KafkaTestClients.producer(broker)) {
            for (int i = from; i < to; i++) {
                producer.send(new ProducerRecord<>(topic, id(i).getBytes(StandardCharsets.UTF_8),
                        Json.toBytes(story(i))));
                if (poisonEvery > 0 && i % poisonEvery == 0) {
                    producer.send(new ProducerRecord<>(topic, null, ("{\"body\": \"poison " + i).getBytes(
                            StandardCharsets.UTF_8)));
                    poison++;
                }
            }
            producer.flush();
        }
        return poison;
    }

    private static Map<String, Long> countByKey(List<ConsumerRecord<byte[], byte[]>> records) {
        return records.stream().collect(Collectors.groupingBy(r -> new String(r.key(), StandardCharsets.UTF_8),
                LinkedHashMap::new, Collectors.counting()));
    }

    /** Until the app has committed all of its input and no transaction is open on its outputs. */
    private static void awaitSettled(KafkaBroker broker, NewswireConfig config) {
        KafkaTestClients.awaitSettled(broker, config.applicationId(), config.topics().raw().name(),
                config.topics().enriched().name(), config.topics().dlq().name());
    }

    private static void assertExactlyOnce(Map<String, Long> counts, int n) {
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            expected.add(id(i));
        }
        assertThat(counts.keySet()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(counts.values()).allMatch(c -> c == 1L);
    }

    @Test
    void shouldWriteEachArticleOnceWhenTheStreamsProcessIsKilledAndRestarted(KafkaBroker broker) throws Exception {
        String run = run();
        Map<String, String> settings = settings(broker, run);
        NewswireConfig config = NewswireConfig.from(settings);
        TopicAdmin.ensureTopics(config);
        int n = 3_000;
        int poison = produce(broker, config.topics().raw().name(), 0, n, 100);
        Path configFile = work.resolve("kill-" + run + ".properties");
        Properties p = new Properties();
        p.putAll(settings);
        try (var w = Files.newBufferedWriter(configFile)) {
            p.store(w, "FaultToleranceIT");
        }

        Process first = pipelineProcess(configFile, "first");
        List<ConsumerRecord<byte[], byte[]>> before;
        try {
            before = KafkaTestClients.readAll(broker, config.topics().enriched().name(), 300, WAIT);
            assertThat(before).as("output before the kill").hasSizeGreaterThanOrEqualTo(300);
        } finally {
            // also when the assertion fails: a child JVM left running outlives the build and loads the machine
            first.destroyForcibly();
        }
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
        int killedAt = before.size();

        Process second = pipelineProcess(configFile, "second");
        try {
            awaitSettled(broker, config);
            Map<String, Long> counts = countByKey(KafkaTestClients.readCommitted(broker,
                    config.topics().enriched().name()));
            List<ConsumerRecord<byte[], byte[]>> dead = KafkaTestClients.readCommitted(broker,
                    config.topics().dlq().name());
            System.out.printf("RELIABILITY sigkill: in=%d enriched=%d dlq=%d killed-after=%d%n", n + poison,
                    counts.size(), dead.size(), killedAt);
            assertExactlyOnce(counts, n);
            assertThat(dead).hasSize(poison);
        } finally {
            second.destroyForcibly();
            second.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private Process pipelineProcess(Path configFile, String name) throws IOException {
        return PipelineProcess.start(configFile, work.resolve("pipeline-" + name + ".log"));
    }

    @Test
    void shouldCompleteOutputOnceWhenOneOfTwoInstancesStopsMidRun(KafkaBroker broker) throws Exception {
        NewswireConfig config = NewswireConfig.from(settings(broker, run()));
        TopicAdmin.ensureTopics(config);
        int n = 2_000;
        int poison = produce(broker, config.topics().raw().name(), 0, n, 50);
        try (StreamsApp a = new StreamsApp(config, Pipelines.standard(), PipelineObserver.NOOP).start();
                StreamsApp b = new StreamsApp(config, Pipelines.standard(), PipelineObserver.NOOP).start()) {
            assertThat(KafkaTestClients.readAll(broker, config.topics().enriched().name(), 200, WAIT))
                    .hasSizeGreaterThanOrEqualTo(200);
            a.close();
            awaitSettled(broker, config);
            Map<String, Long> counts = countByKey(KafkaTestClients.readCommitted(broker,
                    config.topics().enriched().name()));
            List<ConsumerRecord<byte[], byte[]>> dead = KafkaTestClients.readCommitted(broker,
                    config.topics().dlq().name());
            System.out.printf("RELIABILITY two-instances: in=%d enriched=%d dlq=%d%n", n + poison, counts.size(),
                    dead.size());
            assertExactlyOnce(counts, n);
            assertThat(dead).hasSize(poison);
            // alive and processing, not failed: RUNNING once every stream thread has its tasks
            Wait.forCondition("the app RUNNING").until(b::isRunning);
        }
    }

    @Test
    void shouldLoseNothingWhenTheBrokerRestartsMidIngest(KafkaBroker broker) throws Exception {
        Assumptions.assumeTrue(broker.supportsRestart(), "needs a restartable (embedded) broker");
        NewswireConfig config = NewswireConfig.from(settings(broker, run()));
        TopicAdmin.ensureTopics(config);
        int n = 3_000;
        IngestProducer producer = new IngestProducer(config);
        // The first half is sent with the broker up; the broker is stopped; the second half starts
        // while it is down (the producer blocks or buffers and retries) and the broker comes back only
        // once the ingest has tried to hand some of it over.
        CountDownLatch firstHalfSent = new CountDownLatch(1);
        CountDownLatch brokerDown = new CountDownLatch(1);
        java.util.concurrent.atomic.AtomicInteger attempted = new java.util.concurrent.atomic.AtomicInteger();
        Thread ingest = new Thread(() -> {
            for (int i = 0; i < n; i++) {
                if (i == n / 2) {
                    firstHalfSent.countDown();
                    try {
                        brokerDown.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
                RawArticle r = story(i);
                attempted.incrementAndGet();
                producer.send(new IngestItem(ArticleIds.of(r), Json.toBytes(r), "fault:" + i));
            }
        }, "ingest");
        ingest.start();
        assertThat(firstHalfSent.await(120, TimeUnit.SECONDS)).isTrue();
        Wait.forCondition("some of the first half acknowledged").until(() -> producer.acknowledged() > 0);
        broker.stop();
        long acknowledgedWhileDown = producer.acknowledged();
        brokerDown.countDown();
        Wait.forCondition("the ingest tried to send while the broker was down").until(() -> attempted.get() > n / 2);
        broker.start();
        ingest.join();
        producer.flush();
        producer.close();
        assertThat(producer.failures()).isEmpty();
        assertThat(producer.acknowledged()).isEqualTo(n);

        try (StreamsApp app = new StreamsApp(config, Pipelines.standard(), PipelineObserver.NOOP).start()) {
            awaitSettled(broker, config);
            Map<String, Long> raw = countByKey(KafkaTestClients.readCommitted(broker, config.topics().raw().name()));
            Map<String, Long> counts = countByKey(KafkaTestClients.readCommitted(broker,
                    config.topics().enriched().name()));
            System.out.printf("RELIABILITY broker-restart: sent=%d acknowledged-when-stopped=%d raw=%d enriched=%d%n",
                    n, acknowledgedWhileDown, raw.size(), counts.size());
            assertExactlyOnce(raw, n);
            assertExactlyOnce(counts, n);
        }
    }

    @Test
    void shouldDeliverEveryGoodArticleAndDeadLetterEveryPoisonWhenABurstOfPoisonSitsBetweenThem(KafkaBroker broker)
            throws Exception {
        Map<String, String> settings = settings(broker, run());
        settings.put(NewswireConfig.MAX_RECORD_BYTES, Integer.toString(64 * 1024));
        NewswireConfig config = NewswireConfig.from(settings);
        TopicAdmin.ensureTopics(config);
        int n = 1_000;
        String raw = config.topics().raw().name();
        produce(broker, raw, 0, n / 2, 0);
        // Every kind of record the decoder refuses, 50 of each, back to back.
        Map<String, RejectReason> poison = new LinkedHashMap<>();
        try (KafkaProducer<byte[], byte[]> producer = KafkaTestClients.producer(broker)) {
            for (int k = 0; k < 50; k++) {
                poison.put(send(producer, raw, "malformed-" + k, "{\"body\": \"cut".getBytes(StandardCharsets.UTF_8)),
                        RejectReason.MALFORMED_JSON);
                poison.put(send(producer, raw, "utf8-" + k, new byte[] {'{', '"', 'b', 'o', 'd', 'y', '"', ':', '"',
                        (byte) 0xC3, (byte) 0x28, '"', '}'}), RejectReason.INVALID_ENCODING);
                poison.put(send(producer, raw, "empty-" + k, "{\"body\": \" \"}".getBytes(StandardCharsets.UTF_8)),
                        RejectReason.EMPTY_BODY);
                poison.put(send(producer, raw, "huge-" + k, Json.toBytes(RawArticle.builder("ż".repeat(40_000))
                        .build())), RejectReason.RECORD_TOO_LARGE);
            }
            producer.flush();
        }
        produce(broker, raw, n / 2, n, 0);

        try (StreamsApp app = new StreamsApp(config, Pipelines.standard(), PipelineObserver.NOOP).start()) {
            awaitSettled(broker, config);
            Map<String, Long> counts = countByKey(KafkaTestClients.readCommitted(broker,
                    config.topics().enriched().name()));
            List<ConsumerRecord<byte[], byte[]>> dead = KafkaTestClients.readCommitted(broker,
                    config.topics().dlq().name());
            System.out.printf("RELIABILITY poison-burst: in=%d enriched=%d dlq=%d%n", n + poison.size(),
                    counts.size(), dead.size());
            assertExactlyOnce(counts, n);
            Map<String, String> reasons = new LinkedHashMap<>();
            for (ConsumerRecord<byte[], byte[]> r : dead) {
                String key = new String(r.key(), StandardCharsets.UTF_8);
                assertThat(reasons.put(key, DeadLetterHeaders.read(r.headers()).get(DeadLetterHeaders.REASON)))
                        .as("dead-lettered once: %s", key).isNull();
            }
            Map<String, String> expected = new LinkedHashMap<>();
            poison.forEach((key, reason) -> expected.put(key, reason.name()));
            assertThat(reasons).containsExactlyInAnyOrderEntriesOf(expected);
            // alive and processing, not failed: RUNNING once every stream thread has its tasks
            Wait.forCondition("the app RUNNING").until(app::isRunning);
        }
    }

    private static String send(KafkaProducer<byte[], byte[]> producer, String topic, String key, byte[] value) {
        producer.send(new ProducerRecord<>(topic, key.getBytes(StandardCharsets.UTF_8), value));
        return key;
    }
}
