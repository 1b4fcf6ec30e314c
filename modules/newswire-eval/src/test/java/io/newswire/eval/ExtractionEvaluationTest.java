package io.newswire.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.newswire.eval.ExtractionEvaluation.Page;
import io.newswire.eval.ExtractionEvaluation.Score;
import io.newswire.eval.ExtractionEvaluation.SetScore;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExtractionEvaluationTest {

    private static Page snippets(String name, List<String> with, List<String> without) {
        return new Page("trafilatura_eval", name, null, "<html></html>", null, with, without);
    }

    private static Page paragraphs(String name, String... gold) {
        return new Page("fundus_eval", name, null, "<html></html>", List.of(gold), null, null);
    }

    @Test
    void shouldPoolSnippetCountsOverTheSetWhenPagesHaveSnippets() {
        SetScore set = new SetScore();

        String[] first = set.add(snippets("a", List.of("Die Regierung tagte", "am Montag"), List.of("Anmelden")),
                "Die Regierung tagte am Montag. Anmelden");
        String[] second = set.add(snippets("b", List.of("Le ministre a parlé"), List.of("Publicité")),
                "Rien ici");
        Score s = set.score();

        // tp 2 (a), fp 1 (a), fn 1 (b): pooled, not the mean of the pages' 0.8 and 0.0.
        assertThat(s.precision()).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(s.recall()).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(set.rouge()).isEqualTo("-");
        assertThat(set.pages).isEqualTo(2);
        assertThat(first).containsExactly("0.800", "trafilatura_eval/a", "missed 0, kept boilerplate 1");
        assertThat(second).containsExactly("0.000", "trafilatura_eval/b", "missed 1, kept boilerplate 0");
    }

    @Test
    void shouldAveragePageScoresWhenPagesHaveGoldParagraphs() {
        SetScore set = new SetScore();

        String[] exact = set.add(paragraphs("a", "Москва приняла решение.", "Второй абзац."),
                "Москва приняла решение.\nВторой абзац.");
        String[] half = set.add(paragraphs("b", "one two three four"), "one two");
        Score s = set.score();

        assertThat(exact).containsExactly("1.000", "fundus_eval/a", "P 1.000 R 1.000");
        assertThat(half).containsExactly("0.667", "fundus_eval/b", "P 1.000 R 0.500");
        assertThat(s.precision()).isCloseTo(1.0, within(1e-12));
        assertThat(s.recall()).isCloseTo(0.75, within(1e-12));
        assertThat(s.f1()).isCloseTo((1.0 + 2 / 3.0) / 2, within(1e-12));
        // ROUGE-LSum's tokenizer keeps [a-z0-9] only, so the Russian page scores 0 there; "one two" scores 2/3.
        assertThat(set.rouge()).isEqualTo("0.333");
    }

    @ParameterizedTest
    @CsvSource({
        "0, 0, 0, 0.0, 0.0",
        "3, 1, 0, 0.75, 1.0",
        "0, 2, 2, 0.0, 0.0",
        "2, 0, 6, 1.0, 0.25",
    })
    void shouldScoreCountsWithoutDividingByZeroWhenARatioHasNoBase(int tp, int fp, int fn, double p, double r) {
        Score s = Score.ofCounts(tp, fp, fn);

        assertThat(s.precision()).isEqualTo(p);
        assertThat(s.recall()).isEqualTo(r);
        assertThat(s.f1()).isEqualTo(p + r == 0 ? 0 : 2 * p * r / (p + r));
    }
}
