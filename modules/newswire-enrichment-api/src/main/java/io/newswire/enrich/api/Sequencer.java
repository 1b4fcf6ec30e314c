package io.newswire.enrich.api;

import io.newswire.model.Article;

/**
 * The stateful step of enrichment: stages whose answer depends on the articles seen before (duplicates
 * and stories: {@code duplicateOf}, {@code story}), run after {@link Pipeline#process} over all
 * articles in one order. Its state is held by the instance, in memory, over one input: what {@code
 * newswire enrich} runs over a file, in the file's order. The streams app cannot run it per partition
 * (two copies in two partitions would never meet); docs/STORIES.md describes its single-order sequencer
 * task. Not thread-safe: one caller, in order.
 *
 * <p>Like a {@link Pipeline}'s stages, a failure is recorded in the article's provenance and the
 * article goes on without the fields.
 */
public interface Sequencer {

    /** The stage names it runs, in order ({@code duplicates}). */
    java.util.List<String> stageNames();

    /**
     * Looks the article up among those sequenced before, remembers it, and returns it with the stateful
     * fields set and its provenance extended.
     */
    Article sequence(Article enriched);
}
