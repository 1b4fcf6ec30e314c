package io.newswire.kafka;

import static java.util.Objects.requireNonNull;

import io.newswire.model.ArticleLimits;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Typed, validated configuration, parsed once at start-up. Settings prefixed {@code newswire.}
 * are ours; every other setting passes through unchanged to the Kafka clients (security settings
 * such as {@code security.protocol}, {@code sasl.jaas.config}, {@code ssl.*} included).
 *
 * <p>An invalid setting fails fast with a {@link ConfigException} that names it.
 */
public record NewswireConfig(
        String bootstrapServers,
        String applicationId,
        NewswireTopics topics,
        int partitions,
        short replicationFactor,
        ArticleLimits limits,
        boolean statsEnabled,
        Map<String, String> kafkaProperties,
        Path entityAliasesFile) {

    public static final String BOOTSTRAP_SERVERS = "bootstrap.servers";
    public static final String APPLICATION_ID = "application.id";
    public static final String TOPIC_RAW = "newswire.topic.raw";
    public static final String TOPIC_ENRICHED = "newswire.topic.enriched";
    public static final String TOPIC_DLQ = "newswire.topic.dlq";
    public static final String TOPIC_STATS = "newswire.topic.stats";
    public static final String TOPIC_PARTITIONS = "newswire.topic.partitions";
    public static final String TOPIC_REPLICATION_FACTOR = "newswire.topic.replication.factor";
    public static final String MAX_BODY_CHARS = "newswire.max.body.chars";
    public static final String MAX_RECORD_BYTES = "newswire.max.record.bytes";
    public static final String STATS_ENABLED = "newswire.stats.enabled";
    /** A user alias file for the entities stage (format of the built-in {@code aliases.tsv}); read at start-up. */
    public static final String ENTITY_ALIASES_FILE = "newswire.entities.aliases.file";

    public static final String DEFAULT_APPLICATION_ID = "newswire";
    /** What {@link #describe()} shows instead of a secret's value. */
    public static final String HIDDEN = "[hidden]";
    public static final int DEFAULT_PARTITIONS = 3;

    public NewswireConfig {
        requireNonNull(applicationId, "applicationId");
        requireNonNull(topics, "topics");
        requireNonNull(limits, "limits");
        kafkaProperties = Map.copyOf(kafkaProperties);
    }

    /** Parses settings; {@code bootstrap.servers} may be absent only for offline use. */
    public static NewswireConfig from(Map<String, String> settings) {
        Map<String, String> kafka = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : settings.entrySet()) {
            if (!e.getKey().startsWith("newswire.") && !e.getKey().equals(BOOTSTRAP_SERVERS)
                    && !e.getKey().equals(APPLICATION_ID)) {
                kafka.put(e.getKey(), e.getValue());
            }
        }
        String bootstrap = blankToNull(settings.get(BOOTSTRAP_SERVERS));
        String applicationId = settings.getOrDefault(APPLICATION_ID, DEFAULT_APPLICATION_ID).strip();
        if (applicationId.isEmpty()) {
            throw new ConfigException(APPLICATION_ID + " must not be empty");
        }
        NewswireTopics topics = NewswireTopics.of(
                topicName(settings, TOPIC_RAW, NewswireTopics.DEFAULT_RAW),
                topicName(settings, TOPIC_ENRICHED, NewswireTopics.DEFAULT_ENRICHED),
                topicName(settings, TOPIC_DLQ, NewswireTopics.DEFAULT_DLQ),
                topicName(settings, TOPIC_STATS, NewswireTopics.DEFAULT_STATS));
        if (topics.names().stream().distinct().count() != topics.names().size()) {
            throw new ConfigException("topic names must differ: " + TOPIC_RAW + ", " + TOPIC_ENRICHED + ", "
                    + TOPIC_DLQ + " and " + TOPIC_STATS + " (plus " + NewswireTopics.EVENTS_SUFFIX + ") are "
                    + topics.names());
        }
        int partitions = intSetting(settings, TOPIC_PARTITIONS, DEFAULT_PARTITIONS, 1, 10_000);
        short rf = (short) intSetting(settings, TOPIC_REPLICATION_FACTOR, -1, -1, Short.MAX_VALUE);
        if (rf == 0) {
            throw new ConfigException(TOPIC_REPLICATION_FACTOR + " must be -1 (broker default) or positive");
        }
        ArticleLimits limits = new ArticleLimits(
                intSetting(settings, MAX_RECORD_BYTES, ArticleLimits.DEFAULT.maxRecordBytes(), 1024, 1 << 30),
                intSetting(settings, MAX_BODY_CHARS, ArticleLimits.DEFAULT.maxBodyChars(), 1, 1 << 29));
        boolean stats = booleanSetting(settings, STATS_ENABLED, true);
        for (String key : settings.keySet()) {
            if (key.startsWith("newswire.") && !KNOWN.containsKey(key)) {
                throw new ConfigException("unknown setting " + key + " (known newswire settings: "
                        + String.join(", ", KNOWN.keySet()) + ")");
            }
        }
        Path aliases = null;
        String aliasesSetting = blankToNull(settings.get(ENTITY_ALIASES_FILE));
        if (aliasesSetting != null) {
            aliases = Path.of(aliasesSetting);
            if (!Files.isReadable(aliases)) {
                throw new ConfigException(ENTITY_ALIASES_FILE + " is not a readable file: " + aliasesSetting);
            }
        }
        return new NewswireConfig(bootstrap, applicationId, topics, partitions, rf, limits, stats, kafka, aliases);
    }

    /** Loads a Java properties file (UTF-8); a missing or unreadable file names its path. */
    public static Map<String, String> load(Path file) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new ConfigException("cannot read config file " + file + ": " + e.getMessage(), e);
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String name : p.stringPropertyNames()) {
            out.put(name, p.getProperty(name).strip());
        }
        return out;
    }

    /** This configuration with another bootstrap address. */
    public NewswireConfig withBootstrapServers(String servers) {
        return new NewswireConfig(servers, applicationId, topics, partitions, replicationFactor, limits,
                statsEnabled, kafkaProperties, entityAliasesFile);
    }

    /** This configuration with one more Kafka client setting (which replaces one of the same name). */
    public NewswireConfig withKafkaProperty(String key, String value) {
        Map<String, String> kafka = new LinkedHashMap<>(kafkaProperties);
        kafka.put(requireNonNull(key, "key"), requireNonNull(value, "value"));
        return new NewswireConfig(bootstrapServers, applicationId, topics, partitions, replicationFactor, limits,
                statsEnabled, kafka, entityAliasesFile);
    }

    public String requireBootstrapServers() {
        if (bootstrapServers == null) {
            throw new ConfigException(BOOTSTRAP_SERVERS + " is required (--bootstrap-servers or the config file)");
        }
        return bootstrapServers;
    }

    /** Kafka client properties: the pass-through settings plus {@code bootstrap.servers}. */
    public Map<String, Object> clientProperties() {
        Map<String, Object> props = new LinkedHashMap<>(kafkaProperties);
        props.put(BOOTSTRAP_SERVERS, requireBootstrapServers());
        return props;
    }

    /** Every setting in force, sorted, with secrets masked: safe to log. */
    public Map<String, String> describe() {
        Map<String, String> out = new TreeMap<>();
        out.put(BOOTSTRAP_SERVERS, bootstrapServers);
        out.put(APPLICATION_ID, applicationId);
        out.put(TOPIC_RAW, topics.raw().name());
        out.put(TOPIC_ENRICHED, topics.enriched().name());
        out.put(TOPIC_DLQ, topics.dlq().name());
        out.put(TOPIC_STATS, topics.stats().name());
        out.put(TOPIC_PARTITIONS, Integer.toString(partitions));
        out.put(TOPIC_REPLICATION_FACTOR, Short.toString(replicationFactor));
        out.put(MAX_BODY_CHARS, Integer.toString(limits.maxBodyChars()));
        out.put(MAX_RECORD_BYTES, Integer.toString(limits.maxRecordBytes()));
        out.put(STATS_ENABLED, Boolean.toString(statsEnabled));
        out.put(ENTITY_ALIASES_FILE, entityAliasesFile == null ? "" : entityAliasesFile.toString());
        kafkaProperties.forEach((k, v) -> out.put(k, isSecret(k) ? HIDDEN : v));
        return out;
    }

    /**
     * Whether a setting holds a secret that must never be logged: every setting the Kafka clients
     * declare as a password ({@code ssl.*.password}, {@code ssl.keystore.key},
     * {@code ssl.keystore.certificate.chain}, {@code sasl.jaas.config},
     * {@code sasl.oauthbearer.assertion.private.key.passphrase}, ...), and by name anything that
     * looks like a credential, including those of plugins the clients do not know (schema registry
     * {@code basic.auth.user.info}, OAuth client secrets).
     */
    public static boolean isSecret(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        return k.contains("password") || k.contains("passphrase") || k.contains("secret")
                || k.contains("jaas.config") || k.endsWith(".key") || k.contains("keystore.key")
                || k.contains("token") || k.contains("credential") || k.contains("user.info")
                || k.contains("api.key") || k.contains("private.key") || k.contains("certificate");
    }

    private static final Map<String, String> KNOWN = Map.of(
            TOPIC_RAW, "", TOPIC_ENRICHED, "", TOPIC_DLQ, "", TOPIC_STATS, "", TOPIC_PARTITIONS, "", TOPIC_REPLICATION_FACTOR, "",
            MAX_BODY_CHARS, "", MAX_RECORD_BYTES, "", STATS_ENABLED, "", ENTITY_ALIASES_FILE, "");

    private static String topicName(Map<String, String> settings, String key, String dflt) {
        String name = settings.getOrDefault(key, dflt).strip();
        if (!name.matches("[a-zA-Z0-9._-]{1,249}")) {
            throw new ConfigException(key + " is not a valid topic name: '" + name + "'");
        }
        return name;
    }

    private static int intSetting(Map<String, String> settings, String key, int dflt, int min, int max) {
        String v = settings.get(key);
        if (v == null || v.isBlank()) {
            return dflt;
        }
        int n;
        try {
            n = Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new ConfigException(key + " must be an integer, got '" + v + "'", e);
        }
        if (n < min || n > max) {
            throw new ConfigException(key + " must be between " + min + " and " + max + ", got " + n);
        }
        return n;
    }

    private static boolean booleanSetting(Map<String, String> settings, String key, boolean dflt) {
        String v = settings.get(key);
        if (v == null || v.isBlank()) {
            return dflt;
        }
        return switch (v.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new ConfigException(key + " must be true or false, got '" + v + "'");
        };
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
