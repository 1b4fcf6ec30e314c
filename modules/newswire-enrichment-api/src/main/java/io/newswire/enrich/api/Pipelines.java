package io.newswire.enrich.api;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ServiceLoader;

/**
 * The one way to obtain the standard pipeline. The implementation is looked up with
 * {@link ServiceLoader} (see {@link PipelineProvider}) and built on each call: a caller that wants
 * one pipeline for the life of the app builds it once at start-up, where loading the models and the
 * gazetteer (a second or two) belongs.
 */
public final class Pipelines {

    /** The provider name of the product's pipeline. */
    public static final String STANDARD = "standard";

    private Pipelines() {
    }

    /**
     * The standard pipeline built with {@code options}.
     *
     * @throws UncheckedIOException     when {@link PipelineOptions#entityAliasesFile()} cannot be read;
     *                                  its message is the underlying {@link IOException}'s
     * @throws IllegalArgumentException when that file is malformed
     * @throws IllegalStateException    when no provider is on the class path
     */
    public static Pipeline standard(PipelineOptions options) {
        requireNonNull(options, "options");
        PipelineProvider provider = provider(STANDARD);
        try {
            return provider.create(options);
        } catch (IOException e) {
            // Unchecked: only a user file can fail here, and most callers pass none; those that do catch it.
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }

    /** The standard pipeline with {@link PipelineOptions#defaults()}. */
    public static Pipeline standard() {
        return standard(PipelineOptions.defaults());
    }

    /**
     * A new sequencer of the standard pipeline (duplicates and stories), with empty in-memory state: one
     * per input, run over its articles in order after {@link Pipeline#process}.
     */
    public static Sequencer sequencer(PipelineOptions options) {
        requireNonNull(options, "options");
        return provider(STANDARD).createSequencer(options);
    }

    private static PipelineProvider provider(String name) {
        for (PipelineProvider p : ServiceLoader.load(PipelineProvider.class, Pipelines.class.getClassLoader())) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        throw new IllegalStateException("no " + PipelineProvider.class.getName() + " named '" + name
                + "' on the class path: newswire-enrichment must be on the runtime class path");
    }
}
