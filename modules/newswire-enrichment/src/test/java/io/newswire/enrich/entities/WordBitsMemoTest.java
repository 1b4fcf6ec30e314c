package io.newswire.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.enrich.text.Tokenizer;
import io.newswire.enrich.text.Views;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The entities stage's word classes read through the word memo are those read from each word. Texts written for this test. */
class WordBitsMemoTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "The Quarrinton District Council met on Monday; Councillor Ama Boateng of the Northern Alliance said so.",
        "Lt. Gen. Omar Haddad, chief of the army, visited Port Velmar and the Velmar Shipping Co. yards.",
        "Sheriff Ana Ruiz told KVXR-TV the Dustwater County sheriff's office had closed Route 9.",
        "Der Bürgermeister von Altheim, Jonas Kettler (SPD), sagte am Montag im Rathaus ab.",
        "Министр Ирина Волкова посетила Тверскую область в понедельник.",
        "the minister, the Minister and THE MINISTER met the Prime Minister of Nordavia.",
        "Flooding hit Brennick Valley. The Brennick Valley Water Board said on Tuesday it had no pumps.\nMayor Tova Lind agreed.",
    })
    void shouldGiveEachWordItsOwnClassesWhenTheyAreReadFromTheMemo(String text) {
        // twice over: the first pass fills the memo with the words new to it, the second reads them all
        for (int pass = 0; pass < 2; pass++) {
            Tokenizer.View view = Views.withIds(text);
            long[] memo = EntitiesEnricher.WordBits.MEMO.values(view);
            assertThat(memo).isNotNull();
            int tokens = view.sentences().stream().mapToInt(List::size).sum();
            int[] direct = new int[tokens];
            int[] memoised = new int[tokens];
            int base = 0;
            for (List<Tokenizer.Token> sentence : view.sentences()) {
                EntitiesEnricher.WordBits.fill(sentence, direct, base);
                EntitiesEnricher.WordBits.fill(sentence, memoised, base, view, memo);
                base += sentence.size();
            }
            assertThat(memoised).as("pass %d", pass).containsExactly(direct);
            assertThat(java.util.Arrays.stream(direct).filter(c -> c != 0).count()).as("words with classes")
                    .isPositive();
        }
    }
}
