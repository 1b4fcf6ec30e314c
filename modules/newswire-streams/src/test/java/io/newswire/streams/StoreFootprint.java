package io.newswire.streams;

import io.newswire.enrich.api.Pipeline;
import io.newswire.enrich.api.Pipelines;
import io.newswire.enrich.duplicates.DuplicateIndex;
import io.newswire.enrich.duplicates.DuplicatesStage;
import io.newswire.enrich.stories.StoryClusterer;
import io.newswire.model.Article;
import io.newswire.model.ArticleLimits;
import io.newswire.model.RawArticle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;

/**
 * A measuring tool, not a test (docs/STORIES.md, "Memory"): feeds a directory of plain-text articles (each file's
 * first line its title, the rest its body; e.g. the BBC set's {@code .txt} files) through the standard pipeline,
 * the enrich task's signature and story features, and the sequencer with duplicates and same-event stories on,
 * their event times spread evenly over {@code days} (so a 7-day retention drops nothing), then prints the bytes
 * each sequencer store holds as serialised (keys and values: what its changelog holds after compaction and what
 * an in-memory store keeps as byte arrays), in all and per article.
 *
 * <p>{@code java -cp <test class path> io.newswire.streams.StoreFootprint DIR [days]}
 */
final class StoreFootprint {

    private StoreFootprint() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int days = args.length > 1 ? Integer.parseInt(args[1]) : 6;
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.toString().endsWith(".txt") && !p.getFileName().toString().startsWith("README"))
                    .sorted().toList();
        }
        Pipeline pipeline = Pipelines.standard();
        DuplicatesStage stage = new DuplicatesStage();
        MockProcessorContext<String, SequencerProcessor.Sequenced> context = new MockProcessorContext<>();
        KeyValueStore<Long, DedupCodec.LogEntry> log = store(context, SequencerProcessor.STORE, Serdes.Long(),
                DedupCodec.LOG_ENTRY);
        KeyValueStore<org.apache.kafka.common.utils.Bytes, byte[]> index = store(context, StoredDuplicateState.INDEX,
                Serdes.Bytes(), Serdes.ByteArray());
        KeyValueStore<org.apache.kafka.common.utils.Bytes, byte[]> work = store(context, LoggedIndex.WORK,
                Serdes.Bytes(), Serdes.ByteArray());
        KeyValueStore<Long, byte[]> ops = store(context, LoggedIndex.OPS, Serdes.Long(), Serdes.ByteArray());
        KeyValueStore<org.apache.kafka.common.utils.Bytes, byte[]> copies = store(context, LoggedIndex.SNAPSHOT,
                Serdes.Bytes(), Serdes.ByteArray());
        KeyValueStore<String, StoryTracker.StoryState> tracked = store(context, StoryTracker.STORE, Serdes.String(),
                DedupCodec.STORY_STATE);
        KeyValueStore<Long, int[]> counts = store(context, StoredStoryState.COUNTS, Serdes.Long(), DedupCodec.INTS);
        KeyValueStore<Long, long[]> countsLog = store(context, StoredStoryState.COUNTS_LOG, Serdes.Long(),
                DedupCodec.LONGS);
        KeyValueStore<String, io.newswire.enrich.stories.StoryState.StoryRecord> records = store(context,
                StoredStoryState.RECORDS, Serdes.String(), DedupCodec.STORY_RECORD);
        KeyValueStore<Long, List<String>> postings = store(context, StoredStoryState.POSTINGS, Serdes.Long(),
                DedupCodec.STORY_IDS);
        KeyValueStore<String, String> storyOf = store(context, StoredStoryState.STORY_OF, Serdes.String(),
                Serdes.String());
        SequencerProcessor sequencer = new SequencerProcessor(stage, DuplicateIndex.Settings.STANDARD,
                StoryClusterer.Settings.STANDARD);
        sequencer.init(context);
        Instant t0 = Instant.parse("2026-05-01T00:00:00Z");
        long step = Duration.ofDays(days).toMillis() / Math.max(1, files.size());
        long textBytes = 0;
        int n = 0;
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.ISO_8859_1);
            int nl = text.indexOf('\n');
            String title = nl < 0 ? null : text.substring(0, nl).strip();
            String body = nl < 0 ? text : text.substring(nl + 1).strip();
            Instant at = t0.plusMillis(step * n);
            RawArticle raw = RawArticle.builder(body).title(title)
                    .url("https://sample.example/" + dir.relativize(f).toString().replace('\\', '/'))
                    .publishedAt(at.toString()).ingestedAt(at).build();
            // decoded as the app decodes news.raw (the id comes from the URL)
            Article a = pipeline.process(io.newswire.model.Json.decodeRaw(io.newswire.model.Json.toBytes(raw),
                    ArticleLimits.DEFAULT), ArticleLimits.DEFAULT);
            textBytes += a.text() == null ? 0 : a.text().getBytes(StandardCharsets.UTF_8).length;
            DedupCodec.SequenceRecord r = new DedupCodec.SequenceRecord(a.id(), a.publishedAt(), a.ingestedAt(), 0, n,
                    stage.signature(a), 0, null, StoryTracker.Features.of(a), StoryClusterer.features(a));
            sequencer.process(new Record<>(a.id(), r, 0L));
            n++;
        }
        long stories = count(records);
        System.out.printf(Locale.ROOT, "articles=%d days=%d mean-text=%d B stories=%d postings=%d df-blocks=%d%n", n,
                days, textBytes / Math.max(1, n), stories, count(postings), count(counts));
        long total = 0;
        total += print("dedup-log", log, Serdes.Long(), DedupCodec.LOG_ENTRY, n);
        total += print(StoredDuplicateState.INDEX, index, Serdes.Bytes(), Serdes.ByteArray(), n);
        // the local index (no changelog) and what makes it durable: the operations since the last copy and the copies
        total += print(LoggedIndex.WORK, work, Serdes.Bytes(), Serdes.ByteArray(), n);
        total += print(LoggedIndex.OPS, ops, Serdes.Long(), Serdes.ByteArray(), n);
        total += print(LoggedIndex.SNAPSHOT, copies, Serdes.Bytes(), Serdes.ByteArray(), n);
        total += print("dedup-stories", tracked, Serdes.String(), DedupCodec.STORY_STATE, n);
        total += print(StoredStoryState.COUNTS, counts, Serdes.Long(), DedupCodec.INTS, n);
        total += print(StoredStoryState.COUNTS_LOG, countsLog, Serdes.Long(), DedupCodec.LONGS, n);
        total += print(StoredStoryState.RECORDS, records, Serdes.String(), DedupCodec.STORY_RECORD, n);
        total += print(StoredStoryState.POSTINGS, postings, Serdes.Long(), DedupCodec.STORY_IDS, n);
        total += print(StoredStoryState.STORY_OF, storyOf, Serdes.String(), Serdes.String(), n);
        System.out.printf(Locale.ROOT, "all stores: %d B, %d B per article; per story record %d B%n", total,
                total / Math.max(1, n), bytes(records, Serdes.String(), DedupCodec.STORY_RECORD) / Math.max(1, stories));
    }

    private static <K, V> KeyValueStore<K, V> store(MockProcessorContext<?, ?> context, String name, Serde<K> keys,
            Serde<V> values) {
        KeyValueStore<K, V> store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(name), keys, values)
                .withLoggingDisabled().build();
        store.init(context.getStateStoreContext(), store);
        context.addStateStore(store);
        return store;
    }

    private static <K, V> long print(String name, KeyValueStore<K, V> store, Serde<K> keys, Serde<V> values, int n) {
        long b = bytes(store, keys, values);
        System.out.printf(Locale.ROOT, "%-18s entries=%8d bytes=%12d per-article=%8.1f%n", name, count(store), b,
                b / (double) Math.max(1, n));
        return b;
    }

    private static <K, V> long bytes(KeyValueStore<K, V> store, Serde<K> keys, Serde<V> values) {
        long b = 0;
        try (KeyValueIterator<K, V> it = store.all()) {
            while (it.hasNext()) {
                var kv = it.next();
                b += keys.serializer().serialize("", kv.key).length + values.serializer().serialize("", kv.value).length;
            }
        }
        return b;
    }

    private static long count(KeyValueStore<?, ?> store) {
        long c = 0;
        try (var it = store.all()) {
            while (it.hasNext()) {
                it.next();
                c++;
            }
        }
        return c;
    }
}
