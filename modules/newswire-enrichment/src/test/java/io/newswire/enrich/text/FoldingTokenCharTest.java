package io.newswire.enrich.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link Folding#isTokenChar}, read from a table, answers as the character properties it was built from. */
class FoldingTokenCharTest {

    private static boolean byProperties(char c) {
        int t = Character.getType(c);
        return Character.isLetterOrDigit(c) || t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK;
    }

    @ParameterizedTest(name = "U+{0} to U+{1}")
    @CsvSource({"0000, 0080", "0080, 0800", "0800, 3000", "3000, D800", "D800, 10000"})
    void shouldAnswerAsTheCharacterPropertiesWhenAskedOfEveryUnitOfARange(String from, String to) {
        int wrong = 0;
        for (int c = Integer.parseInt(from, 16); c < Integer.parseInt(to, 16); c++) {
            wrong += Folding.isTokenChar((char) c) == byProperties((char) c) ? 0 : 1;
        }
        assertThat(wrong).isZero();
    }

    @ParameterizedTest(name = "U+{0}: {1}")
    @CsvSource({
        "0061, true",   // a
        "005A, true",   // Z
        "0037, true",   // 7
        "0020, false",  // space
        "002D, false",  // hyphen
        "201C, false",  // left double quotation mark
        "2019, false",  // right single quotation mark
        "0131, true",   // dotless i
        "0301, true",   // combining acute accent
        "0E31, true",   // Thai vowel mark (non-spacing)
        "00A0, false",  // no-break space
    })
    void shouldTellTokenCharactersWhenAskedOfOne(String code, boolean token) {
        assertThat(Folding.isTokenChar((char) Integer.parseInt(code, 16))).isEqualTo(token);
    }
}
