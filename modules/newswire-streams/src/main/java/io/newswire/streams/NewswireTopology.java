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
import org.apache.kafka.common.header.internals.RecordHeaders;
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
    static final String TO_SEQUENCE = "to-sequence";
    static final String SEQUENCE_SINK = "sequence-sink";
    static final String TO_PARKED = "to-parked";
    static final String PARKED_SINK = "parked-sink";
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
        topology.addProcessor(ENRICH, () -> new EnrichProcessor(pipeline, config.limits(), observer, deadLetters),
                DECODED);
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
     * The duplicates step (docs/STORIES.md), between enrich and the output: enrich's task sends the article
     * to the parked topic, into its raw partition, and its signature through the one-partition sequence
     * topic; the sequencer task decides in that topic's order over its {@code dedup-log} state and sends the
     * decision to the decisions topic, into the raw partition the article came from; the join-back, a
     * sub-topology of its own over the parked and decisions topics, keeps whichever of the two comes first
     * ({@code pending-articles}, {@code early-decisions}), sets {@code duplicateOf} and {@code story} when
     * the second comes and hands the article to {@link #ENRICHED}. The article waits in a topic, not in a
     * store of the enrich task, so a backlog on news.raw stays on the broker instead of in memory. The
     * three topics are the app's own, created with its topics ({@link io.newswire.kafka.TopicAdmin}): the
     * Processor API declares no repartition topic, and the DSL's {@code repartition()} cannot take a
     * Processor API node as its parent.
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
        topology.addProcessor(PENDING, () -> new PendingProcessor(stage, sameEvent), TO_PENDING);
        // The article waits in a topic, partitioned like news.raw, not in a store of the enrich task
        // (docs/STORIES.md, "Known limits"); its headers travel in the value, with its output timestamp.
        topology.<String, PendingProcessor.Parking, String, DedupCodec.Parked>addProcessor(TO_PARKED,
                () -> new Routed<>(r -> r.withValue(r.value().parked()).withHeaders(new RecordHeaders())), PENDING);
        StreamPartitioner<String, DedupCodec.Parked> toRawPartition =
                (topic, key, parked, partitions) -> Optional.of(Set.of(parked.partition()));
        topology.addSink(PARKED_SINK, parkedTopic, new StringSerializer(), DedupCodec.PARKED.serializer(),
                toRawPartition, TO_PARKED);
        topology.<String, PendingProcessor.Parking, String, DedupCodec.SequenceRecord>addProcessor(TO_SEQUENCE,
                () -> new Routed<>(r -> r.withValue(r.value().sequence())), PENDING);
        topology.addSink(SEQUENCE_SINK, sequenceTopic, new StringSerializer(), DedupCodec.SEQUENCE.serializer(),
                TO_SEQUENCE);

        topology.addSource(SEQUENCE_SOURCE, new StringDeserializer(), DedupCodec.SEQUENCE.deserializer(),
                sequenceTopic);
        StoryClusterer.Settings clusterSettings = sameEvent
                ? StoryClusterer.Settings.STANDARD.withRetention(config.duplicates().retention()) : null;
        topology.addProcessor(SEQUENCER, () -> new SequencerProcessor(stage, settings, clusterSettings),
                SEQUENCE_SOURCE);
        // Back to the raw partition the article came from, whatever key the producer of news.raw chose.
        StreamPartitioner<String, DedupCodec.Decision> toArticle =
                (topic, key, decision, partitions) -> Optional.of(Set.of(decision.partition()));
        topology.<String, SequencerProcessor.Sequenced, String, DedupCodec.Decision>addProcessor(TO_DECISIONS,
                () -> new Routed<>(r -> r.value().decision() == null ? null : r.withValue(r.value().decision())),
                SEQUENCER);
        topology.addSink(DECISIONS_SINK, decisionsTopic, new StringSerializer(), DedupCodec.DECISION.serializer(),
                toArticle, TO_DECISIONS);
        // news.stories: JSON of the story now, keyed by story id; a tombstone when retention drops it
        topology.<String, SequencerProcessor.Sequenced, String, byte[]>addProcessor(TO_STORIES,
                () -> new Routed<>(r -> r.value().storyId() == null ? null
                        : r.withKey(r.value().storyId()).withValue(r.value().story() == null ? null
                                : Json.toBytes(r.value().story()))), SEQUENCER);
        topology.addSink(STORIES_SINK, config.duplicates().storiesTopic(), new StringSerializer(),
                new ByteArraySerializer(), TO_STORIES);
        topology.addStateStore(Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(SequencerProcessor.STORE),
                offsets, DedupCodec.LOG_ENTRY).withCachingDisabled(), SEQUENCER);
        topology.addStateStore(Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(StoryTracker.STORE),
                Serdes.String(), DedupCodec.STORY_STATE), SEQUENCER);
        if (sameEvent) {
            addStoryStores(topology);
        }

        // The join-back: its own sub-topology over the parked and decisions topics (co-partitioned: both
        // have news.raw's partition count, checked by TopicAdmin), which share its two stores.
        JoinBackProcessor join = new JoinBackProcessor(config.limits().maxOutputBytes(), deadLetters);
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
     * The same-event clusterer's state ({@link StoredStoryState}), in the sequencer task: in memory and
     * changelogged like {@code dedup-log}, and cached, so that a posting written many times within one commit
     * interval reaches the changelog once (and a counted document logged and dropped by a snapshot within one
     * interval, not at all).
     */
    static void addStoryStores(Topology topology) {
        topology.addStateStore(Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(StoredStoryState.COUNTS),
                Serdes.Long(), DedupCodec.INTS).withCachingEnabled(), SEQUENCER);
        topology.addStateStore(Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(StoredStoryState.COUNTS_LOG),
                Serdes.Long(), DedupCodec.LONGS).withCachingEnabled(), SEQUENCER);
        topology.addStateStore(Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(StoredStoryState.RECORDS),
                Serdes.String(), DedupCodec.STORY_RECORD).withCachingEnabled(), SEQUENCER);
        topology.addStateStore(Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(StoredStoryState.POSTINGS),
                Serdes.Long(), DedupCodec.STORY_IDS).withCachingEnabled(), SEQUENCER);
        topology.addStateStore(Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(StoredStoryState.STORY_OF),
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
        topology.addSink(DLQ_SINK, topics.dlq().name(), topics.dlq().keySerde().serializer(),
                topics.dlq().valueSerde().serializer(), parents);
    }
}
