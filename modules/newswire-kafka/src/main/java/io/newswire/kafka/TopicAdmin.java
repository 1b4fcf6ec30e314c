package io.newswire.kafka;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates the pipeline's topics when they are absent; existing topics are left as they are. */
public final class TopicAdmin {

    private static final Logger LOG = LoggerFactory.getLogger(TopicAdmin.class);

    private TopicAdmin() {
    }

    /**
     * The {@code max.message.bytes} of topics newswire creates, and the clients' request and fetch
     * sizes: the largest enriched article ({@link io.newswire.model.ArticleLimits#maxOutputBytes()})
     * plus room for key, headers and batch framing (a quarter of the raw limit, at most 64 KiB).
     */
    public static int maxMessageBytes(NewswireConfig config) {
        long limit = config.limits().maxRecordBytes();
        return (int) Math.min(Integer.MAX_VALUE - 1, config.limits().maxOutputBytes() + Math.min(64 * 1024, limit / 4));
    }

    /**
     * The {@code max.message.bytes} of the duplicates step's topics, and the app's producer request and fetch sizes
     * when the step is on: {@link #maxMessageBytes} plus a fixed 64 KiB. A sequence record carries the enriched
     * article plus up to about 9 KB (signature, the stories' features and the clusterer's features, bounded by their
     * encodings, whatever the record limit), a {@code news.stories} record or a story's changelog record up to about
     * 8 KB: with {@code min(64 KiB, limit / 4)} of room, a small {@code newswire.max.record.bytes} (OversizedOutputIT's
     * 1 KB) made them too large for the producer, whose transaction then failed for good.
     */
    public static int stepMaxMessageBytes(NewswireConfig config) {
        return (int) Math.min(Integer.MAX_VALUE - 1, (long) maxMessageBytes(config) + 64 * 1024);
    }

    /**
     * Ensures every topic exists.
     *
     * @return the names of the topics created now
     */
    public static List<String> ensureTopics(NewswireConfig config) {
        try (Admin admin = Admin.create(config.clientProperties())) {
            return ensureTopics(admin, config);
        }
    }

    /**
     * The duplicates step's three topics (see {@link DuplicatesSettings}): the sequence topic with one
     * partition (the one order every replay sees), and the parked and decisions topics with as many
     * partitions as the raw topic, since each article and its decision meet in its raw partition. An existing one
     * with another count fails here, before the app joins its group.
     */
    private static List<String> ensureDuplicatesTopics(Admin admin, NewswireConfig config, Set<String> existing,
            String maxMessageBytes) throws InterruptedException, ExecutionException, TimeoutException {
        String raw = config.topics().raw().name();
        // a raw topic created a moment ago has the configured count, and may not be described yet
        int rawPartitions = existing.contains(raw) ? partitions(admin, raw) : config.partitions();
        Map<String, Integer> wanted = new LinkedHashMap<>();
        wanted.put(DuplicatesSettings.sequenceTopic(config.applicationId()), 1);
        wanted.put(DuplicatesSettings.parkedTopic(config.applicationId()), rawPartitions);
        wanted.put(DuplicatesSettings.decisionsTopic(config.applicationId()), rawPartitions);
        List<String> created = new ArrayList<>();
        String stories = config.duplicates().storiesTopic();
        if (!existing.contains(stories)) {
            NewTopic t = new NewTopic(stories, Optional.of(config.partitions()),
                    config.replicationFactor() < 0 ? Optional.empty() : Optional.of(config.replicationFactor()))
                    .configs(Map.of("max.message.bytes", maxMessageBytes, "cleanup.policy", "compact"));
            try {
                admin.createTopics(List.of(t)).all().get(60, TimeUnit.SECONDS);
                created.add(stories);
                LOG.info("created compacted topic {} with {} partitions", stories, config.partitions());
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
        }
        for (Map.Entry<String, Integer> w : wanted.entrySet()) {
            if (existing.contains(w.getKey())) {
                int has = partitions(admin, w.getKey());
                if (has != w.getValue()) {
                    throw new IllegalStateException("topic " + w.getKey() + " has " + has + " partitions; the "
                            + "duplicates step needs " + w.getValue() + (w.getValue() == 1 ? "" : " (as many as "
                            + raw + ")") + ": delete it while the app is stopped, or set "
                            + NewswireConfig.DUPLICATES_ENABLED + "=false");
                }
                continue;
            }
            // Log-append time: the records carry the article's publication time, and time-based retention
            // reads record timestamps, so a backfilled or merely week-old article made a segment of this
            // app-internal topic deletable as soon as it was written (DuplicatesReplayIT lost its first
            // records to the broker's retention check). Retention must count from the write instead.
            NewTopic t = new NewTopic(w.getKey(), Optional.of(w.getValue()),
                    config.replicationFactor() < 0 ? Optional.empty() : Optional.of(config.replicationFactor()))
                    .configs(Map.of("max.message.bytes", maxMessageBytes, "message.timestamp.type", "LogAppendTime"));
            try {
                admin.createTopics(List.of(t)).all().get(60, TimeUnit.SECONDS);
                created.add(t.name());
                LOG.info("created topic {} with {} partitions", t.name(), w.getValue());
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
        }
        return created;
    }

    private static int partitions(Admin admin, String topic)
            throws InterruptedException, ExecutionException, TimeoutException {
        return admin.describeTopics(List.of(topic)).allTopicNames().get(60, TimeUnit.SECONDS).get(topic)
                .partitions().size();
    }

    public static List<String> ensureTopics(Admin admin, NewswireConfig config) {
        try {
            Set<String> existing = admin.listTopics().names().get(60, TimeUnit.SECONDS);
            List<NewTopic> toCreate = new ArrayList<>();
            String maxMessageBytes = Integer.toString(maxMessageBytes(config));
            for (String name : config.topics().names()) {
                if (!existing.contains(name)) {
                    toCreate.add(new NewTopic(name, Optional.of(config.partitions()),
                            config.replicationFactor() < 0 ? Optional.empty() : Optional.of(config.replicationFactor()))
                            .configs(Map.of("max.message.bytes", maxMessageBytes)));
                }
            }
            List<String> created = new ArrayList<>();
            for (NewTopic t : toCreate) {
                try {
                    admin.createTopics(List.of(t)).all().get(60, TimeUnit.SECONDS);
                    created.add(t.name());
                    LOG.info("created topic {} with {} partitions", t.name(), config.partitions());
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
            if (config.duplicates().enabled()) {
                created.addAll(ensureDuplicatesTopics(admin, config, existing,
                        Integer.toString(stepMaxMessageBytes(config))));
            }
            return created;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (ExecutionException | TimeoutException e) {
            Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
            throw new IllegalStateException("cannot create topics " + config.topics().names() + " on "
                    + config.bootstrapServers() + ": " + cause.getMessage(), cause);
        }
    }
}
