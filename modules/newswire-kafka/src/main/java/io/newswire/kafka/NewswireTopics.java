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
 */
public record NewswireTopics(
        TopicSpec<String, byte[]> raw,
        TopicSpec<String, Article> enriched,
        TopicSpec<byte[], byte[]> dlq) {

    public static final String DEFAULT_RAW = "news.raw";
    public static final String DEFAULT_ENRICHED = "news.enriched";
    public static final String DEFAULT_DLQ = "news.dlq";

    public NewswireTopics {
        requireNonNull(raw, "raw");
        requireNonNull(enriched, "enriched");
        requireNonNull(dlq, "dlq");
    }

    public static NewswireTopics of(String raw, String enriched, String dlq) {
        return new NewswireTopics(
                new TopicSpec<>(raw, Serdes.String(), Serdes.ByteArray()),
                new TopicSpec<>(enriched, Serdes.String(), new ArticleSerde()),
                new TopicSpec<>(dlq, Serdes.ByteArray(), Serdes.ByteArray()));
    }

    public static NewswireTopics defaults() {
        return of(DEFAULT_RAW, DEFAULT_ENRICHED, DEFAULT_DLQ);
    }

    public List<String> names() {
        return List.of(raw.name(), enriched.name(), dlq.name());
    }
}
