package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityTexts.entities;
import static io.newswire.enrich.entities.EntityTexts.mentions;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Forms of Indian, Pakistani, Korean and US local copy the tagger typed wrong (lead QA of session s28, issue
 * 16, E2-E6): kinship in police copy, Korean given names, district titles written as abbreviations, roads,
 * "X area", vehicles and dotted place abbreviations; in sentences with invented names written for this test.
 */
class EntitiesKinshipAndLocalFormsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Police arrested Tariq Mehmood, son of Ghulam Rasool, from the market. | Tariq Mehmood | Ghulam Rasool",
        "The accused, Mohan Lal, son of Prakash Chand, was produced in court. | Mohan Lal | Prakash Chand",
        "Suresh Kumar S/O Ram Prasad was held at the checkpoint. | Suresh Kumar | Ram Prasad",
        "Sushma, W/O Tilak Raj, told the court she was threatened. | Sushma | Tilak Raj",
        "Pooja D/O Om Parkash was taken to hospital. | Pooja | Om Parkash",
        "Rekha, wife of Jagdish Chander, was rescued by villagers. | Rekha | Jagdish Chander",
    })
    void shouldMakeBothNamesPeopleWhenAKinshipFormJoinsThem(String text, String person, String relative) {
        assertThat(mentions(text)).containsExactlyInAnyOrder("PERSON " + person, "PERSON " + relative);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The body was identified as Ravinder Kaur, daughter of Baldev Singh of Chakla. | Baldev Singh | Chakla",
        "She was identified as Meena Devi, wife of Kuldeep Raj of Pathankot. | Kuldeep Raj | Pathankot",
        "Sushma, W/O Tilak Raj of Bhimber, was hurt in the blast. | Tilak Raj | Bhimber",
        "The injured included Nazir Ahmad, husband of Shamim Akhtar of Kalakote. | Shamim Akhtar | Kalakote",
    })
    void shouldMakeTheRelativeAPersonAndTheWordsAfterOfAPlaceWhenAKinshipFormNamesAVillage(String text,
            String relative, String place) {
        assertThat(mentions(text)).contains("PERSON " + relative, "LOCATION " + place)
                .noneMatch(m -> m.startsWith("ORGANIZATION"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The dead man was identified as Gurmeet Sandhu Bajwa, police said. | Gurmeet Sandhu Bajwa",
        "The second victim was identified as Parvez Iqbal Lone. | Parvez Iqbal Lone",
    })
    void shouldMakeANameAfterIdentifiedAsAPersonWhenItHasNoBodysWord(String text, String person) {
        assertThat(mentions(text)).containsExactly("PERSON " + person);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "JCS Chairman Park Min-soo said the drills would continue. | Park Min-soo",
        "President Moon Hae-jin met the envoy on Friday. | Moon Hae-jin",
        "Kim Seung-hwan and Choi Hyun-woo attended the talks. | Kim Seung-hwan",
        "Former minister Song Young-gil spoke first. | Song Young-gil",
    })
    void shouldKeepAHyphenatedKoreanGivenNameWithTheSurnameWhenItFollowsIt(String text, String person) {
        assertThat(mentions(text)).contains("PERSON " + person);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Gangwon Gov. Park Soo-min opened the plant in Wonju. \"This is a good day,\" Park said. | Park Soo-min | Park",
        "Haneul Motors CEO Jang Min-ho visited Gumi. Jang told reporters the firm would hire 300 people. | Jang Min-ho | Jang",
    })
    void shouldJoinAKoreanSurnameAloneToTheFullNameWhenTheArticleNamedItFirst(String text, String person,
            String surname) {
        assertThat(entities(text)).filteredOn(e -> e.name().equals(person)).singleElement()
                .satisfies(e -> assertThat(e.mentions()).extracting(m -> m.text()).contains(person, surname));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The Iranian-made drones hit the depot. | Iranian-made",
        "The U.S.-led coalition said the strike was over. | U.S.-led",
    })
    void shouldFindNoNameInACompoundAdjectiveWhenItEndsInAnEnglishWord(String text, String word) {
        assertThat(mentions(text)).noneMatch(m -> m.contains(word));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "DM Alok Verma reached the spot with the police. | Alok Verma | DM",
        "SHO Rakesh Yadav said the accused had fled. | Rakesh Yadav | SHO",
        "SDPO Kavita Rathore said a case had been registered. | Kavita Rathore | SDPO",
        "SDM Pranav Joshi ordered the shops closed. | Pranav Joshi | SDM",
    })
    void shouldMakeAnIndianDistrictTitleAbbreviationThePersonsTitleWhenANameFollowsIt(String text, String person,
            String title) {
        assertThat(mentions(text)).containsExactly("PERSON " + person);
        assertThat(entities(text)).singleElement().satisfies(e -> assertThat(e.title()).isEqualTo(title));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The DM ordered an inquiry, the SHO said.",
        "The SDPO said the SUV (Innova) was seized at dawn.",
        "A Scorpio SUV was found abandoned near the canal.",
        "The SUV was later traced to a dealer.",
    })
    void shouldFindNoOrganisationWhenOnlyTitlesAndVehiclesAreNamed(String text) {
        assertThat(mentions(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Ward councillor Hennie van Zyl said a van had been torched. | Hennie van Zyl",
        "Mayor Johan van der Berg said the van was found. | Johan van der Berg",
    })
    void shouldKeepAPersonsParticleWhenItIsAlsoAVehicleNoun(String text, String person) {
        assertThat(mentions(text)).contains("PERSON " + person);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The truck overturned on NH-44 at night. | NH-44",
        "Traffic was diverted from National Highway-93 for hours. | National Highway-93",
        "A bus carrying pilgrims fell into a gorge off NH 7 on Sunday, police said. | NH 7",
        "The car crashed on State Highway-12 before dawn. | State Highway-12",
    })
    void shouldMakeANumberedHighwayAPlaceWhenItIsWrittenWithACode(String text, String road) {
        assertThat(mentions(text)).containsExactly("LOCATION " + road);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The vehicle was seized near the Kanpur Gate area on Monday. | Kanpur Gate",
        "Shops stayed shut in the Ranjit Nagar area for a second day. | Ranjit Nagar",
        "Gunfire was heard in the Chatpur Dhok area late on Sunday. | Chatpur Dhok",
    })
    void shouldMakeTheNameBeforeAreaAPlaceWhenItHasNoBodysWord(String text, String place) {
        assertThat(mentions(text)).containsExactly("LOCATION " + place);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Protesters gathered at Bhadra Gate on Friday, police said. | Bhadra Gate",
        "Traffic was halted at Sadar Chowk for three hours after the clash. | Sadar Chowk",
        "The victim, a 38-year-old tailor who lived in Gandhi Nagar, died on the way to hospital. | Gandhi Nagar",
        "The body was found near a school at T.V.K. Nagar on Thursday. | T.V.K. Nagar",
        "Residents of the Yarriambiack Shire were told to boil their water. | Yarriambiack Shire",
    })
    void shouldMakeACityGateOrSquareAPlaceWhenItEndsTheName(String text, String place) {
        assertThat(mentions(text)).contains("LOCATION " + place).noneMatch(m -> m.startsWith("ORGANIZATION"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Parents packed a meeting of the Brookfield City School District on Monday. | Brookfield City School District",
        "The Harlan County School District said classes would resume. | Harlan County School District",
        "Voters in the Brookfield City School District approved the levy. | Brookfield City School District",
        "The Sierra Vista Irrigation District cut deliveries to farms by a third. | Sierra Vista Irrigation District",
    })
    void shouldMakeADistrictThatRunsAServiceABodyWhenItsNameSaysWhichService(String text, String body) {
        assertThat(mentions(text)).contains("ORGANIZATION " + body).noneMatch(m -> m.startsWith("LOCATION"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "L.A. Police Chief Martin R. Delaney said the suspect fled. | L.A. | Martin R. Delaney",
        "N.Y. Governor Ann Lessard signed the bill. | N.Y. | Ann Lessard",
    })
    void shouldMakeADottedPlaceAbbreviationAPlaceWhenATitleFollowsIt(String text, String place, String person) {
        assertThat(mentions(text)).containsExactlyInAnyOrder("LOCATION " + place, "PERSON " + person);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The D.C. Council voted on Tuesday. | ORGANIZATION D.C. Council",
    })
    void shouldKeepABodyNamedAfterADottedPlaceWhenNoTitleFollows(String text, String body) {
        assertThat(mentions(text)).containsExactly(body);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Officials in Rajouri said the road was shut. Later, Rajouri police said Rajouri was calm. | Rajouri",
        "Curfew was imposed in Kathua on Monday. Kathua remained tense on Tuesday. | Kathua",
    })
    void shouldTypeAOneWordNameAsAPlaceWhenTheArticleUsesItAsOne(String text, String place) {
        assertThat(entities(text)).filteredOn(e -> e.name().equals(place)).singleElement()
                .satisfies(e -> assertThat(e.type().name()).isEqualTo("LOCATION"));
    }
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Eleven of the injured were discharged on Monday, the hospital in Mardan said. | Eleven",
        "Sixteen others in the building escaped unhurt, officials in Daegu said. | Sixteen",
        "Hundreds marched through Lagos on Friday to protest against the fuel price rise. | Hundreds",
    })
    void shouldFindNoEntityWhenANumberWordOpensASentence(String text, String word) {
        assertThat(mentions(text)).noneMatch(m -> m.endsWith(" " + word));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The state news agency Ravita said three ferries had been delayed by the storm. | Ravita",
        "Officials told the news agency Kalendra that the bridge would reopen on Friday. | Kalendra",
    })
    void shouldMakeANameAnOrganisationWhenTheWordAgencyStandsBeforeIt(String text, String agency) {
        assertThat(mentions(text)).contains("ORGANIZATION " + agency);
    }
}
