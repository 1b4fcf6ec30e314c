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
        return builder(body).title(title).build();
    }

    /** A builder for an article with this body; every other field starts absent ({@code null}). */
    public static Builder builder(String body) {
        return new Builder(body);
    }

    /** A builder holding this article's fields, to change some of them. */
    public Builder toBuilder() {
        return new Builder(body).schemaVersion(schemaVersion).id(id).url(url).source(source).title(title)
                .format(format).publishedAt(publishedAt).ingestedAt(ingestedAt).language(language).origin(origin);
    }

    public RawArticle withId(String newId) {
        return toBuilder().id(newId).build();
    }

    public RawArticle withIngestedAt(Instant newIngestedAt) {
        return toBuilder().ingestedAt(newIngestedAt).build();
    }

    /** Builds a {@link RawArticle} by field name instead of eleven positional arguments. */
    public static final class Builder {
        private Integer schemaVersion;
        private String id;
        private String url;
        private Source source;
        private String title;
        private String body;
        private ContentFormat format;
        private String publishedAt;
        private Instant ingestedAt;
        private String language;
        private String origin;

        private Builder(String body) {
            this.body = requireNonNull(body, "body");
        }

        public Builder schemaVersion(Integer schemaVersion) {
            this.schemaVersion = schemaVersion;
            return this;
        }

        public Builder id(String id) {
            this.id = id;
            return this;
        }

        public Builder url(String url) {
            this.url = url;
            return this;
        }

        public Builder source(Source source) {
            this.source = source;
            return this;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder body(String body) {
            this.body = requireNonNull(body, "body");
            return this;
        }

        public Builder format(ContentFormat format) {
            this.format = format;
            return this;
        }

        public Builder publishedAt(String publishedAt) {
            this.publishedAt = publishedAt;
            return this;
        }

        public Builder ingestedAt(Instant ingestedAt) {
            this.ingestedAt = ingestedAt;
            return this;
        }

        public Builder language(String language) {
            this.language = language;
            return this;
        }

        public Builder origin(String origin) {
            this.origin = origin;
            return this;
        }

        public RawArticle build() {
            return new RawArticle(schemaVersion, id, url, source, title, body, format, publishedAt, ingestedAt,
                    language, origin);
        }
    }
}
