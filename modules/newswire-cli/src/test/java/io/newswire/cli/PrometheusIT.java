package io.newswire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newswire.kafka.DuplicatesSettings;
import io.newswire.kafka.NewswireTopics;
import io.newswire.model.Json;
import io.newswire.testkit.KafkaBroker;
import io.newswire.testkit.KafkaBrokerExtension;
import io.newswire.testkit.Wait;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real Prometheus (the Debian package) scrapes a running pipeline that has processed the samples;
 * PromQL through Prometheus' HTTP API must see what the pipeline did. The repository's Prometheus
 * config passes {@code promtool}, and every PromQL expression of the Grafana dashboard is accepted
 * by this Prometheus.
 */
@ExtendWith(KafkaBrokerExtension.class)
class PrometheusIT {

    private static final String PROMETHEUS = "/usr/bin/prometheus";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void shouldCountEnrichedArticlesAndFillTheLatencyHistogramWhenPrometheusScrapesThePipeline(KafkaBroker broker,
            @TempDir Path tmp) throws Exception {
        Path prometheus = ExternalTool.require(PROMETHEUS, "prometheus");
        Path home = Samples.load().dir().getParent();
        checkConfig(prometheus, home.resolve("ops/prometheus/prometheus.yml"), tmp);

        try (SamplesPipeline pipeline = SamplesPipeline.start(broker, tmp.resolve("state"), "prometheus-it")) {
            Files.writeString(Path.of("target", "metrics.txt"), pipeline.get("/metrics").body());
            int port = freePort();
            Path config = tmp.resolve("prometheus.yml");
            Files.writeString(config, """
                    global:
                      scrape_interval: 1s
                      evaluation_interval: 1s
                    scrape_configs:
                      - job_name: newswire
                        metrics_path: /metrics
                        static_configs:
                          - targets: ["127.0.0.1:%d"]
                    """.formatted(pipeline.port()));
            Path log = tmp.resolve("prometheus.log");
            Process p = new ProcessBuilder(prometheus.toString(), "--config.file=" + config,
                    "--storage.tsdb.path=" + tmp.resolve("tsdb"), "--web.listen-address=127.0.0.1:" + port)
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            try {
                String api = "http://127.0.0.1:" + port;
                awaitReady(api, p, log);

                int good = pipeline.samples().goodIds().size();
                JsonNode out = await(api, "sum(newswire_articles_out_total{job=\"newswire\"})",
                        r -> r.size() == 1 && value(r.get(0)) == good, log);
                assertThat(value(out.get(0))).isEqualTo(good);
                assertThat(value(query(api, "sum(newswire_articles_in_total)").get(0)))
                        .isEqualTo(pipeline.samples().total());
                assertThat(value(query(api, "sum(newswire_articles_dead_lettered_total)").get(0)))
                        .isEqualTo(pipeline.samples().badValues().size());

                JsonNode buckets = query(api, "newswire_end_to_end_latency_seconds_bucket{kind=\"ingest\"}");
                assertThat(buckets.size()).as("latency histogram buckets").isGreaterThan(1);
                JsonNode inf = query(api, "newswire_end_to_end_latency_seconds_bucket{kind=\"ingest\",le=\"+Inf\"}");
                assertThat(value(inf.get(0))).isEqualTo(good);
                assertThat(value(query(api, "newswire_end_to_end_latency_seconds_count{kind=\"ingest\"}").get(0)))
                        .isEqualTo(good);
                double median = value(query(api, "histogram_quantile(0.5, sum by (le) "
                        + "(newswire_end_to_end_latency_seconds_bucket{kind=\"ingest\"}))").get(0));
                assertThat(median).isPositive().isLessThan(600);

                JsonNode lag = await(api, "newswire_consumer_lag_records", r -> r.size() > 0, log);
                for (JsonNode series : lag) {
                    // The raw topic, and the statistics' events topic and the duplicates step's three topics
                    // the same app consumes.
                    assertThat(series.path("metric").path("topic").asText()).isIn("news.raw.prometheus-it",
                            NewswireTopics.DEFAULT_STATS + NewswireTopics.EVENTS_SUFFIX,
                            DuplicatesSettings.sequenceTopic("prometheus-it"),
                            DuplicatesSettings.parkedTopic("prometheus-it"),
                            DuplicatesSettings.decisionsTopic("prometheus-it"));
                    assertThat(value(series)).isZero();
                }

                for (String expr : grafanaExpressions(home.resolve("ops/grafana/dashboards/newswire.json"))) {
                    JsonNode r = get(api + "/api/v1/query?query=" + URLEncoder.encode(expr, StandardCharsets.UTF_8));
                    assertThat(r.path("status").asText()).as("Prometheus accepts %s: %s", expr, r).isEqualTo("success");
                }
            } finally {
                p.destroy();
                if (!p.waitFor(20, TimeUnit.SECONDS)) {
                    p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            }
        }
    }

    private static void checkConfig(Path prometheus, Path config, Path tmp) throws Exception {
        Path promtool = prometheus.resolveSibling("promtool");
        assertThat(promtool).as("promtool comes with the prometheus package").isExecutable();
        Path out = tmp.resolve("promtool.out");
        Process p = new ProcessBuilder(promtool.toString(), "check", "config", config.toString())
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("promtool check config: %s", Files.readString(out)).isZero();
    }

    private void awaitReady(String api, Process p, Path log) {
        // ignoreExceptions() would otherwise turn a Prometheus that exited at start into a 180 s wait.
        Wait.forCondition("prometheus answers /-/ready")
                .failFast("prometheus exited", () -> assertThat(p.isAlive())
                        .as("prometheus is running; its log: %s", Files.readString(log)).isTrue())
                .untilAsserted(() -> {
            assertThat(http.send(HttpRequest.newBuilder(URI.create(api + "/-/ready")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        });
    }

    private JsonNode await(String api, String promql, java.util.function.Predicate<JsonNode> done, Path log) {
        java.util.concurrent.atomic.AtomicReference<JsonNode> result = new java.util.concurrent.atomic.AtomicReference<>();
        Wait.forCondition("prometheus has the expected result of " + promql).untilAsserted(() -> {
            result.set(query(api, promql));
            assertThat(done.test(result.get())).as("%s gave %s; targets: %s; log: %s", promql, result.get(),
                    get(api + "/api/v1/targets"), Files.readString(log)).isTrue();
        });
        return result.get();
    }

    /** The result vector of an instant query. */
    private JsonNode query(String api, String promql) throws Exception {
        JsonNode r = get(api + "/api/v1/query?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8));
        assertThat(r.path("status").asText()).as("%s: %s", promql, r).isEqualTo("success");
        assertThat(r.path("data").path("resultType").asText()).isEqualTo("vector");
        return r.path("data").path("result");
    }

    private JsonNode get(String url) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        return Json.mapper().readTree(r.body());
    }

    private static double value(JsonNode sample) {
        return Double.parseDouble(sample.path("value").get(1).asText());
    }

    private static List<String> grafanaExpressions(Path dashboard) throws IOException {
        List<String> out = new ArrayList<>();
        for (JsonNode expr : Json.mapper().readTree(dashboard.toFile()).findValues("expr")) {
            out.add(expr.asText());
        }
        assertThat(out).as("PromQL expressions in %s", dashboard).isNotEmpty();
        return out;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
