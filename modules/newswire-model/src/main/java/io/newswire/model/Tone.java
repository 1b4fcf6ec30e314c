package io.newswire.model;

/**
 * The tone of an article, counted over its words (GDELT-style): how positive or negative its
 * wording is, not whether the events are good news.
 *
 * @param score         (positive - negative) / (positive + negative + smoothing), -1..1; 0 when no
 *                      polarity word was found
 * @param positive      the share of the article's words that carry positive polarity, 0..1
 * @param negative      the share of the article's words that carry negative polarity, 0..1
 * @param polarityWords how many words carried polarity (positive or negative, after negation)
 */
public record Tone(double score, double positive, double negative, int polarityWords) {

    public Tone {
        if (!(score >= -1 && score <= 1) || !(positive >= 0 && positive <= 1) || !(negative >= 0 && negative <= 1)
                || polarityWords < 0) {
            throw new IllegalArgumentException("tone out of range: " + score + " " + positive + " " + negative
                    + " " + polarityWords);
        }
    }
}
