package io.newswire.model;

import static java.util.Objects.requireNonNull;

/**
 * How one pipeline stage went for one article.
 *
 * @param stage  stage name ("normalize", "language", ...)
 * @param micros wall time in microseconds
 * @param ok     {@code false} when the stage failed (see {@link Provenance#errors()})
 * @param method what the stage ran on this article when it has several ways to work, {@code null}
 *               otherwise; for "entities" the models and tables per language, e.g.
 *               {@code "en:ner-gmb+aliases; de:aliases+gazetteer"} (a language without a tagger gets
 *               only the language-neutral evidence)
 */
public record StageTiming(String stage, long micros, boolean ok, String method) {

    public StageTiming {
        requireNonNull(stage, "stage");
    }

    /** A stage with nothing to say about how it ran. */
    public StageTiming(String stage, long micros, boolean ok) {
        this(stage, micros, ok, null);
    }
}
