package io.newswire.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.enrich.duplicates.DuplicateIndex;
import io.newswire.enrich.duplicates.Signatures;
import io.newswire.enrich.duplicates.TextSignature;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.apache.kafka.common.utils.Bytes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The duplicates index's durability (s33, {@link LoggedIndex}): one operation record an article, a copy of the local
 * index written a chunk at a time, and a rebuild from the two whenever the local index is not the committed one.
 */
class LoggedIndexTest {

    private static final Instant T0 = Instant.parse("2026-09-14T05:00:00Z");
    private static final String[] WORDS = ("tram depot levy ward councillor flood barrier estuary pilot licence "
            + "orchard frost cooperative tender contract audit pension reform ferry strike kiln pottery quarry "
            + "landslide shelter volunteer census district hospital ward nurse shortage canal lock barge").split(" ");

    private record Arrival(String id, Instant at, TextSignature signature) {
    }

    @Test
    void shouldWriteOneOperationRecordAnArticleWhenTheIndexChangesManyKeys() {
        DuplicateIndex.Settings settings = DuplicateIndex.Settings.STANDARD;
        SequencerStores stores = new SequencerStores();
        StoredDuplicateState stored = stores.open(settings, 16);
        for (Arrival a : arrivals(40, 3)) {
            long before = lastOperation(stores);
            long keysBefore = TestStores.count(stores.work);
            stored.add(a.id(), a.at(), a.at(), a.signature(), stored.find(a.signature(), a.at()));
            long keysAfter = TestStores.count(stores.work);
            // a new text adds its id, fingerprint, bands, day member (and story): dozens of keys, one record
            if (keysAfter - keysBefore >= 30) {
                assertThat(lastOperation(stores)).as("last operation after %s", a.id()).isEqualTo(before + 1);
            }
        }
        assertThat(TestStores.count(stores.work)).as("local index keys").isGreaterThan(400);
    }

    /**
     * An aborted transaction: the changelogs are those of the last commit, the local index holds writes of articles
     * after it. Its marker disagrees with the committed operations, so it is rebuilt, and answers as the index in
     * memory did at the commit.
     */
    @ParameterizedTest(name = "commit after {0} articles, {1} more aborted, copy {2} B an article")
    @CsvSource({"10, 1, 2048", "25, 7, 2048", "25, 7, 40", "60, 20, 40"})
    void shouldRebuildTheLocalIndexWhenItHoldsWritesThatWereNotCommitted(int committed, int aborted, int copyBytes) {
        DuplicateIndex.Settings settings = DuplicateIndex.Settings.STANDARD;
        List<Arrival> arrivals = arrivals(committed + aborted + 30, 9);
        DuplicateIndex memory = new DuplicateIndex(settings);
        SequencerStores stores = new SequencerStores();
        StoredDuplicateState stored = stores.open(settings, 16, copyBytes);
        for (Arrival a : arrivals.subList(0, committed)) {
            Optional<DuplicateIndex.Match> m = memory.find(a.signature(), a.at());
            memory.add(a.id(), a.at(), a.at(), a.signature(), m);
            stored.add(a.id(), a.at(), a.at(), a.signature(), stored.find(a.signature(), a.at()));
        }
        SequencerStores atCommit = stores.restored();
        for (Arrival a : arrivals.subList(committed, committed + aborted)) {
            stored.add(a.id(), a.at(), a.at(), a.signature(), stored.find(a.signature(), a.at()));
        }
        // the changelogged stores as committed, the local index as the aborted transaction left it
        TestStores.copyInto(stores.work, atCommit.work);
        StoredDuplicateState reopened = atCommit.open(settings, 16, copyBytes);

        assertThat(reopened.size()).isEqualTo(memory.size());
        for (Arrival a : arrivals.subList(committed, arrivals.size())) {
            Optional<DuplicateIndex.Match> expected = memory.find(a.signature(), a.at());
            assertThat(reopened.find(a.signature(), a.at())).as("match of %s", a.id()).isEqualTo(expected);
            assertThat(reopened.add(a.id(), a.at(), a.at(), a.signature(), expected))
                    .isEqualTo(memory.add(a.id(), a.at(), a.at(), a.signature(), expected));
        }
    }

    /**
     * A crash that left some of an article's writes in the local store and not the rest (RocksDB without its
     * write-ahead log keeps a prefix of the writes): the marker says so, and the index is rebuilt without them, even
     * when no operation of that article was committed.
     */
    @Test
    void shouldRebuildTheLocalIndexWhenACrashLeftPartOfAnArticlesWrites() {
        DuplicateIndex.Settings settings = DuplicateIndex.Settings.STANDARD;
        List<Arrival> arrivals = arrivals(30, 17);
        SequencerStores stores = new SequencerStores();
        StoredDuplicateState stored = stores.open(settings, 16);
        for (Arrival a : arrivals) {
            stored.add(a.id(), a.at(), a.at(), a.signature(), stored.find(a.signature(), a.at()));
        }
        SequencerStores crashed = stores.restoredKeepingLocal();
        long keys = TestStores.count(crashed.work);
        assertThat(crashed.open(settings, 16).size()).as("current local index kept").isEqualTo(stored.size());
        assertThat(crashed.index().open()).as("rebuilt although current").isFalse();
        // half an article: one key written, the article not ended, and the local store written (a range read in the
        // middle of an article writes what the heap held, with the marker saying so)
        Bytes half = Bytes.wrap(new byte[] {'i', 'h', 'a', 'l', 'f'});
        crashed.index().put(half, new byte[] {0, 0, 0, 0, 0, 0, 0, 9});
        try (var it = crashed.index().range(half, half)) {
            assertThat(it.hasNext()).as("the half article's write, read back").isTrue();
        }
        assertThat(crashed.work.get(half)).as("the half article's write, in the local store").isNotNull();
        SequencerStores again = crashed.restoredKeepingLocal();

        StoredDuplicateState reopened = again.open(settings, 16);

        assertThat(again.work.get(half)).as("the half article's write").isNull();
        assertThat(TestStores.count(again.work)).isEqualTo(keys);
        assertThat(reopened.size()).isEqualTo(stored.size());
    }

    /**
     * Since s40 an article's writes wait on the heap until the copy moves on (every 16 articles at most), a range read
     * or the task's close, and reach the local store in one batch with the marker. A clean close leaves the local
     * index current (kept, not rebuilt); a crash at any article leaves it either as of its last batch, whose marker
     * then disagrees with the committed operations (rebuilt), or current at a batch's boundary (kept): the answers
     * after it are those of the index in memory either way.
     */
    @ParameterizedTest(name = "{0} articles, then closed: {1}")
    @CsvSource({"1, true", "1, false", "15, true", "15, false", "16, true", "16, false", "17, false", "37, true",
            "37, false", "64, false", "65, true"})
    void shouldAnswerAsTheIndexInMemoryWhenTheTaskClosesOrCrashesAfterAnyArticle(int before, boolean closed) {
        DuplicateIndex.Settings settings = DuplicateIndex.Settings.STANDARD;
        List<Arrival> arrivals = arrivals(before + 40, 29);
        DuplicateIndex memory = new DuplicateIndex(settings);
        SequencerStores stores = new SequencerStores();
        StoredDuplicateState stored = stores.open(settings, 16);
        for (Arrival a : arrivals.subList(0, before)) {
            Optional<DuplicateIndex.Match> m = memory.find(a.signature(), a.at());
            memory.add(a.id(), a.at(), a.at(), a.signature(), m);
            assertThat(stored.find(a.signature(), a.at())).as("match of %s", a.id()).isEqualTo(m);
            stored.add(a.id(), a.at(), a.at(), a.signature(), m);
        }
        SequencerStores again = closed ? stores.restoredKeepingLocal() : stores.crashedKeepingLocal();
        StoredDuplicateState reopened = again.open(settings, 16);
        if (closed) {
            assertThat(again.index().open()).as("rebuilt after a clean close").isFalse();
        }

        assertThat(reopened.size()).isEqualTo(memory.size());
        for (Arrival a : arrivals.subList(before, arrivals.size())) {
            Optional<DuplicateIndex.Match> expected = memory.find(a.signature(), a.at());
            assertThat(reopened.find(a.signature(), a.at())).as("match of %s", a.id()).isEqualTo(expected);
            assertThat(reopened.add(a.id(), a.at(), a.at(), a.signature(), expected))
                    .isEqualTo(memory.add(a.id(), a.at(), a.at(), a.signature(), expected));
        }
    }

    /**
     * Copies complete and the operations before them go: the log holds at most the articles of two copies, however
     * many arrive; and a crash at any point restores the same index.
     */
    @Test
    void shouldKeepTheOperationLogWithinTwoCopiesWhenManyArticlesArrive() {
        DuplicateIndex.Settings settings = DuplicateIndex.Settings.STANDARD.withRetention(Duration.ofDays(1),
                Duration.ofHours(12));
        SequencerStores stores = new SequencerStores();
        StoredDuplicateState stored = stores.open(settings, 16, 2048);
        DuplicateIndex memory = new DuplicateIndex(settings);
        List<Arrival> arrivals = arrivals(600, 21);
        long maxOps = 0;
        for (int i = 0; i < arrivals.size(); i++) {
            Arrival a = arrivals.get(i);
            Optional<DuplicateIndex.Match> expected = memory.find(a.signature(), a.at());
            assertThat(stored.find(a.signature(), a.at())).as("#%d", i).isEqualTo(expected);
            memory.add(a.id(), a.at(), a.at(), a.signature(), expected);
            stored.add(a.id(), a.at(), a.at(), a.signature(), expected);
            maxOps = Math.max(maxOps, TestStores.count(stores.ops));
            if (i % 97 == 0) {
                stores = stores.restored();
                stored = stores.open(settings, 16, 2048);
            }
        }
        assertThat(stores.index().hasCompleteCopy()).isTrue();
        assertThat(memory.evicted()).as("articles dropped by retention").isGreaterThan(300);
        // the index holds about a day of articles (32 per day): two copies' worth is far below 600
        assertThat(maxOps).as("operations held at most").isLessThan(200);
    }

    /** An app before s33 kept the index, changelogged, in dedup-index: it is the base until a copy is complete. */
    @Test
    void shouldAnswerFromAnOlderAppsIndexWhenUpgradedAndEmptyItOnceCopied() {
        DuplicateIndex.Settings settings = DuplicateIndex.Settings.STANDARD;
        List<Arrival> arrivals = arrivals(160, 5);
        DuplicateIndex memory = new DuplicateIndex(settings);
        SequencerStores before = new SequencerStores();
        StoredDuplicateState older = before.open(settings, 16);
        for (Arrival a : arrivals.subList(0, 80)) {
            Optional<DuplicateIndex.Match> m = memory.find(a.signature(), a.at());
            memory.add(a.id(), a.at(), a.at(), a.signature(), m);
            older.add(a.id(), a.at(), a.at(), a.signature(), m);
        }
        // the older app's stores: its log and its index (the same keys and values, without the local marker)
        before.index().close();
        SequencerStores upgraded = new SequencerStores();
        TestStores.copyInto(before.log, upgraded.log);
        for (var key : TestStores.keys(before.work)) {
            if (key.get()[0] != '~') {
                upgraded.legacy.put(key, before.work.get(key));
            }
        }
        StoredDuplicateState stored = upgraded.open(settings, 16, 4096);
        assertThat(stored.size()).isEqualTo(memory.size());
        for (int i = 80; i < arrivals.size(); i++) {
            Arrival a = arrivals.get(i);
            Optional<DuplicateIndex.Match> expected = memory.find(a.signature(), a.at());
            assertThat(stored.find(a.signature(), a.at())).as("match of %s", a.id()).isEqualTo(expected);
            assertThat(stored.add(a.id(), a.at(), a.at(), a.signature(), expected))
                    .isEqualTo(memory.add(a.id(), a.at(), a.at(), a.signature(), expected));
            if (i == 84) {
                // a crash before the first copy is complete: the older index is the base of the rebuild
                assertThat(upgraded.index().hasCompleteCopy()).isFalse();
                upgraded = upgraded.restored();
                stored = upgraded.open(settings, 16, 4096);
            }
        }
        assertThat(upgraded.index().hasCompleteCopy()).isTrue();
        assertThat(TestStores.count(upgraded.legacy)).as("older index keys left").isZero();
    }

    /** The number of the last operation record (-1: none); covered ones are deleted, so not their count. */
    private static long lastOperation(SequencerStores stores) {
        List<Long> keys = TestStores.keys(stores.ops);
        return keys.isEmpty() ? -1 : keys.get(keys.size() - 1);
    }

    /** Texts of invented words, half of them copies of a recent one, 45 minutes apart. */
    private static List<Arrival> arrivals(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<String> texts = new ArrayList<>();
        List<Arrival> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String text;
            if (texts.isEmpty() || r.nextBoolean()) {
                StringBuilder b = new StringBuilder();
                for (int w = 0; w < 80; w++) {
                    b.append(WORDS[r.nextInt(WORDS.length)]).append(' ');
                }
                text = b.append(r.nextInt(500)).toString();
                texts.add(text);
            } else {
                text = texts.get(texts.size() - 1 - r.nextInt(Math.min(5, texts.size()))) + " via the desk";
            }
            out.add(new Arrival("n" + (i % (n - 3)), T0.plus(Duration.ofMinutes(45L * i)), new Signatures().of(text)));
        }
        return out;
    }
}
