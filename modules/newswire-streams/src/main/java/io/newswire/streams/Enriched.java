package io.newswire.streams;

import static java.util.Objects.requireNonNull;

import io.newswire.model.Article;

/**
 * An enriched article with its output JSON, encoded once: the output topic takes the JSON, the
 * statistics take the article. Internal to the topology; never serialized as such.
 *
 * @param source the raw record the article came from: with batched enrichment the article is forwarded while the
 *               context holds another record (or, from a punctuation, none), so the duplicates step reads it here
 */
record Enriched(Article article, byte[] json, WaitingRecord.Source source) {

    Enriched {
        requireNonNull(article, "article");
        requireNonNull(json, "json");
    }
}
