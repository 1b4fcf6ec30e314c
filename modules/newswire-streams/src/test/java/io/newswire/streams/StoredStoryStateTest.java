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

    @ParameterizedTest(name = "{0} articles, restore every {1}, cache {2}, retention {3} days, posting lists cached {4}")
    @CsvSource({
        "300, 0, 2048, 7, 16384",
        "300, 9, 2048, 7, 16384",
        "400, 0, 1, 2, 16384",
        "400, 4, 3, 2, 16384",
        "400, 1, 16, 1, 16384",
        // s35: posting lists kept across articles, none, or far fewer than the keys (evicted between articles)
        "400, 0, 2048, 7, 0",
        "400, 0, 2048, 2, 7",
        "400, 7, 16, 1, 3",
        "400, 0, 1, 1, 40",
    })
    void shouldAssignAsTheStateInMemoryWhenRestoredFromTheChangelogAndRetentionDropsStories(int n, int restoreEvery,
            int cached, int retentionDays, int cachedPostings) {
        StoryClusterer.Settings settings = StoryClusterer.Settings.STANDARD
                .withRetention(Duration.ofDays(retentionDays));
        List<Arrival> arrivals = arrivals(n, 21);
        StoryClusterer memory = new StoryClusterer(settings, new InMemoryStoryState());
        Stores stores = new Stores();
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
            assertThat(stored.stories()).as("stories held after #%d", i).isEqualTo(memory.stories());
            joined += expected.similarity() > 0 ? 1 : 0;
        }
        assertThat(joined).as("articles that joined a story").isGreaterThan(n / 4);
        assertThat(TestStores.count(stores.records)).as("stories in the store").isEqualTo(memory.stories());
        if (retentionDays < 7) {
            assertThat(memory.stories()).as("stories held").isLessThan(n - joined);
        }
    }

    @Test
    void shouldKeepFewStoriesOnTheHeapWhenTheStoresHoldMany() {
        Stores stores = new Stores();
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
        Stores stores = new Stores();
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

    /** The five stores of the clusterer's state, in memory as the tests' stores are. */
    private static final class Stores {
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

        StoredStoryState open(int cached, int cachedPostings) {
            StoredStoryState s = new StoredStoryState(counts, countsLog, records, postings, storyOf, 16, cached,
                    cachedPostings);
            s.restore();
            return s;
        }

        /** Fresh stores holding what a changelog restore gives: each key's last value. */
        Stores restored() {
            Stores copy = new Stores();
            TestStores.copyInto(counts, copy.counts);
            TestStores.copyInto(countsLog, copy.countsLog);
            TestStores.copyInto(records, copy.records);
            TestStores.copyInto(postings, copy.postings);
            TestStores.copyInto(storyOf, copy.storyOf);
            return copy;
        }

    }

}
