package io.newswire.ingest.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
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

    private static final String NEWS_SITEMAP = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><urlset "
            + "xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" "
            + "xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\"><url><loc>https://news.example/quito-lluvias"
            + "</loc><news:news><news:publication><news:name>Ejemplo</news:name><news:language>es</news:language>"
            + "</news:publication><news:publication_date>2026-11-03T07:00:00Z</news:publication_date>"
            + "<news:title>Lluvias en Quito</news:title></news:news></url></urlset>";

    private static byte[] gzip(String s) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(s.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private static String index(String... locAndLastmod) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sitemapindex "
                + "xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
        for (int i = 0; i < locAndLastmod.length; i += 2) {
            sb.append("<sitemap><loc>").append(locAndLastmod[i]).append("</loc>");
            if (!locAndLastmod[i + 1].isEmpty()) {
                sb.append("<lastmod>").append(locAndLastmod[i + 1]).append("</lastmod>");
            }
            sb.append("</sitemap>");
        }
        return sb.append("</sitemapindex>").toString();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"plain", "gzip"})
    void shouldListSitemapsNewestFirstWhenTheDocumentIsASitemapIndex(String form) throws IOException {
        String xml = index("https://news.example/sitemaps/2026-10.xml.gz", "2026-10-31T23:00:00Z",
                "https://cdn.news.example/sitemaps/news.xml", "2026-11-03T07:00:00Z",
                "https://news.example/sitemaps/archive.xml", "");
        byte[] body = form.equals("gzip") ? gzip(xml) : xml.getBytes(StandardCharsets.UTF_8);

        FeedParser.Document doc = FeedParser.read(body, "application/octet-stream",
                new URL("https://news.example/sitemap_index.xml"));

        assertThat(doc.items()).isEmpty();
        assertThat(doc.sitemaps()).extracting(URL::toString).containsExactly(
                "https://cdn.news.example/sitemaps/news.xml", "https://news.example/sitemaps/2026-10.xml.gz",
                "https://news.example/sitemaps/archive.xml");
    }

    @Test
    void shouldFollowAtMostTheNewestSitemapsWhenAnIndexListsManyMonths() throws IOException {
        String[] entries = new String[2 * 60];
        for (int i = 0; i < 60; i++) {
            entries[2 * i] = "https://news.example/sitemaps/" + i + ".xml";
            entries[2 * i + 1] = java.time.Instant.parse("2026-01-01T00:00:00Z").plusSeconds(86_400L * i).toString();
        }
        FeedParser.Document doc = FeedParser.read(index(entries).getBytes(StandardCharsets.UTF_8), null, base());

        assertThat(doc.sitemaps()).hasSize(FeedParser.MAX_INDEX_SITEMAPS);
        assertThat(doc.sitemaps().get(0)).hasToString("https://news.example/sitemaps/59.xml");
    }

    @Test
    void shouldReadItemsWhenANewsSitemapIsGzipCompressed() throws IOException {
        FeedParser.Document doc = FeedParser.read(gzip(NEWS_SITEMAP), "application/x-gzip",
                new URL("https://news.example/news-sitemap.xml.gz"));

        assertThat(doc.sitemaps()).isEmpty();
        assertThat(doc.items()).containsExactly(new FeedItem("https://news.example/quito-lluvias", "Lluvias en Quito",
                "2026-11-03T07:00:00Z"));
    }

    @Test
    void shouldFailWithAReasonWhenAGzipDocumentIsCutShort() throws IOException {
        byte[] whole = gzip(NEWS_SITEMAP);
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length / 2);

        assertThatThrownBy(() -> FeedParser.read(cut, null, base())).isInstanceOf(IOException.class)
                .hasMessageContaining("broken gzip document");
    }
}
