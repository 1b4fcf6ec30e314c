package io.newswire.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.kafka.NewswireConfig;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

class StreamsPropertiesTest {

    @Test
    void shouldRunOneStreamThreadPerCoreWhenTheConfigurationSetsNone() {
        Properties p = StreamsApp.streamsProperties(NewswireConfig.from(Map.of("bootstrap.servers", "k:9092")));
        assertThat(p.get(StreamsConfig.NUM_STREAM_THREADS_CONFIG))
                .isEqualTo(Integer.toString(Runtime.getRuntime().availableProcessors()));
        assertThat(new StreamsConfig(p).getInt(StreamsConfig.NUM_STREAM_THREADS_CONFIG))
                .isEqualTo(Runtime.getRuntime().availableProcessors());
    }

    @Test
    void shouldTakeTheConfiguredThreadCountWhenTheFileSetsOne() {
        Properties p = StreamsApp.streamsProperties(NewswireConfig.from(Map.of("bootstrap.servers", "k:9092",
                StreamsConfig.NUM_STREAM_THREADS_CONFIG, "5")));
        assertThat(new StreamsConfig(p).getInt(StreamsConfig.NUM_STREAM_THREADS_CONFIG)).isEqualTo(5);
    }

    @Test
    void shouldKeepExactlyOnceWhenTheThreadCountIsSet() {
        Properties p = StreamsApp.streamsProperties(NewswireConfig.from(Map.of("bootstrap.servers", "k:9092",
                StreamsConfig.NUM_STREAM_THREADS_CONFIG, "1")));
        assertThat(p).containsEntry(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2)
                .containsEntry(StreamsConfig.NUM_STREAM_THREADS_CONFIG, "1");
    }
}
