package io.newswire.streams;

import io.newswire.enrich.duplicates.DuplicateIndex;
import io.newswire.enrich.duplicates.DuplicatesStage;
import io.newswire.enrich.duplicates.Signatures;
import io.newswire.enrich.duplicates.TextSignature;
import io.newswire.enrich.stories.InMemoryStoryState;
import io.newswire.enrich.stories.StoryClusterer;
import io.newswire.model.Article;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;

/**
 * The sequencer's heap against the articles it holds (a tool, not a test: heap readings are not assertions). Feeds
 * synthetic articles (invented words; half of them copies or reports of an earlier event, all within one week of
 * event time, so retention drops nothing) either through the {@link SequencerProcessor} with its stores as the app
 * builds them since s30 (RocksDB, in a temporary directory, {@code stored}) or through the structures that answered
 * on the sequencer's heap until s29 ({@link DuplicateIndex} and a {@link StoryClusterer} over an {@link
 * InMemoryStoryState}, {@code heap}; the in-memory stores it also held are not counted), and prints the heap after a
 * full collection every {@code every} articles.
 *
 * <pre>java -Xmx2g -cp &lt;streams test class path&gt; io.newswire.streams.SequencerHeap stored|heap 100000 10000</pre>
 */
public final class SequencerHeap {

    private static final Instant T0 = Instant.parse("2026-06-01T00:00:00Z");
    private static final int WORDS = 20_000;

    private SequencerHeap() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        int n = Integer.parseInt(args[1]);
        int every = Integer.parseInt(args[2]);
        SplittableRandom r = new SplittableRandom(42);
        Signatures signatures = new Signatures();
        DuplicatesStage stage = new DuplicatesStage();
        SequencerProcessor sequencer = null;
        DuplicateIndex index = null;
        StoryClusterer clusterer = null;
        Path dir = Files.createTempDirectory("sequencer-heap");
        MockProcessorContext<String, SequencerProcessor.Sequenced> context = null;
        if (mode.equals("stored")) {
            context = new MockProcessorContext<>(
                    new java.util.Properties(), new org.apache.kafka.streams.processor.TaskId(0, 0), dir.toFile());
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
            sequencer = new SequencerProcessor(stage, DuplicateIndex.Settings.STANDARD, StoryClusterer.Settings.STANDARD);
            sequencer.init(context);
        } else {
            index = new DuplicateIndex();
            clusterer = new StoryClusterer(StoryClusterer.Settings.STANDARD, new InMemoryStoryState());
        }
        long base = heapAfterGc();
        System.out.printf(Locale.ROOT, "%s: heap after GC at start %.1f MB%n", mode, base / 1e6);
        String[] texts = new String[512];
        long start = System.nanoTime();
        for (int i = 1; i <= n; i++) {
            String text;
            int slot = r.nextInt(texts.length);
            if (texts[slot] != null && r.nextBoolean()) {
                // a copy of a recent text, cut short
                text = texts[slot].substring(0, texts[slot].length() * 4 / 5);
            } else {
                StringBuilder b = new StringBuilder(2_000);
                for (int w = 0; w < 300; w++) {
                    b.append('w').append(Integer.toString(r.nextInt(WORDS), 36)).append(' ');
                }
                b.append(r.nextInt(10_000));
                text = b.toString();
                texts[slot] = text;
            }
            TextSignature signature = signatures.of(text);
            StoryClusterer.Features features = features(r, text);
            Instant at = T0.plusMillis((long) i * 2_000);
            String id = "a" + i;
            if (sequencer != null) {
                DedupCodec.SequenceRecord s = new DedupCodec.SequenceRecord(id, at, at, 0, i, signature, 0, null,
                        StoryTracker.Features.NONE, features);
                sequencer.process(new Record<>(id, s, 0L));
                // the mock keeps every forwarded record; the app sends them on
                context.resetForwards();
            } else {
                Article a = Article.builder(id, "", "heap").publishedAt(at).ingestedAt(at).build();
                Article out = stage.apply(a, signature, index);
                if (out.duplicateOf() == null) {
                    clusterer.assign(id, at, features);
                }
            }
            if (i % every == 0) {
                long heap = heapAfterGc();
                System.out.printf(Locale.ROOT, "%s: %8d articles  heap after GC %8.1f MB  (+%6.0f B an article)  %.0f us an "
                        + "article%n", mode, i, heap / 1e6, (heap - base) / (double) i,
                        (System.nanoTime() - start) / 1e3 / i);
            }
        }
    }

    /** An article's features from its text: its words by count, three names, two figures. */
    private static StoryClusterer.Features features(SplittableRandom r, String text) {
        TreeMap<Long, Float> words = new TreeMap<>();
        for (String w : text.split(" ")) {
            words.merge((long) w.hashCode() * 0x9E3779B97F4A7C15L, 1f, Float::sum);
        }
        long[] keys = words.keySet().stream().mapToLong(Long::longValue).toArray();
        float[] counts = new float[keys.length];
        int i = 0;
        for (float c : words.values()) {
            counts[i++] = c;
        }
        long[] names = Arrays.stream(new long[] {keys[0], keys[1], keys[2]}).sorted().toArray();
        float[] nameCounts = {2f, 2f, 2f};
        long[] one = {keys[0]};
        return new StoryClusterer.Features(keys, counts, names, nameCounts, one, new long[] {keys[1]},
                new long[] {keys[2]}, new long[] {keys[3], keys[4]}, new long[0], new long[0], new long[0],
                new long[0], new long[0], names, names);
    }

    private static long heapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static <K, V> void store(MockProcessorContext<?, ?> context, String name, Serde<K> keys, Serde<V> values) {
        KeyValueStore<K, V> store = Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), keys, values)
                .withLoggingDisabled().build();
        store.init(context.getStateStoreContext(), store);
        context.addStateStore(store);
    }
}
