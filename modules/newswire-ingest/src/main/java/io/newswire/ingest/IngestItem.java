package io.newswire.ingest;

import static java.util.Objects.requireNonNull;

/**
 * One record for {@code news.raw}: the article id as key, the raw-article JSON as value, and where
 * it was read from (file and line) for error reports.
 */
public record IngestItem(String key, byte[] value, String origin) {

    public IngestItem {
        requireNonNull(key, "key");
        requireNonNull(value, "value");
        requireNonNull(origin, "origin");
    }
}
