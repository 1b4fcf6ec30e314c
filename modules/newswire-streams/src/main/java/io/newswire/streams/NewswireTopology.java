package io.newswire.streams;

import io.newswire.enrich.api.Pipeline;
import io.newswire.kafka.NewswireConfig;
import io.newswire.kafka.NewswireTopics;
import io.newswire.kafka.PipelineObserver;
import io.newswire.model.Json;
import io.newswire.model.RawArticle;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

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
 * The article path is stateless; the statistics keep one in-memory window store per partition of
 * the events topic, restored from its changelog. Scaling out is running more instances with one
 * application id.
 */
public final class NewswireTopology {

    static final String SOURCE = "raw-source";
    static final String DECODE = "decode";
    static final String ENRICH = "enrich";
    static final String ENRICHED_SINK = "enriched-sink";
    static final String DLQ_SINK = "dlq-sink";
    static final String STATS_EVENTS = "stats-events";
    static final String STATS_EVENTS_SINK = "stats-events-sink";

    private NewswireTopology() {
    }

    public static Topology build(NewswireConfig config, Pipeline pipeline) {
        return build(config, pipeline, PipelineObserver.NOOP);
    }

    public static Topology build(NewswireConfig config, Pipeline pipeline, PipelineObserver observer) {
        NewswireTopics topics = config.topics();
        // The windowed counts are a DSL sub-topology (windowing, grace and the store come with it);
        // the article path is Processor API, so that each record goes to exactly one of two sinks.
        StreamsBuilder stats = new StreamsBuilder();
        if (config.statsEnabled()) {
            WindowedStats.addTo(stats, topics);
        }
        Topology topology = stats.build();
        topology.addSource(SOURCE, new ByteArrayDeserializer(), new ByteArrayDeserializer(), topics.raw().name());
        topology.addProcessor(DECODE, () -> new DecodeProcessor(config.limits(), observer, ENRICH, DLQ_SINK), SOURCE);
        topology.addProcessor(ENRICH, () -> new EnrichProcessor(pipeline, config.limits(), observer, ENRICHED_SINK,
                DLQ_SINK, config.statsEnabled() ? STATS_EVENTS : null), DECODE);
        if (config.statsEnabled()) {
            topology.addProcessor(STATS_EVENTS, () -> new StatsEventsProcessor(STATS_EVENTS_SINK), ENRICH);
            topology.addSink(STATS_EVENTS_SINK, topics.statsEvents().name(), new StringSerializer(),
                    new ByteArraySerializer(), STATS_EVENTS);
        }
        topology.addSink(ENRICHED_SINK, topics.enriched().name(), object(topics.enriched().keySerde().serializer()),
                object(new ByteArraySerializer()), ENRICH);
        topology.addSink(DLQ_SINK, topics.dlq().name(), object(topics.dlq().keySerde().serializer()),
                object(topics.dlq().valueSerde().serializer()), DECODE, ENRICH);
        return topology;
    }

    /**
     * The bench's baseline: decode and validate exactly as {@link #build} does, then encode the raw
     * article again, with no normalization or enrichment. Output goes to {@code outputTopic}.
     */
    public static Topology buildPassThrough(NewswireConfig config, String outputTopic) {
        NewswireTopics topics = config.topics();
        Topology topology = new Topology();
        topology.addSource(SOURCE, new ByteArrayDeserializer(), new ByteArrayDeserializer(), topics.raw().name());
        topology.addProcessor(DECODE, () -> new DecodeProcessor(config.limits(), PipelineObserver.NOOP, ENRICH,
                DLQ_SINK), SOURCE);
        topology.addProcessor(ENRICH, ReencodeProcessor::new, DECODE);
        topology.addSink(ENRICHED_SINK, outputTopic, object(topics.enriched().keySerde().serializer()),
                object(topics.raw().valueSerde().serializer()), ENRICH);
        topology.addSink(DLQ_SINK, topics.dlq().name(), object(topics.dlq().keySerde().serializer()),
                object(topics.dlq().valueSerde().serializer()), DECODE);
        return topology;
    }

    private static final class ReencodeProcessor implements Processor<Object, Object, Object, Object> {
        private ProcessorContext<Object, Object> context;

        @Override
        public void init(ProcessorContext<Object, Object> context) {
            this.context = context;
        }

        @Override
        public void process(Record<Object, Object> record) {
            RawArticle raw = ((Decoded) record.value()).raw();
            context.forward(record.withValue(Json.toBytes(raw)), ENRICHED_SINK);
        }
    }

    /** Processors forward {@code Object}s to several sinks of different types; each sink gets its own. */
    @SuppressWarnings("unchecked")
    private static <T> Serializer<Object> object(Serializer<T> serializer) {
        return (Serializer<Object>) serializer;
    }
}
