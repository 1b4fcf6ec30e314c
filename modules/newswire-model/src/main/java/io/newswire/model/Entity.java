package io.newswire.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A named entity of an article with all its mentions.
 *
 * @param id          stable canonical id across articles, {@code null} when not linked
 * @param name        canonical name
 * @param type        entity type
 * @param title       a title or role attached to a person ("Major General"), may be {@code null}
 * @param aliasesSeen the distinct surface forms used in this article
 * @param mentions    every mention, offsets into {@link Article#text()}
 * @param count       number of mentions
 * @param salience    how central the entity is to the article, 0..1
 */
public record Entity(
        String id,
        String name,
        EntityType type,
        String title,
        List<String> aliasesSeen,
        List<Mention> mentions,
        int count,
        double salience) {

    public Entity {
        requireNonNull(name, "name");
        requireNonNull(type, "type");
        aliasesSeen = List.copyOf(aliasesSeen == null ? List.of() : aliasesSeen);
        mentions = List.copyOf(mentions == null ? List.of() : mentions);
    }
}
