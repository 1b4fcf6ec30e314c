package io.newswire.model;

import static java.util.Objects.requireNonNull;

/**
 * A failure of one stage on one article; the article went on without that stage's output.
 *
 * @param stage   stage name
 * @param type    exception class name
 * @param message exception message, may be {@code null}
 */
public record StageError(String stage, String type, String message) {

    public StageError {
        requireNonNull(stage, "stage");
        requireNonNull(type, "type");
    }
}
