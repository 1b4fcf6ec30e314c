package io.newswire.ingest.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newswire.kafka.NewswireConfig;
import io.newswire.model.Json;
import io.newswire.testkit.KafkaBroker;
import io.newswire.testkit.KafkaBrokerExtension;
import io.newswire.testkit.KafkaTestClients;
import io.newswire.testkit.Wait;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 50 local feeds through the poller into a real broker: every publishable item once, across a
 * restart and with a second instance polling alongside, and nothing that robots.txt disallows.
 */
@ExtendWith(KafkaBrokerExtension.class)
class FeedPollerIT {

    private static final int FEEDS = 50;

    private final KafkaBroker broker;

    FeedPollerIT(KafkaBroker broker) {
        this.broker = broker;
    }

    private static List<String> keys(List<ConsumerRecord<byte[], byte[]>> records) {
        return records.stream().map(r -> new String(r.key(), StandardCharsets.UTF_8)).toList();
    }

    @Test
    void shouldPublishEveryItemOnceWhenRestartedAndWhenASecondInstancePollsAlongside() throws Exception {
        String run = UUID.randomUUID().toString();
        String raw = "raw-" + run;
        NewswireConfig config = NewswireConfig.from(Map.of(
                NewswireConfig.BOOTSTRAP_SERVERS, broker.bootstrapServers(),
                NewswireConfig.APPLICATION_ID, "feeds-" + run,
                NewswireConfig.TOPIC_RAW, raw,
                NewswireConfig.TOPIC_ENRICHED, "enriched-" + run,
                NewswireConfig.TOPIC_DLQ, "dlq-" + run,
                NewswireConfig.TOPIC_STATS, "stats-" + run,
                NewswireConfig.FEEDS_STATE_TOPIC, "feeds-state-" + run,
                NewswireConfig.FEEDS_HOST_INTERVAL_MS, "2",
                NewswireConfig.FEEDS_POLL_INTERVAL_MS, "200"));
        try (FeedServer site = new FeedServer(FEEDS, 3)) {
            List<URI> feeds = site.feedUris();
            int firstRound = site.publishable();
            assertThat(firstRound).isEqualTo(49 * 3 - 2);
            SimpleMeterRegistry metricsA = new SimpleMeterRegistry();

            // one instance until every item is in and every feed has answered a conditional GET
            try (FeedPoller a = new FeedPoller(config, feeds, metricsA, Clock.systemUTC()).start()) {
                Wait.forCondition("first round published").until(() -> a.published() == firstRound);
                Wait.forCondition("304s for the unchanged feeds").until(() -> site.notModified.get() >= 40);
                Map<String, Object> broken = health(a, feeds.get(FeedServer.BROKEN_FEED));
                assertThat(broken.get("up")).isEqualTo(false);
                assertThat((String) broken.get("lastError")).contains("not RSS, Atom or a sitemap");
                assertThat(metricsA.get("newswire.feed.polls").tag("source", feeds.get(FeedServer.BROKEN_FEED).toString())
                        .tag("outcome", "error").counter().count()).isPositive();
                assertThat(metricsA.get("newswire.feed.up").tag("source", feeds.get(FeedServer.FLAKY_FEED).toString())
                        .gauge().value()).isEqualTo(1.0);
                assertThat(metricsA.get("newswire.feed.pages.failed")
                        .tag("source", feeds.get(FeedServer.BROKEN_PAGE_FEED).toString()).counter().count()).isPositive();
                // a sitemap index: its two sitemaps (one gzip-compressed) read, each item published once
                assertThat(health(a, feeds.get(FeedServer.INDEX_FEED)).get("up")).isEqualTo(true);
                assertThat(metricsA.get("newswire.feed.items.published")
                        .tag("source", feeds.get(FeedServer.INDEX_FEED).toString()).counter().count()).isEqualTo(3.0);
            }
            List<ConsumerRecord<byte[], byte[]>> afterFirst = KafkaTestClients.readCommitted(broker, raw);
            assertThat(afterFirst).hasSize(firstRound);

            // new items; a restarted instance and a second one, side by side
            site.addItemToEveryFeed(3);
            int total = site.publishable();
            assertThat(total).isEqualTo(firstRound + 49);
            try (FeedPoller b = new FeedPoller(config, feeds, new SimpleMeterRegistry(), Clock.systemUTC()).start();
                    FeedPoller c = new FeedPoller(config, feeds, new SimpleMeterRegistry(), Clock.systemUTC()).start()) {
                Wait.forCondition("new items published").until(() -> b.published() + c.published() == 49);
                // then two more polls of every feed by whoever owns it: a duplicate would come from one of them
                Map<URI, Long> polls = new HashMap<>();
                feeds.forEach(f -> polls.put(f, b.polls(f) + c.polls(f)));
                Wait.forCondition("every feed polled twice more")
                        .until(() -> feeds.stream().allMatch(f -> b.polls(f) + c.polls(f) >= polls.get(f) + 2));
                assertThat(feeds).allSatisfy(f -> assertThat(b.owns(f) && c.owns(f)).isFalse());
                // the old items the restarted instances read again are counted as seen, per feed
                URI rss = feeds.get(0);
                assertThat((Long) health(b, rss).get("itemsSeen") + (Long) health(c, rss).get("itemsSeen"))
                        .isGreaterThanOrEqualTo(3L);
                assertThat((Long) health(b, rss).get("itemsPublished") + (Long) health(c, rss).get("itemsPublished"))
                        .isEqualTo(1L);
            }

            List<String> keys = keys(KafkaTestClients.readCommitted(broker, raw));
            Map<String, Long> counts = keys.stream().collect(Collectors.groupingBy(k -> k, Collectors.counting()));
            assertThat(counts).allSatisfy((k, n) -> assertThat(n).as(k).isEqualTo(1L));
            assertThat(keys).hasSize(total);
            assertThat(site.privateRequests.get()).isZero();
            assertThat(site.robotsRequests.get()).isBetween(1, 3 * 2);

            ConsumerRecord<byte[], byte[]> any = KafkaTestClients.readCommitted(broker, raw).get(0);
            Map<?, ?> article = Json.mapper().readValue(any.value(), Map.class);
            assertThat(article.get("format")).isEqualTo("html");
            assertThat((String) article.get("url")).startsWith(site.base().toString());
            assertThat((String) article.get("origin")).startsWith("feed:");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> health(FeedPoller poller, URI feed) {
        return (Map<String, Object>) poller.health().get(feed.toString());
    }
}
