package io.newswire.enrich.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TermLexiconTest {

    private static final TermLexicon LEXICON = TermLexicon.load(TermLexiconTest.class, "test-lexicon.txt",
            List.of("a", "b"));

    private static List<String> hits(String text) {
        List<String> out = new ArrayList<>();
        LEXICON.scan(text, 0, text.length(), (term, key, weight, word) -> out.add(key + ":" + weight + "@" + word));
        return out;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The STRIKE went on | 0:2.0@1;1:1.0@1",
        "Two strikes | 0:2.0@1;1:1.0@1",
        "an air strike hit | 0:2.0@2;1:1.0@2;0:3.0@2",
        "a cease-fire held | 0:3.0@2",
        "Une École fermée | 1:2.0@1",
        "nothing here at all | ''",
        "anything | ''",
    })
    void shouldReportEachListedTermWhenScanning(String text, String expected) {
        assertThat(String.join(";", hits(text))).isEqualTo(expected);
    }

    @Test
    void shouldNotPairWordsWhenASentenceEndsBetweenThem() {
        assertThat(hits("They came by air. Strike teams followed.")).containsExactly("0:2.0@4", "1:1.0@4");
    }

    @Test
    void shouldCountWordsAndTermsWhenLoaded() {
        assertThat(LEXICON.terms()).isEqualTo(4);
        assertThat(LEXICON.scan("Three small words", 0, 17, (t, k, w, i) -> { })).isEqualTo(3);
    }

    @Test
    void shouldHashAWordAlikeWhateverItsCaseWhenHashing() {
        assertThat(WordHashes.hash("Guerre")).isEqualTo(WordHashes.hash("guerre")).isNotEqualTo(WordHashes.hash("guerra"));
    }
}
