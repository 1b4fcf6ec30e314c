package io.newswire.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.newswire.broker.EmbeddedKafkaBroker;
import io.newswire.enrich.api.Pipelines;
import io.newswire.kafka.NewswireConfig;
import io.newswire.kafka.NewswireTopics;
import io.newswire.kafka.TopicAdmin;
import io.newswire.model.ArticleIds;
import io.newswire.model.Json;
import io.newswire.model.RawArticle;
import io.newswire.streams.NewswireTopology;
import io.newswire.streams.StreamsApp;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;

/**
 * End-to-end bench: the same records through embedded broker -&gt; streams app -&gt; output topic,
 * once through the real topology and once through a pass-through topology (decode + encode only),
 * in the same process and run. The ratio of the two is the figure that travels between machines.
 *
 * <p>Throughput: all records are loaded first, then the app starts; articles/s is counted from the
 * first output record to the last, so start-up and rebalancing are excluded. Latency: with the app
 * running, records are produced at a steady rate and each output's arrival is compared with the
 * {@code ingestedAt} the producer stamped (same JVM, same clock).
 */
public final class EndToEndBench {

    /** What to run. {@code records} are the throughput inputs; latency uses synthetic stories. */
    /**
     * @param rounds how many times each topology runs; rounds alternate the order (A B C, C B A, ...)
     *               so that warm-up and drift do not favour one, and each mode reports its median run
     */
    public record Options(List<RawArticle> records, int latencyArticles, int latencyRate, String guarantee,
            int rounds) {
        public Options {
            if (rounds < 1) {
                throw new IllegalArgumentException("rounds must be at least 1, was " + rounds);
            }
        }

        public Options(List<RawArticle> records, int latencyArticles, int latencyRate, String guarantee) {
            this(records, latencyArticles, latencyRate, guarantee, 1);
        }
    }

    /** One topology's figures. */
    public record ModeResult(String mode, int articles, double articlesPerSecond, double p50Millis,
            double p95Millis, double p99Millis, double maxMillis) {
    }

    /**
     * @param pipelineNoStats the pipeline with {@code newswire.stats.enabled=false}: what the windowed
     *                        statistics cost is {@code 1 - pipeline / pipelineNoStats}
     */
    public record Result(ModeResult passThrough, ModeResult pipelineNoStats, ModeResult pipeline,
            double throughputRatio, double statsCost, Map<String, String> settings, List<ModeResult> runs) {
        public Result {
            runs = List.copyOf(runs);
        }
    }

    private EndToEndBench() {
    }

    public static List<RawArticle> synthetic(int n) {
        List<RawArticle> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(SyntheticStories.story(42, i, null));
        }
        return out;
    }

    public static Result run(Options options, PrintStream log) throws Exception {
        Path work = Files.createTempDirectory("newswire-bench-");
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().port(0).dataDir(work.resolve("kafka")).build()) {
            broker.start();
            // Warm-up: JIT the enrichment code and the clients, untimed. Entities and geo need a few
            // thousand articles before C2 has compiled their hot loops.
            runMode("warmup", true, broker, work, options.records().subList(0,
                    Math.min(3000, options.records().size())), 0, 1, options.guarantee(), log);
            List<String> modes = List.of("pass-through", "pipeline-no-stats", "pipeline");
            Map<String, List<ModeResult>> byMode = new LinkedHashMap<>();
            List<ModeResult> runs = new ArrayList<>();
            for (int round = 0; round < options.rounds(); round++) {
                List<String> order = new ArrayList<>(modes);
                if (round % 2 == 1) {
                    java.util.Collections.reverse(order);
                }
                for (String mode : order) {
                    ModeResult r = runMode(mode, !mode.equals("pass-through"), broker, work, options.records(),
                            options.latencyArticles(), options.latencyRate(), options.guarantee(), log);
                    byMode.computeIfAbsent(mode, m -> new ArrayList<>()).add(r);
                    runs.add(r);
                }
            }
            ModeResult pass = median(byMode.get("pass-through"));
            ModeResult noStats = median(byMode.get("pipeline-no-stats"));
            ModeResult full = median(byMode.get("pipeline"));
            Map<String, String> settings = new LinkedHashMap<>();
            settings.put("articles", Integer.toString(options.records().size()));
            settings.put("meanArticleBytes", Long.toString(options.records().stream()
                    .mapToLong(r -> r.body().length()).sum() / Math.max(1, options.records().size())));
            settings.put("latencyArticles", Integer.toString(options.latencyArticles()));
            settings.put("latencyRatePerSecond", Integer.toString(options.latencyRate()));
            settings.put("processingGuarantee", options.guarantee());
            settings.put("partitions", "3");
            settings.put("streamThreads", "1");
            settings.put("rounds", Integer.toString(options.rounds()));
            settings.put("cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
            settings.put("java", System.getProperty("java.version"));
            return new Result(pass, noStats, full, full.articlesPerSecond() / pass.articlesPerSecond(),
                    1 - full.articlesPerSecond() / noStats.articlesPerSecond(), settings, runs);
        } finally {
            try (Stream<Path> walk = Files.walk(work)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** The run with the median throughput (the lower middle one for an even count). */
    static ModeResult median(List<ModeResult> results) {
        List<ModeResult> sorted = new ArrayList<>(results);
        sorted.sort(Comparator.comparingDouble(ModeResult::articlesPerSecond));
        return sorted.get((sorted.size() - 1) / 2);
    }

    private static ModeResult runMode(String mode, boolean enrich, EmbeddedKafkaBroker broker, Path work,
            List<RawArticle> records, int latencyArticles, int latencyRate, String guarantee, PrintStream log)
            throws Exception {
        String run = mode.replace("-", "") + System.nanoTime();
        NewswireConfig config = NewswireConfig.from(Map.ofEntries(
                Map.entry(NewswireConfig.BOOTSTRAP_SERVERS, broker.bootstrapServers()),
                Map.entry(NewswireConfig.APPLICATION_ID, "bench-" + run),
                Map.entry(NewswireConfig.TOPIC_RAW, NewswireTopics.DEFAULT_RAW + "." + run),
                Map.entry(NewswireConfig.TOPIC_ENRICHED, NewswireTopics.DEFAULT_ENRICHED + "." + run),
                Map.entry(NewswireConfig.TOPIC_DLQ, NewswireTopics.DEFAULT_DLQ + "." + run),
                Map.entry(NewswireConfig.TOPIC_STATS, NewswireTopics.DEFAULT_STATS + "." + run),
                Map.entry(NewswireConfig.STATS_ENABLED, Boolean.toString(!mode.endsWith("no-stats"))),
                Map.entry(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, guarantee),
                Map.entry(StreamsConfig.STATE_DIR_CONFIG, work.resolve("streams").toString()),
                Map.entry(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, "100")));
        TopicAdmin.ensureTopics(config);
        String output = config.topics().enriched().name();
        try (KafkaProducer<String, byte[]> producer = producer(broker)) {
            for (RawArticle r : records) {
                RawArticle stamped = r.withIngestedAt(Instant.now());
                producer.send(new ProducerRecord<>(config.topics().raw().name(), ArticleIds.of(stamped),
                        Json.toBytes(stamped)));
            }
            producer.flush();

            Topology topology = enrich
                    ? NewswireTopology.build(config, Pipelines.standard())
                    : NewswireTopology.buildPassThrough(config, output);
            Properties props = StreamsApp.streamsProperties(config);
            try (KafkaStreams streams = new KafkaStreams(topology, props);
                    KafkaConsumer<byte[], byte[]> consumer = consumer(broker, output)) {
                streams.start();
                long first = -1;
                long last = -1;
                int seen = 0;
                long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
                while (seen < records.size() && System.nanoTime() < deadline) {
                    for (ConsumerRecord<byte[], byte[]> ignored : consumer.poll(Duration.ofMillis(100))) {
                        long now = System.nanoTime();
                        if (first < 0) {
                            first = now;
                        }
                        last = now;
                        seen++;
                    }
                }
                if (seen < records.size()) {
                    throw new IllegalStateException(mode + ": only " + seen + " of " + records.size() + " arrived");
                }
                double seconds = Math.max(1e-9, (last - first) / 1e9);
                double perSecond = (records.size() - 1) / seconds;

                double[] latencies = measureLatency(producer, consumer, config, latencyArticles, latencyRate);
                ModeResult result = new ModeResult(mode, records.size(), perSecond, percentile(latencies, 50),
                        percentile(latencies, 95), percentile(latencies, 99), percentile(latencies, 100));
                log.printf("bench %-12s %8.0f articles/s  latency p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms%n",
                        mode, result.articlesPerSecond(), result.p50Millis(), result.p95Millis(), result.p99Millis());
                streams.close(Duration.ofSeconds(30));
                return result;
            }
        }
    }

    private static double[] measureLatency(KafkaProducer<String, byte[]> producer,
            KafkaConsumer<byte[], byte[]> consumer, NewswireConfig config, int count, int rate) {
        if (count <= 0) {
            return new double[0];
        }
        double[] latencies = new double[count];
        int received = 0;
        long intervalNanos = 1_000_000_000L / Math.max(1, rate);
        long next = System.nanoTime();
        int sent = 0;
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (received < count && System.nanoTime() < deadline) {
            while (sent < count && System.nanoTime() >= next) {
                RawArticle r = SyntheticStories.story(7, 1_000_000 + sent, Instant.now());
                producer.send(new ProducerRecord<>(config.topics().raw().name(), ArticleIds.of(r), Json.toBytes(r)));
                sent++;
                next += intervalNanos;
            }
            producer.flush();
            for (ConsumerRecord<byte[], byte[]> rec : consumer.poll(Duration.ofMillis(5))) {
                Instant now = Instant.now();
                try {
                    JsonNode node = Json.mapper().readTree(rec.value());
                    Instant ingested = Instant.parse(node.get("ingestedAt").asText());
                    if (received < count) {
                        latencies[received++] = Duration.between(ingested, now).toNanos() / 1e6;
                    }
                } catch (IOException e) {
                    throw new IllegalStateException("unreadable bench output", e);
                }
            }
        }
        return Arrays.copyOf(latencies, received);
    }

    static double percentile(double[] values, double p) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int idx = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, idx))];
    }

    private static KafkaProducer<String, byte[]> producer(EmbeddedKafkaBroker broker) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.LINGER_MS_CONFIG, 1);
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        return new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
    }

    private static KafkaConsumer<byte[], byte[]> consumer(EmbeddedKafkaBroker broker, String topic) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2_000);
        KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> parts = c.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(i -> new TopicPartition(topic, i.partition())).toList();
        c.assign(parts);
        c.seekToBeginning(parts);
        return c;
    }
}
