package io.newswire.model;

import static java.util.Objects.requireNonNull;

/**
 * How one pipeline stage went for one article.
 *
 * @param stage  stage name ("normalize", "language", ...)
 * @param micros wall time in microseconds
 * @param ok     {@code false} when the stage failed (see {@link Provenance#errors()})
 */
public record StageTiming(String stage, long micros, boolean ok) {

    public StageTiming {
        requireNonNull(stage, "stage");
    }
}
