package io.newswire.model;

import static java.util.Objects.requireNonNull;

/**
 * A salient key phrase of an article (not a stop word, not an entity name already listed).
 *
 * @param phrase the phrase, lower case unless always capitalised in the text
 * @param score  salience, 0..1, the first keyword highest
 * @param count  how often it occurs
 */
public record Keyword(String phrase, double score, int count) {

    public Keyword {
        requireNonNull(phrase, "phrase");
    }
}
