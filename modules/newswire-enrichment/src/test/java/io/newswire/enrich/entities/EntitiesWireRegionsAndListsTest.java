package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityTexts.entities;
import static io.newswire.enrich.entities.EntityTexts.mentions;
import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.model.Entity;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Forms of North American, Australian, New Zealand, African and Asian copy found by the ninth blind
 * set (issue 16, s32): "<Town>, <state abbreviation>" datelines and mentions, laws, a number word after a
 * dateline's dash, tickers, short forms in brackets written as words, names glued to a body and an
 * office before them, lists of towns and of local divisions, a town before a noun for a person, and
 * banks, forces and agencies the alias table now lists. Every sentence and name is invented for this test.
 */
class EntitiesWireRegionsAndListsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "DUBUQUE, Iowa (AP) — A barge struck a lock on the river Monday. | LOCATION DUBUQUE",
        "ROCKFORD, Ill. (AP) — A fire destroyed a warehouse Tuesday. | LOCATION ROCKFORD;LOCATION Ill.",
        "YORKTON, Sask. — A man is dead after a crash on Highway 10, police say. | LOCATION YORKTON;LOCATION Sask.",
        "TRURO, N.S. — Fire crews spent the night at a blaze on Prince Street. | LOCATION TRURO;LOCATION N.S.",
        "The crash happened near Red Deer, Alta., on Friday evening. | LOCATION Red Deer;LOCATION Alta.",
        "She grew up in Tupelo, Miss., and moved north in 1990. | LOCATION Tupelo;LOCATION Miss.",
        "GREELEY, Colo. (AP) — Eleven workers were hurt when a silo collapsed. | LOCATION GREELEY;LOCATION Colo.",
    })
    void shouldReadATownAndItsStateAbbreviationAsTwoPlacesWhenACommaJoinsThem(String text, String expected) {
        List<String> found = mentions(text);

        assertThat(found).contains(expected.split(";"));
        assertThat(found).noneMatch(m -> m.startsWith("ORGANIZATION") && !m.endsWith("AP"));
        assertThat(found).noneMatch(m -> m.startsWith("PERSON"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Nora Elling, Montana state auditor, said the books were clean. | PERSON Nora Elling",
        "Shares of Talbot Mills, Inc. rose 4% on Monday. | ORGANIZATION Talbot Mills, Inc.",
    })
    void shouldLeaveANameBeforeACommaAloneWhenNoStateAbbreviationFollowsIt(String text, String expected) {
        assertThat(mentions(text)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Harlow Foods Inc (HRLW.O) said on Tuesday its profit rose 8%. | Harlow Foods Inc",
        "Britain's Fenmoor Plc (FNM.L) agreed to sell its rail unit. | Fenmoor Plc",
    })
    void shouldNameNoOrganisationWhenATickerStandsInBrackets(String text, String company) {
        List<String> found = mentions(text);

        assertThat(found).contains("ORGANIZATION " + company);
        assertThat(found).noneMatch(m -> m.matches("ORGANIZATION [A-Z]{1,4}"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Officers of the Coastal Patrol Command (Cospac) boarded the boat on Friday. | Coastal Patrol Command;Cospac",
        "The Lagos Waste Management Authority (Lawma) said trucks would resume. | Lagos Waste Management Authority;Lawma",
        "The Kampala Capital City Authority (Kcca) closed the market. | Kampala Capital City Authority;Kcca",
    })
    void shouldSplitAShortFormWrittenAsAWordFromTheBodyWhenItStandsInBrackets(String text, String names) {
        List<String> found = mentions(text);

        for (String name : names.split(";")) {
            assertThat(found).contains("ORGANIZATION " + name);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "He joined the Communist Party of India (Marxist) in 1975. | Communist Party of India (Marxist)",
    })
    void shouldKeepAQualifierInBracketsInTheNameWhenItIsNoShortForm(String text, String body) {
        assertThat(mentions(text)).contains("ORGANIZATION " + body);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Tane Whanau Trust Incorporated chairperson Mereana Kopu said the houses were ready. | Mereana Kopu | Tane Whanau Trust Incorporated",
        "Barlow Mining Ltd spokesman Declan Furey declined to comment. | Declan Furey | Barlow Mining Ltd",
        "Kitengela MCA Joseph Mwangi Kamau said the road would be built. | Joseph Mwangi Kamau | ",
    })
    void shouldCutTheNameFromABodyAndOfficeGluedBeforeIt(String text, String person, String body) {
        List<String> found = mentions(text);

        assertThat(found).contains("PERSON " + person);
        assertThat(found).noneMatch(m -> m.startsWith("PERSON") && !m.equals("PERSON " + person));
        if (body != null) {
            assertThat(found).contains("ORGANIZATION " + body);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Senator Jimbun anak Sagang opened the bridge on Monday. | Jimbun anak Sagang",
        "Minister Aminah binte Osman said the fund would grow. | Aminah binte Osman",
    })
    void shouldKeepALowerCaseParticleInsideAName(String text, String person) {
        assertThat(mentions(text)).contains("PERSON " + person);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Donors in Lithgow, Blacktown and Katoomba gave money. | Lithgow;Blacktown;Katoomba",
        "Dispensaries in Molo, Njoro and Elburgon will get the money. | Molo;Njoro;Elburgon",
        "Funds went to Oyo Local Government Area and Ife Local Government Area last year. | Oyo Local Government Area;Ife Local Government Area",
    })
    void shouldReadTownsAsPlacesWhenAListOfPlacesHoldsThem(String text, String places) {
        List<String> found = mentions(text);

        for (String place : places.split(";")) {
            assertThat(found).contains("LOCATION " + place);
        }
        assertThat(found).noneMatch(m -> m.startsWith("PERSON") || m.startsWith("ORGANIZATION"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "In Dubbo, Harland said the water was safe. | PERSON Harland",
        "Mara Quist and Tom Bexley met in Orange on Friday. | PERSON Mara Quist",
    })
    void shouldKeepPeopleWhenNoListOfPlacesHoldsThem(String text, String expected) {
        assertThat(mentions(text)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "LARAMIE, Wyo. (AP) — Eighteen climbers were rescued Sunday near Centennial. | Eighteen",
        "KALISPELL, Mont. (AP) — Nineteen hikers were rescued Sunday near Whitefish. | Nineteen",
        "HALIFAX, N.S. (CP) — Twelve people were taken to hospital after the crash. | Twelve",
        "KARACHI: Fourteen suspects were arrested on Sunday. | Fourteen",
    })
    void shouldNameNobodyWhenANumberWordFollowsADatelineDash(String text, String number) {
        assertThat(mentions(text)).noneMatch(m -> m.contains(number));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The case is being investigated under Section 41 of the Road Transport Act 1987. | Act",
        "The contractor was charged under the Serious Accidents Punishment Act on Monday. | Act",
        "The Kenya Roads Board said the Traffic Amendment Bill would be tabled. | Bill",
    })
    void shouldNameNoBodyWhenTheNameIsALaw(String text, String lawWord) {
        assertThat(mentions(text)).noneMatch(m -> m.endsWith(" " + lawWord));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Analysts at Morgan Stanley raised their target, while Goldman Sachs cut it. | org:morgan-stanley;org:goldman-sachs",
        "JPMorgan and Lazard advised the buyer. | org:jpmorgan-chase;org:lazard",
        "Rosaviatsia said the jet would be inspected. | org:rosaviatsia",
        "The clinic will be run with Te Whatu Ora from July. | org:health-nz",
        "The RCMP said the investigation continues. | org:rcmp",
    })
    void shouldLinkBanksForcesAndAgenciesWhenTheAliasTableListsThem(String text, String ids) {
        List<Entity> found = entities(text);

        assertThat(found.stream().map(Entity::id).toList()).contains(ids.split(";"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Moosomin RCMP said the driver was taken to hospital. | Moosomin RCMP",
        "Kempsey RFS crews held the line overnight. | Kempsey RFS",
    })
    void shouldKeepALocalUnitOneBodyWhenItsForceIsInTheAliasTable(String text, String unit) {
        List<String> found = mentions(text);

        assertThat(found).contains("ORGANIZATION " + unit);
        assertThat(found).doesNotContain("ORGANIZATION " + unit.substring(unit.indexOf(' ') + 1));
    }
}
