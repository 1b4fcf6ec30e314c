package io.newswire.ingest;

import io.newswire.kafka.NewswireConfig;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes raw-article records to the raw topic, idempotently with {@code acks=all}, so broker
 * retries never duplicate a record. Counts what was acknowledged and what failed, with the origin
 * of each failure.
 */
public final class IngestProducer implements AutoCloseable {

    private final Producer<String, byte[]> producer;
    private final String topic;
    private final AtomicLong acked = new AtomicLong();
    private final ConcurrentLinkedQueue<ReadFailure> failures = new ConcurrentLinkedQueue<>();
    private final AtomicLong sent = new AtomicLong();

    public IngestProducer(NewswireConfig config) {
        Map<String, Object> props = new java.util.LinkedHashMap<>();
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 300_000);
        props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, config.limits().maxRecordBytes() + 64 * 1024);
        props.putAll(config.clientProperties());
        this.producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
        this.topic = config.topics().raw().name();
    }

    /** Sends a record; safe from several threads. The future completes when the broker acknowledged it. */
    public Future<RecordMetadata> send(IngestItem item) {
        sent.incrementAndGet();
        return producer.send(new ProducerRecord<>(topic, null, item.timestampMillis(), item.key(), item.value()), (meta, error) -> {
            if (error == null) {
                acked.incrementAndGet();
            } else {
                failures.add(new ReadFailure(item.origin(), "not published: " + error.getMessage()));
            }
        });
    }

    public void flush() {
        producer.flush();
    }

    public long sent() {
        return sent.get();
    }

    public long acknowledged() {
        return acked.get();
    }

    public List<ReadFailure> failures() {
        return List.copyOf(failures);
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(30));
    }
}
