package io.newswire.model;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The story an article belongs to, as it stood when the article was emitted. The id of an article's
 * story never changes once emitted; later articles join it.
 *
 * @param id        the story id: the id of the story's first article
 * @param firstSeen the earliest event time (publication, else ingest) among its articles so far
 * @param size      its number of articles so far, this one included (at least 1)
 */
public record Story(String id, Instant firstSeen, int size) {

    public Story {
        requireNonNull(id, "id");
        requireNonNull(firstSeen, "firstSeen");
        if (size < 1) {
            throw new IllegalArgumentException("size < 1: " + size);
        }
    }
}
