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

    /** Every ASCII character between two token characters, and as a token of its own. */
    private static String allAscii() {
        StringBuilder sb = new StringBuilder();
        for (char c = 0; c < 128; c++) {
            sb.append(c).append('x').append(c).append(' ');
        }
        return sb.toString();
    }

    /**
     * Signatures of invented texts as the token-by-token code computed them before the one-pass form
     * (s29): fingerprint, tokens, shingles, then the hash of the sketch and the count and hash of the
     * figures. Stored sketches in {@code dedup-log} are compared with new ones, so any change here is a
     * change of the stored format.
     */
    static Stream<Arguments> pinnedSignatures() {
        return Stream.of(
                Arguments.of("", "6a09e667f3bcc908bb67ae8584caa73b", 0, 0, -474025983, 0, 1),
                Arguments.of(" ,.;-- \n", "6a09e667f3bcc908bb67ae8584caa73b", 0, 0, -474025983, 0, 1),
                Arguments.of("Ministry", "6ced28d1f1f6ab376e264087c9f32a34", 1, 0, -474025983, 0, 1),
                Arguments.of("KESTREL BAY, March 3 (Harbour Wire) - The port authority of Kestrel Bay said on Tuesday"
                        + " that 1,240 containers had cleared customs, up 12.5% on the week.",
                        "e9cfb0e55fe93dd2fed40d5cc1e1de99", 28, 25, -715742806, 5, 1182628644),
                Arguments.of("Kestrel Bay's port authority said 1,240 containers cleared customs on Tuesday -- a 12.5"
                        + " percent rise -- as the \u201cwinter backlog\u201d eased.",
                        "3305a1499df3472a373a068338aa3b83", 23, 20, 838542022, 4, 2014705662),
                Arguments.of("La mairie de Saint-\u00c9tienne-du-Vall\u00e9e a annonc\u00e9 lundi l'ouverture de 3"
                        + " cr\u00e8ches; \u00ab\u00a0C'est un d\u00e9but\u00a0\u00bb, a d\u00e9clar\u00e9"
                        + " \u00c9lodie Gr\u00fcnwald.",
                        "025b383398c41b3fdc54040e444b1193", 23, 20, 122184760, 1, -704919523),
                Arguments.of("Die Stra\u00dfe nach \u00d8restad bleibt gesperrt, teilte die Polizei in K\u00f8benhavn"
                        + " mit; \u0141\u00f3d\u017a und \u0130zmir melden 4 Unf\u00e4lle. \u00c6sir \u0152uvre"
                        + " \u00fe\u00f0 \u0131",
                        "29f3fdcd6a5d6e237bfccc7aa1a494a5", 22, 19, 1007990123, 1, 1304891806),
                Arguments.of("\u0412 \u041c\u043e\u0441\u043a\u0432\u0435 \u0437\u0430\u044f\u0432\u0438\u043b\u0438"
                        + " \u043e 25 \u0441\u043b\u0443\u0447\u0430\u044f\u0445; \u0627\u0644\u0639\u062f\u062f"
                        + " \u0663\u0662 \u0648\u0641\u0642 \u0627\u0644\u0648\u0632\u0627\u0631\u0629"
                        + " \u0915\u093f\u0924\u093e\u092c \u65e5\u672c\u8a9e 12\u5e74 x\u0301y",
                        "329bac127c7e97d38eee5089bcf2e5c0", 14, 11, -1505888879, 3, -1189063350),
                Arguments.of(allAscii(), "801ecda366b81ec692282c6edcd1917c", 128, 125, 621403714, 10, -781295748));
    }

    @ParameterizedTest
    @MethodSource("pinnedSignatures")
    void shouldGiveTheStoredSignatureWhenSigningAText(String text, String fingerprint, int tokens, int shingles,
            int sketchHash, int figures, int figuresHash) {
        TextSignature signature = new Signatures().of(text);

        assertThat(signature.fingerprint()).isEqualTo(fingerprint);
        assertThat(signature.tokens()).isEqualTo(tokens);
        assertThat(signature.shingles()).isEqualTo(shingles);
        assertThat(Arrays.hashCode(signature.sketch())).isEqualTo(sketchHash);
        assertThat(signature.numbers()).hasSize(figures);
        assertThat(Arrays.hashCode(signature.numbers())).isEqualTo(figuresHash);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 5})
    void shouldChainEachShingleFromItsOldestTokenWhenTheShingleSizeIsNotFour(int size) {
        // the window is a ring: past many wraps it must still chain each shingle's own tokens, so a
        // text of one five-word cycle has the same five shingles however often the cycle repeats
        String once = "alpha beta gamma delta epsilon ".repeat(4);
        TextSignature a = new Signatures(64, size, false).of(once + once);
        TextSignature b = new Signatures(64, size, false).of(once);

        assertThat(a.shingles()).isEqualTo(a.tokens() - size + 1);
        assertThat(a.jaccard(b)).isEqualTo(1.0);
    }

    // s32 (issue 11 C9): the stamp of a credit line and the groups of a code are no figures; counts, amounts,
    // decimals, scores and dates alone stay figures
    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "WIRE 14.03.2026 09:27 In all 2 people were hurt | 1",
        "Updated 2025-11-03, 17:05 - In all 2 people were hurt | 1",
        "09:27 - 3.11.2025 Drei Menschen wurden verletzt | 0",
        "The van with plate 06 KRT 417 hit a lorry | 0",
        "a car registered AB-123-CD and a bus AB 456 EF | 0",
        "flight MH17 and the A2 motorway | 0",
        "PROFITS UP 25 PCT TO 3 MLN DLRS | 2",
        "He sold USD 500 of bonds and EUR 12.8 billion more | 3",
        "1,240 containers, up 12.5% on 14.03.2026; it ended 2:1 over 10km | 9"})
    void shouldCountOnlyTheFiguresOfTheEventWhenATextHoldsStampsAndCodes(String text, int figures) {
        assertThat(new Signatures().of(text).numbers()).hasSize(figures);
    }
}
