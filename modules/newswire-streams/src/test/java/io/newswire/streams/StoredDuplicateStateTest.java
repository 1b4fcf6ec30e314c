package io.newswire.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.enrich.duplicates.DuplicateIndex;
import io.newswire.enrich.duplicates.Signatures;
import io.newswire.enrich.duplicates.TextSignature;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The sequencer's store-backed duplicate state against {@link DuplicateIndex} (what {@code newswire enrich} runs),
 * side by side over one order: every answer, entry and story the same, with retention dropping articles, with a
 * restore from the changelog (the stores' last values copied into fresh stores, as a restore leaves them) every few
 * articles, and with a cache too small to hold one lookup's candidates.
 */
class StoredDuplicateStateTest {

    private static final Instant T0 = Instant.parse("2026-03-02T06:00:00Z");
    private static final String[] WORDS = ("harbour council ferry tariff vote minister drought valley reservoir "
            + "quarry strike union wage court ruling appeal senator budget deficit grain export rail bridge storm "
            + "coast village mayor clinic vaccine outbreak festival museum archive bishop election ballot recount "
            + "pipeline refinery spill fishery quota glacier summit treaty border patrol").split(" ");

    /** One arrival: the text's signature and the article's times. */
    private record Arrival(String id, Instant publishedAt, Instant ingestedAt, TextSignature signature) {
    }

    /**
     * A restore here is a crash: the local index is lost and rebuilt from the last complete copy and the operations
     * since ({@link LoggedIndex}), with {@code copyBytes} of the index copied an article (64: a copy completes every
     * few dozen articles, so restores fall before, during and after copies; 2048: the app's default), or, with
     * {@code keepLocal}, a clean restart that keeps it.
     */
    @ParameterizedTest(name = "{0} articles, restore every {1}, cache {2}, retention {3} days, copy {4} B, keep {5}")
    @CsvSource({
        "400, 0, 4096, 7, 2048, false",
        "400, 7, 4096, 7, 2048, false",
        "400, 7, 4096, 7, 64, false",
        "400, 13, 4096, 7, 64, true",
        "600, 0, 4096, 2, 2048, false",
        "600, 5, 3, 2, 2048, false",
        "600, 5, 3, 2, 64, false",
        "600, 1, 1, 1, 2048, false",
        "600, 3, 1, 1, 16, false",
    })
    void shouldAnswerAsTheIndexInMemoryWhenRestoredFromTheChangelogAndRetentionDropsArticles(int n, int restoreEvery,
            int cached, int retentionDays, int copyBytes, boolean keepLocal) {
        DuplicateIndex.Settings settings = DuplicateIndex.Settings.STANDARD
                .withRetention(Duration.ofDays(retentionDays), Duration.ofDays(1));
        List<Arrival> arrivals = arrivals(n, 11);
        DuplicateIndex memory = new DuplicateIndex(settings);
        SequencerStores stores = new SequencerStores();
        StoredDuplicateState stored = stores.open(settings, cached, copyBytes);
        int matches = 0;
        for (int i = 0; i < arrivals.size(); i++) {
            if (restoreEvery > 0 && i % restoreEvery == 0) {
                stores = keepLocal ? stores.restoredKeepingLocal() : stores.restored();
                stored = stores.open(settings, cached, copyBytes);
            }
            Arrival a = arrivals.get(i);
            Instant event = a.publishedAt() != null ? a.publishedAt() : a.ingestedAt();
            Optional<DuplicateIndex.Match> expected = memory.find(a.signature(), event);
            Optional<DuplicateIndex.Match> actual = stored.find(a.signature(), event);
            assertThat(actual).as("match of %s (#%d)", a.id(), i).isEqualTo(expected);
            matches += expected.isPresent() ? 1 : 0;
            DuplicateIndex.Entry e = memory.add(a.id(), a.publishedAt(), a.ingestedAt(), a.signature(), expected);
            assertThat(stored.add(a.id(), a.publishedAt(), a.ingestedAt(), a.signature(), actual))
                    .as("entry of %s", a.id()).isEqualTo(e);
            assertThat(stored.story(e.storyId())).as("story of %s", a.id()).isEqualTo(memory.story(e.storyId()));
            assertThat(stored.size()).as("articles held after #%d", i).isEqualTo(memory.size());
            assertThat(stored.evicted()).as("articles dropped after #%d", i).isEqualTo(memory.evicted());
            assertThat(stored.cached()).isLessThanOrEqualTo(cached);
        }
        assertThat(matches).as("copies found").isGreaterThan(n / 5);
        assertThat(TestStores.count(stores.log)).as("articles in the log").isEqualTo(memory.size());
        if (retentionDays < 7) {
            assertThat(memory.evicted()).as("articles dropped by retention").isGreaterThan(n / 3);
        }
    }

    @Test
    void shouldDropEverythingOfAnArticleFromTheStoresWhenRetentionDropsIt() {
        DuplicateIndex.Settings settings = DuplicateIndex.Settings.STANDARD.withRetention(Duration.ofDays(1),
                Duration.ofHours(6));
        SequencerStores stores = new SequencerStores();
        StoredDuplicateState stored = stores.open(settings, 16);
        // a story and its copy, then three days of ingest time later an unrelated article in a far event day
        List<Arrival> arrivals = arrivals(2, 3);
        TextSignature text = arrivals.get(0).signature();
        stored.add("a", T0, T0, text, Optional.empty());
        Optional<DuplicateIndex.Match> copy = stored.find(text, T0.plusSeconds(60));
        assertThat(copy).hasValueSatisfying(m -> assertThat(m.canonicalId()).isEqualTo("a"));
        stored.add("b", T0.plusSeconds(60), T0.plusSeconds(60), text, copy);
        stores.index().close();
        long keysWithTwo = TestStores.count(stores.work);
        Instant later = T0.plus(Duration.ofDays(3));
        stored.add("c", later.plus(Duration.ofDays(30)), later, arrivals.get(1).signature(), Optional.empty());

        assertThat(stored.evicted()).isEqualTo(2);
        assertThat(stored.holdsStory("a")).isFalse();
        assertThat(stored.story("a")).isEmpty();
        assertThat(stored.find(text, T0.plusSeconds(120))).isEmpty();
        assertThat(TestStores.keys(stores.log)).containsExactly(2L);
        stores.index().close();
        assertThat(TestStores.count(stores.work)).as("index keys of one article, of %s with two", keysWithTwo)
                .isLessThan(keysWithTwo);
        // what is left is one article's: its id, fingerprint, bands, day, story, the day's last use and the clocks
        // (and the local index's marker, '~')
        assertThat(keyPrefixes(stores.work)).containsOnly('i', 'f', 'b', 'd', 's', 'u', 'm', '~');
    }

    @Test
    void shouldReplayAnOlderAppsLogIntoTheIndexWhenNoIndexIsStored() {
        DuplicateIndex.Settings settings = DuplicateIndex.Settings.STANDARD;
        List<Arrival> arrivals = arrivals(120, 5);
        DuplicateIndex memory = new DuplicateIndex(settings);
        SequencerStores stores = new SequencerStores();
        long seq = 0;
        // the log as an app before s30 wrote it: one entry an article, no index beside it
        for (Arrival a : arrivals.subList(0, 80)) {
            Optional<DuplicateIndex.Match> m = memory.find(a.signature(), a.ingestedAt());
            DuplicateIndex.Entry e = memory.add(a.id(), a.publishedAt(), a.ingestedAt(), a.signature(), m);
            stores.log.put(seq++, new DedupCodec.LogEntry(a.id(), a.publishedAt(), a.ingestedAt(), a.signature(),
                    e.canonical(), e.storyId()));
        }
        StoredDuplicateState stored = stores.open(settings, StoredDuplicateState.CACHED);
        assertThat(stored.size()).isEqualTo(memory.size());
        for (Arrival a : arrivals.subList(80, arrivals.size())) {
            Optional<DuplicateIndex.Match> expected = memory.find(a.signature(), a.ingestedAt());
            assertThat(stored.find(a.signature(), a.ingestedAt())).as("match of %s", a.id()).isEqualTo(expected);
            assertThat(stored.add(a.id(), a.publishedAt(), a.ingestedAt(), a.signature(), expected))
                    .isEqualTo(memory.add(a.id(), a.publishedAt(), a.ingestedAt(), a.signature(), expected));
        }
        assertThat(TestStores.count(stores.log)).isEqualTo(memory.size());
    }

    @ParameterizedTest(name = "ring of at most {0}")
    @CsvSource({"1", "2", "3", "16"})
    void shouldKeepTheRingsSlotsInTheIndexsOrderWhenArticlesComeAndGo(int max) {
        // the index's own ring, driven through the same adds and removals, reports its candidates in the same order
        DuplicateIndex.Settings settings = DuplicateIndex.Settings.STANDARD.withMaxPerKey(max);
        DuplicateIndex memory = new DuplicateIndex(settings);
        SequencerStores stores = new SequencerStores();
        StoredDuplicateState stored = stores.open(settings, 2);
        SplittableRandom random = new SplittableRandom(max);
        StringBuilder base = new StringBuilder();
        for (int w = 0; w < 90; w++) {
            base.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
        }
        for (int i = 0; i < 60; i++) {
            // near copies of one text (a word added: another fingerprint, most bands shared) under ids that come
            // back (an id seen again replaces its article)
            TextSignature text = new Signatures().of(base + " " + WORDS[random.nextInt(WORDS.length)] + " "
                    + WORDS[random.nextInt(WORDS.length)]);
            String id = "id-" + random.nextInt(8);
            Instant at = T0.plusSeconds(60L * i);
            Optional<DuplicateIndex.Match> expected = memory.find(text, at);
            assertThat(stored.find(text, at)).as("#%d", i).isEqualTo(expected);
            assertThat(stored.add(id, at, at, text, expected)).isEqualTo(memory.add(id, at, at, text, expected));
            assertThat(stored.size()).isEqualTo(memory.size());
        }
    }

    /**
     * Stories of invented words, each with copies (a paragraph dropped, a figure changed, a footer added), in a
     * shuffled order over about 20 days of ingest time; event times a few days either side, some without
     * publication time.
     */
    private static List<Arrival> arrivals(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<String> originals = new ArrayList<>();
        List<Arrival> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String text;
            int day;
            if (originals.isEmpty() || r.nextInt(10) < 5) {
                StringBuilder b = new StringBuilder();
                for (int p = 0; p < 4; p++) {
                    for (int w = 0; w < 25; w++) {
                        b.append(WORDS[r.nextInt(WORDS.length)]).append(' ');
                    }
                    b.append(r.nextInt(1000)).append(". ");
                }
                text = b.toString();
                originals.add(text);
            } else {
                // mostly a recent story (within any retention), sometimes an old one
                int pick = r.nextInt(5) == 0 ? r.nextInt(originals.size())
                        : originals.size() - 1 - r.nextInt(Math.min(6, originals.size()));
                String base = originals.get(pick);
                text = switch (r.nextInt(3)) {
                    case 0 -> base;
                    case 1 -> base.substring(0, base.length() * 3 / 4) + " Reporting by the desk.";
                    default -> base.toUpperCase(Locale.ROOT) + " (c) 2026 Example Wire";
                };
            }
            day = r.nextInt(4);
            Instant ingested = T0.plus(Duration.ofMinutes(45L * i));
            Instant published = r.nextInt(8) == 0 ? null : ingested.minus(Duration.ofDays(day))
                    .plusSeconds(r.nextInt(3600));
            out.add(new Arrival("a" + i, published, ingested, new Signatures().of(text)));
        }
        return out;
    }

    private static List<Character> keyPrefixes(KeyValueStore<Bytes, byte[]> store) {
        return TestStores.keys(store).stream().map(k -> (char) k.get()[0]).toList();
    }
}
