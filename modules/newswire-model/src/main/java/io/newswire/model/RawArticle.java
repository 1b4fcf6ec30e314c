package io.newswire.model;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;

/**
 * An article as published to {@code news.raw}: input contract v1, documented in
 * {@code docs/schema/raw-article.v1.schema.json}.
 *
 * <p>Only {@code body} is required. {@code publishedAt} is kept exactly as the feed wrote it
 * (ISO 8601, RFC 1123, "13 May 2018", ...); normalization parses it. Unknown JSON fields are
 * ignored, never fatal.
 *
 * @param schemaVersion input schema version; {@code null} on input means {@value #SCHEMA_VERSION}
 * @param id            stable article id (see {@link ArticleIds}); derived when absent
 * @param url           canonical or original URL, may be {@code null}
 * @param source        outlet, may be {@code null}
 * @param title         headline, may be {@code null}
 * @param body          the article body as text or HTML, never {@code null}
 * @param format        how {@code body} is encoded; {@code null} on input means text
 * @param publishedAt   publication time as written by the source, may be {@code null}
 * @param ingestedAt    when the ingest producer read it, may be {@code null}
 * @param language      an ISO 639-1 hint from the source, may be {@code null}
 * @param origin        where the ingest producer read it (file, line), may be {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"schemaVersion", "id", "url", "source", "title", "body", "format", "publishedAt",
        "ingestedAt", "language", "origin"})
public record RawArticle(
        Integer schemaVersion,
        String id,
        String url,
        Source source,
        String title,
        String body,
        ContentFormat format,
        String publishedAt,
        Instant ingestedAt,
        String language,
        String origin) {

    /** The input schema version this code writes and reads. */
    public static final int SCHEMA_VERSION = 1;

    public RawArticle {
        requireNonNull(body, "body");
        if (schemaVersion == null) {
            schemaVersion = SCHEMA_VERSION;
        }
        if (format == null) {
            format = ContentFormat.TEXT;
        }
    }

    /** A plain-text article with only a body, for tests and simple producers. */
    public static RawArticle ofText(String title, String body) {
        return new RawArticle(null, null, null, null, title, body, ContentFormat.TEXT, null, null, null, null);
    }

    public RawArticle withId(String newId) {
        return new RawArticle(schemaVersion, newId, url, source, title, body, format, publishedAt, ingestedAt,
                language, origin);
    }

    public RawArticle withIngestedAt(Instant newIngestedAt) {
        return new RawArticle(schemaVersion, id, url, source, title, body, format, publishedAt, newIngestedAt,
                language, origin);
    }
}
