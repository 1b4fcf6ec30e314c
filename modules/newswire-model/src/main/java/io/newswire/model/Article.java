package io.newswire.model;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.util.List;

/**
 * An enriched article as written to {@code news.enriched}: output contract v1, documented in
 * {@code docs/schema/article.v1.schema.json} and the README.
 *
 * <p>Every field is always present. A field whose enricher found nothing, or is not built yet, is
 * an empty list or {@code null}, never invented. Every {@link Mention} offset indexes into
 * {@link #text()}.
 *
 * <p>From an HTML page's metadata (null or empty when the page does not say, or the body was text):
 * {@code canonicalUrl} ({@code <link rel=canonical>}, {@code og:url}), {@code authors} (JSON-LD
 * {@code author}, author meta tags), {@code imageUrl} (the lead image: {@code og:image},
 * {@code twitter:image}, JSON-LD {@code image}), {@code declaredLanguage} (the ISO 639 code the page
 * or the source declares, {@code <html lang>} or the raw {@code language} hint: a prior, not the
 * detected {@code language}). {@code captions} are the page's picture captions, each with its photo
 * credit when the page marks it apart; they are never part of {@code text} (empty for a text body). Added in
 * contract 1 without a version change: readers of older output see it absent.
 */
@JsonPropertyOrder({"schemaVersion", "id", "url", "canonicalUrl", "source", "title", "authors", "imageUrl", "text",
        "captions",
        "language", "declaredLanguage", "publishedAt",
        "ingestedAt", "processedAt", "dateline", "attribution", "license", "boilerplate", "stats", "entities",
        "places", "countries", "events", "quotes", "keywords", "topics", "tone", "duplicateOf", "story",
        "provenance"})
public record Article(
        int schemaVersion,
        String id,
        String url,
        String canonicalUrl,
        Source source,
        String title,
        List<String> authors,
        String imageUrl,
        String text,
        List<Caption> captions,
        Language language,
        String declaredLanguage,
        Instant publishedAt,
        Instant ingestedAt,
        Instant processedAt,
        Dateline dateline,
        Attribution attribution,
        License license,
        List<String> boilerplate,
        TextStats stats,
        List<Entity> entities,
        List<Place> places,
        List<Country> countries,
        List<Event> events,
        List<Quote> quotes,
        List<Keyword> keywords,
        List<Topic> topics,
        Tone tone,
        DuplicateOf duplicateOf,
        Story story,
        Provenance provenance) {

    /** The output schema version this code writes. */
    public static final int SCHEMA_VERSION = 1;

    public Article {
        requireNonNull(id, "id");
        requireNonNull(text, "text");
        requireNonNull(provenance, "provenance");
        source = source == null ? Source.UNKNOWN : source;
        language = language == null ? Language.UNDETERMINED : language;
        stats = stats == null ? TextStats.EMPTY : stats;
        authors = List.copyOf(authors == null ? List.of() : authors);
        captions = List.copyOf(captions == null ? List.of() : captions);
        boilerplate = List.copyOf(boilerplate == null ? List.of() : boilerplate);
        entities = List.copyOf(entities == null ? List.of() : entities);
        places = List.copyOf(places == null ? List.of() : places);
        countries = List.copyOf(countries == null ? List.of() : countries);
        events = List.copyOf(events == null ? List.of() : events);
        quotes = List.copyOf(quotes == null ? List.of() : quotes);
        keywords = List.copyOf(keywords == null ? List.of() : keywords);
        topics = List.copyOf(topics == null ? List.of() : topics);
    }

    public static Builder builder(String id, String text, String pipelineVersion) {
        return new Builder(id, text, Provenance.start(pipelineVersion));
    }

    public Builder toBuilder() {
        Builder b = new Builder(id, text, provenance);
        b.url = url;
        b.canonicalUrl = canonicalUrl;
        b.source = source;
        b.title = title;
        b.authors = authors;
        b.imageUrl = imageUrl;
        b.captions = captions;
        b.language = language;
        b.declaredLanguage = declaredLanguage;
        b.publishedAt = publishedAt;
        b.ingestedAt = ingestedAt;
        b.processedAt = processedAt;
        b.dateline = dateline;
        b.attribution = attribution;
        b.license = license;
        b.boilerplate = boilerplate;
        b.stats = stats;
        b.entities = entities;
        b.places = places;
        b.countries = countries;
        b.events = events;
        b.quotes = quotes;
        b.keywords = keywords;
        b.topics = topics;
        b.tone = tone;
        b.duplicateOf = duplicateOf;
        b.story = story;
        return b;
    }

    /** Builds an {@link Article}; enrichers use {@code article.toBuilder().entities(...).build()}. */
    public static final class Builder {
        private String id;
        private String text;
        private Provenance provenance;
        private String url;
        private String canonicalUrl;
        private Source source;
        private String title;
        private List<String> authors;
        private String imageUrl;
        private List<Caption> captions;
        private Language language;
        private String declaredLanguage;
        private Instant publishedAt;
        private Instant ingestedAt;
        private Instant processedAt;
        private Dateline dateline;
        private Attribution attribution;
        private License license;
        private List<String> boilerplate;
        private TextStats stats;
        private List<Entity> entities;
        private List<Place> places;
        private List<Country> countries;
        private List<Event> events;
        private List<Quote> quotes;
        private List<Keyword> keywords;
        private List<Topic> topics;
        private Tone tone;
        private DuplicateOf duplicateOf;
        private Story story;

        private Builder(String id, String text, Provenance provenance) {
            this.id = id;
            this.text = text;
            this.provenance = provenance;
        }

        public Builder id(String v) { this.id = v; return this; }
        public Builder text(String v) { this.text = v; return this; }
        public Builder provenance(Provenance v) { this.provenance = v; return this; }
        public Builder url(String v) { this.url = v; return this; }
        public Builder canonicalUrl(String v) { this.canonicalUrl = v; return this; }
        public Builder source(Source v) { this.source = v; return this; }
        public Builder title(String v) { this.title = v; return this; }
        public Builder authors(List<String> v) { this.authors = v; return this; }
        public Builder imageUrl(String v) { this.imageUrl = v; return this; }
        public Builder captions(List<Caption> v) { this.captions = v; return this; }
        public Builder language(Language v) { this.language = v; return this; }
        public Builder declaredLanguage(String v) { this.declaredLanguage = v; return this; }
        public Builder publishedAt(Instant v) { this.publishedAt = v; return this; }
        public Builder ingestedAt(Instant v) { this.ingestedAt = v; return this; }
        public Builder processedAt(Instant v) { this.processedAt = v; return this; }
        public Builder dateline(Dateline v) { this.dateline = v; return this; }
        public Builder attribution(Attribution v) { this.attribution = v; return this; }
        public Builder license(License v) { this.license = v; return this; }
        public Builder boilerplate(List<String> v) { this.boilerplate = v; return this; }
        public Builder stats(TextStats v) { this.stats = v; return this; }
        public Builder entities(List<Entity> v) { this.entities = v; return this; }
        public Builder places(List<Place> v) { this.places = v; return this; }
        public Builder countries(List<Country> v) { this.countries = v; return this; }
        public Builder events(List<Event> v) { this.events = v; return this; }
        public Builder quotes(List<Quote> v) { this.quotes = v; return this; }
        public Builder keywords(List<Keyword> v) { this.keywords = v; return this; }
        public Builder topics(List<Topic> v) { this.topics = v; return this; }
        public Builder tone(Tone v) { this.tone = v; return this; }
        public Builder duplicateOf(DuplicateOf v) { this.duplicateOf = v; return this; }
        public Builder story(Story v) { this.story = v; return this; }

        public Article build() {
            return new Article(SCHEMA_VERSION, id, url, canonicalUrl, source, title, authors, imageUrl, text, captions,
                    language,
                    declaredLanguage, publishedAt, ingestedAt,
                    processedAt, dateline, attribution, license, boilerplate, stats, entities, places, countries,
                    events, quotes, keywords, topics, tone, duplicateOf, story, provenance);
        }
    }
}
