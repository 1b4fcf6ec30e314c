package io.newswire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.enrich.ArticlePipeline;
import io.newswire.enrich.StandardEnrichers;
import io.newswire.enrich.api.Enricher;
import io.newswire.enrich.normalize.StandardNormalizer;
import io.newswire.kafka.DeadLetterHeaders;
import io.newswire.kafka.NewswireConfig;
import io.newswire.kafka.NewswireTopics;
import io.newswire.kafka.PipelineObserver;
import io.newswire.kafka.TopicAdmin;
import io.newswire.model.Article;
import io.newswire.model.Json;
import io.newswire.model.RawArticle;
import io.newswire.model.RejectReason;
import io.newswire.streams.StreamsApp;
import io.newswire.testkit.KafkaBroker;
import io.newswire.testkit.KafkaBrokerExtension;
import io.newswire.testkit.KafkaTestClients;
import io.newswire.testkit.Wait;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * An enriched article too large for its topic is dead-lettered and the app goes on. Enrichment
 * output is larger than its input (entities, mentions, places); a test enricher makes one article
 * outgrow the topic's limit so that it alone is dead-lettered, before the producer would
 * fail the whole transaction on it.
 */
@ExtendWith(KafkaBrokerExtension.class)
class OversizedOutputIT {

    @Test
    void shouldDeadLetterSourceAndContinueWhenEnrichedRecordIsTooLargeForTheTopic(KafkaBroker broker,
            @TempDir Path state) throws Exception {
        NewswireConfig config = NewswireConfig.from(Map.of(
                NewswireConfig.BOOTSTRAP_SERVERS, broker.bootstrapServers(),
                NewswireConfig.APPLICATION_ID, "oversized-it",
                NewswireConfig.TOPIC_RAW, NewswireTopics.DEFAULT_RAW + ".oversized",
                NewswireConfig.TOPIC_ENRICHED, NewswireTopics.DEFAULT_ENRICHED + ".oversized",
                NewswireConfig.TOPIC_DLQ, NewswireTopics.DEFAULT_DLQ + ".oversized",
                NewswireConfig.TOPIC_STATS, NewswireTopics.DEFAULT_STATS + ".oversized",
                NewswireConfig.MAX_RECORD_BYTES, "1024",
                StreamsConfig.STATE_DIR_CONFIG, state.toString(),
                StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, "100"));
        TopicAdmin.ensureTopics(config);
        byte[] big = Json.toBytes(RawArticle.ofText(null, "Short story that grows. " + "x".repeat(400)));
        byte[] small = Json.toBytes(RawArticle.ofText(null, "Another short story."));
        assertThat(big.length).isLessThan(1024);
        try (KafkaProducer<byte[], byte[]> producer = KafkaTestClients.producer(broker)) {
            producer.send(new ProducerRecord<>(config.topics().raw().name(), "big".getBytes(StandardCharsets.UTF_8),
                    big));
            producer.send(new ProducerRecord<>(config.topics().raw().name(), "small".getBytes(StandardCharsets.UTF_8),
                    small));
            producer.flush();
        }
        try (StreamsApp app = new StreamsApp(config, growingPipeline(), PipelineObserver.NOOP).start()) {
            List<ConsumerRecord<byte[], byte[]>> dead = KafkaTestClients.readAll(broker, config.topics().dlq().name(),
                    1, Wait.DEFAULT_BOUND);
            List<ConsumerRecord<byte[], byte[]>> out = KafkaTestClients.readAll(broker,
                    config.topics().enriched().name(), 1, Wait.DEFAULT_BOUND);
            assertThat(dead).singleElement().satisfies(r -> {
                assertThat(r.value()).isEqualTo(big);
                assertThat(new String(r.key(), StandardCharsets.UTF_8)).isEqualTo("big");
                Map<String, String> h = DeadLetterHeaders.read(r.headers());
                assertThat(h.get(DeadLetterHeaders.REASON)).isEqualTo(RejectReason.RECORD_TOO_LARGE.name());
                assertThat(h.get(DeadLetterHeaders.STAGE)).isEqualTo("enrich");
                assertThat(h.get(DeadLetterHeaders.SOURCE_TOPIC)).isEqualTo(config.topics().raw().name());
            });
            assertThat(out).singleElement().satisfies(r -> assertThat(Json.readArticle(r.value()).text())
                    .isEqualTo("Another short story."));
            // alive and processing, not failed: RUNNING once every stream thread has its tasks
            Wait.forCondition("the app RUNNING").until(app::isRunning);
        }
    }

    /** The standard stages plus one that adds 4 KB of output to an article that says "grows". */
    private static ArticlePipeline growingPipeline() {
        Enricher grow = new Enricher() {
            @Override
            public String name() {
                return "grow";
            }

            @Override
            public Article enrich(Article article) {
                if (!article.text().contains("grows")) {
                    return article;
                }
                return article.toBuilder().boilerplate(Collections.nCopies(64, "y".repeat(64))).build();
            }
        };
        List<Enricher> stages = new ArrayList<>(StandardEnrichers.all());
        stages.add(grow);
        return new ArticlePipeline("test", new StandardNormalizer(), stages, Clock.systemUTC());
    }
}
