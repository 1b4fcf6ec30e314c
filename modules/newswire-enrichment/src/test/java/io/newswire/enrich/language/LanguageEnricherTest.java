package io.newswire.enrich.language;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.model.Article;
import io.newswire.model.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageEnricherTest {

    private final LanguageEnricher enricher = new LanguageEnricher();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en | The finance ministers agreed on Tuesday to double lending for flood defences, officials said after the talks.",
        "de | Die Bundesregierung hat sich nach wochenlangem Streit auf einen Haushaltsentwurf für das kommende Jahr geeinigt.",
        "es | Más de dos mil vecinos fueron desalojados este domingo por un incendio forestal que ha calcinado miles de hectáreas.",
        "fr | Les autorités ont annoncé mardi le report de la rentrée scolaire dans plusieurs communes de la région.",
        "ru | Правительство объявило о новых мерах поддержки для пострадавших от наводнения районов страны.",
        "ar | أعلنت الحكومة يوم الثلاثاء عن خطة جديدة لدعم المزارعين المتضررين من الجفاف في المناطق الشمالية.",
        "fa | وزیر امور خارجه ایران روز یکشنبه با همتای پاکستانی خود در تهران دیدار و گفتگو کرد.",
        "tr | Malatya'da meydana gelen deprem nedeniyle onlarca bina hasar gördü ve vatandaşlar sokağa çıktı.",
        "zh | 政府周二宣布了一项新的计划，以支持受干旱影响的北方地区农民。",
    })
    void shouldDetectLanguageWhenTextIsASentence(String code, String text) {
        Article a = enricher.enrich(Article.builder("c-1", text, "t").build());
        assertThat(a.language().code()).isEqualTo(code);
        assertThat(a.language().confidence()).isBetween(0.0, 1.0);
        assertThat(a.text()).isEqualTo(text);
    }

    @Test
    void shouldGiveLowConfidenceWhenTextIsTooShort() {
        Language one = LanguageEnricher.detect("Hello");
        Language full = LanguageEnricher.detect("The finance ministers agreed on Tuesday to double lending for "
                + "flood defences in South Asia, officials said after two days of talks.");
        assertThat(one.confidence()).isLessThan(0.5);
        assertThat(full.confidence()).isGreaterThan(one.confidence());
    }

    @Test
    void shouldAnswerUndeterminedWhenTextIsTooShortToTell() {
        assertThat(LanguageEnricher.detect("Hello").code()).isNull();
        assertThat(LanguageEnricher.detect("Ja.").code()).isNull();
    }

    @Test
    void shouldBeConfidentWhenPlainEnglishIsFullOfNames() {
        // Names vote for other languages (Tagalog, Spanish); the calibrated confidence must still clear 0.5.
        Language l = LanguageEnricher.detect("QUEZON CITY, Nov 3 (AFP) - Nearly 40,000 people left their homes in "
                + "Bicol as Typhoon Marites hit Catanduanes on Sunday, the Office of Civil Defense said.\n\n"
                + "Governor Jose Cabarrubias ordered schools shut in Virac and San Andres.");
        assertThat(l.code()).isEqualTo("en");
        assertThat(l.confidence()).isGreaterThan(0.8);
    }

    @Test
    void shouldStillReadTheWholeSampleWhenTheLeadMixesLanguages() {
        // past the first part (EARLY_CHARS) only when the lead did not settle the language: a lead whose
        // sentences disagree is read to the end of the sample and keeps its low confidence
        String english = "The government said on Thursday that it would release funds for water trucking "
                + "to the northern counties, where the rains have failed for a third season in a row. ";
        String german = "Die Bundesregierung hat sich nach wochenlangem Streit auf einen Haushalt geeinigt. ";
        Language settled = LanguageEnricher.detect(english.repeat(3) + german.repeat(3));
        Language mixed = LanguageEnricher.detect(english + german + english + german + english + german);
        assertThat(english.repeat(3).length()).isGreaterThan(TrigramLanguageDetector.EARLY_CHARS);
        assertThat(settled.code()).isEqualTo("en");
        assertThat(settled.confidence()).isGreaterThan(0.9);
        assertThat(mixed.confidence()).isLessThan(settled.confidence());
    }

    @Test
    void shouldTellCloseRelativesByWordsWhenTheTextIsLongerThanTheFirstPart() {
        String bokmal = "Regjeringen har ikke bestemt seg for hvordan pengene skal brukes, men statsministeren "
                + "sier at det blir mer til sykehusene i nord. Det er også ventet at kommunene får ";
        Language nb = LanguageEnricher.detect(bokmal.repeat(4));
        assertThat(bokmal.repeat(4).length()).isGreaterThan(TrigramLanguageDetector.EARLY_CHARS);
        assertThat(nb.code()).isEqualTo("nb");
    }

    @Test
    void shouldGiveLowerConfidenceWhenTextMixesLanguages() {
        Language mixed = LanguageEnricher.detect("Kenya has declared a national drought emergency in the north. "
                + "Die Bundesregierung hat sich nach wochenlangem Streit auf einen Haushalt geeinigt.");
        Language clean = LanguageEnricher.detect("Kenya has declared a national drought emergency in the north. "
                + "The government said on Thursday that it would release funds for water trucking.");
        assertThat(clean.code()).isEqualTo("en");
        assertThat(clean.confidence()).isGreaterThan(0.9);
        assertThat(mixed.confidence()).isLessThan(0.75);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "el | Η κυβέρνηση ανακοίνωσε νέα μέτρα στήριξης για τους πληγέντες.",
        "ja | 政府は火曜日、干ばつの影響を受けた農家を支援する新しい計画を発表しました。",
        "ko | 정부는 화요일 가뭄 피해 농가를 지원하는 새로운 계획을 발표했다.",
        "he | הממשלה הודיעה ביום שלישי על תוכנית חדשה לתמיכה בחקלאים.",
    })
    void shouldNameTheLanguageWhenItsScriptIsItsOwn(String code, String text) {
        assertThat(LanguageEnricher.detect(text).code()).isEqualTo(code);
    }

    @Test
    void shouldBeUndeterminedWhenTextHasNoLetters() {
        assertThat(LanguageEnricher.detect("12 345 — 67")).isEqualTo(Language.UNDETERMINED);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // case | text | declared | expected: a weak call gives way to the page's <html lang>; a clear one does not
        "short text, page says pt | Gol! | pt | pt",
        "short text, page says nl | Ja. | nl | nl",
        "clear English, template says de | The finance ministers agreed on Tuesday to double lending for flood defences, officials said after the talks. | de | en",
        "clear Spanish, page says es | Más de dos mil vecinos fueron desalojados este domingo por un incendio forestal. | es | es",
    })
    void shouldUseDeclaredLanguageOnlyWhenTextIsNotConclusive(String name, String text, String declared,
            String expected) {
        Article a = enricher.enrich(Article.builder("c-1", text, "t").declaredLanguage(declared).build());
        assertThat(a.language().code()).as(name).isEqualTo(expected);
    }
}
