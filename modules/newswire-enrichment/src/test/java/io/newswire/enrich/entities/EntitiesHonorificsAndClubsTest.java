package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityTexts.entities;
import static io.newswire.enrich.entities.EntityTexts.mentions;
import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.model.Entity;
import io.newswire.model.EntityType;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Forms found by the sixteenth blind set (issue 16, s45): honorifics and plural titles read into a person's name
 * ("Madam X", "Skipper X", "Justices X and Y"), clubs whose full name the tagger read as a person, a town's side
 * before "captain", a place after a sentence-initial adjective. Every sentence and name is invented for this test.
 */
class EntitiesHonorificsAndClubsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A trader who asked to be named only as Madam Boateng said prices had doubled. | Boateng",
        "The shop was run by Madam Nguyễn Thị Hoa, who said sales had fallen. | Nguyễn Thị Hoa",
        "Electing to field, Kerala lost early wickets. Skipper Arjun Pillai-Menon made 58 before lunch. | Arjun Pillai-Menon",
        "A bench of Justices Ravindra Kulkarni and Meera Deshpande dismissed the appeal. | Ravindra Kulkarni",
        "A bench of Justices Ravindra Kulkarni and Meera Deshpande dismissed the appeal. | Meera Deshpande",
    })
    void shouldLeaveTheHonorificOutOfTheNameWhenItStandsBeforeAPerson(String text, String name) {
        List<Entity> found = entities(text);

        assertThat(found).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(EntityType.PERSON);
            assertThat(e.name()).isEqualTo(name);
        });
        assertThat(mentions(text)).noneMatch(m -> m.contains("Madam") || m.contains("Skipper") || m.contains("Justices"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Councilwoman Dana Whitfield-Ross said the vote on the budget would wait a week. | Councilwoman | Dana Whitfield-Ross",
        "The measure passed after Councilman Luis Arredondo changed his vote. | Councilman | Luis Arredondo",
        "Ombudsman Teresita Villanueva-Cruz ordered the mayor suspended for 90 days. | Ombudsman | Teresita Villanueva-Cruz",
        "Sepoy Imran Khattak and Havildar Nadeem Akhtar were killed in the exchange of fire. | Sepoy | Imran Khattak",
        "Sepoy Imran Khattak and Havildar Nadeem Akhtar were killed in the exchange of fire. | Havildar | Nadeem Akhtar",
        "Lance Naik Gurpreet Sandhu was injured, the army said. | Naik | Gurpreet Sandhu",
    })
    void shouldLeaveTheOfficeOrRankOutOfTheNameWhenItStandsBeforeAPerson(String text, String title, String name) {
        assertThat(entities(text)).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(EntityType.PERSON);
            assertThat(e.name()).isEqualTo(name);
        });
        assertThat(mentions(text)).noneMatch(m -> m.contains(title));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Royal Eagles beat Kaizer Lions 2-0 on Sunday. Lions coach Pieter Mabaso said the side lacked belief. | ORGANIZATION Kaizer Lions",
        "Royal Eagles beat Kaizer Lions 2-0 on Sunday. Lions coach Pieter Mabaso said the side lacked belief. | ORGANIZATION Lions",
        "Sivasköy Eagles were held at home. Eagles coach Emre Öztürk-Şen said the pitch was poor. | ORGANIZATION Eagles",
        "Electing to bat, Kerala lost early wickets. Kerala captain Arjun Pillai-Menon made 58. | ORGANIZATION Kerala",
        "Neighbouring Uganda has also reported new cases, the ministry said. | LOCATION Uganda",
    })
    void shouldTypeTheNameWhenAClubCueOrAPlaceStandsInTheArticle(String text, String expected) {
        assertThat(mentions(text)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Dana Woods won by two shots on Sunday. Woods said the new putter had helped. | PERSON Dana Woods",
        "Striker Owen Banks scored twice as the hosts beat Fulton 3-1. Banks said he was tired. | PERSON Owen Banks",
        "Leading Swiss banker Anna Keller said rates would hold. | PERSON Anna Keller",
    })
    void shouldKeepThePersonWhenNoClubCueNamesItsLastWord(String text, String expected) {
        assertThat(mentions(text)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Lekker FC moved top after a 3-1 win over Silver Arrows on Saturday. | ORGANIZATION Silver Arrows",
        "Dinamo drew 1-1 with Rovers, while Kasaba moved third with a 3-0 home win over Yeşilköy Athletic. | ORGANIZATION Yeşilköy Athletic",
    })
    void shouldTypeTheOtherSideAsAClubWhenAScoreAndAWinOverStandBeforeIt(String text, String expected) {
        assertThat(mentions(text)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The senator's win over Maria Lopez in the primary surprised few. | PERSON Maria Lopez",
        "Serena Cole's 6-4, 6-3 win over Ana Ruiz took her into the final. | PERSON Ana Ruiz",
    })
    void shouldKeepThePersonWhenNoScoreOrASetListStandsBeforeTheWin(String text, String expected) {
        assertThat(mentions(text)).contains(expected);
    }
}
