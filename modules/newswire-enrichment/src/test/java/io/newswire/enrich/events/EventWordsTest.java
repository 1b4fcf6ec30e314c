package io.newswire.enrich.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.enrich.text.Tokenizer;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EventWordsTest {

    @ParameterizedTest
    @ValueSource(strings = {"attack", "Attack", "BLAST", "Toll", "killed", "Dead", "martyred"})
    void shouldFindEveryTriggerAndCasualtyWordWhenWrittenInAnyCase(String form) {
        String low = form.toLowerCase(Locale.ROOT);
        boolean known = EventTriggers.TABLE.containsKey(low) || CasualtyFinder.CUES.containsKey(low)
                || low.equals(CasualtyFinder.TOLL);

        assertThat(known).isTrue();
        assertThat(EventsEnricher.wordsIn(List.of(new Tokenizer.Token(form, 0, form.length())))).isNotZero();
    }
}
