package io.newswire.enrich.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.model.Article;
import io.newswire.model.Event;
import io.newswire.model.Language;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Trigger words that are a noun of a role or an idiom, not an event: "accused" as the court's noun
 * for a defendant ("the appeal of accused X", "a murder accused", "one accused"), "met" a threshold,
 * an attack in words ("a scathing attack on the budget", "launched an attack on the government,
 * accusing it of ..."), and "stormed ahead" or "stormed to victory". Each has a row that keeps the
 * event when the word is the deed. Sentences written for this test in several agencies' styles.
 */
class WordsNotDeedsTest {

    private static final EventsEnricher STAGE = new EventsEnricher();

    private static List<String> types(String text) {
        Article a = Article.builder("c-00000000000000000005", text, "test").language(new Language("en", 0.99))
                .build();
        return STAGE.enrich(a).events().stream().map(Event::type).filter(t -> t != null).toList();
    }

    static Stream<Arguments> rows() {
        return Stream.of(
                // APP / Dawn court copy: "accused" is the defendant
                Arguments.of("A two-member bench heard the appeal of accused Tariq Mehmood against his conviction "
                        + "on Monday.", "ACCUSE", false),
                Arguments.of("Bail was refused to a murder accused Javed Iqbal by the sessions judge on Tuesday.",
                        "ACCUSE", false),
                Arguments.of("The judge handed one accused a seven-year term and freed the others for want of "
                        + "evidence.", "ACCUSE", false),
                Arguments.of("Police recorded accused's statement on Friday in the presence of a magistrate.",
                        "ACCUSE", false),
                Arguments.of("Rights groups accused the army of torturing detainees, Reuters reported.", "ACCUSE",
                        true),
                Arguments.of("The minister accused Kiran Rao of lying to parliament.", "ACCUSE", true),
                // Nation (Kenya) court copy: a standard met
                Arguments.of("The magistrate said the prosecution case had met the required threshold for "
                        + "conviction.", "CONSULT", false),
                Arguments.of("The judge ruled the evidence had met the very high criminal burden of proof.",
                        "CONSULT", false),
                Arguments.of("Union leaders met officials to discuss the wage targets on Friday.", "CONSULT", true),
                Arguments.of("Foreign ministers met in Geneva on Monday to discuss the ceasefire.", "CONSULT", true),
                // Reuters business: expectations and targets are met, not people
                Arguments.of("The carmaker's quarterly returns met market expectations, analysts said.", "CONSULT",
                        false),
                Arguments.of("Officials want to see how the noise targets for the new terminal can be met.", "CONSULT",
                        false),
                Arguments.of("A trade delegation met customs officials on Wednesday, just before the deadline "
                        + "passed.", "CONSULT", true),
                // PTI / IANS politics: an attack in words
                Arguments.of("The opposition leader tore into the state government in an attack on its budget, "
                        + "accusing it of neglecting farmers.", "ASSAULT", false),
                Arguments.of("The senator made a scathing attack on the president's budget.", "ASSAULT", false),
                Arguments.of("Gunmen launched an attack on a police post, killing two officers.", "ASSAULT", true),
                Arguments.of("Rebels launched an attack on the town on Sunday, saying it sheltered army units.",
                        "ASSAULT", true),
                // business and sport idioms
                Arguments.of("Both carmakers stormed ahead in the electric vehicle market last year.", "ASSAULT",
                        false),
                Arguments.of("The striker stormed to victory in the sprint final.", "ASSAULT", false),
                Arguments.of("Protesters stormed the parliament building on Tuesday, AFP reported.", "ASSAULT",
                        true));
    }

    @ParameterizedTest
    @MethodSource("rows")
    void shouldTellEventOnlyWhenTriggerIsDeedNotRoleNounOrIdiom(String text, String type, boolean expected) {
        if (expected) {
            assertThat(types(text)).contains(type);
        } else {
            assertThat(types(text)).doesNotContain(type);
        }
    }
}
