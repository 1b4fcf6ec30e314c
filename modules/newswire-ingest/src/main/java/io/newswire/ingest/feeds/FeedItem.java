package io.newswire.ingest.feeds;

import static java.util.Objects.requireNonNull;

/**
 * One entry of a feed or sitemap: the page's URL, and the title and publication time the feed
 * gives, each {@code null} when it gives none.
 */
public record FeedItem(String url, String title, String publishedAt) {
    public FeedItem {
        requireNonNull(url, "url");
    }
}
