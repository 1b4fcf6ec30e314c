package io.newswire.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The duplicates index's key filter (s40, {@link KeyFilter}): never "absent" for a key added; rarely "present" else. */
class KeyFilterTest {

    @ParameterizedTest(name = "2^{0} bits, {1} keys: at most {2} of absent keys said present")
    @CsvSource({"16, 2000, 0.01", "20, 50000, 0.01", "20, 300000, 0.25", "12, 100000, 1.0"})
    void shouldNeverSayAbsentWhenAKeyWasAddedAndRarelySayPresentWhenNot(int log2Bits, int keys, double falseRate) {
        KeyFilter filter = new KeyFilter(log2Bits);
        SplittableRandom r = new SplittableRandom(log2Bits * 31L + keys);
        long[] added = new long[keys];
        for (int i = 0; i < keys; i++) {
            added[i] = r.nextLong();
            filter.add(bandKey(added[i]));
        }
        for (long k : added) {
            assertThat(filter.mightContain(bandKey(k))).as("added key %s", k).isTrue();
        }
        int present = 0;
        int probes = 20_000;
        for (int i = 0; i < probes; i++) {
            present += filter.mightContain(bandKey(r.nextLong())) ? 1 : 0;
        }
        assertThat(present / (double) probes).as("absent keys said present").isLessThanOrEqualTo(falseRate);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"ia-2026-09-14-kairo-ferry", "f", "sdüsseldorf-tram-7", "u", "dstory-ñandú-3"})
    void shouldSayAbsentWhenClearedAndPresentWhenAddedAgain(String key) {
        KeyFilter filter = new KeyFilter(16);
        byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
        filter.add(bytes);
        assertThat(filter.mightContain(bytes)).isTrue();
        filter.clear();
        assertThat(filter.mightContain(bytes)).as("after clear").isFalse();
        filter.add(bytes);
        assertThat(filter.mightContain(bytes)).as("added again").isTrue();
    }

    private static byte[] bandKey(long band) {
        return ByteBuffer.allocate(9).put((byte) 'b').putLong(band).array();
    }
}
