package io.newswire.cli;

import java.util.Map;
import org.apache.kafka.streams.StreamsConfig;
import picocli.CommandLine.Option;

/** {@code --threads N}: the streams app's {@code num.stream.threads}, on top of the config file. */
final class ThreadsOption {

    @Option(names = "--threads", paramLabel = "N",
            description = "Stream threads of this instance (num.stream.threads; default: one per core).")
    Integer threads;

    /** The setting to lay over the others: none when the flag is absent, so the file or the default decides. */
    Map<String, String> settings() {
        if (threads == null) {
            return Map.of();
        }
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be at least 1, got " + threads);
        }
        return Map.of(StreamsConfig.NUM_STREAM_THREADS_CONFIG, Integer.toString(threads));
    }
}
