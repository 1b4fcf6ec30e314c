package io.newswire.model;

/**
 * The detected language of an article.
 *
 * @param code       ISO 639-1 code, {@code null} when it could not be determined
 * @param confidence 0..1; low for short or mixed text
 */
public record Language(String code, double confidence) {

    /** The language is not known. */
    public static final Language UNDETERMINED = new Language(null, 0.0);

    public Language {
        if (confidence < 0.0 || confidence > 1.0 || Double.isNaN(confidence)) {
            throw new IllegalArgumentException("confidence must be in [0, 1]: " + confidence);
        }
    }
}
