package io.newswire.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.kafka.NewswireConfig;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.config.SslConfigs;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

/**
 * The security examples in {@code docs/examples/} as a user would run them: loaded as the
 * {@code --config} file, their settings reach the streams app's consumer, producer and admin
 * client, and plain producer and admin clients, unchanged; {@code ${env:...}} references are
 * resolved by Kafka's own config provider from the environment (set by surefire for this test);
 * the start-up dump hides every secret.
 */
class SecureClientConfigTest {

    private static final String BOOTSTRAP = "kafka-1.example.org:9093";
    private static final String JAAS_RESOLVED = "org.apache.kafka.common.security.scram.ScramLoginModule required "
            + "username=\"newswire-test\" password=\"scram-pässword-from-env\";";

    private static NewswireConfig example(String file) {
        Path path = Path.of(System.getProperty("newswire.home", "."), "docs", "examples", file);
        Map<String, String> settings = new LinkedHashMap<>(NewswireConfig.load(path));
        settings.put(NewswireConfig.BOOTSTRAP_SERVERS, BOOTSTRAP);
        return NewswireConfig.from(settings);
    }

    /** The configs Kafka Streams hands to the clients it creates, after its own parsing. */
    private static Map<String, Map<String, Object>> streamsClientConfigs(NewswireConfig config) {
        StreamsConfig streams = new StreamsConfig(StreamsApp.streamsProperties(config));
        Map<String, Map<String, Object>> clients = new LinkedHashMap<>();
        clients.put("main consumer", streams.getMainConsumerConfigs("newswire", "newswire-consumer", 0));
        clients.put("producer", streams.getProducerConfigs("newswire-producer"));
        clients.put("admin", streams.getAdminConfigs("newswire-admin"));
        return clients;
    }

    @Test
    void shouldPassSaslSslScramSettingsToEveryStreamsClientWhenTheExampleIsLoaded() {
        NewswireConfig config = example("secure-client.properties");
        assertThat(config.applicationId()).isEqualTo("newswire");
        assertThat(config.replicationFactor()).isEqualTo((short) 3);
        streamsClientConfigs(config).forEach((client, props) -> assertThat(props).as(client)
                .containsEntry("security.protocol", "SASL_SSL")
                .containsEntry(SaslConfigs.SASL_MECHANISM, "SCRAM-SHA-512")
                .containsEntry(SslConfigs.SSL_TRUSTSTORE_TYPE_CONFIG, "PKCS12")
                .containsEntry(SslConfigs.SSL_TRUSTSTORE_LOCATION_CONFIG, "/etc/newswire/tls/truststore.p12")
                .containsEntry(SslConfigs.SSL_ENDPOINT_IDENTIFICATION_ALGORITHM_CONFIG, "https")
                .containsEntry("bootstrap.servers", BOOTSTRAP));
    }

    @Test
    void shouldResolveEnvironmentReferencesWhenAKafkaClientParsesTheSettings() {
        NewswireConfig config = example("secure-client.properties");
        Map<String, Object> producer = new HashMap<>(config.clientProperties());
        producer.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        producer.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        ProducerConfig parsed = new ProducerConfig(producer);
        assertThat(parsed.getPassword(SaslConfigs.SASL_JAAS_CONFIG).value()).isEqualTo(JAAS_RESOLVED);
        assertThat(parsed.getPassword(SslConfigs.SSL_TRUSTSTORE_PASSWORD_CONFIG).value())
                .isEqualTo("truststore-password-from-env");
        assertThat(parsed.getString("security.protocol")).isEqualTo("SASL_SSL");

        AdminClientConfig admin = new AdminClientConfig(config.clientProperties());
        assertThat(admin.getPassword(SaslConfigs.SASL_JAAS_CONFIG).value()).isEqualTo(JAAS_RESOLVED);

        Map<String, Object> consumer = new HashMap<>(config.clientProperties());
        consumer.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        consumer.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        assertThat(new ConsumerConfig(consumer).getPassword(SaslConfigs.SASL_JAAS_CONFIG).value())
                .isEqualTo(JAAS_RESOLVED);

        streamsClientConfigs(config).forEach((client, props) -> assertThat(props).as(client)
                .containsEntry(SaslConfigs.SASL_JAAS_CONFIG, JAAS_RESOLVED)
                .containsEntry(SslConfigs.SSL_TRUSTSTORE_PASSWORD_CONFIG, "truststore-password-from-env"));
    }

    @Test
    void shouldPassMutualTlsKeyStoreSettingsWhenTheExampleIsLoaded() {
        NewswireConfig config = example("mtls-client.properties");
        streamsClientConfigs(config).forEach((client, props) -> assertThat(props).as(client)
                .containsEntry("security.protocol", "SSL")
                .containsEntry(SslConfigs.SSL_KEYSTORE_TYPE_CONFIG, "PKCS12")
                .containsEntry(SslConfigs.SSL_KEYSTORE_LOCATION_CONFIG, "/etc/newswire/tls/newswire-client.p12")
                .containsEntry(SslConfigs.SSL_KEYSTORE_PASSWORD_CONFIG, "keystore-password-from-env")
                .containsEntry(SslConfigs.SSL_KEY_PASSWORD_CONFIG, "key-password-from-env")
                .containsEntry(SslConfigs.SSL_TRUSTSTORE_PASSWORD_CONFIG, "truststore-password-from-env"));
    }

    @Test
    void shouldNotReadVariablesOutsideTheAllowlistWhenAReferenceNamesOne() {
        Map<String, String> settings = new LinkedHashMap<>(
                NewswireConfig.load(Path.of(System.getProperty("newswire.home", "."), "docs", "examples",
                        "secure-client.properties")));
        settings.put(NewswireConfig.BOOTSTRAP_SERVERS, BOOTSTRAP);
        settings.put(SslConfigs.SSL_TRUSTSTORE_PASSWORD_CONFIG, "${env:OTHER_SECRET_OUTSIDE_ALLOWLIST}");
        Map<String, Object> admin = NewswireConfig.from(settings).clientProperties();
        String resolved = new AdminClientConfig(admin).getPassword(SslConfigs.SSL_TRUSTSTORE_PASSWORD_CONFIG).value();
        assertThat(System.getenv("OTHER_SECRET_OUTSIDE_ALLOWLIST")).isEqualTo("must-not-be-read");
        assertThat(resolved).doesNotContain("must-not-be-read");
    }

    @Test
    void shouldHideEverySecretWhenTheConfigIsDumpedAtStartUp() {
        for (String file : new String[] {"secure-client.properties", "mtls-client.properties"}) {
            NewswireConfig config = example(file);
            Map<String, String> dump = config.describe();
            for (String key : new String[] {SaslConfigs.SASL_JAAS_CONFIG, SslConfigs.SSL_TRUSTSTORE_PASSWORD_CONFIG,
                    SslConfigs.SSL_KEYSTORE_PASSWORD_CONFIG, SslConfigs.SSL_KEY_PASSWORD_CONFIG}) {
                if (config.kafkaProperties().containsKey(key)) {
                    assertThat(dump).as(file).containsEntry(key, NewswireConfig.HIDDEN);
                }
            }
            assertThat(dump.toString()).as(file).doesNotContain("from-env", "${env:", "newswire-test");
            assertThat(dump).containsEntry("security.protocol", config.kafkaProperties().get("security.protocol"));
        }
    }
}
