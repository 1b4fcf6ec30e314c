package io.newswire.enrich.api;

import java.io.IOException;

/**
 * Service-provider interface through which {@link Pipelines} finds a pipeline implementation with
 * {@link java.util.ServiceLoader}, so that clients compile against this API alone and get the
 * implementation from the runtime class path ({@code newswire-enrichment} registers one in
 * {@code META-INF/services/io.newswire.enrich.api.PipelineProvider}).
 *
 * <p>Implementations have a public no-argument constructor that does nothing costly: models and
 * tables are loaded in {@link #create}, when a caller asks for a pipeline, never when the provider
 * is instantiated or its class initialised.
 */
public interface PipelineProvider {

    /** The name callers ask for; {@link Pipelines#STANDARD} for the product's pipeline. */
    String name();

    /**
     * Builds a pipeline, loading every model and table it needs now.
     *
     * @throws IOException when a file named in {@code options} cannot be read
     * @throws IllegalArgumentException when such a file is malformed
     */
    Pipeline create(PipelineOptions options) throws IOException;

    /**
     * A new {@link Sequencer} with empty in-memory state (one per input).
     *
     * @throws UnsupportedOperationException when the implementation has no stateful stages
     */
    default Sequencer createSequencer(PipelineOptions options) {
        throw new UnsupportedOperationException(name() + " has no sequencer");
    }
}
