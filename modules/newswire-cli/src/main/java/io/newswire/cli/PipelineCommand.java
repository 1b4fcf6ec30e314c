package io.newswire.cli;

import io.newswire.kafka.NewswireConfig;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "pipeline", mixinStandardHelpOptions = true,
        description = "Run the streams app (decode, normalize, enrich, dead-letter) against any Kafka cluster, "
                + "with the ops HTTP endpoints, until Ctrl-C. Run more instances to scale out.")
final class PipelineCommand implements Callable<Integer> {

    @Mixin
    KafkaOptions kafka;

    @Mixin
    HttpOptions http;

    @Mixin
    ThreadsOption threads;

    @Override
    public Integer call() throws Exception {
        NewswireConfig config = kafka.config(threads.settings());
        Shutdown shutdown = Shutdown.install();
        try (PipelineRunner runner = new PipelineRunner(config, http.host, http.port)) {
            runner.start();
            System.err.printf("newswire pipeline running (%s -> %s, dead letters -> %s); ops on http://%s:%d/; "
                            + "Ctrl-C to stop%n", config.topics().raw().name(), config.topics().enriched().name(),
                    config.topics().dlq().name(), http.host, runner.httpPort());
            shutdown.await();
        } finally {
            shutdown.done();
        }
        return 0;
    }
}
