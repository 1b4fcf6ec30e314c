package io.newswire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.enrich.api.Pipelines;
import io.newswire.kafka.DeadLetterHeaders;
import io.newswire.kafka.NewswireConfig;
import io.newswire.kafka.NewswireTopics;
import io.newswire.kafka.PipelineObserver;
import io.newswire.kafka.TopicAdmin;
import io.newswire.model.Article;
import io.newswire.model.InvalidArticleException;
import io.newswire.model.Json;
import io.newswire.model.RejectReason;
import io.newswire.streams.StreamsApp;
import io.newswire.testkit.KafkaBroker;
import io.newswire.testkit.KafkaBrokerExtension;
import io.newswire.testkit.KafkaTestClients;
import io.newswire.testkit.Wait;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile records, the large ones at their real sizes, through a real broker and the streams app
 * with exactly-once output and the default limits: every record that entered the raw topic ends
 * once, in the enriched topic or the dead-letter topic, with the reason the decoder gives.
 */
@ExtendWith(KafkaBrokerExtension.class)
class HostileInputIT {

    private static final Duration WAIT = Wait.DEFAULT_BOUND;

    /** One input: its raw-topic key, its value, and the id its article gets when it is enriched. */
    private record Input(String key, byte[] value, String articleId) {
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** A good record with an explicit id, so that its enriched output can be matched to it. */
    private static Input good(int i, String bodyJson, String extra) {
        String id = "hostile-" + i;
        return new Input("k" + i, utf8("{\"id\": \"" + id + "\", \"body\": " + bodyJson + extra + "}"), id);
    }

    private static Input bad(int i, byte[] value) {
        return new Input("k" + i, value, null);
    }

    private static List<Input> inputs() {
        List<Input> in = new ArrayList<>();
        int i = 0;
        in.add(good(i++, "\"TEHRAN, May 13 (Reuters) - Talks resumed on Tuesday.\"", ""));
        // 10 MB on one line: enters the raw topic (its limit is twice the record limit), is dead-lettered.
        in.add(bad(i++, utf8("{\"body\": \"" + "Zeile ohne Ende. ".repeat(10 * 1024 * 1024 / 17 + 1) + "\"}")));
        in.add(good(i++, "\"Kurzer Text.\"", ", \"padding\": \"" + "p".repeat(7 * 1024 * 1024) + "\""));
        in.add(good(i++, "\"" + "👩\u200d👩\u200d👧\u200d👦".repeat(1024 * 1024 / 11) + "\"", ""));
        in.add(good(i++, "\"" + "<b>".repeat(100_000) + "Tief verschachtelt." + "</b>".repeat(100_000) + "\"",
                ", \"format\": \"html\""));
        in.add(good(i++, "\"Alte Zeit.\"", ", \"ingestedAt\": \"0001-01-01T00:00:00Z\""));
        in.add(good(i++, "\"Ferne Zeit.\"", ", \"ingestedAt\": \"+1000000000-12-31T23:59:59Z\""));
        in.add(good(i++, "\"\u202eقالَ الوزيرُ إنَّ الاجتماعَ ناجحٌ.\u202c\"", ", \"unknown\": {\"a\": [1e400]}"));
        in.add(good(i++, "\"Berlin\\u0000Mitte \\ud800 halbes Paar.\"", ", \"title\": \"\\udc00\""));
        in.add(bad(i++, new byte[] {'{', '"', 'b', 'o', 'd', 'y', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}));
        byte[] utf16 = "{\"body\": \"Αθήνα — UTF-16 με BOM.\"}".getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[utf16.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(utf16, 0, withBom, 2, utf16.length);
        in.add(new Input("k" + i++, withBom, "derived"));
        in.add(bad(i++, utf8("{\"body\": \"\\u0000\\u200b\"}")));
        in.add(bad(i++, utf8("{\"body\": \"a\", \"body\": \"b\"}")));
        in.add(bad(i++, utf8("{\"body\": \"x\", \"deep\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}")));
        in.add(bad(i++, utf8("{\"body\": \"x\", \"ingestedAt\": 1267650600228229401496703205376}")));
        in.add(bad(i++, utf8("{\"body\": [\"not\", \"a\", \"string\"]}")));
        in.add(bad(i++, utf8("{\"title\": \"no body\"}")));
        in.add(bad(i++, new byte[0]));
        in.add(bad(i++, null));
        in.add(good(i++, "\"LIMA, 1 abr (EFE).- Un sismo sacudió la capital.\"", ""));
        return in;
    }

    @Test
    void shouldEndEveryHostileRecordOnceInEnrichedOrDeadLetterWhenRunAgainstARealBroker(KafkaBroker broker,
            @TempDir Path state) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        NewswireConfig config = NewswireConfig.from(Map.of(
                NewswireConfig.BOOTSTRAP_SERVERS, broker.bootstrapServers(),
                NewswireConfig.APPLICATION_ID, "hostile-" + run,
                NewswireConfig.TOPIC_RAW, NewswireTopics.DEFAULT_RAW + ".hostile." + run,
                NewswireConfig.TOPIC_ENRICHED, NewswireTopics.DEFAULT_ENRICHED + ".hostile." + run,
                NewswireConfig.TOPIC_DLQ, NewswireTopics.DEFAULT_DLQ + ".hostile." + run,
                StreamsConfig.STATE_DIR_CONFIG, state.toString(),
                StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, "100"));
        TopicAdmin.ensureTopics(config);
        List<Input> inputs = inputs();

        Map<String, RejectReason> expectedDead = new HashMap<>();
        Map<String, Input> expectedEnriched = new LinkedHashMap<>();
        for (Input input : inputs) {
            try {
                String id = Json.decodeRaw(input.value(), config.limits()).id();
                expectedEnriched.put(id, input);
            } catch (InvalidArticleException e) {
                assertThat(input.articleId()).as("decoder rejects %s", input.key()).isNull();
                expectedDead.put(input.key(), e.reason());
            }
        }
        assertThat(expectedDead.values()).contains(RejectReason.RECORD_TOO_LARGE, RejectReason.INVALID_ENCODING,
                RejectReason.EMPTY_BODY, RejectReason.MALFORMED_JSON, RejectReason.INVALID_FIELD,
                RejectReason.MISSING_BODY, RejectReason.EMPTY_RECORD);

        try (KafkaProducer<byte[], byte[]> producer = KafkaTestClients.producer(broker)) {
            for (Input input : inputs) {
                producer.send(new ProducerRecord<>(config.topics().raw().name(), utf8(input.key()), input.value()))
                        .get();
            }
        }

        try (StreamsApp app = new StreamsApp(config, Pipelines.standard(), PipelineObserver.NOOP).start()) {
            List<ConsumerRecord<byte[], byte[]>> enriched = KafkaTestClients.readAll(broker,
                    config.topics().enriched().name(), expectedEnriched.size(), WAIT);
            List<ConsumerRecord<byte[], byte[]>> dead = KafkaTestClients.readAll(broker,
                    config.topics().dlq().name(), expectedDead.size(), WAIT);
            // Then wait until the app has committed all of its input: a duplicate would be in the output by then.
            KafkaTestClients.awaitSettled(broker, config.applicationId(), config.topics().raw().name(),
                    config.topics().enriched().name(), config.topics().dlq().name());
            enriched = KafkaTestClients.readCommitted(broker, config.topics().enriched().name());
            dead = KafkaTestClients.readCommitted(broker, config.topics().dlq().name());

            assertThat(enriched.stream().map(r -> new String(r.key(), StandardCharsets.UTF_8)).toList())
                    .containsExactlyInAnyOrderElementsOf(expectedEnriched.keySet());
            for (ConsumerRecord<byte[], byte[]> r : enriched) {
                Article a = Json.readArticle(r.value());
                assertThat(a.id()).isEqualTo(new String(r.key(), StandardCharsets.UTF_8));
                assertThat(a.provenance().errors()).as("stage errors of %s", a.id()).isEmpty();
                assertThat(a.text()).isNotBlank().doesNotContain("\u0000");
            }

            Map<String, String> deadReasons = new HashMap<>();
            for (ConsumerRecord<byte[], byte[]> r : dead) {
                String key = new String(r.key(), StandardCharsets.UTF_8);
                assertThat(deadReasons.put(key, DeadLetterHeaders.read(r.headers()).get(DeadLetterHeaders.REASON)))
                        .as("%s dead-lettered once", key).isNull();
                Input input = inputs.stream().filter(in -> in.key().equals(key)).findFirst().orElseThrow();
                assertThat(r.value()).as("original bytes of %s", key).isEqualTo(input.value());
            }
            Map<String, String> expectedReasons = new HashMap<>();
            expectedDead.forEach((k, v) -> expectedReasons.put(k, v.name()));
            assertThat(deadReasons).isEqualTo(expectedReasons);
            assertThat(enriched.size() + dead.size()).isEqualTo(inputs.size());
        }
    }
}
