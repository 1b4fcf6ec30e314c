package io.newswire.enrich.keywords;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.model.Article;
import io.newswire.model.Entity;
import io.newswire.model.EntityType;
import io.newswire.model.Keyword;
import io.newswire.model.Language;
import io.newswire.model.Mention;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeywordsEnricherTest {

    private static final KeywordsEnricher STAGE = new KeywordsEnricher();
    private static final String TEXT = "Tehran hosted border security talks on Sunday. Border security was the main "
            + "topic, and the ministers agreed on intelligence sharing. Intelligence sharing against drug smuggling "
            + "will start in June, Tehran said. Drug smuggling across the border has grown.";

    private static Article article(String lang) {
        Entity tehran = new Entity("geonames:112931", "Tehran", EntityType.LOCATION, null, List.of("Tehran"),
                List.of(new Mention(0, 6, "Tehran"), new Mention(TEXT.indexOf("Tehran said"),
                        TEXT.indexOf("Tehran said") + 6, "Tehran")), 2, 0.9);
        return Article.builder("c-00000000000000000005", TEXT, "test").language(new Language(lang, 0.9))
                .entities(List.of(tehran)).build();
    }

    @Test
    void shouldRankRepeatedPhrasesFirstWhenTheyAreNotEntities() {
        List<Keyword> k = STAGE.enrich(article("en")).keywords();
        assertThat(k).extracting(Keyword::phrase).contains("border security", "intelligence sharing", "drug smuggling")
                .doesNotContain("tehran", "said", "the").hasSizeLessThanOrEqualTo(KeywordsEnricher.MAX_KEYWORDS);
        assertThat(k.get(0).score()).isEqualTo(1.0);
    }

    @ParameterizedTest
    @CsvSource({"fr", "de", "fa"})
    void shouldReturnNoKeywordsWhenArticleIsNotEnglish(String lang) {
        assertThat(STAGE.enrich(article(lang)).keywords()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"border security talks, border security", "border security talks, security talks",
            "border security talks, security", "border security talks, order", "border security talks, talk",
            "border security talks, border security talks", "security, security talks", "seguridad fronteriza, fronteriza",
            "drug drugs, drugs", "drugs drug, drug", "clock news, news"})
    void shouldFindPhraseOnlyAtWordBoundariesWhenCheckingContainment(String in, String phrase) {
        boolean expected = (" " + in + " ").contains(" " + phrase + " ");
        assertThat(KeywordsEnricher.containsWords(in, phrase)).isEqualTo(expected);
    }

    @Test
    void shouldLeaveNumberWordsAndAgesOutWhenTheyRepeat() {
        // written for this test: a crash report whose most repeated words are counts and ages
        String text = "Four men, aged 19 to 24, were hurt when the van overturned. Four ambulances took the four "
                + "men to hospital, half an hour away. A man aged 60 was taken to a clinic. English Channel ferry "
                + "services were delayed, and English Channel crossings resumed at noon.";
        List<Keyword> k = STAGE.enrich(Article.builder("c-00000000000000000007", text, "test")
                .language(new Language("en", 0.9)).build()).keywords();
        assertThat(k).extracting(Keyword::phrase).doesNotContain("four", "aged", "half", "man", "taken")
                .anyMatch(p -> p.contains("english channel"));
    }
}
