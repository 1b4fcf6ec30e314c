package io.newswire.ops;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the compacted stories topic from its beginning into a {@link TopStories}, on a daemon thread, with
 * no consumer group ({@code read_committed}: only stories of committed decisions). Every instance reads
 * all of it, so any instance's dashboard shows all stories.
 */
public final class StoriesFeed implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StoriesFeed.class);

    private final TopStories stories = new TopStories();
    private final KafkaConsumer<String, byte[]> consumer;
    private final Thread thread;
    private volatile boolean closed;

    /**
     * @param clientProperties the Kafka client settings (bootstrap servers, security)
     * @param topic            the stories topic
     */
    public StoriesFeed(Map<String, Object> clientProperties, String topic) {
        requireNonNull(topic, "topic");
        Map<String, Object> props = new HashMap<>(clientProperties);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        this.consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
        this.thread = new Thread(() -> run(topic), "newswire-stories-feed");
        thread.setDaemon(true);
    }

    public StoriesFeed start() {
        thread.start();
        return this;
    }

    public TopStories stories() {
        return stories;
    }

    private void run(String topic) {
        try {
            List<TopicPartition> partitions = List.of();
            while (!closed && partitions.isEmpty()) {
                // the app creates the topic at its start: wait for it
                partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                        .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (!closed) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofSeconds(1))) {
                    stories.accept(r.key(), r.value());
                }
            }
        } catch (WakeupException e) {
            // closing
        } catch (RuntimeException e) {
            if (!closed) {
                LOG.warn("stopped reading {}: the top stories panel stays as it is", topic, e);
            }
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    @Override
    public void close() {
        closed = true;
        consumer.wakeup();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
