package io.newswire.cli;

import io.newswire.ingest.feeds.FeedPoller;
import io.newswire.kafka.NewswireConfig;
import io.newswire.ops.HealthCheck;
import io.newswire.ops.OpsMetrics;
import io.newswire.ops.OpsServer;
import io.newswire.ops.RecentArticles;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "feeds", mixinStandardHelpOptions = true,
        description = "Poll RSS 2.0, Atom and news-sitemap feeds (one URL a line in --sources; # comments) until "
                + "Ctrl-C: conditional GET, one request at a time per host with newswire.feeds.host.interval.ms "
                + "between, robots.txt obeyed, retries with backoff; each new item's page is published to the raw "
                + "topic keyed by its article id. Seen items and feed state are kept in newswire.feeds.state.topic, so "
                + "a restart or another instance (which shares the feeds) publishes nothing twice. Per-source "
                + "health on /metrics (newswire_feed_*) and /api/stats.")
final class FeedsCommand implements Callable<Integer> {

    @Mixin
    KafkaOptions kafka;

    @Option(names = "--sources", required = true, paramLabel = "FILE", description = "The feeds, one URL a line.")
    Path sources;

    @Option(names = "--http-host", defaultValue = "127.0.0.1",
            description = "Address /metrics and /api/stats bind to (default: ${DEFAULT-VALUE}).")
    String httpHost;

    @Option(names = "--http-port", defaultValue = "8081",
            description = "Port of /metrics and /api/stats (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int httpPort;

    @Override
    public Integer call() throws Exception {
        NewswireConfig config = kafka.config();
        List<URI> feeds = FeedPoller.readSources(sources);
        if (feeds.isEmpty()) {
            throw new IllegalArgumentException("no feed URLs in " + sources);
        }
        Shutdown shutdown = Shutdown.install();
        try (OpsMetrics metrics = new OpsMetrics();
                FeedPoller poller = new FeedPoller(config, feeds, metrics.registry(), Clock.systemUTC())) {
            try (OpsServer ops = new OpsServer(httpHost, httpPort, metrics.registry(), HealthCheck.always(), () -> {
                Map<String, Object> stats = new LinkedHashMap<>();
                stats.put("published", poller.published());
                stats.put("feeds", poller.health());
                return stats;
            }, new RecentArticles(1)).start()) {
                poller.start();
                System.err.printf("newswire feeds: polling %d feeds into %s (state in %s); metrics on http://%s:%d/metrics;"
                                + " Ctrl-C to stop%n", feeds.size(), config.topics().raw().name(),
                        config.feeds().stateTopic(), httpHost, ops.port());
                shutdown.await();
                System.err.printf("newswire feeds: stopping; %d items published%n", poller.published());
            }
        } finally {
            shutdown.done();
        }
        return 0;
    }
}
