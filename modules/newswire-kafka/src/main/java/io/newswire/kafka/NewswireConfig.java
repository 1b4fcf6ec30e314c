package io.newswire.kafka;

import static java.util.Objects.requireNonNull;

import io.newswire.model.ArticleLimits;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;

/**
 * Typed, validated configuration, parsed once at start-up. Every setting newswire reads itself is
 * declared once, in {@link #configDef()} (type, default, validator, importance, documentation); the
 * README's configuration table is generated from that definition and checked against it by a test.
 * Settings prefixed {@code newswire.} are ours; every other setting passes through unchanged to the
 * Kafka clients (security settings such as {@code security.protocol}, {@code sasl.jaas.config},
 * {@code ssl.*} included).
 *
 * <p>An unknown {@code newswire.*} setting or an invalid value fails fast with a
 * {@link ConfigException} that names it.
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
        Path entityAliasesFile,
        Path topicsModelFile,
        HttpIngestSettings httpIngest,
        FeedSettings feeds,
        Map<String, Path> nerModelFiles,
        DuplicatesSettings duplicates,
        EnrichBatchSettings enrichBatch) {

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
    /** An optional topic model from {@code newswire train topics}; read at start-up. */
    public static final String TOPICS_MODEL_FILE = "newswire.topics.model.file";
    /** Users' NER models per language, {@code es=/models/ner-es.bin.gz,nl=...}; checked at start-up. */
    public static final String ENTITY_NER_MODELS = "newswire.entities.ner.models";

    public static final String HTTP_INGEST_ENABLED = "newswire.http.ingest.enabled";
    public static final String HTTP_INGEST_TOKEN = "newswire.http.ingest.token";
    public static final String HTTP_INGEST_MAX_REQUEST_BYTES = "newswire.http.ingest.max.request.bytes";
    public static final String HTTP_INGEST_MAX_RECORDS = "newswire.http.ingest.max.records";
    public static final String FEEDS_STATE_TOPIC = "newswire.feeds.state.topic";
    public static final String FEEDS_USER_AGENT = "newswire.feeds.user.agent";
    public static final String FEEDS_HOST_INTERVAL_MS = "newswire.feeds.host.interval.ms";
    public static final String FEEDS_POLL_INTERVAL_MS = "newswire.feeds.poll.interval.ms";
    /** Whether the streams app sets {@code duplicateOf} and {@code story} (docs/STORIES.md). */
    public static final String DUPLICATES_ENABLED = "newswire.duplicates.enabled";
    /** Largest event-time distance, in ms, between two articles that can be copies or one story. */
    public static final String DUPLICATES_RETENTION_MS = "newswire.duplicates.retention.ms";
    /** Whether the duplicates step's {@code story} is the same-event story, not only the group of copies. */
    public static final String DUPLICATES_SAME_EVENT_STORIES = "newswire.duplicates.same.event.stories";
    /** The compacted topic of stories the duplicates step writes. */
    public static final String TOPIC_STORIES = "newswire.topic.stories";
    /** Most articles the streams app enriches in one pipeline call ({@link EnrichBatchSettings}). */
    public static final String ENRICH_BATCH_SIZE = "newswire.enrich.batch.size";
    /** Longest a record waits for its enrichment batch to fill, in ms. */
    public static final String ENRICH_BATCH_MAX_WAIT_MS = "newswire.enrich.batch.max.wait.ms";
    /** Whether an enrichment batch is also enriched as soon as its task has nothing more to process. */
    public static final String ENRICH_BATCH_FLUSH_WHEN_IDLE = "newswire.enrich.batch.flush.when.idle";

    public static final int DEFAULT_HTTP_INGEST_MAX_REQUEST_BYTES = 16 * 1024 * 1024;
    public static final int DEFAULT_HTTP_INGEST_MAX_RECORDS = 1000;
    public static final String DEFAULT_FEEDS_STATE_TOPIC = "news.feeds.state";
    public static final String DEFAULT_FEEDS_USER_AGENT = "newswire-feeds/0.1";

    public static final String DEFAULT_APPLICATION_ID = "newswire";
    /** What {@link #describe()} shows instead of a secret's value. */
    public static final String HIDDEN = "[hidden]";
    public static final int DEFAULT_PARTITIONS = 3;

    /**
     * Parts of a setting's name that mark it a credential even when no Kafka client declares it a
     * password: the settings of plugins the clients do not know (schema registry
     * {@code basic.auth.user.info}, OAuth client secrets, API keys). The README lists them.
     */
    public static final List<String> CREDENTIAL_NAME_PARTS =
            List.of("password", "passphrase", "secret", "token", "credential", "user.info");

    private static final String PREFIX = "newswire.";

    private static final ConfigDef DEFINITION = new ConfigDef()
            .define(BOOTSTRAP_SERVERS, Type.STRING, null, Importance.HIGH,
                    "Kafka bootstrap servers, `host:port[,host:port...]`; or `--bootstrap-servers`. Required by "
                            + "every command that talks to Kafka.")
            .define(APPLICATION_ID, Type.STRING, DEFAULT_APPLICATION_ID, new ConfigDef.NonEmptyString(),
                    Importance.HIGH, "Kafka Streams application id; instances with the same id share the work.")
            .define(TOPIC_RAW, Type.STRING, NewswireTopics.DEFAULT_RAW, TopicNameValidator.INSTANCE, Importance.HIGH,
                    "Raw articles, as ingested. Created on start when absent, as are the other topics.")
            .define(TOPIC_ENRICHED, Type.STRING, NewswireTopics.DEFAULT_ENRICHED, TopicNameValidator.INSTANCE,
                    Importance.HIGH, "Enriched articles.")
            .define(TOPIC_DLQ, Type.STRING, NewswireTopics.DEFAULT_DLQ, TopicNameValidator.INSTANCE, Importance.HIGH,
                    "Dead letters: records that cannot be decoded, validated or written, with the reason in headers.")
            .define(TOPIC_STATS, Type.STRING, NewswireTopics.DEFAULT_STATS, TopicNameValidator.INSTANCE,
                    Importance.MEDIUM, "Windowed statistics; its facts go through `<name>"
                            + NewswireTopics.EVENTS_SUFFIX + "`.")
            .define(TOPIC_PARTITIONS, Type.INT, DEFAULT_PARTITIONS, ConfigDef.Range.between(1, 10_000),
                    Importance.MEDIUM, "Partitions of the topics newswire creates.")
            .define(TOPIC_REPLICATION_FACTOR, Type.SHORT, (short) -1, ReplicationFactorValidator.INSTANCE,
                    Importance.MEDIUM, "Replication factor of the topics newswire creates; `-1` is the broker's "
                            + "default.")
            .define(MAX_BODY_CHARS, Type.INT, ArticleLimits.DEFAULT.maxBodyChars(),
                    ConfigDef.Range.between(1, 1 << 29), Importance.MEDIUM,
                    "Longer bodies are dead-lettered `BODY_TOO_LARGE`; for an HTML body, the text extracted from it "
                            + "(the markup is bounded by `newswire.max.record.bytes`).")
            .define(MAX_RECORD_BYTES, Type.INT, ArticleLimits.DEFAULT.maxRecordBytes(),
                    ConfigDef.Range.between(1024, 1 << 30), Importance.MEDIUM,
                    "Larger records are dead-lettered `RECORD_TOO_LARGE`; an enriched article may be twice this "
                            + "(larger ones are dead-lettered too), and topics newswire creates get "
                            + "`max.message.bytes` to match.")
            .define(STATS_ENABLED, Type.BOOLEAN, true, Importance.LOW,
                    "`false` leaves out the statistics sub-topology and its state.")
            .define(ENTITY_ALIASES_FILE, Type.STRING, null, ReadableFileValidator.INSTANCE, Importance.LOW,
                    "A TSV of your own entities and aliases, in the format of the built-in `aliases.tsv` "
                            + "(documented in its header); read at start-up, extends the built-in table.")
            .define(TOPICS_MODEL_FILE, Type.STRING, null, ReadableFileValidator.INSTANCE, Importance.LOW,
                    "A topic model built by `newswire train topics` from labelled data you hold (none ships: "
                            + "see docs/TOPICS.md); read at start-up, combined with the topics lexicon.")
            .define(ENTITY_NER_MODELS, Type.LIST, "", NerModelsValidator.INSTANCE, Importance.LOW,
                    "Entity taggers for languages other than English, `xx=FILE[,yy=FILE...]` (two-letter "
                            + "language code, a model built by `newswire train ner --language xx` from data you "
                            + "hold; German and Russian ship a tagger, which an entry for `de` or `ru` replaces); "
                            + "loaded at start-up, each tags the paragraphs of articles in "
                            + "its language that are not English (provenance method `xx:ner-user+aliases`).")
            .define(HTTP_INGEST_ENABLED, Type.BOOLEAN, false, Importance.MEDIUM,
                    "`true` serves `POST /api/articles` (raw-article JSON, an array, or JSON lines) on the "
                            + "pipeline's HTTP port; needs `" + HTTP_INGEST_TOKEN + "`.")
            .define(HTTP_INGEST_TOKEN, Type.PASSWORD, null, Importance.MEDIUM,
                    "The bearer token every `POST /api/articles` must carry (`Authorization: Bearer ...`).")
            .define(HTTP_INGEST_MAX_REQUEST_BYTES, Type.INT, DEFAULT_HTTP_INGEST_MAX_REQUEST_BYTES,
                    ConfigDef.Range.between(1024, 1 << 30), Importance.LOW,
                    "Larger `POST /api/articles` bodies are refused with 413.")
            .define(HTTP_INGEST_MAX_RECORDS, Type.INT, DEFAULT_HTTP_INGEST_MAX_RECORDS,
                    ConfigDef.Range.between(1, 1_000_000), Importance.LOW,
                    "Most articles in one `POST /api/articles`; more are refused with 413.")
            .define(FEEDS_STATE_TOPIC, Type.STRING, DEFAULT_FEEDS_STATE_TOPIC, TopicNameValidator.INSTANCE,
                    Importance.MEDIUM, "Compacted topic of the feed poller's seen items and feed state (ETag, "
                            + "Last-Modified), shared by its instances; created when absent.")
            .define(FEEDS_USER_AGENT, Type.STRING, DEFAULT_FEEDS_USER_AGENT, new ConfigDef.NonEmptyString(),
                    Importance.LOW, "User-Agent of the feed poller's requests; robots.txt rules are read for it.")
            .define(FEEDS_HOST_INTERVAL_MS, Type.LONG, 1000L, ConfigDef.Range.between(0, 3_600_000),
                    Importance.LOW, "Least time between two requests of the feed poller to one host (one "
                            + "request at a time per host; a longer robots.txt `Crawl-delay` wins).")
            .define(FEEDS_POLL_INTERVAL_MS, Type.LONG, 300_000L, ConfigDef.Range.between(100, 86_400_000),
                    Importance.LOW, "Time between two polls of one feed.")
            .define(DUPLICATES_ENABLED, Type.BOOLEAN, DuplicatesSettings.DEFAULT.enabled(), Importance.MEDIUM,
                    "Opt-in until the whole IT suite has passed with it on (docs/STORIES.md, \"Default\"). `false` "
                            + "leaves `duplicateOf` and `story` null and leaves out the sequencer, its stores and "
                            + "its three topics (`<application.id>-dedup-sequence`, one partition, and "
                            + "`<application.id>-dedup-parked` and `-dedup-decisions`, partitioned like the raw "
                            + "topic; docs/STORIES.md).")
            .define(DUPLICATES_RETENTION_MS, Type.LONG, DuplicatesSettings.DEFAULT.retention().toMillis(),
                    ConfigDef.Range.between(3_600_000L, 366L * 86_400_000L), Importance.LOW,
                    "Largest distance in event time (publication, else ingest) between two articles that can be "
                            + "copies or one story; state is kept by event time, so a backfilled archive "
                            + "matches among its own days.")
            .define(DUPLICATES_SAME_EVENT_STORIES, Type.BOOLEAN, DuplicatesSettings.DEFAULT.sameEventStories(),
                    Importance.LOW, "With the duplicates step on: `true` makes `story` the same-event story (the "
                            + "story clusterer over the sequencer's stores, the answers of `newswire enrich "
                            + "--same-event-stories`), `false` the group of copies (docs/STORIES.md).")
            .define(TOPIC_STORIES, Type.STRING, DuplicatesSettings.DEFAULT_STORIES, TopicNameValidator.INSTANCE,
                    Importance.LOW, "Compacted topic of stories written by the duplicates step: one JSON record per "
                            + "story id (size, first and last seen, title, top entities, places, countries); "
                            + "created when absent.")
            .define(ENRICH_BATCH_SIZE, Type.INT, EnrichBatchSettings.DEFAULT.size(),
                    ConfigDef.Range.between(1, EnrichBatchSettings.MAX_SIZE), Importance.LOW,
                    "Most articles the streams app enriches in one pipeline call, stage by stage over the batch "
                            + "(cheaper an article, docs/BENCHMARKS.md). `1` enriches each record as it comes; more "
                            + "keeps waiting records in a changelogged store of the enrich task (exactly-once kept, "
                            + "docs/RELIABILITY.md) until the batch is full or `" + ENRICH_BATCH_MAX_WAIT_MS
                            + "` has passed (or, with `" + ENRICH_BATCH_FLUSH_WHEN_IDLE + "`, the task has nothing "
                            + "more to process).")
            .define(ENRICH_BATCH_MAX_WAIT_MS, Type.LONG, EnrichBatchSettings.DEFAULT.maxWait().toMillis(),
                    ConfigDef.Range.between(1, 1_000), Importance.LOW,
                    "With `" + ENRICH_BATCH_SIZE + "` over 1: longest a record waits for its batch to fill "
                            + "before it is enriched with those that came (added latency).")
            .define(ENRICH_BATCH_FLUSH_WHEN_IDLE, Type.BOOLEAN, EnrichBatchSettings.DEFAULT.flushWhenIdle(),
                    Importance.LOW, "With `" + ENRICH_BATCH_SIZE + "` over 1: `true` also enriches what waits as "
                            + "soon as the task's stream thread finds no new record for it, or finds records that "
                            + "came after such a pause (checked every millisecond, after each processing pass), so "
                            + "that under light load a batch is what arrived together and adds about no latency, "
                            + "and under a backlog it grows toward the size; `" + ENRICH_BATCH_MAX_WAIT_MS
                            + "` stays the longest wait. `false` waits for a full batch or the maximum wait.");

    /**
     * Every setting the Kafka clients (and this definition) declare a password, by name. Kafka
     * Streams' own definition declares none: it hands the security settings to these clients.
     */
    private static final Set<String> KAFKA_PASSWORDS = passwordNames(ProducerConfig.configDef(),
            ConsumerConfig.configDef(), AdminClientConfig.configDef(), DEFINITION);

    public NewswireConfig {
        requireNonNull(applicationId, "applicationId");
        requireNonNull(topics, "topics");
        requireNonNull(limits, "limits");
        kafkaProperties = Map.copyOf(kafkaProperties);
        requireNonNull(httpIngest, "httpIngest");
        requireNonNull(feeds, "feeds");
        nerModelFiles = nerModelFiles == null ? Map.of() : Map.copyOf(nerModelFiles);
        duplicates = duplicates == null ? DuplicatesSettings.DEFAULT : duplicates;
        enrichBatch = enrichBatch == null ? EnrichBatchSettings.DEFAULT : enrichBatch;
    }

    /**
     * The definition of every setting newswire reads itself: {@code bootstrap.servers},
     * {@code application.id} and the {@code newswire.*} settings. A copy: changing it changes nothing here.
     */
    public static ConfigDef configDef() {
        return new ConfigDef(DEFINITION);
    }

    /**
     * Parses and validates settings against {@link #configDef()}; {@code bootstrap.servers} may be
     * absent only for offline use. An empty number or boolean means its default.
     *
     * @throws ConfigException naming the first unknown {@code newswire.*} setting or invalid value
     */
    public static NewswireConfig from(Map<String, String> settings) {
        Map<String, String> ours = new LinkedHashMap<>();
        Map<String, String> kafka = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : settings.entrySet()) {
            String key = e.getKey();
            ConfigDef.ConfigKey defined = DEFINITION.configKeys().get(key);
            if (defined != null) {
                // As before ConfigDef: "newswire.topic.partitions=" in a file leaves the default.
                if (e.getValue() == null || defined.type != Type.STRING && e.getValue().isBlank()) {
                    continue;
                }
                ours.put(key, e.getValue());
            } else if (key.startsWith(PREFIX)) {
                throw new ConfigException("unknown setting " + key + " (known newswire settings: "
                        + String.join(", ", DEFINITION.names().stream().filter(n -> n.startsWith(PREFIX)).toList())
                        + ")");
            } else {
                kafka.put(key, e.getValue());
            }
        }
        Map<String, Object> parsed;
        try {
            parsed = DEFINITION.parse(ours);
        } catch (org.apache.kafka.common.config.ConfigException e) {
            // Kafka's message names the setting and the value: "Invalid value 0 for configuration x: ..."
            throw new ConfigException(e.getMessage(), e);
        }
        NewswireTopics topics = NewswireTopics.of((String) parsed.get(TOPIC_RAW), (String) parsed.get(TOPIC_ENRICHED),
                (String) parsed.get(TOPIC_DLQ), (String) parsed.get(TOPIC_STATS));
        if (topics.names().stream().distinct().count() != topics.names().size()) {
            throw new ConfigException("topic names must differ: " + TOPIC_RAW + ", " + TOPIC_ENRICHED + ", "
                    + TOPIC_DLQ + " and " + TOPIC_STATS + " (plus " + NewswireTopics.EVENTS_SUFFIX + ") are "
                    + topics.names());
        }
        if (topics.names().contains((String) parsed.get(TOPIC_STORIES))) {
            throw new ConfigException(TOPIC_STORIES + " must differ from the other topics " + topics.names());
        }
        ArticleLimits limits = new ArticleLimits((Integer) parsed.get(MAX_RECORD_BYTES),
                (Integer) parsed.get(MAX_BODY_CHARS));
        String aliases = blankToNull((String) parsed.get(ENTITY_ALIASES_FILE));
        String topicsModel = blankToNull((String) parsed.get(TOPICS_MODEL_FILE));
        org.apache.kafka.common.config.types.Password token =
                (org.apache.kafka.common.config.types.Password) parsed.get(HTTP_INGEST_TOKEN);
        HttpIngestSettings httpIngest = new HttpIngestSettings((Boolean) parsed.get(HTTP_INGEST_ENABLED),
                token == null ? null : blankToNull(token.value()), (Integer) parsed.get(HTTP_INGEST_MAX_REQUEST_BYTES),
                (Integer) parsed.get(HTTP_INGEST_MAX_RECORDS));
        FeedSettings feeds = new FeedSettings((String) parsed.get(FEEDS_STATE_TOPIC),
                (String) parsed.get(FEEDS_USER_AGENT),
                java.time.Duration.ofMillis((Long) parsed.get(FEEDS_HOST_INTERVAL_MS)),
                java.time.Duration.ofMillis((Long) parsed.get(FEEDS_POLL_INTERVAL_MS)));
        return new NewswireConfig(blankToNull((String) parsed.get(BOOTSTRAP_SERVERS)),
                (String) parsed.get(APPLICATION_ID), topics, (Integer) parsed.get(TOPIC_PARTITIONS),
                (Short) parsed.get(TOPIC_REPLICATION_FACTOR), limits, (Boolean) parsed.get(STATS_ENABLED), kafka,
                aliases == null ? null : Path.of(aliases), topicsModel == null ? null : Path.of(topicsModel),
                httpIngest, feeds, nerModels(parsed.get(ENTITY_NER_MODELS)),
                new DuplicatesSettings((Boolean) parsed.get(DUPLICATES_ENABLED),
                        java.time.Duration.ofMillis((Long) parsed.get(DUPLICATES_RETENTION_MS)),
                        (String) parsed.get(TOPIC_STORIES), (Boolean) parsed.get(DUPLICATES_SAME_EVENT_STORIES)),
                new EnrichBatchSettings((Integer) parsed.get(ENRICH_BATCH_SIZE),
                        java.time.Duration.ofMillis((Long) parsed.get(ENRICH_BATCH_MAX_WAIT_MS)),
                        (Boolean) parsed.get(ENRICH_BATCH_FLUSH_WHEN_IDLE)));
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

    /** This configuration with one more Kafka client setting (which replaces one of the same name). */
    public NewswireConfig withKafkaProperty(String key, String value) {
        Map<String, String> kafka = new LinkedHashMap<>(kafkaProperties);
        kafka.put(requireNonNull(key, "key"), requireNonNull(value, "value"));
        return new NewswireConfig(bootstrapServers, applicationId, topics, partitions, replicationFactor, limits,
                statsEnabled, kafka, entityAliasesFile, topicsModelFile, httpIngest, feeds, nerModelFiles, duplicates,
                enrichBatch);
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
        out.put(TOPICS_MODEL_FILE, topicsModelFile == null ? "" : topicsModelFile.toString());
        out.put(ENTITY_NER_MODELS, String.join(",", new TreeMap<>(nerModelFiles).entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).toList()));
        out.put(HTTP_INGEST_ENABLED, Boolean.toString(httpIngest.enabled()));
        out.put(HTTP_INGEST_TOKEN, httpIngest.token() == null ? "" : HIDDEN);
        out.put(HTTP_INGEST_MAX_REQUEST_BYTES, Integer.toString(httpIngest.maxRequestBytes()));
        out.put(HTTP_INGEST_MAX_RECORDS, Integer.toString(httpIngest.maxRecords()));
        out.put(FEEDS_STATE_TOPIC, feeds.stateTopic());
        out.put(FEEDS_USER_AGENT, feeds.userAgent());
        out.put(FEEDS_HOST_INTERVAL_MS, Long.toString(feeds.hostInterval().toMillis()));
        out.put(FEEDS_POLL_INTERVAL_MS, Long.toString(feeds.pollInterval().toMillis()));
        out.put(DUPLICATES_ENABLED, Boolean.toString(duplicates.enabled()));
        out.put(DUPLICATES_RETENTION_MS, Long.toString(duplicates.retention().toMillis()));
        out.put(DUPLICATES_SAME_EVENT_STORIES, Boolean.toString(duplicates.sameEventStories()));
        out.put(TOPIC_STORIES, duplicates.storiesTopic());
        out.put(ENRICH_BATCH_SIZE, Integer.toString(enrichBatch.size()));
        out.put(ENRICH_BATCH_MAX_WAIT_MS, Long.toString(enrichBatch.maxWait().toMillis()));
        out.put(ENRICH_BATCH_FLUSH_WHEN_IDLE, Boolean.toString(enrichBatch.flushWhenIdle()));
        kafkaProperties.forEach((k, v) -> out.put(k, isSecret(k) ? HIDDEN : v));
        return out;
    }

    /**
     * Whether a setting holds a secret that must never be logged: every setting a Kafka client
     * declares {@link Type#PASSWORD} ({@code ssl.*.password}, {@code ssl.keystore.key},
     * {@code ssl.keystore.certificate.chain}, {@code sasl.jaas.config}, ...), also under a prefix
     * such as Kafka Streams' {@code consumer.} or {@code producer.}; and, by name, anything whose name
     * contains one of {@link #CREDENTIAL_NAME_PARTS} or ends in {@code .key}, for the settings of
     * plugins the clients do not know.
     */
    public static boolean isSecret(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        for (String password : KAFKA_PASSWORDS) {
            if (k.equals(password) || k.endsWith("." + password)) {
                return true;
            }
        }
        return k.endsWith(".key") || CREDENTIAL_NAME_PARTS.stream().anyMatch(k::contains);
    }

    private static Set<String> passwordNames(ConfigDef... definitions) {
        Set<String> names = new TreeSet<>();
        Stream.of(definitions).flatMap(d -> d.configKeys().values().stream())
                .filter(key -> key.type == Type.PASSWORD)
                .forEach(key -> names.add(key.name));
        return Set.copyOf(names);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Kafka's own rule for a topic name (its {@code Topic.validate} is internal). */
    private enum TopicNameValidator implements ConfigDef.Validator {
        INSTANCE;

        @Override
        public void ensureValid(String name, Object value) {
            if (value == null || !((String) value).matches("[a-zA-Z0-9._-]{1,249}")) {
                throw new org.apache.kafka.common.config.ConfigException(name, value,
                        "not a valid topic name (1 to 249 of a-z A-Z 0-9 . _ -)");
            }
        }

        @Override
        public String toString() {
            return "a topic name: 1 to 249 of `a-z A-Z 0-9 . _ -`";
        }
    }

    private enum ReplicationFactorValidator implements ConfigDef.Validator {
        INSTANCE;

        @Override
        public void ensureValid(String name, Object value) {
            short rf = (Short) value;
            if (rf != -1 && rf < 1) {
                throw new org.apache.kafka.common.config.ConfigException(name, value,
                        "must be -1 (broker default) or positive");
            }
        }

        @Override
        public String toString() {
            return "`-1` or [1,...," + Short.MAX_VALUE + "]";
        }
    }

    /** Checked at start-up so that a wrong path stops the app before it joins the group. */
    /** The {@code lang=path} entries of {@link #ENTITY_NER_MODELS}, validated by {@link NerModelsValidator}. */
    private static Map<String, Path> nerModels(Object value) {
        Map<String, Path> out = new TreeMap<>();
        for (Object entry : (List<?>) value) {
            String e = ((String) entry).strip();
            if (!e.isEmpty()) {
                int eq = e.indexOf('=');
                out.put(e.substring(0, eq).strip(), Path.of(e.substring(eq + 1).strip()));
            }
        }
        return out;
    }

    /**
     * Each entry {@code xx=FILE}: a lower-case two-letter language code other than {@code en} (the
     * committed English tagger always serves English), once, and a readable file. Whether the file
     * is a tagger is checked when the pipeline is built, at start-up too.
     */
    private enum NerModelsValidator implements ConfigDef.Validator {
        INSTANCE;

        @Override
        public void ensureValid(String name, Object value) {
            Set<String> seen = new TreeSet<>();
            for (Object entry : (List<?>) value) {
                String e = ((String) entry).strip();
                if (e.isEmpty()) {
                    continue;
                }
                int eq = e.indexOf('=');
                String code = eq < 0 ? "" : e.substring(0, eq).strip();
                if (!code.matches("[a-z]{2}")) {
                    throw new org.apache.kafka.common.config.ConfigException(name + ": `" + e
                            + "` is not xx=FILE with a two-letter language code");
                }
                if (code.equals("en")) {
                    throw new org.apache.kafka.common.config.ConfigException(name + ": `" + e
                            + "`: English is tagged by the committed model; give another language");
                }
                if (!seen.add(code)) {
                    throw new org.apache.kafka.common.config.ConfigException(name + ": language " + code
                            + " is given twice");
                }
                String path = e.substring(eq + 1).strip();
                if (path.isEmpty() || !ReadableFileValidator.readable(path)) {
                    throw new org.apache.kafka.common.config.ConfigException(name + ": " + code
                            + " model is not a readable file: " + path);
                }
            }
        }

        @Override
        public String toString() {
            return "xx=FILE entries, each a readable file";
        }
    }

    private enum ReadableFileValidator implements ConfigDef.Validator {
        INSTANCE;

        @Override
        public void ensureValid(String name, Object value) {
            String path = blankToNull((String) value);
            if (path != null && !readable(path)) {
                throw new org.apache.kafka.common.config.ConfigException(name + " is not a readable file: " + path);
            }
        }

        private static boolean readable(String path) {
            try {
                return Files.isReadable(Path.of(path));
            } catch (InvalidPathException e) {
                return false;
            }
        }

        @Override
        public String toString() {
            return "a readable file";
        }
    }
}
