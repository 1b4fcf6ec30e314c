package io.newswire.cli;

import io.newswire.broker.EmbeddedKafkaBroker;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "broker", mixinStandardHelpOptions = true,
        description = "Run only the embedded single-node KRaft Kafka broker until Ctrl-C, so that other "
                + "processes and non-Java clients (kcat, ...) can use it.")
final class BrokerCommand implements Callable<Integer> {

    @Option(names = {"-p", "--port"}, defaultValue = "9092", description = "Client port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = {"-d", "--data"}, defaultValue = ".newswire/broker", paramLabel = "DIR",
            description = "Data directory; kept across restarts (default: ${DEFAULT-VALUE}).")
    Path data;

    @Override
    public Integer call() throws Exception {
        Shutdown shutdown = Shutdown.install();
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().port(port).dataDir(data.toAbsolutePath())
                .build()) {
            broker.start();
            System.err.printf("newswire broker: Kafka 4.3.1 (KRaft) on %s, data in %s; Ctrl-C to stop%n",
                    broker.bootstrapServers(), data.toAbsolutePath());
            shutdown.await();
            System.err.println("newswire broker: stopping");
        } finally {
            shutdown.done();
        }
        return 0;
    }
}
