package io.newswire.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.enrich.ArticlePipeline;
import io.newswire.enrich.api.PipelineOptions;
import io.newswire.enrich.api.Pipelines;
import io.newswire.enrich.api.Sequencer;
import io.newswire.enrich.duplicates.DuplicateIndex;
import io.newswire.enrich.duplicates.DuplicatesStage;
import io.newswire.enrich.normalize.StandardNormalizer;
import io.newswire.enrich.stories.StoryClusterer;
import io.newswire.kafka.DuplicatesSettings;
import io.newswire.kafka.NewswireConfig;
import io.newswire.kafka.PipelineObserver;
import io.newswire.model.Article;
import io.newswire.model.ArticleLimits;
import io.newswire.model.DuplicateOf;
import io.newswire.model.Json;
import io.newswire.model.RawArticle;
import io.newswire.model.Story;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The duplicates step in the topology (docs/STORIES.md): copies that arrive under different keys get the
 * canonical answer, the answers are those of the offline sequencer ({@code newswire enrich}) over the same
 * order, and a sequencer restarted over its committed store goes on with the same answers.
 */
class DuplicatesTopologyTest {

    private static final Instant T0 = Instant.parse("2026-05-13T08:00:00Z");

    @TempDir
    Path stateDir;

    /** Documents between two snapshots of the stories' counts in the sequencer runs made here. */
    private static final int SNAPSHOT_EVERY = 4;

    private static NewswireConfig config(boolean duplicates) {
        return config(duplicates, false);
    }

    private static NewswireConfig config(boolean duplicates, boolean sameEventStories) {
        // one record at a time: each test reads what the record it pipes gave (batches: EnrichBatchTopologyTest)
        return NewswireConfig.from(Map.of("bootstrap.servers", "unused:9092", NewswireConfig.ENRICH_BATCH_SIZE, "1",
                NewswireConfig.DUPLICATES_ENABLED, Boolean.toString(duplicates),
                NewswireConfig.DUPLICATES_SAME_EVENT_STORIES, Boolean.toString(sameEventStories)));
    }

    private Properties props(NewswireConfig config) {
        Properties p = StreamsApp.streamsProperties(config);
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.AT_LEAST_ONCE);
        p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        return p;
    }

    private static ArticlePipeline pipeline() {
        return new ArticlePipeline("test", new StandardNormalizer(), List.of(), Clock.fixed(T0, ZoneOffset.UTC));
    }

    /** A driver over the topology with its raw input and enriched and dead-letter outputs. */
    private final class Io implements AutoCloseable {
        final TopologyTestDriver driver;
        final TestInputTopic<String, byte[]> raw;
        final TestOutputTopic<String, Article> enriched;
        final TestOutputTopic<byte[], byte[]> dlq;

        Io(NewswireConfig config) {
            driver = new TopologyTestDriver(NewswireTopology.build(config, pipeline(), PipelineObserver.NOOP),
                    props(config));
            var t = config.topics();
            raw = driver.createInputTopic(t.raw().name(), t.raw().keySerde().serializer(),
                    t.raw().valueSerde().serializer());
            enriched = driver.createOutputTopic(t.enriched().name(), t.enriched().keySerde().deserializer(),
                    t.enriched().valueSerde().deserializer());
            dlq = driver.createOutputTopic(t.dlq().name(), t.dlq().keySerde().deserializer(),
                    t.dlq().valueSerde().deserializer());
        }

        Map<String, Article> send(List<KeyValue<String, RawArticle>> input) {
            for (KeyValue<String, RawArticle> kv : input) {
                raw.pipeInput(kv.key, Json.toBytes(kv.value), T0.toEpochMilli());
            }
            Map<String, Article> out = new LinkedHashMap<>();
            for (Article a : enriched.readValuesToList()) {
                assertThat(out.put(a.id(), a)).as("one output per article").isNull();
            }
            return out;
        }

        /** Articles and decisions waiting in the join-back's stores. */
        int pending() {
            return count(driver.getKeyValueStore(JoinBackProcessor.PENDING_STORE))
                    + count(driver.getKeyValueStore(JoinBackProcessor.DECISIONS_STORE));
        }

        @Override
        public void close() {
            driver.close();
        }
    }

    private static String paragraph(Random random, String[] words, int sentences) {
        StringBuilder b = new StringBuilder();
        for (int s = 0; s < sentences; s++) {
            int n = 8 + random.nextInt(8);
            for (int w = 0; w < n; w++) {
                String word = words[random.nextInt(words.length)];
                b.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word).append(' ');
            }
            b.append(random.nextInt(1000)).append(". ");
        }
        return b.toString().strip();
    }

    private static final String[][] VOCABULARIES = {
        ("government minister parliament budget vote reform tax opposition coalition election president "
            + "spokesman capital crisis talks agreement deal treaty border army").split(" "),
        ("regierung minister parlament haushalt abstimmung reform steuer opposition koalition wahl präsident "
            + "sprecher hauptstadt krise gespräche abkommen grenze armee").split(" "),
        ("правительство министр парламент бюджет голосование реформа налог оппозиция коалиция выборы "
            + "президент представитель столица кризис переговоры соглашение граница").split(" "),
        ("الحكومة الوزير البرلمان الميزانية التصويت الإصلاح الضريبة المعارضة الائتلاف الانتخابات الرئيس "
            + "المتحدث العاصمة الأزمة المحادثات الاتفاق الحدود").split(" "),
    };

    /**
     * Stories in four languages, each with exact copies, near copies (new headline, a footer, a paragraph
     * dropped) and a backfilled original published before the copies already seen, under keys that differ.
     */
    private static List<KeyValue<String, RawArticle>> corpus(long seed, int stories) {
        Random random = new Random(seed);
        List<KeyValue<String, RawArticle>> out = new ArrayList<>();
        for (int s = 0; s < stories; s++) {
            String[] words = VOCABULARIES[s % VOCABULARIES.length];
            List<String> paragraphs = new ArrayList<>();
            for (int p = 0; p < 5; p++) {
                paragraphs.add(paragraph(random, words, 3));
            }
            String body = String.join("\n\n", paragraphs);
            Instant published = T0.plusSeconds(3600L * s);
            int copies = random.nextInt(4);
            out.add(article("s" + s, body, published, "Story " + s));
            for (int c = 0; c < copies; c++) {
                String copy = switch (c % 3) {
                    case 0 -> body;
                    case 1 -> body + "\n\nReporting by the wire desk; editing by the night desk.";
                    default -> String.join("\n\n", paragraphs.subList(0, 4));
                };
                out.add(article("s" + s + "-copy" + c, copy, published.plusSeconds(600L * (c + 1)), "Copy " + c));
            }
            if (s % 5 == 0) {
                out.add(article("s" + s + "-original", body, published.minusSeconds(7200), "Original"));
            }
        }
        // interleave stories as a feed would, with a fixed seed
        java.util.Collections.shuffle(out, random);
        return out;
    }

    private static KeyValue<String, RawArticle> article(String name, String body, Instant published, String title) {
        RawArticle raw = RawArticle.builder(body).url("https://" + name + ".example.org/news/" + name)
                .title(title).publishedAt(published.toString()).ingestedAt(T0).build();
        // keys differ from ids and from each other: copies arrive through different partitions/keys
        return KeyValue.pair("key-" + name.hashCode(), raw);
    }

    /** What {@code newswire enrich} gives over the same input in the same order. */
    private static Map<String, Article> offline(List<KeyValue<String, RawArticle>> input) throws Exception {
        return offline(input, false);
    }

    private static Map<String, Article> offline(List<KeyValue<String, RawArticle>> input, boolean sameEventStories)
            throws Exception {
        ArticlePipeline pipeline = pipeline();
        Sequencer sequencer = Pipelines.sequencer(PipelineOptions.defaults().withSameEventStories(sameEventStories));
        Map<String, Article> out = new LinkedHashMap<>();
        for (KeyValue<String, RawArticle> kv : input) {
            // decoded as the app decodes news.raw (the id comes from the URL)
            RawArticle raw = Json.decodeRaw(Json.toBytes(kv.value), ArticleLimits.DEFAULT);
            Article a = sequencer.sequence(pipeline.process(raw, ArticleLimits.DEFAULT));
            out.put(a.id(), a);
        }
        return out;
    }

    private static void assertSameAnswers(Map<String, Article> actual, Map<String, Article> expected) {
        assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
        for (Map.Entry<String, Article> e : expected.entrySet()) {
            Article a = actual.get(e.getKey());
            assertThat(a.duplicateOf()).as("duplicateOf of %s", e.getKey()).isEqualTo(e.getValue().duplicateOf());
            assertThat(a.story()).as("story of %s", e.getKey()).isEqualTo(e.getValue().story());
        }
    }

    @Test
    void shouldPointCopiesUnderDifferentKeysAtTheEarliestPublishedWhenAnOriginalIsBackfilled() {
        String body = paragraph(new Random(1), VOCABULARIES[0], 12);
        Instant published = T0.plusSeconds(3600);
        List<KeyValue<String, RawArticle>> input = List.of(
                article("first", body, published, "First"),
                article("backfilled", body, published.minusSeconds(3600), "Backfilled original"),
                article("later", body + "\n\nMore at example.org.", published.plusSeconds(60), "Later"));
        try (Io io = new Io(config(true))) {
            List<Article> out = new ArrayList<>(io.send(input).values());

            Article first = out.get(0);
            Article backfilled = out.get(1);
            Article later = out.get(2);
            assertThat(first.duplicateOf()).isNull();
            // answered when the original arrived: not revised, and the original is its own canonical
            assertThat(backfilled.duplicateOf()).isNull();
            assertThat(later.duplicateOf()).extracting(DuplicateOf::id, DuplicateOf::kind)
                    .containsExactly(backfilled.id(), DuplicateOf.NEAR);
            assertThat(out).extracting(a -> a.story().id()).containsOnly(first.id());
            assertThat(out).extracting(a -> a.story().size()).containsExactly(1, 2, 3);
            assertThat(later.story().firstSeen()).isEqualTo(published.minusSeconds(3600));
            assertThat(later.provenance().toString()).contains("duplicates");
            assertThat(io.pending()).isZero();
            assertThat(io.dlq.isEmpty()).isTrue();
        }
    }

    @Test
    void shouldWriteEachStoryNowToTheStoriesTopicWhenItsArticlesArrive() throws Exception {
        List<KeyValue<String, RawArticle>> input = corpus(7, 24);
        Map<String, Article> expected = offline(input);
        try (Io io = new Io(config(true))) {
            io.send(input);
            TestOutputTopic<String, byte[]> stories = io.driver.createOutputTopic(
                    config(true).duplicates().storiesTopic(), Serdes.String().deserializer(),
                    Serdes.ByteArray().deserializer());
            Map<String, Map<String, Object>> latest = new LinkedHashMap<>();
            for (KeyValue<String, byte[]> kv : stories.readKeyValuesToList()) {
                @SuppressWarnings("unchecked")
                Map<String, Object> story = Json.mapper().readValue(kv.value, Map.class);
                latest.put(kv.key, story);
            }

            Map<String, Long> sizes = new LinkedHashMap<>();
            expected.values().forEach(a -> sizes.merge(a.story().id(), 1L, Long::sum));
            assertThat(latest.keySet()).containsExactlyInAnyOrderElementsOf(sizes.keySet());
            for (Map.Entry<String, Long> e : sizes.entrySet()) {
                Map<String, Object> story = latest.get(e.getKey());
                assertThat(((Number) story.get("size")).longValue()).as("size of %s", e.getKey())
                        .isEqualTo(e.getValue());
                assertThat(story.get("title")).as("title of %s", e.getKey())
                        .isEqualTo(expected.get(e.getKey()).title());
                assertThat(story).containsEntry("mergedInto", null).containsKeys("firstSeen", "lastSeen",
                        "entities", "places", "countries");
            }
        }
    }

    /**
     * With same-event stories on, the streams sequencer runs the clusterer over its stores and gives every article
     * the story {@code newswire enrich --same-event-stories} gives it, and the stories stage's provenance.
     */
    @ParameterizedTest
    @ValueSource(longs = {7, 2026})
    void shouldGiveTheOfflineSameEventStoriesWhenFedTheSameOrder(long seed) throws Exception {
        List<KeyValue<String, RawArticle>> input = corpus(seed, 24);
        Map<String, Article> expected = offline(input, true);
        assertThat(expected.values()).as("the corpus has copies").anyMatch(a -> a.duplicateOf() != null);
        assertThat(expected.values()).as("stories bigger than a group of copies: same-event clusters")
                .anyMatch(a -> a.duplicateOf() == null && !a.story().id().equals(a.id()));
        try (Io io = new Io(config(true, true))) {
            Map<String, Article> out = io.send(input);
            assertSameAnswers(out, expected);
            assertThat(out.values()).allMatch(a -> a.provenance().stages().stream()
                    .anyMatch(t -> t.stage().equals(JoinBackProcessor.STORIES) && t.ok()));
            assertThat(io.pending()).isZero();
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {7, 2026})
    void shouldGiveTheOfflineSequencersAnswersWhenFedTheSameOrder(long seed) throws Exception {
        List<KeyValue<String, RawArticle>> input = corpus(seed, 24);
        Map<String, Article> expected = offline(input);
        assertThat(expected.values()).as("the corpus has copies").anyMatch(a -> a.duplicateOf() != null);
        try (Io io = new Io(config(true))) {
            assertSameAnswers(io.send(input), expected);
            assertThat(io.pending()).isZero();
        }
    }

    /**
     * A sequencer task restarted (its processor re-initialised over the same committed store, as after a
     * crash, a rebalance or an aborted transaction) goes on with the answers of one uninterrupted run.
     * TopologyTestDriver deletes its state directory on close, so the restart is made here, on the processor
     * and its store; the broker test FaultToleranceIT kills the whole app.
     */
    @ParameterizedTest
    @ValueSource(ints = {1, 5, 17})
    void shouldKeepTheAnswersWhenTheSequencerRestartsEveryFewRecords(int restartEvery) throws Exception {
        List<KeyValue<String, RawArticle>> input = corpus(11, 24);
        Map<String, Article> expected = offline(input);
        List<DedupCodec.SequenceRecord> sequence = sequenceRecords(input, Duration.ZERO);

        List<DedupCodec.Decision> decisions = runSequencer(sequence, DuplicateIndex.Settings.STANDARD, restartEvery);

        assertThat(decisions).hasSize(expected.size());
        for (DedupCodec.Decision d : decisions) {
            assertThat(d.duplicateOf()).as("duplicateOf of %s", d.id()).isEqualTo(expected.get(d.id()).duplicateOf());
            assertThat(d.story()).as("story of %s", d.id()).isEqualTo(expected.get(d.id()).story());
        }
        assertThat(decisions.subList(restartEvery, decisions.size())).as("copies after the first restart")
                .anyMatch(d -> d.duplicateOf() != null);
    }

    /**
     * The same with same-event stories: a sequencer re-initialised over its stores (the clusterer's state
     * restored from them) goes on with the offline command's stories.
     */
    @ParameterizedTest
    @ValueSource(ints = {1, 5, 17})
    void shouldKeepTheSameEventStoriesWhenTheSequencerRestartsEveryFewRecords(int restartEvery) throws Exception {
        List<KeyValue<String, RawArticle>> input = corpus(11, 24);
        Map<String, Article> expected = offline(input, true);
        List<DedupCodec.SequenceRecord> sequence = sequenceRecords(input, Duration.ZERO);
        MockProcessorContext<String, SequencerProcessor.Sequenced> context = new MockProcessorContext<>();
        logStore(context);

        List<DedupCodec.Decision> decisions = runSequencer(sequence, DuplicateIndex.Settings.STANDARD,
                StoryClusterer.Settings.STANDARD, restartEvery, context);

        assertThat(decisions).hasSize(expected.size());
        for (DedupCodec.Decision d : decisions) {
            assertThat(d.duplicateOf()).as("duplicateOf of %s", d.id()).isEqualTo(expected.get(d.id()).duplicateOf());
            assertThat(d.story()).as("story of %s", d.id()).isEqualTo(expected.get(d.id()).story());
        }
        assertThat(decisions).as("same-event clusters").anyMatch(d -> d.duplicateOf() == null
                && !d.story().id().equals(d.id()));
        assertThat(count(context.getStateStore(StoredStoryState.COUNTS_LOG))).as("documents logged since the snapshot")
                .isLessThan(SNAPSHOT_EVERY);
        assertThat(count(context.getStateStore(StoredStoryState.COUNTS))).as("blocks, documents").isGreaterThan(1);
    }

    /**
     * Over 15 days of event time with a 2-day retention the clusterer drops stories (and the stores drop them,
     * with their postings): a run restarted every few records gives the uninterrupted run's stories, and the
     * dropped stories get tombstones on news.stories.
     */
    @Test
    void shouldKeepTheSameEventStoriesWhenRetentionDropsStoriesAcrossRestarts() throws Exception {
        List<KeyValue<String, RawArticle>> input = corpus(17, 60);
        List<DedupCodec.SequenceRecord> sequence = sequenceRecords(input, Duration.ofHours(6));
        DuplicateIndex.Settings settings = DuplicateIndex.Settings.STANDARD.withRetention(Duration.ofDays(2),
                Duration.ofDays(1));
        StoryClusterer.Settings clusters = StoryClusterer.Settings.STANDARD.withRetention(Duration.ofDays(2));

        MockProcessorContext<String, SequencerProcessor.Sequenced> once = new MockProcessorContext<>();
        logStore(once);
        List<DedupCodec.Decision> uninterrupted = runSequencer(sequence, settings, clusters, Integer.MAX_VALUE, once);
        MockProcessorContext<String, SequencerProcessor.Sequenced> again = new MockProcessorContext<>();
        logStore(again);
        List<DedupCodec.Decision> restarted = runSequencer(sequence, settings, clusters, 3, again);

        assertThat(restarted).extracting(DedupCodec.Decision::story)
                .containsExactlyElementsOf(uninterrupted.stream().map(DedupCodec.Decision::story).toList());
        // the stories held, as the state counts them (since s41 the stories are in the duplicates' index)
        KeyValueStore<Long, int[]> counts = once.getStateStore(StoredStoryState.COUNTS);
        long held = counts.get(StoredStoryState.STORIES)[0];
        long started = uninterrupted.stream().filter(d -> d.story().id().equals(d.id())).count();
        assertThat(held).as("stories held of %s started", started).isLessThan(started / 2);
        assertThat(once.forwarded()).as("tombstones on news.stories")
                .anyMatch(f -> f.record().value().storyId() != null && f.record().value().story() == null);
    }

    /**
     * Over weeks of ingest time the index drops old articles, the log drops them too and the index is
     * rebuilt from the log: a run restarted every few records still gives the uninterrupted run's answers,
     * and the log stays bounded.
     */
    @Test
    void shouldKeepTheAnswersAndABoundedLogWhenRetentionDropsArticles() throws Exception {
        List<KeyValue<String, RawArticle>> input = corpus(17, 60);
        // six hours of ingest (and publication) time between two articles: 15 days in all
        List<DedupCodec.SequenceRecord> sequence = sequenceRecords(input, Duration.ofHours(6));
        DuplicateIndex.Settings settings = DuplicateIndex.Settings.STANDARD.withRetention(Duration.ofDays(2),
                Duration.ofDays(1));

        MockProcessorContext<String, SequencerProcessor.Sequenced> once = new MockProcessorContext<>();
        KeyValueStore<Long, DedupCodec.LogEntry> onceLog = logStore(once);
        List<DedupCodec.Decision> uninterrupted = runSequencer(sequence, settings, Integer.MAX_VALUE, once);
        List<DedupCodec.Decision> restarted = runSequencer(sequence, settings, 3);

        assertThat(restarted).containsExactlyElementsOf(uninterrupted.stream()
                .map(d -> new DedupCodec.Decision(d.id(), d.partition(), d.offset(), d.duplicateOf(), d.story(), 0,
                        d.error())).toList());
        assertThat(uninterrupted).anyMatch(d -> d.duplicateOf() != null);
        assertThat(count(onceLog)).as("log entries left of %s", sequence.size()).isLessThan(sequence.size() / 2);
    }

    /**
     * A crash at every restart (s33): the sequencer's local index is lost (under exactly-once a crash wipes the
     * task's local state) and rebuilt from its copy and the operations logged since ({@link LoggedIndex}), with
     * restarts falling before, inside and after copies; over 15 days with a 2-day retention, with same-event stories:
     * every decision and every news.stories record is the uninterrupted run's.
     */
    @ParameterizedTest
    @ValueSource(ints = {1, 3, 7})
    void shouldGiveTheUninterruptedRunsOutputsWhenTheLocalIndexIsLostAtEveryRestart(int restartEvery)
            throws Exception {
        List<KeyValue<String, RawArticle>> input = corpus(17, 60);
        List<DedupCodec.SequenceRecord> sequence = sequenceRecords(input, Duration.ofHours(6));
        DuplicateIndex.Settings settings = DuplicateIndex.Settings.STANDARD.withRetention(Duration.ofDays(2),
                Duration.ofDays(1));
        StoryClusterer.Settings clusters = StoryClusterer.Settings.STANDARD.withRetention(Duration.ofDays(2));
        MockProcessorContext<String, SequencerProcessor.Sequenced> once = new MockProcessorContext<>();
        logStore(once);
        List<DedupCodec.Decision> uninterrupted = runSequencer(sequence, settings, clusters, Integer.MAX_VALUE, once);
        MockProcessorContext<String, SequencerProcessor.Sequenced> crashed = new MockProcessorContext<>();
        logStore(crashed);
        KeyValueStore<org.apache.kafka.common.utils.Bytes, byte[]> local = crashed.getStateStore(LoggedIndex.WORK);
        SequencerProcessor processor = null;
        for (int i = 0; i < sequence.size(); i++) {
            if (processor == null || i % restartEvery == 0) {
                TestStores.keys(local).forEach(local::delete);
                processor = new SequencerProcessor(new DuplicatesStage(), settings, clusters, SNAPSHOT_EVERY);
                processor.init(crashed);
            }
            processor.process(new Record<>(sequence.get(i).id(), sequence.get(i), 0L));
        }

        assertThat(decisionsOf(crashed)).containsExactlyElementsOf(decisionsOf(once));
        assertThat(storiesOf(crashed)).containsExactlyElementsOf(storiesOf(once));
        assertThat(uninterrupted).anyMatch(d -> d.duplicateOf() != null);
        assertThat(storiesOf(once)).as("tombstones on news.stories").anyMatch(s -> s.endsWith("=null"));
        assertThat(count(crashed.getStateStore(LoggedIndex.OPS))).as("operations held of %s articles", sequence.size())
                .isLessThan(sequence.size() / 3);
    }

    private static List<String> decisionsOf(MockProcessorContext<String, SequencerProcessor.Sequenced> ctx) {
        return ctx.forwarded().stream().map(f -> f.record().value().decision()).filter(d -> d != null)
                .map(d -> d.id() + " " + d.duplicateOf() + " " + d.story() + " " + d.error()).toList();
    }

    private static List<String> storiesOf(MockProcessorContext<String, SequencerProcessor.Sequenced> ctx) {
        return ctx.forwarded().stream().filter(f -> f.record().value().storyId() != null)
                .map(f -> f.record().value().storyId() + "=" + f.record().value().story()).toList();
    }

    private static List<DedupCodec.SequenceRecord> sequenceRecords(List<KeyValue<String, RawArticle>> input,
            Duration step) throws Exception {
        ArticlePipeline pipeline = pipeline();
        DuplicatesStage stage = new DuplicatesStage();
        List<DedupCodec.SequenceRecord> out = new ArrayList<>();
        long offset = 0;
        for (KeyValue<String, RawArticle> kv : input) {
            RawArticle raw = Json.decodeRaw(Json.toBytes(kv.value), ArticleLimits.DEFAULT);
            Article a = pipeline.process(raw, ArticleLimits.DEFAULT);
            Instant shift = T0.plus(step.multipliedBy(offset));
            Instant published = step.isZero() ? a.publishedAt()
                    : a.publishedAt().plus(Duration.between(T0, shift));
            Instant ingested = step.isZero() ? a.ingestedAt() : shift;
            out.add(new DedupCodec.SequenceRecord(a.id(), published, ingested, 0, offset++, stage.signature(a), 0,
                    null, StoryTracker.Features.of(a), StoryClusterer.features(a)));
        }
        return out;
    }

    private static KeyValueStore<Long, DedupCodec.LogEntry> logStore(MockProcessorContext<?, ?> context) {
        KeyValueStore<Long, DedupCodec.LogEntry> store = Stores.keyValueStoreBuilder(
                Stores.inMemoryKeyValueStore(SequencerProcessor.STORE), Serdes.Long(), DedupCodec.LOG_ENTRY)
                .withLoggingDisabled().build();
        store.init(context.getStateStoreContext(), store);
        context.addStateStore(store);
        KeyValueStore<String, StoryTracker.StoryState> stories = Stores.keyValueStoreBuilder(
                Stores.inMemoryKeyValueStore(StoryTracker.STORE), Serdes.String(), DedupCodec.STORY_STATE)
                .withLoggingDisabled().build();
        stories.init(context.getStateStoreContext(), stories);
        context.addStateStore(stories);
        storyStore(context, StoredDuplicateState.INDEX, Serdes.Bytes(), Serdes.ByteArray());
        storyStore(context, LoggedIndex.WORK, Serdes.Bytes(), Serdes.ByteArray());
        storyStore(context, LoggedIndex.OPS, Serdes.Long(), Serdes.ByteArray());
        storyStore(context, LoggedIndex.SNAPSHOT, Serdes.Bytes(), Serdes.ByteArray());
        storyStore(context, StoredStoryState.COUNTS, Serdes.Long(), DedupCodec.INTS);
        storyStore(context, StoredStoryState.COUNTS_LOG, Serdes.Long(), DedupCodec.LONGS);
        storyStore(context, StoredStoryState.RECORDS, Serdes.String(), DedupCodec.STORY_RECORD);
        storyStore(context, StoredStoryState.POSTINGS, Serdes.Long(), DedupCodec.STORY_IDS);
        storyStore(context, StoredStoryState.STORY_OF, Serdes.String(), Serdes.String());
        return store;
    }

    private static <K, V> void storyStore(MockProcessorContext<?, ?> context, String name,
            org.apache.kafka.common.serialization.Serde<K> keys, org.apache.kafka.common.serialization.Serde<V> values) {
        KeyValueStore<K, V> store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(name), keys, values)
                .withLoggingDisabled().build();
        store.init(context.getStateStoreContext(), store);
        context.addStateStore(store);
    }

    private static List<DedupCodec.Decision> runSequencer(List<DedupCodec.SequenceRecord> sequence,
            DuplicateIndex.Settings settings, int restartEvery) {
        MockProcessorContext<String, SequencerProcessor.Sequenced> context = new MockProcessorContext<>();
        logStore(context);
        return runSequencer(sequence, settings, restartEvery, context).stream()
                .map(d -> new DedupCodec.Decision(d.id(), d.partition(), d.offset(), d.duplicateOf(), d.story(), 0,
                        d.error())).toList();
    }

    private static List<DedupCodec.Decision> runSequencer(List<DedupCodec.SequenceRecord> sequence,
            DuplicateIndex.Settings settings, int restartEvery, MockProcessorContext<String, SequencerProcessor.Sequenced> ctx) {
        return runSequencer(sequence, settings, null, restartEvery, ctx);
    }

    private static List<DedupCodec.Decision> runSequencer(List<DedupCodec.SequenceRecord> sequence,
            DuplicateIndex.Settings settings, StoryClusterer.Settings clusters, int restartEvery,
            MockProcessorContext<String, SequencerProcessor.Sequenced> ctx) {
        SequencerProcessor processor = null;
        for (int i = 0; i < sequence.size(); i++) {
            if (processor == null || i % restartEvery == 0) {
                // counts snapshotted every few documents, so that restarts fall before, on and after snapshots
                processor = new SequencerProcessor(new DuplicatesStage(), settings, clusters, SNAPSHOT_EVERY);
                processor.init(ctx);
            }
            processor.process(new Record<>(sequence.get(i).id(), sequence.get(i), 0L));
        }
        List<DedupCodec.Decision> out = new ArrayList<>();
        for (var forwarded : ctx.forwarded()) {
            if (forwarded.record().value().decision() != null) {
                out.add(forwarded.record().value().decision());
            }
        }
        return out;
    }

    private static int count(KeyValueStore<Long, ?> store) {
        int n = 0;
        try (KeyValueIterator<Long, ?> it = store.all()) {
            while (it.hasNext()) {
                it.next();
                n++;
            }
        }
        return n;
    }

    /**
     * Since s28 the sequencer writes the article its sequence record carries: nothing goes through the parked or
     * decisions topics, nothing waits in the join-back's stores, and the sequencer stays one task (its
     * sub-topology reads the sequence topic alone, so its stores keep one changelog partition).
     */
    @Test
    void shouldWriteTheArticleFromTheSequencerWhenItsRecordCarriesIt() throws Exception {
        List<KeyValue<String, RawArticle>> input = corpus(5, 8);
        NewswireConfig config = config(true, true);
        try (Io io = new Io(config)) {
            assertSameAnswers(io.send(input), offline(input, true));
            String app = config.applicationId();
            assertThat(io.driver.producedTopicNames()).contains(DuplicatesSettings.sequenceTopic(app))
                    .doesNotContain(DuplicatesSettings.parkedTopic(app), DuplicatesSettings.decisionsTopic(app));
            assertThat(io.pending()).isZero();
        }
        var subtopologies = NewswireTopology.build(config, pipeline(), PipelineObserver.NOOP).describe()
                .subtopologies();
        var sequencer = subtopologies.stream().filter(t -> t.nodes().stream()
                .anyMatch(n -> n.name().equals(NewswireTopology.SEQUENCER))).toList();
        assertThat(sequencer).hasSize(1);
        assertThat(sequencer.get(0).nodes()).filteredOn(n -> n instanceof org.apache.kafka.streams.TopologyDescription.Source)
                .extracting(n -> ((org.apache.kafka.streams.TopologyDescription.Source) n).topicSet())
                .containsExactly(java.util.Set.of(DuplicatesSettings.sequenceTopic(app(config))));
    }

    private static String app(NewswireConfig config) {
        return config.applicationId();
    }

    /**
     * An app upgraded from s27 or older finds records its predecessor left: articles on the parked topic and
     * sequence records without their article (the s27 layout, byte for byte). Their decisions go back through the
     * decisions topic and the join-back completes them, as before; an article that comes after them through the
     * new path is decided over the same state (a copy of a parked original points at it).
     */
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void shouldCompleteTheArticlesAnOlderAppParkedWhenUpgraded(boolean sameEventStories) throws Exception {
        String body = paragraph(new Random(4), VOCABULARIES[1], 12);
        Instant published = T0.plusSeconds(3600);
        List<KeyValue<String, RawArticle>> input = List.of(
                article("parked-original", body, published, "Original"),
                article("parked-copy", body + "\n\nMehr dazu bei example.org.", published.plusSeconds(60), "Copy"),
                article("new-copy", body, published.plusSeconds(120), "New copy"));
        Map<String, Article> expected = offline(input, sameEventStories);
        NewswireConfig config = config(true, sameEventStories);
        String app = config.applicationId();
        try (Io io = new Io(config)) {
            var parked = io.driver.createInputTopic(DuplicatesSettings.parkedTopic(app),
                    new org.apache.kafka.common.serialization.StringSerializer(), DedupCodec.PARKED.serializer());
            var sequence = io.driver.createInputTopic(DuplicatesSettings.sequenceTopic(app),
                    new org.apache.kafka.common.serialization.StringSerializer(),
                    new org.apache.kafka.common.serialization.ByteArraySerializer());
            ArticlePipeline pipeline = pipeline();
            DuplicatesStage stage = new DuplicatesStage();
            Map<String, Article> out = new LinkedHashMap<>();
            for (int i = 0; i < 2; i++) {
                Article a = pipeline.process(Json.decodeRaw(Json.toBytes(input.get(i).value), ArticleLimits.DEFAULT),
                        ArticleLimits.DEFAULT);
                byte[] json = Json.toBytes(a);
                var headers = new org.apache.kafka.common.header.internals.RecordHeaders();
                headers.add("source", "archiv".getBytes(StandardCharsets.UTF_8));
                long offset = 100 + i;
                parked.pipeInput(a.id(), new DedupCodec.Parked(0, offset, new DedupCodec.Pending(T0.toEpochMilli(),
                        headers, json, ArticleTail.split(json, a))));
                byte[] now = DedupCodec.SEQUENCE.serializer().serialize("t", new DedupCodec.SequenceRecord(a.id(),
                        a.publishedAt(), a.ingestedAt(), 0, offset, stage.signature(a), 3, null,
                        StoryTracker.Features.of(a), sameEventStories ? StoryClusterer.features(a) : null));
                // the s27 layout: the same bytes without the trailing flag of the article
                assertThat(now[now.length - 1]).isZero();
                sequence.pipeInput(a.id(), java.util.Arrays.copyOf(now, now.length - 1));
                for (var kv : io.enriched.readRecordsToList()) {
                    assertThat(kv.headers().lastHeader("source")).isNotNull();
                    out.put(kv.value().id(), kv.value());
                }
            }
            out.putAll(io.send(input.subList(2, 3)));

            assertSameAnswers(out, expected);
            assertThat(out.get(expected.keySet().iterator().next()).provenance().toString()).contains("duplicates");
            assertThat(io.pending()).isZero();
            assertThat(io.dlq.isEmpty()).isTrue();
        }
    }

    @Test
    void shouldSendEveryRecordToOneOutputWhenSomeAreInvalid() {
        List<KeyValue<String, RawArticle>> input = corpus(3, 6);
        try (Io io = new Io(config(true))) {
            io.raw.pipeInput("bad", "{not json".getBytes(StandardCharsets.UTF_8), T0.toEpochMilli());
            Map<String, Article> out = io.send(input);

            assertThat(out).hasSize(input.size());
            assertThat(io.dlq.readValuesToList()).hasSize(1);
            assertThat(io.pending()).isZero();
        }
    }

    @Test
    void shouldLeaveTheFieldsNullWhenDuplicatesAreDisabled() {
        List<KeyValue<String, RawArticle>> input = corpus(5, 8);
        try (Io io = new Io(config(false))) {
            Map<String, Article> out = io.send(input);

            assertThat(out).hasSize(input.size());
            assertThat(out.values()).allMatch(a -> a.duplicateOf() == null && a.story() == null);
        }
    }

    @Test
    void shouldRoundTripEveryInternalRecordWhenEncoded() {
        var signature = new io.newswire.enrich.duplicates.DuplicatesStage().signature(
                pipeline().process(RawArticle.builder("Один два три четыре пять шесть семь восемь девять десять")
                        .id("id-1").ingestedAt(T0).build()));
        var sequence = new DedupCodec.SequenceRecord("id-1", null, T0.plusNanos(7), 2, 42L, signature, 12, null,
                new StoryTracker.Features("Заголовок", List.of("Москва", "ООН"), List.of("Москва"), List.of("RU")));
        var decision = new DedupCodec.Decision("id-1", 2, 42L, new DuplicateOf("id-0", 0.75, DuplicateOf.NEAR),
                new Story("id-0", T0, 3), 30, "java.lang.IllegalStateException: ünïcode");
        var withStories = new DedupCodec.Decision("id-1", 2, 42L, null, new Story("id-0", T0, 3), 30, null,
                new DedupCodec.StoriesStage(17, "java.lang.IllegalStateException: сбой"));
        Article russian = pipeline().process(RawArticle.builder("Землетрясение магнитудой 6,1 произошло в Чили. "
                + "Погибли 12 человек.").id("id-2").ingestedAt(T0).build());
        var clustered = new DedupCodec.SequenceRecord("id-2", T0, T0, 0, 7L, null, 0, "no text", StoryTracker.Features.NONE,
                StoryClusterer.features(russian));
        var clusteredBack = DedupCodec.SEQUENCE.deserializer().deserialize("t",
                DedupCodec.SEQUENCE.serializer().serialize("t", clustered));
        assertThat(clusteredBack.clusterFeatures()).usingRecursiveComparison().isEqualTo(clustered.clusterFeatures());
        assertThat(clusteredBack.clusterFeatures().words()).isNotEmpty();
        assertThat(DedupCodec.DECISION.deserializer().deserialize("t",
                DedupCodec.DECISION.serializer().serialize("t", withStories))).isEqualTo(withStories);
        var record = new io.newswire.enrich.stories.StoryState.StoryRecord("id-2", T0, 4);
        var clusterer = new StoryClusterer();
        for (int i = 0; i < 6; i++) {
            record.add(clusterer.observe(clustered.clusterFeatures(), T0.plusSeconds(i)));
        }
        record.addCopy();
        var recordBack = DedupCodec.STORY_RECORD.deserializer().deserialize("t",
                DedupCodec.STORY_RECORD.serializer().serialize("t", record));
        assertThat(recordBack).usingRecursiveComparison().isEqualTo(record);
        assertThat(recordBack.member(0).eventMillis()).isEqualTo(T0.plusSeconds(5).toEpochMilli());

        assertThat(DedupCodec.SEQUENCE.deserializer().deserialize("t",
                DedupCodec.SEQUENCE.serializer().serialize("t", sequence))).isEqualTo(sequence);
        assertThat(DedupCodec.DECISION.deserializer().deserialize("t",
                DedupCodec.DECISION.serializer().serialize("t", decision))).isEqualTo(decision);
        var headers = new org.apache.kafka.common.header.internals.RecordHeaders();
        headers.add("source", "агентство".getBytes(StandardCharsets.UTF_8));
        var parked = new DedupCodec.Parked(2, 42L, new DedupCodec.Pending(T0.toEpochMilli(), headers,
                "{\"id\":\"id-1\"}".getBytes(StandardCharsets.UTF_8)));
        var back = DedupCodec.PARKED.deserializer().deserialize("t", DedupCodec.PARKED.serializer().serialize("t",
                parked));
        assertThat(back.partition()).isEqualTo(2);
        assertThat(back.offset()).isEqualTo(42L);
        assertThat(back.pending().timestamp()).isEqualTo(T0.toEpochMilli());
        assertThat(back.pending().headers()).isEqualTo(headers);
        assertThat(back.pending().json()).isEqualTo(parked.pending().json());
        var carrying = new DedupCodec.SequenceRecord("id-2", T0, T0, 0, 7L, null, 0, "no text",
                StoryTracker.Features.NONE, StoryClusterer.features(russian), new DedupCodec.Pending(T0.toEpochMilli(),
                        headers, "{\"id\":\"id-2\"}".getBytes(StandardCharsets.UTF_8), 9));
        var carried = DedupCodec.SEQUENCE.deserializer().deserialize("t",
                DedupCodec.SEQUENCE.serializer().serialize("t", carrying)).article();
        assertThat(carried.json()).isEqualTo(carrying.article().json());
        assertThat(carried.headers()).isEqualTo(headers);
        assertThat(carried.timestamp()).isEqualTo(T0.toEpochMilli());
        assertThat(carried.split()).isEqualTo(9);
        assertThat(clusteredBack.article()).isNull();
    }

    /**
     * {@code dedup-stories} holds a story's state in a binary layout since s28 (it is read and written for every
     * article); what an older app wrote as JSON, in the store's changelog, is still read, to the same state.
     */
    @Test
    void shouldReadAStoryStateAnOlderAppWroteAsJsonWhenRestoring() {
        var state = new StoryTracker.StoryState("story-1", 3, T0, T0.plusSeconds(90).plusNanos(5), "Заголовок «дня»",
                new java.util.TreeMap<>(Map.of("Ана Мартінес", 2, "ООН", 1)), new java.util.TreeMap<>(Map.of("Київ", 3)),
                new java.util.TreeMap<>(Map.of("UA", 3)));
        var untitled = new StoryTracker.StoryState("story-2", 1, T0, T0, null, new java.util.TreeMap<>(),
                new java.util.TreeMap<>(), new java.util.TreeMap<>());
        for (var s : List.of(state, untitled)) {
            byte[] binary = DedupCodec.STORY_STATE.serializer().serialize("t", s);
            assertThat(binary[0]).as("a version byte, not JSON").isNotEqualTo((byte) '{');
            assertThat(DedupCodec.STORY_STATE.deserializer().deserialize("t", binary)).isEqualTo(s);
            assertThat(DedupCodec.STORY_STATE.deserializer().deserialize("t", Json.toBytes(s))).isEqualTo(s);
        }
    }

    /**
     * The join-back reads two topics and Kafka Streams picks which one it reads next: an article and its
     * decision give the same output whichever comes first, and nothing stays in the stores.
     */
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void shouldJoinTheSameWhenTheDecisionComesBeforeOrAfterItsArticle(boolean decisionFirst) throws Exception {
        List<KeyValue<String, RawArticle>> input = corpus(2, 4);
        ArticlePipeline pipeline = pipeline();
        MockProcessorContext<String, Outcome<byte[]>> context = new MockProcessorContext<>();
        KeyValueStore<Long, DedupCodec.Pending> pending = joinStore(context, JoinBackProcessor.PENDING_STORE,
                DedupCodec.PENDING);
        KeyValueStore<Long, DedupCodec.Decision> early = joinStore(context, JoinBackProcessor.DECISIONS_STORE,
                DedupCodec.DECISION);
        JoinBackProcessor join = new JoinBackProcessor(ArticleLimits.DEFAULT.maxOutputBytes(),
                new DeadLetterRouter(PipelineObserver.NOOP, Clock.fixed(T0, ZoneOffset.UTC)));
        var onParked = join.onParked();
        var onDecision = join.onDecision();
        onParked.init(context);
        onDecision.init(context);
        Map<String, Article> expected = new LinkedHashMap<>();
        long offset = 0;
        for (KeyValue<String, RawArticle> kv : input) {
            Article a = pipeline.process(Json.decodeRaw(Json.toBytes(kv.value), ArticleLimits.DEFAULT),
                    ArticleLimits.DEFAULT);
            Story story = new Story("story-" + offset, T0, 1);
            expected.put(a.id(), a.toBuilder().story(story).build());
            var parked = new DedupCodec.Parked(0, offset, new DedupCodec.Pending(T0.toEpochMilli(),
                    new org.apache.kafka.common.header.internals.RecordHeaders(), Json.toBytes(a)));
            var decision = new DedupCodec.Decision(a.id(), 0, offset, null, story, 5, null);
            if (decisionFirst) {
                onDecision.process(new Record<>(a.id(), decision, 1L));
                assertThat(count(early)).isEqualTo(1);
                onParked.process(new Record<>(a.id(), parked, 2L));
            } else {
                onParked.process(new Record<>(a.id(), parked, 1L));
                assertThat(count(pending)).isEqualTo(1);
                onDecision.process(new Record<>(a.id(), decision, 2L));
            }
            offset++;
        }

        List<Article> out = context.forwarded().stream()
                .map(f -> Json.readArticle(((Outcome.Passed<byte[]>) f.record().value()).value())).toList();
        assertThat(out).extracting(Article::id).containsExactlyElementsOf(expected.keySet());
        assertThat(out).extracting(Article::story).containsExactlyElementsOf(
                expected.values().stream().map(Article::story).toList());
        assertThat(context.forwarded()).allMatch(f -> f.record().timestamp() == T0.toEpochMilli());
        assertThat(count(pending) + count(early)).isZero();
    }

    private static <V> KeyValueStore<Long, V> joinStore(MockProcessorContext<?, ?> context, String name,
            org.apache.kafka.common.serialization.Serde<V> serde) {
        KeyValueStore<Long, V> store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(name),
                Serdes.Long(), serde).withLoggingDisabled().build();
        store.init(context.getStateStoreContext(), store);
        context.addStateStore(store);
        return store;
    }
}
