package io.newswire.streams;

import io.newswire.enrich.api.Pipeline;
import io.newswire.kafka.NewswireConfig;
import io.newswire.kafka.NewswireTopics;
import io.newswire.kafka.PipelineObserver;
import io.newswire.model.Article;
import io.newswire.model.Json;
import java.time.Clock;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;

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
        topology.<String, Outcome<Enriched>, String, byte[]>addProcessor(ENRICHED,
                () -> new Accepted<>(Enriched::json), ENRICH);
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

        addDeadLetterSink(topology, topics, DECODE_DEAD_LETTERS, ENRICH_DEAD_LETTERS);
        return topology;
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
