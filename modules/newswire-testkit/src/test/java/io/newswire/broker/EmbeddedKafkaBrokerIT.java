package io.newswire.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import io.newswire.testkit.Wait;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 3, unit = TimeUnit.MINUTES)
class EmbeddedKafkaBrokerIT {

    private static final Duration READ_TIMEOUT = Wait.DEFAULT_BOUND;

    private static EmbeddedKafkaBroker broker;

    @BeforeAll
    static void startBroker() {
        broker = EmbeddedKafkaBroker.builder().build().start();
    }

    @AfterAll
    static void closeBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void shouldRoundTripRecordsWhenTopicWasCreatedViaAdmin() throws Exception {
        createTopic(broker, "round-trip", 3);
        try (Admin admin = admin(broker)) {
            TopicDescription d = admin.describeTopics(List.of("round-trip")).allTopicNames()
                    .get(30, TimeUnit.SECONDS).get("round-trip");
            assertThat(d.partitions()).hasSize(3);
        }

        try (KafkaProducer<String, String> producer = producer(broker, Map.of())) {
            for (int i = 0; i < 20; i++) {
                producer.send(new ProducerRecord<>("round-trip", "k" + i, "v" + i)).get(30, TimeUnit.SECONDS);
            }
        }

        List<ConsumerRecord<String, String>> read = read(broker, "round-trip", "read_committed", 20);
        assertThat(read).extracting(r -> r.key() + "=" + r.value())
                .containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.range(0, 20)
                        .mapToObj(i -> "k" + i + "=v" + i).toList());
    }

    @Test
    void shouldHideAbortedRecordsFromReadCommittedConsumersWhenATransactionIsAborted() throws Exception {
        createTopic(broker, "tx", 3);
        try (KafkaProducer<String, String> producer = producer(broker,
                Map.of(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "embedded-broker-it"))) {
            producer.initTransactions();

            producer.beginTransaction();
            for (int i = 0; i < 5; i++) {
                producer.send(new ProducerRecord<>("tx", "c" + i, "committed-1"));
            }
            producer.commitTransaction();

            producer.beginTransaction();
            for (int i = 0; i < 5; i++) {
                producer.send(new ProducerRecord<>("tx", "a" + i, "aborted"));
            }
            producer.flush(); // the aborted records really reach the log
            producer.abortTransaction();

            producer.beginTransaction();
            for (int i = 0; i < 5; i++) {
                producer.send(new ProducerRecord<>("tx", "d" + i, "committed-2"));
            }
            producer.commitTransaction();
        }

        List<ConsumerRecord<String, String>> uncommitted = read(broker, "tx", "read_uncommitted", 15);
        assertThat(uncommitted).extracting(ConsumerRecord::value)
                .as("read_uncommitted sees the aborted batch too, so it was written")
                .contains("aborted");

        List<ConsumerRecord<String, String>> committed = readToEnd(broker, "tx", "read_committed", 10);
        assertThat(committed).extracting(ConsumerRecord::value)
                .hasSize(10)
                .doesNotContain("aborted")
                .containsOnly("committed-1", "committed-2");
    }

    @Test
    void shouldAcceptAnEightMebibyteRecordWhenMessageMaxBytesIsRaised() throws Exception {
        createTopic(broker, "large", 1);
        byte[] value = new byte[8 * 1024 * 1024];
        Arrays.fill(value, (byte) 'x');
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 16 * 1024 * 1024);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p, new ByteArraySerializer(),
                new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>("large", "big".getBytes(StandardCharsets.UTF_8), value))
                    .get(60, TimeUnit.SECONDS);
        }

        Properties c = new Properties();
        c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(c, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            TopicPartition tp = new TopicPartition("large", 0);
            consumer.assign(List.of(tp));
            consumer.seekToBeginning(List.of(tp));
            List<ConsumerRecord<byte[], byte[]>> got = new ArrayList<>();
            Wait.forCondition("the large record read back", READ_TIMEOUT).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(got::add);
                return !got.isEmpty();
            });
            assertThat(got).hasSize(1);
            assertThat(got.get(0).value()).hasSize(value.length).isEqualTo(value);
        }
    }

    @Test
    void shouldBeANoOpWhenStartIsCalledOnARunningBroker() {
        String before = broker.bootstrapServers();

        assertThat(broker.start()).isSameAs(broker);
        assertThat(broker.isRunning()).isTrue();
        assertThat(broker.bootstrapServers()).isEqualTo(before).isEqualTo("localhost:" + broker.port());
    }

    @Test
    void shouldKeepEarlierRecordsAndTheSamePortWhenRestartedOnTheSameDataDir(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("kafka");
        try (EmbeddedKafkaBroker restartable = EmbeddedKafkaBroker.builder().dataDir(data).build()) {
            restartable.start();
            int port = restartable.port();
            createTopic(restartable, "durable", 3);
            produce(restartable, "durable", "before", 10);
            String metaBefore = Files.readString(data.resolve("logs/meta.properties"));

            restartable.stop();
            assertThat(restartable.isRunning()).isFalse();
            restartable.stop(); // a second stop is harmless
            restartable.start();

            assertThat(restartable.port()).isEqualTo(port);
            assertThat(restartable.bootstrapServers()).isEqualTo("localhost:" + port);
            assertThat(Files.readString(data.resolve("logs/meta.properties")))
                    .as("storage is not re-formatted: same cluster id").isEqualTo(metaBefore);
            produce(restartable, "durable", "after", 10);

            List<ConsumerRecord<String, String>> read = read(restartable, "durable", "read_committed", 20);
            assertThat(read).extracting(ConsumerRecord::value)
                    .hasSize(20)
                    .filteredOn(v -> v.startsWith("before")).hasSize(10);
        }
        assertThat(data).as("a caller's data directory is kept on close").isDirectory();
    }

    @Test
    void shouldDeleteItsTemporaryDataDirWhenClosed() {
        Path data;
        try (EmbeddedKafkaBroker temp = EmbeddedKafkaBroker.builder().build().start()) {
            data = temp.dataDir();
            assertThat(data).isDirectory();
        }
        assertThat(data).doesNotExist();
    }

    @Test
    void shouldFailAndReleaseEverythingWhenTheRequestedPortIsTaken() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 50,
                java.net.InetAddress.getByName("localhost"))) {
            EmbeddedKafkaBroker blocked = EmbeddedKafkaBroker.builder().port(taken.getLocalPort()).build();
            try {
                assertThatThrownBy(blocked::start).hasRootCauseInstanceOf(java.net.BindException.class);
                assertThat(blocked.isRunning()).isFalse();
            } finally {
                blocked.close();
            }
            assertThat(blocked.dataDir()).doesNotExist();
        }
    }

    // --- helpers -------------------------------------------------------------------------------

    private static Admin admin(EmbeddedKafkaBroker b) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, b.bootstrapServers()));
    }

    private static void createTopic(EmbeddedKafkaBroker b, String name, int partitions) throws Exception {
        try (Admin admin = admin(b)) {
            admin.createTopics(List.of(new NewTopic(name, partitions, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
    }

    private static KafkaProducer<String, String> producer(EmbeddedKafkaBroker b, Map<String, Object> extra) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, b.bootstrapServers());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.putAll(extra);
        return new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
    }

    private static void produce(EmbeddedKafkaBroker b, String topic, String prefix, int n) throws Exception {
        try (KafkaProducer<String, String> producer = producer(b, Map.of())) {
            for (int i = 0; i < n; i++) {
                producer.send(new ProducerRecord<>(topic, prefix + i, prefix + i)).get(30, TimeUnit.SECONDS);
            }
        }
    }

    private static KafkaConsumer<String, String> consumer(EmbeddedKafkaBroker b, String topic, String isolation) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, b.bootstrapServers());
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, isolation);
        KafkaConsumer<String, String> c = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer());
        List<TopicPartition> parts = c.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(i -> new TopicPartition(topic, i.partition())).toList();
        c.assign(parts);
        c.seekToBeginning(parts);
        return c;
    }

    private static List<ConsumerRecord<String, String>> read(EmbeddedKafkaBroker b, String topic, String isolation,
            int expected) {
        List<ConsumerRecord<String, String>> out = new ArrayList<>();
        try (KafkaConsumer<String, String> c = consumer(b, topic, isolation)) {
            Wait.forCondition(expected + " records on " + topic, READ_TIMEOUT).until(() -> {
                c.poll(Duration.ofMillis(200)).forEach(out::add);
                return out.size() >= expected;
            });
        }
        return out;
    }

    /**
     * At least {@code expected} records, then everything up to the end offsets as they are then
     * (the last stable offset for {@code read_committed}): all there is, extra records included.
     */
    private static List<ConsumerRecord<String, String>> readToEnd(EmbeddedKafkaBroker b, String topic,
            String isolation, int expected) {
        List<ConsumerRecord<String, String>> out = new ArrayList<>();
        try (KafkaConsumer<String, String> c = consumer(b, topic, isolation)) {
            Wait.forCondition(expected + " records on " + topic, READ_TIMEOUT).until(() -> {
                c.poll(Duration.ofMillis(200)).forEach(out::add);
                return out.size() >= expected;
            });
            Map<TopicPartition, Long> end = c.endOffsets(c.assignment(), Duration.ofSeconds(30));
            Wait.forCondition("read " + topic + " to " + end, READ_TIMEOUT).until(() -> {
                c.poll(Duration.ofMillis(200)).forEach(out::add);
                return end.entrySet().stream().allMatch(e -> c.position(e.getKey()) >= e.getValue());
            });
        }
        return out;
    }
}
