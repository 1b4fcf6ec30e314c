package io.newswire.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.enrich.text.Tokenizer;
import io.newswire.enrich.text.Views;
import io.newswire.model.Article;
import io.newswire.model.Entity;
import io.newswire.model.EntityType;
import io.newswire.model.Language;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each paragraph gets the tagger of its own language, or none: an English article quoting a
 * paragraph of German or Russian, a German article with a Russian paragraph, paragraphs in
 * languages without a tagger. Texts written for this test.
 */
class ParagraphLanguageTest {

    private static final EntitiesEnricher ENRICHER = new EntitiesEnricher(AliasTable.builtIn());

    private static final String ENGLISH = "Finance ministers of the group met on Monday and said they would "
            + "review the plan that was agreed last year, which had been criticised by the unions.";
    private static final String GERMAN = "Der Sprecher der Regierung sagte am Montag, die Pläne seien mit den "
            + "Ländern abgestimmt und würden noch in diesem Jahr umgesetzt.";
    private static final String RUSSIAN = "Как сообщил журналистам представитель министерства, решение было "
            + "принято после долгих переговоров, которые продолжались более года.";
    private static final String UKRAINIAN = "Як повідомив журналістам представник міністерства, рішення "
            + "ухвалили після тривалих переговорів, які тривали понад рік.";
    private static final String SPANISH = "El portavoz del Gobierno dijo el lunes que los planes fueron "
            + "acordados con las regiones y se aplicarán este mismo año.";

    /**
     * The set of paragraph languages, in order, of a text whose article language is {@code article};
     * each word read itself, and through the word memo (twice: filling it, then reading it), alike.
     */
    private static Set<String> languages(String text, String article) {
        List<List<Tokenizer.Token>> sentences = Tokenizer.sentences(text);
        String[] direct = ParagraphLanguage.languages(text, sentences, article);
        for (int pass = 0; pass < 2; pass++) {
            Tokenizer.View view = Views.withIds(text);
            assertThat(view.hasIds()).isTrue();
            assertThat(ParagraphLanguage.languages(text, view, article)).as("pass %d", pass).containsExactly(direct);
        }
        return new LinkedHashSet<>(Arrays.asList(direct));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en | en,de | en;de",
        "en | en,ru | en;ru",
        "en | en,uk | en;und",
        "en | en,es | en;und",
        "de | de,ru | de;ru",
        "de | de,en | de;en",
        "de | de,es | de;und",
        "ru | ru,uk | ru;und",
        "ru | ru,en | ru;en",
        "es | es,en | es;en",
        "es | es,ru | es;ru",
    })
    void shouldGiveEachParagraphItsOwnLanguageWhenAnArticleMixesThem(String article, String paragraphs,
            String expected) {
        StringBuilder text = new StringBuilder();
        for (String p : paragraphs.split(",")) {
            text.append(text.length() == 0 ? "" : "\n\n").append(switch (p) {
                case "en" -> ENGLISH;
                case "de" -> GERMAN;
                case "ru" -> RUSSIAN;
                case "uk" -> UKRAINIAN;
                default -> SPANISH;
            });
        }

        assertThat(languages(text.toString(), article)).containsExactly(expected.split(";"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The Northern Grain Traders Association (NGTA) asked the government for cheaper loans on Monday.",
        "Deputy Governor Alireza Kazemi told reporters in Tehran that exports to Iraq and Türkiye grew fastest.",
    })
    void shouldTagANameHeavyEnglishParagraphWhenItHasAnEnglishFunctionWord(String paragraph) {
        assertThat(languages(ENGLISH + "\n\n" + paragraph, "en")).containsExactly("en");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The bus fell into a gorge on NH 7 on Sunday.",
        "They fled into a nearby forest on foot.",
        "After a chase on foot, officers caught him near a bridge.",
        "This time no one was hurt.", // "was" lower-case: English before the change too
    })
    void shouldTagAOneSentenceEnglishParagraphWhenOnlyItsCapitalisedFirstWordIsAnEnglishFunctionWord(
            String paragraph) {
        assertThat(languages(ENGLISH + "\n\n" + paragraph, "en")).containsExactly("en");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // article language | paragraph | its language
        "en | El autobús cayó a un barranco en la carretera el domingo por la tarde. | und",
        "en | Le car est tombé dans un ravin dimanche sur la route nationale. | und",
        "en | Der Bus stürzte am Sonntag in eine Schlucht an der Bundesstraße. | de",
        "en | Was die Polizei dazu sagt, ist noch nicht bekannt geworden. | de",
        "en | He dicho muchas veces que la carretera es peligrosa. | und",
        "de | The Guardian berichtete am Montag, dass die Regierung zurücktritt. | de",
        "es | The Economist publicó el lunes que el gobierno caerá pronto. | es",
        "fr | The Times a publié lundi une enquête sur la route nationale. | fr",
        // English markers that are words of the article's language say nothing there
        "nl | Hij was minister van Arbeid en later van Verkeer. | nl",
        "nl | Het is duidelijk dat hij er gisteren niet was. | nl",
        "pl | Mówi, że to był on i że to jego wina. | pl",
        "de | Er will wissen, was er jetzt also tun soll. | de",
        "nl | The minister said that the plan was not ready and would wait. | en",
    })
    void shouldNotCallAParagraphEnglishWhenItIsAnotherLanguageWhateverItsFirstWord(String article,
            String paragraph, String expected) {
        String lead = switch (article) {
            case "en" -> ENGLISH;
            case "de" -> GERMAN;
            default -> SPANISH;
        };

        assertThat(languages(lead + "\n\n" + paragraph, article)).last().isEqualTo(expected);
    }

    @Test
    void shouldFindTheRoadWhenAnEnglishArticleHasAOneSentenceParagraph() {
        String text = "SHIMLA\n\nSix passengers were killed when a private bus fell into a gorge near Rampur on "
                + "Sunday, police said.\n\nThe bus fell into a gorge on NH 7 on Sunday.";

        Article a = ENRICHER.enrich(Article.builder("c-1", text, "t").language(new Language("en", 0.9)).build());

        assertThat(a.entities()).extracting(Entity::name).contains("Rampur", "NH 7");
    }

    @Test
    void shouldLeaveAShortCyrillicQuoteUntaggedWhenTheArticleIsEnglish() {
        assertThat(languages(ENGLISH + "\n\n«Мы готовы», — сказал он.", "en")).containsExactly("en", "und");
    }

    @Test
    void shouldRunTheGermanTaggerOnTheGermanParagraphWhenAnEnglishArticleQuotesOne() {
        String text = "BERLIN (Reuters) - Germany's government said on Monday it would extend aid to shipyards, "
                + "and that the money would come from the federal budget.\n\n"
                + "Regierungssprecherin Katrin Albers sagte am Montag in Berlin, die Werften seien für das Land "
                + "von großer Bedeutung und würden nicht im Stich gelassen.\n\n"
                + "Albers did not say how much the aid would cost.";

        Article a = ENRICHER.enrich(Article.builder("c-1", text, "t").language(new Language("en", 0.9)).build());

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.PERSON)
                .extracting(Entity::name).containsExactly("Katrin Albers");
        assertThat(ENRICHER.method(a)).isEqualTo(EntitiesEnricher.TAGGED + "; de:"
                + ShippedTaggers.method("de") + "+aliases");
    }

    @Test
    void shouldRunTheRussianTaggerNotTheGermanOneWhenAGermanArticleQuotesRussian() {
        String text = "Moskau (dpa) - Die russische Regierung hat am Montag neue Beschränkungen für Importe "
                + "angekündigt, die von der kommenden Woche an gelten sollen.\n\n"
                + "Как сообщил журналистам министр экономики Сергей Волков, меры будут действовать до конца года.";

        Article a = ENRICHER.enrich(Article.builder("c-1", text, "t").language(new Language("de", 0.9)).build());

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.PERSON)
                .extracting(Entity::name).containsExactly("Сергей Волков");
        assertThat(ENRICHER.method(a)).isEqualTo("de:" + ShippedTaggers.method("de") + "+aliases; ru:"
                + ShippedTaggers.method("ru") + "+aliases");
    }
}
