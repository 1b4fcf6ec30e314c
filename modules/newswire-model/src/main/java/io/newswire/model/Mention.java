package io.newswire.model;

import static java.util.Objects.requireNonNull;

/**
 * One occurrence of an entity or place in {@link Article#text()}: {@code text.substring(start, end)}
 * equals {@code text}. Offsets are UTF-16 indexes, as Java, JavaScript and JSON consumers use them.
 */
public record Mention(int start, int end, String text) {

    public Mention {
        requireNonNull(text, "text");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid mention span [" + start + ", " + end + ")");
        }
    }
}
