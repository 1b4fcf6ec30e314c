package io.newswire.enrich.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FoldedWordsTest {

    private static final Map<String, Integer> WORDS = Map.of("killed", 1, "talks", 2, "sit-in", 3, "mörder", 4,
            "kill", 5, "approx.", 6);
    private static final FoldedWords TABLE = new FoldedWords(WORDS);

    @ParameterizedTest
    @ValueSource(strings = {"killed", "KILLED", "Killed", "kIlLeD", "kill", "Kills", "killer", "talks", "Talks",
            "Sit-In", "sit-in", "sitin", "Mörder", "MÖRDER", "mörder", "approx.", "Approx", "", "k", "\u212Aill",
            "İ", "taLKs", "st", "tal"})
    void shouldAnswerAsTheLowerCasedLookupWhenFormHasAnyCase(String form) {
        int expected = WORDS.getOrDefault(form.toLowerCase(Locale.ROOT), 0);

        assertThat(TABLE.get(form)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"attack", "Attack", "BLAST", "Toll", "killed", "Dead", "martyred"})
    void shouldFindEveryTriggerAndCasualtyWordWhenWrittenInAnyCase(String form) {
        String low = form.toLowerCase(Locale.ROOT);
        boolean known = EventTriggers.TABLE.containsKey(low) || CasualtyFinder.CUES.containsKey(low)
                || low.equals(CasualtyFinder.TOLL);

        assertThat(known).isTrue();
        assertThat(EventsEnricher.wordsIn(java.util.List.of(new io.newswire.enrich.text.Tokenizer.Token(form, 0,
                form.length())))).isNotZero();
    }
}
