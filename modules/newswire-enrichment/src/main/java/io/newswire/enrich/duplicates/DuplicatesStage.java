package io.newswire.enrich.duplicates;

import static java.util.Objects.requireNonNull;

import io.newswire.model.Article;
import io.newswire.model.DuplicateOf;
import io.newswire.model.Story;
import java.time.Instant;
import java.util.Optional;

/**
 * The duplicates stage: sets {@code duplicateOf} (the canonical article this one copies, exact or near)
 * and {@code story} (the article's group as it stands at emission) from a {@link DuplicateState}.
 *
 * <p>Not an {@link io.newswire.enrich.api.Enricher}: its answer depends on every earlier article, not
 * on this one alone, so it cannot run per record in whatever task holds the record's partition (two
 * copies in two partitions would each see an index without the other). It runs in two halves: {@link
 * #signature} (the costly part, pure, on any thread) and {@link #apply} (index lookup and insert, in one
 * order over all articles, with the state passed in). The stage holds no state itself and is
 * thread-safe; the state is the caller's: in memory for {@code newswire enrich}, state stores of one
 * sequencer task for the streams app (docs/STORIES.md).
 *
 * <p>A story today is an article's group of copies (exact and near): the same text is the same event.
 * Clustering articles of one event written differently (issue 11, deliverable 2) joins more articles to
 * these stories later, without changing the id of a story already emitted.
 */
public final class DuplicatesStage {

    /** The stage name in provenance. */
    public static final String NAME = "duplicates";

    private final Signatures signatures = new Signatures();

    /** The signature of the article's normalised text (boilerplate and dateline are already out of it). */
    public TextSignature signature(Article article) {
        return signatures.of(article.text());
    }

    /** {@link #apply(Article, TextSignature, DuplicateState)} with the signature computed here. */
    public Article apply(Article article, DuplicateState state) {
        return apply(article, signature(article), state);
    }

    /**
     * Looks the article up in {@code state}, stores it there, and returns it with {@code duplicateOf} and
     * {@code story} set. An article without any event time (no publication, no ingest time) is matched
     * against all stored articles and gets no story (its first-seen time would be invented).
     */
    public Article apply(Article article, TextSignature signature, DuplicateState state) {
        requireNonNull(state, "state");
        Instant event = article.publishedAt() != null ? article.publishedAt() : article.ingestedAt();
        Optional<DuplicateIndex.Match> match = state.find(signature, event);
        DuplicateIndex.Entry entry = state.add(article.id(), article.publishedAt(), article.ingestedAt(),
                signature, match);
        DuplicateOf duplicateOf = null;
        if (match.isPresent() && !entry.canonicalId().equals(article.id())) {
            DuplicateIndex.Match m = match.get();
            duplicateOf = new DuplicateOf(entry.canonicalId(), m.similarity(),
                    m.kind() == DuplicateIndex.Kind.EXACT ? DuplicateOf.EXACT : DuplicateOf.NEAR);
        }
        Story story = state.story(entry.storyId())
                .filter(s -> s.firstSeen() != null)
                .map(s -> new Story(s.id(), s.firstSeen(), s.size()))
                .orElse(null);
        return article.toBuilder().duplicateOf(duplicateOf).story(story).build();
    }
}
