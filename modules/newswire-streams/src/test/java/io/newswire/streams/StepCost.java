package io.newswire.streams;

import io.newswire.enrich.api.Pipeline;
import io.newswire.enrich.api.Pipelines;
import io.newswire.enrich.duplicates.DuplicateIndex;
import io.newswire.enrich.duplicates.DuplicatesStage;
import io.newswire.enrich.duplicates.TextSignature;
import io.newswire.enrich.stories.StoryClusterer;
import io.newswire.model.Article;
import io.newswire.model.ArticleLimits;
import io.newswire.model.Json;
import io.newswire.model.RawArticle;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;

/**
 * A measuring tool, not a test (docs/BENCHMARKS.md, "Duplicates step: CPU per article"): the CPU time and the bytes
 * allocated per article of each part of the duplicates step with same-event stories, on this thread
 * ({@code ThreadMXBean} thread CPU time and allocated bytes, so the figures do not depend on what else the machine
 * runs), beside the enrich task's own work (decode, pipeline, JSON encode) over the same articles. Each part runs as
 * a phase over all articles; the whole is run {@code passes} times and the last pass is printed (the earlier ones
 * warm the JIT). Not measured here: Kafka's own work for the step's records (produce, compress, fetch, the
 * changelogs), which the end-to-end bench sees.
 *
 * <p>{@code java -cp <test class path> io.newswire.streams.StepCost DIR [passes]} (DIR: plain-text articles, each
 * file's first line its title, e.g. the BBC set's {@code .txt} files)
 */
final class StepCost {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private StepCost() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        List<RawArticle> raws = read(dir);
        Map<String, long[]> last = null;
        for (int pass = 0; pass < passes; pass++) {
            last = pass(raws);
        }
        int n = raws.size();
        System.out.printf(Locale.ROOT, "articles=%d passes=%d (last printed)%n", n, passes);
        double enrich = last.get("enrich: decode + pipeline + JSON encode")[0];
        double step = 0;
        for (Map.Entry<String, long[]> e : last.entrySet()) {
            double micros = e.getValue()[0] / 1e3 / n;
            double bytes = e.getValue()[1] / (double) n;
            System.out.printf(Locale.ROOT, "%-48s %9.1f us/article %10.0f B/article%n", e.getKey(), micros, bytes);
            if (!e.getKey().startsWith("enrich") && !e.getKey().startsWith(" ") && !e.getKey().startsWith("(")) {
                step += micros;
            }
        }
        System.out.printf(Locale.ROOT, "step total %.1f us/article = %.1f%% of enrich's %.1f us/article%n", step,
                100 * step / (enrich / 1e3 / n), enrich / 1e3 / n);
    }

    private static Map<String, long[]> pass(List<RawArticle> raws) {
        int n = raws.size();
        Map<String, long[]> cost = new LinkedHashMap<>();
        Pipeline pipeline = Pipelines.standard();
        DuplicatesStage stage = new DuplicatesStage();
        Article[] articles = new Article[n];
        byte[][] json = new byte[n][];
        byte[][] rawBytes = new byte[n][];
        for (int i = 0; i < n; i++) {
            rawBytes[i] = Json.toBytes(raws.get(i));
        }
        measure(cost, "enrich: decode + pipeline + JSON encode", n, i -> {
            try {
                articles[i] = pipeline.process(Json.decodeRaw(rawBytes[i], ArticleLimits.DEFAULT), ArticleLimits.DEFAULT);
            } catch (io.newswire.model.InvalidArticleException e) {
                throw new IllegalStateException(e);
            }
            json[i] = Json.toBytes(articles[i]);
        });
        TextSignature[] signatures = new TextSignature[n];
        measure(cost, "pending: signature", n, i -> signatures[i] = stage.signature(articles[i]));
        StoryClusterer.Features[] features = new StoryClusterer.Features[n];
        measure(cost, "pending: clusterer features", n, i -> features[i] = StoryClusterer.features(articles[i]));
        StoryTracker.Features[] tracked = new StoryTracker.Features[n];
        measure(cost, "pending: news.stories features", n, i -> tracked[i] = StoryTracker.Features.of(articles[i]));
        DedupCodec.Parked[] parked = new DedupCodec.Parked[n];
        DedupCodec.SequenceRecord[] sequence = new DedupCodec.SequenceRecord[n];
        measure(cost, "pending: records built", n, i -> {
            parked[i] = new DedupCodec.Parked(0, i, new DedupCodec.Pending(articles[i].publishedAt().toEpochMilli(),
                    new RecordHeaders(), json[i], ArticleTail.split(json[i], articles[i])));
            sequence[i] = new DedupCodec.SequenceRecord(articles[i].id(), articles[i].publishedAt(),
                    articles[i].ingestedAt(), 0, i, signatures[i], 0, null, tracked[i], features[i]);
        });
        byte[][] wire = new byte[n][];
        measure(cost, "parked topic: encode", n, i -> wire[i] = DedupCodec.PARKED.serializer().serialize("", parked[i]));
        measure(cost, "parked topic: decode", n, i -> parked[i] = DedupCodec.PARKED.deserializer().deserialize("", wire[i]));
        // the broker clients compress a batch (lz4, the app's setting) on send and decompress it on fetch: once for
        // the parked topic, once more for the pending-articles changelog when the article is still there at a commit
        net.jpountz.lz4.LZ4Compressor lz4 = net.jpountz.lz4.LZ4Factory.fastestInstance().fastCompressor();
        net.jpountz.lz4.LZ4FastDecompressor unlz4 = net.jpountz.lz4.LZ4Factory.fastestInstance().fastDecompressor();
        measure(cost, "(clients: lz4 of the parked record, both ways)", n, i -> {
            byte[] packed = lz4.compress(wire[i]);
            unlz4.decompress(packed, wire[i].length);
        });
        measure(cost, "sequence topic: encode", n,
                i -> wire[i] = DedupCodec.SEQUENCE.serializer().serialize("", sequence[i]));
        measure(cost, "sequence topic: decode", n,
                i -> sequence[i] = DedupCodec.SEQUENCE.deserializer().deserialize("", wire[i]));

        MockProcessorContext<String, SequencerProcessor.Sequenced> context = new MockProcessorContext<>();
        store(context, SequencerProcessor.STORE, Serdes.Long(), DedupCodec.LOG_ENTRY);
        store(context, StoredDuplicateState.INDEX, Serdes.Bytes(), Serdes.ByteArray());
        store(context, LoggedIndex.WORK, Serdes.Bytes(), Serdes.ByteArray());
        store(context, LoggedIndex.OPS, Serdes.Long(), Serdes.ByteArray());
        store(context, LoggedIndex.SNAPSHOT, Serdes.Bytes(), Serdes.ByteArray());
        store(context, StoryTracker.STORE, Serdes.String(), DedupCodec.STORY_STATE);
        store(context, StoredStoryState.COUNTS, Serdes.Long(), DedupCodec.INTS);
        store(context, StoredStoryState.COUNTS_LOG, Serdes.Long(), DedupCodec.LONGS);
        store(context, StoredStoryState.RECORDS, Serdes.String(), DedupCodec.STORY_RECORD);
        store(context, StoredStoryState.POSTINGS, Serdes.Long(), DedupCodec.STORY_IDS);
        store(context, StoredStoryState.STORY_OF, Serdes.String(), Serdes.String());
        SequencerProcessor sequencer = new SequencerProcessor(stage, DuplicateIndex.Settings.STANDARD,
                StoryClusterer.Settings.STANDARD);
        sequencer.init(context);
        List<DedupCodec.Decision> decisions = new ArrayList<>(n);
        List<StoryTracker.StoryRecord> stories = new ArrayList<>(n);
        measure(cost, "sequencer: duplicates + stories + stores", n, i -> {
            context.resetForwards();
            sequencer.process(new Record<>(sequence[i].id(), sequence[i], 0L));
            for (var f : context.forwarded()) {
                SequencerProcessor.Sequenced s = f.record().value();
                if (s.decision() != null) {
                    decisions.add(s.decision());
                } else if (s.story() != null) {
                    stories.add(s.story());
                }
            }
        });
        // the sequencer's parts: the duplicates alone (with dedup-log and dedup-stories), and the clusterer over the
        // offline state in memory (no stores)
        MockProcessorContext<String, SequencerProcessor.Sequenced> dupContext = new MockProcessorContext<>();
        store(dupContext, SequencerProcessor.STORE, Serdes.Long(), DedupCodec.LOG_ENTRY);
        store(dupContext, StoredDuplicateState.INDEX, Serdes.Bytes(), Serdes.ByteArray());
        store(dupContext, LoggedIndex.WORK, Serdes.Bytes(), Serdes.ByteArray());
        store(dupContext, LoggedIndex.OPS, Serdes.Long(), Serdes.ByteArray());
        store(dupContext, LoggedIndex.SNAPSHOT, Serdes.Bytes(), Serdes.ByteArray());
        store(dupContext, StoryTracker.STORE, Serdes.String(), DedupCodec.STORY_STATE);
        SequencerProcessor duplicatesOnly = new SequencerProcessor(stage, DuplicateIndex.Settings.STANDARD, null);
        duplicatesOnly.init(dupContext);
        measure(cost, "  of which duplicates alone (+ their stores)", n, i -> {
            dupContext.resetForwards();
            duplicatesOnly.process(new Record<>(sequence[i].id(), sequence[i], 0L));
        });
        io.newswire.enrich.stories.InMemoryStoryState heap = new io.newswire.enrich.stories.InMemoryStoryState();
        StoryClusterer clusterer = new StoryClusterer(StoryClusterer.Settings.STANDARD, heap);
        Map<String, String> of = new java.util.HashMap<>();
        io.newswire.enrich.stories.SameEventStories same = new io.newswire.enrich.stories.SameEventStories(clusterer,
                heap, new io.newswire.enrich.stories.SameEventStories.StoryOf() {
                    @Override
                    public String get(String articleId) {
                        return of.get(articleId);
                    }

                    @Override
                    public void put(String articleId, String storyId) {
                        of.put(articleId, storyId);
                    }
                });
        DedupCodec.Decision[] decided = decisions.toArray(DedupCodec.Decision[]::new);
        measure(cost, "  of which stories in memory (no stores)", n, i -> same.story(sequence[i].id(),
                sequence[i].publishedAt(), sequence[i].ingestedAt(), decided[i].duplicateOf(),
                () -> sequence[i].clusterFeatures()));
        measure(cost, "sequencer: news.stories JSON", n, i -> {
            if (i < stories.size()) {
                wire[i] = Json.toBytes(stories.get(i));
            }
        });
        DedupCodec.Decision[] decision = decisions.toArray(DedupCodec.Decision[]::new);
        measure(cost, "decisions topic: encode + decode", n, i -> decision[i] = DedupCodec.DECISION.deserializer()
                .deserialize("", DedupCodec.DECISION.serializer().serialize("", decision[i])));
        DedupCodec.Pending[] pending = new DedupCodec.Pending[n];
        measure(cost, "join-back: pending store put + get", n, i -> pending[i] = DedupCodec.PENDING.deserializer()
                .deserialize("", DedupCodec.PENDING.serializer().serialize("", parked[i].pending())));
        measure(cost, "join-back: article with the decision, JSON", n,
                i -> wire[i] = JoinBackProcessor.output(pending[i], decision[i]));
        DedupCodec.Pending[] whole = new DedupCodec.Pending[n];
        for (int i = 0; i < n; i++) {
            whole[i] = new DedupCodec.Pending(pending[i].timestamp(), pending[i].headers(), pending[i].json(), -1);
        }
        measure(cost, "(join-back before s26: decode + encode)", n,
                i -> wire[i] = JoinBackProcessor.output(whole[i], decision[i]));
        return cost;
    }

    private static void measure(Map<String, long[]> cost, String part, int n, IntConsumer work) {
        Thread me = Thread.currentThread();
        long cpu = THREADS.getCurrentThreadCpuTime();
        long bytes = THREADS.getThreadAllocatedBytes(me.getId());
        for (int i = 0; i < n; i++) {
            work.accept(i);
        }
        cost.put(part, new long[] {THREADS.getCurrentThreadCpuTime() - cpu,
                THREADS.getThreadAllocatedBytes(me.getId()) - bytes});
    }

    private static List<RawArticle> read(Path dir) throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.toString().endsWith(".txt") && !p.getFileName().toString().startsWith("README"))
                    .sorted().toList();
        }
        Instant t0 = Instant.parse("2026-05-01T00:00:00Z");
        long step = Duration.ofDays(6).toMillis() / Math.max(1, files.size());
        List<RawArticle> raws = new ArrayList<>();
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.ISO_8859_1);
            int nl = text.indexOf('\n');
            String title = nl < 0 ? null : text.substring(0, nl).strip();
            String body = nl < 0 ? text : text.substring(nl + 1).strip();
            Instant at = t0.plusMillis(step * raws.size());
            raws.add(RawArticle.builder(body).title(title)
                    .url("https://sample.example/" + dir.relativize(f).toString().replace('\\', '/'))
                    .publishedAt(at.toString()).ingestedAt(at).build());
        }
        return raws;
    }

    private static <K, V> void store(MockProcessorContext<?, ?> context, String name, Serde<K> keys, Serde<V> values) {
        KeyValueStore<K, V> store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(name), keys, values)
                .withLoggingDisabled().build();
        store.init(context.getStateStoreContext(), store);
        context.addStateStore(store);
    }
}
