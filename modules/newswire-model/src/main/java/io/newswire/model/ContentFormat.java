package io.newswire.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How a raw article body is encoded: plain text or an HTML page. */
public enum ContentFormat {
    TEXT,
    HTML;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Accepts the wire names case-insensitively; anything else is an error naming the value. */
    @JsonCreator
    public static ContentFormat fromWire(String value) {
        if (value == null) {
            return TEXT;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "text", "txt", "plain", "text/plain" -> TEXT;
            case "html", "text/html" -> HTML;
            default -> throw new IllegalArgumentException("unknown format '" + value + "' (expected text or html)");
        };
    }
}
