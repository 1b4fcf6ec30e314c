package io.newswire.enrich.tone;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.model.Article;
import io.newswire.model.Language;
import io.newswire.model.Tone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ToneEnricherTest {

    private static final ToneEnricher STAGE = new ToneEnricher();

    // Sentences written for this test.
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Bombing kills dozens | A suicide bombing killed dozens of people and wounded scores more; mourners wept at the funerals. | -1",
        "Aid flows after deadly quake | The earthquake destroyed homes and left thousands injured and without shelter. | -1",
        "Town celebrates reopening | Residents celebrated as the bridge reopened, a landmark success that leaders praised. | 1",
        "Peace deal welcomed | Both sides welcomed the agreement, and diplomats said the progress was a remarkable achievement. | 1",
    })
    void shouldGiveTheSignOfTheWordingWhenItIsClear(String title, String text, int sign) {
        Tone t = ToneEnricher.tone(title, text);
        assertThat(Math.signum(t.score())).isEqualTo((double) sign);
        assertThat(t.polarityWords()).isPositive();
        assertThat(sign > 0 ? t.positive() : t.negative()).isGreaterThan(sign > 0 ? t.negative() : t.positive());
    }

    @Test
    void shouldFlipAWordWhenANegatorStandsBeforeIt() {
        Tone plain = ToneEnricher.tone(null, "The talks were a success.");
        Tone negated = ToneEnricher.tone(null, "The talks were not a success.");
        assertThat(plain.positive()).isPositive();
        assertThat(negated.positive()).isZero();
        assertThat(negated.negative()).isPositive();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The minister praised the rescue workers for their courage",
        "Prices fell sharply after the report warned of a deep recession",
    })
    void shouldScoreOneSentenceAsTheModelDoesWhenStreaming(String sentence) {
        assertThat(ToneEnricher.tone(null, sentence).score())
                .isCloseTo(ToneEnricher.sentenceScore(sentence), org.assertj.core.data.Offset.offset(1e-4));
    }

    @Test
    void shouldBeNeutralWithNoPolarityWordsWhenTheTextIsEmpty() {
        Tone t = ToneEnricher.tone(null, "");
        assertThat(t.score()).isZero();
        assertThat(t.polarityWords()).isZero();
    }

    @Test
    void shouldLeaveToneNullWhenTheLanguageIsNotEnglish() {
        Article in = Article.builder("u-1", "Le sommet a été un grand succès pour la paix.", "1")
                .language(new Language("fr", 0.99)).build();
        assertThat(STAGE.enrich(in).tone()).isNull();
    }

    @Test
    void shouldSetToneAndKeepTheTextWhenTheArticleIsEnglish() {
        Article in = Article.builder("u-2", "Floods destroyed crops and killed livestock.", "1")
                .language(new Language("en", 0.99)).build();
        Article out = STAGE.enrich(in);
        assertThat(out.tone()).isNotNull();
        assertThat(out.tone().score()).isBetween(-1.0, 1.0);
        assertThat(out.tone().negative()).isGreaterThan(out.tone().positive());
        assertThat(out.text()).isEqualTo(in.text());
    }
}
