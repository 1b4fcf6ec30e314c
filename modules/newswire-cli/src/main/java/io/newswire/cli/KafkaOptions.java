package io.newswire.cli;

import io.newswire.kafka.NewswireConfig;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** The options every Kafka-facing command shares; settings come from the file, flags win. */
final class KafkaOptions {

    @Option(names = {"-b", "--bootstrap-servers"}, paramLabel = "HOST:PORT",
            description = "Kafka bootstrap servers (or bootstrap.servers in --config).")
    String bootstrapServers;

    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "Properties file: newswire.* settings and any Kafka client settings "
                    + "(security.protocol, sasl.*, ssl.*, ...), passed through to the clients.")
    Path configFile;

    NewswireConfig config(Map<String, String> overrides) {
        Map<String, String> settings = new LinkedHashMap<>();
        if (configFile != null) {
            settings.putAll(NewswireConfig.load(configFile));
        }
        settings.putAll(overrides);
        if (bootstrapServers != null) {
            settings.put(NewswireConfig.BOOTSTRAP_SERVERS, bootstrapServers);
        }
        NewswireConfig config = NewswireConfig.from(settings);
        config.requireBootstrapServers();
        return config;
    }

    NewswireConfig config() {
        return config(Map.of());
    }
}
