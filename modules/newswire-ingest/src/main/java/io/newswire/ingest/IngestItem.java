package io.newswire.ingest;

import static java.util.Objects.requireNonNull;

/**
 * One record for {@code news.raw}: the article id as key, the raw-article JSON as value, where it
 * was read from (file and line, or file and offset) for error reports, and the record's event time.
 *
 * @param timestampMillis the Kafka record timestamp (event time, epoch milliseconds); {@code null}
 *                        lets the producer stamp the send time
 */
public record IngestItem(String key, byte[] value, String origin, Long timestampMillis) {

    public IngestItem {
        requireNonNull(key, "key");
        requireNonNull(value, "value");
        requireNonNull(origin, "origin");
    }

    /** An item without an event time of its own: the producer stamps it when sent. */
    public IngestItem(String key, byte[] value, String origin) {
        this(key, value, origin, null);
    }
}
