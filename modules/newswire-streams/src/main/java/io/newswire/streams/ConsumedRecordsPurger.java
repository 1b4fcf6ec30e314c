package io.newswire.streams;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsOptions;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes the records of the app's own intermediate topics (the duplicates step's parked, sequence and decisions
 * topics) that the app has consumed and committed, as Kafka Streams does for its internal repartition topics
 * ({@code repartition.purge.interval.ms}, {@code deleteRecords} up to the committed offsets after a commit): the
 * Processor API cannot declare those topics internal (docs/STORIES.md), so Streams does not purge them itself.
 *
 * <p>Safe under exactly-once: the offsets read are the group's committed ones ({@code requireStable}: an offset
 * of a transaction still open is waited for, never read), and a restarted or moved task resumes from exactly those
 * offsets, its state coming from its stores' changelogs, not from these topics; so a record before a committed
 * offset is never read again. Every instance of the app may run it: deleting before an offset already purged
 * is a no-op. A failure (broker away, no permission to delete) is logged and retried at the next interval; the
 * topics then keep their retention, as before.
 */
final class ConsumedRecordsPurger implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ConsumedRecordsPurger.class);

    private final Admin admin;
    private final String groupId;
    private final List<String> topics;
    private final Map<TopicPartition, Long> purged = new HashMap<>();
    private ScheduledExecutorService timer;

    /**
     * @param admin   closed with this purger
     * @param groupId the app's consumer group (its {@code application.id})
     * @param topics  the topics to purge; other topics of the group are never touched
     */
    ConsumedRecordsPurger(Admin admin, String groupId, List<String> topics) {
        this.admin = requireNonNull(admin, "admin");
        this.groupId = requireNonNull(groupId, "groupId");
        this.topics = List.copyOf(topics);
    }

    /**
     * Deletes, in each partition of the topics, the records before the group's committed offset, when it moved
     * since the last purge; returns the offsets deleted before in this call.
     */
    Map<TopicPartition, Long> purgeOnce() throws InterruptedException, ExecutionException {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(groupId,
                new ListConsumerGroupOffsetsOptions().requireStable(true)).partitionsToOffsetAndMetadata().get();
        Map<TopicPartition, RecordsToDelete> delete = new HashMap<>();
        for (Map.Entry<TopicPartition, OffsetAndMetadata> e : committed.entrySet()) {
            if (e.getValue() == null || !topics.contains(e.getKey().topic())) {
                continue;
            }
            long offset = e.getValue().offset();
            Long before = purged.get(e.getKey());
            if (offset > 0 && (before == null || offset > before)) {
                delete.put(e.getKey(), RecordsToDelete.beforeOffset(offset));
            }
        }
        if (delete.isEmpty()) {
            return Map.of();
        }
        admin.deleteRecords(delete).all().get();
        Map<TopicPartition, Long> done = new HashMap<>();
        delete.forEach((tp, r) -> done.put(tp, r.beforeOffset()));
        purged.putAll(done);
        LOG.debug("purged consumed records of {}: {}", groupId, done);
        return done;
    }

    /** Purges every {@code interval} on a daemon thread of its own, until closed. */
    ConsumedRecordsPurger every(Duration interval) {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "newswire-purge-" + groupId);
            t.setDaemon(true);
            return t;
        });
        long ms = Math.max(1, interval.toMillis());
        timer.scheduleWithFixedDelay(() -> {
            try {
                purgeOnce();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | RuntimeException e) {
                LOG.warn("could not purge consumed records of {} (retried in {} ms): {}", groupId, ms,
                        e.getCause() != null ? e.getCause().toString() : e.toString());
            }
        }, ms, ms, TimeUnit.MILLISECONDS);
        return this;
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
            try {
                timer.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        admin.close(Duration.ofSeconds(10));
    }
}
