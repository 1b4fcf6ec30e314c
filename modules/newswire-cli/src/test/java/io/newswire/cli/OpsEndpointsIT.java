package io.newswire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.ingest.Ingest;
import io.newswire.kafka.NewswireConfig;
import io.newswire.kafka.NewswireTopics;
import io.newswire.ops.MetricsObserver;
import io.newswire.testkit.KafkaBroker;
import io.newswire.testkit.KafkaBrokerExtension;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The ops endpoints of a running pipeline that has processed the samples. */
@ExtendWith(KafkaBrokerExtension.class)
class OpsEndpointsIT {

    private static final Pattern FENCED = Pattern.compile("```\\n(.*?)```", Pattern.DOTALL);

    @Test
    void shouldCountEverySampleAndExportEveryDashboardMetricWhenSamplesFlowed(KafkaBroker broker,
            @TempDir Path state) throws Exception {
        Samples samples = Samples.load();
        NewswireConfig config = NewswireConfig.from(Map.of(
                NewswireConfig.BOOTSTRAP_SERVERS, broker.bootstrapServers(),
                NewswireConfig.APPLICATION_ID, "ops-it",
                NewswireConfig.TOPIC_RAW, NewswireTopics.DEFAULT_RAW + ".ops",
                NewswireConfig.TOPIC_ENRICHED, NewswireTopics.DEFAULT_ENRICHED + ".ops",
                NewswireConfig.TOPIC_DLQ, NewswireTopics.DEFAULT_DLQ + ".ops",
                StreamsConfig.STATE_DIR_CONFIG, state.toString(),
                StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, "100"));
        HttpClient http = HttpClient.newHttpClient();
        try (PipelineRunner runner = new PipelineRunner(config, "127.0.0.1", 0).start()) {
            String base = "http://127.0.0.1:" + runner.httpPort();
            Ingest.run(config, List.of(samples.dir().toString()), new PrintStream(PrintStream.nullOutputStream()));
            String metrics = "";
            long deadline = System.nanoTime() + 90_000_000_000L;
            while (System.nanoTime() < deadline) {
                metrics = get(http, base + "/metrics").body();
                if (metrics.contains("newswire_articles_in_total " + samples.total() + ".0")
                        && metrics.contains("newswire_articles_out_total " + samples.goodIds().size() + ".0")) {
                    break;
                }
                Thread.sleep(200);
            }
            assertThat(metrics).contains("newswire_articles_in_total " + samples.total() + ".0",
                    "newswire_articles_out_total " + samples.goodIds().size() + ".0",
                    "newswire_stage_duration_seconds_bucket{", "newswire_end_to_end_latency_seconds_bucket{");
            double dead = Pattern.compile("(?m)^newswire_articles_dead_lettered_total\\{[^}]*} ([0-9.]+)$")
                    .matcher(metrics).results().mapToDouble(m -> Double.parseDouble(m.group(1))).sum();
            assertThat(dead).isEqualTo(samples.badValues().size());

            // Lag per partition is read from the consumer's metrics every second: wait for every raw
            // partition's gauge, once the tasks (raw and statistics) have settled on this instance.
            Pattern lagOfEachRawPartition = Pattern.compile(
                    "(?m)^newswire_consumer_lag_records\\{partition=\"[012]\",topic=\"news\\.raw\\.ops\"} 0\\.0$");
            while (lagOfEachRawPartition.matcher(metrics).results().count() < 3 && System.nanoTime() < deadline) {
                Thread.sleep(200);
                metrics = get(http, base + "/metrics").body();
            }
            assertThat(metrics).containsPattern(
                    "\nnewswire_consumer_lag_records\\{partition=\"0\",topic=\"news\\.raw\\.ops\"} 0\\.0\n");
            assertThat(get(http, base + "/api/stats").body())
                    .contains("{\"topic\":\"news.raw.ops\",\"partition\":0,\"lag\":0}");

            assertThat(get(http, base + "/ready").statusCode()).isEqualTo(200);
            assertThat(get(http, base + "/health").statusCode()).isEqualTo(200);
            assertThat(get(http, base + "/api/stats").body()).contains("\"articlesOut\":" + samples.goodIds().size());
            assertThat(get(http, base + "/api/articles/recent?limit=3").body()).startsWith("[{");

            Path home = samples.dir().getParent();
            Matcher fenced = FENCED.matcher(Files.readString(home.resolve("ops/README.md")));
            assertThat(fenced.find()).isTrue();
            for (String name : fenced.group(1).strip().split("\\s+")) {
                String base0 = name.replaceAll("_bucket$", "");
                boolean exported = metrics.contains("\n" + name) || metrics.contains("\n" + base0);
                assertThat(exported || MetricsObserver.PROMETHEUS_NAMES.contains(base0))
                        .as("dashboard metric %s is exported by the app", name).isTrue();
            }
            String dashboard = Files.readString(home.resolve("ops/grafana/dashboards/newswire.json"));
            Matcher used = Pattern.compile("\\b(newswire_[a-z_]+|kafka_[a-z_]+)").matcher(dashboard);
            while (used.find()) {
                assertThat(fenced.group(1)).as("ops/README.md lists %s", used.group(1)).contains(used.group(1));
            }
        }
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
