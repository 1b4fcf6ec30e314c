package io.newswire.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.enrich.stories.InMemoryStoryState;
import io.newswire.enrich.stories.StoryClusterer;
import io.newswire.enrich.stories.StoryState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The sequencer's store-backed story state against {@link InMemoryStoryState} (what {@code newswire enrich} runs),
 * each under its own clusterer over one order: every assignment the same, with retention dropping stories, with a
 * restore from the changelog (the stores' last values copied into fresh stores) every few articles, and with a cache
 * of decoded stories far smaller than the stories held.
 */
class StoredStoryStateTest {

    private static final Instant T0 = Instant.parse("2026-04-10T08:00:00Z");

    @ParameterizedTest(name = "{0} articles, restore every {1}, cache {2}, retention {3} days, posting lists cached {4}, "
            + "in the index {5}")
    @CsvSource({
        "300, 0, 2048, 7, 16384, false",
        "300, 9, 2048, 7, 16384, false",
        "400, 0, 1, 2, 16384, false",
        "400, 4, 3, 2, 16384, false",
        "400, 1, 16, 1, 16384, false",
        // s35: posting lists kept across articles, none, or far fewer than the keys (evicted between articles)
        "400, 0, 2048, 7, 0, false",
        "400, 0, 2048, 2, 7, false",
        "400, 7, 16, 1, 3, false",
        "400, 0, 1, 1, 40, false",
        // s41: stories, postings and article stories in the duplicates' logged index, restored from its copy and
        // operations (the local index lost, as under exactly-once after a crash), copies completing every few articles
        "300, 0, 2048, 7, 16384, true",
        "300, 9, 2048, 7, 16384, true",
        "400, 4, 3, 2, 16384, true",
        "400, 1, 16, 1, 16384, true",
        "400, 7, 16, 1, 3, true",
        "400, 0, 1, 1, 40, true",
    })
    void shouldAssignAsTheStateInMemoryWhenRestoredFromTheChangelogAndRetentionDropsStories(int n, int restoreEvery,
            int cached, int retentionDays, int cachedPostings, boolean indexed) {
        StoryClusterer.Settings settings = StoryClusterer.Settings.STANDARD
                .withRetention(Duration.ofDays(retentionDays));
        List<Arrival> arrivals = arrivals(n, 21);
        StoryClusterer memory = new StoryClusterer(settings, new InMemoryStoryState());
        Stores stores = new Stores(indexed);
        StoredStoryState state = stores.open(cached, cachedPostings);
        StoryClusterer stored = new StoryClusterer(settings, state);
        int joined = 0;
        for (int i = 0; i < arrivals.size(); i++) {
            if (restoreEvery > 0 && i % restoreEvery == 0) {
                long day = stored.latestDay();
                stores = stores.restored();
                state = stores.open(cached, cachedPostings);
                stored = new StoryClusterer(settings, state);
                stored.resume(day);
            }
            Arrival a = arrivals.get(i);
            StoryClusterer.Assignment expected = memory.assign(a.id(), a.at(), a.features());
            assertThat(stored.assign(a.id(), a.at(), a.features())).as("story of %s (#%d)", a.id(), i)
                    .isEqualTo(expected);
            stores.endArticle();
            assertThat(stored.stories()).as("stories held after #%d", i).isEqualTo(memory.stories());
            joined += expected.similarity() > 0 ? 1 : 0;
        }
        assertThat(joined).as("articles that joined a story").isGreaterThan(n / 4);
        assertThat(stores.storiesStored()).as("stories in the store").isEqualTo(memory.stories());
        if (retentionDays < 7) {
            assertThat(memory.stories()).as("stories held").isLessThan(n - joined);
        }
    }

    @Test
    void shouldKeepFewStoriesOnTheHeapWhenTheStoresHoldMany() {
        Stores stores = new Stores(false);
        StoredStoryState state = stores.open(8);
        StoryClusterer clusterer = new StoryClusterer(StoryClusterer.Settings.STANDARD, state);
        for (Arrival a : arrivals(300, 5)) {
            clusterer.assign(a.id(), a.at(), a.features());
            // between two articles, as the next article's count does first
            state.trim();
            assertThat(state.cached()).as("stories decoded on the heap").isLessThanOrEqualTo(8);
        }
        assertThat(state.size()).as("stories held").isGreaterThan(40);
    }

    @ParameterizedTest(name = "posting lists cached {0}")
    @CsvSource({"0", "5", "64"})
    void shouldKeepAtMostTheBoundOfPostingListsOnTheHeapBetweenArticles(int cachedPostings) {
        Stores stores = new Stores(false);
        StoredStoryState state = stores.open(StoredStoryState.CACHED, cachedPostings);
        StoryClusterer clusterer = new StoryClusterer(StoryClusterer.Settings.STANDARD, state);
        int most = 0;
        for (Arrival a : arrivals(300, 5)) {
            clusterer.assign(a.id(), a.at(), a.features());
            most = Math.max(most, state.cachedPostings());
            // between two articles, as the next article's count does first
            state.trim();
            assertThat(state.cachedPostings()).as("posting lists decoded on the heap").isLessThanOrEqualTo(cachedPostings);
        }
        // within an article its probe keys' lists are held, whatever the bound
        assertThat(most).as("posting lists held during an article").isGreaterThan(cachedPostings);
        assertThat(TestStores.count(stores.postings)).as("posting lists stored").isGreaterThan(64);
    }

    @ParameterizedTest(name = "moved after {0} of 300 articles, cache {1}")
    @CsvSource({"1, 2048", "40, 2048", "150, 3", "299, 16"})
    void shouldAssignAsTheStateInMemoryWhenAnOlderAppsStoryStoresAreMovedIntoTheIndex(int movedAt, int cached) {
        StoryClusterer.Settings settings = StoryClusterer.Settings.STANDARD.withRetention(Duration.ofDays(2));
        List<Arrival> arrivals = arrivals(300, 33);
        StoryClusterer memory = new StoryClusterer(settings, new InMemoryStoryState());
        Stores stores = new Stores(false);
        StoredStoryState state = stores.open(cached, StoredStoryState.CACHED_POSTINGS);
        StoryClusterer stored = new StoryClusterer(settings, state);
        for (int i = 0; i < arrivals.size(); i++) {
            if (i == movedAt) {
                long day = stored.latestDay();
                int held = state.size();
                stores = stores.restored().upgraded();
                assertThat(stores.moved).as("entries moved").isGreaterThan(held);
                assertThat(TestStores.count(stores.records) + TestStores.count(stores.postings)
                        + TestStores.count(stores.storyOf)).as("entries left in the older stores").isZero();
                // the move is an operation record: a crash right after it restores it from the changelogs
                stores = stores.restored();
                state = stores.open(cached, StoredStoryState.CACHED_POSTINGS);
                stored = new StoryClusterer(settings, state);
                stored.resume(day);
                assertThat(state.size()).as("stories held after the move").isEqualTo(held);
            }
            Arrival a = arrivals.get(i);
            assertThat(stored.assign(a.id(), a.at(), a.features())).as("story of %s (#%d)", a.id(), i)
                    .isEqualTo(memory.assign(a.id(), a.at(), a.features()));
            stores.endArticle();
        }
        assertThat(stores.storiesStored()).as("stories in the index").isEqualTo(memory.stories());
    }

    /** One arrival: an article's features and event time. */
    private record Arrival(String id, Instant at, StoryClusterer.Features features) {
    }

    /**
     * Events of invented terms (hashes), each reported by several articles sharing most of its words, names and
     * figures, over about 12 days in a shuffled order.
     */
    private static List<Arrival> arrivals(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<long[]> events = new ArrayList<>();
        List<Instant> times = new ArrayList<>();
        List<Arrival> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int e;
            if (events.isEmpty() || r.nextInt(3) == 0) {
                long[] terms = new long[40];
                for (int t = 0; t < terms.length; t++) {
                    terms[t] = r.nextLong();
                }
                events.add(terms);
                times.add(T0.plus(Duration.ofMinutes(r.nextInt(12 * 24 * 60))));
                e = events.size() - 1;
            } else {
                e = r.nextInt(events.size());
            }
            long[] terms = events.get(e);
            TreeMap<Long, Float> words = new TreeMap<>();
            for (int t = 0; t < 30; t++) {
                words.merge(terms[r.nextInt(terms.length)], 1f, Float::sum);
            }
            for (int t = 0; t < 10; t++) {
                // common words every article has, and noise
                words.merge((long) r.nextInt(60), 1f, Float::sum);
            }
            long[] entities = sorted(terms[0], terms[1], terms[2] ^ r.nextInt(2));
            float[] entityCounts = new float[entities.length];
            Arrays.fill(entityCounts, 2f);
            long[] names = sorted(terms[0], terms[1]);
            out.add(new Arrival("art-" + i, times.get(e).plus(Duration.ofMinutes(r.nextInt(600))),
                    new StoryClusterer.Features(keys(words), counts(words), entities, entityCounts, sorted(terms[0]),
                            sorted(terms[1]), sorted(terms[2]), sorted(terms[3], terms[4]), sorted(terms[5]),
                            new long[0], new long[0], new long[0], new long[0], names, names)));
        }
        return out;
    }

    private static long[] sorted(long... v) {
        return Arrays.stream(v).distinct().sorted().toArray();
    }

    private static long[] keys(TreeMap<Long, Float> m) {
        return m.keySet().stream().mapToLong(Long::longValue).toArray();
    }

    private static float[] counts(TreeMap<Long, Float> m) {
        float[] out = new float[m.size()];
        int i = 0;
        for (float f : m.values()) {
            out[i++] = f;
        }
        return out;
    }

    /**
     * The stores of the clusterer's state, in memory as the tests' stores are: the five of the layout until s40, or
     * (indexed) the counts' two and the duplicates' logged index, which holds the rest since s41.
     */
    private static final class Stores {
        final boolean indexed;
        final SequencerStores index = new SequencerStores();
        private LoggedIndex logged;
        long moved;
        final MockProcessorContext<String, String> context = new MockProcessorContext<>();
        final KeyValueStore<Long, int[]> counts = TestStores.inMemory(context,
                StoredStoryState.COUNTS, Serdes.Long(), DedupCodec.INTS);
        final KeyValueStore<Long, long[]> countsLog = TestStores.inMemory(context,
                StoredStoryState.COUNTS_LOG, Serdes.Long(),
                DedupCodec.LONGS);
        final KeyValueStore<String, StoryState.StoryRecord> records = TestStores.inMemory(context,
                StoredStoryState.RECORDS, Serdes.String(),
                DedupCodec.STORY_RECORD);
        final KeyValueStore<Long, List<String>> postings = TestStores.inMemory(context,
                StoredStoryState.POSTINGS, Serdes.Long(),
                DedupCodec.STORY_IDS);
        final KeyValueStore<String, String> storyOf = TestStores.inMemory(context,
                StoredStoryState.STORY_OF, Serdes.String(),
                Serdes.String());

        StoredStoryState open(int cached) {
            return open(cached, StoredStoryState.CACHED_POSTINGS);
        }

        Stores(boolean indexed) {
            this.indexed = indexed;
        }

        StoredStoryState open(int cached, int cachedPostings) {
            StoredStoryState s;
            if (indexed) {
                // copies complete every few dozen articles, so that restores start from copies and operations
                logged = new LoggedIndex(index.work, index.ops, index.snapshot, index.legacy, 64 * 1024);
                logged.open();
                s = new StoredStoryState(counts, countsLog, logged, 16, cached, cachedPostings);
            } else {
                s = new StoredStoryState(counts, countsLog, records, postings, storyOf, 16, cached, cachedPostings);
            }
            s.restore();
            return s;
        }

        /** Ends the article's writes to the logged index (the sequencer does after each article). */
        void endArticle() {
            if (logged != null) {
                logged.endArticle();
            }
        }

        /** The stories stored, in whichever layout. */
        long storiesStored() {
            if (!indexed) {
                return TestStores.count(records);
            }
            logged.close();
            long n = 0;
            try (var it = logged.range(org.apache.kafka.common.utils.Bytes.wrap(new byte[] {'R'}),
                    org.apache.kafka.common.utils.Bytes.wrap(new byte[] {'S'}))) {
                while (it.hasNext()) {
                    it.next();
                    n++;
                }
            }
            return n;
        }

        /**
         * Fresh stores holding what a changelog restore gives: each changelogged key's last value, the logged index's
         * local store lost (under exactly-once a crash wipes the task's local state).
         */
        Stores restored() {
            Stores copy = new Stores(indexed);
            TestStores.copyInto(counts, copy.counts);
            TestStores.copyInto(countsLog, copy.countsLog);
            TestStores.copyInto(records, copy.records);
            TestStores.copyInto(postings, copy.postings);
            TestStores.copyInto(storyOf, copy.storyOf);
            TestStores.copyInto(index.ops, copy.index.ops);
            TestStores.copyInto(index.snapshot, copy.index.snapshot);
            return copy;
        }

        /** These stores as this version's sequencer opens them: an older app's story stores moved into the index. */
        Stores upgraded() {
            Stores copy = new Stores(true);
            TestStores.copyInto(counts, copy.counts);
            TestStores.copyInto(countsLog, copy.countsLog);
            TestStores.copyInto(records, copy.records);
            TestStores.copyInto(postings, copy.postings);
            TestStores.copyInto(storyOf, copy.storyOf);
            copy.logged = new LoggedIndex(copy.index.work, copy.index.ops, copy.index.snapshot, copy.index.legacy,
                    64 * 1024);
            copy.logged.open();
            copy.moved = StoredStoryState.moveInto(copy.logged, copy.records, copy.postings, copy.storyOf);
            copy.logged.endArticle();
            return copy;
        }

    }

}
