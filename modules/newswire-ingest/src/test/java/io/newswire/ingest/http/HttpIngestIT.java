package io.newswire.ingest.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.newswire.ingest.IngestProducer;
import io.newswire.kafka.HttpIngestSettings;
import io.newswire.kafka.NewswireConfig;
import io.newswire.kafka.TopicAdmin;
import io.newswire.model.ArticleIds;
import io.newswire.model.Json;
import io.newswire.testkit.KafkaBroker;
import io.newswire.testkit.KafkaBrokerExtension;
import io.newswire.testkit.KafkaTestClients;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code POST /api/articles} over real HTTP into a real broker: what is answered 202 is in the raw
 * topic under the ids answered; what is refused is not there at all.
 */
@ExtendWith(KafkaBrokerExtension.class)
class HttpIngestIT {

    private static final String TOKEN = "s3cret-Token_9~x";
    private static final Duration WAIT = Duration.ofSeconds(120);

    private final KafkaBroker broker;
    private final HttpClient http = HttpClient.newHttpClient();
    private String rawTopic;
    private HttpServer server;
    private IngestProducer producer;
    private URI endpoint;

    HttpIngestIT(KafkaBroker broker) {
        this.broker = broker;
    }

    @BeforeEach
    void start() throws IOException {
        rawTopic = "raw-" + UUID.randomUUID();
        NewswireConfig config = NewswireConfig.from(Map.of(
                NewswireConfig.BOOTSTRAP_SERVERS, broker.bootstrapServers(),
                NewswireConfig.TOPIC_RAW, rawTopic,
                NewswireConfig.HTTP_INGEST_ENABLED, "true",
                NewswireConfig.HTTP_INGEST_TOKEN, TOKEN,
                NewswireConfig.HTTP_INGEST_MAX_REQUEST_BYTES, "65536",
                NewswireConfig.HTTP_INGEST_MAX_RECORDS, "20"));
        TopicAdmin.ensureTopics(config);
        producer = new IngestProducer(config);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
        server.createContext(HttpIngestHandler.PATH, new HttpIngestHandler(config.httpIngest(), config.limits(),
                producer, Clock.systemUTC()));
        server.start();
        endpoint = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + HttpIngestHandler.PATH);
    }

    @AfterEach
    void stop() {
        server.stop(0);
        producer.close();
    }

    private HttpResponse<String> post(String body, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return Json.mapper().readTree(response.body());
    }

    private List<String> keysInRawTopic(int expected) {
        List<String> keys = new ArrayList<>();
        for (ConsumerRecord<byte[], byte[]> r : KafkaTestClients.readAll(broker, rawTopic, expected, WAIT)) {
            keys.add(new String(r.key(), StandardCharsets.UTF_8));
        }
        return keys;
    }

    /** A sentinel accepted after a refused request: once it is in the topic, anything before it would be too. */
    private void assertNothingButTheSentinelPublished() throws IOException, InterruptedException {
        HttpResponse<String> sentinel = post("{\"url\":\"https://news.example/sentinel\",\"body\":\"Sentinel.\"}", TOKEN);
        assertThat(sentinel.statusCode()).isEqualTo(202);
        assertThat(keysInRawTopic(1)).containsExactly(ArticleIds.forCanonicalUrl("https://news.example/sentinel"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "one object|{\"url\":\"https://news.example/a\",\"title\":\"Grain exports\",\"body\":\"KYIV, May 2 (Reuters) - Exports rose.\"}|1",
        "array|[{\"body\":\"ЛАХОР: Переговоры продолжаются.\",\"language\":\"ru\"},{\"body\":\"القاهرة: بدأت المحادثات\"}]|2",
        "JSON lines|{\"url\":\"https://news.example/1\",\"body\":\"One.\"}\\n{\"url\":\"https://news.example/2\",\"body\":\"Two.\"}\\n\\n{\"url\":\"https://news.example/3\",\"body\":\"Three.\",\"format\":\"text\"}\\n|3"})
    void shouldAnswer202WithTheIdsAndPublishThemWhenEveryRecordIsValid(String name, String body, int count)
            throws Exception {
        HttpResponse<String> response = post(body.replace("\\n", "\n"), TOKEN);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        JsonNode answer = json(response);
        assertThat(answer.get("accepted").asInt()).isEqualTo(count);
        List<String> ids = new ArrayList<>();
        answer.get("ids").forEach(id -> ids.add(id.asText()));
        assertThat(ids).hasSize(count).doesNotHaveDuplicates();
        // keyed by id over several partitions: the order across partitions is not the request order
        assertThat(keysInRawTopic(count)).containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    void shouldKeyAnArticleWithAUrlByItsCanonicalUrlWhenPosted() throws Exception {
        HttpResponse<String> response = post(
                "{\"url\":\"https://News.Example/story?utm_source=feed\",\"body\":\"DAKAR, Senegal — Talks resumed.\"}", TOKEN);

        assertThat(json(response).get("ids").get(0).asText())
                .isEqualTo(ArticleIds.forCanonicalUrl("https://news.example/story"));
        ConsumerRecord<byte[], byte[]> record = KafkaTestClients.readAll(broker, rawTopic, 1, WAIT).get(0);
        JsonNode raw = Json.mapper().readTree(record.value());
        assertThat(raw.get("ingestedAt").asText()).isNotBlank();
        assertThat(raw.get("origin").asText()).startsWith("http:127.0.0.1");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NONE", value = {
        "no token|NONE|missing bearer token",
        "wrong token|s3cret-Token_9~y|invalid bearer token",
        "empty token|''|invalid bearer token"})
    void shouldAnswer401AndPublishNothingWhenTheTokenIsMissingOrWrong(String name, String token, String error)
            throws Exception {
        HttpResponse<String> response = post("{\"body\":\"Unauthorised.\"}", token);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(json(response).get("error").asText()).isEqualTo(error);
        assertNothingButTheSentinelPublished();
    }

    @Test
    void shouldAnswer422WithTheReasonOfEachBadRecordAndPublishNoneWhenSomeAreInvalid() throws Exception {
        String body = """
                {"url":"https://news.example/good","body":"Good."}
                {"title":"no body"}
                {"body":"   "}
                {"body": 42
                {"body":"fine too","schemaVersion":99}
                """;

        HttpResponse<String> response = post(body, TOKEN);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        JsonNode records = json(response).get("records");
        List<String> found = new ArrayList<>();
        records.forEach(r -> found.add(r.get("index").asInt() + ":" + r.get("reason").asText()));
        assertThat(found).containsExactly("2:MISSING_BODY", "3:EMPTY_BODY", "4:MALFORMED_JSON",
                "5:UNSUPPORTED_SCHEMA_VERSION");
        assertThat(records).allSatisfy(r -> assertThat(r.get("message").asText()).isNotBlank());
        assertNothingButTheSentinelPublished();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"too many bytes|413", "too many records|413", "not JSON|400", "empty|400"})
    void shouldRefuseWithTheReasonAndPublishNothingWhenTheRequestBreaksALimitOrIsNotJson(String name, int status)
            throws Exception {
        String body = switch (name) {
            case "too many bytes" -> "{\"body\":\"" + "x".repeat(70_000) + "\"}";
            case "too many records" -> String.join("\n", IntStream.range(0, 21)
                    .mapToObj(i -> "{\"body\":\"Story " + i + "\"}").toList());
            case "not JSON" -> "<html><body>not json</body></html>";
            default -> "";
        };

        HttpResponse<String> response = post(body, TOKEN);

        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(json(response).get("error").asText()).isNotBlank();
        assertNothingButTheSentinelPublished();
    }

    @Test
    void shouldAnswer405WhenTheMethodIsNotPost() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(endpoint)
                .header("Authorization", "Bearer " + TOKEN).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValue("POST");
    }

    @Test
    void shouldRefuseToStartWhenEnabledWithoutAToken() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> NewswireConfig.from(Map.of(
                        NewswireConfig.HTTP_INGEST_ENABLED, "true")))
                .hasMessageContaining(NewswireConfig.HTTP_INGEST_TOKEN);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> NewswireConfig.from(Map.of(
                        NewswireConfig.HTTP_INGEST_ENABLED, "true", NewswireConfig.HTTP_INGEST_TOKEN, "geheim ä")))
                .hasMessageContaining("ASCII");
        assertThat(NewswireConfig.from(Map.of()).httpIngest()).isEqualTo(HttpIngestSettings.disabled());
    }
}
