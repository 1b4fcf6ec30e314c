package io.newswire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newswire.ingest.Ingest;
import io.newswire.kafka.NewswireConfig;
import io.newswire.kafka.NewswireTopics;
import io.newswire.model.Json;
import io.newswire.testkit.KafkaBroker;
import io.newswire.testkit.Wait;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.StreamsConfig;

/**
 * A {@link PipelineRunner} with its ops endpoints on a free loopback port, on topics of its own,
 * that has processed every bundled sample: what the ops integration tests look at.
 */
final class SamplesPipeline implements AutoCloseable {


    private final Samples samples;
    private final PipelineRunner runner;
    private final HttpClient http = HttpClient.newHttpClient();

    private SamplesPipeline(Samples samples, PipelineRunner runner) {
        this.samples = samples;
        this.runner = runner;
    }

    /** Starts the pipeline, ingests the samples and waits until each was enriched or dead-lettered. */
    static SamplesPipeline start(KafkaBroker broker, Path stateDir, String name) throws Exception {
        Samples samples = Samples.load();
        NewswireConfig config = NewswireConfig.from(Map.of(
                NewswireConfig.BOOTSTRAP_SERVERS, broker.bootstrapServers(),
                NewswireConfig.APPLICATION_ID, name,
                NewswireConfig.TOPIC_RAW, NewswireTopics.DEFAULT_RAW + "." + name,
                NewswireConfig.TOPIC_ENRICHED, NewswireTopics.DEFAULT_ENRICHED + "." + name,
                NewswireConfig.TOPIC_DLQ, NewswireTopics.DEFAULT_DLQ + "." + name,
                StreamsConfig.STATE_DIR_CONFIG, stateDir.toString(),
                StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, "100"));
        PipelineRunner runner = new PipelineRunner(config, "127.0.0.1", 0).start();
        SamplesPipeline pipeline = new SamplesPipeline(samples, runner);
        try {
            Ingest.run(config, List.of(samples.dir().toString()), new PrintStream(PrintStream.nullOutputStream()));
            pipeline.awaitAllSamples();
            return pipeline;
        } catch (Exception | Error e) {
            pipeline.close();
            throw e;
        }
    }

    private void awaitAllSamples() {
        Wait.forCondition("every sample enriched or dead-lettered, and the app ready").untilAsserted(() -> {
            JsonNode counts = Json.mapper().readTree(get("/api/stats").body());
            assertThat(counts.path("articlesIn").asLong()).as("articlesIn").isEqualTo(samples.total());
            assertThat(counts.path("articlesOut").asLong()).as("articlesOut").isEqualTo(samples.goodIds().size());
            assertThat(get("/ready").statusCode()).as("/ready").isEqualTo(200);
        });
    }

    Samples samples() {
        return samples;
    }

    int port() {
        return runner.httpPort();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port() + "/";
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path.replaceFirst("^/", ""))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        runner.close();
    }
}
