package io.newswire.enrich.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FoldedWordsTest {

    private static final Map<String, Integer> WORDS = Map.of("killed", 1, "talks", 2, "sit-in", 3, "mörder", 4,
            "kill", 5, "approx.", 6, "\u2019s", 7);
    private static final FoldedWords TABLE = new FoldedWords(WORDS);

    @ParameterizedTest
    @ValueSource(strings = {"killed", "KILLED", "Killed", "kIlLeD", "kill", "Kills", "killer", "talks", "Talks",
            "Sit-In", "sit-in", "sitin", "Mörder", "MÖRDER", "mörder", "approx.", "Approx", "", "k", "\u212Aill",
            "İ", "taLKs", "st", "tal", "\u2019s", "\u2019S", "'s"})
    void shouldAnswerAsTheLowerCasedLookupWhenFormHasAnyCase(String form) {
        int expected = WORDS.getOrDefault(form.toLowerCase(Locale.ROOT), 0);

        assertThat(TABLE.get(form)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"KILLED", "Killed", "Mörder", "MÖRDER", "\u2019S", "Talks"})
    void shouldReturnTheTablesOwnWordWhenRegionOfTextIsOneOfTheWords(String form) {
        String text = "« " + form + " »";
        String low = form.toLowerCase(Locale.ROOT);
        String own = WORDS.keySet().stream().filter(low::equals).findFirst().orElseThrow();

        assertThat(TABLE.word(text, 2, 2 + form.length())).isSameAs(own);
        assertThat(TABLE.get(text, 2, 2 + form.length())).isEqualTo(WORDS.get(low));
    }

    @ParameterizedTest
    @ValueSource(strings = {"kille", "killedx", "Mord", "s", "sit in"})
    void shouldFindNothingWhenRegionIsNoneOfTheWords(String form) {
        String text = "(" + form + ")";

        assertThat(TABLE.word(text, 1, 1 + form.length())).isNull();
        assertThat(TABLE.get(text, 1, 1 + form.length())).isZero();
    }

    @org.junit.jupiter.api.Test
    void shouldGiveEachWordTheValueOneWhenBuiltFromAList() {
        FoldedWords table = FoldedWords.of(List.of("said", "told", "according"));

        assertThat(table.get("Said")).isEqualTo(1);
        assertThat(table.get("asked")).isZero();
    }
}
