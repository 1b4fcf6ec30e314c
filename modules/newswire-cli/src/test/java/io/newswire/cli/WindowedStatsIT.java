package io.newswire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newswire.kafka.NewswireConfig;
import io.newswire.kafka.NewswireTopics;
import io.newswire.kafka.TopicAdmin;
import io.newswire.model.ArticleIds;
import io.newswire.model.Json;
import io.newswire.model.RawArticle;
import io.newswire.model.Source;
import io.newswire.testkit.KafkaBroker;
import io.newswire.testkit.KafkaBrokerExtension;
import io.newswire.testkit.KafkaTestClients;
import io.newswire.testkit.Wait;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two app instances share the work; each one's {@code /api/windows} answers for the whole key space
 * by asking the other (the stats partitions may all sit on one of them), and the counts also reach
 * the stats topic.
 */
@ExtendWith(KafkaBrokerExtension.class)
class WindowedStatsIT {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static NewswireConfig config(KafkaBroker broker, Path state, String run) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put(NewswireConfig.BOOTSTRAP_SERVERS, broker.bootstrapServers());
        s.put(NewswireConfig.APPLICATION_ID, "stats-" + run);
        s.put(NewswireConfig.TOPIC_RAW, NewswireTopics.DEFAULT_RAW + "." + run);
        s.put(NewswireConfig.TOPIC_ENRICHED, NewswireTopics.DEFAULT_ENRICHED + "." + run);
        s.put(NewswireConfig.TOPIC_DLQ, NewswireTopics.DEFAULT_DLQ + "." + run);
        s.put(NewswireConfig.TOPIC_STATS, NewswireTopics.DEFAULT_STATS + "." + run);
        s.put(StreamsConfig.STATE_DIR_CONFIG, state.resolve(run).toString());
        s.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, "100");
        return NewswireConfig.from(s);
    }

    @Test
    void shouldAnswerForAllPartitionsFromEitherInstanceWhenTwoInstancesShareTheWork(KafkaBroker broker,
            @TempDir Path state) throws Exception {
        NewswireConfig config = config(broker, state, "two");
        TopicAdmin.ensureTopics(config);
        HttpClient http = HttpClient.newHttpClient();
        try (PipelineRunner a = new PipelineRunner(config, "127.0.0.1", 0).start();
                PipelineRunner b = new PipelineRunner(config, "127.0.0.1", 0).start()) {
            int n = 60;
            String[] languages = {"en", "de", "fr"};
            try (KafkaProducer<byte[], byte[]> producer = KafkaTestClients.producer(broker)) {
                for (int i = 0; i < n; i++) {
                    RawArticle raw = RawArticle.builder(body(languages[i % 3], i))
                            .url("https://stats.example.org/" + i)
                            .source(new Source("Example " + (i % 4), "source" + (i % 4) + ".example.org"))
                            .title("Story " + i).ingestedAt(Instant.now()).build();
                    producer.send(new ProducerRecord<>(config.topics().raw().name(),
                            ArticleIds.of(raw).getBytes(StandardCharsets.UTF_8), Json.toBytes(raw)));
                }
                producer.flush();
            }
            KafkaTestClients.readAll(broker, config.topics().enriched().name(), n, Wait.DEFAULT_BOUND);

            java.util.concurrent.atomic.AtomicBoolean serverError = new java.util.concurrent.atomic.AtomicBoolean();
            for (PipelineRunner runner : new PipelineRunner[] {a, b}) {
                java.util.concurrent.atomic.AtomicReference<JsonNode> answer = new java.util.concurrent.atomic.AtomicReference<>();
                // Right after the output arrives the group may still be settling: a 503 is allowed
                // while waiting, a 500 never is.
                Wait.forCondition("a whole /api/windows answer from instance " + runner.httpPort()).untilAsserted(() -> {
                    HttpResponse<String> r = send(http, "http://127.0.0.1:" + runner.httpPort() + "/api/windows");
                    if (r.statusCode() >= 500 && r.statusCode() != 503) {
                        serverError.set(true);
                    }
                    assertThat(r.statusCode()).as("GET /api/windows").isEqualTo(200);
                    JsonNode w = MAPPER.readTree(r.body());
                    answer.set(w);
                    assertThat(w.path("missingInstances")).as("missing instances").isEmpty();
                    assertThat(total(w)).as("articles counted over all instances").isEqualTo(n);
                    assertThat(sum(w.path("topLanguages"))).as("articles counted by language").isEqualTo(n);
                    assertThat(w.path("topSources")).hasSize(4);
                });
                JsonNode windows = answer.get();
                // Instances holding stats partitions: both, or one when the assignor kept every stateful
                // stats task on the instance that was caught up first (KIP-441); either way the answer is whole.
                assertThat(windows.path("instances").asInt()).isBetween(1, 2);
                Map<String, Long> topLanguages = new LinkedHashMap<>();
                windows.path("topLanguages").forEach(l -> topLanguages.put(l.path("code").asText(),
                        l.path("count").asLong()));
                assertThat(topLanguages).containsOnlyKeys("en", "de", "fr");
            }
            assertThat(serverError).as("/api/windows never answered with a server error").isFalse();
            // Each instance on its own holds only part of the counts (or none): the merge is what made
            // both answers whole, so at least one of them answered with counts it does not hold. While a
            // KIP-441 warm-up copy of a stats task exists, both instances hold that task's counts: wait
            // for the assignment to settle, when each count is held once.
            Wait.forCondition("each count held by one instance").untilAsserted(() -> {
                long localA = localArticles(http, a);
                long localB = localArticles(http, b);
                assertThat(localA + localB).as("local shares %d + %d", localA, localB).isEqualTo(n);
                assertThat(Math.min(localA, localB)).as("one instance's own share").isLessThan(n);
            });

            // Interactive queries read the window store, which holds counts before their task commits;
            // the stats topic shows a count only once that task's transaction commits (and a task that
            // moved in a rebalance replays first). A single read can come before that commit, so read
            // until both keys are there.
            Wait.forCondition("article and source counts on the stats topic").untilAsserted(() -> {
                Set<String> statsKeys = new HashSet<>();
                KafkaTestClients.readCommitted(broker, config.topics().stats().name()).forEach(r -> statsKeys.add(
                        new String(r.key(), StandardCharsets.UTF_8)));
                assertThat(statsKeys).anyMatch(k -> k.startsWith("articles=all@"))
                        .anyMatch(k -> k.startsWith("source=source0.example.org@"));
            });
        }
    }

    private static String body(String language, int i) {
        return switch (language) {
            case "de" -> "Die Regierung hat am Montag neue Pläne für den Haushalt vorgestellt. Nummer " + i
                    + ". Die Opposition kritisierte die Vorschläge scharf und forderte mehr Geld für Schulen.";
            case "fr" -> "Le gouvernement a présenté lundi un nouveau plan pour le budget. Numéro " + i
                    + ". L'opposition a vivement critiqué ces propositions et réclamé davantage pour les écoles.";
            default -> "The government presented a new budget plan on Monday. Number " + i
                    + ". The opposition sharply criticised the proposals and asked for more money for schools.";
        };
    }

    private static long sum(JsonNode top) {
        long sum = 0;
        for (JsonNode entry : top) {
            sum += entry.path("count").asLong();
        }
        return sum;
    }

    private static long total(JsonNode windows) {
        long sum = 0;
        for (JsonNode minute : windows.path("minutes")) {
            sum += minute.path("articles").asLong();
        }
        return sum;
    }

    private static long localArticles(HttpClient http, PipelineRunner runner) throws Exception {
        long now = System.currentTimeMillis();
        String url = "http://127.0.0.1:" + runner.httpPort() + "/api/windows/local?from=" + (now - 3_600_000)
                + "&to=" + now;
        HttpResponse<String> r = send(http, url);
        assertThat(r.statusCode()).as("GET %s", url).isEqualTo(200);
        JsonNode local = MAPPER.readTree(r.body());
        long sum = 0;
        for (JsonNode cell : local.path("cells")) {
            if (cell.path("key").asText().equals("articles=all")) {
                sum += cell.path("count").asLong();
            }
        }
        return sum;
    }

    private static HttpResponse<String> send(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String get(HttpClient http, String url) throws Exception {
        HttpResponse<String> r = send(http, url);
        assertThat(r.statusCode()).as("GET %s", url).isEqualTo(200);
        return r.body();
    }
}
