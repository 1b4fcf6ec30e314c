package io.newswire.enrich.tone;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.model.Article;
import io.newswire.model.Entity;
import io.newswire.model.EntityType;
import io.newswire.model.Language;
import io.newswire.model.Mention;
import io.newswire.model.Tone;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.data.Offset;
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

    /** An entity with a mention at each occurrence of {@code name} in {@code text}. */
    private static Entity entity(String text, String name) {
        List<Mention> mentions = new ArrayList<>();
        for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
            mentions.add(new Mention(i, i + name.length(), name));
        }
        return new Entity(null, name, EntityType.PERSON, null, List.of(name), mentions, mentions.size(), 0.5);
    }

    // Text written for this test: each entity appears in one sentence whose wording is clear.
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Rescuers praised Amina Dauda for her courage and thanked her for a remarkable success. The river rose again on Tuesday, officials said. | Amina Dauda | 1",
        "The court convicted Karl Brenner of fraud, and victims said the scandal ruined their lives. The hearing lasted two days, the clerk said. | Karl Brenner | -1",
        "Critics accused Jorge Peña of corruption and lies that destroyed trust in the council. The council meets in Málaga on Friday. | Jorge Peña | -1",
    })
    void shouldGiveAnEntityTheToneOfTheSentencesThatMentionItWhenTheArticleIsEnglish(String text, String name,
            int sign) {
        Article in = Article.builder("u-3", text, "1").language(new Language("en", 0.99))
                .entities(List.of(entity(text, name))).build();
        Entity out = STAGE.enrich(in).entities().get(0);
        assertThat(out.tone()).isNotNull();
        assertThat(Math.signum(out.tone())).isEqualTo((double) sign);
        assertThat(out.mentions()).isEqualTo(in.entities().get(0).mentions());
    }

    private static double entityTone(String text, String name) {
        Article in = Article.builder("u-4", text, "1").language(new Language("en", 0.99))
                .entities(List.of(entity(text, name))).build();
        return STAGE.enrich(in).entities().get(0).tone();
    }

    @Test
    void shouldAverageTheReadingsOfTheSentencesThatMentionAnEntityWhenItIsNamedTwice() {
        String first = "Officials praised Lena Okafor for the successful peace talks.";
        String second = "Lena Okafor was later accused of corruption and fraud that shocked voters.";
        double good = entityTone(first, "Lena Okafor");
        double bad = entityTone(second, "Lena Okafor");
        double both = entityTone(first + " The weather was mild. " + second, "Lena Okafor");
        assertThat(good).isPositive();
        assertThat(bad).isNegative();
        assertThat(both).isCloseTo((good + bad) / 2, Offset.offset(1e-3));
    }

    // Sentences written for this test: two people in one sentence, far enough apart that the words
    // near each are their own; a sentence-level reading gives both the same value.
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Rescuers praised Amina Dauda for her remarkable courage and heroic effort at the flooded mine near the old quarry road this week, while prosecutors say Karl Brenner committed fraud and corruption. | Amina Dauda | Karl Brenner",
        "Prosecutors say Jorge Peña committed fraud and caused a scandal over the harbour contracts signed in Málaga and Cádiz last spring, while voters hailed Zofia Nowak for a brilliant victory. | Zofia Nowak | Jorge Peña",
    })
    void shouldReadTheWordsNearEachEntityWhenTwoShareASentence(String text, String better, String worse) {
        Article in = Article.builder("u-7", text, "1").language(new Language("en", 0.99))
                .entities(List.of(entity(text, better), entity(text, worse))).build();
        List<Entity> out = STAGE.enrich(in).entities();
        assertThat(out.get(0).tone()).isPositive();
        assertThat(out.get(1).tone()).isNegative();
    }

    @Test
    void shouldFlipAWordNearAnEntityWhenANegatorStandsBeforeIt() {
        double plain = entityTone("Observers said Marta Lind was successful in the talks.", "Marta Lind");
        double negated = entityTone("Observers said Marta Lind was not successful in the talks.", "Marta Lind");
        assertThat(negated).isLessThan(plain);
    }

    // Sentences written for this test: no lexicon word within the window around the entity.
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Hamid Karimi arrived in the capital on Tuesday for a meeting with the regional governors.",
        "Hamid Karimi, who arrived in the capital on Tuesday with three aides and a driver, later spoke of the massacre.",
    })
    void shouldGiveOnlyAWeakToneWhenNoPolarWordIsNearTheEntity(String text) {
        assertThat(entityTone(text, "Hamid Karimi")).isBetween(-0.25, 0.25);
    }

    // The count must match the scan's word split: hyphens split, an apostrophe between letters does not.
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Rescuers praised Amina Dauda | 4",
        "the cease-fire held | 4",
        "Peña's lawyer, in Málaga | 4",
        "O'Neill’s team won 3-1 | 5",
        "Президент Сербии сказал | 3",
        "  ,;  | 0",
    })
    void shouldCountWordsAsTheScanSplitsThemWhenFindingAMentionsPosition(String text, int words) {
        assertThat(ToneEnricher.wordStarts(text, 0, text.length())).isEqualTo(words);
    }

    @Test
    void shouldLeaveEntityToneNullWhenNoSentenceReadMentionsIt() {
        String text = "The summit was a success. " + "x ".repeat(ToneEnricher.MAX_CHARS) + "Pedro Alves spoke.";
        Entity late = entity(text, "Pedro Alves");
        Article in = Article.builder("u-5", text, "1").language(new Language("en", 0.99))
                .entities(List.of(late)).build();
        assertThat(STAGE.enrich(in).entities().get(0).tone()).isNull();
    }

    @Test
    void shouldLeaveEntityToneNullWhenTheLanguageIsNotEnglish() {
        String text = "Le président Emmanuel Macron a salué un grand succès pour la paix.";
        Article in = Article.builder("u-6", text, "1").language(new Language("fr", 0.99))
                .entities(List.of(entity(text, "Emmanuel Macron"))).build();
        assertThat(STAGE.enrich(in).entities().get(0).tone()).isNull();
    }
}
