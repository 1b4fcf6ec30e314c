package io.newswire.model;

import static java.util.Objects.requireNonNull;

/**
 * What an article copies: the canonical article of its group of copies (the earliest by publication
 * time, then ingest time, then id, among the articles seen before it).
 *
 * @param id         the canonical article's id
 * @param similarity estimated share of wording shared with the closest earlier copy, 0..1 (1 for an
 *                   exact copy)
 * @param kind       {@code exact} (the same text once case, accents, punctuation and spacing are folded)
 *                   or {@code near} (most of the wording shared: new headline, footer, a paragraph dropped
 *                   or cut)
 */
public record DuplicateOf(String id, double similarity, String kind) {

    /** The kind of an exact copy. */
    public static final String EXACT = "exact";
    /** The kind of a near copy. */
    public static final String NEAR = "near";

    public DuplicateOf {
        requireNonNull(id, "id");
        requireNonNull(kind, "kind");
        if (!(similarity >= 0 && similarity <= 1)) {
            throw new IllegalArgumentException("similarity out of range: " + similarity);
        }
        if (!kind.equals(EXACT) && !kind.equals(NEAR)) {
            throw new IllegalArgumentException("kind must be exact or near: " + kind);
        }
    }
}
