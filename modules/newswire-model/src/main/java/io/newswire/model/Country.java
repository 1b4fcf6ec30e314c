package io.newswire.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A country an article is about or mentions.
 *
 * @param code     ISO 3166-1 alpha-2 code
 * @param name     common English name
 * @param mentions mentions of the country, its places or its demonyms
 * @param score    relevance to the article, 0..1
 * @param focus    {@code true} for the country the story is about, not merely mentioned
 */
public record Country(String code, String name, List<Mention> mentions, double score, boolean focus) {

    public Country {
        requireNonNull(code, "code");
        requireNonNull(name, "name");
        mentions = List.copyOf(mentions == null ? List.of() : mentions);
    }
}
