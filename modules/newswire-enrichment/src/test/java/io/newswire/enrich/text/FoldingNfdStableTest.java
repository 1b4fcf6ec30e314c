package io.newswire.enrich.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FoldingNfdStableTest {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** What nameKey's first step makes of a text: NFD, combining marks dropped. */
    private static String decomposed(String s) {
        return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
    }

    @Test
    void shouldLeaveEveryTextOfStableUnitsAsItIsWhenDecomposed() {
        List<String> changed = new ArrayList<>();
        char previous = 'a';
        for (int c = 0x80; c < 0x10000; c++) {
            char ch = (char) c;
            if (!Folding.nfdStable(ch)) {
                continue;
            }
            // alone, between letters, doubled, after the last stable unit, and beside the usual ones
            for (String s : List.of(String.valueOf(ch), "Ka" + ch + "rim", "" + ch + ch, "" + previous + ch,
                    "" + ch + previous, "\u2019" + ch + "\u0131", "\u00DF" + ch + "\u2014")) {
                if (!decomposed(s).equals(s)) {
                    changed.add(Integer.toHexString(c) + " in " + s);
                }
            }
            previous = ch;
        }
        assertThat(changed).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\u00E9 | false", // é decomposes
        "\u0301 | false", // a combining mark
        "\uAC00 | false", // a Hangul syllable decomposes
        "\uD835 | false", // half of a pair
        "\u2019 | true",
        "\u0131 | true",
        "\u2014 | true",
        "\u00DF | true",
    })
    void shouldTellStableUnitsWhenNfdWouldChangeThemOrNot(char c, boolean stable) {
        assertThat(Folding.nfdStable(c)).isEqualTo(stable);
    }
}
