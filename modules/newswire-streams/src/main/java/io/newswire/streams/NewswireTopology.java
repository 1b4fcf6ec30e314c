package io.newswire.streams;

import io.newswire.enrich.api.Pipeline;
import io.newswire.enrich.duplicates.DuplicateIndex;
import io.newswire.enrich.duplicates.DuplicatesStage;
import io.newswire.enrich.stories.StoryClusterer;
import io.newswire.kafka.DuplicatesSettings;
import io.newswire.kafka.NewswireConfig;
import io.newswire.kafka.NewswireTopics;
import io.newswire.kafka.PipelineObserver;
import io.newswire.model.Article;
import io.newswire.model.Json;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.processor.StreamPartitioner;
import org.apache.kafka.streams.state.Stores;

/**
 * The pipeline's topology, built in one place for the app, the tests and the bench:
 *
 * <pre>
 *   news.raw --&gt; decode/validate --&gt; normalize + enrich --&gt; news.enriched
 *                      |                      |     |
 *                      +------&gt; news.dlq &lt;----+     +--&gt; facts --&gt; news.stats.events
 *                           (original bytes + reason headers)            |
 *                                                    per-minute window counts (store) --&gt; news.stats
 * </pre>
 *
 * The article path is Processor API, typed end to end, so that each record goes to exactly one of
 * two sinks. Decode and enrich each emit an {@link Outcome}: the value passed on or a dead letter
 * built by the {@link DeadLetterRouter}. Each has two children, an {@link Accepted} node that hands
 * the value on and a {@link DeadLetterForwarder} that writes the letter; a processor forwards to all
 * its children and never names one. The node names below only label the wiring in this class.
 *
 * <p>The article path is stateless; the statistics keep one in-memory window store per partition of
 * the events topic, restored from its changelog. Scaling out is running more instances with one
 * application id.
 */
public final class NewswireTopology {

    static final String SOURCE = "raw-source";
    static final String DECODE = "decode";
    static final String DECODED = "decoded";
    static final String DECODE_DEAD_LETTERS = "decode-dead-letters";
    static final String ENRICH = "enrich";
    static final String ENRICHED = "enriched";
    static final String ENRICH_DEAD_LETTERS = "enrich-dead-letters";
    static final String ENRICHED_SINK = "enriched-sink";
    static final String DLQ_SINK = "dlq-sink";
    static final String STATS_ARTICLES = "stats-articles";
    static final String STATS_EVENTS = "stats-events";
    static final String STATS_EVENTS_SINK = "stats-events-sink";
    static final String TO_PENDING = "to-pending";
    static final String PENDING = "pending";
    static final String SEQUENCE_SINK = "sequence-sink";
    static final String PARKED_SOURCE = "parked-source";
    static final String JOIN_PARKED = "join-parked";
    static final String SEQUENCE_SOURCE = "sequence-source";
    static final String SEQUENCER = "sequencer";
    static final String DECISIONS_SINK = "decisions-sink";
    static final String TO_DECISIONS = "to-decisions";
    static final String TO_STORIES = "to-stories";
    static final String STORIES_SINK = "stories-sink";
    static final String DECISIONS_SOURCE = "decisions-source";
    static final String JOIN = "join-back";
    static final String JOIN_DEAD_LETTERS = "join-back-dead-letters";
    static final String SEQUENCED_OUTPUT = "sequenced-output";
    static final String SEQUENCED_ENRICHED = "sequenced-enriched";
    static final String SEQUENCED_ENRICHED_SINK = "sequenced-enriched-sink";
    static final String SEQUENCED_DEAD_LETTERS = "sequenced-dead-letters";
    static final String SEQUENCED_DLQ_SINK = "sequenced-dlq-sink";

    private NewswireTopology() {
    }

    public static Topology build(NewswireConfig config, Pipeline pipeline) {
        return build(config, pipeline, PipelineObserver.NOOP);
    }

    public static Topology build(NewswireConfig config, Pipeline pipeline, PipelineObserver observer) {
        NewswireTopics topics = config.topics();
        DeadLetterRouter deadLetters = new DeadLetterRouter(observer, Clock.systemUTC());
        // The windowed counts are a DSL sub-topology (windowing, grace and the store come with it).
        StreamsBuilder stats = new StreamsBuilder();
        if (config.statsEnabled()) {
            WindowedStats.addTo(stats, topics);
        }
        Topology topology = stats.build();
        addDecode(topology, config, observer, deadLetters);
        topology.<String, Outcome<Decoded>, String, Decoded>addProcessor(DECODED,
                () -> new Accepted<>(decoded -> decoded), DECODE);
        topology.addProcessor(ENRICH, () -> new EnrichProcessor(pipeline, config.limits(), observer, deadLetters,
                config.enrichBatch()), DECODED);
        if (config.enrichBatch().batched()) {
            // Records waiting for their batch, by raw offset (docs/RELIABILITY.md, "Batched enrichment"). Logged: the
            // changelog makes what waits part of the task's transaction, so a crash or a rebalance replays it. In
            // memory, restored from that changelog like the join-back's stores: no state directory. Cached: a record
            // put and deleted within one commit interval (a batch waits at most max.wait.ms) reaches the changelog
            // as a tombstone only, never with its bytes.
            topology.addStateStore(Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(
                    EnrichProcessor.BATCH_STORE), Serdes.Long(), Serdes.ByteArray()).withCachingEnabled(), ENRICH);
        }
        // Children in the order they see each article: output first, then the statistics.
        if (config.duplicates().enabled()) {
            addDuplicates(topology, config, deadLetters);
        } else {
            topology.<String, Outcome<Enriched>, String, byte[]>addProcessor(ENRICHED,
                    () -> new Accepted<>(Enriched::json), ENRICH);
        }
        topology.addSink(ENRICHED_SINK, topics.enriched().name(), topics.enriched().keySerde().serializer(),
                new ByteArraySerializer(), ENRICHED);
        if (config.statsEnabled()) {
            topology.<String, Outcome<Enriched>, String, Article>addProcessor(STATS_ARTICLES,
                    () -> new Accepted<>(Enriched::article), ENRICH);
            topology.addProcessor(STATS_EVENTS, StatsEventsProcessor::new, STATS_ARTICLES);
            topology.addSink(STATS_EVENTS_SINK, topics.statsEvents().name(), new StringSerializer(),
                    new ByteArraySerializer(), STATS_EVENTS);
        }
        topology.addProcessor(ENRICH_DEAD_LETTERS, DeadLetterForwarder<Enriched>::new, ENRICH);

        if (config.duplicates().enabled()) {
            addDeadLetterSink(topology, topics, DECODE_DEAD_LETTERS, ENRICH_DEAD_LETTERS, JOIN_DEAD_LETTERS);
        } else {
            addDeadLetterSink(topology, topics, DECODE_DEAD_LETTERS, ENRICH_DEAD_LETTERS);
        }
        return topology;
    }

    /**
     * The duplicates step (docs/STORIES.md): enrich's task sends the article with its signature (and story
     * features) through the one-partition sequence topic; the sequencer task decides in that topic's order over
     * its stores, sets {@code duplicateOf} and {@code story} on the article and writes it to news.enriched, all
     * in its transaction (s28: one hop after enrich). Until s27 the article went to a parked topic, into its raw
     * partition, and waited in a join-back store for its decision to come back through a decisions topic; that
     * join-back stays, to complete what an older app left parked. The topics are the app's own, created with
     * its topics ({@link io.newswire.kafka.TopicAdmin}): the Processor API declares no repartition topic, and
     * the DSL's {@code repartition()} cannot take a Processor API node as its parent.
     */
    private static void addDuplicates(Topology topology, NewswireConfig config, DeadLetterRouter deadLetters) {
        DuplicatesStage stage = new DuplicatesStage();
        DuplicateIndex.Settings settings = DuplicateIndex.Settings.STANDARD.withRetention(
                config.duplicates().retention(), DuplicateIndex.Settings.STANDARD.idle());
        String sequenceTopic = DuplicatesSettings.sequenceTopic(config.applicationId());
        String decisionsTopic = DuplicatesSettings.decisionsTopic(config.applicationId());
        String parkedTopic = DuplicatesSettings.parkedTopic(config.applicationId());
        Serde<Long> offsets = Serdes.Long();
        topology.<String, Outcome<Enriched>, String, Enriched>addProcessor(TO_PENDING,
                () -> new Accepted<>(enriched -> enriched), ENRICH);
        boolean sameEvent = config.duplicates().sameEventStories();
        // The article goes to the sequencer with its signature (s28): one record, one hop; the sequencer writes it
        // out. Nothing goes to the parked topic any more; the join-back below drains what an older app parked.
        topology.addProcessor(PENDING, () -> new PendingProcessor(stage, sameEvent), TO_PENDING);
        topology.addSink(SEQUENCE_SINK, sequenceTopic, new StringSerializer(), DedupCodec.SEQUENCE.serializer(),
                PENDING);

        topology.addSource(SEQUENCE_SOURCE, new StringDeserializer(), DedupCodec.SEQUENCE.deserializer(),
                sequenceTopic);
        StoryClusterer.Settings clusterSettings = sameEvent
                ? StoryClusterer.Settings.STANDARD.withRetention(config.duplicates().retention()) : null;
        topology.addProcessor(SEQUENCER, () -> new SequencerProcessor(stage, settings, clusterSettings),
                SEQUENCE_SOURCE);
        // Back to the raw partition the article came from, whatever key the producer of news.raw chose.
        StreamPartitioner<String, DedupCodec.Decision> toArticle =
                (topic, key, decision, partitions) -> Optional.of(Set.of(decision.partition()));
        JoinBackProcessor join = new JoinBackProcessor(config.limits().maxOutputBytes(), deadLetters);
        // The decision completes the article its sequence record carried, in this task: out to news.enriched in
        // the sequencer's transaction. Sinks of their own: a sink shared with the enrich task would make the two
        // sub-topologies one (one task per raw partition, each with a copy of the sequencer's stores).
        topology.addProcessor(SEQUENCED_OUTPUT, join::onSequenced, SEQUENCER);
        topology.<String, Outcome<byte[]>, String, byte[]>addProcessor(SEQUENCED_ENRICHED,
                () -> new Accepted<>(json -> json), SEQUENCED_OUTPUT);
        topology.addSink(SEQUENCED_ENRICHED_SINK, config.topics().enriched().name(),
                config.topics().enriched().keySerde().serializer(), new ByteArraySerializer(), SEQUENCED_ENRICHED);
        topology.addProcessor(SEQUENCED_DEAD_LETTERS, DeadLetterForwarder<byte[]>::new, SEQUENCED_OUTPUT);
        addNamedDeadLetterSink(topology, config.topics(), SEQUENCED_DLQ_SINK, SEQUENCED_DEAD_LETTERS);
        // Only the decision of an older app's record (its article parked) goes back through the decisions topic.
        topology.<String, SequencerProcessor.Sequenced, String, DedupCodec.Decision>addProcessor(TO_DECISIONS,
                () -> new Routed<>(r -> r.value().decision() == null || r.value().article() != null ? null
                        : r.withValue(r.value().decision())), SEQUENCER);
        topology.addSink(DECISIONS_SINK, decisionsTopic, new StringSerializer(), DedupCodec.DECISION.serializer(),
                toArticle, TO_DECISIONS);
        // news.stories: JSON of the story now, keyed by story id; a tombstone when retention drops it
        topology.<String, SequencerProcessor.Sequenced, String, byte[]>addProcessor(TO_STORIES,
                () -> new Routed<>(r -> r.value().storyId() == null ? null
                        : r.withKey(r.value().storyId()).withValue(r.value().story() == null ? null
                                : Json.toBytes(r.value().story()))), SEQUENCER);
        topology.addSink(STORIES_SINK, config.duplicates().storiesTopic(), new StringSerializer(),
                new ByteArraySerializer(), TO_STORIES);
        // Persistent (RocksDB, s30): the sequencer's state grows with the articles of the retention (about 3.8 KB an
        // article, docs/STORIES.md "Memory"), so it lives on disk, restored from the changelogs, and the heap holds
        // only bounded caches. The log is written once an article and deleted once: no cache to save writes.
        topology.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(SequencerProcessor.STORE),
                offsets, DedupCodec.LOG_ENTRY).withCachingDisabled(), SEQUENCER);
        // The index (s33, LoggedIndex): local without a changelog, made durable by one operation record an article
        // and a copy written a chunk at a time; the index of an app before s33 (changelogged) is read once, then
        // emptied. None cached: each key is written once (the operations, the copy's chunks) or read locally.
        topology.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(StoredDuplicateState.INDEX),
                Serdes.Bytes(), Serdes.ByteArray()).withCachingDisabled(), SEQUENCER);
        topology.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(LoggedIndex.WORK),
                Serdes.Bytes(), Serdes.ByteArray()).withCachingDisabled().withLoggingDisabled(), SEQUENCER);
        topology.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(LoggedIndex.OPS),
                Serdes.Long(), Serdes.ByteArray()).withCachingDisabled(), SEQUENCER);
        topology.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(LoggedIndex.SNAPSHOT),
                Serdes.Bytes(), Serdes.ByteArray()).withCachingDisabled(), SEQUENCER);
        topology.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(StoryTracker.STORE),
                Serdes.String(), DedupCodec.STORY_STATE), SEQUENCER);
        if (sameEvent) {
            addStoryStores(topology);
        }

        // The join-back of what an app before s28 parked (its parked records, and the decisions of its sequence
        // records): over the parked and decisions topics (co-partitioned: both have news.raw's partition count,
        // checked by TopicAdmin), which share its two stores; in the enrich task's sub-topology, as it was (the
        // news.enriched and news.dlq sinks join them), so that its stores keep their tasks and changelogs. An
        // upgraded app finds those topics empty once drained; their tasks then only poll.
        topology.addSource(PARKED_SOURCE, new StringDeserializer(), DedupCodec.PARKED.deserializer(), parkedTopic);
        topology.addProcessor(JOIN_PARKED, join::onParked, PARKED_SOURCE);
        topology.addSource(DECISIONS_SOURCE, new StringDeserializer(), DedupCodec.DECISION.deserializer(),
                decisionsTopic);
        topology.addProcessor(JOIN, join::onDecision, DECISIONS_SOURCE);
        // In memory, restored from the changelog, like the statistics' store: no local state directory to
        // share or lock, so several instances on one host still need no state.dir of their own (under
        // exactly-once a crash wipes local state anyway). They hold only articles in flight (one sequencer
        // commit or so), not the backlog. Cached: an entry put and deleted within one commit interval never
        // reaches the changelog.
        topology.addStateStore(Stores.keyValueStoreBuilder(
                Stores.inMemoryKeyValueStore(JoinBackProcessor.PENDING_STORE), offsets, DedupCodec.PENDING),
                JOIN_PARKED, JOIN);
        topology.addStateStore(Stores.keyValueStoreBuilder(
                Stores.inMemoryKeyValueStore(JoinBackProcessor.DECISIONS_STORE), offsets, DedupCodec.DECISION),
                JOIN_PARKED, JOIN);
        topology.<String, Outcome<byte[]>, String, byte[]>addProcessor(ENRICHED,
                () -> new Accepted<>(json -> json), JOIN_PARKED, JOIN);
        topology.addProcessor(JOIN_DEAD_LETTERS, DeadLetterForwarder<byte[]>::new, JOIN_PARKED, JOIN);
        // the dead-letter sink is added by build(), with this node among its parents
    }

    /**
     * The same-event clusterer's state ({@link StoredStoryState}), in the sequencer task: persistent and
     * changelogged like {@code dedup-log}, and cached, so that a posting written many times within one commit
     * interval reaches the changelog once (and a counted document logged and dropped by a snapshot within one
     * interval, not at all).
     */
    static void addStoryStores(Topology topology) {
        topology.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(StoredStoryState.COUNTS),
                Serdes.Long(), DedupCodec.INTS).withCachingEnabled(), SEQUENCER);
        topology.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(StoredStoryState.COUNTS_LOG),
                Serdes.Long(), DedupCodec.LONGS).withCachingEnabled(), SEQUENCER);
        topology.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(StoredStoryState.RECORDS),
                Serdes.String(), DedupCodec.STORY_RECORD).withCachingEnabled(), SEQUENCER);
        topology.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(StoredStoryState.POSTINGS),
                Serdes.Long(), DedupCodec.STORY_IDS).withCachingEnabled(), SEQUENCER);
        topology.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(StoredStoryState.STORY_OF),
                Serdes.String(), Serdes.String()).withCachingEnabled(), SEQUENCER);
    }

    /**
     * The bench's baseline: decode and validate exactly as {@link #build} does, then encode the raw
     * article again, with no normalization or enrichment. Output goes to {@code outputTopic}.
     */
    public static Topology buildPassThrough(NewswireConfig config, String outputTopic) {
        NewswireTopics topics = config.topics();
        Topology topology = new Topology();
        addDecode(topology, config, PipelineObserver.NOOP,
                new DeadLetterRouter(PipelineObserver.NOOP, Clock.systemUTC()));
        topology.<String, Outcome<Decoded>, String, byte[]>addProcessor(ENRICH,
                () -> new Accepted<>(decoded -> Json.toBytes(decoded.raw())), DECODE);
        topology.addSink(ENRICHED_SINK, outputTopic, topics.enriched().keySerde().serializer(),
                topics.raw().valueSerde().serializer(), ENRICH);
        addDeadLetterSink(topology, topics, DECODE_DEAD_LETTERS);
        return topology;
    }

    /** The source and the decode step, with the forwarder of its dead letters. */
    private static void addDecode(Topology topology, NewswireConfig config, PipelineObserver observer,
            DeadLetterRouter deadLetters) {
        topology.addSource(SOURCE, new ByteArrayDeserializer(), new ByteArrayDeserializer(),
                config.topics().raw().name());
        topology.addProcessor(DECODE, () -> new DecodeProcessor(config.limits(), observer, deadLetters), SOURCE);
        topology.addProcessor(DECODE_DEAD_LETTERS, DeadLetterForwarder<Decoded>::new, DECODE);
    }

    private static void addDeadLetterSink(Topology topology, NewswireTopics topics, String... parents) {
        addNamedDeadLetterSink(topology, topics, DLQ_SINK, parents);
    }

    private static void addNamedDeadLetterSink(Topology topology, NewswireTopics topics, String name,
            String... parents) {
        topology.addSink(name, topics.dlq().name(), topics.dlq().keySerde().serializer(),
                topics.dlq().valueSerde().serializer(), parents);
    }
}
