package io.newswire.ingest.feeds;

import static java.util.Objects.requireNonNull;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.newswire.ingest.ArticleReader;
import io.newswire.ingest.IngestItem;
import io.newswire.ingest.IngestProducer;
import io.newswire.kafka.FeedSettings;
import io.newswire.kafka.NewswireConfig;
import io.newswire.kafka.TopicAdmin;
import io.newswire.model.ArticleIds;
import io.newswire.model.ContentFormat;
import io.newswire.model.Json;
import io.newswire.model.RawArticle;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Utils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls feeds and publishes each new item's page to the raw topic.
 *
 * <p><b>State.</b> A compacted topic ({@code newswire.feeds.state.topic}) holds, per feed, its
 * {@code ETag}/{@code Last-Modified} (key {@code feed\tURL}) and every item published from it (key
 * {@code seen\tURL\tARTICLE-ID}); all records of a feed go to one partition, chosen from the feed's
 * URL. The pollers are one consumer group on that topic: each instance polls only the feeds of
 * the partitions assigned to it, after reading those partitions from the beginning. So a restarted
 * instance, or a second one, knows every item already published and publishes none again; and two
 * instances never poll the same feed at once.
 *
 * <p><b>Sitemap indexes.</b> A source that is a sitemap index is fetched whole every poll (no
 * validators: a site may leave it unchanged while its sitemaps grow); its most recently modified
 * sitemaps are fetched with their own validators (key {@code feed\tSITEMAP-URL}, in the source's
 * partition), and their items are seen under the source. An index inside an index is an error.
 *
 * <p><b>Order.</b> A page is published (and acknowledged) before its {@code seen} record is written:
 * a crash between the two republishes that one page (same key) after the restart, never loses it.
 *
 * <p><b>Metrics</b> (Micrometer, {@code source} = the feed URL): {@code newswire.feed.polls}
 * ({@code outcome} = {@code ok}, {@code not_modified}, {@code error}),
 * {@code newswire.feed.items.published}, {@code newswire.feed.items.seen}, {@code newswire.feed.pages.failed},
 * {@code newswire.feed.up} (1 when the last poll succeeded) and
 * {@code newswire.feed.last.success} (epoch seconds).
 */
public final class FeedPoller implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FeedPoller.class);
    private static final String FEED = "feed\t";
    private static final String SEEN = "seen\t";
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final long ACK_TIMEOUT_SECONDS = 60;

    private final NewswireConfig config;
    private final FeedSettings settings;
    private final List<URI> feeds;
    private final MeterRegistry registry;
    private final Clock clock;
    private final PoliteFetcher fetcher;
    private final Map<String, FeedStatus> status = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> seen = new ConcurrentHashMap<>();
    private final Map<String, Validators> validators = new ConcurrentHashMap<>();
    private final Set<Integer> active = ConcurrentHashMap.newKeySet();
    private final Map<TopicPartition, Long> restoring = new ConcurrentHashMap<>();
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    private final Map<String, Long> nextPollNanos = new ConcurrentHashMap<>();
    private final AtomicLong published = new AtomicLong();
    private final ExecutorService workers;
    private volatile boolean running = true;
    private Thread loop;
    private KafkaConsumer<String, String> consumer;
    private KafkaProducer<String, String> stateProducer;
    private IngestProducer rawProducer;
    private int statePartitions;

    /** A feed's conditional-GET validators. */
    private record Validators(String etag, String lastModified) {
    }

    /** A feed's health, for {@code /api/stats} and the metrics. */
    static final class FeedStatus {
        final Counter ok;
        final Counter notModified;
        final Counter error;
        final Counter itemsPublished;
        final Counter itemsSeen;
        final Counter pagesFailed;
        volatile boolean up;
        volatile long lastSuccessEpochSeconds;
        volatile String lastError;
        volatile long polls;

        FeedStatus(MeterRegistry registry, String source) {
            ok = Counter.builder("newswire.feed.polls").tag("source", source).tag("outcome", "ok")
                    .description("Polls of a feed, by outcome").register(registry);
            notModified = Counter.builder("newswire.feed.polls").tag("source", source).tag("outcome", "not_modified")
                    .description("Polls of a feed, by outcome").register(registry);
            error = Counter.builder("newswire.feed.polls").tag("source", source).tag("outcome", "error")
                    .description("Polls of a feed, by outcome").register(registry);
            itemsPublished = Counter.builder("newswire.feed.items.published").tag("source", source)
                    .description("New items of a feed whose page was published").register(registry);
            itemsSeen = Counter.builder("newswire.feed.items.seen").tag("source", source)
                    .description("Items of a feed already published before (by any instance), not published again")
                    .register(registry);
            pagesFailed = Counter.builder("newswire.feed.pages.failed").tag("source", source)
                    .description("Item pages that could not be fetched (retried at the next poll)").register(registry);
            Gauge.builder("newswire.feed.up", this, s -> s.up ? 1 : 0).tag("source", source)
                    .description("1 when the feed's last poll succeeded").register(registry);
            Gauge.builder("newswire.feed.last.success", this, s -> s.lastSuccessEpochSeconds).tag("source", source)
                    .description("When the feed was last polled successfully, epoch seconds").register(registry);
        }
    }

    public FeedPoller(NewswireConfig config, List<URI> feeds, MeterRegistry registry, Clock clock) {
        this.config = requireNonNull(config, "config");
        this.settings = config.feeds();
        this.feeds = List.copyOf(feeds);
        this.registry = requireNonNull(registry, "registry");
        this.clock = requireNonNull(clock, "clock");
        this.fetcher = new PoliteFetcher(settings.userAgent(), settings.hostInterval(), REQUEST_TIMEOUT);
        for (URI feed : this.feeds) {
            status.put(feed.toString(), new FeedStatus(registry, feed.toString()));
        }
        this.workers = Executors.newFixedThreadPool(Math.max(2, Math.min(16, this.feeds.size())), r -> {
            Thread t = new Thread(r, "newswire-feeds-worker");
            t.setDaemon(true);
            return t;
        });
    }

    /** Creates the topics when absent, joins the pollers' group and starts polling. */
    public FeedPoller start() {
        TopicAdmin.ensureTopics(config);
        ensureStateTopic();
        Map<String, Object> props = new LinkedHashMap<>(config.clientProperties());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, config.applicationId() + "-feeds");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
        statePartitions = statePartitions(consumer);
        Map<String, Object> producerProps = new LinkedHashMap<>(config.clientProperties());
        producerProps.put(ProducerConfig.ACKS_CONFIG, "all");
        producerProps.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        stateProducer = new KafkaProducer<>(producerProps, new StringSerializer(), new StringSerializer());
        rawProducer = new IngestProducer(config);
        loop = new Thread(this::run, "newswire-feeds");
        loop.start();
        return this;
    }

    /**
     * The state topic's partition count, on which every feed's owner depends (its hash modulo this
     * count). A topic created a moment ago may not be in this client's metadata yet, and then
     * {@code partitionsFor} answers an empty list: a count of 0 made the poller thread die on its
     * first division (seen in a CI run of FeedPollerIT). So ask again until the topic is known, for at
     * most {@value #METADATA_WAIT_SECONDS} s, and fail the start with a clear error after that.
     */
    private int statePartitions(KafkaConsumer<String, String> c) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(METADATA_WAIT_SECONDS);
        while (true) {
            List<org.apache.kafka.common.PartitionInfo> p =
                    c.partitionsFor(settings.stateTopic(), Duration.ofSeconds(10));
            if (p != null && !p.isEmpty()) {
                return p.size();
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(settings.stateTopic()
                        + " has no partitions in the cluster's metadata after "
                        + METADATA_WAIT_SECONDS + " s");
            }
            try {
                Thread.sleep(100); // the metadata of a new topic reaches the client within a few refreshes
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted reading the partitions of " + settings.stateTopic(), e);
            }
        }
    }

    private static final int METADATA_WAIT_SECONDS = 60;

    private void ensureStateTopic() {
        try (Admin admin = Admin.create(config.clientProperties())) {
            NewTopic topic = new NewTopic(settings.stateTopic(), java.util.Optional.of(config.partitions()),
                    config.replicationFactor() < 1 ? java.util.Optional.empty()
                            : java.util.Optional.of(config.replicationFactor()))
                    .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
            admin.createTopics(List.of(topic)).all().get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create " + settings.stateTopic() + ": " + e.getCause(), e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted creating " + settings.stateTopic(), e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("cannot create " + settings.stateTopic() + ": timed out", e);
        }
    }

    private void run() {
        try {
            consumer.subscribe(List.of(settings.stateTopic()), new ConsumerRebalanceListener() {
                @Override
                public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                    Set<Integer> revoked = new java.util.HashSet<>();
                    for (TopicPartition tp : partitions) {
                        active.remove(tp.partition());
                        restoring.remove(tp);
                        revoked.add(tp.partition());
                    }
                    // The next owner reads these partitions when the rebalance completes: every page
                    // this instance is publishing from them must be in, with its seen record, first.
                    awaitIdle(revoked);
                }

                @Override
                public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                    // the state of these feeds is the whole partition: read it before polling them
                    consumer.seekToBeginning(partitions);
                    restoring.putAll(consumer.endOffsets(partitions));
                }
            });
            while (running) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                    apply(record.key(), record.value());
                }
                for (Map.Entry<TopicPartition, Long> e : restoring.entrySet()) {
                    if (consumer.position(e.getKey()) >= e.getValue()) {
                        restoring.remove(e.getKey());
                        active.add(e.getKey().partition());
                    }
                }
                schedule();
            }
        } catch (WakeupException e) {
            // closing
        } catch (RuntimeException e) {
            LOG.error("feed poller stopped", e);
        } finally {
            consumer.close(Duration.ofSeconds(10));
        }
    }

    private void apply(String key, String value) {
        if (key == null || value == null) {
            return;
        }
        if (key.startsWith(SEEN)) {
            int tab = key.lastIndexOf('\t');
            if (tab > SEEN.length()) {
                seen.computeIfAbsent(key.substring(SEEN.length(), tab), k -> ConcurrentHashMap.newKeySet())
                        .add(key.substring(tab + 1));
            }
        } else if (key.startsWith(FEED)) {
            try {
                Map<?, ?> v = Json.mapper().readValue(value, Map.class);
                validators.put(key.substring(FEED.length()),
                        new Validators((String) v.get("etag"), (String) v.get("lastModified")));
            } catch (IOException | ClassCastException e) {
                LOG.warn("ignoring an unreadable feed-state record for {}", key);
            }
        }
    }

    private void schedule() {
        long now = System.nanoTime();
        for (URI feed : feeds) {
            String f = feed.toString();
            if (!active.contains(partitionOf(f)) || now < nextPollNanos.getOrDefault(f, Long.MIN_VALUE)
                    || !inFlight.add(f)) {
                continue;
            }
            workers.execute(() -> {
                try {
                    poll(feed);
                } finally {
                    nextPollNanos.put(f, System.nanoTime() + settings.pollInterval().toNanos());
                    synchronized (inFlight) {
                        inFlight.remove(f);
                        inFlight.notifyAll();
                    }
                }
            });
        }
    }

    private void awaitIdle(Set<Integer> partitions) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(ACK_TIMEOUT_SECONDS);
        synchronized (inFlight) {
            while (inFlight.stream().anyMatch(f -> partitions.contains(partitionOf(f)))
                    && System.nanoTime() < deadline) {
                try {
                    inFlight.wait(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    int partitionOf(String feed) {
        return Utils.toPositive(Utils.murmur2(feed.getBytes(StandardCharsets.UTF_8))) % statePartitions;
    }

    private void poll(URI feed) {
        String f = feed.toString();
        FeedStatus st = status.get(f);
        st.polls++;
        try {
            if (pollDocument(f, feed, st, true)) {
                st.ok.increment();
            }
            healthy(st);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | ExecutionException | TimeoutException | RuntimeException e) {
            st.error.increment();
            st.up = false;
            st.lastError = e.getClass().getSimpleName() + ": " + e.getMessage();
            LOG.warn("feed {}: {}", f, st.lastError);
        }
    }

    /**
     * Fetches one document of source {@code f} (the feed itself, or a sitemap its index lists) with
     * its own validators, publishes its new items, and follows the sitemaps of an index one level
     * down. Items are seen under the source, so a page listed by two sitemaps is published once.
     *
     * @return false when the document was not modified (a 304)
     */
    private boolean pollDocument(String f, URI doc, FeedStatus st, boolean followIndex)
            throws IOException, InterruptedException, ExecutionException, TimeoutException {
        String d = doc.toString();
        Validators v = validators.getOrDefault(d, new Validators(null, null));
        PoliteFetcher.Fetched response = fetcher.get(doc, v.etag(), v.lastModified());
        if (response.status() == 304) {
            st.notModified.increment();
            return false;
        }
        if (response.status() != 200) {
            throw new IOException("HTTP " + response.status() + (d.equals(f) ? "" : " for " + d));
        }
        FeedParser.Document parsed = FeedParser.read(response.body(), response.contentType(), doc.toURL());
        if (!parsed.sitemaps().isEmpty() && !followIndex) {
            throw new IOException("sitemap index inside a sitemap index: " + d);
        }
        Set<String> done = seen.computeIfAbsent(f, k -> ConcurrentHashMap.newKeySet());
        if (!parsed.sitemaps().isEmpty()) {
            // An index keeps no validators: it is fetched whole every poll (it is small), since a
            // site may leave it unchanged while the sitemaps it lists grow; those are fetched with theirs.
            String firstError = null;
            int failedSitemaps = 0;
            for (java.net.URL sitemap : parsed.sitemaps()) {
                if (!running || !active.contains(partitionOf(f))) {
                    return true;
                }
                try {
                    pollDocument(f, sitemap.toURI(), st, false);
                } catch (IOException | java.net.URISyntaxException e) {
                    // one broken sitemap does not stop the others
                    failedSitemaps++;
                    firstError = firstError != null ? firstError : sitemap + ": " + e.getMessage();
                }
            }
            if (failedSitemaps > 0) {
                throw new IOException(failedSitemaps + " of " + parsed.sitemaps().size() + " sitemaps of the index "
                        + "failed, first " + firstError);
            }
            return true;
        }
        int failed = 0;
        for (FeedItem item : parsed.items()) {
            if (!running || !active.contains(partitionOf(f))) {
                // stopping, or the feed moved to another instance in a rebalance: it goes on there
                return true;
            }
            if (!publishItem(f, doc, item, done, st)) {
                failed++;
            }
        }
        if (failed == 0 && (response.etag() != null || response.lastModified() != null)) {
            // only once every item is in: a 304 must not hide an item whose page failed
            Map<String, String> state = new LinkedHashMap<>();
            if (response.etag() != null) {
                state.put("etag", response.etag());
            }
            if (response.lastModified() != null) {
                state.put("lastModified", response.lastModified());
            }
            // in the source's partition, so the instance polling the source reads it back
            stateProducer.send(new ProducerRecord<>(settings.stateTopic(), partitionOf(f), FEED + d,
                    Json.toJson(state))).get(ACK_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            validators.put(d, new Validators(response.etag(), response.lastModified()));
        }
        return true;
    }

    /** Publishes an item's page unless already published; false when its page could not be had. */
    private boolean publishItem(String f, URI feed, FeedItem item, Set<String> done, FeedStatus st)
            throws InterruptedException, ExecutionException, TimeoutException {
        var canonical = ArticleIds.canonicalUrl(item.url());
        if (canonical.isEmpty()) {
            return true;
        }
        String id = ArticleIds.forCanonicalUrl(canonical.get());
        if (done.contains(id)) {
            st.itemsSeen.increment();
            return true;
        }
        PoliteFetcher.Fetched page;
        try {
            page = fetcher.get(URI.create(item.url()), null, null);
            if (page.status() != 200) {
                throw new IOException("HTTP " + page.status());
            }
        } catch (IOException | IllegalArgumentException e) {
            st.pagesFailed.increment();
            LOG.debug("feed {}: page {} not fetched: {}", f, item.url(), e.getMessage());
            return false;
        }
        String origin = "feed:" + f;
        RawArticle raw = RawArticle.builder(decode(origin, page)).format(ContentFormat.HTML).url(item.url())
                .title(item.title()).publishedAt(item.publishedAt()).ingestedAt(clock.instant()).origin(origin)
                .build();
        raw = raw.withId(id);
        rawProducer.send(new IngestItem(id, Json.toBytes(raw), origin)).get(ACK_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        stateProducer.send(new ProducerRecord<>(settings.stateTopic(), partitionOf(f), SEEN + f + "\t" + id,
                item.url())).get(ACK_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        done.add(id);
        published.incrementAndGet();
        st.itemsPublished.increment();
        return true;
    }

    private void healthy(FeedStatus st) {
        st.up = true;
        st.lastError = null;
        st.lastSuccessEpochSeconds = clock.instant().getEpochSecond();
    }

    private static String decode(String origin, PoliteFetcher.Fetched page) {
        String type = page.contentType();
        if (type != null) {
            int i = type.toLowerCase(java.util.Locale.ROOT).indexOf("charset=");
            if (i >= 0) {
                String name = type.substring(i + 8).replace("\"", "").split("[;\\s]")[0];
                return ArticleReader.decodeDeclared(origin, page.body(), name);
            }
        }
        return ArticleReader.decodeText(origin, page.body());
    }

    /** Items published by this instance since it started. */
    public long published() {
        return published.get();
    }

    /**
     * Per source: polls, up, last success, last error, items published (new) and seen (already
     * published), 304s, failed polls and failed pages; for {@code /api/stats} and the dashboard's
     * feeds panel.
     */
    public Map<String, Object> health() {
        Map<String, Object> out = new LinkedHashMap<>();
        status.forEach((source, st) -> {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("polls", st.polls);
            s.put("up", st.up);
            s.put("lastSuccess", st.lastSuccessEpochSeconds == 0 ? null
                    : Instant.ofEpochSecond(st.lastSuccessEpochSeconds).toString());
            s.put("lastError", st.lastError);
            s.put("itemsPublished", (long) st.itemsPublished.count());
            s.put("itemsSeen", (long) st.itemsSeen.count());
            s.put("notModified", (long) st.notModified.count());
            s.put("errors", (long) st.error.count());
            s.put("pagesFailed", (long) st.pagesFailed.count());
            out.put(source, s);
        });
        return out;
    }

    /** Polls of one feed since start, for tests and progress. */
    public long polls(URI feed) {
        return status.get(feed.toString()).polls;
    }

    /** Whether this instance polls this feed (its partition is assigned and read). */
    public boolean owns(URI feed) {
        return active.contains(partitionOf(feed.toString()));
    }

    @Override
    public void close() {
        running = false;
        if (loop != null) {
            consumer.wakeup();
            try {
                loop.join(TimeUnit.SECONDS.toMillis(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        workers.shutdownNow();
        try {
            workers.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (stateProducer != null) {
            stateProducer.close(Duration.ofSeconds(10));
        }
        if (rawProducer != null) {
            rawProducer.close();
        }
    }

    /** The feeds of a sources file: one URL per line; blank lines and {@code #} comments ignored. */
    public static List<URI> readSources(java.nio.file.Path file) throws IOException {
        List<URI> out = new ArrayList<>();
        int n = 0;
        for (String line : java.nio.file.Files.readAllLines(file, StandardCharsets.UTF_8)) {
            n++;
            String s = line.strip();
            if (s.isEmpty() || s.startsWith("#")) {
                continue;
            }
            URI uri;
            try {
                uri = URI.create(s.split("\\s+")[0]);
            } catch (IllegalArgumentException e) {
                throw new IOException(file + ":" + n + ": not a URL: " + s, e);
            }
            if (uri.getScheme() == null || !uri.getScheme().startsWith("http") || uri.getHost() == null) {
                throw new IOException(file + ":" + n + ": not an http(s) URL: " + s);
            }
            out.add(uri);
        }
        return out;
    }
}
