package io.newswire.model;

import static java.util.Objects.requireNonNull;

/**
 * One subject of an article in the top level of the IPTC Media Topics taxonomy.
 *
 * @param code  the IPTC code, {@code medtop:} plus eight digits ({@code medtop:16000000})
 * @param label the IPTC English label ("conflict, war and peace")
 * @param score how strongly the article is about this subject, 0..1 (not a calibrated probability)
 */
public record Topic(String code, String label, double score) {

    public Topic {
        requireNonNull(code, "code");
        requireNonNull(label, "label");
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("score must be within 0..1: " + score);
        }
    }
}
