package io.newswire.streams;

import static java.util.Objects.requireNonNull;

import io.newswire.model.RawArticle;

/**
 * A raw record that decoded, with its original bytes kept so that a later failure can still
 * dead-letter the record unchanged. Internal to the topology; never serialized.
 */
record Decoded(byte[] originalKey, byte[] originalValue, RawArticle raw) {

    Decoded {
        requireNonNull(originalValue, "originalValue");
        requireNonNull(raw, "raw");
    }
}
