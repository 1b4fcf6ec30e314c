package io.newswire.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.enrich.duplicates.DuplicateIndex;
import io.newswire.enrich.duplicates.DuplicateState;
import io.newswire.enrich.duplicates.Signatures;
import io.newswire.enrich.duplicates.TextSignature;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Why {@code dedup-index} is changelogged and not rebuilt from {@code dedup-log} after a restore (s31): the index
 * holds history that the articles still held do not. When retention drops a story's first article, the story keeps
 * its size and first-seen time (they count every article it had, as {@link DuplicateIndex} does), and the dropped
 * article's fingerprint leaves the index although a later exact copy is still held, so the next copy is answered
 * as near. A rebuild from the log alone would answer with a smaller story, a later first-seen time and an exact
 * copy: a restart would change emitted answers.
 */
class StoredDuplicateIndexHistoryTest {

    private static final Instant T0 = Instant.parse("2026-05-11T08:00:00Z");
    private static final String STORY_TEXT = "The harbour board of Velmora voted on Tuesday to close the north quay "
            + "for eleven weeks while divers inspect the piles, a spokeswoman for the board said. Ferries will use "
            + "the south quay from 3 June and timetables move by twenty minutes. Fishermen said the closure came "
            + "in the busiest weeks of the season and asked for a rebate on mooring fees of 40 percent.";
    private static final String OTHER_TEXT = "Lunaria's senate passed the grain export bill by 61 votes to 38 after "
            + "a night session, sending it to the president, who has ten days to sign it. Farm unions welcomed "
            + "the quota of 2.4 million tonnes; millers warned that bread prices could rise before the harvest.";

    /** a (a day old), b (a copy of it, today), c (far ahead in event time, so a's day goes idle), then d, a copy. */
    @ParameterizedTest(name = "restore from the changelogs: {0}")
    @ValueSource(booleans = {false, true})
    void shouldKeepTheStorySizeAndTheKindOfCopyWhenRetentionDroppedTheStorysFirstArticleBeforeARestore(
            boolean restore) {
        DuplicateIndex.Settings settings = DuplicateIndex.Settings.STANDARD.withRetention(Duration.ofDays(2),
                Duration.ofHours(6));
        TextSignature story = new Signatures().of(STORY_TEXT);
        TextSignature other = new Signatures().of(OTHER_TEXT);
        DuplicateIndex memory = new DuplicateIndex(settings);
        SequencerStores stores = new SequencerStores();
        StoredDuplicateState stored = stores.open(settings, 16);
        for (DuplicateState state : new DuplicateState[] {memory, stored}) {
            add(state, "a", T0.minus(Duration.ofDays(1)), T0, story);
            add(state, "b", T0, T0.plusSeconds(60), story);
            add(state, "c", T0.plus(Duration.ofDays(3)), T0.plus(Duration.ofHours(12)), other);
        }
        assertThat(memory.evicted()).as("a's event day dropped").isEqualTo(1);
        if (restore) {
            stores = stores.restored();
            stored = stores.open(settings, 16);
        }
        // what an index without a changelog would hold after the restore: rebuilt from the log (as an older app's)
        StoredDuplicateState rebuilt = stores.logOnly().open(settings, 16);
        Instant t = T0.plus(Duration.ofHours(13));
        Optional<DuplicateIndex.Match> expected = memory.find(story, t);
        Optional<DuplicateIndex.Match> actual = stored.find(story, t);
        Optional<DuplicateIndex.Match> fromLog = rebuilt.find(story, t);
        DuplicateIndex.Entry entry = memory.add("d", t, t, story, expected);
        stored.add("d", t, t, story, actual);
        rebuilt.add("d", t, t, story, fromLog);

        assertThat(expected).hasValueSatisfying(m -> {
            assertThat(m.kind()).isEqualTo(DuplicateIndex.Kind.NEAR);
            assertThat(m.canonicalId()).isEqualTo("a");
        });
        assertThat(actual).isEqualTo(expected);
        assertThat(memory.story(entry.storyId())).hasValueSatisfying(s -> {
            assertThat(s.size()).isEqualTo(3);
            assertThat(s.firstSeen()).isEqualTo(T0.minus(Duration.ofDays(1)));
        });
        assertThat(stored.story(entry.storyId())).isEqualTo(memory.story(entry.storyId()));
        assertThat(stored.evicted()).isEqualTo(memory.evicted());

        // the log alone answers otherwise: b's fingerprint, a smaller story that began later, no article dropped
        assertThat(fromLog).hasValueSatisfying(m -> assertThat(m.kind()).isEqualTo(DuplicateIndex.Kind.EXACT));
        assertThat(rebuilt.story(entry.storyId())).hasValueSatisfying(s -> {
            assertThat(s.size()).isEqualTo(2);
            assertThat(s.firstSeen()).isEqualTo(T0);
        });
        assertThat(rebuilt.evicted()).isZero();
    }

    private static void add(DuplicateState state, String id, Instant published, Instant ingested, TextSignature s) {
        state.add(id, published, ingested, s, state.find(s, published));
    }

}
