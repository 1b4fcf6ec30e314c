package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityTexts.mentions;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Forms found by the tenth blind set (issue 16, s33): people typed ORGANIZATION or LOCATION whose first word
 * is a common given name, a given name alone typed LOCATION, offices typed ORGANIZATION, possessive place
 * names, roads named after titled men, clubs named after their towns, and the names of a credit line. Every
 * sentence and name is invented for this test.
 */
class EntitiesGivenNamesAndOfficesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "(Reporting by Melanie Okafor in Lagos; Editing by Derek Lindqvist) | PERSON Melanie Okafor;PERSON Derek Lindqvist;LOCATION Lagos",
        "Military analyst Tobias Wennerholm told the station the front had held. | PERSON Tobias Wennerholm",
        "The suspect, Zubair, 29, was remanded in custody. | PERSON Zubair",
    })
    void shouldTypeAPersonWhenAGivenNameOpensTheNameOrAnAgeFollowsIt(String text, String expected) {
        List<String> found = mentions(text);

        assertThat(found).contains(expected.split(";"));
        assertThat(found).noneMatch(m -> m.startsWith("ORGANIZATION"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Police said Imran fled on a motorcycle while his accomplice, Kamran, escaped on foot. | Kamran",
    })
    void shouldNameNoPlaceWhenAGivenNameStandsAloneWithoutAPlacingWord(String text, String name) {
        assertThat(mentions(text)).doesNotContain("LOCATION " + name);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "He was born in Kamran and moved to the coast as a child. | LOCATION Kamran",
        "The Morgan Stanley analyst cut her forecast. | ORGANIZATION Morgan Stanley",
        "Visitors to Jordan Valley farms were turned away. | LOCATION Jordan Valley",
        "He studied at Victoria University before joining the firm. | ORGANIZATION Victoria University",
        "Protesters marched from Preston to Lancaster on Saturday. | LOCATION Preston;LOCATION Lancaster",
    })
    void shouldKeepAPlaceOrBodyWhenItsNameStartsWithAGivenName(String text, String expected) {
        List<String> found = mentions(text);

        assertThat(found).contains(expected.split(";"));
        assertThat(found).noneMatch(m -> m.startsWith("PERSON"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "He is a Senior Advocate of Nigeria and sits on the bar council. | LOCATION Nigeria",
        "The lawyer, a Senior Advocate, told the court the charge was flawed. | ",
        "Kalabari Police Station Officer-in-Charge (OC) Musa Danjuma said two men were held. | ORGANIZATION Kalabari Police Station;PERSON Musa Danjuma",
        "The union's Regional Director, Akua Mensah-Bonsu, said talks had failed. | PERSON Akua Mensah-Bonsu",
        "The board's Ashanti Regional Director, Kwabena Oduro, resigned. | LOCATION Ashanti;PERSON Kwabena Oduro",
    })
    void shouldNameNoOrganisationWhenAnOfficeStandsAlone(String text, String expected) {
        List<String> found = mentions(text);

        if (expected != null) {
            assertThat(found).contains(expected.split(";"));
        }
        assertThat(found).noneMatch(m -> m.matches(
                "ORGANIZATION .*(Advocate|Director|Officer-in-Charge|OC)"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A Hawke's Bay winemaker was fined on Friday. | LOCATION Hawke's Bay",
        "The Hawke's Bay Regional Council approved the plan. | ORGANIZATION Hawke's Bay Regional Council",
    })
    void shouldKeepAPossessiveInsideAPlaceNameWhenTheGazetteerKnowsTheWhole(String text, String expected) {
        List<String> found = mentions(text);

        assertThat(found).contains(expected);
        assertThat(found).doesNotContain("LOCATION Hawke", "LOCATION Bay", "ORGANIZATION Hawke");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The lorry overturned on Jalan Sultan Abdul Samad near the mosque. | LOCATION Jalan Sultan Abdul Samad",
        "Traders on Jalan Tun Perak said the road was shut for a week. | LOCATION Jalan Tun Perak",
    })
    void shouldKeepATitleInsideARoadNameWhenALocalPlaceWordOpensIt(String text, String expected) {
        List<String> found = mentions(text);

        assertThat(found).contains(expected);
        assertThat(found).noneMatch(m -> m.startsWith("PERSON"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Burnley manager Gareth Pryce said his side deserved the win. | ORGANIZATION Burnley;PERSON Gareth Pryce",
        "The visitors were beaten as Rochdale beat Grimsby 3-1 on Saturday. | ORGANIZATION Grimsby",
    })
    void shouldTypeAClubWhenATownNameHasAClubsRoleOrAResult(String text, String expected) {
        List<String> found = mentions(text);

        assertThat(found).contains(expected.split(";"));
        assertThat(found).doesNotContain("LOCATION Burnley", "LOCATION Grimsby", "PERSON Burnley");
    }
}
