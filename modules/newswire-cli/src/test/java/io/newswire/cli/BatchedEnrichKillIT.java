package io.newswire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.kafka.NewswireConfig;
import io.newswire.kafka.NewswireTopics;
import io.newswire.kafka.TopicAdmin;
import io.newswire.model.ArticleIds;
import io.newswire.model.Json;
import io.newswire.model.RawArticle;
import io.newswire.testkit.KafkaBroker;
import io.newswire.testkit.KafkaBrokerExtension;
import io.newswire.testkit.KafkaTestClients;
import io.newswire.testkit.Wait;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Batched enrichment against a real broker (docs/RELIABILITY.md, "Batched enrichment"): the pipeline process is
 * killed (SIGKILL) while its enrich tasks hold records waiting for their batch, under committed offsets, and
 * restarted; every record that entered the raw topic must end in the enriched or the dead-letter topic exactly once
 * ({@code read_committed}). Batches of 64 with a wait of a second keep records waiting across many commits; with
 * {@code flush.when.idle} the 3,000-record backlog still leaves partial batches waiting at commits.
 */
@ExtendWith(KafkaBrokerExtension.class)
class BatchedEnrichKillIT {

    @TempDir
    Path work;

    private static RawArticle story(int i) {
        String body = "GDAŃSK, 12 maja (PAP) - Artykuł numer " + i + " o „niezawodności” systemu; Łódź i Kraków.";
        return RawArticle.builder(body).url("https://wire.example.org/batch/" + i).title("Story " + i).build();
    }

    /** With {@code whenIdle}, batches are also enriched as soon as their task has nothing more to process (s45). */
    @ParameterizedTest(name = "flush.when.idle={0}")
    @ValueSource(booleans = {false, true})
    void shouldWriteEachRecordOnceWhenKilledWhileRecordsWaitForTheirBatch(boolean whenIdle, KafkaBroker broker)
            throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put(NewswireConfig.BOOTSTRAP_SERVERS, broker.bootstrapServers());
        settings.put(NewswireConfig.APPLICATION_ID, "batch-kill-" + run);
        settings.put(NewswireConfig.TOPIC_RAW, NewswireTopics.DEFAULT_RAW + "." + run);
        settings.put(NewswireConfig.TOPIC_ENRICHED, NewswireTopics.DEFAULT_ENRICHED + "." + run);
        settings.put(NewswireConfig.TOPIC_DLQ, NewswireTopics.DEFAULT_DLQ + "." + run);
        settings.put(NewswireConfig.TOPIC_STATS, NewswireTopics.DEFAULT_STATS + "." + run);
        settings.put(NewswireConfig.ENRICH_BATCH_SIZE, "64");
        settings.put(NewswireConfig.ENRICH_BATCH_MAX_WAIT_MS, "1000");
        settings.put(NewswireConfig.ENRICH_BATCH_FLUSH_WHEN_IDLE, Boolean.toString(whenIdle));
        settings.put(StreamsConfig.STATE_DIR_CONFIG, work.resolve("state-" + run).toString());
        settings.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, "100");
        NewswireConfig config = NewswireConfig.from(settings);
        TopicAdmin.ensureTopics(config);

        int n = 3_000;
        int poison = 0;
        try (KafkaProducer<byte[], byte[]> producer = KafkaTestClients.producer(broker)) {
            for (int i = 0; i < n; i++) {
                producer.send(new ProducerRecord<>(config.topics().raw().name(),
                        ArticleIds.of(story(i)).getBytes(StandardCharsets.UTF_8), Json.toBytes(story(i))));
                if (i % 97 == 0) {
                    // undecodable: dead-lettered by the decode step, never waits in the batch store
                    producer.send(new ProducerRecord<>(config.topics().raw().name(), null,
                            ("{\"body\": \"zatruty " + i).getBytes(StandardCharsets.UTF_8)));
                    poison++;
                }
            }
            producer.flush();
        }
        Path configFile = work.resolve("batch-kill-" + run + ".properties");
        Properties p = new Properties();
        p.putAll(settings);
        try (var w = Files.newBufferedWriter(configFile)) {
            p.store(w, "BatchedEnrichKillIT");
        }
        String changelog = config.applicationId() + "-enrich-batch-changelog";

        Process first = pipelineProcess(configFile, "first");
        AtomicLong waitingAtKill = new AtomicLong();
        try {
            // killed once records are committed as waiting in a batch store (their offsets committed, not enriched)
            // (a changelog not created yet throws: not met yet)
            Wait.forCondition("records waiting for their batch under committed offsets").until(() -> {
                waitingAtKill.set(KafkaTestClients.waitingInStore(broker.bootstrapServers(), changelog));
                return waitingAtKill.get() > 0;
            });
        } finally {
            first.destroyForcibly();
        }
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();

        Process second = pipelineProcess(configFile, "second");
        try {
            KafkaTestClients.awaitSettled(broker, config.applicationId(), config.topics().raw().name(),
                    config.topics().enriched().name(), config.topics().dlq().name());
            Map<String, Long> counts = KafkaTestClients.readCommitted(broker, config.topics().enriched().name())
                    .stream().collect(Collectors.groupingBy(r -> new String(r.key(), StandardCharsets.UTF_8),
                            LinkedHashMap::new, Collectors.counting()));
            List<ConsumerRecord<byte[], byte[]>> dead = KafkaTestClients.readCommitted(broker,
                    config.topics().dlq().name());
            System.out.printf("RELIABILITY batched-sigkill: in=%d enriched=%d dlq=%d waiting-at-kill=%d%n",
                    n + poison, counts.size(), dead.size(), waitingAtKill.get());
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                expected.add(ArticleIds.of(story(i)));
            }
            assertThat(counts.keySet()).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(counts.values()).allMatch(c -> c == 1L);
            assertThat(dead).hasSize(poison);
            assertThat(KafkaTestClients.waitingInStore(broker.bootstrapServers(), changelog)).isZero();
        } finally {
            second.destroyForcibly();
            second.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private Process pipelineProcess(Path configFile, String name) throws IOException {
        return PipelineProcess.start(configFile, work.resolve("pipeline-" + name + ".log"));
    }
}
