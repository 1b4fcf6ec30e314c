package io.newswire.streams;

import static java.util.Objects.requireNonNull;

import io.newswire.enrich.api.Pipeline;
import io.newswire.kafka.DuplicatesSettings;
import io.newswire.kafka.NewswireConfig;
import io.newswire.kafka.PipelineObserver;
import io.newswire.kafka.TopicAdmin;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The streams app's lifecycle: topics, start, state, close. {@code main} methods and the CLI wire
 * configuration into this; the topology itself comes from {@link NewswireTopology#build}.
 */
public final class StreamsApp implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StreamsApp.class);
    /** Kafka Streams' default {@code repartition.purge.interval.ms}, for the duplicates step's own topics. */
    static final long PURGE_INTERVAL_MS = 30_000;
    /**
     * The producers' {@code batch.size} unless the configuration sets one (or the request limit is lower): an
     * enriched article is about 21 KB of JSON, more than the producer's 16 KiB default, so with that default every
     * article was a batch and an lz4 frame of its own. A batch of this size holds about six lz4-compressed articles
     * (the producer counts a batch full by its estimated compressed size plus the next record's uncompressed size);
     * 256 KiB measured little better (docs/BENCHMARKS.md, s33) and holds four times the memory for each partition a
     * thread writes to, out of the producer's 32 MiB {@code buffer.memory}.
     */
    public static final int DEFAULT_PRODUCER_BATCH_BYTES = 64 * 1024;
    /** The producers' {@code compression.type} unless the configuration sets one. */
    public static final String DEFAULT_PRODUCER_COMPRESSION = "lz4";

    private final NewswireConfig config;
    private final KafkaStreams streams;
    private final StreamsHealth health;
    private volatile boolean started;
    private ConsumedRecordsPurger purger;

    public StreamsApp(NewswireConfig config, Pipeline pipeline, PipelineObserver observer) {
        this.config = requireNonNull(config, "config");
        Topology topology = NewswireTopology.build(config, pipeline, observer);
        this.streams = open(topology, streamsProperties(config));
        this.streams.setUncaughtExceptionHandler(e -> {
            LOG.error("stream thread failed; replacing it", e);
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        this.health = StreamsHealth.of(streams);
        this.streams.setStateListener((now, before) -> {
            LOG.info("streams state {} -> {}", before, now);
            health.onChange(now, before);
        });
    }

    /**
     * The app's Kafka Streams over {@code props}; when another instance in this host already holds the state
     * directory (the duplicates step's stores are RocksDB since s30, and Kafka Streams locks the directory of an app
     * with persistent stores: two instances on one host sharing the default {@code state.dir} would fail to start),
     * this instance takes a directory of its own under it, whose stores are restored from their changelogs.
     */
    static KafkaStreams open(Topology topology, Properties props) {
        try {
            return new KafkaStreams(topology, props);
        } catch (org.apache.kafka.streams.errors.StreamsException e) {
            if (e.getMessage() == null || !e.getMessage().contains("multiple instances of Kafka Streams")) {
                throw e;
            }
            String base = new StreamsConfig(props).getString(StreamsConfig.STATE_DIR_CONFIG);
            String own = java.nio.file.Path.of(base, "instance-" + java.util.UUID.randomUUID()).toString();
            LOG.warn("state directory {} is held by another instance on this host; this one uses {} (set state.dir "
                    + "per instance to keep local state across restarts)", base, own);
            Properties mine = new Properties();
            mine.putAll(props);
            mine.put(StreamsConfig.STATE_DIR_CONFIG, own);
            return new KafkaStreams(topology, mine);
        }
    }

    /**
     * The Kafka Streams settings: exactly-once v2 and one stream thread per available core unless the
     * configuration says otherwise, and producer/consumer limits that fit the configured record
     * size. Pass-through settings win.
     */
    public static Properties streamsProperties(NewswireConfig config) {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, config.applicationId());
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        // Opt in now to what Kafka 5.0 makes the default, which also silences its start-up warning.
        p.put("processing.exception.handler.global.enabled", "true");
        // The same bound as the topics' max.message.bytes; the enrich processor keeps outputs below it.
        // With the duplicates step, its own records (the sequence record carries the article and the step's fields,
        // a story's changelog and news.stories records) need more room than an enriched article: the step's size.
        int requestBytes = config.duplicates().enabled() ? TopicAdmin.stepMaxMessageBytes(config)
                : TopicAdmin.maxMessageBytes(config);
        p.put(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG), Integer.toString(requestBytes));
        p.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, config.topics().dlq().name());
        p.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetteringProductionHandler.class.getName());
        producerDefault(p, config, ProducerConfig.COMPRESSION_TYPE_CONFIG, DEFAULT_PRODUCER_COMPRESSION);
        producerDefault(p, config, ProducerConfig.BATCH_SIZE_CONFIG,
                Integer.toString(Math.min(DEFAULT_PRODUCER_BATCH_BYTES, requestBytes)));
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG),
                Integer.toString(requestBytes));
        // The duplicates step's stores are RocksDB (s30): one bounded native memory budget for all of them.
        p.put(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, BoundedRocksDbConfig.class.getName());
        // Enrichment is CPU-bound: one stream thread per core, not Kafka's one per instance.
        p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, Integer.toString(Runtime.getRuntime().availableProcessors()));
        for (Map.Entry<String, Object> e : config.clientProperties().entrySet()) {
            p.put(e.getKey(), e.getValue());
        }
        return p;
    }

    /**
     * Sets a producer setting under Kafka Streams' {@code producer.} prefix unless the configuration sets it, with or
     * without the prefix: a prefixed setting wins over an unprefixed one in Kafka Streams, so setting ours prefixed
     * whatever the file says would silently override a user's {@code compression.type=zstd}.
     */
    private static void producerDefault(Properties p, NewswireConfig config, String name, String value) {
        Map<String, String> own = config.kafkaProperties();
        if (!own.containsKey(name) && !own.containsKey(StreamsConfig.producerPrefix(name))) {
            p.put(StreamsConfig.producerPrefix(name), value);
        }
    }

    /** Creates absent topics, then starts processing. */
    public StreamsApp start() {
        TopicAdmin.ensureTopics(config);
        LOG.info("starting streams app {} on {} with {}", config.applicationId(), config.bootstrapServers(),
                config.describe());
        streams.start();
        started = true;
        if (config.duplicates().enabled()) {
            // the duplicates step's own topics, purged as Streams purges its repartition topics, at its interval
            Properties p = streamsProperties(config);
            Object interval = p.get(StreamsConfig.REPARTITION_PURGE_INTERVAL_MS_CONFIG);
            Duration every = Duration.ofMillis(interval == null ? PURGE_INTERVAL_MS : Long.parseLong(interval.toString()));
            purger = new ConsumedRecordsPurger(Admin.create(config.clientProperties()), config.applicationId(),
                    List.of(DuplicatesSettings.parkedTopic(config.applicationId()),
                            DuplicatesSettings.sequenceTopic(config.applicationId()),
                            DuplicatesSettings.decisionsTopic(config.applicationId()))).every(every);
        }
        return this;
    }

    public KafkaStreams streams() {
        return streams;
    }

    public KafkaStreams.State state() {
        return streams.state();
    }

    public boolean isRunning() {
        return started && streams.state() == KafkaStreams.State.RUNNING;
    }

    /** Readiness ({@code /ready}) and liveness ({@code /health}) of this app; see {@link StreamsHealth}. */
    public StreamsHealth health() {
        return health;
    }

    @Override
    public void close() {
        LOG.info("closing streams app {}", config.applicationId());
        streams.close(Duration.ofSeconds(30));
        if (purger != null) {
            purger.close();
        }
    }
}
