package io.newswire.enrich.geo;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.enrich.text.Folding;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeySetTest {

    @ParameterizedTest(name = "{0} keys")
    @CsvSource({"0", "1", "5", "70", "1000"})
    void shouldHoldExactlyItsKeysWhenBuiltFromThem(int count) {
        SplittableRandom r = new SplittableRandom(count);
        long[] keys = new long[count];
        Set<Long> members = new HashSet<>();
        for (int i = 0; i < count; i++) {
            keys[i] = r.nextLong();
            members.add(keys[i]);
        }
        KeySet set = KeySet.of(keys);
        for (long k : keys) {
            assertThat(set.contains(k)).isTrue();
        }
        for (int i = 0; i < 5_000; i++) {
            long other = r.nextLong();
            assertThat(set.contains(other)).isEqualTo(members.contains(other));
        }
        assertThat(set.contains(0L)).isEqualTo(members.contains(0L));
    }

    @ParameterizedTest(name = "{0} in [{1}]: {2}")
    @CsvSource(delimiter = '|', value = {
        // word asked | the set's words | member
        "river  | river lake canal | true",
        "River  | river lake canal | true",   // keys are folded: the case does not matter
        "rivers | river lake canal | false",
        "lake   | lake lake        | true",   // a word listed twice is one member
        "0      | river            | false",
    })
    void shouldAnswerByFoldedKeyWhenBuiltFromWords(String word, String words, boolean member) {
        KeySet set = KeySet.of(java.util.Arrays.stream(words.split(" ")).mapToLong(Folding::key).toArray());
        assertThat(set.contains(Folding.key(word))).isEqualTo(member);
    }
}
