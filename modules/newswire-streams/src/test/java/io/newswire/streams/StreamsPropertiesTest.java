package io.newswire.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.kafka.NewswireConfig;
import io.newswire.kafka.TopicAdmin;
import io.newswire.enrich.api.Pipelines;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

    @Test
    void shouldBoundRocksDbMemoryUnlessTheConfigurationSetsItsOwn() {
        Properties p = StreamsApp.streamsProperties(NewswireConfig.from(Map.of("bootstrap.servers", "k:9092")));
        assertThat(p).containsEntry(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG,
                BoundedRocksDbConfig.class.getName());
        Properties own = StreamsApp.streamsProperties(NewswireConfig.from(Map.of("bootstrap.servers", "k:9092",
                StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, "com.example.MyRocks")));
        assertThat(own).containsEntry(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, "com.example.MyRocks");
    }

    @Test
    void shouldStartASecondInstanceInItsOwnStateDirectoryWhenTheSharedOneIsHeld(@TempDir Path state) {
        // the duplicates step's RocksDB stores make Kafka Streams lock the app's state directory
        NewswireConfig config = NewswireConfig.from(Map.of("bootstrap.servers", "localhost:1",
                NewswireConfig.DUPLICATES_ENABLED, "true", NewswireConfig.DUPLICATES_SAME_EVENT_STORIES, "true",
                StreamsConfig.STATE_DIR_CONFIG, state.toString()));
        Properties props = StreamsApp.streamsProperties(config);
        try (KafkaStreams first = StreamsApp.open(NewswireTopology.build(config, Pipelines.standard()), props);
                KafkaStreams second = StreamsApp.open(NewswireTopology.build(config, Pipelines.standard()), props)) {
            assertThat(first).isNotNull();
            assertThat(second).isNotNull();
            try (var dirs = Files.list(state)) {
                assertThat(dirs.map(d -> d.getFileName().toString())).anyMatch(d -> d.startsWith("instance-"));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "max.record.bytes {0}, duplicates {1}")
    @CsvSource({"1024, true", "1024, false", "1048576, true", "1048576, false"})
    void shouldGiveTheStepsRecordsRoomBeyondAnArticleWhenTheStepIsOn(String maxRecordBytes, boolean duplicates) {
        NewswireConfig config = NewswireConfig.from(Map.of("bootstrap.servers", "k:9092",
                NewswireConfig.MAX_RECORD_BYTES, maxRecordBytes,
                NewswireConfig.DUPLICATES_ENABLED, Boolean.toString(duplicates)));
        Properties p = StreamsApp.streamsProperties(config);
        int request = Integer.parseInt((String) p.get(StreamsConfig.producerPrefix("max.request.size")));
        // a sequence record is the article plus up to about 9 KB, whatever the record limit
        assertThat(request).isEqualTo(duplicates ? TopicAdmin.maxMessageBytes(config) + 64 * 1024
                : TopicAdmin.maxMessageBytes(config));
        assertThat(p.get(StreamsConfig.consumerPrefix("max.partition.fetch.bytes"))).isEqualTo(Integer.toString(request));
    }

    @Test
    void shouldBatchSeveralCompressedArticlesWhenTheConfigurationSetsNoProducerBatching() {
        Map<String, Object> producer = producerConfigs(Map.of("bootstrap.servers", "k:9092"));
        // an enriched article is about 21 KB of JSON: above the producer's own 16 KiB default it was a batch alone
        assertThat(producer).containsEntry(ProducerConfig.BATCH_SIZE_CONFIG,
                Integer.toString(StreamsApp.DEFAULT_PRODUCER_BATCH_BYTES))
                .containsEntry(ProducerConfig.COMPRESSION_TYPE_CONFIG, StreamsApp.DEFAULT_PRODUCER_COMPRESSION);
        assertThat(StreamsApp.DEFAULT_PRODUCER_BATCH_BYTES).isGreaterThanOrEqualTo(64 * 1024);
        // Kafka Streams' own linger.ms (100 ms) is kept: under exactly-once each commit flushes the batches anyway
        assertThat(producer).containsEntry(ProducerConfig.LINGER_MS_CONFIG, "100");
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
            "batch.size, 32768, batch.size, 32768",
            "producer.batch.size, 32768, batch.size, 32768",
            "batch.size, 0, batch.size, 0",
            "compression.type, zstd, compression.type, zstd",
            "producer.compression.type, none, compression.type, none",
            "compression.type, gzip, batch.size, 65536",
            "batch.size, 1048576, compression.type, lz4"})
    void shouldKeepTheConfiguredProducerSettingWithOrWithoutThePrefix(String name, String value, String read,
            String expected) {
        // a prefixed setting wins over an unprefixed one in Kafka Streams: the default must not hide the file's
        assertThat(producerConfigs(Map.of("bootstrap.servers", "k:9092", name, value)))
                .containsEntry(read, expected);
    }

    @ParameterizedTest(name = "max.record.bytes {0}, duplicates {1}")
    @CsvSource({"1024, false", "1024, true", "8192, false"})
    void shouldKeepTheBatchWithinTheRequestLimitWhenTheRecordLimitIsSmall(String maxRecordBytes, boolean duplicates) {
        Map<String, Object> producer = producerConfigs(Map.of("bootstrap.servers", "k:9092",
                NewswireConfig.MAX_RECORD_BYTES, maxRecordBytes,
                NewswireConfig.DUPLICATES_ENABLED, Boolean.toString(duplicates)));
        assertThat(Integer.parseInt((String) producer.get(ProducerConfig.BATCH_SIZE_CONFIG)))
                .isEqualTo(Math.min(StreamsApp.DEFAULT_PRODUCER_BATCH_BYTES,
                        Integer.parseInt((String) producer.get(ProducerConfig.MAX_REQUEST_SIZE_CONFIG))));
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({"producer.compression.type, fast", "compression.type, lz5", "producer.batch.size, -1",
            "batch.size, many"})
    void shouldStopAtStartUpWhenAProducerSettingIsInvalid(String name, String value, @TempDir Path state) {
        NewswireConfig config = NewswireConfig.from(Map.of("bootstrap.servers", "localhost:1", name, value,
                StreamsConfig.STATE_DIR_CONFIG, state.toString()));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> StreamsApp.open(
                        NewswireTopology.build(config, Pipelines.standard()), StreamsApp.streamsProperties(config)).close())
                .isInstanceOf(ConfigException.class).hasMessageContaining(name.replace("producer.", ""));
    }

    private static Map<String, Object> producerConfigs(Map<String, String> settings) {
        return new StreamsConfig(StreamsApp.streamsProperties(NewswireConfig.from(settings))).getProducerConfigs("c");
    }
}
