package io.newswire.ingest.feeds;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
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
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.xml.sax.InputSource;

/**
 * Reads a fetched feed: a sitemap ({@code <urlset>}, with the news extension's title and
 * publication date when present) or a sitemap index through crawler-commons, anything else as RSS
 * 0.9x/1.0/2.0 or Atom through Rome. A gzip-compressed document ({@code sitemap.xml.gz}, served as
 * bytes) is inflated first, up to {@link #MAX_INFLATED_BYTES}. DOCTYPEs are refused by both
 * parsers, so an entity expansion cannot blow up.
 */
final class FeedParser {

    /** The sitemap protocol's own limit for one uncompressed sitemap file. */
    static final int MAX_INFLATED_BYTES = 50 * 1024 * 1024;
    /** Sitemaps of an index followed per poll: the most recently modified ones, as news is new. */
    static final int MAX_INDEX_SITEMAPS = 20;

    /**
     * What a fetched document lists: items (a feed or a sitemap), or the sitemaps of a sitemap index
     * (most recently modified first, at most {@link #MAX_INDEX_SITEMAPS}), each to be fetched as a
     * document of its own.
     */
    record Document(List<FeedItem> items, List<URL> sitemaps) {
        Document {
            items = List.copyOf(items);
            sitemaps = List.copyOf(sitemaps);
        }
    }

    private FeedParser() {
    }

    /**
     * The items of a feed, in document order.
     *
     * @throws IOException when the document is no feed, or is a sitemap index (use {@link #read})
     */
    static List<FeedItem> parse(byte[] body, String contentType, URL location) throws IOException {
        Document doc = read(body, contentType, location);
        if (!doc.sitemaps().isEmpty()) {
            throw new IOException("a sitemap index; its sitemaps are read by FeedParser.read");
        }
        return doc.items();
    }

    /** A feed's items or a sitemap index's sitemaps; gzip-compressed documents are inflated first. */
    static Document read(byte[] body, String contentType, URL location) throws IOException {
        body = inflateIfGzip(body);
        if (isSitemap(body)) {
            return sitemap(body, location);
        }
        return new Document(feed(body, location), List.of());
    }

    /** The bytes inflated when they start with the gzip magic number, refused past {@link #MAX_INFLATED_BYTES}. */
    static byte[] inflateIfGzip(byte[] body) throws IOException {
        if (body.length < 2 || (body[0] & 0xff) != 0x1f || (body[1] & 0xff) != 0x8b) {
            return body;
        }
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            byte[] inflated = in.readNBytes(MAX_INFLATED_BYTES + 1);
            if (inflated.length > MAX_INFLATED_BYTES) {
                throw new IOException("gzip document inflates to more than " + MAX_INFLATED_BYTES + " bytes");
            }
            return inflated;
        } catch (java.util.zip.ZipException | java.io.EOFException e) {
            throw new IOException("broken gzip document: " + e.getMessage(), e);
        }
    }

    private static List<FeedItem> feed(byte[] body, URL location) throws IOException {
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

    private static Document sitemap(byte[] body, URL location) throws IOException {
        SiteMapParser parser = new SiteMapParser(false);
        parser.enableExtension(Extension.NEWS);
        AbstractSiteMap parsed;
        try {
            // already inflated: parsed as XML whatever the server called it
            parsed = parser.parseSiteMap("text/xml", body, location);
        } catch (UnknownFormatException e) {
            throw new IOException("not a sitemap: " + e.getMessage(), e);
        }
        if (parsed instanceof SiteMapIndex index) {
            // The parser is lenient (strict = false): news sites keep their sitemaps on other paths
            // than the index's, which a strict parser would drop.
            List<AbstractSiteMap> children = new ArrayList<>(index.getSitemaps());
            children.sort(Comparator.comparing((AbstractSiteMap m) -> m.getLastModified() == null ? new Date(0)
                    : m.getLastModified()).reversed());
            return new Document(List.of(), children.stream().limit(MAX_INDEX_SITEMAPS).map(AbstractSiteMap::getUrl)
                    .toList());
        }
        List<FeedItem> items = new ArrayList<>();
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
        return new Document(items, List.of());
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
