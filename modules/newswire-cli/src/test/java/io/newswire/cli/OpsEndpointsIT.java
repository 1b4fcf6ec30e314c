package io.newswire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.ingest.Ingest;
import io.newswire.kafka.NewswireConfig;
import io.newswire.kafka.NewswireTopics;
import io.newswire.ops.MetricsObserver;
import io.newswire.testkit.KafkaBroker;
import io.newswire.testkit.KafkaBrokerExtension;
import io.newswire.testkit.Wait;
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

    private static final Pattern DEAD_LETTERED =
            Pattern.compile("(?m)^newswire_articles_dead_lettered_total\\{[^}]*} ([0-9.]+)$");
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
            Pattern lagOfEachRawPartition = Pattern.compile(
                    "(?m)^newswire_consumer_lag_records\\{partition=\"[012]\",topic=\"news\\.raw\\.ops\"} 0\\.0$");
            java.util.concurrent.atomic.AtomicReference<String> scraped = new java.util.concurrent.atomic.AtomicReference<>();
            // Lag per partition is read from the consumer's metrics every second: wait for every raw
            // partition's gauge too, once the tasks (raw and statistics) have settled on this instance.
            Wait.forCondition("every sample counted and every raw partition's lag at 0").untilAsserted(() -> {
                String m = get(http, base + "/metrics").body();
                scraped.set(m);
                assertThat(m).contains("newswire_articles_in_total " + samples.total() + ".0",
                        "newswire_articles_out_total " + samples.goodIds().size() + ".0");
                assertThat(lagOfEachRawPartition.matcher(m).results().count()).as("raw partitions at lag 0").isEqualTo(3);
                assertThat(DEAD_LETTERED.matcher(m).results().mapToDouble(d -> Double.parseDouble(d.group(1))).sum())
                        .as("dead letters").isEqualTo(samples.badValues().size());
            });
            String metrics = scraped.get();
            assertThat(metrics).contains("newswire_stage_duration_seconds_bucket{",
                    "newswire_end_to_end_latency_seconds_bucket{");
            assertThat(get(http, base + "/api/stats").body())
                    .contains("{\"topic\":\"news.raw.ops\",\"partition\":0,\"lag\":0}");

            // With one stream thread per core, articles can flow while the client is still REBALANCING
            // (one thread runs, the other is still assigned its tasks): ready once the client is RUNNING.
            Wait.forCondition("/ready answers 200").until(() -> get(http, base + "/ready").statusCode() == 200);
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
