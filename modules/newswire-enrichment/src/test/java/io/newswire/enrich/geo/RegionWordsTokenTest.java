package io.newswire.enrich.geo;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.enrich.gazetteer.Gazetteer;
import io.newswire.enrich.text.Folding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The spotter's region-word check by a token's key answers as the check of the word in the text does. */
class RegionWordsTokenTest {

    private static final RegionWords WORDS = new RegionWords(Gazetteer.get());

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "West, true", "Western, true", "Arab, true", "Kashmiri, true", "Bavarian, true", "Midwestern, true",
        "Paris, false", "Officials, false", "Of, false", "Extraordinarily, false", "Zz, false",
    })
    void shouldAnswerAsTheWordLookupWhenGivenTheTokensKey(String word, boolean region) {
        String text = "said " + word + " officials";
        int start = 5;
        int end = start + word.length();
        int[] byText = WORDS.entries(text, start, end);
        int[] byKey = WORDS.entriesOfToken(Folding.key(text, start, end), end - start);
        assertThat(byKey).isSameAs(byText);
        assertThat(byKey != null).isEqualTo(region);
    }
}
