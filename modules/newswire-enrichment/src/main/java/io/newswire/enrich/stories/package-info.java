/**
 * Stories: online clustering of articles about the same event written differently (after Miranda et
 * al. 2018, "Multilingual Clustering of Streaming News"): {@link
 * io.newswire.enrich.stories.StoryClusterer} compares an article's TF-IDF vectors of words (title
 * words count twice) and of entities and places with each candidate story's centroid, decays the
 * similarity with the event-time distance, and joins the best story above a threshold or starts a new
 * one. A story's id is its first article's id and never changes.
 *
 * <p>Pure computation, no I/O: the clusterer is explicit state owned by its caller, run over articles
 * in one order. May import: {@code text}, the output model.
 */
package io.newswire.enrich.stories;
