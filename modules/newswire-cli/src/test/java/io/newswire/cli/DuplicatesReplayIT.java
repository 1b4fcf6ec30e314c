package io.newswire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.enrich.api.Pipeline;
import io.newswire.enrich.api.PipelineOptions;
import io.newswire.enrich.api.Pipelines;
import io.newswire.enrich.api.Sequencer;
import io.newswire.kafka.DuplicatesSettings;
import io.newswire.kafka.NewswireConfig;
import io.newswire.kafka.NewswireTopics;
import io.newswire.kafka.PipelineObserver;
import io.newswire.kafka.TopicAdmin;
import io.newswire.model.Article;
import io.newswire.model.ArticleLimits;
import io.newswire.model.Json;
import io.newswire.model.RawArticle;
import io.newswire.streams.DuplicatesInFlight;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The duplicates step against a real broker (docs/STORIES.md, "Proof"): one input with copies, on one raw
 * partition so that its order is the order the sequencer sees, run twice: once uninterrupted, once with the
 * streams process SIGKILLed mid-run and started again. Both runs give every article the {@code duplicateOf}
 * and {@code story} that {@code newswire enrich} gives over the same order, and the killed run loses and
 * duplicates nothing.
 */
@ExtendWith(KafkaBrokerExtension.class)
class DuplicatesReplayIT {

    private static final Instant T0 = Instant.parse("2026-05-13T08:00:00Z");

    @TempDir
    Path work;

    private Map<String, String> settings(KafkaBroker broker, String run) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put(NewswireConfig.BOOTSTRAP_SERVERS, broker.bootstrapServers());
        s.put(NewswireConfig.APPLICATION_ID, "dedup-" + run);
        s.put(NewswireConfig.TOPIC_RAW, NewswireTopics.DEFAULT_RAW + "." + run);
        s.put(NewswireConfig.TOPIC_ENRICHED, NewswireTopics.DEFAULT_ENRICHED + "." + run);
        s.put(NewswireConfig.TOPIC_DLQ, NewswireTopics.DEFAULT_DLQ + "." + run);
        s.put(NewswireConfig.TOPIC_STATS, NewswireTopics.DEFAULT_STATS + "." + run);
        // one raw partition: the input's order is the sequencer's, in both runs
        s.put(NewswireConfig.TOPIC_PARTITIONS, "1");
        s.put(StreamsConfig.STATE_DIR_CONFIG, work.resolve("state-" + run).toString());
        s.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, "100");
        s.put(StreamsConfig.REPARTITION_PURGE_INTERVAL_MS_CONFIG, "500");
        s.put(NewswireConfig.DUPLICATES_ENABLED, "true");
        // same-event stories on: the clusterer's state in the sequencer's stores must survive the kill too
        s.put(NewswireConfig.DUPLICATES_SAME_EVENT_STORIES, "true");
        return s;
    }

    private static final String[][] VOCABULARIES = {
        ("government minister parliament budget vote reform tax opposition coalition election president "
            + "spokesman capital crisis talks agreement deal treaty border army").split(" "),
        ("regierung minister parlament haushalt abstimmung reform steuer opposition koalition wahl präsident "
            + "sprecher hauptstadt krise gespräche abkommen grenze armee").split(" "),
        ("gobierno ministro parlamento presupuesto votación reforma impuesto oposición coalición elecciones "
            + "presidente portavoz capital crisis negociaciones acuerdo frontera").split(" "),
    };

    private static String paragraph(Random random, String[] words) {
        StringBuilder b = new StringBuilder();
        for (int s = 0; s < 3; s++) {
            for (int w = 0, n = 8 + random.nextInt(8); w < n; w++) {
                b.append(words[random.nextInt(words.length)]).append(' ');
            }
            b.append(random.nextInt(1000)).append(". ");
        }
        return b.toString().strip();
    }

    /** Stories with exact copies, near copies and backfilled originals, shuffled as a feed would bring them. */
    private static List<RawArticle> corpus(int stories) {
        Random random = new Random(2026);
        List<RawArticle> out = new ArrayList<>();
        for (int s = 0; s < stories; s++) {
            String[] words = VOCABULARIES[s % VOCABULARIES.length];
            List<String> paragraphs = new ArrayList<>();
            for (int p = 0; p < 5; p++) {
                paragraphs.add(paragraph(random, words));
            }
            String body = String.join("\n\n", paragraphs);
            Instant published = T0.plusSeconds(60L * s);
            out.add(raw("s" + s, body, published));
            for (int c = 0, copies = random.nextInt(4); c < copies; c++) {
                String copy = switch (c % 3) {
                    case 0 -> body;
                    case 1 -> body + "\n\nReporting by the wire desk.";
                    default -> String.join("\n\n", paragraphs.subList(0, 4));
                };
                out.add(raw("s" + s + "-c" + c, copy, published.plusSeconds(30L * (c + 1))));
            }
            if (s % 7 == 0) {
                out.add(raw("s" + s + "-orig", body, published.minusSeconds(3600)));
            }
        }
        Collections.shuffle(out, random);
        return out;
    }

    private static RawArticle raw(String name, String body, Instant published) {
        return RawArticle.builder(body).url("https://" + name + ".example.org/n/" + name).title(name)
                .publishedAt(published.toString()).ingestedAt(T0).build();
    }

    private static void produce(KafkaBroker broker, String topic, List<RawArticle> input, int poisonEvery) {
        try (KafkaProducer<byte[], byte[]> producer = KafkaTestClients.producer(broker)) {
            for (int i = 0; i < input.size(); i++) {
                // keys unrelated to the ids: copies arrive under different keys
                producer.send(new ProducerRecord<>(topic, ("k" + i).getBytes(StandardCharsets.UTF_8),
                        Json.toBytes(input.get(i))));
                if (i % poisonEvery == 0) {
                    producer.send(new ProducerRecord<>(topic, null, "{\"body\": \"poison".getBytes(
                            StandardCharsets.UTF_8)));
                }
            }
            producer.flush();
        }
    }

    /** The answers per id, in output order; fails on an id written twice. */
    private static Map<String, String> answers(List<ConsumerRecord<byte[], byte[]>> records) {
        Map<String, String> out = new LinkedHashMap<>();
        for (ConsumerRecord<byte[], byte[]> r : records) {
            Article a = Json.readArticle(r.value());
            assertThat(out.put(a.id(), answer(a))).as("written once: %s", a.id()).isNull();
        }
        return out;
    }

    private static String answer(Article a) {
        return a.duplicateOf() + " " + a.story();
    }

    private static Map<String, String> offline(List<RawArticle> input) throws Exception {
        Pipeline pipeline = Pipelines.standard();
        Sequencer sequencer = Pipelines.sequencer(PipelineOptions.defaults().withSameEventStories(true));
        Map<String, String> out = new LinkedHashMap<>();
        for (RawArticle r : input) {
            RawArticle decoded = Json.decodeRaw(Json.toBytes(r), ArticleLimits.DEFAULT);
            Article a = sequencer.sequence(pipeline.process(decoded, ArticleLimits.DEFAULT));
            out.put(a.id(), answer(a));
        }
        return out;
    }

    @Test
    void shouldGiveTheSameAnswersAsAnUninterruptedRunWhenTheStreamsProcessIsKilledMidRun(KafkaBroker broker)
            throws Exception {
        List<RawArticle> input = corpus(400);
        int poisonEvery = 97;
        int poison = (input.size() + poisonEvery - 1) / poisonEvery;
        Map<String, String> expected = offline(input);
        assertThat(expected.values()).as("the input has copies").anyMatch(a -> !a.startsWith("null"));

        // uninterrupted, in this JVM
        NewswireConfig once = NewswireConfig.from(settings(broker, run()));
        TopicAdmin.ensureTopics(once);
        produce(broker, once.topics().raw().name(), input, poisonEvery);
        Map<String, String> uninterrupted;
        try (StreamsApp app = new StreamsApp(once, Pipelines.standard(), PipelineObserver.NOOP).start()) {
            awaitSettled(broker, once);
            uninterrupted = answers(KafkaTestClients.readCommitted(broker, once.topics().enriched().name()));
            assertThat(KafkaTestClients.readCommitted(broker, once.topics().dlq().name())).hasSize(poison);
            // the sequence topic is purged up to what the app committed, as Streams purges repartition topics;
            // since s28 the article travels in its sequence record, so the parked and decisions topics (kept for
            // the records of an older app) get none
            String app0 = run(once);
            TopicPartition sequence = new TopicPartition(DuplicatesSettings.sequenceTopic(app0), 0);
            List<TopicPartition> drained = List.of(new TopicPartition(DuplicatesSettings.parkedTopic(app0), 0),
                    new TopicPartition(DuplicatesSettings.decisionsTopic(app0), 0));
            try (Admin admin = KafkaTestClients.admin(broker)) {
                Wait.forCondition("the sequence topic purged of consumed records", Duration.ofMinutes(2))
                        .until(() -> admin.listOffsets(Map.of(sequence, OffsetSpec.earliest())).all().get()
                                .get(sequence).offset() >= input.size());
                assertThat(admin.listOffsets(drained.stream().collect(Collectors.toMap(tp -> tp,
                        tp -> OffsetSpec.latest()))).all().get().values()).as("records on the parked and decisions topics")
                        .allMatch(o -> o.offset() == 0);
            }
        }

        // killed mid-run (SIGKILL) and restarted, in child JVMs
        String run = run();
        Map<String, String> settings = settings(broker, run);
        NewswireConfig killed = NewswireConfig.from(settings);
        TopicAdmin.ensureTopics(killed);
        produce(broker, killed.topics().raw().name(), input, poisonEvery);
        Path configFile = work.resolve("dedup-" + run + ".properties");
        Properties p = new Properties();
        p.putAll(settings);
        try (var w = Files.newBufferedWriter(configFile)) {
            p.store(w, "DuplicatesReplayIT");
        }
        Process first = pipelineProcess(configFile, "first");
        int before;
        try {
            before = KafkaTestClients.readAll(broker, killed.topics().enriched().name(), input.size() / 5,
                    Wait.DEFAULT_BOUND).size();
        } finally {
            first.destroyForcibly();
        }
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
        Map<String, String> afterKill;
        Process second = pipelineProcess(configFile, "second");
        try {
            awaitSettled(broker, killed);
            afterKill = answers(KafkaTestClients.readCommitted(broker, killed.topics().enriched().name()));
            List<ConsumerRecord<byte[], byte[]>> dead = KafkaTestClients.readCommitted(broker,
                    killed.topics().dlq().name());
            // the step's topics are purged of what the app committed: their low watermarks say how far
            System.out.printf("STORIES sigkill: in=%d enriched=%d dlq=%d killed-after=%d duplicates=%d "
                    + "sequence-low-watermark=%d decisions-low-watermark=%d missing=%s%n", input.size() + poison,
                    afterKill.size(), dead.size(), before,
                    afterKill.values().stream().filter(a -> !a.startsWith("null")).count(),
                    lowWatermark(broker, DuplicatesSettings.sequenceTopic(run(killed))),
                    lowWatermark(broker, DuplicatesSettings.decisionsTopic(run(killed))),
                    expected.keySet().stream().filter(id -> !afterKill.containsKey(id)).toList());
            assertThat(dead).hasSize(poison);
        } finally {
            second.destroyForcibly();
            second.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(before).as("killed mid-run").isLessThan(input.size());
        assertThat(uninterrupted).containsExactlyInAnyOrderEntriesOf(expected);
        assertThat(afterKill).containsExactlyInAnyOrderEntriesOf(expected);
    }

    /**
     * Known limit 2 of docs/STORIES.md, lifted: a backlog already on news.raw (two partitions) when the app
     * starts comes out while it is still being read, not after all of it was parked, and the join-back's
     * stores hold the articles in flight, not the backlog. Every record still ends once in news.enriched
     * or news.dlq, and nothing is left in the stores. Since s28 the article travels with its sequence record
     * and the sequencer writes it out, so the stores hold nothing at all (only an older app's parked articles
     * would wait there): the bound below still guards against a design that holds the backlog in memory.
     */
    @Test
    void shouldEmitTheFirstArticlesWhileABacklogIsStillBeingReadWhenItWasWaitingAtTheStart(KafkaBroker broker)
            throws Exception {
        // large enough that the stateful tasks' start (restoring their stores while the stateless enrich
        // tasks already run) is a small part of it
        List<RawArticle> input = corpus(1000);
        int poisonEvery = 97;
        int poison = (input.size() + poisonEvery - 1) / poisonEvery;
        long backlog = input.size() + poison;
        Map<String, String> settings = settings(broker, run());
        settings.put(NewswireConfig.TOPIC_PARTITIONS, "2");
        // A backlog many fetches long, as a backfill of 100,000 articles is with the app's settings (a fetch
        // brings at most max.partition.fetch.bytes, about 1 MB, a partition): Kafka Streams processes what
        // one poll brought before it polls again, so a backlog that fits in one fetch is parked whole by
        // any design. 32 KB (about 20 of these articles) a partition and 50 records a poll make this
        // backlog more than 60 fetches long.
        settings.put(StreamsConfig.consumerPrefix(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG), "32768");
        settings.put(StreamsConfig.consumerPrefix(ConsumerConfig.MAX_POLL_RECORDS_CONFIG), "50");
        NewswireConfig config = NewswireConfig.from(settings);
        TopicAdmin.ensureTopics(config);
        produce(broker, config.topics().raw().name(), input, poisonEvery);

        List<ConsumerRecord<byte[], byte[]>> out = new ArrayList<>();
        long[] rawLagAtFirst = {-1};
        InFlight held = new InFlight();
        try (Admin admin = KafkaTestClients.admin(broker);
                KafkaConsumer<byte[], byte[]> enriched = readCommittedFromStart(broker,
                        config.topics().enriched().name());
                StreamsApp app = new StreamsApp(config, Pipelines.standard(), PipelineObserver.NOOP).start()) {
            Wait.forConsumer("a first enriched article", Wait.DEFAULT_BOUND).until(() -> {
                held.sample(app);
                enriched.poll(Duration.ofMillis(100)).forEach(out::add);
                if (out.isEmpty()) {
                    return false;
                }
                rawLagAtFirst[0] = rawLag(admin, config);
                return true;
            });
            Wait.forConsumer("every article enriched", Wait.DEFAULT_BOUND).until(() -> {
                held.sample(app);
                enriched.poll(Duration.ofMillis(100)).forEach(out::add);
                return out.size() >= input.size();
            });
            awaitSettled(broker, config);
            Wait.forCondition("the join-back's stores readable").untilAsserted(() ->
                    assertThat(DuplicatesInFlight.of(app.streams())).isEqualTo(DuplicatesInFlight.NONE));
            Map<String, String> answers = answers(KafkaTestClients.readCommitted(broker,
                    config.topics().enriched().name()));
            List<ConsumerRecord<byte[], byte[]>> dead = KafkaTestClients.readCommitted(broker,
                    config.topics().dlq().name());
            System.out.printf(Locale.ROOT, "STORIES backlog: in=%d enriched=%d dlq=%d raw-lag-at-first-output=%d "
                    + "samples=%d max-held-articles=%d max-held-bytes=%d bytes-per-held-article=%d "
                    + "max-early-decisions=%d%n", backlog, answers.size(), dead.size(), rawLagAtFirst[0],
                    held.samples, held.mostArticles, held.mostBytes, held.bytesPerArticle(), held.mostDecisions);
            List<String> ids = new ArrayList<>();
            for (RawArticle r : input) {
                ids.add(Json.decodeRaw(Json.toBytes(r), ArticleLimits.DEFAULT).id());
            }
            assertThat(answers.keySet()).containsExactlyInAnyOrderElementsOf(ids);
            assertThat(dead).hasSize(poison);
        }
        // Before this fix the store held nearly the whole backlog before the first article came out. Measured
        // on the loaded 2-core machine (load 35): at most 652, 852 and 813 articles held of 2,677, in three
        // runs, most of it at the start (the stateful tasks restore their stores while the stateless enrich
        // tasks already read the backlog); hence the wide bound, which the old design misses by far all the
        // same. The raw lag when the first article comes out is printed, not asserted: it measures how fast
        // the enrich tasks read against the join-back's start, which depends on the machine (559, 282 and
        // 415 at load 35; 526 and then 45 on a quieter machine), while the memory bound is the property.
        assertThat(held.mostArticles).as("articles held at once, of %d", input.size())
                .isLessThan(input.size() * 2 / 3);
    }

    /** The most the join-back's stores held at one look, and the mean size of what they held. */
    private static final class InFlight {
        int samples;
        int mostArticles;
        long mostBytes;
        int mostDecisions;
        long articles;
        long bytes;

        void sample(StreamsApp app) {
            DuplicatesInFlight now;
            try {
                now = DuplicatesInFlight.of(app.streams());
            } catch (InvalidStateStoreException e) {
                return; // starting or rebalancing: nothing to read yet
            }
            samples++;
            mostArticles = Math.max(mostArticles, now.articles());
            mostBytes = Math.max(mostBytes, now.articleBytes());
            mostDecisions = Math.max(mostDecisions, now.decisions());
            articles += now.articles();
            bytes += now.articleBytes();
        }

        long bytesPerArticle() {
            return articles == 0 ? 0 : bytes / articles;
        }
    }

    private static KafkaConsumer<byte[], byte[]> readCommittedFromStart(KafkaBroker broker, String topic) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(p, new ByteArrayDeserializer(),
                new ByteArrayDeserializer());
        c.assign(c.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(i -> new TopicPartition(topic, i.partition())).toList());
        c.seekToBeginning(c.assignment());
        return c;
    }

    /** The first offset still held of a topic's partition 0 (the records before it were purged). */
    private static long lowWatermark(KafkaBroker broker, String topic) throws Exception {
        TopicPartition tp = new TopicPartition(topic, 0);
        try (Admin admin = KafkaTestClients.admin(broker)) {
            return admin.listOffsets(Map.of(tp, OffsetSpec.earliest())).all().get(30, TimeUnit.SECONDS).get(tp)
                    .offset();
        }
    }

    /** Records of news.raw beyond the app's committed offsets (all of a partition it has not committed on). */
    private static long rawLag(Admin admin, NewswireConfig config) throws Exception {
        String raw = config.topics().raw().name();
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(config.applicationId())
                .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
        Map<TopicPartition, OffsetSpec> request = new LinkedHashMap<>();
        for (int p = 0; p < config.partitions(); p++) {
            request.put(new TopicPartition(raw, p), OffsetSpec.latest());
        }
        long lag = 0;
        for (var e : admin.listOffsets(request).all().get(30, TimeUnit.SECONDS).entrySet()) {
            OffsetAndMetadata c = committed.get(e.getKey());
            lag += e.getValue().offset() - (c == null ? 0 : c.offset());
        }
        return lag;
    }

    private static String run(NewswireConfig config) {
        return config.applicationId();
    }

    private static String run() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static void awaitSettled(KafkaBroker broker, NewswireConfig config) {
        KafkaTestClients.awaitSettled(broker, config.applicationId(), config.topics().raw().name(),
                config.topics().enriched().name(), config.topics().dlq().name());
    }

    private Process pipelineProcess(Path configFile, String name) throws IOException {
        return PipelineProcess.start(configFile, Path.of("target", "dedup-replay-" + name + ".log"));
    }
}
