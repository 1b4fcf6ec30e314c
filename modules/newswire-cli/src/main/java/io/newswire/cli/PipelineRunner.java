package io.newswire.cli;

import io.newswire.enrich.ArticlePipeline;
import io.newswire.kafka.NewswireConfig;
import io.newswire.ops.OpsMetrics;
import io.newswire.ops.OpsServer;
import io.newswire.ops.RecentArticles;
import io.newswire.streams.MetricsObserver;
import io.newswire.streams.PipelineObserver;
import io.newswire.streams.StreamsApp;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The streams app with its metrics and ops endpoints: what {@code pipeline} and {@code demo} run. */
final class PipelineRunner implements AutoCloseable {

    private final OpsMetrics metrics;
    private final StreamsApp app;
    private final OpsServer ops;

    PipelineRunner(NewswireConfig config, String httpHost, int httpPort) throws IOException {
        this.metrics = new OpsMetrics();
        RecentArticles recent = new RecentArticles(200);
        PipelineObserver observer = PipelineObserver.composite(
                List.of(new MetricsObserver(metrics.registry()), recent));
        ArticlePipeline pipeline = config.entityAliasesFile() == null ? ArticlePipeline.standard()
                : ArticlePipeline.standard(config.entityAliasesFile());
        this.app = new StreamsApp(config, pipeline, observer);
        metrics.bind(app.streams());
        this.ops = new OpsServer(httpHost, httpPort, metrics.registry(), app::isRunning, () -> {
            Map<String, Object> stats = new LinkedHashMap<>(metrics.stats());
            stats.put("state", app.state().name());
            return stats;
        }, recent);
    }

    PipelineRunner start() {
        ops.start();
        app.start();
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
        app.close();
        ops.close();
        metrics.close();
    }
}
