package io.newswire.model;

import static java.util.Objects.requireNonNull;

/**
 * A licence statement found in the article.
 *
 * @param text the licence line as written
 * @param spdx its SPDX identifier ("CC-BY-4.0"), {@code null} when not recognised
 */
public record License(String text, String spdx) {

    public License {
        requireNonNull(text, "text");
    }
}
