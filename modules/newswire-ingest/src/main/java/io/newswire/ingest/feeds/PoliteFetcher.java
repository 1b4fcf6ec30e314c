package io.newswire.ingest.feeds;

import static java.util.Objects.requireNonNull;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * HTTP for the feed poller, polite to every host: one request at a time per host, at least the host
 * interval (or the host's robots.txt {@code Crawl-delay}, whichever is longer) between two, robots.txt
 * obeyed for the poller's user agent, transient failures (connection errors, 429, 5xx) retried with
 * exponential backoff. Redirects are followed (not from https to http). Responses are bounded in size.
 */
final class PoliteFetcher {

    /** A response: status, headers of interest, and the body (empty for 304). */
    record Fetched(int status, URI finalUri, byte[] body, String contentType, String etag, String lastModified) {
    }

    /** The request was not made: robots.txt disallows it. */
    static final class DisallowedException extends IOException {
        private static final long serialVersionUID = 1L;

        DisallowedException(URI uri) {
            super("disallowed by robots.txt: " + uri);
        }
    }

    private static final int MAX_ATTEMPTS = 4;
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(200);
    private static final int MAX_BODY_BYTES = 16 * 1024 * 1024;

    private final HttpClient client;
    private final String userAgent;
    private final Duration hostInterval;
    private final Duration requestTimeout;
    private final Map<String, Host> hosts = new ConcurrentHashMap<>();
    private final SimpleRobotRulesParser robotsParser = new SimpleRobotRulesParser();

    /** Per host: the one-request gate, when the next request may start, and its robots rules. */
    private static final class Host {
        final Semaphore gate = new Semaphore(1, true);
        long nextAllowedNanos;
        BaseRobotRules robots;
    }

    PoliteFetcher(String userAgent, Duration hostInterval, Duration requestTimeout) {
        this.userAgent = requireNonNull(userAgent, "userAgent");
        this.hostInterval = requireNonNull(hostInterval, "hostInterval");
        this.requestTimeout = requireNonNull(requestTimeout, "requestTimeout");
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(requestTimeout).build();
    }

    /** GET with the conditional headers given (either may be {@code null}), retried on transient failures. */
    Fetched get(URI uri, String etag, String lastModified) throws IOException, InterruptedException {
        Host host = host(uri);
        if (!robots(uri, host).isAllowed(uri.toString())) {
            throw new DisallowedException(uri);
        }
        IOException last = null;
        Duration backoff = FIRST_BACKOFF;
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            try {
                Fetched f = once(host, uri, etag, lastModified);
                if (f.status() != 429 && f.status() < 500) {
                    return f;
                }
                last = new IOException("HTTP " + f.status() + " from " + uri);
            } catch (IOException e) {
                last = e;
            }
            if (attempt < MAX_ATTEMPTS) {
                // backoff between attempts; the host gate is free meanwhile
                Thread.sleep(backoff.toMillis());
                backoff = backoff.multipliedBy(2);
            }
        }
        throw last;
    }

    private Fetched once(Host host, URI uri, String etag, String lastModified) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(requestTimeout).GET()
                .header("User-Agent", userAgent).header("Accept-Encoding", "identity");
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        if (lastModified != null) {
            request.header("If-Modified-Since", lastModified);
        }
        host.gate.acquire();
        try {
            waitTurn(host);
            HttpResponse<InputStream> response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            byte[] body;
            try (InputStream in = response.body()) {
                body = in.readNBytes(MAX_BODY_BYTES + 1);
            }
            if (body.length > MAX_BODY_BYTES) {
                throw new IOException("response over " + MAX_BODY_BYTES + " bytes: " + uri);
            }
            HttpHeaders h = response.headers();
            return new Fetched(response.statusCode(), response.uri(), body, h.firstValue("Content-Type").orElse(null),
                    h.firstValue("ETag").orElse(null), h.firstValue("Last-Modified").orElse(null));
        } finally {
            host.nextAllowedNanos = System.nanoTime() + interval(host).toNanos();
            host.gate.release();
        }
    }

    /** Politeness is the point here: the wait is the interval the host asked for. */
    private static void waitTurn(Host host) throws InterruptedException {
        long wait = host.nextAllowedNanos - System.nanoTime();
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }

    private Duration interval(Host host) {
        long crawlDelay = host.robots == null ? 0 : Math.max(0, host.robots.getCrawlDelay());
        return crawlDelay > hostInterval.toMillis() ? Duration.ofMillis(crawlDelay) : hostInterval;
    }

    /** The product token of the user agent ({@code newswire-feeds} of {@code newswire-feeds/0.1}), as robots.txt names agents. */
    private String agentName() {
        int slash = userAgent.indexOf('/');
        return (slash > 0 ? userAgent.substring(0, slash) : userAgent).strip().toLowerCase(Locale.ROOT);
    }

    private Host host(URI uri) {
        return hosts.computeIfAbsent(hostKey(uri), k -> new Host());
    }

    static String hostKey(URI uri) {
        return (uri.getScheme() + "://" + uri.getHost() + ":" + uri.getPort()).toLowerCase(Locale.ROOT);
    }

    /** The host's robots.txt rules, fetched once: a 4xx means no rules, a 5xx or no answer means none allowed for now. */
    private BaseRobotRules robots(URI uri, Host host) throws InterruptedException {
        synchronized (host) {
            if (host.robots != null) {
                return host.robots;
            }
            URI robotsUri = uri.resolve("/robots.txt");
            BaseRobotRules rules;
            try {
                Fetched f = once(host, robotsUri, null, null);
                rules = f.status() == 200
                        ? robotsParser.parseContent(robotsUri.toString(), f.body(),
                                f.contentType() == null ? "text/plain" : f.contentType(), java.util.List.of(agentName()))
                        : robotsParser.failedFetch(f.status());
            } catch (IOException e) {
                rules = robotsParser.failedFetch(503);
                // not cached: the next request asks again
                return rules;
            }
            // crawler-commons keeps Crawl-delay in milliseconds, as interval() reads it
            host.robots = rules;
            return rules;
        }
    }
}
