package io.newswire.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newswire.kafka.NewswireConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code --threads} sets {@code num.stream.threads} for {@code pipeline} and {@code demo}. */
class ThreadsOptionTest {

    @Test
    void shouldSetStreamThreadsWhenPipelineGetsThreads() {
        PipelineCommand pipeline = new PipelineCommand();
        new CommandLine(pipeline).parseArgs("--bootstrap-servers", "localhost:9092", "--threads", "4");
        NewswireConfig config = pipeline.kafka.config(pipeline.threads.settings());
        assertThat(config.kafkaProperties()).containsEntry(StreamsConfig.NUM_STREAM_THREADS_CONFIG, "4");
    }

    @Test
    void shouldLeaveTheDefaultToTheAppWhenNoThreadsAreGiven() {
        PipelineCommand pipeline = new PipelineCommand();
        new CommandLine(pipeline).parseArgs("--bootstrap-servers", "localhost:9092");
        assertThat(pipeline.threads.settings()).isEmpty();
        assertThat(pipeline.kafka.config(pipeline.threads.settings()).kafkaProperties())
                .doesNotContainKey(StreamsConfig.NUM_STREAM_THREADS_CONFIG);
    }

    @Test
    void shouldWinOverTheConfigFileWhenBothSetThreads(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("app.properties"), "num.stream.threads=8\n");
        PipelineCommand pipeline = new PipelineCommand();
        new CommandLine(pipeline).parseArgs("--bootstrap-servers", "localhost:9092", "--config", file.toString(),
                "--threads", "2");
        assertThat(pipeline.kafka.config(pipeline.threads.settings()).kafkaProperties())
                .containsEntry(StreamsConfig.NUM_STREAM_THREADS_CONFIG, "2");
    }

    @Test
    void shouldTakeThreadsWhenDemoGetsThem() {
        DemoCommand demo = new DemoCommand();
        new CommandLine(demo).parseArgs("--threads", "3");
        assertThat(demo.threads.settings()).containsEntry(StreamsConfig.NUM_STREAM_THREADS_CONFIG, "3");
    }

    @Test
    void shouldRejectThreadsWhenTheCountIsBelowOne() {
        PipelineCommand pipeline = new PipelineCommand();
        new CommandLine(pipeline).parseArgs("--bootstrap-servers", "localhost:9092", "--threads", "0");
        assertThatThrownBy(() -> pipeline.threads.settings()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--threads");
    }
}
