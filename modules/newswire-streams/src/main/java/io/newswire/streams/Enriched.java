package io.newswire.streams;

import static java.util.Objects.requireNonNull;

import io.newswire.model.Article;

/**
 * An enriched article with its output JSON, encoded once: the output topic takes the JSON, the
 * statistics take the article. Internal to the topology; never serialized as such.
 */
record Enriched(Article article, byte[] json) {

    Enriched {
        requireNonNull(article, "article");
        requireNonNull(json, "json");
    }
}
