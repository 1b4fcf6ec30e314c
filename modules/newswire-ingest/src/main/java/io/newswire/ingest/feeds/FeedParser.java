package io.newswire.ingest.feeds;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import crawlercommons.sitemaps.extension.Extension;
import crawlercommons.sitemaps.extension.ExtensionMetadata;
import crawlercommons.sitemaps.extension.NewsAttributes;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.xml.sax.InputSource;

/**
 * Reads a fetched feed: a sitemap ({@code <urlset>}, with the news extension's title and
 * publication date when present) through crawler-commons, anything else as RSS 0.9x/1.0/2.0 or
 * Atom through Rome. DOCTYPEs are refused by both, so an entity expansion cannot blow up.
 */
final class FeedParser {

    private FeedParser() {
    }

    /** The items of a feed, in document order. */
    static List<FeedItem> parse(byte[] body, String contentType, URL location) throws IOException {
        if (isSitemap(body)) {
            return sitemap(body, contentType, location);
        }
        SyndFeedInput input = new SyndFeedInput();
        input.setAllowDoctypes(false);
        SyndFeed feed;
        try {
            // Rome reads the XML declaration's encoding from the bytes
            feed = input.build(new InputSource(new ByteArrayInputStream(body)));
        } catch (FeedException | IllegalArgumentException e) {
            throw new IOException("not RSS, Atom or a sitemap: " + e.getMessage(), e);
        }
        List<FeedItem> items = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            String link = entry.getLink();
            if (link == null || link.isBlank()) {
                link = entry.getUri();
            }
            if (link == null || link.isBlank()) {
                continue;
            }
            Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
            items.add(new FeedItem(resolve(location, link.strip()), blankToNull(entry.getTitle()),
                    date == null ? null : date.toInstant().toString()));
        }
        return items;
    }

    private static List<FeedItem> sitemap(byte[] body, String contentType, URL location) throws IOException {
        SiteMapParser parser = new SiteMapParser(false);
        parser.enableExtension(Extension.NEWS);
        AbstractSiteMap parsed;
        try {
            parsed = parser.parseSiteMap(contentType == null ? "text/xml" : contentType, body, location);
        } catch (UnknownFormatException e) {
            throw new IOException("not a sitemap: " + e.getMessage(), e);
        }
        List<FeedItem> items = new ArrayList<>();
        if (parsed.isIndex()) {
            // an index of sitemaps: each listed sitemap is a source of its own
            throw new IOException("a sitemap index; list its news sitemaps as sources instead");
        }
        for (SiteMapURL url : ((SiteMap) parsed).getSiteMapUrls()) {
            String title = null;
            String published = null;
            ExtensionMetadata[] news = url.getAttributesForExtension(Extension.NEWS);
            if (news != null && news.length > 0 && news[0] instanceof NewsAttributes attributes) {
                title = blankToNull(attributes.getTitle());
                published = attributes.getPublicationDateTime() == null ? null
                        : attributes.getPublicationDateTime().toInstant().toString();
            }
            if (published == null && url.getLastModified() != null) {
                published = url.getLastModified().toInstant().toString();
            }
            items.add(new FeedItem(url.getUrl().toString(), title, published));
        }
        return items;
    }

    private static boolean isSitemap(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, 1024), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        return head.contains("<urlset") || head.contains("<sitemapindex");
    }

    private static String resolve(URL base, String link) {
        try {
            return new URL(base, link).toString();
        } catch (java.net.MalformedURLException e) {
            return link;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
