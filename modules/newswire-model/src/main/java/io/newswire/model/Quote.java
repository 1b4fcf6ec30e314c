package io.newswire.model;

import static java.util.Objects.requireNonNull;

/**
 * Something the article says someone said.
 *
 * @param kind         {@code direct} (in quotation marks) or {@code indirect} ("X said that ...",
 *                     "according to X")
 * @param content      what was said: inside the marks for a direct quote, the reported clause otherwise
 * @param speaker      {@code entities[].id} of the speaker, pronouns and descriptions ("he", "the
 *                     minister") resolved to the nearest fitting entity; {@code null} when unknown
 * @param speakerText  the speaker as written next to the cue ("Baqeri", "he", "the daily"), may be
 *                     {@code null}
 * @param cue          the cue ("said", "told", "according to"), {@code null} when there is none
 */
public record Quote(String kind, Mention content, String speaker, Mention speakerText, Mention cue) {

    public Quote {
        requireNonNull(kind, "kind");
        requireNonNull(content, "content");
    }
}
