package io.newswire.enrich.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WordListTest {

    @Test
    void shouldKeepEntriesAndSkipCommentsAndBlankLinesWhenLoading() {
        assertThat(WordList.load(WordListTest.class, "test-words.txt"))
                .containsExactlyInAnyOrder("white house", "of", "(c)");
    }

    @Test
    void shouldNameTheResourceWhenItIsMissing() {
        assertThatThrownBy(() -> WordList.load(WordListTest.class, "no-such-list.txt"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no-such-list.txt");
    }

    @Test
    void shouldLoadTheShippedListsWhenTheirOwnersAreUsed() {
        // a class whose list is missing would fail to initialise: the tokenizer reads abbreviations.txt
        assertThat(Tokenizer.tokens("Mr. Smith met Gen. Jones.")).extracting(Tokenizer.Token::word)
                .contains("Mr.", "Gen.");
    }
}
