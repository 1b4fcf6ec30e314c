package io.newswire.cli;

import io.newswire.enrich.api.Pipeline;
import io.newswire.enrich.api.PipelineOptions;
import io.newswire.enrich.api.Pipelines;
import io.newswire.ingest.IngestProducer;
import io.newswire.ingest.http.HttpIngestHandler;
import io.newswire.kafka.NewswireConfig;
import io.newswire.kafka.TopicAdmin;
import io.newswire.kafka.PipelineObserver;
import io.newswire.ops.HealthCheck;
import io.newswire.ops.OpsMetrics;
import io.newswire.ops.OpsServer;
import io.newswire.ops.RecentArticles;
import io.newswire.ops.StoriesFeed;
import io.newswire.ops.WindowedStatsSource;
import io.newswire.streams.StreamsApp;
import io.newswire.streams.StreamsHealth;
import io.newswire.streams.WindowedStatsQuery;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.state.HostInfo;

/** The streams app with its metrics and ops endpoints: what {@code pipeline} and {@code demo} run. */
final class PipelineRunner implements AutoCloseable {

    private final OpsMetrics metrics;
    private volatile StreamsApp app;
    private final OpsServer ops;
    private final IngestProducer httpIngestProducer;
    private final NewswireConfig config;
    private StoriesFeed stories;

    PipelineRunner(NewswireConfig config, String httpHost, int httpPort) throws IOException {
        this.config = config;
        this.metrics = new OpsMetrics();
        RecentArticles recent = new RecentArticles(200);
        PipelineObserver observer = PipelineObserver.composite(
                List.of(metrics.observer(), recent));
        // The ops server binds first: its address is this instance's application.server, which the
        // other instances use to fetch its share of the windowed statistics.
        this.ops = new OpsServer(httpHost, httpPort, metrics.registry(), new AppHealth(), () -> {
            Map<String, Object> stats = new LinkedHashMap<>(metrics.stats());
            stats.put("state", app == null ? "CREATED" : app.state().name());
            return stats;
        }, recent);
        String server = config.kafkaProperties().get(StreamsConfig.APPLICATION_SERVER_CONFIG);
        if (server == null || server.isBlank()) {
            server = advertised(ops.host()) + ":" + ops.port();
            config = config.withKafkaProperty(StreamsConfig.APPLICATION_SERVER_CONFIG, server);
        }
        if (config.httpIngest().enabled()) {
            TopicAdmin.ensureTopics(config);
            this.httpIngestProducer = new IngestProducer(config);
            ops.route(HttpIngestHandler.PATH, new HttpIngestHandler(config.httpIngest(), config.limits(),
                    httpIngestProducer, Clock.systemUTC()));
        } else {
            this.httpIngestProducer = null;
        }
        Pipeline pipeline = Pipelines.standard(PipelineOptions.defaults().withEntityAliasesFile(config.entityAliasesFile())
                .withTopicsModelFile(config.topicsModelFile()).withNerModelFiles(config.nerModelFiles()));
        this.app = new StreamsApp(config, pipeline, observer);
        metrics.bind(app.streams());
        if (config.statsEnabled()) {
            WindowedStatsQuery query = new WindowedStatsQuery(app.streams(), HostInfo.buildFromEndpoint(server));
            ops.windowedStats(new WindowedStatsSource() {
                @Override
                public Object snapshot() {
                    return query.snapshot(Instant.now());
                }

                @Override
                public Object local(long fromMillis, long toMillis) {
                    return query.localBody(Instant.ofEpochMilli(fromMillis), Instant.ofEpochMilli(toMillis));
                }
            });
        }
    }

    /** Readiness and liveness of the streams app once it exists; before that, neither ready nor failed. */
    private final class AppHealth implements HealthCheck {
        @Override
        public boolean ready() {
            StreamsApp a = app;
            return a != null && a.health().ready();
        }

        @Override
        public boolean live() {
            StreamsApp a = app;
            return a == null || a.health().live();
        }

        @Override
        public Map<String, Object> details() {
            StreamsApp a = app;
            if (a == null) {
                return Map.of("state", "CREATED");
            }
            StreamsHealth.Status s = a.health().status();
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("state", s.state());
            details.put("deadThreads", s.deadThreads());
            return details;
        }
    }

    /** A wildcard bind address is not one another instance can call: use the host's name instead. */
    private static String advertised(String bindHost) {
        if (bindHost.equals("0.0.0.0") || bindHost.equals("::") || bindHost.equals("0:0:0:0:0:0:0:0")) {
            try {
                return InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException e) {
                return "localhost";
            }
        }
        return bindHost;
    }

    PipelineRunner start() {
        ops.start();
        app.start();
        if (config.duplicates().enabled()) {
            // after app.start(), which creates the topic
            stories = new StoriesFeed(config.clientProperties(), config.duplicates().storiesTopic()).start();
            ops.topStories(stories.stories());
        }
        return this;
    }

    StreamsApp app() {
        return app;
    }

    int httpPort() {
        return ops.port();
    }

    @Override
    public void close() {
        if (stories != null) {
            stories.close();
        }
        app.close();
        ops.close();
        if (httpIngestProducer != null) {
            httpIngestProducer.close();
        }
        metrics.close();
    }
}
