package io.newswire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.kafka.NewswireConfig;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The security settings as the commands see them: from {@code --config}, with flags on top. */
class SecurityOptionsTest {

    private static String example(String file) {
        return Path.of(System.getProperty("newswire.home", "../.."), "docs", "examples", file).toString();
    }

    @Test
    void shouldPassTheExampleSecuritySettingsThroughWhenPipelineGetsThemWithConfig() {
        PipelineCommand pipeline = new PipelineCommand();
        new CommandLine(pipeline).parseArgs("--config", example("secure-client.properties"),
                "--bootstrap-servers", "kafka-1.example.org:9093");
        NewswireConfig config = pipeline.kafka.config();
        assertThat(config.clientProperties())
                .containsEntry("bootstrap.servers", "kafka-1.example.org:9093")
                .containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                .containsEntry("config.providers", "env")
                .containsEntry("ssl.truststore.password", "${env:NEWSWIRE_TRUSTSTORE_PASSWORD}");
        // Kept as a reference here; each Kafka client resolves it from the environment when it starts.
        assertThat((String) config.clientProperties().get("sasl.jaas.config"))
                .contains("password=\"${env:NEWSWIRE_KAFKA_PASSWORD}\"");
        assertThat(config.describe()).containsEntry("sasl.jaas.config", NewswireConfig.HIDDEN);
    }

    @Test
    void shouldBindOpsEndpointsToLoopbackWhenNoHostIsGiven() {
        PipelineCommand pipeline = new PipelineCommand();
        new CommandLine(pipeline).parseArgs("--bootstrap-servers", "localhost:9092");
        assertThat(pipeline.http.host).isEqualTo("127.0.0.1");
        DemoCommand demo = new DemoCommand();
        new CommandLine(demo).parseArgs();
        assertThat(demo.http.host).isEqualTo("127.0.0.1");
    }

    @Test
    void shouldBindWhereToldWhenHostIsGiven() {
        PipelineCommand pipeline = new PipelineCommand();
        new CommandLine(pipeline).parseArgs("--bootstrap-servers", "localhost:9092", "--http-host", "0.0.0.0");
        assertThat(pipeline.http.host).isEqualTo("0.0.0.0");
    }
}
