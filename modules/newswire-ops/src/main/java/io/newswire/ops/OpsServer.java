package io.newswire.ops;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newswire.model.Article;
import io.newswire.model.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ops HTTP endpoints, served alike by {@code demo} and {@code pipeline}: {@code /metrics}
 * (Prometheus), {@code /health} (liveness), {@code /ready} (readiness; both from a {@link HealthCheck}),
 * {@code /api/stats}, {@code /api/articles/recent} ({@code ?limit=N}, {@code &view=summary} without
 * bodies), {@code /api/stories/top} ({@code ?limit=N}: the largest stories now, from the compacted
 * stories topic, when a {@link TopStories} is set; else empty), {@code /api/windows} (windowed statistics, when a
 * {@link WindowedStatsSource} is set) and the dashboard page at {@code /}.
 *
 * <p>Read-only: anything but GET/HEAD is refused, and so is any request with a body, so that the
 * endpoints cannot be used to push data into the process; the one exception is a handler added with
 * {@link #route}, such as the authenticated HTTP ingest endpoint when it is enabled.
 *
 * <p>Bounded: a request line plus headers over {@value #MAX_REQUEST_HEAD_BYTES} bytes, or more
 * than {@value #MAX_REQUEST_HEADERS} headers, is refused by closing the connection; a client that
 * has not sent its whole request after {@value #MAX_REQUEST_SECONDS} seconds is disconnected, so
 * that a few half-open connections cannot occupy the handler threads and stall {@code /health}.
 * These are JDK HTTP server settings ({@code sun.net.httpserver.maxReqHeaderSize},
 * {@code sun.net.httpserver.maxReqHeaders}, {@code sun.net.httpserver.maxReqTime},
 * {@code jdk.httpserver.maxConnections}); a value given with {@code -D} wins.
 */
public final class OpsServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OpsServer.class);

    /** Largest request line plus headers accepted; the endpoints take no more than a short query. */
    public static final int MAX_REQUEST_HEAD_BYTES = 64 * 1024;
    /** Most request headers accepted. */
    public static final int MAX_REQUEST_HEADERS = 100;
    /** Time a client has to send its whole request. */
    public static final int MAX_REQUEST_SECONDS = 5;
    /** Most connections open at once. */
    public static final int MAX_CONNECTIONS = 64;

    static {
        // The JDK server reads these once, when its first instance is created; this class is the
        // only user of that server in newswire, so setting them before the first create() suffices.
        setIfAbsent("sun.net.httpserver.maxReqHeaderSize", MAX_REQUEST_HEAD_BYTES);
        setIfAbsent("sun.net.httpserver.maxReqHeaders", MAX_REQUEST_HEADERS);
        setIfAbsent("sun.net.httpserver.maxReqTime", MAX_REQUEST_SECONDS);
        setIfAbsent("jdk.httpserver.maxConnections", MAX_CONNECTIONS);
    }

    private static final int RECENT_DEFAULT = 20;
    private static final int RECENT_MAX = 200;

    private final HttpServer server;
    private final ExecutorService executor;
    private volatile WindowedStatsSource windows;
    private volatile TopStories stories;

    /**
     * Binds (without starting) the endpoints on {@code host:port} ({@code 0} for a free port).
     *
     * @param registry what {@code /metrics} scrapes
     * @param health readiness for {@code /ready} and liveness for {@code /health}
     * @param stats the counters behind {@code /api/stats}
     * @param recent the latest enriched articles, for {@code /api/articles/recent}
     */
    public OpsServer(String host, int port, PrometheusMeterRegistry registry, HealthCheck health,
            Supplier<Map<String, Object>> stats, RecentArticles recent) throws IOException {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(health, "health");
        this.server = HttpServer.create(new InetSocketAddress(host, port), 64);
        // The JDK server reads a request on a handler thread: with a small fixed pool, a few stalled
        // clients would queue /health behind them until maxReqTime drops them, and drop it too. One
        // thread per allowed connection at most, made when needed and ended when idle.
        this.executor = new ThreadPoolExecutor(2, MAX_CONNECTIONS, 30, TimeUnit.SECONDS, new SynchronousQueue<>(),
                r -> {
                    Thread t = new Thread(r, "newswire-http");
                    t.setDaemon(true);
                    return t;
                });
        server.setExecutor(executor);
        server.createContext("/metrics", ex -> handle(ex, () -> new Response(200,
                "text/plain; version=0.0.4; charset=utf-8", registry.scrape())));
        server.createContext("/health", ex -> handle(ex, () -> probe(health.live(), "UP", "DOWN", health)));
        server.createContext("/ready", ex -> handle(ex, () -> probe(health.ready(), "READY", "NOT_READY", health)));
        server.createContext("/api/stats", ex -> handle(ex, () -> json(200, stats.get())));
        server.createContext("/api/articles/recent", ex -> handle(ex, () -> {
            String query = ex.getRequestURI().getRawQuery();
            List<Article> latest = recent.latest(Math.max(1, Math.min(RECENT_MAX, queryInt(query, "limit", RECENT_DEFAULT))));
            return "summary".equals(queryString(query, "view"))
                    ? json(200, latest.stream().map(ArticleSummary::of).toList())
                    : json(200, latest);
        }));
        server.createContext("/api/windows", ex -> handle(ex, this::windows));
        server.createContext("/api/stories/top", ex -> handle(ex, () -> {
            TopStories source = stories;
            int limit = Math.max(1, Math.min(RECENT_MAX, queryInt(ex.getRequestURI().getRawQuery(), "limit", 10)));
            return json(200, source == null ? List.of() : source.top(limit));
        }));
        server.createContext("/api/windows/local", ex -> handle(ex, () -> localWindows(ex.getRequestURI()
                .getRawQuery())));
        server.createContext("/", ex -> handle(ex, () -> {
            String path = ex.getRequestURI().getPath();
            if (!path.equals("/") && !path.equals("/index.html")) {
                return json(404, Map.of("error", "not found", "path", path));
            }
            return new Response(200, "text/html; charset=utf-8", Dashboard.html());
        }));
    }

    private static Response probe(boolean ok, String up, String down, HealthCheck health) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("status", ok ? up : down);
        body.putAll(health.details());
        return json(ok ? 200 : 503, body);
    }

    /**
     * Sets the stories {@code /api/stories/top} shows; until set (or with {@code null}) it answers an
     * empty list and the dashboard's panel says so. May be called before or after {@link #start()}.
     */
    public OpsServer topStories(TopStories source) {
        this.stories = source;
        return this;
    }

    /**
     * Sets where {@code /api/windows} reads windowed statistics from; until set (or with
     * {@code null}) that endpoint answers 404 and the dashboard falls back to {@code /api/stats}.
     * May be called before or after {@link #start()}.
     */
    public OpsServer windowedStats(WindowedStatsSource source) {
        this.windows = source;
        return this;
    }

    private Response windows() {
        WindowedStatsSource source = windows;
        if (source == null) {
            return json(404, Map.of("error", "windowed statistics not available"));
        }
        Object snapshot = source.snapshot();
        return snapshot == null
                ? json(503, Map.of("error", "windowed statistics not ready"))
                : json(200, snapshot);
    }

    private Response localWindows(String rawQuery) {
        WindowedStatsSource source = windows;
        long to = queryLong(rawQuery, "to", System.currentTimeMillis());
        long from = queryLong(rawQuery, "from", to - 15 * 60_000L);
        if (source == null) {
            return json(404, Map.of("error", "windowed statistics not available"));
        }
        Object local = source.local(from, to);
        // Null here means "not right now" (store rebalancing): callers retry or report it missing.
        return local == null
                ? json(503, Map.of("error", "windowed statistics not queryable right now"))
                : json(200, local);
    }

    static long queryLong(String rawQuery, String name, long dflt) {
        String value = queryString(rawQuery, name);
        if (value == null) {
            return dflt;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return dflt;
        }
    }

    /**
     * Serves {@code handler} at {@code path}, outside the read-only endpoints: the handler alone
     * decides which methods and bodies it accepts (the HTTP ingest endpoint, {@code POST
     * /api/articles}, when enabled). Call before {@link #start()}.
     */
    public OpsServer route(String path, com.sun.net.httpserver.HttpHandler handler) {
        server.createContext(Objects.requireNonNull(path, "path"), Objects.requireNonNull(handler, "handler"));
        return this;
    }

    /** Starts serving; returns this. */
    public OpsServer start() {
        server.start();
        LOG.info("ops endpoints on http://{}:{}/ (metrics, health, ready, api/stats)", host(), port());
        return this;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String host() {
        return server.getAddress().getHostString();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private record Response(int status, String contentType, String body) {
    }

    private static Response json(int status, Object value) {
        return new Response(status, "application/json; charset=utf-8", Json.toJson(value));
    }

    private static void handle(HttpExchange ex, Supplier<Response> action) throws IOException {
        try (ex) {
            String method = ex.getRequestMethod();
            Response r;
            if (!method.equals("GET") && !method.equals("HEAD")) {
                ex.getResponseHeaders().add("Allow", "GET, HEAD");
                r = json(405, Map.of("error", "method not allowed"));
            } else if (hasBody(ex)) {
                r = json(413, Map.of("error", "request bodies are not accepted"));
            } else {
                try {
                    r = action.get();
                } catch (RuntimeException e) {
                    LOG.warn("{} {} failed", method, ex.getRequestURI(), e);
                    Map<String, Object> err = new LinkedHashMap<>();
                    err.put("error", e.getClass().getSimpleName());
                    r = json(500, err);
                }
            }
            byte[] body = r.body().getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", r.contentType());
            ex.getResponseHeaders().set("Cache-Control", "no-store");
            ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            if (method.equals("HEAD")) {
                ex.sendResponseHeaders(r.status(), -1);
            } else {
                ex.sendResponseHeaders(r.status(), body.length);
                try (OutputStream os = ex.getResponseBody()) {
                    os.write(body);
                }
            }
        }
    }

    private static boolean hasBody(HttpExchange ex) throws IOException {
        String length = ex.getRequestHeaders().getFirst("Content-Length");
        if (length != null && !length.strip().equals("0")) {
            return true;
        }
        if (ex.getRequestHeaders().containsKey("Transfer-Encoding")) {
            return true;
        }
        InputStream in = ex.getRequestBody();
        return in.read() != -1;
    }

    private static void setIfAbsent(String property, int value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, Integer.toString(value));
        }
    }

    static int queryInt(String rawQuery, String name, int dflt) {
        String value = queryString(rawQuery, name);
        if (value == null) {
            return dflt;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return dflt;
        }
    }

    static String queryString(String rawQuery, String name) {
        if (rawQuery == null) {
            return null;
        }
        for (String part : rawQuery.split("&")) {
            String[] kv = part.split("=", 2);
            if (kv.length == 2 && kv[0].equals(name)) {
                return kv[1];
            }
        }
        return null;
    }
}
