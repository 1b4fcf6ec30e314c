package io.newswire.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.enrich.ner.NerTagger;
import io.newswire.model.Article;
import io.newswire.model.Entity;
import io.newswire.model.EntityType;
import io.newswire.model.Language;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The committed German (GermEval 2014) and Russian (factRuEval-2016) taggers run on paragraphs of
 * their language by default, name what provenance says, and do not turn capitalised German nouns,
 * compounds holding a name, or Russian common nouns into people. Texts written for this test.
 */
class ShippedTaggersTest {

    private static final EntitiesEnricher ENRICHER = new EntitiesEnricher(AliasTable.builtIn());

    private static Article enrich(String text, String language) {
        return ENRICHER.enrich(Article.builder("c-1", text, "t").language(new Language(language, 0.9)).build());
    }

    private static List<String> names(Article a, EntityType type) {
        return a.entities().stream().filter(e -> e.type() == type).map(Entity::name).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "de | Potsdam (dpa) - Brandenburgs Innenminister Harald Wendt hat mehr Polizisten für die Grenzregion "
                + "versprochen. Die Gewerkschaft der Polizei begrüßte den Schritt. | Harald Wendt | de:ner-germeval2014+aliases",
        "ru | ВОРОНЕЖ, 5 мая. Губернатор области Павел Ершов открыл в Воронеже новую больницу. Строительство "
                + "обошлось в два миллиарда рублей. | Павел Ершов | ru:ner-factrueval2016+aliases",
    })
    void shouldTagPeopleWhenTheLanguageShipsATagger(String language, String text, String person, String method) {
        Article a = enrich(text, language);

        assertThat(names(a, EntityType.PERSON)).containsExactly(person);
        assertThat(ENRICHER.method(a)).isEqualTo(method);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "de | Der Haushaltsausschuss vertagte die Entscheidung. Streit gab es über Förderprogramme, Zuschüsse und "
                + "die Schuldenbremse. Die EU-Kommission und mehrere CDU-Politiker mahnten zur Eile.",
        "de | Nach dem Unwetter räumen Helfer die Straßen. Die Feuerwehr zählte mehr als 300 Einsätze. Bäume "
                + "stürzten auf Autos, Keller liefen voll, der Schaden geht in die Millionen.",
        "ru | Правительство одобрило законопроект о поддержке фермеров. Министерство обещает выделить средства "
                + "уже весной. Эксперты считают, что помощи недостаточно.",
        "ru | Снегопад парализовал движение в городе. Водители провели в пробках несколько часов. Коммунальные "
                + "службы работали всю ночь.",
    })
    void shouldTagNoCommonNounAsPersonWhenTheTaggerIsGermanOrRussian(String language, String text) {
        Article a = enrich(text, language);

        assertThat(names(a, EntityType.PERSON)).isEmpty();
        assertThat(names(a, EntityType.ORGANIZATION)).allMatch(n -> !n.contains("-Politiker"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Kiel (dpa) - Regierungssprecherin Katrin Albers kündigte am Montag neue Hilfen für Werften an. | Katrin Albers",
        "Bremen (dpa) - Der Stadtrat hörte Finanzvorstand Jörg Pahlke an, bevor er abstimmte. | Jörg Pahlke",
    })
    void shouldSplitTheRoleOffWhenAGermanRoleNounStandsBeforeAName(String text, String person) {
        Article a = enrich(text, "de");

        assertThat(names(a, EntityType.PERSON)).containsExactly(person);
    }

    @Test
    void shouldUseTheUsersTaggerWhenOneIsGivenForAShippedLanguage() {
        EntitiesEnricher user = new EntitiesEnricher(NerTagger.get(), AliasTable.builtIn(),
                Map.of("de", NerTagger.get()));
        Article a = user.enrich(Article.builder("c-1", "Der Minister Harald Wendt reist nach Potsdam.", "t")
                .language(new Language("de", 0.9)).build());

        assertThat(user.method(a)).isEqualTo("de:" + EntitiesEnricher.USER_TAGGED);
    }

    @Test
    void shouldTakeTheNeutralPathWhenShippedTaggersAreLeftOut() {
        EntitiesEnricher none = new EntitiesEnricher(NerTagger.get(), AliasTable.builtIn(), Map.of(), false);
        Article a = none.enrich(Article.builder("c-1", "Innenminister Harald Wendt besuchte am Montag Potsdam.", "t")
                .language(new Language("de", 0.9)).build());

        assertThat(names(a, EntityType.PERSON)).isEmpty();
        assertThat(none.method(a)).isEqualTo("de:" + EntitiesEnricher.neutralMethod("de"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ru | ВОЛГОГРАД, 4 мая. /ТАСС/. Губернатор области Андрей Бочаров открыл новый мост через реку. | ORGANIZATION | TASS",
        "ru | Суд в Новосибирске в понедельник отложил рассмотрение дела о взятке, сообщили в пресс-службе. | LOCATION | Новосибирске",
        "de | Wien (APA) - Die Arbeitslosigkeit Österreichs ist im Mai leicht gesunken, teilte das Ministerium mit. | LOCATION | Österreichs",
        "ru | Прокуратура Пензенской области начала проверку после аварии на водопроводе, сообщили в ведомстве. | LOCATION | Пензенской области",
        "ru | В Пермском крае из-за паводка эвакуировали жителей трёх сёл, сообщили в МЧС. | LOCATION | Пермском крае",
        "ru | Глава Башкортостана Радий Хабиров провёл совещание по ремонту дорог в понедельник. | LOCATION | Башкортостана",
        "ru | Министр обсудил с коллегами ситуацию на Дальнем Востоке и поставки топлива в регион. | LOCATION | Дальнем Востоке",
    })
    void shouldNameTheAgencyOrThePlaceWhenTheTaggerWasNotTrainedOnTheForm(String language, String text, EntityType type,
            String name) {
        Article a = enrich(text, language);

        assertThat(names(a, type)).contains(name);
        assertThat(names(a, EntityType.PERSON)).doesNotContain(name);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Frankfurt (dpa) - Die Großbank Helvetia Kredit will in Deutschland 400 Stellen streichen, teilte sie am Montag mit. | Großbank",
        "Essen (Reuters) - Der Stahlkonzern Ruhrstahl hat im dritten Quartal weniger verdient als erwartet. | Stahlkonzern",
        // the body's name is an alias the table claims: the description left alone is no name either
        "Basel (Reuters) - Die Großbank UBS will in der Schweiz 300 Stellen abbauen, teilte sie am Montag mit. | Großbank",
        "London (dpa) - Die Großbank Barclays hat im Quartal mehr verdient als erwartet. | Großbank",
    })
    void shouldLeaveTheDescriptionOutOfTheNameWhenGermanCopyPutsItBeforeABody(String text, String description) {
        Article a = enrich(text, "de");

        assertThat(names(a, EntityType.ORGANIZATION)).isNotEmpty().noneMatch(n -> n.contains(description));
    }
}
