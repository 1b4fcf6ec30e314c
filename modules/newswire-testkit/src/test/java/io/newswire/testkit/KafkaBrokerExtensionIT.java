package io.newswire.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.testkit.engine.EngineTestKit;

@ExtendWith(KafkaBrokerExtension.class)
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class KafkaBrokerExtensionIT {

    private static final Duration TIMEOUT = Wait.DEFAULT_BOUND;

    private static KafkaBroker fromBeforeAll;
    private final KafkaBroker fromConstructor;

    KafkaBrokerExtensionIT(KafkaBroker broker) {
        this.fromConstructor = broker;
    }

    @BeforeAll
    static void remember(KafkaBroker broker) {
        fromBeforeAll = broker;
    }

    @Test
    void shouldInjectOneBrokerPerClassWhenAskedForInSeveralPlaces(KafkaBroker broker) {
        assertThat(broker).isSameAs(fromBeforeAll).isSameAs(fromConstructor);
        assertThat(broker.bootstrapServers()).matches("[^:,]+:\\d+");
        String forced = System.getProperty(KafkaBrokerExtension.BROKER_PROPERTY, "");
        if (forced.isBlank()) {
            assertThat(broker.kind()).isIn(KafkaBrokerExtension.EMBEDDED, KafkaBrokerExtension.CONTAINER);
        } else {
            assertThat(broker.kind()).isEqualTo(forced);
        }
    }

    @Test
    void shouldRoundTripARecordWhenTheTopicIsCreatedWithTheHelpers(KafkaBroker broker) throws Exception {
        KafkaTestClients.createTopics(broker, 3, "testkit-round-trip", "testkit-other");
        KafkaTestClients.createTopics(broker, 3, "testkit-round-trip"); // idempotent
        try (Admin admin = KafkaTestClients.admin(broker)) {
            assertThat(admin.listTopics().names().get(30, TimeUnit.SECONDS))
                    .contains("testkit-round-trip", "testkit-other");
        }

        try (KafkaProducer<byte[], byte[]> producer = KafkaTestClients.producer(broker)) {
            ProducerRecord<byte[], byte[]> record = new ProducerRecord<>("testkit-round-trip", utf8("id-1"),
                    utf8("hello, broker"));
            record.headers().add("source", utf8("testkit"));
            producer.send(record).get(30, TimeUnit.SECONDS);
        }

        List<ConsumerRecord<byte[], byte[]>> read = KafkaTestClients.readAll(broker, "testkit-round-trip", 1, TIMEOUT);
        assertThat(read).hasSize(1);
        assertThat(str(read.get(0).key())).isEqualTo("id-1");
        assertThat(str(read.get(0).value())).isEqualTo("hello, broker");
        assertThat(str(read.get(0).headers().lastHeader("source").value())).isEqualTo("testkit");
    }

    @Test
    void shouldReadOnlyCommittedRecordsAndReturnWhenTheTopicIsQuiet(KafkaBroker broker) throws Exception {
        KafkaTestClients.createTopics(broker, 3, "testkit-tx");
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        p.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "testkit-it");
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p, new ByteArraySerializer(),
                new ByteArraySerializer())) {
            producer.initTransactions();
            producer.beginTransaction();
            for (int i = 0; i < 3; i++) {
                producer.send(new ProducerRecord<>("testkit-tx", utf8("c" + i), utf8("committed")));
            }
            producer.commitTransaction();
            producer.beginTransaction();
            for (int i = 0; i < 2; i++) {
                producer.send(new ProducerRecord<>("testkit-tx", utf8("a" + i), utf8("aborted")));
            }
            producer.flush();
            producer.abortTransaction();
        }

        List<ConsumerRecord<byte[], byte[]>> committed = KafkaTestClients.readCommitted(broker, "testkit-tx");
        assertThat(committed).extracting(r -> str(r.value())).containsExactly("committed", "committed", "committed");

        List<ConsumerRecord<byte[], byte[]>> short3 = KafkaTestClients.readAll(broker, "testkit-tx", 10,
                Duration.ofSeconds(2));
        assertThat(short3).as("readAll returns what it has when the timeout passes").hasSize(3);
    }

    @Test
    void shouldKeepRecordsAndAddressWhenTheBrokerIsRestarted(KafkaBroker broker) throws Exception {
        if (!broker.supportsRestart()) {
            assertThatThrownBy(broker::stop).isInstanceOf(UnsupportedOperationException.class)
                    .hasMessageContaining(KafkaBrokerExtension.BROKER_PROPERTY);
            return;
        }
        KafkaTestClients.createTopics(broker, 1, "testkit-restart");
        try (KafkaProducer<byte[], byte[]> producer = KafkaTestClients.producer(broker)) {
            producer.send(new ProducerRecord<>("testkit-restart", utf8("k"), utf8("before restart")))
                    .get(30, TimeUnit.SECONDS);
        }
        String address = broker.bootstrapServers();

        broker.stop();
        broker.start();

        assertThat(broker.bootstrapServers()).isEqualTo(address);
        assertThat(KafkaTestClients.readAll(broker, "testkit-restart", 1, TIMEOUT))
                .extracting(r -> str(r.value())).containsExactly("before restart");
    }

    @Test
    void shouldCloseTheBrokerWhenItsTestClassIsDone(KafkaBroker broker) {
        ClosedAfterClassFixture.seen.clear();

        EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(ClosedAfterClassFixture.class))
                .execute()
                .testEvents()
                .assertStatistics(stats -> stats.started(2).succeeded(2));

        List<KafkaBroker> seen = ClosedAfterClassFixture.seen;
        assertThat(seen).hasSize(2);
        assertThat(seen.get(0)).as("one broker per class").isSameAs(seen.get(1)).isNotSameAs(broker);
        assertThat(refusesConnections(seen.get(0).bootstrapServers()))
                .as("the fixture's broker on %s is shut down after its class", seen.get(0).bootstrapServers())
                .isTrue();
    }

    @Nested
    class WhenNested {
        @Test
        void shouldShareTheEnclosingClassBrokerWhenNested(KafkaBroker broker) {
            assertThat(broker).isSameAs(fromBeforeAll);
        }
    }

    /** Run by {@link #shouldCloseTheBrokerWhenItsTestClassIsDone} through the JUnit engine test kit. */
    @ExtendWith(KafkaBrokerExtension.class)
    static class ClosedAfterClassFixture {
        static final List<KafkaBroker> seen = new CopyOnWriteArrayList<>();

        @Test
        void first(KafkaBroker broker) {
            seen.add(broker);
            KafkaTestClients.createTopics(broker, 1, "fixture");
        }

        @Test
        void second(KafkaBroker broker) {
            seen.add(broker);
            KafkaTestClients.createTopics(broker, 1, "fixture");
        }
    }

    private static boolean refusesConnections(String bootstrap) {
        int colon = bootstrap.lastIndexOf(':');
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(bootstrap.substring(0, colon),
                    Integer.parseInt(bootstrap.substring(colon + 1))), 2_000);
            return false;
        } catch (ConnectException e) {
            return true;
        } catch (IOException e) {
            return true;
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String str(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }

}
