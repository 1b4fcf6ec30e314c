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
 * @param tone        the tone towards the entity where it is mentioned, -1..1: per sentence that
 *                    mentions it, the tone stage's sentence score mixed with its lexicon's reading
 *                    of the words near the mention (weak when no polar word is near), averaged;
 *                    {@code null} when no scored sentence mentions it (no tone stage, a language it
 *                    does not cover, mentions beyond what it reads)
 */
public record Entity(
        String id,
        String name,
        EntityType type,
        String title,
        List<String> aliasesSeen,
        List<Mention> mentions,
        int count,
        double salience,
        Double tone) {

    public Entity {
        requireNonNull(name, "name");
        requireNonNull(type, "type");
        aliasesSeen = List.copyOf(aliasesSeen == null ? List.of() : aliasesSeen);
        mentions = List.copyOf(mentions == null ? List.of() : mentions);
        if (tone != null && !(tone >= -1 && tone <= 1)) {
            throw new IllegalArgumentException("entity tone out of range: " + tone);
        }
    }

    /** An entity before the tone stage has read it: {@code tone} is {@code null}. */
    public Entity(String id, String name, EntityType type, String title, List<String> aliasesSeen,
            List<Mention> mentions, int count, double salience) {
        this(id, name, type, title, aliasesSeen, mentions, count, salience, null);
    }

    /** This entity with {@code tone} set (or cleared with {@code null}). */
    public Entity withTone(Double tone) {
        return new Entity(id, name, type, title, aliasesSeen, mentions, count, salience, tone);
    }
}
