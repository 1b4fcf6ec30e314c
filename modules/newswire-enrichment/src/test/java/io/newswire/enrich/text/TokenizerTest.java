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
}
