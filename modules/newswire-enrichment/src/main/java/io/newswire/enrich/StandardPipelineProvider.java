package io.newswire.enrich;

import io.newswire.enrich.api.Pipeline;
import io.newswire.enrich.api.PipelineOptions;
import io.newswire.enrich.api.PipelineProvider;
import io.newswire.enrich.api.Pipelines;
import io.newswire.enrich.api.Sequencer;
import io.newswire.enrich.entities.AliasTable;
import io.newswire.enrich.text.LinearModel;
import io.newswire.enrich.normalize.StandardNormalizer;
import java.io.IOException;

/**
 * The product's pipeline, registered for {@link java.util.ServiceLoader} in
 * {@code META-INF/services/io.newswire.enrich.api.PipelineProvider}: the standard normalizer, then
 * {@link StandardEnrichers}. Clients call {@link Pipelines#standard}, not this class.
 */
public final class StandardPipelineProvider implements PipelineProvider {

    /** Does nothing: the service loader instantiates every provider it lists, wanted or not. */
    public StandardPipelineProvider() {
    }

    @Override
    public String name() {
        return Pipelines.STANDARD;
    }

    @Override
    public Pipeline create(PipelineOptions options) throws IOException {
        AliasTable aliases = options.entityAliasesFile() == null ? AliasTable.builtIn()
                : AliasTable.withUserFile(options.entityAliasesFile());
        LinearModel topicsModel = options.topicsModelFile() == null ? null
                : LinearModel.read(options.topicsModelFile());
        return new ArticlePipeline(PipelineVersion.get(), new StandardNormalizer(),
                StandardEnrichers.of(aliases, topicsModel), options.clock());
    }

    @Override
    public Sequencer createSequencer(PipelineOptions options) {
        return new InMemorySequencer();
    }
}
