package io.newswire.streams;

import io.newswire.kafka.NewswireTopics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.TimeWindows;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.state.Stores;

/**
 * Windowed statistics of what flows through the pipeline: per-minute counts of articles, by
 * language, focus country, source and entity, on event time (publication time when known, else
 * ingest time). Each count lives in a window store, partitioned by what it counts, and every update
 * goes to the stats topic as JSON; {@link WindowedStatsQuery} reads the stores.
 *
 * <p>Windows are one minute, tumbling, with a grace period of {@link #GRACE}: an article published
 * an hour ago and ingested now still lands in its own minute. Older ones are not counted (Kafka
 * Streams reports them in its {@code dropped-records} metric). Facts arrive pre-counted per minute
 * and per {@link StatsEventsProcessor#FLUSH_INTERVAL}, so the windows add counts up rather than
 * count records. Summaries over the last
 * {@link #SPAN} (top entities, countries, ...) are merged from the per-minute windows at query time,
 * which costs one store update per fact instead of fifteen for a hopping window.
 */
public final class WindowedStats {

    /** The window store, queryable through interactive queries. */
    public static final String STORE = "newswire-stats-per-minute";
    public static final Duration WINDOW = Duration.ofMinutes(1);
    public static final Duration GRACE = Duration.ofHours(1);
    /** How far back the store answers: the grace period plus twice the query span. */
    public static final Duration RETENTION = GRACE.plus(Duration.ofMinutes(30));
    /** The span of the "now" summaries. */
    public static final Duration SPAN = Duration.ofMinutes(15);
    /** Only an article's most salient entities are counted: bounded work and store size per article. */
    public static final int ENTITIES_PER_ARTICLE = 10;

    static final String ARTICLES = "articles";
    static final String LANGUAGE = "language";
    static final String COUNTRY = "country";
    static final String SOURCE = "source";
    static final String TOPIC = "topic";
    static final String ENTITY = "entity";
    static final String ALL = "all";
    static final String UNKNOWN = "unknown";

    private WindowedStats() {
    }

    static String key(String dimension, String value) {
        return dimension + '=' + value;
    }

    static String entityKey(String type, String name) {
        return ENTITY + '=' + type + '/' + name;
    }

    /**
     * Adds the counting sub-topology: stats events (keyed by fact) are counted per minute in
     * {@link #STORE} and each changed count is written to the stats topic as
     * {@code {"dimension","value","windowStart","windowEnd","count"}}.
     */
    static void addTo(StreamsBuilder builder, NewswireTopics topics) {
        builder.stream(topics.statsEvents().name(), Consumed.with(Serdes.String(), Serdes.ByteArray())
                        .withName("stats-events-source"))
                .groupByKey(Grouped.with(Serdes.String(), Serdes.ByteArray()))
                .windowedBy(TimeWindows.ofSizeAndGrace(WINDOW, GRACE))
                .aggregate(() -> 0L, (fact, delta, total) -> total + delta(delta), Named.as("stats-count"),
                        Materialized.<String, Long>as(Stores.inMemoryWindowStore(STORE, RETENTION, WINDOW, false))
                                .withKeySerde(Serdes.String()).withValueSerde(Serdes.Long()))
                .toStream(Named.as("stats-updates"))
                .map((windowed, count) -> KeyValue.pair(windowed.key() + '@' + windowed.window().startTime(),
                        json(windowed, count)), Named.as("stats-json"))
                .to(topics.stats().name(), Produced.with(Serdes.String(), Serdes.ByteArray())
                        .withName("stats-sink"));
    }

    /**
     * What one stats event adds: the 8-byte count {@link StatsEventsProcessor} buffered, or 1 for an
     * empty value (events written one per fact by earlier versions, still on the topic after an upgrade).
     */
    static long delta(byte[] value) {
        return value != null && value.length == Long.BYTES ? java.nio.ByteBuffer.wrap(value).getLong() : 1L;
    }

    private static byte[] json(Windowed<String> windowed, Long count) {
        String key = windowed.key();
        int eq = key.indexOf('=');
        StringBuilder out = new StringBuilder(128);
        out.append("{\"dimension\":");
        quote(out, key.substring(0, eq));
        out.append(",\"value\":");
        quote(out, key.substring(eq + 1));
        out.append(",\"windowStart\":\"").append(windowed.window().startTime())
                .append("\",\"windowEnd\":\"").append(windowed.window().endTime())
                .append("\",\"count\":").append(count == null ? 0 : count).append('}');
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void quote(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }

    /** One count: a fact ({@code language=en}) in the minute starting at {@code start}. */
    public record Cell(String key, long start, long count) {
    }

    /**
     * The summary served at {@code /api/windows}: the {@link #SPAN} ending at {@code end}, minute by
     * minute, with the top entities, countries, languages and sources over the whole span.
     */
    public static Map<String, Object> snapshot(List<Cell> cells, Instant end, int top) {
        long endMs = end.toEpochMilli();
        long windowMs = WINDOW.toMillis();
        long lastStart = Math.floorDiv(endMs, windowMs) * windowMs;
        long firstStart = lastStart - SPAN.toMillis() + windowMs;
        TreeMap<Long, Map<String, Object>> minutes = new TreeMap<>();
        for (long s = firstStart; s <= lastStart; s += windowMs) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("start", Instant.ofEpochMilli(s).toString());
            m.put(ARTICLES, 0L);
            m.put("byLanguage", new TreeMap<String, Long>());
            m.put("byCountry", new TreeMap<String, Long>());
            m.put("bySource", new TreeMap<String, Long>());
            m.put("byTopic", new TreeMap<String, Long>());
            minutes.put(s, m);
        }
        Map<String, Long> entities = new HashMap<>();
        Map<String, Long> countries = new HashMap<>();
        Map<String, Long> languages = new HashMap<>();
        Map<String, Long> sources = new HashMap<>();
        Map<String, Long> topics = new HashMap<>();
        for (Cell cell : cells) {
            Map<String, Object> minute = minutes.get(cell.start());
            if (minute == null) {
                continue;
            }
            int eq = cell.key().indexOf('=');
            if (eq < 0) {
                continue;
            }
            String dimension = cell.key().substring(0, eq);
            String value = cell.key().substring(eq + 1);
            switch (dimension) {
                case ARTICLES -> minute.merge(ARTICLES, cell.count(), (a, b) -> (Long) a + (Long) b);
                case LANGUAGE -> add(minute, "byLanguage", value, cell.count(), languages);
                case COUNTRY -> add(minute, "byCountry", value, cell.count(), countries);
                case SOURCE -> add(minute, "bySource", value, cell.count(), sources);
                case TOPIC -> add(minute, "byTopic", value, cell.count(), topics);
                case ENTITY -> entities.merge(value, cell.count(), Long::sum);
                default -> {
                    // A fact from a newer version of the app: ignored rather than misread.
                }
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("windowSize", WINDOW.toString());
        out.put("span", SPAN.toString());
        out.put("generatedAt", Instant.now().toString());
        out.put("end", Instant.ofEpochMilli(lastStart + windowMs).toString());
        out.put("minutes", new ArrayList<>(minutes.values()));
        List<Map<String, Object>> topEntities = new ArrayList<>();
        for (Map.Entry<String, Long> e : top(entities, top)) {
            int slash = e.getKey().indexOf('/');
            Map<String, Object> entity = new LinkedHashMap<>();
            entity.put("name", e.getKey().substring(slash + 1));
            entity.put("type", slash < 0 ? "MISC" : e.getKey().substring(0, slash));
            entity.put("count", e.getValue());
            topEntities.add(entity);
        }
        out.put("topEntities", topEntities);
        out.put("topCountries", named(top(countries, top), "code"));
        out.put("topLanguages", named(top(languages, top), "code"));
        out.put("topSources", named(top(sources, top), "name"));
        out.put("topTopics", named(top(topics, top), "code"));
        return out;
    }

    @SuppressWarnings("unchecked")
    private static void add(Map<String, Object> minute, String field, String value, long count,
            Map<String, Long> total) {
        ((Map<String, Long>) minute.get(field)).merge(value, count, Long::sum);
        total.merge(value, count, Long::sum);
    }

    private static List<Map.Entry<String, Long>> top(Map<String, Long> counts, int n) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(n).toList();
    }

    private static List<Map<String, Object>> named(List<Map.Entry<String, Long>> entries, String field) {
        List<Map<String, Object>> out = new ArrayList<>(entries.size());
        for (Map.Entry<String, Long> e : entries) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put(field, e.getKey());
            m.put("count", e.getValue());
            out.add(m);
        }
        return out;
    }
}
