package io.newswire.kafka;

import io.newswire.model.Article;
import io.newswire.model.Json;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/** JSON serde for the output contract; {@code null} stays {@code null} (tombstones). */
public final class ArticleSerde implements Serde<Article> {

    @Override
    public Serializer<Article> serializer() {
        return (topic, article) -> article == null ? null : Json.toBytes(article);
    }

    @Override
    public Deserializer<Article> deserializer() {
        return (topic, bytes) -> bytes == null ? null : Json.readArticle(bytes);
    }
}
