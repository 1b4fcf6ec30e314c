package io.newswire.streams;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.errors.StreamsNotStartedException;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyWindowStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Interactive queries over {@link WindowedStats#STORE}. Each instance holds the counts of the
 * partitions it owns; {@link #snapshot} asks every other instance of the application (found through
 * Kafka Streams' metadata and their {@code application.server} address) for its cells over HTTP at
 * {@value #LOCAL_PATH} and merges them, so any instance answers for the whole key space. An instance
 * that does not answer is reported in {@code missingInstances}, never silently left out.
 */
public final class WindowedStatsQuery {

    /** Where each instance serves its own cells: {@code GET LOCAL_PATH?from=MS&to=MS}. */
    public static final String LOCAL_PATH = "/api/windows/local";
    private static final Logger LOG = LoggerFactory.getLogger(WindowedStatsQuery.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int TOP = 10;

    private final KafkaStreams streams;
    private final HostInfo self;
    private final HttpClient http;

    /**
     * @param streams the running app
     * @param self    this instance's {@code application.server}, or {@code null} when it has none
     *                (then only local counts are served)
     */
    public WindowedStatsQuery(KafkaStreams streams, HostInfo self) {
        this.streams = requireNonNull(streams, "streams");
        this.self = self;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    }

    /**
     * This instance's cells whose minute starts in {@code [from, to]}, or {@code null} when its store
     * cannot be read right now (not running yet, or its tasks are moving in a rebalance). Stale
     * stores (restoring actives, standbys) are read too: {@link #merge} keeps the larger copy of a
     * cell, so a stale copy never adds to a count.
     */
    public List<WindowedStats.Cell> localCells(Instant from, Instant to) {
        List<WindowedStats.Cell> cells = new ArrayList<>();
        try {
            ReadOnlyWindowStore<String, Long> store = streams.store(StoreQueryParameters.fromNameAndType(
                    WindowedStats.STORE, QueryableStoreTypes.<String, Long>windowStore()).enableStaleStores());
            // The store can close under the iterator when a task migrates; that surfaces here as well.
            try (KeyValueIterator<Windowed<String>, Long> it = store.fetchAll(from, to)) {
                while (it.hasNext()) {
                    KeyValue<Windowed<String>, Long> kv = it.next();
                    cells.add(new WindowedStats.Cell(kv.key.key(), kv.key.window().start(), kv.value));
                }
            }
        } catch (InvalidStateStoreException e) {
            // Also StreamsNotStartedException (a subclass): no counts to give right now.
            LOG.debug("windowed stats store not queryable: {}", e.toString());
            return null;
        }
        return cells;
    }

    /**
     * The JSON body of {@link #LOCAL_PATH}, or {@code null} (served as 503) when this instance's
     * store cannot be read right now.
     */
    public Map<String, Object> localBody(Instant from, Instant to) {
        List<WindowedStats.Cell> cells = localCells(from, to);
        if (cells == null) {
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("cells", cells);
        return out;
    }

    /** The summary of the {@link WindowedStats#SPAN} ending at {@code end}, over all instances. */
    public Map<String, Object> snapshot(Instant end) {
        Instant from = end.minus(WindowedStats.SPAN);
        List<WindowedStats.Cell> cells = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<WindowedStats.Cell> local = localCells(from, end);
        if (local == null) {
            missing.add(self == null ? "local" : self.host() + ":" + self.port());
        } else {
            cells.addAll(local);
        }
        int instances = 1;
        if (self != null) {
            Collection<StreamsMetadata> all;
            try {
                all = streams.metadataForAllStreamsClients();
            } catch (StreamsNotStartedException e) {
                all = List.of();
            }
            for (StreamsMetadata meta : all) {
                HostInfo host = meta.hostInfo();
                if (host.equals(self) || !meta.stateStoreNames().contains(WindowedStats.STORE)) {
                    continue;
                }
                instances++;
                try {
                    cells.addAll(remoteCells(host, from, end));
                } catch (IOException | RuntimeException e) {
                    LOG.warn("windowed stats: instance {}:{} did not answer: {}", host.host(), host.port(),
                            e.toString());
                    missing.add(host.host() + ":" + host.port());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    missing.add(host.host() + ":" + host.port());
                }
            }
        }
        Map<String, Object> out = WindowedStats.snapshot(merge(cells), end, TOP);
        out.put("instances", instances);
        out.put("missingInstances", missing);
        return out;
    }

    private List<WindowedStats.Cell> remoteCells(HostInfo host, Instant from, Instant to)
            throws IOException, InterruptedException {
        URI uri = URI.create("http://" + host.host() + ":" + host.port() + LOCAL_PATH + "?from="
                + from.toEpochMilli() + "&to=" + to.toEpochMilli());
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(3)).GET()
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode() + " from " + uri);
        }
        List<WindowedStats.Cell> cells = new ArrayList<>();
        for (JsonNode c : MAPPER.readTree(response.body()).path("cells")) {
            cells.add(new WindowedStats.Cell(c.path("key").asText(), c.path("start").asLong(),
                    c.path("count").asLong()));
        }
        return cells;
    }

    /**
     * One cell per fact and minute. Each fact is counted on one partition only, so two reports of
     * the same cell are two copies of one count (around a rebalance), never two parts of it: keep
     * the larger.
     */
    static List<WindowedStats.Cell> merge(List<WindowedStats.Cell> cells) {
        Map<String, Map<Long, Long>> byKey = new HashMap<>();
        for (WindowedStats.Cell c : cells) {
            byKey.computeIfAbsent(c.key(), k -> new HashMap<>()).merge(c.start(), c.count(), Math::max);
        }
        List<WindowedStats.Cell> out = new ArrayList<>();
        byKey.forEach((key, starts) -> starts.forEach((start, count) -> out.add(new WindowedStats.Cell(key, start,
                count))));
        return out;
    }
}
