package io.newswire.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.testkit.KafkaBroker;
import io.newswire.testkit.KafkaBrokerExtension;
import io.newswire.testkit.KafkaTestClients;
import io.newswire.testkit.Wait;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The purge of the duplicates step's own topics on a real broker: records before the group's committed offset
 * go (the partition's low watermark advances to it, and again when the offset moves on), records after it and
 * topics that are not the step's stay.
 */
@ExtendWith(KafkaBrokerExtension.class)
class ConsumedRecordsPurgerIT {

    private static final String GROUP = "purge-app";
    private static final String PARKED = "purge-app-dedup-parked";
    private static final String OTHER = "purge-app-other";

    @Test
    void shouldAdvanceTheLowWatermarkToTheCommittedOffsetWhenRecordsWereConsumed(KafkaBroker broker)
            throws Exception {
        KafkaTestClients.createTopics(broker, 2, PARKED, OTHER);
        try (KafkaProducer<byte[], byte[]> producer = KafkaTestClients.producer(broker)) {
            for (int p = 0; p < 2; p++) {
                for (int i = 0; i < 12; i++) {
                    byte[] value = ("статья " + i).getBytes(StandardCharsets.UTF_8);
                    producer.send(new ProducerRecord<>(PARKED, p, null, value));
                    producer.send(new ProducerRecord<>(OTHER, p, null, value));
                }
            }
            producer.flush();
        }
        TopicPartition parked0 = new TopicPartition(PARKED, 0);
        TopicPartition parked1 = new TopicPartition(PARKED, 1);
        TopicPartition other0 = new TopicPartition(OTHER, 0);
        try (Admin admin = KafkaTestClients.admin(broker);
                ConsumedRecordsPurger purger = new ConsumedRecordsPurger(KafkaTestClients.admin(broker), GROUP,
                        List.of(PARKED))) {
            commit(admin, Map.of(parked0, 6L, parked1, 3L, other0, 5L));

            Map<TopicPartition, Long> first = purger.purgeOnce();

            assertThat(first).containsExactlyInAnyOrderEntriesOf(Map.of(parked0, 6L, parked1, 3L));
            assertThat(lowWatermarks(admin, parked0, parked1, other0))
                    .containsExactlyInAnyOrderEntriesOf(Map.of(parked0, 6L, parked1, 3L, other0, 0L));
            assertThat(purger.purgeOnce()).as("nothing committed since").isEmpty();

            // the app goes on consuming: the purge on its timer follows the committed offsets
            commit(admin, Map.of(parked0, 12L, parked1, 7L));
            purger.every(Duration.ofMillis(100));
            Wait.forCondition("low watermarks at the new committed offsets", Duration.ofMinutes(2))
                    .until(() -> lowWatermarks(admin, parked0, parked1, other0)
                            .equals(Map.of(parked0, 12L, parked1, 7L, other0, 0L)));
        }
    }

    private static void commit(Admin admin, Map<TopicPartition, Long> offsets) throws Exception {
        admin.alterConsumerGroupOffsets(GROUP, offsets.entrySet().stream().collect(Collectors.toMap(
                Map.Entry::getKey, e -> new OffsetAndMetadata(e.getValue())))).all().get(30, TimeUnit.SECONDS);
    }

    private static Map<TopicPartition, Long> lowWatermarks(Admin admin, TopicPartition... partitions)
            throws Exception {
        Map<TopicPartition, OffsetSpec> earliest = java.util.Arrays.stream(partitions)
                .collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.earliest()));
        return admin.listOffsets(earliest).all().get(30, TimeUnit.SECONDS).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }
}
