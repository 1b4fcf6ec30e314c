package io.newswire.enrich.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextCleanerTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "'a\u00A0\u00A0b'                 | 'a b'",
        "'a\u200Bb\u200Dc\uFEFFd'         | 'abcd'",
        "'co\u00ADoperate'                | 'cooperate'",
        "'a\u0000b\u0007c'                | 'abc'",
        "'line one  \r\nline two'         | 'line one\nline two'",
        "'para\n\n\n\n\npara'             | 'para\n\npara'",
        "'  indented\n\t tabbed  '        | 'indented\ntabbed'",
        "'“curly” ‘quotes’ — kept'        | '“curly” ‘quotes’ — kept'",
        "'AT&amp;T &#8217;s &quot;deal&quot;' | 'AT&T ’s \"deal\"'",
        "'مرحبا\u200Fبالعالم'             | 'مرحبا\u200Fبالعالم'",
        "'emoji 👍🏽 stays'                | 'emoji 👍🏽 stays'",
        "'می‌گوید'                   | 'می‌گوید'",
        "'किस‍की'                     | 'किस‍की'",
        "'family 👩‍👧 stays'         | 'family 👩‍👧 stays'",
        "'می ‌گوید'                  | 'می گوید'",
        "'Lat‌in'                    | 'Latin'",
    })
    void shouldCleanWithoutRewritingWordsWhenTextHasNoise(String in, String out) {
        assertThat(TextCleaner.cleanText(in)).isEqualTo(out);
    }

    @Test
    void shouldComposeToNfcWhenInputIsDecomposed() {
        String nfd = Normalizer.normalize("Baluchestān, Köln, Ἀθῆναι", Normalizer.Form.NFD);
        assertThat(TextCleaner.clean(nfd)).isEqualTo("Baluchestān, Köln, Ἀθῆναι");
    }

    @Test
    void shouldBeIdempotentWhenCleanedTwice() {
        String once = TextCleaner.cleanText("  A\u00A0b\r\n\r\n\r\nc\u200B  d &amp; e ");
        assertThat(TextCleaner.clean(once)).isEqualTo(once);
    }

    @Test
    void shouldHandleMegabyteLineWhenInputIsHuge() {
        String big = "word ".repeat(200_000) + "end";
        assertThat(TextCleaner.cleanText(big)).hasSize(big.length()).endsWith("end");
    }
}
