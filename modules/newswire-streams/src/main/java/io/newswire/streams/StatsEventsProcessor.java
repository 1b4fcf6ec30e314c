package io.newswire.streams;

import io.newswire.model.Article;
import io.newswire.model.Country;
import io.newswire.model.Entity;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Turns enriched articles into the facts the windowed statistics count ({@code language=en},
 * {@code country=IR}, ...), counted per minute of event time in memory and sent every
 * {@link #FLUSH_INTERVAL} as one record per fact and minute: key the fact, value the 8-byte
 * big-endian count to add, timestamp the minute's start. The stats topic's partitioner then groups
 * each fact on one task, where {@link WindowedStats} adds the counts up.
 *
 * <p>Why in memory, and what it costs in exactness. Sending one record per fact and article (about
 * fifteen per article) cost the pipeline 14% of its throughput in the bench; counting in a
 * changelogged, cached store first cost 17–24%, almost all of it in the store's per-update
 * overhead (serialisation, the thread cache, position tracking). A plain map costs about 8%
 * (docs/BENCHMARKS.md). The price: counts not yet sent when a task stops uncleanly or moves to
 * another instance (at most one flush interval's worth) are not counted. Statistics can undercount
 * by that much per crash or rebalance, never overcount: sent counts travel in the same transaction
 * as the offsets they follow. Articles themselves are unaffected; their exactly-once path does not
 * go through here.
 */
final class StatsEventsProcessor implements Processor<String, Article, String, byte[]> {

    /** How often buffered counts go out: the staleness of {@code /api/windows}. */
    static final Duration FLUSH_INTERVAL = Duration.ofSeconds(1);

    private static final long MINUTE_MS = WindowedStats.WINDOW.toMillis();
    private static final Comparator<Entity> BY_SALIENCE = Comparator.comparingDouble(Entity::salience).reversed()
            .thenComparing(Comparator.comparingInt(Entity::count).reversed());

    /** Per minute start, per fact, the count not sent yet. */
    private final Map<Long, Map<String, long[]>> counts = new HashMap<>();
    private ProcessorContext<String, byte[]> context;

    @Override
    public void init(ProcessorContext<String, byte[]> context) {
        this.context = context;
        context.schedule(FLUSH_INTERVAL, PunctuationType.WALL_CLOCK_TIME, now -> flush());
    }

    @Override
    public void process(Record<String, Article> record) {
        long minute = Math.floorDiv(Math.max(0, record.timestamp()), MINUTE_MS) * MINUTE_MS;
        Map<String, long[]> ofMinute = counts.computeIfAbsent(minute, m -> new HashMap<>());
        for (String fact : facts(record.value())) {
            ofMinute.computeIfAbsent(fact, f -> new long[1])[0]++;
        }
    }

    /**
     * Sends every buffered count and empties the buffer. Newest minute first: the window's grace
     * period is measured from the newest event seen, as it would be had each fact gone out alone.
     */
    void flush() {
        if (counts.isEmpty()) {
            return;
        }
        List<Long> minutes = new ArrayList<>(counts.keySet());
        minutes.sort(Comparator.reverseOrder());
        for (Long minute : minutes) {
            for (Map.Entry<String, long[]> e : counts.get(minute).entrySet()) {
                context.forward(new Record<>(e.getKey(),
                        ByteBuffer.allocate(Long.BYTES).putLong(e.getValue()[0]).array(), minute));
            }
        }
        counts.clear();
    }

    @Override
    public void close() {
        counts.clear();
    }

    /** The statistics keys one article counts towards; bounded by {@link WindowedStats#ENTITIES_PER_ARTICLE}. */
    static List<String> facts(Article article) {
        List<String> keys = new ArrayList<>(7 + WindowedStats.ENTITIES_PER_ARTICLE);
        keys.add(WindowedStats.key(WindowedStats.ARTICLES, WindowedStats.ALL));
        keys.add(WindowedStats.key(WindowedStats.LANGUAGE,
                article.language() == null ? WindowedStats.UNKNOWN : article.language().code()));
        keys.add(WindowedStats.key(WindowedStats.SOURCE, sourceOf(article)));
        for (Country c : article.countries()) {
            if (c.focus()) {
                keys.add(WindowedStats.key(WindowedStats.COUNTRY, c.code()));
                break;
            }
        }
        // at most MAX_TOPICS (3) subjects, IPTC top-level codes: a bounded dimension
        for (io.newswire.model.Topic t : article.topics()) {
            keys.add(WindowedStats.key(WindowedStats.TOPIC, t.code()));
        }
        article.entities().stream().sorted(BY_SALIENCE).limit(WindowedStats.ENTITIES_PER_ARTICLE)
                .forEach(e -> keys.add(WindowedStats.entityKey(e.type().name(), e.name())));
        return keys;
    }

    private static String sourceOf(Article article) {
        if (article.source() != null) {
            if (article.source().domain() != null && !article.source().domain().isBlank()) {
                return article.source().domain();
            }
            if (article.source().name() != null && !article.source().name().isBlank()) {
                return article.source().name();
            }
        }
        return WindowedStats.UNKNOWN;
    }
}
