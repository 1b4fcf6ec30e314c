/**
 * Stories: online clustering of articles about the same event written differently (after Miranda et
 * al. 2018, "Multilingual Clustering of Streaming News", reduced): {@link
 * io.newswire.enrich.stories.StoryClusterer} scores an article against each candidate story's recent
 * members with a pair model over word and entity TF-IDF cosines and the agreement of salient persons,
 * places, organisations, numbers, countries, event days and casualty figures, and how far each side's
 * salient distinct names are mentioned by the other (average linkage; word
 * document frequencies start from a shipped background table, {@link
 * io.newswire.enrich.stories.BackgroundFrequencies}), decays the score with the
 * event-time distance, and joins the best story above a threshold or starts a new one. A story's id is
 * its first article's id and never changes. The state is explicit, {@link
 * io.newswire.enrich.stories.StoryState}, held in memory by {@link
 * io.newswire.enrich.stories.InMemoryStoryState}. The offline sequencer runs it when {@code
 * PipelineOptions.sameEventStories()} is on.
 *
 * <p>Pure computation, no I/O: the state is owned by its caller, run over articles in one order. May
 * import: {@code text}, the output model.
 */
package io.newswire.enrich.stories;
