package io.newswire.ingest.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FeedParserTest {

    private static URL base() throws IOException {
        return new URL("https://news.example/feeds/main.xml");
    }

    private static List<FeedItem> parse(String xml, Charset charset) throws IOException {
        return FeedParser.parse(xml.getBytes(charset), "application/xml", base());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "RSS 2.0|UTF-8|<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>t</title><link>https://news.example/</link><description>d</description><item><title>Переговоры в Москве</title><link>https://news.example/a?utm_source=rss</link><pubDate>Mon, 02 Nov 2026 10:00:00 GMT</pubDate></item></channel></rss>|https://news.example/a?utm_source=rss|Переговоры в Москве|2026-11-02T10:00:00Z",
        "RSS 2.0 in Latin-1|ISO-8859-1|<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel><title>t</title><link>https://news.example/</link><description>d</description><item><title>Élections à Dakar</title><link>https://news.example/b</link></item></channel></rss>|https://news.example/b|Élections à Dakar|",
        "Atom, relative link|UTF-8|<?xml version=\"1.0\" encoding=\"UTF-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title><id>urn:f</id><updated>2026-11-02T10:00:00Z</updated><entry><title>محادثات في القاهرة</title><id>urn:e</id><link href=\"/2026/11/cairo.html\"/><published>2026-11-01T08:30:00+02:00</published><updated>2026-11-02T10:00:00Z</updated></entry></feed>|https://news.example/2026/11/cairo.html|محادثات في القاهرة|2026-11-01T06:30:00Z",
        "news sitemap|UTF-8|<?xml version=\"1.0\" encoding=\"UTF-8\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\"><url><loc>https://news.example/jakarta-banjir</loc><news:news><news:publication><news:name>Contoh</news:name><news:language>id</news:language></news:publication><news:publication_date>2026-11-03T07:00:00Z</news:publication_date><news:title>Banjir di Jakarta</news:title></news:news></url></urlset>|https://news.example/jakarta-banjir|Banjir di Jakarta|2026-11-03T07:00:00Z"})
    void shouldReadLinkTitleAndDateWhenTheFeedIsRssAtomOrANewsSitemap(String kind, String charset, String xml,
            String url, String title, String published) throws IOException {
        List<FeedItem> items = parse(xml, Charset.forName(charset));

        assertThat(items).containsExactly(new FeedItem(url, title, published));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<rss><channel><item><link>unterminated",
        "<html><body>a web page, not a feed</body></html>",
        "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x \"xxxxxxxx\">]><rss version=\"2.0\"><channel><title>&x;</title></channel></rss>",
        "<?xml version=\"1.0\"?><sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><sitemap><loc>https://news.example/s1.xml</loc></sitemap></sitemapindex>"})
    void shouldFailWithAReasonWhenTheDocumentIsNotAFeedItCanRead(String body) {
        assertThatThrownBy(() -> parse(body, StandardCharsets.UTF_8)).isInstanceOf(IOException.class)
                .hasMessageMatching("(?s).*(not RSS, Atom or a sitemap|not a sitemap|sitemap index).*");
    }
}
