package io.newswire.enrich;

import io.newswire.enrich.api.Pipeline;
import io.newswire.enrich.api.PipelineOptions;
import io.newswire.enrich.api.PipelineProvider;
import io.newswire.enrich.api.Pipelines;
import io.newswire.enrich.api.Sequencer;
import io.newswire.enrich.entities.AliasTable;
import io.newswire.enrich.text.LinearModel;
import io.newswire.enrich.normalize.StandardNormalizer;
import io.newswire.enrich.ner.NerTagger;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

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
        Map<String, NerTagger> taggers = new TreeMap<>();
        for (Map.Entry<String, Path> e : options.nerModelFiles().entrySet()) {
            try {
                taggers.put(e.getKey(), NerTagger.load(e.getValue()));
            } catch (IOException | RuntimeException ex) {
                throw new IOException("NER model (newswire.entities.ner.models) " + e.getKey() + "=" + e.getValue() + ": " + ex.getMessage(), ex);
            }
        }
        return new ArticlePipeline(PipelineVersion.get(), new StandardNormalizer(),
                StandardEnrichers.of(aliases, topicsModel, taggers), options.clock());
    }

    @Override
    public Sequencer createSequencer(PipelineOptions options) {
        return new InMemorySequencer(new io.newswire.enrich.duplicates.DuplicateIndex(), options.sameEventStories());
    }
}
