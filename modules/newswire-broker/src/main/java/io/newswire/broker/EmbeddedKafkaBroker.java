package io.newswire.broker;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Kafka 4.3.1 broker in this JVM: KRaft combined mode (broker and controller in
 * one node), the production metadata version, replication factor 1 for internal topics, data
 * under a directory of its own.
 *
 * <p>{@link #stop()} shuts down cleanly; {@link #start()} again resumes on the same port and data,
 * which is how fault tests restart the broker mid-run.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);
    private static final int NODE_ID = 1;
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private final Path dataDir;
    private final boolean ownsDataDir;
    private final Map<String, String> overrides;
    private final int requestedPort;
    private int port;
    private int controllerPort;
    /** Set by the first successful start: later starts reuse the same ports. */
    private boolean portsPinned;
    private KafkaRaftServer server;

    private EmbeddedKafkaBroker(Builder b) {
        try {
            this.ownsDataDir = b.dataDir == null;
            this.dataDir = ownsDataDir ? Files.createTempDirectory("newswire-kafka-") : b.dataDir.toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a data directory for the broker", e);
        }
        this.requestedPort = b.port;
        this.port = b.port;
        this.overrides = Map.copyOf(b.overrides);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Formats storage on first start (never again: the cluster id in {@code meta.properties} is
     * kept), starts the broker and waits until it answers clients. Does nothing if already running.
     *
     * @throws IllegalStateException if the broker does not answer within 60 s
     * @throws RuntimeException from Kafka if it cannot start, e.g. a requested port is taken;
     *         everything it started is shut down again
     */
    public synchronized EmbeddedKafkaBroker start() {
        if (server != null) {
            return this;
        }
        // Ports picked here are free when probed but could be taken before Kafka binds them;
        // on a first start with picked ports, pick new ones and try again.
        boolean pickPorts = !portsPinned;
        for (int attempt = 1; ; attempt++) {
            try {
                startOnce(pickPorts);
                portsPinned = true;
                return this;
            } catch (RuntimeException e) {
                if (!pickPorts || attempt >= 3 || !isBindFailure(e) || requestedPortTaken(e)) {
                    throw e;
                }
                LOG.warn("port {} or {} was taken before the broker could bind it; picking others", port,
                        controllerPort);
                if (requestedPort == 0) {
                    port = 0;
                }
                controllerPort = 0;
            }
        }
    }

    private void startOnce(boolean pickPorts) {
        KafkaRaftServer s = null;
        try {
            Files.createDirectories(dataDir);
            if (pickPorts && port == 0) {
                port = freePort();
            }
            if (pickPorts && controllerPort == 0) {
                controllerPort = freePort();
            }
            KafkaConfig config = new KafkaConfig(brokerProperties(), false);
            Path logDir = dataDir.resolve("logs");
            if (!Files.exists(logDir.resolve("meta.properties"))) {
                format(logDir);
            }
            long t0 = System.nanoTime();
            s = new KafkaRaftServer(config, Time.SYSTEM);
            s.startup();
            server = s;
            awaitReady();
            LOG.info("Kafka broker ready on {} in {} ms (data in {})", bootstrapServers(),
                    (System.nanoTime() - t0) / 1_000_000, dataDir);
        } catch (IOException e) {
            shutdownQuietly(s);
            throw new UncheckedIOException("cannot start the embedded broker in " + dataDir, e);
        } catch (RuntimeException e) {
            shutdownQuietly(s);
            throw e;
        }
    }

    private void shutdownQuietly(KafkaRaftServer s) {
        server = null;
        if (s == null) {
            return;
        }
        try {
            s.shutdown();
            s.awaitShutdown();
        } catch (RuntimeException e) {
            LOG.warn("shutting down a broker that failed to start failed too", e);
        }
    }

    /** A port the caller chose is taken: picking others would not help. */
    private boolean requestedPortTaken(Throwable e) {
        if (requestedPort == 0) {
            return false;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains(":" + requestedPort + ":")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBindFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException
                    || (t.getMessage() != null && t.getMessage().contains("Address already in use"))) {
                return true;
            }
        }
        return false;
    }

    /** Shuts the broker down cleanly; data stays for a later {@link #start()}. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        KafkaRaftServer s = server;
        server = null;
        try {
            s.shutdown();
            s.awaitShutdown();
        } catch (RuntimeException e) {
            LOG.warn("broker shutdown failed", e);
        }
    }

    @Override
    public synchronized void close() {
        stop();
        if (ownsDataDir) {
            deleteRecursively(dataDir);
        }
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    /** {@code localhost:PORT}; the port is fixed at first start and kept across restarts. */
    public String bootstrapServers() {
        if (port == 0) {
            throw new IllegalStateException("the broker has not been started");
        }
        return "localhost:" + port;
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    private Map<String, String> brokerProperties() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("process.roles", "broker,controller");
        p.put("node.id", Integer.toString(NODE_ID));
        p.put("controller.quorum.voters", NODE_ID + "@localhost:" + controllerPort);
        p.put("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("controller.listener.names", "CONTROLLER");
        p.put("log.dirs", dataDir.resolve("logs").toString());
        // One node: every internal topic has one replica, and one in-sync replica is enough.
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "3");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "3");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("default.replication.factor", "1");
        p.put("min.insync.replicas", "1");
        p.put("num.partitions", "3");
        p.put("auto.create.topics.enable", "false");
        p.put("group.initial.rebalance.delay.ms", "0");
        // Raw records may be up to 8 MiB by default; leave room for headers and batching.
        p.put("message.max.bytes", Integer.toString(16 * 1024 * 1024));
        p.put("replica.fetch.max.bytes", Integer.toString(16 * 1024 * 1024));
        p.put("num.network.threads", "2");
        p.put("num.io.threads", "4");
        p.put("unclean.leader.election.enable", "false");
        // Keep records whatever their timestamps: articles are stamped with their publication time, often
        // older than the default 7 days, and time-based retention would delete a demo's or a test's output
        // at the broker's next retention check (README, "Note on retention"). This broker is for demos and tests.
        p.put("log.retention.ms", "-1");
        p.putAll(overrides);
        return p;
    }

    private void format(Path logDir) throws IOException {
        Files.createDirectories(logDir);
        Formatter formatter = new Formatter()
                .setPrintStream(new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8))
                .setNodeId(NODE_ID)
                .setClusterId(Uuid.randomUuid().toString())
                .setDirectories(List.of(logDir.toString()))
                .setMetadataLogDirectory(logDir.toString())
                .setControllerListenerName("CONTROLLER")
                .setReleaseVersion(MetadataVersion.latestProduction())
                .setSupportedFeatures(Feature.PRODUCTION_FEATURES)
                .setIgnoreFormatted(true);
        try {
            formatter.run();
        } catch (Exception e) {
            throw new IllegalStateException("cannot format Kafka storage in " + logDir + ": " + e.getMessage(), e);
        }
    }

    private void awaitReady() {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "10000");
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        Exception last = null;
        try (Admin admin = Admin.create(p)) {
            while (System.nanoTime() < deadline) {
                try {
                    if (!admin.describeCluster().nodes().get(10, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (Exception e) {
                    last = e;
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted waiting for the broker", e);
                }
            }
        }
        throw new IllegalStateException("the embedded broker did not become ready on " + bootstrapServers()
                + " within " + READY_TIMEOUT.toSeconds() + " s", last);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress("localhost", 0));
            return s.getLocalPort();
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            LOG.warn("cannot remove {}: {}", dir, e.getMessage());
        }
    }

    /** Builds an {@link EmbeddedKafkaBroker}. */
    public static final class Builder {
        private int port;
        private Path dataDir;
        private final Map<String, String> overrides = new LinkedHashMap<>();

        private Builder() {
        }

        /** Client port; 0 (the default) picks a free one. */
        public Builder port(int port) {
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("port out of range: " + port);
            }
            this.port = port;
            return this;
        }

        /** Data directory, kept on close; {@code null} (the default) uses a temporary one, removed on close. */
        public Builder dataDir(Path dataDir) {
            this.dataDir = dataDir;
            return this;
        }

        /** Any broker setting, overriding the defaults. */
        public Builder brokerProperty(String name, String value) {
            overrides.put(name, value);
            return this;
        }

        public EmbeddedKafkaBroker build() {
            return new EmbeddedKafkaBroker(this);
        }
    }
}
