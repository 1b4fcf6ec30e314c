package io.newswire.cli;

import io.newswire.kafka.DeadLetterHeaders;
import io.newswire.kafka.NewswireConfig;
import io.newswire.model.Json;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "dlq", mixinStandardHelpOptions = true,
        description = "Inspect the dead-letter topic, and replay chosen dead letters to the raw topic after a fix.",
        subcommands = {DlqCommand.List.class, DlqCommand.Replay.class})
final class DlqCommand implements Runnable {

    /** Header added to a replayed record: where in the dead-letter topic it came from. */
    static final String REPLAYED_FROM = "newswire.replayed.from";

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    /** Which dead letters a command applies to. */
    static final class Selection {
        @Option(names = "--reason", split = ",", description = "Only these reasons (e.g. MALFORMED_JSON,EMPTY_BODY).")
        Set<String> reasons;

        @Option(names = "--at", split = ",", paramLabel = "PARTITION@OFFSET",
                description = "Only these dead letters, by their position in the dead-letter topic.")
        Set<String> positions;

        boolean matches(ConsumerRecord<byte[], byte[]> r) {
            String reason = DeadLetterHeaders.read(r.headers()).get(DeadLetterHeaders.REASON);
            return (reasons == null || reasons.contains(reason))
                    && (positions == null || positions.contains(r.partition() + "@" + r.offset()));
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List dead letters, counted by reason; one line each with position, reason, source "
                    + "coordinates and message (--json for JSON lines).")
    static final class List implements Callable<Integer> {
        @Mixin
        KafkaOptions kafka;

        @Mixin
        Selection selection;

        @Option(names = "--json", description = "One JSON object per dead letter, with the original value as text.")
        boolean json;

        @Override
        public Integer call() {
            NewswireConfig config = kafka.config();
            Map<String, Integer> counts = new TreeMap<>();
            for (ConsumerRecord<byte[], byte[]> r : readAll(config)) {
                if (!selection.matches(r)) {
                    continue;
                }
                Map<String, String> h = DeadLetterHeaders.read(r.headers());
                counts.merge(String.valueOf(h.get(DeadLetterHeaders.REASON)), 1, Integer::sum);
                if (json) {
                    Map<String, Object> line = new LinkedHashMap<>();
                    line.put("position", r.partition() + "@" + r.offset());
                    line.put("headers", h);
                    line.put("value", r.value() == null ? null : new String(r.value(), StandardCharsets.UTF_8));
                    System.out.println(Json.toJson(line));
                } else {
                    System.out.printf("%d@%d  %-26s from %s-%s@%s  %s%n", r.partition(), r.offset(),
                            h.get(DeadLetterHeaders.REASON), h.get(DeadLetterHeaders.SOURCE_TOPIC),
                            h.get(DeadLetterHeaders.SOURCE_PARTITION), h.get(DeadLetterHeaders.SOURCE_OFFSET),
                            h.get(DeadLetterHeaders.MESSAGE));
                }
            }
            System.err.println("dlq: " + counts.values().stream().mapToInt(Integer::intValue).sum()
                    + " dead letters " + counts);
            return 0;
        }
    }

    @Command(name = "replay", mixinStandardHelpOptions = true,
            description = "Publish the chosen dead letters' original key and value back to the raw topic (without "
                    + "the dead-letter headers; with newswire.replayed.from). Choose with --reason and/or --at.")
    static final class Replay implements Callable<Integer> {
        @Mixin
        KafkaOptions kafka;

        @Mixin
        Selection selection;

        @Option(names = "--dry-run", description = "Only say what would be replayed.")
        boolean dryRun;

        @Override
        public Integer call() {
            if (selection.reasons == null && selection.positions == null) {
                throw new IllegalArgumentException("choose what to replay with --reason and/or --at");
            }
            NewswireConfig config = kafka.config();
            java.util.List<ConsumerRecord<byte[], byte[]>> chosen = readAll(config).stream()
                    .filter(selection::matches).collect(Collectors.toList());
            if (dryRun) {
                chosen.forEach(r -> System.out.printf("would replay %d@%d%n", r.partition(), r.offset()));
                return 0;
            }
            Properties p = new Properties();
            p.putAll(config.clientProperties());
            p.put(ProducerConfig.ACKS_CONFIG, "all");
            p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, config.limits().maxRecordBytes() + 64 * 1024);
            try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p, new ByteArraySerializer(),
                    new ByteArraySerializer())) {
                for (ConsumerRecord<byte[], byte[]> r : chosen) {
                    RecordHeaders headers = new RecordHeaders();
                    for (Header h : r.headers()) {
                        if (!h.key().startsWith("newswire.dlq.") && !h.key().equals(REPLAYED_FROM)) {
                            headers.add(h);
                        }
                    }
                    headers.add(REPLAYED_FROM, (config.topics().dlq().name() + "-" + r.partition() + "@" + r.offset())
                            .getBytes(StandardCharsets.UTF_8));
                    producer.send(new ProducerRecord<>(config.topics().raw().name(), null, r.key(), r.value(), headers));
                }
                producer.flush();
            }
            System.err.printf("dlq: replayed %d dead letters to %s%n", chosen.size(), config.topics().raw().name());
            return 0;
        }
    }

    static java.util.List<ConsumerRecord<byte[], byte[]>> readAll(NewswireConfig config) {
        String topic = config.topics().dlq().name();
        Properties p = new Properties();
        p.putAll(config.clientProperties());
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "newswire-dlq-" + UUID.randomUUID());
        java.util.List<ConsumerRecord<byte[], byte[]>> out = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(p, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            java.util.List<TopicPartition> parts = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(i -> new TopicPartition(topic, i.partition())).toList();
            if (parts.isEmpty()) {
                throw new IllegalArgumentException("no dead-letter topic " + topic);
            }
            consumer.assign(parts);
            consumer.seekToBeginning(parts);
            Map<TopicPartition, Long> end = consumer.endOffsets(parts);
            while (parts.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                consumer.poll(Duration.ofMillis(500)).forEach(out::add);
            }
        }
        return out;
    }
}
