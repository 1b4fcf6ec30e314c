package io.newswire.kafka;

import static java.util.Objects.requireNonNull;

import io.newswire.model.Article;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The pipeline's topics with their serdes. Raw and dead-letter values are plain bytes so that a
 * dead letter carries the original record unchanged.
 *
 * @param raw      articles as ingested ({@code news.raw})
 * @param enriched enriched articles, output contract v1 ({@code news.enriched})
 * @param dlq      records that could not be decoded or validated ({@code news.dlq})
 * @param stats    per-minute counts by language, focus country, source and entity, JSON values
 *                 keyed {@code dimension=value@windowStart} ({@code news.stats})
 * @param statsEvents counts of facts of enriched articles, one record per fact, minute and second
 *                 of processing (value: the 8-byte count, timestamp: the minute), keyed by
 *                 {@code dimension=value}, so that the windowed counts are partitioned by what they
 *                 count ({@code news.stats.events}; the stats topic's name plus {@code .events})
 */
public record NewswireTopics(
        TopicSpec<String, byte[]> raw,
        TopicSpec<String, Article> enriched,
        TopicSpec<byte[], byte[]> dlq,
        TopicSpec<String, byte[]> stats,
        TopicSpec<String, byte[]> statsEvents) {

    public static final String DEFAULT_RAW = "news.raw";
    public static final String DEFAULT_ENRICHED = "news.enriched";
    public static final String DEFAULT_DLQ = "news.dlq";
    public static final String DEFAULT_STATS = "news.stats";
    /** Appended to the stats topic's name to name the topic its events go through. */
    public static final String EVENTS_SUFFIX = ".events";

    public NewswireTopics {
        requireNonNull(raw, "raw");
        requireNonNull(enriched, "enriched");
        requireNonNull(dlq, "dlq");
        requireNonNull(stats, "stats");
        requireNonNull(statsEvents, "statsEvents");
    }

    public static NewswireTopics of(String raw, String enriched, String dlq) {
        return of(raw, enriched, dlq, DEFAULT_STATS);
    }

    public static NewswireTopics of(String raw, String enriched, String dlq, String stats) {
        return new NewswireTopics(
                new TopicSpec<>(raw, Serdes.String(), Serdes.ByteArray()),
                new TopicSpec<>(enriched, Serdes.String(), new ArticleSerde()),
                new TopicSpec<>(dlq, Serdes.ByteArray(), Serdes.ByteArray()),
                new TopicSpec<>(stats, Serdes.String(), Serdes.ByteArray()),
                new TopicSpec<>(stats + EVENTS_SUFFIX, Serdes.String(), Serdes.ByteArray()));
    }

    public static NewswireTopics defaults() {
        return of(DEFAULT_RAW, DEFAULT_ENRICHED, DEFAULT_DLQ, DEFAULT_STATS);
    }

    /** Every topic the pipeline reads or writes, created on start when absent. */
    public List<String> names() {
        return List.of(raw.name(), enriched.name(), dlq.name(), stats.name(), statsEvents.name());
    }
}
