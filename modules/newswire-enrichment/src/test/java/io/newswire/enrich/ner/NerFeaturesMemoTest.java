package io.newswire.enrich.ner;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.enrich.gazetteer.Gazetteer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class NerFeaturesMemoTest {

    // Sentences written for this test: words repeated across them in other cases and positions, places
    // the gazetteer knows, titles, digits, non-ASCII words.
    private static final List<List<String>> SENTENCES = List.of(
            List.of("Mayor", "Ilse", "Varnhagen", "said", "the", "bridge", "in", "Hamburg", "would", "reopen", "."),
            List.of("The", "mayor", "said", "HAMBURG", "had", "paid", "10,000", "euros", "to", "Ilse", "."),
            List.of("Varnhagen", "'s", "office", "in", "Kraków", "and", "Hamburg", "said", "nothing", "."),
            List.of("said", "said", "Said", "SAID", "Mayor", "mayor", "Kraków", "kraków", "U.S.", "U.S.", "."));

    @Test
    void shouldGiveEveryRowTheFeaturesOfAFreshSentenceWhenWordsRepeatThroughTheMemo() {
        CaseLexicon.Builder b = CaseLexicon.builder();
        SENTENCES.forEach(b::addSentence);
        CaseLexicon lexicon = b.build(1);
        Gazetteer gazetteer = Gazetteer.get();
        NerFeatures.Sentence reused = new NerFeatures.Sentence(4); // the tagger's form, with the memo, grown
        List<String> differences = new ArrayList<>();
        for (int round = 0; round < 2; round++) { // the second round reads every word from the memo
            for (List<String> words : SENTENCES) {
                long[] fresh = NerFeatures.staticFeatures(words, lexicon, gazetteer);
                reused.reset(words, lexicon, gazetteer, null);
                for (int i = 0; i < words.size(); i++) {
                    long[] row = new long[NerFeatures.N_STATIC];
                    reused.row(i, row, 0);
                    long[] expected = Arrays.copyOfRange(fresh, i * NerFeatures.N_STATIC, (i + 1) * NerFeatures.N_STATIC);
                    if (!Arrays.equals(row, expected)) {
                        differences.add(round + ":" + words.get(i));
                    }
                }
            }
        }
        assertThat(differences).isEmpty();
    }
}
