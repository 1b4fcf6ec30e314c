package io.newswire.enrich.duplicates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The signature's fingerprint and figures are stored (the sequencer's {@code dedup-log}) and compared with those
 * of earlier articles, so their forms must not change when their code does: sixteen zero-padded lower-case hex
 * digits per half, figures sorted without repeats.
 */
class SignaturesTest {

    @ParameterizedTest
    @ValueSource(longs = {0L, 1L, -1L, Long.MIN_VALUE, Long.MAX_VALUE, 0xABCDEFL, 0x0F00_0000_0000_00F0L})
    void shouldWriteSixteenPaddedLowerCaseHexDigitsWhenEncodingAFingerprintHalf(long value) {
        String expected = String.format(Locale.ROOT, "%016x", value);

        assertThat(Signatures.hex(value)).isEqualTo(expected).hasSize(16);
    }

    static Stream<Arguments> figures() {
        return Stream.of(
                Arguments.of(new long[] {}, 0),
                Arguments.of(new long[] {5}, 1),
                Arguments.of(new long[] {7, 7, 7}, 3),
                Arguments.of(new long[] {9, -3, 9, 0, Long.MIN_VALUE, -3, 42}, 7),
                Arguments.of(new long[] {3, 1, 2, 99, 98}, 3));
    }

    @ParameterizedTest
    @MethodSource("figures")
    void shouldSortAndDropRepeatsWhenCollectingFigures(long[] values, int count) {
        long[] expected = Arrays.stream(values, 0, count).sorted().distinct().toArray();

        assertThat(Signatures.sortedDistinct(values, count)).containsExactly(expected);
    }
}
