package io.newswire.testkit;

import io.newswire.broker.EmbeddedKafkaBroker;
import java.util.Locale;
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
 * KRaft broker. {@code -Dnewswire.test.broker=embedded|container} forces one.
 *
 * <pre>
 * &#64;ExtendWith(KafkaBrokerExtension.class)
 * class MyIT {
 *     &#64;Test void test(KafkaBroker broker) { ... broker.bootstrapServers() ... }
 * }
 * </pre>
 */
public final class KafkaBrokerExtension implements BeforeAllCallback, ParameterResolver {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaBrokerExtension.class);
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(KafkaBrokerExtension.class);
    private static final String KEY = "broker";
    static final String IMAGE = "apache/kafka-native:4.3.1";

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
        return broker(context);
    }

    private static KafkaBroker broker(ExtensionContext context) {
        ExtensionContext classContext = context.getTestClass().isPresent() && context.getParent().isPresent()
                && context.getTestMethod().isPresent() ? context.getParent().get() : context;
        return classContext.getStore(NS).getOrComputeIfAbsent(KEY, k -> create(), Holder.class).broker;
    }

    private static Holder create() {
        String forced = System.getProperty("newswire.test.broker", "").toLowerCase(Locale.ROOT);
        boolean container = switch (forced) {
            case "embedded" -> false;
            case "container" -> true;
            case "" -> dockerAvailable();
            default -> throw new IllegalArgumentException("newswire.test.broker must be embedded or container, got "
                    + forced);
        };
        Holder h = container ? new Holder(new ContainerBroker()) : new Holder(new EmbeddedBroker());
        LOG.info("test broker: {} on {}", h.broker.kind(), h.broker.bootstrapServers());
        return h;
    }

    /**
     * Asks Testcontainers only when an engine could be there at all: without a socket or DOCKER_HOST
     * its probe is slow and logs errors for nothing.
     */
    private static boolean dockerAvailable() {
        boolean socket = java.nio.file.Files.exists(java.nio.file.Path.of("/var/run/docker.sock"))
                || System.getenv("DOCKER_HOST") != null
                || java.nio.file.Files.exists(java.nio.file.Path.of(System.getProperty("user.home"), ".testcontainers.properties"));
        if (!socket) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    /** Closes the broker when the class's store is closed. */
    private static final class Holder implements AutoCloseable {
        final KafkaBroker broker;

        Holder(KafkaBroker broker) {
            this.broker = broker;
        }

        @Override
        public void close() throws Exception {
            ((AutoCloseable) broker).close();
        }
    }

    private static final class EmbeddedBroker implements KafkaBroker, AutoCloseable {
        private final EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().port(0).build().start();

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
            return "embedded";
        }

        @Override
        public void close() {
            broker.close();
        }
    }

    private static final class ContainerBroker implements KafkaBroker, AutoCloseable {
        private final KafkaContainer container = new KafkaContainer(IMAGE);

        ContainerBroker() {
            container.start();
        }

        @Override
        public String bootstrapServers() {
            return container.getBootstrapServers();
        }

        @Override
        public void stop() {
            throw new UnsupportedOperationException("a containerized test broker cannot be restarted on the same "
                    + "port; run fault tests with -Dnewswire.test.broker=embedded");
        }

        @Override
        public void start() {
            throw new UnsupportedOperationException("a containerized test broker cannot be restarted on the same "
                    + "port; run fault tests with -Dnewswire.test.broker=embedded");
        }

        @Override
        public String kind() {
            return "container";
        }

        @Override
        public void close() {
            container.stop();
        }
    }
}
