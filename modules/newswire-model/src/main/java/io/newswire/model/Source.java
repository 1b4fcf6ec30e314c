package io.newswire.model;

/**
 * Where an article was published: a human-readable outlet name and the web domain it came from.
 * Either part may be {@code null} when unknown.
 */
public record Source(String name, String domain) {

    /** A source about which nothing is known. */
    public static final Source UNKNOWN = new Source(null, null);
}
