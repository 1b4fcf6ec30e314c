package io.newswire.enrich.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenizerTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Bajwa’s visit ended. | Bajwa 's visit ended .",
        "Bajwa's visit | Bajwa 's visit",
        "the U.S.-led coalition | the U.S. - led coalition",
        "Mr. Smith paid 10,000 rupees. | Mr. Smith paid 10,000 rupees .",
        "“Soon,” he said | \" Soon , \" he said",
        "al-Qaeda and Da'esh | al-Qaeda and Da'esh",
        "Sayyâd Shirazi (Iran) | Sayyâd Shirazi ( Iran )",
        "Erdoğan’ın açıklaması | Erdoğan’ın açıklaması",
    })
    void shouldSplitLikeTheTrainingDataWhenTextIsNews(String text, String expected) {
        List<String> words = Tokenizer.tokens(text).stream().map(Tokenizer.Token::word).toList();
        assertThat(words).containsExactly(expected.split(" "));
    }

    @Test
    void shouldGiveOffsetsIntoTheTextWhenTokenising() {
        String text = "Chief of Staff Major General Mohammad Baqeri’s trip, “soon”.\nPakistan’s army said so.";
        for (Tokenizer.Token t : Tokenizer.tokens(text)) {
            String surface = text.substring(t.start(), t.end());
            assertThat(t.word()).isIn(surface, "'s", "\"", "'");
        }
    }

    @Test
    void shouldEndSentencesWhenAFullStopOrNewlineComes() {
        List<List<Tokenizer.Token>> s = Tokenizer.sentences("Mr. Baqeri arrived. He met Bajwa.\nTalks began");
        assertThat(s).hasSize(3);
        assertThat(s.get(0).get(0).word()).isEqualTo("Mr.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "PTI | Kasauli | Updated: 09-04-2031 10:18 IST; PTI | / Kasauli | / Updated : 09-04-2031 10 : 18 IST",
        "Photo: Amara Nwosu | Reuters; Photo : Amara Nwosu | / Reuters",
        "Politik | Nachrichten aus Köln; Politik | / Nachrichten aus Köln",
    })
    void shouldEndASentenceAfterAPipeWhenFieldsAreSeparatedByOne(String text, String expected) {
        List<String> sentences = Tokenizer.sentences(text).stream()
                .map(s -> String.join(" ", s.stream().map(Tokenizer.Token::word).toList())).toList();
        assertThat(sentences).containsExactly(expected.split(" / "));
    }

    @Test
    void shouldShareOneStringPerRepeatedWordWhenManyDistinctWordsPassThroughTheTable() {
        // 6,000 invented words (more than the table holds, so it is cleared on the way), each twice,
        // some with a capital, some longer than the shared words: every token still reads its text
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 6_000; i++) {
            String w = (i % 7 == 0 ? "Q" : "q") + Integer.toString(i, 26).replace('0', 'x')
                    + (i % 11 == 0 ? "abcdefghijklmnopqrstuvwxyz" : "");
            sb.append(w).append(' ').append(w).append(i % 9 == 0 ? ".\n" : " ");
        }
        String text = sb.toString();
        List<Tokenizer.Token> tokens = Tokenizer.tokens(text);
        assertThat(tokens).hasSize(6_000 * 2 + 667);
        int shared = 0;
        for (int k = 0; k < tokens.size(); k++) {
            Tokenizer.Token t = tokens.get(k);
            assertThat(t.word()).isEqualTo(text.substring(t.start(), t.end()));
            if (k > 0 && t.word().length() <= 24 && t.word().equals(tokens.get(k - 1).word())) {
                assertThat(t.word()).isSameAs(tokens.get(k - 1).word());
                shared++;
            }
        }
        assertThat(shared).isGreaterThan(5_000);
    }
}
