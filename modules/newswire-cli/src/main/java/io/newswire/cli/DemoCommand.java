package io.newswire.cli;

import io.newswire.broker.EmbeddedKafkaBroker;
import io.newswire.ingest.Ingest;
import io.newswire.kafka.DeadLetterHeaders;
import io.newswire.kafka.NewswireConfig;
import io.newswire.model.Article;
import io.newswire.model.Json;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.streams.StreamsConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Everything in one process: an embedded Kafka broker, the topics, the streams app and the "
                + "ops endpoints; ingests the samples and prints each enriched article as one JSON line on "
                + "stdout (dead letters and progress on stderr).")
final class DemoCommand implements Callable<Integer> {

    @Option(names = "--once", description = "Exit when every sample has reached the enriched or the dead-letter "
            + "topic, printing how many went where; exit code 0 only if all arrived exactly once.")
    boolean once;

    @Option(names = "--pretty", description = "Print a readable summary per article instead of JSON lines.")
    boolean pretty;

    @Option(names = "--samples", paramLabel = "DIR", description = "Articles to ingest (default: the bundled samples/).")
    Path samples;

    @Option(names = "--port", defaultValue = "0", description = "Broker port (default: a free port).")
    int port;

    @Option(names = "--data", paramLabel = "DIR", description = "Work directory (default: a temporary one, removed "
            + "on exit).")
    Path data;

    @Option(names = "--timeout", defaultValue = "PT2M", description = "With --once: how long to wait for the output "
            + "(ISO-8601 duration, default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Mixin
    HttpOptions http;

    @Mixin
    ThreadsOption threads;

    @Override
    public Integer call() throws Exception {
        Path samplesDir = samples != null ? samples : defaultSamples();
        if (!Files.isDirectory(samplesDir)) {
            throw new IllegalArgumentException("samples directory not found: " + samplesDir + " (use --samples DIR)");
        }
        boolean tempData = data == null;
        Path work = tempData ? Files.createTempDirectory("newswire-demo-") : data.toAbsolutePath();
        Shutdown shutdown = Shutdown.install();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().port(port).dataDir(work.resolve("kafka"))
                .build()) {
            broker.start();
            Map<String, String> settings = new LinkedHashMap<>(Map.of(
                    NewswireConfig.BOOTSTRAP_SERVERS, broker.bootstrapServers(),
                    NewswireConfig.APPLICATION_ID, "newswire-demo",
                    StreamsConfig.STATE_DIR_CONFIG, work.resolve("streams").toString(),
                    // The demo wants output in well under a second, not the EOS default batching.
                    StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, "100"));
            settings.putAll(threads.settings());
            NewswireConfig config = NewswireConfig.from(settings);
            System.err.printf("demo: broker on %s, work dir %s%n", broker.bootstrapServers(), work);
            try (PipelineRunner runner = new PipelineRunner(config, http.host, http.port)) {
                runner.start();
                System.err.printf("demo: ops endpoints on http://%s:%d/ (dashboard), /metrics, /health, /ready%n",
                        http.host, runner.httpPort());
                Ingest.Report report = Ingest.run(config, List.of(samplesDir.toString()), System.err);
                System.err.printf("demo: ingested %d records from %s%n", report.records(), samplesDir);
                return consume(config, report.records(), out, shutdown) ? 0 : 1;
            }
        } finally {
            shutdown.done();
            if (tempData) {
                deleteRecursively(work);
            }
        }
    }

    /** Reads both output topics read_committed, prints as it goes; with --once stops when all arrived. */
    private boolean consume(NewswireConfig config, long expected, PrintStream out, Shutdown shutdown)
            throws InterruptedException {
        Properties p = new Properties();
        p.putAll(config.clientProperties());
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        String enriched = config.topics().enriched().name();
        String dlq = config.topics().dlq().name();
        long deadline = System.nanoTime() + timeout.toNanos();
        int enrichedCount = 0;
        Map<String, Integer> reasons = new TreeMap<>();
        Set<String> seen = new HashSet<>();
        int duplicates = 0;
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(p, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> parts = Stream.of(enriched, dlq)
                    .flatMap(t -> consumer.partitionsFor(t, Duration.ofSeconds(30)).stream()
                            .map(i -> new TopicPartition(t, i.partition())))
                    .toList();
            consumer.assign(parts);
            consumer.seekToBeginning(parts);
            while (!shutdown.await(0)) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    String identity = r.topic() + "/" + (r.key() == null ? "" : new String(r.key(), StandardCharsets.UTF_8));
                    if (r.topic().equals(enriched)) {
                        if (!seen.add(identity)) {
                            duplicates++;
                        }
                        enrichedCount++;
                        Article article = Json.readArticle(r.value());
                        out.println(pretty ? Pretty.summary(article) : Json.toJson(article));
                    } else {
                        Map<String, String> h = DeadLetterHeaders.read(r.headers());
                        reasons.merge(h.get(DeadLetterHeaders.REASON), 1, Integer::sum);
                        System.err.printf("demo: dead letter %s: %s%n", h.get(DeadLetterHeaders.REASON),
                                h.get(DeadLetterHeaders.MESSAGE));
                    }
                }
                int dead = reasons.values().stream().mapToInt(Integer::intValue).sum();
                if (once && enrichedCount + dead >= expected) {
                    Map<String, Object> summary = new LinkedHashMap<>();
                    summary.put("ingested", expected);
                    summary.put("enriched", enrichedCount);
                    summary.put("deadLettered", dead);
                    summary.put("deadLetterReasons", reasons);
                    summary.put("duplicates", duplicates);
                    System.err.println("demo: " + Json.toJson(summary));
                    return enrichedCount + dead == expected && duplicates == 0;
                }
                if (once && System.nanoTime() > deadline) {
                    System.err.printf("demo: timed out after %s: %d of %d records arrived (%d enriched, %d dead)%n",
                            timeout, enrichedCount + dead, expected, enrichedCount, dead);
                    return false;
                }
            }
        }
        return true;
    }

    static Path defaultSamples() {
        String home = System.getProperty("newswire.home");
        return home != null ? Path.of(home, "samples") : Path.of("samples");
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            System.err.printf("demo: could not remove %s: %s%n", dir, e.getMessage());
        }
    }
}
