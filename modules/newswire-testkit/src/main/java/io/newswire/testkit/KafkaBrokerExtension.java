package io.newswire.testkit;

import io.newswire.broker.EmbeddedKafkaBroker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;

/**
 * Hands tests a real Kafka broker, one per test class, shut down after the class:
 * Testcontainers' {@code apache/kafka-native} when a Docker engine is available, else the in-JVM
 * KRaft broker ({@link EmbeddedKafkaBroker}). {@code -Dnewswire.test.broker=embedded|container}
 * forces one.
 *
 * <p>{@link KafkaBroker} can be injected into test methods, lifecycle methods ({@code @BeforeAll}
 * too) and constructors. {@code @Nested} classes share their enclosing class's broker.
 *
 * <pre>
 * &#64;ExtendWith(KafkaBrokerExtension.class)
 * class MyIT {
 *     &#64;Test void test(KafkaBroker broker) { ... broker.bootstrapServers() ... }
 * }
 * </pre>
 */
public final class KafkaBrokerExtension implements BeforeAllCallback, ParameterResolver {

    /** System property choosing the broker: {@value #EMBEDDED} or {@value #CONTAINER}; unset = detect. */
    public static final String BROKER_PROPERTY = "newswire.test.broker";
    public static final String EMBEDDED = "embedded";
    public static final String CONTAINER = "container";
    /** The image of the containerized broker. */
    public static final String IMAGE = "apache/kafka-native:4.3.1";

    private static final Logger LOG = LoggerFactory.getLogger(KafkaBrokerExtension.class);
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(KafkaBrokerExtension.class);
    private static final String KEY = "broker";
    private static final long DOCKER_PROBE_TIMEOUT_SECONDS = 10;

    @Override
    public void beforeAll(ExtensionContext context) {
        broker(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == KafkaBroker.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context)
            throws ParameterResolutionException {
        try {
            return broker(context);
        } catch (RuntimeException e) {
            throw new ParameterResolutionException("cannot start a Kafka broker for the test: " + e.getMessage(), e);
        }
    }

    /** The broker of the test class (created on first use); stores see their parents', so nested classes share it. */
    private static KafkaBroker broker(ExtensionContext context) {
        ExtensionContext classContext = context;
        while (classContext.getTestMethod().isPresent() && classContext.getParent().isPresent()) {
            classContext = classContext.getParent().get();
        }
        return classContext.getStore(NS).getOrComputeIfAbsent(KEY, k -> create(), Holder.class).broker;
    }

    private static Holder create() {
        String kind = chooseKind();
        long t0 = System.nanoTime();
        OwnedBroker broker = CONTAINER.equals(kind) ? new ContainerBroker() : new EmbeddedBroker();
        LOG.info("test broker: {} on {}, up in {} ms", broker.kind(), broker.bootstrapServers(),
                (System.nanoTime() - t0) / 1_000_000);
        return new Holder(broker);
    }

    private static String chooseKind() {
        String forced = System.getProperty(BROKER_PROPERTY, "").trim().toLowerCase(Locale.ROOT);
        switch (forced) {
            case EMBEDDED:
            case CONTAINER:
                LOG.info("test broker: {} forced by -D{}", forced, BROKER_PROPERTY);
                return forced;
            case "":
                boolean docker = DockerProbe.AVAILABLE;
                LOG.info("test broker: Docker {}available, using the {} broker", docker ? "" : "not ",
                        docker ? CONTAINER : EMBEDDED);
                return docker ? CONTAINER : EMBEDDED;
            default:
                throw new IllegalArgumentException(
                        "-D" + BROKER_PROPERTY + " must be " + EMBEDDED + " or " + CONTAINER + ", got " + forced);
        }
    }

    /** Probes for a Docker engine once per JVM. */
    private static final class DockerProbe {
        static final boolean AVAILABLE = probe();

        /**
         * Asks Testcontainers only when an engine could be there at all: without a socket or
         * configuration its probe is slow and logs errors for nothing. The probe itself is bounded
         * and never throws.
         */
        private static boolean probe() {
            List<Path> hints = engineHints();
            boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win");
            boolean hinted = windows || dockerHostHint() || hints.stream().anyMatch(Files::exists);
            if (!hinted) {
                LOG.debug("no Docker socket or configuration found in {}", hints);
                return false;
            }
            CompletableFuture<Boolean> probe = new CompletableFuture<>();
            Thread t = new Thread(() -> {
                try {
                    probe.complete(DockerClientFactory.instance().isDockerAvailable());
                } catch (Throwable e) {
                    probe.complete(false);
                }
            }, "newswire-docker-probe");
            t.setDaemon(true);
            t.start();
            try {
                return probe.get(DOCKER_PROBE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                LOG.warn("Docker did not answer within {} s; using the embedded broker", DOCKER_PROBE_TIMEOUT_SECONDS);
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            } catch (Exception e) {
                return false;
            }
        }

        /** DOCKER_HOST is set, and if it names a Unix socket, the socket exists. */
        private static boolean dockerHostHint() {
            String host = System.getenv("DOCKER_HOST");
            if (host == null || host.isBlank()) {
                return false;
            }
            if (host.startsWith("unix://")) {
                return Files.exists(Path.of(host.substring("unix://".length())));
            }
            return true;
        }

        private static List<Path> engineHints() {
            Path home = Path.of(System.getProperty("user.home", "/nonexistent"));
            List<Path> hints = new ArrayList<>(List.of(
                    Path.of("/var/run/docker.sock"),
                    home.resolve(".testcontainers.properties"),
                    home.resolve(".docker/run/docker.sock"),
                    home.resolve(".docker/desktop/docker.sock"),
                    home.resolve(".colima/default/docker.sock"),
                    home.resolve(".rd/docker.sock"),
                    home.resolve(".orbstack/run/docker.sock")));
            String xdg = System.getenv("XDG_RUNTIME_DIR");
            if (xdg != null && !xdg.isBlank()) {
                hints.add(Path.of(xdg, "docker.sock"));
            }
            return hints;
        }
    }

    /** A broker the extension owns and closes. */
    private interface OwnedBroker extends KafkaBroker, AutoCloseable {
        @Override
        void close();
    }

    /** Closes the broker when the class's store is closed (JUnit closes {@link AutoCloseable} store values). */
    private static final class Holder implements AutoCloseable {
        final OwnedBroker broker;

        Holder(OwnedBroker broker) {
            this.broker = broker;
        }

        @Override
        public void close() {
            LOG.info("test broker: closing the {} broker on {}", broker.kind(), broker.bootstrapServers());
            broker.close();
        }
    }

    private static final class EmbeddedBroker implements OwnedBroker {
        private final EmbeddedKafkaBroker broker;

        EmbeddedBroker() {
            EmbeddedKafkaBroker b = EmbeddedKafkaBroker.builder().port(0).build();
            try {
                b.start();
            } catch (RuntimeException e) {
                b.close();
                throw e;
            }
            this.broker = b;
        }

        @Override
        public String bootstrapServers() {
            return broker.bootstrapServers();
        }

        @Override
        public void stop() {
            broker.stop();
        }

        @Override
        public void start() {
            broker.start();
        }

        @Override
        public String kind() {
            return EMBEDDED;
        }

        @Override
        public void close() {
            broker.close();
        }
    }

    private static final class ContainerBroker implements OwnedBroker {
        private final KafkaContainer container;

        ContainerBroker() {
            KafkaContainer c = new KafkaContainer(IMAGE)
                    .withEnv("KAFKA_MESSAGE_MAX_BYTES", Integer.toString(16 * 1024 * 1024))
                    .withEnv("KAFKA_REPLICA_FETCH_MAX_BYTES", Integer.toString(16 * 1024 * 1024))
                    .withEnv("KAFKA_NUM_PARTITIONS", "3")
                    .withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false");
            try {
                c.start();
            } catch (RuntimeException e) {
                c.close();
                throw e;
            }
            this.container = c;
        }

        @Override
        public String bootstrapServers() {
            return container.getBootstrapServers();
        }

        @Override
        public void stop() {
            throw new UnsupportedOperationException(UNSUPPORTED);
        }

        @Override
        public void start() {
            throw new UnsupportedOperationException(UNSUPPORTED);
        }

        private static final String UNSUPPORTED = "the containerized test broker cannot be restarted on the same "
                + "port; run fault tests with -D" + BROKER_PROPERTY + "=" + EMBEDDED;

        @Override
        public String kind() {
            return CONTAINER;
        }

        @Override
        public void close() {
            container.stop();
        }
    }
}
