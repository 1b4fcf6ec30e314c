package io.newswire.kafka;

import java.util.ArrayList;
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
     * Ensures every topic exists.
     *
     * @return the names of the topics created now
     */
    public static List<String> ensureTopics(NewswireConfig config) {
        try (Admin admin = Admin.create(config.clientProperties())) {
            return ensureTopics(admin, config);
        }
    }

    public static List<String> ensureTopics(Admin admin, NewswireConfig config) {
        try {
            Set<String> existing = admin.listTopics().names().get(60, TimeUnit.SECONDS);
            List<NewTopic> toCreate = new ArrayList<>();
            // Records may be as large as the configured limit; leave headroom for headers.
            String maxMessageBytes = Integer.toString(config.limits().maxRecordBytes() + 64 * 1024);
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
