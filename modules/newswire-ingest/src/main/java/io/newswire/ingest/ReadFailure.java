package io.newswire.ingest;

/** A file that could not be read, and why. */
public record ReadFailure(String path, String reason) {
}
