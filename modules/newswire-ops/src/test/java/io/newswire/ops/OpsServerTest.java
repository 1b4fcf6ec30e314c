package io.newswire.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newswire.model.Article;
import io.newswire.model.Provenance;
import io.newswire.model.StageTiming;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OpsServerTest {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final AtomicBoolean ready = new AtomicBoolean(false);
    private final AtomicBoolean live = new AtomicBoolean(true);
    private final HealthCheck health = new HealthCheck() {
        @Override
        public boolean ready() {
            return ready.get();
        }

        @Override
        public boolean live() {
            return live.get();
        }

        @Override
        public Map<String, Object> details() {
            return Map.of("state", ready.get() ? "RUNNING" : "REBALANCING");
        }
    };
    private final RecentArticles recent = new RecentArticles(3);
    private final HttpClient http = HttpClient.newHttpClient();
    private OpsServer server;

    @BeforeEach
    void start() throws Exception {
        server = new OpsServer("127.0.0.1", 0, registry, health, () -> Map.of("articlesIn", 7), recent).start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void shouldExposePipelineMetricsInPrometheusFormatWhenArticlesFlowed() throws Exception {
        MetricsObserver metrics = new MetricsObserver(registry);
        metrics.received();
        metrics.enriched(Article.builder("c-1", "Texto en español.", "test")
                .provenance(Provenance.start("test").plus(new StageTiming("normalize", 120, true), null)).build());
        HttpResponse<String> r = get("/metrics");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/plain"));
        assertThat(r.body()).contains("newswire_articles_in_total 1.0", "newswire_articles_out_total 1.0",
                "newswire_stage_duration_seconds_bucket", "newswire_articles_by_language_total{language=\"und\"} 1.0");
    }

    @Test
    void shouldReportNotReadyUntilTheAppRunsWhenReadyIsAsked() throws Exception {
        assertThat(get("/health").statusCode()).isEqualTo(200);
        HttpResponse<String> notReady = get("/ready");
        assertThat(notReady.statusCode()).isEqualTo(503);
        assertThat(notReady.body()).isEqualTo("{\"status\":\"NOT_READY\",\"state\":\"REBALANCING\"}");
        ready.set(true);
        HttpResponse<String> isReady = get("/ready");
        assertThat(isReady.statusCode()).isEqualTo(200);
        assertThat(isReady.body()).isEqualTo("{\"status\":\"READY\",\"state\":\"RUNNING\"}");
    }

    @Test
    void shouldFailLivenessOnlyWhenTheHealthCheckSaysDead() throws Exception {
        ready.set(true);
        assertThat(get("/health").body()).startsWith("{\"status\":\"UP\"");
        live.set(false);
        HttpResponse<String> down = get("/health");
        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(down.body()).startsWith("{\"status\":\"DOWN\"");
        assertThat(get("/ready").statusCode()).as("readiness is its own check").isEqualTo(200);
    }

    @Test
    void shouldServeStatsRecentArticlesAndDashboardWhenAsked() throws Exception {
        for (int i = 0; i < 5; i++) {
            recent.enriched(Article.builder("c-" + i, "Text " + i, "test").build());
        }
        assertThat(get("/api/stats").body()).isEqualTo("{\"articlesIn\":7}");
        String latest = get("/api/articles/recent?limit=2").body();
        assertThat(latest).contains("\"c-4\"", "\"c-3\"").doesNotContain("\"c-2\"");
        // the feeds panel is in the page, hidden until /api/stats carries "feeds" (the feeds command's)
        assertThat(get("/").body()).contains("<title>newswire</title>", "data-testid=\"feeds\"",
                "renderFeeds(stats.feeds)", "data-testid=\"topics-per-minute\"", "stats.topicsPerMinute");
        assertThat(get("/nope").statusCode()).isEqualTo(404);
    }

    @Test
    void shouldServeWindowedStatsOnlyWhenASourceIsSet() throws Exception {
        HttpResponse<String> none = get("/api/windows");
        assertThat(none.statusCode()).isEqualTo(404);
        assertThat(none.body()).contains("windowed statistics not available");

        java.util.concurrent.atomic.AtomicReference<Object> snapshot = new java.util.concurrent.atomic.AtomicReference<>();
        server.windowedStats(snapshot::get);
        assertThat(get("/api/windows").statusCode()).isEqualTo(503);

        snapshot.set(Map.of("windowSize", "PT1M",
                "topEntities", java.util.List.of(Map.of("name", "Ali Khamenei", "type", "PERSON", "count", 4)),
                "topLanguages", java.util.List.of(Map.of("code", "fa", "count", 3))));
        HttpResponse<String> some = get("/api/windows");
        assertThat(some.statusCode()).isEqualTo(200);
        assertThat(some.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        assertThat(some.body()).contains("\"windowSize\":\"PT1M\"", "\"name\":\"Ali Khamenei\"", "\"code\":\"fa\"");
    }

    @Test
    void shouldAnswer503ForLocalCellsWhileTheStoreCannotBeReadAndTheCellsOnceItCan() throws Exception {
        assertThat(get("/api/windows/local").statusCode()).isEqualTo(404);
        java.util.concurrent.atomic.AtomicReference<Object> local = new java.util.concurrent.atomic.AtomicReference<>();
        server.windowedStats(new WindowedStatsSource() {
            @Override
            public Object snapshot() {
                return Map.of();
            }

            @Override
            public Object local(long fromMillis, long toMillis) {
                return local.get();
            }
        });
        HttpResponse<String> rebalancing = get("/api/windows/local?from=0&to=60000");
        assertThat(rebalancing.statusCode()).isEqualTo(503);
        assertThat(rebalancing.body()).contains("not queryable right now");

        local.set(Map.of("cells", java.util.List.of(Map.of("key", "language=ar", "start", 0, "count", 2))));
        HttpResponse<String> ready = get("/api/windows/local?from=0&to=60000");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"key\":\"language=ar\"", "\"count\":2");
    }

    @Test
    void shouldLeaveBodiesOutWhenTheSummaryViewIsAsked() throws Exception {
        String body = "😀 Ο υπουργός μίλησε στη Θεσσαλονίκη για την οικονομία. ".repeat(20);
        recent.enriched(Article.builder("c-el", body, "test").build());
        String full = get("/api/articles/recent?limit=1").body();
        String summary = get("/api/articles/recent?limit=1&view=summary").body();

        assertThat(full).contains("\"text\":");
        assertThat(summary).doesNotContain("\"text\":").contains("\"id\":\"c-el\"", "\"failedStages\":[]");
        String snippet = summary.replaceAll("(?s).*\"snippet\":\"([^\"]*)\".*", "$1");
        assertThat(snippet).startsWith("😀 Ο υπουργός").endsWith("…");
        assertThat(snippet.codePointCount(0, snippet.length())).isEqualTo(161);
        assertThat(summary.length()).isLessThan(full.length() / 2);
    }

    @Test
    void shouldRefuseWritesAndBodiesWhenClientsSendThem() throws Exception {
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                + "/metrics")).POST(HttpRequest.BodyPublishers.ofString("x".repeat(100_000))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
        HttpResponse<String> getWithBody = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + server.port() + "/health")).method("GET", HttpRequest.BodyPublishers.ofString("payload")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(getWithBody.statusCode()).isEqualTo(413);
    }

    @Test
    void shouldBindToLoopbackWhenHostIsDefault() {
        assertThat(server.host()).isEqualTo("127.0.0.1");
    }
}
