package io.newswire.ingest.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fetcher against a local server: slow, failing, redirecting and conditional responses, robots.txt, one request at a time. */
class PoliteFetcherTest {

    private HttpServer server;
    private final AtomicInteger flaky = new AtomicInteger();
    private final AtomicInteger slowRequests = new AtomicInteger();
    private final AtomicInteger concurrent = new AtomicInteger();
    private final AtomicInteger maxConcurrent = new AtomicInteger();
    private final CountDownLatch releaseSlow = new CountDownLatch(1);

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 32);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/", this::handle);
        server.start();
    }

    @AfterEach
    void stop() {
        releaseSlow.countDown();
        server.stop(0);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private void handle(HttpExchange ex) throws IOException {
        int now = concurrent.incrementAndGet();
        maxConcurrent.accumulateAndGet(now, Math::max);
        try (ex) {
            String path = ex.getRequestURI().getPath();
            switch (path) {
                case "/robots.txt" -> send(ex, 200, "User-agent: newswire-feeds\nDisallow: /private/\n\nUser-agent: *\nDisallow: /\n");
                case "/flaky" -> send(ex, flaky.incrementAndGet() <= 2 ? 503 : 200, "ok after two 503s");
                case "/slow" -> {
                    slowRequests.incrementAndGet();
                    try {
                        releaseSlow.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    send(ex, 200, "too late");
                }
                case "/old" -> {
                    ex.getResponseHeaders().set("Location", "/new");
                    send(ex, 302, "");
                }
                case "/new" -> send(ex, 200, "Новая страница");
                case "/etag" -> {
                    ex.getResponseHeaders().set("ETag", "\"v1\"");
                    if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                        ex.sendResponseHeaders(304, -1);
                    } else {
                        send(ex, 200, "fresh");
                    }
                }
                default -> send(ex, 200, "page " + path);
            }
        } finally {
            concurrent.decrementAndGet();
        }
    }

    private static void send(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream os = ex.getResponseBody()) {
                os.write(bytes);
            }
        }
    }

    private static PoliteFetcher fetcher(Duration timeout) {
        return new PoliteFetcher("newswire-feeds/0.1", Duration.ZERO, timeout);
    }

    @Test
    void shouldRetryWithBackoffAndSucceedWhenTheServerFailsTwice() throws Exception {
        PoliteFetcher.Fetched f = fetcher(Duration.ofSeconds(30)).get(uri("/flaky"), null, null);

        assertThat(f.status()).isEqualTo(200);
        assertThat(flaky.get()).isEqualTo(3);
    }

    @Test
    void shouldGiveUpAfterItsAttemptsWhenTheServerIsTooSlow() {
        assertThatThrownBy(() -> fetcher(Duration.ofMillis(300)).get(uri("/slow"), null, null))
                .isInstanceOf(IOException.class);
        assertThat(slowRequests.get()).isEqualTo(4);
    }

    @Test
    void shouldFollowARedirectAndDecodeWhenThePageMoved() throws Exception {
        PoliteFetcher.Fetched f = fetcher(Duration.ofSeconds(30)).get(uri("/old"), null, null);

        assertThat(f.status()).isEqualTo(200);
        assertThat(f.finalUri().getPath()).isEqualTo("/new");
        assertThat(new String(f.body(), StandardCharsets.UTF_8)).isEqualTo("Новая страница");
    }

    @Test
    void shouldGet304WhenTheValidatorStillHolds() throws Exception {
        PoliteFetcher fetcher = fetcher(Duration.ofSeconds(30));
        PoliteFetcher.Fetched first = fetcher.get(uri("/etag"), null, null);

        PoliteFetcher.Fetched second = fetcher.get(uri("/etag"), first.etag(), null);

        assertThat(first.status()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(304);
    }

    @Test
    void shouldNotRequestAPageWhenRobotsTxtDisallowsItForItsAgent() throws Exception {
        PoliteFetcher fetcher = fetcher(Duration.ofSeconds(30));

        assertThatThrownBy(() -> fetcher.get(uri("/private/x"), null, null))
                .isInstanceOf(PoliteFetcher.DisallowedException.class);
        // the rules for its own agent apply, not those for everyone else
        assertThat(fetcher.get(uri("/public/x"), null, null).status()).isEqualTo(200);
    }

    @Test
    void shouldSendOneRequestAtATimeToAHostWhenManyThreadsFetch() throws Exception {
        PoliteFetcher fetcher = fetcher(Duration.ofSeconds(30));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<PoliteFetcher.Fetched>> results = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String path = "/page/" + i;
                results.add(pool.submit(() -> fetcher.get(uri(path), null, null)));
            }
            for (Future<PoliteFetcher.Fetched> r : results) {
                assertThat(r.get().status()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(maxConcurrent.get()).isEqualTo(1);
    }
}
