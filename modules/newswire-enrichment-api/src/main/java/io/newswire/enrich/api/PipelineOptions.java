package io.newswire.enrich.api;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a caller may choose when a pipeline is built; everything else is the pipeline's own.
 *
 * @param entityAliasesFile a TSV that extends the entities stage's built-in alias table (the
 *                          {@code newswire.entities.aliases.file} setting), read when the pipeline
 *                          is built; {@code null} for the built-in table alone
 * @param topicsModelFile   a model written by {@code newswire train topics} (the
 *                          {@code newswire.topics.model.file} setting), read when the pipeline is
 *                          built; {@code null} for the topics stage's lexicon alone
 * @param clock             the source of {@code processedAt}, and of the reference time for an
 *                          article without a usable {@code ingestedAt}
 * @param nerModelFiles     per two-letter language code, a tagger written by {@code newswire train ner
 *                          --language xx} (the {@code newswire.entities.ner.models} setting), read when
 *                          the pipeline is built; the entities stage tags that language's paragraphs
 *                          with it; empty for none (never {@code null})
 * @param sameEventStories  whether the sequencer fills {@code story} with the same-event story (reports of one
 *                          event written differently, clustered online; docs/STORIES.md) instead of the group of
 *                          copies; off by default, because the streams app's sequencer does not cluster yet and
 *                          its answers are checked against the offline sequencer's
 */
public record PipelineOptions(Path entityAliasesFile, Path topicsModelFile, Clock clock,
        Map<String, Path> nerModelFiles, boolean sameEventStories) {

    public PipelineOptions {
        requireNonNull(clock, "clock");
        nerModelFiles = nerModelFiles == null ? Map.of() : java.util.Collections.unmodifiableMap(
                new TreeMap<>(nerModelFiles));
    }

    /** Stories as groups of copies: what every caller had before {@code sameEventStories} existed. */
    public PipelineOptions(Path entityAliasesFile, Path topicsModelFile, Clock clock,
            Map<String, Path> nerModelFiles) {
        this(entityAliasesFile, topicsModelFile, clock, nerModelFiles, false);
    }

    /** No user taggers: what every caller had before {@code nerModelFiles} existed. */
    public PipelineOptions(Path entityAliasesFile, Path topicsModelFile, Clock clock) {
        this(entityAliasesFile, topicsModelFile, clock, Map.of());
    }

    /** The built-in alias table and the system clock in UTC. */
    public static PipelineOptions defaults() {
        return new PipelineOptions(null, null, Clock.systemUTC());
    }

    /** These options with the alias table extended by {@code file} ({@code null}: built-in only). */
    public PipelineOptions withEntityAliasesFile(Path file) {
        return new PipelineOptions(file, topicsModelFile, clock, nerModelFiles, sameEventStories);
    }

    /** These options with the topics stage's optional model read from {@code file} ({@code null}: lexicon only). */
    public PipelineOptions withTopicsModelFile(Path file) {
        return new PipelineOptions(entityAliasesFile, file, clock, nerModelFiles, sameEventStories);
    }

    /** These options with another clock (tests fix it). */
    public PipelineOptions withClock(Clock newClock) {
        return new PipelineOptions(entityAliasesFile, topicsModelFile, newClock, nerModelFiles, sameEventStories);
    }

    /** These options with user taggers per language code ({@code null} or empty: none). */
    public PipelineOptions withNerModelFiles(Map<String, Path> files) {
        return new PipelineOptions(entityAliasesFile, topicsModelFile, clock, files, sameEventStories);
    }

    /** These options with the sequencer's {@code story} the same-event story ({@code true}) or the copies' group. */
    public PipelineOptions withSameEventStories(boolean on) {
        return new PipelineOptions(entityAliasesFile, topicsModelFile, clock, nerModelFiles, on);
    }
}
