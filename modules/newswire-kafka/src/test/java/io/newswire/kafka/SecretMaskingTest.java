package io.newswire.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class SecretMaskingTest {

    /** Every setting the Kafka clients themselves treat as a password. */
    static Stream<String> kafkaPasswordSettings() {
        return Stream.of(ProducerConfig.configDef(), ConsumerConfig.configDef(), AdminClientConfig.configDef())
                .flatMap(def -> def.configKeys().values().stream())
                .filter(key -> key.type == ConfigDef.Type.PASSWORD)
                .map(key -> key.name)
                .distinct();
    }

    @ParameterizedTest
    @MethodSource("kafkaPasswordSettings")
    void shouldMaskEverySettingKafkaDeclaresAPasswordWhenConfigIsDescribed(String key) {
        assertThat(NewswireConfig.isSecret(key)).as(key).isTrue();
        String secret = "Pässwörd-" + key.hashCode() + "-秘密";
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("bootstrap.servers", "k:9093");
        settings.put(key, secret);
        NewswireConfig config = NewswireConfig.from(settings);
        assertThat(config.describe()).containsEntry(key, NewswireConfig.HIDDEN);
        assertThat(config.describe().toString()).doesNotContain(secret);
        assertThat(config.clientProperties()).containsEntry(key, secret);
    }

    @ParameterizedTest
    @CsvSource({
        "basic.auth.user.info, user:pa55",
        "schema.registry.basic.auth.user.info, user:pa55",
        "sasl.oauthbearer.client.credentials.client.secret, s3cr3t",
        "sasl.oauthbearer.assertion.private.key.passphrase, s3cr3t",
        "consumer.ssl.keystore.password, s3cr3t",
        "producer.sasl.jaas.config, org.apache.kafka.common.security.plain.PlainLoginModule required password=\"p\";",
        "admin.ssl.key.password, s3cr3t",
        "some.plugin.api.key, abc123",
        "some.plugin.token, abc123",
    })
    void shouldMaskCredentialsByNameWhenKafkaDoesNotKnowTheSetting(String key, String secret) {
        NewswireConfig config = NewswireConfig.from(Map.of("bootstrap.servers", "k:9093", key, secret));
        assertThat(config.describe()).containsEntry(key, NewswireConfig.HIDDEN);
        assertThat(config.describe().toString()).doesNotContain(secret);
    }

    @ParameterizedTest
    @CsvSource({
        "security.protocol, SASL_SSL",
        "sasl.mechanism, SCRAM-SHA-512",
        "ssl.truststore.location, /etc/newswire/tls/truststore.p12",
        "ssl.keystore.type, PKCS12",
        "ssl.endpoint.identification.algorithm, https",
        "config.providers.env.class, org.apache.kafka.common.config.provider.EnvVarConfigProvider",
    })
    void shouldShowPlainSettingsWhenTheyAreNotSecret(String key, String value) {
        NewswireConfig config = NewswireConfig.from(Map.of("bootstrap.servers", "k:9093", key, value));
        assertThat(config.describe()).containsEntry(key, value);
    }

    /** Kafka Streams passes {@code consumer.*}, {@code main.consumer.*}, ... to one of its clients. */
    static Stream<String> prefixedKafkaPasswordSettings() {
        return kafkaPasswordSettings().flatMap(key -> Stream.of("consumer.", "producer.", "admin.", "main.consumer.",
                "restore.consumer.", "global.consumer.").map(prefix -> prefix + key));
    }

    @ParameterizedTest
    @MethodSource("prefixedKafkaPasswordSettings")
    void shouldMaskAKafkaPasswordWhenItCarriesAStreamsClientPrefix(String key) {
        NewswireConfig config = NewswireConfig.from(Map.of("bootstrap.servers", "k:9093", key, "s3cr3t-value"));
        assertThat(config.describe()).containsEntry(key, NewswireConfig.HIDDEN);
    }
}
