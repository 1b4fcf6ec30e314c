package io.newswire.enrich.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.enrich.text.Tokenizer;
import io.newswire.enrich.text.Tokenizer.Token;
import io.newswire.enrich.text.Views;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WordClassesTest {

    /** Self-written sentences touching every class: dates, modals, negation, figures, casualty words. */
    @ParameterizedTest
    @ValueSource(strings = {
            "The minister will visit Kabul next Friday, the ministry said on Dec. 3.",
            "Police denied that troops had killed twenty-five protesters in mid-March 2019.",
            "At least 128 people were killed and more than 150 wounded on Friday, officials said.",
            "The army said it could not confirm reports that dozens of soldiers were missing since May.",
            "Rebels threatened to attack the capital if the talks scheduled for tomorrow were postponed.",
            "The number of dead rose to 45 in 2019 polls, according to the health ministry.",
            "Zwei Soldaten wurden am Montag in Kabul getötet, sagte die Polizei.",
            "Le ministre rencontrera son homologue à Paris le 3 mars.",
            "Two guards were wounded. Rebels killed three villagers on Monday.\nThe army will not comment."})
    void shouldGiveTheWordsOwnClassesWhenTheyAreReadFromTheMemo(String text) {
        // twice over: the first pass fills the memo with the words new to it, the second reads them all
        for (int pass = 0; pass < 2; pass++) {
            Tokenizer.View view = Views.withIds(text);
            long[] memo = WordClasses.MEMO.values(view);
            assertThat(memo).isNotNull();
            int first = 0;
            for (List<Token> sentence : view.sentences()) {
                int n = sentence.size();
                int[] direct = new int[n];
                int[] memoised = new int[n];
                int has = WordClasses.fill(sentence, direct);
                assertThat(WordClasses.fill(sentence, memoised, view, first, memo)).isEqualTo(has);
                assertThat(memoised).as("pass %d: %s", pass, sentence).containsExactly(direct);
                first += n;
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The minister will visit Kabul next Friday, the ministry said on Dec. 3.",
            "Police denied that troops had killed twenty-five protesters in mid-March 2019.",
            "At least 128 people were killed and more than 150 wounded on Friday, officials said.",
            "The army said it could not confirm reports that dozens of soldiers were missing since May.",
            "Rebels threatened to attack the capital if the talks scheduled for tomorrow were postponed.",
            "The number of dead rose to 45 in 2019 polls, according to the health ministry.",
            "Zwei Soldaten wurden am Montag in Kabul getötet, sagte die Polizei.",
            "Le ministre rencontrera son homologue à Paris le 3 mars."})
    void shouldGiveSameAnswersWhenWordClassesSkipWords(String text) {
        for (List<Token> sentence : Tokenizer.sentences(text)) {
            int n = sentence.size();
            String[] low = new String[n];
            for (int i = 0; i < n; i++) {
                low[i] = sentence.get(i).word().toLowerCase(Locale.ROOT);
            }
            int[] cls = new int[n];
            WordClasses.fill(sentence, cls);
            LocalDate base = LocalDate.of(2026, 5, 20);
            for (boolean future : new boolean[] {false, true}) {
                assertThat(EventsEnricher.DateWords.resolve(low, sentence, base, future, 0, n, cls))
                        .isEqualTo(EventsEnricher.DateWords.resolve(low, sentence, base, future, 0, n, null));
            }
            for (int t = 0; t < n; t++) {
                for (String type : List.of("ASSAULT", "CONSULT", "PROTEST")) {
                    assertThat(Factuality.of(low, t, type, 0, n, cls)).as("%s at %d", type, t)
                            .isEqualTo(Factuality.of(low, t, type, 0, n, null));
                }
            }
            assertThat(CasualtyFinder.find(low, cls)).isEqualTo(CasualtyFinder.find(low, null));
        }
    }
}
