package io.newswire.cli;

import io.newswire.kafka.DeadLetterHeaders;
import io.newswire.kafka.NewswireConfig;
import io.newswire.model.Json;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "tail", mixinStandardHelpOptions = true,
        description = "Print a topic's records (read_committed), one per line: the value as text; for the "
                + "dead-letter topic also the reason headers. Follows until Ctrl-C unless --exit.")
final class TailCommand implements Callable<Integer> {

    @Mixin
    KafkaOptions kafka;

    @Option(names = {"-t", "--topic"}, description = "Topic to read (default: the enriched topic).")
    String topic;

    @Option(names = "--exit", description = "Stop at the end of the topic instead of following it.")
    boolean exitAtEnd;

    @Option(names = "--latest", description = "Start at the end instead of the beginning.")
    boolean latest;

    @Option(names = {"-n", "--max"}, defaultValue = "-1", description = "Stop after this many records.")
    long max;

    @Override
    public Integer call() {
        NewswireConfig config = kafka.config();
        String name = topic != null ? topic : config.topics().enriched().name();
        boolean dlq = name.equals(config.topics().dlq().name());
        Properties p = new Properties();
        p.putAll(config.clientProperties());
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "newswire-tail-" + UUID.randomUUID());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        Shutdown shutdown = Shutdown.install();
        long seen = 0;
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(p, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> parts = consumer.partitionsFor(name, Duration.ofSeconds(30)).stream()
                    .map(i -> new TopicPartition(name, i.partition())).toList();
            if (parts.isEmpty()) {
                System.err.println("tail: no such topic " + name);
                return 1;
            }
            consumer.assign(parts);
            if (latest) {
                consumer.seekToEnd(parts);
            } else {
                consumer.seekToBeginning(parts);
            }
            Map<TopicPartition, Long> end = consumer.endOffsets(parts);
            while (!shutdown.await(0)) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    String value = r.value() == null ? "null" : new String(r.value(), StandardCharsets.UTF_8);
                    if (dlq) {
                        System.out.println(Json.toJson(Map.of("headers", DeadLetterHeaders.read(r.headers()), "value", value)));
                    } else {
                        System.out.println(value);
                    }
                    if (max >= 0 && ++seen >= max) {
                        return 0;
                    }
                }
                if (exitAtEnd && parts.stream().allMatch(tp -> consumer.position(tp) >= end.get(tp))) {
                    return 0;
                }
            }
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        } finally {
            System.out.flush();
            shutdown.done();
        }
    }
}
