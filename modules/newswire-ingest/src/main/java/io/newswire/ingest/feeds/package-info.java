/**
 * Feeds: {@link io.newswire.ingest.feeds.FeedPoller} polls RSS 2.0, Atom (Rome) and news sitemaps
 * (crawler-commons) with conditional GET, fetches each new item's page politely (one request at a
 * time per host, an interval between them, robots.txt), and publishes it to the raw topic keyed by
 * its article id. Seen items and feed state live in a compacted topic; instances share the feeds
 * through a consumer group on that topic, each owning the feeds of its partitions.
 */
package io.newswire.ingest.feeds;
