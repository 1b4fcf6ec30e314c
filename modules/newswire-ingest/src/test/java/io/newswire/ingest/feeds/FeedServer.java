package io.newswire.ingest.feeds;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local news site for the feed tests: {@code n} feeds (RSS 2.0, Atom and news sitemaps in turn)
 * with ETags and 304s, their item pages, a robots.txt, a redirected feed, a feed that fails once, a
 * broken feed, a broken page and a sitemap index. All text written here.
 */
final class FeedServer implements AutoCloseable {

    static final int BROKEN_FEED = 9;
    static final int REDIRECTED_FEED = 5;
    static final int FLAKY_FEED = 7;
    static final int PRIVATE_ITEM_FEED = 11;
    static final int BROKEN_PAGE_FEED = 15;
    /** A sitemap index of two sitemaps, one gzip-compressed, both listing the first item. */
    static final int INDEX_FEED = 17;

    private static final String[] TITLES = {"Grain exports resume", "Переговоры в Москве продолжаются",
        "Élections à Dakar", "محادثات في القاهرة", "Sel banjiri Jakarta"};

    private final HttpServer server;
    private final int feeds;
    private final Map<Integer, List<String>> items = new ConcurrentHashMap<>();
    private final AtomicInteger version = new AtomicInteger(1);
    private final AtomicInteger flakyFailures = new AtomicInteger(1);
    final AtomicInteger notModified = new AtomicInteger();
    final AtomicInteger robotsRequests = new AtomicInteger();
    final AtomicInteger privateRequests = new AtomicInteger();

    FeedServer(int feeds, int itemsPerFeed) throws IOException {
        this.feeds = feeds;
        for (int i = 0; i < feeds; i++) {
            List<String> paths = new ArrayList<>();
            for (int j = 0; j < itemsPerFeed; j++) {
                paths.add(itemPath(i, j));
            }
            items.put(i, java.util.Collections.synchronizedList(paths));
        }
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/", this::handle);
        server.start();
    }

    private static String itemPath(int feed, int j) {
        if (feed == PRIVATE_ITEM_FEED && j == 2) {
            return "/private/" + feed + "-" + j + ".html";
        }
        if (feed == BROKEN_PAGE_FEED && j == 2) {
            return "/broken/" + feed + "-" + j + ".html";
        }
        return "/pages/" + feed + "/" + j + ".html";
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    List<URI> feedUris() {
        List<URI> out = new ArrayList<>();
        for (int i = 0; i < feeds; i++) {
            out.add(base().resolve("/feeds/" + i + ".xml"));
        }
        return out;
    }

    /** Adds one item to every feed; their ETags change. */
    void addItemToEveryFeed(int j) {
        items.forEach((feed, list) -> list.add(itemPath(feed, j)));
        version.incrementAndGet();
    }

    /** Items whose pages can be published: all but those of the broken feed, the robots-disallowed and the broken page. */
    int publishable() {
        int n = 0;
        for (Map.Entry<Integer, List<String>> e : items.entrySet()) {
            if (e.getKey() == BROKEN_FEED) {
                continue;
            }
            for (String p : e.getValue()) {
                if (p.startsWith("/pages/")) {
                    n++;
                }
            }
        }
        return n;
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            if (path.equals("/robots.txt")) {
                robotsRequests.incrementAndGet();
                send(ex, 200, "text/plain", "User-agent: *\nDisallow: /private/\n");
            } else if (path.startsWith("/private/")) {
                privateRequests.incrementAndGet();
                send(ex, 200, "text/html", "<html><body>private</body></html>");
            } else if (path.startsWith("/broken/")) {
                send(ex, 500, "text/plain", "internal error");
            } else if (path.startsWith("/pages/")) {
                String[] parts = path.split("/");
                int feed = Integer.parseInt(parts[2]);
                String title = TITLES[feed % TITLES.length];
                send(ex, 200, "text/html; charset=utf-8", "<!DOCTYPE html><html><head><title>" + title
                        + "</title></head><body><article><h1>" + title + "</h1><p>Story " + path
                        + " of the local test site, written for this test.</p></article></body></html>");
            } else if (path.equals("/feeds/" + INDEX_FEED + ".xml")) {
                send(ex, 200, "application/xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex "
                        + "xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><sitemap><loc>"
                        + base().resolve("/sitemaps/" + INDEX_FEED + "-even.xml.gz") + "</loc><lastmod>2026-11-02T10:00:00Z"
                        + "</lastmod></sitemap><sitemap><loc>" + base().resolve("/sitemaps/" + INDEX_FEED + "-odd.xml")
                        + "</loc></sitemap></sitemapindex>");
            } else if (path.startsWith("/sitemaps/" + INDEX_FEED + "-")) {
                indexedSitemap(ex, path.contains("-even"), path.endsWith(".gz"));
            } else if (path.equals("/feeds/" + REDIRECTED_FEED + ".xml")) {
                ex.getResponseHeaders().set("Location", "/moved/" + REDIRECTED_FEED + ".xml");
                send(ex, 301, "text/plain", "moved");
            } else if (path.startsWith("/feeds/") || path.startsWith("/moved/")) {
                int feed = Integer.parseInt(path.replaceAll("\\D", ""));
                feed(ex, feed);
            } else {
                send(ex, 404, "text/plain", "not found");
            }
        }
    }

    private void feed(HttpExchange ex, int feed) throws IOException {
        if (feed == FLAKY_FEED && flakyFailures.getAndDecrement() > 0) {
            send(ex, 503, "text/plain", "try again");
            return;
        }
        if (feed == BROKEN_FEED) {
            send(ex, 200, "application/rss+xml", "<rss><channel><item><link>unterminated");
            return;
        }
        String etag = "\"f" + feed + "-v" + version.get() + "\"";
        if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
            notModified.incrementAndGet();
            ex.getResponseHeaders().set("ETag", etag);
            ex.sendResponseHeaders(304, -1);
            return;
        }
        ex.getResponseHeaders().set("ETag", etag);
        List<String> paths;
        synchronized (items.get(feed)) {
            paths = List.copyOf(items.get(feed));
        }
        String title = TITLES[feed % TITLES.length];
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        switch (feed % 3) {
            case 0 -> {
                xml.append("<rss version=\"2.0\"><channel><title>Feed ").append(feed).append("</title><link>")
                        .append(base()).append("</link><description>test</description>");
                for (String p : paths) {
                    xml.append("<item><title>").append(title).append("</title><link>").append(base().resolve(p))
                            .append("</link><pubDate>Mon, 02 Nov 2026 10:00:00 GMT</pubDate></item>");
                }
                xml.append("</channel></rss>");
                send(ex, 200, "application/rss+xml; charset=utf-8", xml.toString());
            }
            case 1 -> {
                xml.append("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Feed ").append(feed)
                        .append("</title><id>urn:feed:").append(feed).append("</id><updated>2026-11-02T10:00:00Z</updated>");
                for (String p : paths) {
                    // relative links, resolved against the feed's URL
                    xml.append("<entry><title>").append(title).append("</title><id>urn:item:").append(p)
                            .append("</id><link href=\"").append(p).append("\"/><updated>2026-11-02T10:00:00Z</updated></entry>");
                }
                xml.append("</feed>");
                send(ex, 200, "application/atom+xml", xml.toString());
            }
            default -> {
                xml.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" "
                        + "xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">");
                for (String p : paths) {
                    xml.append("<url><loc>").append(base().resolve(p)).append("</loc><news:news><news:publication>"
                            + "<news:name>Test</news:name><news:language>en</news:language></news:publication>"
                            + "<news:publication_date>2026-11-02T10:00:00Z</news:publication_date><news:title>")
                            .append(title).append("</news:title></news:news></url>");
                }
                xml.append("</urlset>");
                send(ex, 200, "application/xml", xml.toString());
            }
        }
    }

    /** Half of the index feed's items (the first item in both halves), with ETags; gzip-compressed if asked. */
    private void indexedSitemap(HttpExchange ex, boolean even, boolean gzip) throws IOException {
        String etag = "\"s" + even + "-v" + version.get() + "\"";
        ex.getResponseHeaders().set("ETag", etag);
        if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
            notModified.incrementAndGet();
            ex.sendResponseHeaders(304, -1);
            return;
        }
        List<String> paths;
        synchronized (items.get(INDEX_FEED)) {
            paths = List.copyOf(items.get(INDEX_FEED));
        }
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset "
                + "xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
        for (int i = 0; i < paths.size(); i++) {
            if (i == 0 || i % 2 == 0 == even) {
                xml.append("<url><loc>").append(base().resolve(paths.get(i))).append("</loc>"
                        + "<lastmod>2026-11-02T10:00:00Z</lastmod></url>");
            }
        }
        xml.append("</urlset>");
        if (!gzip) {
            send(ex, 200, "application/xml", xml.toString());
            return;
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(out)) {
            gz.write(xml.toString().getBytes(StandardCharsets.UTF_8));
        }
        byte[] bytes = out.toByteArray();
        ex.getResponseHeaders().set("Content-Type", "application/x-gzip");
        ex.sendResponseHeaders(200, bytes.length);
        try (OutputStream os = ex.getResponseBody()) {
            os.write(bytes);
        }
    }

    private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream os = ex.getResponseBody()) {
            os.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
