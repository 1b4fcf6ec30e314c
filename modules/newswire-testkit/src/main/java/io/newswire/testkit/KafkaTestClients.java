package io.newswire.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.awaitility.core.ConditionTimeoutException;

/** Plain Kafka clients for tests, reading {@code read_committed} as the pipeline's consumers do. */
public final class KafkaTestClients {

    private KafkaTestClients() {
    }

    public static Admin admin(KafkaBroker broker) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()));
    }

    /**
     * Creates the topics that do not exist yet (one replica each) and waits until the broker
     * knows all of them, so clients can use them at once.
     */
    public static void createTopics(KafkaBroker broker, int partitions, String... names) {
        try (Admin admin = admin(broker)) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            for (String name : names) {
                if (existing.contains(name)) {
                    continue;
                }
                try {
                    admin.createTopics(List.of(new NewTopic(name, partitions, (short) 1))).all()
                            .get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("cannot create topic " + name, e.getCause());
                    }
                }
            }
            awaitTopics(admin, List.of(names));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted creating topics " + Arrays.toString(names), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot create topics " + Arrays.toString(names), e);
        }
    }

    /** Waits until every partition of every topic has a leader in the broker's metadata. */
    private static void awaitTopics(Admin admin, List<String> names) {
        Wait.forCondition("topics " + names + " have a leader on every partition", Duration.ofSeconds(60))
                .until(() -> admin.describeTopics(names).allTopicNames().get(10, TimeUnit.SECONDS).values()
                        .stream().allMatch(d -> d.partitions().stream().allMatch(p -> p.leader() != null)));
    }

    /** An idempotent producer with {@code acks=all}. */
    public static KafkaProducer<byte[], byte[]> producer(KafkaBroker broker) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 16 * 1024 * 1024);
        return new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer());
    }

    /**
     * Reads {@code topic} from the beginning, {@code read_committed}, until at least
     * {@code expected} records arrived or {@code timeout} passed; returns what it has either way,
     * so the caller's assertion says what was missing.
     */
    public static List<ConsumerRecord<byte[], byte[]>> readAll(KafkaBroker broker, String topic, int expected,
            Duration timeout) {
        List<ConsumerRecord<byte[], byte[]>> out = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = consumer(broker, topic)) {
            Wait.forConsumer(expected + " records on " + topic, timeout).until(() -> {
                consumer.poll(Duration.ofMillis(100)).forEach(out::add);
                return out.size() >= expected;
            });
        } catch (ConditionTimeoutException e) {
            // the caller asserts on what arrived, which names what is missing
        }
        return out;
    }

    /**
     * Reads {@code topic} from the beginning to its end as it is now, {@code read_committed}: every
     * record of every committed transaction up to the last stable offset. Call it after
     * {@link #awaitSettled}, and what it returns is all there will ever be for that input, which is
     * how a test proves that no duplicate follows without waiting for a quiet period.
     */
    public static List<ConsumerRecord<byte[], byte[]>> readCommitted(KafkaBroker broker, String topic) {
        return readCommitted(broker.bootstrapServers(), topic);
    }

    /** As {@link #readCommitted(KafkaBroker, String)}, for a broker given by its address. */
    public static List<ConsumerRecord<byte[], byte[]>> readCommitted(String bootstrapServers, String topic) {
        List<ConsumerRecord<byte[], byte[]>> out = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = consumer(bootstrapServers, topic)) {
            Map<TopicPartition, Long> end = consumer.endOffsets(consumer.assignment(), Duration.ofSeconds(30));
            Wait.forConsumer("read " + topic + " to its end " + end, Wait.DEFAULT_BOUND).until(() -> {
                consumer.poll(Duration.ofMillis(100)).forEach(out::add);
                return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
            });
        }
        return out;
    }

    /**
     * Waits until a Kafka Streams app (consumer group {@code applicationId}) has processed and
     * committed everything on {@code input} as it is now, and no transaction is still open on any
     * of {@code outputs} (the last stable offset has reached the end of each partition). With
     * exactly-once processing every output of that input is then committed and readable, and no
     * more will come of it: a condition, not a quiet period. A transaction left open by a killed
     * instance is aborted by the broker after its timeout; this waits for that too.
     */
    public static void awaitSettled(KafkaBroker broker, String applicationId, String input, String... outputs) {
        awaitSettled(broker.bootstrapServers(), applicationId, input, outputs);
    }

    /** As {@link #awaitSettled(KafkaBroker, String, String, String...)}, for a broker given by its address. */
    public static void awaitSettled(String bootstrapServers, String applicationId, String input, String... outputs) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            Wait.forCondition(applicationId + " has processed all of " + input + " and committed "
                    + Arrays.toString(outputs)).until(() -> {
                // Committed offsets first, ends after: with the app's own topics between input and output (a
                // record of one is produced in the transaction that commits its source), every hop's
                // committed offset reaching an end read later means nothing is left in flight.
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(applicationId)
                        .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
                List<String> inputs = new ArrayList<>(List.of(input));
                inputs.addAll(internalInputs(admin, applicationId));
                Map<TopicPartition, Long> inputEnd = latest(admin, inputs, IsolationLevel.READ_UNCOMMITTED);
                for (Map.Entry<TopicPartition, Long> e : inputEnd.entrySet()) {
                    OffsetAndMetadata c = committed.get(e.getKey());
                    long at = c == null ? 0 : c.offset();
                    if (at < e.getValue()) {
                        return false;
                    }
                }
                List<String> out = List.of(outputs);
                if (!latest(admin, out, IsolationLevel.READ_COMMITTED)
                        .equals(latest(admin, out, IsolationLevel.READ_UNCOMMITTED))) {
                    return false;
                }
                // With batched enrichment a committed input offset may belong to a record still waiting for its
                // batch in the enrich task's store: settled only once that store, as committed, is empty.
                String batch = applicationId + "-" + ENRICH_BATCH_STORE + "-changelog";
                return !admin.listTopics().names().get(10, TimeUnit.SECONDS).contains(batch)
                        || waitingInStore(bootstrapServers, batch) == 0;
            });
        }
    }

    /** The enrich task's store of records waiting for their batch (newswire.enrich.batch.size over 1). */
    static final String ENRICH_BATCH_STORE = "enrich-batch";

    /**
     * How many keys a changelogged store holds as committed: {@code changelog} read to its last stable offset, each
     * key's last record a value or a tombstone.
     */
    public static long waitingInStore(String bootstrapServers, String changelog) {
        Map<String, Boolean> present = new HashMap<>();
        for (ConsumerRecord<byte[], byte[]> r : readCommitted(bootstrapServers, changelog)) {
            present.put(r.partition() + ":" + Arrays.toString(r.key()), r.value() != null);
        }
        return present.values().stream().filter(v -> v).count();
    }

    /**
     * The topics between the app's input and its outputs that its group reads: Kafka Streams' repartition
     * topics and newswire's duplicates topics ({@code <application.id>-dedup-sequence}, {@code -dedup-parked}
     * and {@code -dedup-decisions}). Changelogs are not among them: no group offset is ever committed on them.
     */
    private static List<String> internalInputs(Admin admin, String applicationId) throws Exception {
        List<String> out = new ArrayList<>();
        for (String name : admin.listTopics().names().get(10, TimeUnit.SECONDS)) {
            if (name.startsWith(applicationId + "-") && (name.endsWith("-repartition")
                    || name.equals(applicationId + "-dedup-sequence") || name.equals(applicationId + "-dedup-parked")
                    || name.equals(applicationId + "-dedup-decisions"))) {
                out.add(name);
            }
        }
        return out;
    }

    private static Map<TopicPartition, Long> latest(Admin admin, List<String> topics, IsolationLevel isolation)
            throws Exception {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        admin.describeTopics(topics).allTopicNames().get(10, TimeUnit.SECONDS).forEach((name, d) ->
                d.partitions().forEach(p -> request.put(new TopicPartition(name, p.partition()), OffsetSpec.latest())));
        Map<TopicPartition, Long> out = new HashMap<>();
        admin.listOffsets(request, new ListOffsetsOptions(isolation)).all().get(10, TimeUnit.SECONDS)
                .forEach((tp, info) -> out.put(tp, info.offset()));
        return out;
    }

    private static KafkaConsumer<byte[], byte[]> consumer(KafkaBroker broker, String topic) {
        return consumer(broker.bootstrapServers(), topic);
    }

    private static KafkaConsumer<byte[], byte[]> consumer(String bootstrapServers, String topic) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> parts = c.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(i -> new TopicPartition(topic, i.partition())).toList();
        if (parts.isEmpty()) {
            c.close();
            throw new IllegalStateException("topic " + topic + " does not exist");
        }
        c.assign(parts);
        c.seekToBeginning(parts);
        return c;
    }
}
