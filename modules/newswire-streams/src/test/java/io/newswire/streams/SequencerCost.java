package io.newswire.streams;

import io.newswire.enrich.api.Pipeline;
import io.newswire.enrich.api.Pipelines;
import io.newswire.enrich.duplicates.DuplicateIndex;
import io.newswire.enrich.duplicates.DuplicatesStage;
import io.newswire.enrich.stories.StoryClusterer;
import io.newswire.kafka.NewswireConfig;
import io.newswire.model.Article;
import io.newswire.model.ArticleLimits;
import io.newswire.model.Json;
import io.newswire.model.RawArticle;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.IntegerDeserializer;
import org.apache.kafka.common.serialization.IntegerSerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueBytesStoreSupplier;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.processor.StateStoreContext;
import org.apache.kafka.streams.query.Position;
import org.apache.kafka.streams.query.PositionBound;
import org.apache.kafka.streams.query.Query;
import org.apache.kafka.streams.query.QueryConfig;
import org.apache.kafka.streams.query.QueryResult;

/**
 * A measuring tool, not a test (docs/BENCHMARKS.md, "s36"): the thread CPU an article of the streams app's sequencer,
 * the real {@link SequencerProcessor} with its real output nodes over the app's own stores (RocksDB, record caches,
 * changelogs, {@link BoundedRocksDbConfig}), in a {@code TopologyTestDriver} task fed {@value #DEFAULT_BATCH} sequence
 * records an input record, so that the task commits every {@value #DEFAULT_BATCH} articles as the app's 100 ms
 * commits do at 500 articles/s. Prints, a run per mode and round: thread CPU an article in the processors and with
 * the commits, bytes allocated, a digest of every decision and news.stories record (equal digests: equal answers),
 * and the changelog records and bytes an article; with {@code -Dcount} also the RocksDB calls reaching the local
 * duplicates index. Until s36 each session wrote such a harness anew outside the project.
 *
 * <pre>
 * java -cp &lt;test class path&gt;[:&lt;bench classes&gt;] io.newswire.streams.SequencerCost prepare synthetic|DIR N FILE
 * java -cp &lt;test class path&gt; io.newswire.streams.SequencerCost run FILE ROUNDS dup,stories
 * </pre>
 *
 * {@code prepare} runs the standard pipeline and the pending step's code over N of the bench's synthetic stories
 * ({@code io.newswire.bench.SyntheticStories}, found on the class path) or over a directory of plain-text articles
 * (first line the title, e.g. the BBC set) and writes their sequence records to FILE; {@code run} alternates the
 * modes round by round ({@code dup}: duplicates only; {@code stories}: with same-event stories). To compare two
 * builds in one JVM, load each build's streams classes in a class loader of its own and call {@link #once}.
 */
final class SequencerCost {
    static final com.sun.management.ThreadMXBean T = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    static final int DEFAULT_BATCH = 50;
    static final int BATCH = Integer.getInteger("batch", DEFAULT_BATCH);
    static DedupCodec.SequenceRecord[] input;
    static long processNanos;
    static MessageDigest digest;

    public static void main(String[] args) throws Exception {
        if (args[0].equals("prepare")) {
            prepare(args[1], Integer.parseInt(args[2]), Path.of(args[3]));
            return;
        }
        input = read(Path.of(args[1]));
        int rounds = Integer.parseInt(args[2]);
        String[] modes = args[3].split(",");
        for (int r = 0; r < rounds; r++) {
            for (int m = 0; m < modes.length; m++) {
                String mode = modes[(r % 2 == 0) ? m : modes.length - 1 - m];
                run(mode, r);
            }
        }
    }

    static String inputFile;

    /** One round in this class loader (the driver alternates loaders). */
    public static void once(String file, String mode, int round) throws Exception {
        if (!file.equals(inputFile)) {
            input = read(Path.of(file));
            inputFile = file;
        }
        run(mode, round);
    }

    static void run(String mode, int round) throws Exception {
        boolean stories = mode.equals("stories");
        NewswireConfig config = NewswireConfig.from(Map.of("bootstrap.servers", "unused:9092",
                NewswireConfig.DUPLICATES_ENABLED, "true",
                NewswireConfig.DUPLICATES_SAME_EVENT_STORIES, Boolean.toString(stories)));
        Path dir = Files.createTempDirectory("sequencer-cost");
        Properties p = StreamsApp.streamsProperties(config);
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        p.put(StreamsConfig.STATE_DIR_CONFIG, dir.toString());
        Topology t = new Topology();
        t.addSource("in", new StringDeserializer(), new IntegerDeserializer(), "seq-in");
        DuplicatesStage stage = new DuplicatesStage();
        StoryClusterer.Settings cs = stories ? StoryClusterer.Settings.STANDARD.withRetention(config.duplicates().retention()) : null;
        DuplicateIndex.Settings settings = DuplicateIndex.Settings.STANDARD.withRetention(
                config.duplicates().retention(), DuplicateIndex.Settings.STANDARD.idle());
        t.addProcessor(NewswireTopology.SEQUENCER, () -> new Batch(new SequencerProcessor(stage, settings, cs)), "in");
        JoinBackProcessor join = new JoinBackProcessor(config.limits().maxOutputBytes(),
                new DeadLetterRouter(io.newswire.kafka.PipelineObserver.NOOP, java.time.Clock.systemUTC()));
        t.addProcessor("digest", Digest::new, NewswireTopology.SEQUENCER);
        t.addProcessor(NewswireTopology.SEQUENCED_OUTPUT, join::onSequenced, NewswireTopology.SEQUENCER);
        t.<String, Outcome<byte[]>, String, byte[]>addProcessor(NewswireTopology.SEQUENCED_ENRICHED,
                () -> new Accepted<>(json -> json), NewswireTopology.SEQUENCED_OUTPUT);
        t.addSink("out", "news.enriched", new StringSerializer(), new ByteArraySerializer(), NewswireTopology.SEQUENCED_ENRICHED);
        t.<String, SequencerProcessor.Sequenced, String, byte[]>addProcessor(NewswireTopology.TO_STORIES,
                () -> new Routed<>(r -> r.value().storyId() == null ? null
                        : r.withKey(r.value().storyId()).withValue(r.value().story() == null ? null
                                : Json.toBytes(r.value().story()))), NewswireTopology.SEQUENCER);
        t.addSink("stories-out", "news.stories", new StringSerializer(), new ByteArraySerializer(), NewswireTopology.TO_STORIES);
        addStores(t, stories);
        digest = MessageDigest.getInstance("SHA-256");
        long bytes0 = 0;
        try (TopologyTestDriver d = new TopologyTestDriver(t, p)) {
            TestInputTopic<String, Integer> in = d.createInputTopic("seq-in", new StringSerializer(), new IntegerSerializer());
            processNanos = 0;
            long cpu0 = T.getCurrentThreadCpuTime();
            long alloc0 = T.getThreadAllocatedBytes(Thread.currentThread().getId());
            for (int b = 0; b * BATCH < input.length; b++) {
                in.pipeInput("k", b, 0L);
            }
            long cpu = T.getCurrentThreadCpuTime() - cpu0;
            long alloc = T.getThreadAllocatedBytes(Thread.currentThread().getId()) - alloc0;
            StringBuilder logs = new StringBuilder();
            for (String topic : new java.util.TreeSet<>(d.producedTopicNames())) {
                if (!topic.contains("changelog")) {
                    continue;
                }
                var o = d.createOutputTopic(topic, new org.apache.kafka.common.serialization.ByteArrayDeserializer(),
                        new org.apache.kafka.common.serialization.ByteArrayDeserializer());
                long recs = 0;
                long size = 0;
                while (!o.isEmpty()) {
                    var kv = o.readRecord();
                    recs++;
                    size += (kv.key() == null ? 0 : kv.key().length) + (kv.value() == null ? 0 : kv.value().length);
                }
                logs.append(String.format(Locale.ROOT, " %s=%.2f/%.0fB", topic.replace("seqcost-", "").replace("-changelog", ""),
                        recs / (double) input.length, size / (double) input.length));
                bytes0 += size;
            }
            int n = input.length;
            System.out.printf(Locale.ROOT, "round %d %-8s n=%d process %.1f us, with commits %.1f us, alloc %.1f KB/article, digest %s, changelog %.0f B/article:%s%n",
                    round, mode, n, processNanos / 1e3 / n, cpu / 1e3 / n, alloc / 1024.0 / n,
                    HexFormat.of().formatHex(digest.digest()).substring(0, 12), bytes0 / (double) n, logs);
        }
        if (System.getProperty("count") != null) {
            long[] c = CountingStore.N;
            double n = input.length;
            System.out.printf(Locale.ROOT, "  local index store: gets %.2f (absent %.2f), puts %.2f, deletes %.2f, batches %.2f of %.2f entries, ranges %.3f an article%n",
                    (c[0] + c[1]) / n, c[1] / n, c[2] / n, c[3] / n, c[4] / n, c[5] / n, c[6] / n);
            java.util.Arrays.fill(c, 0);
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }

    static final class Batch implements Processor<String, Integer, String, SequencerProcessor.Sequenced> {
        final SequencerProcessor seq;

        Batch(SequencerProcessor seq) {
            this.seq = seq;
        }

        @Override
        public void init(ProcessorContext<String, SequencerProcessor.Sequenced> context) {
            seq.init(context);
        }

        @Override
        public void process(Record<String, Integer> record) {
            long c = T.getCurrentThreadCpuTime();
            int from = record.value() * BATCH;
            for (int i = from; i < Math.min(input.length, from + BATCH); i++) {
                DedupCodec.SequenceRecord s = input[i];
                seq.process(new Record<>(s.id(), s, s.ingestedAt().toEpochMilli()));
            }
            processNanos += T.getCurrentThreadCpuTime() - c;
        }
    }

    static final class Digest implements Processor<String, SequencerProcessor.Sequenced, Void, Void> {
        @Override
        public void process(Record<String, SequencerProcessor.Sequenced> r) {
            var v = r.value();
            String line;
            if (v.decision() != null) {
                var d = v.decision();
                line = "D " + d.id() + " " + d.duplicateOf() + " " + d.story() + " " + d.error()
                        + " " + (d.stories() == null ? null : d.stories().error());
            } else {
                line = "S " + v.storyId() + " " + v.story();
            }
            digest.update(line.getBytes(StandardCharsets.UTF_8));
        }
    }

    static void prepare(String src, int n, Path file) throws Exception {
        List<RawArticle> raws = new ArrayList<>();
        Instant t0 = Instant.parse("2026-05-01T00:00:00Z");
        if (src.equals("synthetic")) {
            for (int i = 0; i < n; i++) {
                RawArticle r = synthetic(i, t0.plusMillis(2L * i));
                raws.add(r);
            }
        } else {
            Path dir = Path.of(src);
            List<Path> files;
            try (Stream<Path> s = Files.walk(dir)) {
                files = s.filter(f -> f.toString().endsWith(".txt") && !f.getFileName().toString().startsWith("README"))
                        .sorted().toList();
            }
            long step = Duration.ofDays(6).toMillis() / Math.max(1, files.size());
            for (Path f : files) {
                String text = Files.readString(f, StandardCharsets.ISO_8859_1);
                int nl = text.indexOf('\n');
                String title = nl < 0 ? null : text.substring(0, nl).strip();
                String body = nl < 0 ? text : text.substring(nl + 1).strip();
                Instant at = t0.plusMillis(step * raws.size());
                raws.add(RawArticle.builder(body).title(title)
                        .url("https://sample.example/" + dir.relativize(f).toString().replace('\\', '/'))
                        .ingestedAt(at).build());
            }
        }
        Pipeline pipeline = Pipelines.standard();
        DuplicatesStage stage = new DuplicatesStage();
        try (DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(file)))) {
            out.writeInt(raws.size());
            int i = 0;
            for (RawArticle raw : raws) {
                Article a = pipeline.process(Json.decodeRaw(Json.toBytes(raw), ArticleLimits.DEFAULT), ArticleLimits.DEFAULT);
                byte[] json = Json.toBytes(a);
                var pending = new DedupCodec.Pending(a.ingestedAt().toEpochMilli(), new RecordHeaders(), json,
                        ArticleTail.split(json, a));
                var s = new DedupCodec.SequenceRecord(a.id(), a.publishedAt(), a.ingestedAt(), 0, i++,
                        stage.signature(a), 20, null, StoryTracker.Features.of(a), StoryClusterer.features(a), pending);
                byte[] b = DedupCodec.SEQUENCE.serializer().serialize("", s);
                out.writeInt(b.length);
                out.write(b);
            }
        }
        System.out.println("prepared " + raws.size());
    }

    static DedupCodec.SequenceRecord[] read(Path file) throws Exception {
        try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(file)))) {
            int n = in.readInt();
            DedupCodec.SequenceRecord[] out = new DedupCodec.SequenceRecord[n];
            for (int i = 0; i < n; i++) {
                byte[] b = new byte[in.readInt()];
                in.readFully(b);
                out[i] = DedupCodec.SEQUENCE.deserializer().deserialize("", b);
            }
            return out;
        }
    }

    /** The sequencer's stores as {@code NewswireTopology.addDuplicates} declares them (the local index counted with -Dcount). */
    static void addStores(Topology topology, boolean sameEvent) {
        String sequencer = NewswireTopology.SEQUENCER;
        topology.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(SequencerProcessor.STORE),
                Serdes.Long(), DedupCodec.LOG_ENTRY).withCachingDisabled(), sequencer);
        topology.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(StoredDuplicateState.INDEX),
                Serdes.Bytes(), Serdes.ByteArray()).withCachingDisabled(), sequencer);
        KeyValueBytesStoreSupplier local = Stores.persistentKeyValueStore(LoggedIndex.WORK);
        topology.addStateStore(Stores.keyValueStoreBuilder(System.getProperty("count") != null
                ? CountingStore.supplier(local) : local, Serdes.Bytes(), Serdes.ByteArray()).withCachingDisabled()
                .withLoggingDisabled(), sequencer);
        topology.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(LoggedIndex.OPS),
                Serdes.Long(), Serdes.ByteArray()).withCachingDisabled(), sequencer);
        topology.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(LoggedIndex.SNAPSHOT),
                Serdes.Bytes(), Serdes.ByteArray()).withCachingDisabled(), sequencer);
        topology.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(StoryTracker.STORE),
                Serdes.String(), DedupCodec.STORY_STATE), sequencer);
        if (sameEvent) {
            NewswireTopology.addStoryStores(topology);
        }
    }

    /** The bench's synthetic story {@code i} (the bench module is not a dependency of this one: found by name). */
    private static RawArticle synthetic(int i, Instant ingestedAt) throws ReflectiveOperationException {
        return (RawArticle) Class.forName("io.newswire.bench.SyntheticStories")
                .getMethod("story", long.class, int.class, Instant.class).invoke(null, 42L, i, ingestedAt);
    }

    /** Counts the calls that reach a bytes store (the RocksDB store under the local duplicates index). */
    static final class CountingStore implements KeyValueStore<Bytes, byte[]> {
        /** Reads of held keys, reads of absent keys, puts, deletes, batches, batched entries, ranges. */
        static final long[] N = new long[8];
        private final KeyValueStore<Bytes, byte[]> in;

        CountingStore(KeyValueStore<Bytes, byte[]> in) {
            this.in = in;
        }

        static KeyValueBytesStoreSupplier supplier(KeyValueBytesStoreSupplier s) {
            return new KeyValueBytesStoreSupplier() {
                @Override
                public String name() {
                    return s.name();
                }

                @Override
                public KeyValueStore<Bytes, byte[]> get() {
                    return new CountingStore(s.get());
                }

                @Override
                public String metricsScope() {
                    return s.metricsScope();
                }
            };
        }

        @Override
        public void put(Bytes k, byte[] v) {
            N[v == null ? 3 : 2]++;
            in.put(k, v);
        }

        @Override
        public byte[] putIfAbsent(Bytes k, byte[] v) {
            return in.putIfAbsent(k, v);
        }

        @Override
        public void putAll(List<KeyValue<Bytes, byte[]>> e) {
            N[4]++;
            N[5] += e.size();
            in.putAll(e);
        }

        @Override
        public byte[] delete(Bytes k) {
            N[3]++;
            return in.delete(k);
        }

        @Override
        public byte[] get(Bytes k) {
            byte[] v = in.get(k);
            N[v == null ? 1 : 0]++;
            return v;
        }

        @Override
        public KeyValueIterator<Bytes, byte[]> range(Bytes a, Bytes b) {
            N[6]++;
            return in.range(a, b);
        }

        @Override
        public KeyValueIterator<Bytes, byte[]> reverseRange(Bytes a, Bytes b) {
            N[6]++;
            return in.reverseRange(a, b);
        }

        @Override
        public KeyValueIterator<Bytes, byte[]> all() {
            N[6]++;
            return in.all();
        }

        @Override
        public KeyValueIterator<Bytes, byte[]> reverseAll() {
            N[6]++;
            return in.reverseAll();
        }

        @Override
        public <S extends Serializer<P>, P> KeyValueIterator<Bytes, byte[]> prefixScan(P prefix, S serializer) {
            N[6]++;
            return in.prefixScan(prefix, serializer);
        }

        @Override
        public long approximateNumEntries() {
            return in.approximateNumEntries();
        }

        @Override
        public String name() {
            return in.name();
        }

        @Override
        public void init(StateStoreContext context, StateStore root) {
            in.init(context, root);
        }

        @Override
        public void commit(Map<TopicPartition, Long> offsets) {
            in.commit(offsets);
        }

        @Override
        public void close() {
            in.close();
        }

        @Override
        public boolean persistent() {
            return in.persistent();
        }

        @Override
        public boolean isOpen() {
            return in.isOpen();
        }

        @Override
        public <R> QueryResult<R> query(Query<R> query, PositionBound bound, QueryConfig config) {
            return in.query(query, bound, config);
        }

        @Override
        public Position getPosition() {
            return in.getPosition();
        }
    }
}
