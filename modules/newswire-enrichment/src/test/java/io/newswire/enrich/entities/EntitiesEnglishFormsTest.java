package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityTexts.entities;
import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.model.Entity;
import io.newswire.model.EntityType;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The error forms of real English wire copy, in sentences written for this test. */
class EntitiesEnglishFormsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Lt Gen Farid Ahmadi, the corps commander, visited the area later on Tuesday. | Farid Ahmadi | Lt Gen",
        "Coordinator Amina Yusuf of the aid group said 400 people spent the night in shelters. | Amina Yusuf | Coordinator",
        "Firefighter Luis Prado was hurt on Saturday while battling a brush fire east of the city. | Luis Prado | Firefighter",
        "Superintendent Carla Benning cancelled classes for the rest of the week, officials said. | Carla Benning | Superintendent",
        "House Minority Leader Peter Lindahl said on Tuesday the bill would not pass before the recess. | Peter Lindahl | House Minority Leader",
        "On Friday, Deputy Speaker Ruth Okonjo adjourned the sitting until next week, the clerk said. | Ruth Okonjo | Deputy Speaker",
    })
    void shouldPutTheRoleInTitleWhenItIsGluedToTheName(String text, String name, String title) {
        List<Entity> found = entities(text);

        assertThat(found).filteredOn(e -> e.type() == EntityType.PERSON).extracting(Entity::name).containsExactly(name);
        assertThat(found).filteredOn(e -> e.name().equals(name)).extracting(Entity::title).containsExactly(title);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Eyewitness accounts said the string cut the victim's throat near the market. | Eyewitness",
        "The board collected Rs 850 billion in October, Rs 60bn more than its target, officials said. | Rs 60bn",
        "Gunmen killed three policemen near Peshawar on Monday, officials said. | Peshawar",
        "House Minority Leader Peter Lindahl said on Tuesday the bill would not pass before the recess. | House Minority",
        "Sandboarding tourists were stranded in the dunes for a night, the rescue service said. | Sandboarding",
        "Provincial Irrigation Minister Nadia Rauf said the canal would reopen next week. | Irrigation",
    })
    void shouldNotTypeAPersonWhenTheWordIsNoName(String text, String notPerson) {
        assertThat(entities(text)).filteredOn(e -> e.type() == EntityType.PERSON)
                .extracting(Entity::name).doesNotContain(notPerson);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Shares of Harwick Motor Corp fell on Thursday after weak sales. | Harwick Motor Corp | ORGANIZATION",
        "Peshawar: Police said the attackers fled toward Peshawar after the raid on Monday. | Peshawar | LOCATION",
        "The commander, known as Abu Suhail al-Masri, planned the attacks, the army said. | Abu Suhail al-Masri | PERSON",
        "Governor of Fars Province Karim Rezaei said on Monday the dam was safe. | Karim Rezaei | PERSON",
        "Judge Anne Cole said the voters of Cobb County had been misled, the court heard. | Cobb County | LOCATION",
        "Troops clashed with Abu Sayyaf fighters on Jolo island, the military said on Sunday. | Abu Sayyaf | ORGANIZATION",
        "The Abu Dhabi Investment Authority bought a stake in the port operator, it said. | Abu Dhabi Investment Authority | ORGANIZATION",
    })
    void shouldTypeTheNameByItsEvidenceWhenTheTaggerDisagrees(String text, String name, EntityType type) {
        assertThat(entities(text)).filteredOn(e -> e.name().equals(name)).extracting(Entity::type).containsOnly(type);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The Pakistan Tehreek-e-Insaf (PTI) said it would boycott the session, a spokesman said. | Pakistan Tehreek-e-Insaf",
        "The Northern Grain Traders Association (NGTA) asked the government for cheaper loans on Monday. | Northern Grain Traders Association",
        "The Northern Grain Traders Association (NGTA) asked the government for cheaper loans on Monday. | NGTA",
        "Officials of the Federal Board of Revenue met traders in Karachi on Thursday to discuss the new tax. | Federal Board of Revenue",
        "The Lahore Cantonment Board said on Sunday it would repair 40 roads before the monsoon. | Lahore Cantonment Board",
        "The Punjab Police arrested six men after the robbery, a spokesman said on Wednesday. | Punjab Police",
        "A spokesman for the Ministry of Fisheries and Ocean Resources said the ban would be lifted in May. | Ministry of Fisheries and Ocean Resources",
        "The African Union Commission called for talks between the two sides on Monday. | African Union Commission",
    })
    void shouldFindTheWholeOrganisationWhenWireCopyWritesItInFull(String text, String name) {
        assertThat(entities(text)).filteredOn(e -> e.type() == EntityType.ORGANIZATION)
                .extracting(Entity::name).contains(name);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Trading opened at 09:30 (GMT) on Monday as investors waited for the rate decision. | GMT",
        "The United Arab Emirates (UAE) and Oman signed a transport deal in Muscat on Tuesday. | United Arab Emirates",
        "King Charles III (III) is a test of Roman numerals, the editor wrote on Friday. | III",
        "Twelve other workers were treated for smoke inhalation. (END) | END",
        "Police said the blast was caused by a gas leak. (LEAD) | LEAD",
    })
    void shouldNotTypeAnOrganisationWhenTheBracketedWordIsNone(String text, String notOrganisation) {
        assertThat(entities(text)).filteredOn(e -> e.type() == EntityType.ORGANIZATION)
                .extracting(Entity::name).doesNotContain(notOrganisation);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Prosecutors in Lyon charged Montaval Energie with fraud over a wind farm contract on Tuesday. | Montaval Energie",
        "Workers at Weserland Chemie AG went on strike in Bremen on Monday over pay, the union said. | Weserland Chemie AG",
        "The competition board said it fined Bozkurt Cimento 40 million liras for price fixing on Friday. | Bozkurt Cimento",
        "Shares of Kestrel Bay Logistics rose 6 percent in Seoul after the contract was announced. | Kestrel Bay Logistics",
        "Investors sold Harrowgate Foods PLC after the profit warning, traders in London said. | Harrowgate Foods PLC",
        "The court froze the accounts of Tarabuco Construcciones SA over unpaid taxes, a judge said. | Tarabuco Construcciones SA",
    })
    void shouldTypeACompanyAnOrganisationWhenItsNameEndsInACompanyWord(String text, String name) {
        assertThat(entities(text)).filteredOn(e -> e.name().equals(name)).extracting(Entity::type)
                .containsOnly(EntityType.ORGANIZATION);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The Cantonal Prosecutor's Office in Sarajevo said the suspects were detained on Monday. | Cantonal Prosecutor's Office",
        "Lawmakers of the Democratic People's Party walked out of the chamber on Thursday in protest. | Democratic People's Party",
        "Gunmen from the Costa Grande cartel attacked a police post near the port on Sunday, officials said. | Costa Grande cartel",
    })
    void shouldKeepTheOrganisationWholeWhenAPossessiveOrALowerCaseHeadIsInItsName(String text, String name) {
        assertThat(entities(text)).filteredOn(e -> e.type() == EntityType.ORGANIZATION)
                .extracting(Entity::name).contains(name);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Ukraine's Foreign Ministry said on Monday it had summoned the envoy. | Ukraine",
        "Mexican cartels have fought over the port for years, officials said on Sunday. | Mexican cartels",
        "HEAVY RAINS HIT ANKARA AS RIVERS RISE, the headline said on Monday. | RIVERS RISE",
    })
    void shouldNotMakeAnOrganisationWhenTheCompanyOrPossessiveFormIsNone(String text, String notOrganisation) {
        assertThat(entities(text)).filteredOn(e -> e.type() == EntityType.ORGANIZATION)
                .extracting(Entity::name).noneMatch(n -> n.contains(notOrganisation));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Cabinet Secretary for Lands and Housing Joseph Kamau said the plots would be handed over next year. | Joseph Kamau",
        "Secretary of State Laura Pennock said on Monday the talks would resume next month. | Laura Pennock",
        "Analyst Kim Seo-yeon at Hanmaru Securities said exports were likely to recover. | Kim Seo-yeon",
    })
    void shouldFindThePersonWhenThePortfolioOrAGivenNameOfSyllablesIsNextToTheName(String text, String name) {
        assertThat(entities(text)).filteredOn(e -> e.type() == EntityType.PERSON).extracting(Entity::name)
                .containsExactly(name);
    }
}
