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
 * Forms of US local and wire copy the GMB tagger mistypes: roads and streets, vehicle models, religious
 * adjectives, sheriff's and attorney's offices, "MP", data providers; in sentences with invented names
 * written for this test.
 */
class EntitiesLocalFormsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The crash happened on Simpson Road near the school, deputies said. | Simpson Road",
        "Firefighters were called to a barn on Dry Run Road early Monday. | Dry Run Road",
        "Police closed Main Street after the shooting, a spokesman said. | Main Street",
        "Police closed Main Street and Oak Avenue after the shooting. | Oak Avenue",
        "The fire started at a home on Willow Creek Lane on Sunday. | Willow Creek Lane",
        "The accident happened on Highway 61 near the river. | Highway 61",
        "Deputies found the car on Elm Street in Harlan. | Elm Street",
        "The new toll plaza on the Lahore Ring Road opened on Monday. | Lahore Ring Road",
    })
    void shouldMakeAStreetALocationWhenItEndsInARoadWord(String text, String street) {
        List<String> found = mentions(text);

        assertThat(found).contains("LOCATION " + street);
        assertThat(found).noneMatch(m -> m.startsWith("ORGANIZATION") || m.startsWith("PERSON"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Nathan Lane said the show would go on. | Nathan Lane",
        "Zebulon Pike said the river was high. | Zebulon Pike",
    })
    void shouldKeepAPersonWhoseNameEndsInARoadWord(String text, String person) {
        assertThat(mentions(text)).containsExactly("PERSON " + person);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Kenya signed a deal with China Road and Bridge Corporation on Monday. | China Road and Bridge Corporation",
        "The Telangana State Road Transport Corporation will add 1,000 buses. | Telangana State Road Transport Corporation",
    })
    void shouldKeepAnOrganisationWhoseNameHoldsARoadWord(String text, String organisation) {
        assertThat(mentions(text)).contains("ORGANIZATION " + organisation);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "She was driving a Toyota Tercel when she was hit, police said.",
        "He was driving a Honda Civic when the crash happened.",
        "Police said the suspect fled in a silver Nissan Altima.",
        "The woman's Chevrolet Malibu was found abandoned near the lake.",
        "The driver of a Ford Explorer was not hurt.",
        "The driver's 1998 Toyota Tercel left the road near the bridge.",
        "A 2019 Hyundai Elantra was reported stolen from the lot on Friday.",
    })
    void shouldFindNoNameWhenAVehicleModelFollowsItsMake(String text) {
        assertThat(mentions(text)).noneMatch(m -> m.startsWith("ORGANIZATION") || m.startsWith("PERSON"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Toyota Motor Corp said on Tuesday its profit rose. | ORGANIZATION Toyota Motor Corp",
        "Ford Motor Co said it would recall 40,000 trucks. | ORGANIZATION Ford Motor Co",
        "Mercedes Ruiz, a nurse, said the clinic had closed. | PERSON Mercedes Ruiz",
    })
    void shouldKeepACarMakersNameAndAPersonWhenNoModelFollows(String text, String mention) {
        assertThat(mentions(text)).contains(mention);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A bomb exploded near a Shiite mosque, killing 12 people.",
        "Sunni Muslims make up most of the population, while Shiite Muslims are a minority.",
        "The victims were Shiite Hazaras, officials said.",
        "The Alawite minority and Druze community leaders met on Sunday.",
        "Sunni and Shiite leaders signed the pact.",
    })
    void shouldFindNoNameWhenOnlyReligiousGroupsAreNamed(String text) {
        assertThat(mentions(text)).noneMatch(m -> m.startsWith("ORGANIZATION") || m.startsWith("PERSON"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Jefferson County Sheriff's Office spokesman Ray Dunmore said the man was arrested. | Jefferson County Sheriff's Office",
        "The Jefferson County Sheriff's Department said two deputies were hurt. | Jefferson County Sheriff's Department",
        "The Harlan County Sheriff's Office said the victim was 34. | Harlan County Sheriff's Office",
        "The U.S. Attorney's Office said the man pleaded guilty. | U.S. Attorney's Office",
        "The Lake County District Attorney's Office declined to comment. | Lake County District Attorney's Office",
        "The Cook County State's Attorney's Office charged the man on Friday. | Cook County State's Attorney's Office",
    })
    void shouldKeepTheOfficeWholeWhenAPossessiveFollowsATitle(String text, String office) {
        List<String> found = mentions(text);

        assertThat(found).contains("ORGANIZATION " + office);
        assertThat(found).filteredOn(m -> m.startsWith("ORGANIZATION")).hasSize(1);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The Jefferson County Sheriff said deputies arrested two men. | Jefferson County",
        "Manhattan District Attorney Alvin Brook said the case was strong. | Manhattan",
    })
    void shouldLeaveOnlyThePlaceWhenATitleFollowsIt(String text, String place) {
        List<String> found = mentions(text);

        assertThat(found).contains("LOCATION " + place);
        assertThat(found).noneMatch(m -> m.startsWith("ORGANIZATION"));
        assertThat(found).noneMatch(m -> m.contains("Attorney") || m.contains("Sheriff"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Ahmed Khan, an MP from Lahore, said the bill was unfair. | Ahmed Khan",
        "The MP said the government had failed, Daniel Harper told reporters. | Daniel Harper",
        "Conservative MP Daniel Harper said on Monday he would vote against. | Daniel Harper",
    })
    void shouldTakeMpForATitleWhenItStandsAloneOrBeforeAName(String text, String person) {
        List<Entity> found = entities(text);

        assertThat(found).filteredOn(e -> e.type() == EntityType.PERSON).extracting(Entity::name).containsExactly(person);
        assertThat(found).filteredOn(e -> e.type() == EntityType.ORGANIZATION).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "According to Refinitiv data, shares rose 4 percent. | Refinitiv",
        "Data from Refinitiv showed the fund lost money. | Refinitiv",
        "Thomson Reuters Corp, the parent of Reuters News, said on Tuesday its revenue rose. | Thomson Reuters Corp",
    })
    void shouldTypeADataProviderAnOrganisation(String text, String organisation) {
        List<String> found = mentions(text);

        assertThat(found).contains("ORGANIZATION " + organisation);
        assertThat(found).noneMatch(m -> m.startsWith("PERSON") || m.startsWith("LOCATION"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The settlement was announced by the U.S. Attorney's Office for the Southern District of Ohio on Friday. | U.S. Attorney's Office for the Southern District of Ohio",
        "The 5th U.S. Circuit Court of Appeals upheld the ruling on Monday. | 5th U.S. Circuit Court of Appeals",
        "A grain silo owned by Blue Ridge Farmers Cooperative caught fire on Tuesday. | Blue Ridge Farmers Cooperative",
        "The deal was signed with Shandong Hengli Machinery Co., Ltd. on Friday. | Shandong Hengli Machinery Co., Ltd.",
        "Indonesian coal miner PT Bumi Karya Mandiri said output rose. | PT Bumi Karya Mandiri",
        "The Communist Party of Nepal (Maoist) said it would join the protest. | Communist Party of Nepal (Maoist)",
        "Doctors at Mercy Ridge Hospital treated 12 people on Sunday. | Mercy Ridge Hospital",
    })
    void shouldKeepTheWholeOrganisationWhenItsNameHasALegalFormOrdinalOrQualifier(String text, String organisation) {
        List<String> found = mentions(text);

        assertThat(found).contains("ORGANIZATION " + organisation);
        assertThat(found).filteredOn(m -> m.startsWith("ORGANIZATION")).hasSize(1);
        assertThat(found).noneMatch(m -> m.startsWith("PERSON"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "U.S. Attorney Dana Whitlock said the company had misled patients. | Dana Whitlock | U.S. Attorney",
        "Analyst Kim Min-jun at Hanul Securities said demand was strong. | Kim Min-jun | Analyst",
    })
    void shouldSplitTheTitleOffWhenAPlaceOrAKoreanGivenNameSurroundsIt(String text, String person, String title) {
        List<Entity> found = entities(text);

        assertThat(found).filteredOn(e -> e.type() == EntityType.PERSON).extracting(Entity::name).containsExactly(person);
        assertThat(found).filteredOn(e -> e.name().equals(person)).extracting(Entity::title).containsExactly(title);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Deputy Inspector General of Police (Operations) Kamran Akhtar said three suspects were held. | Kamran Akhtar",
        "Principal Secretary (Health) Meena Iyer said the vaccine would arrive next week. | Meena Iyer",
        "Eyewitnesses said the blast was heard across the valley, Meena Iyer said. | Meena Iyer",
    })
    void shouldFindOnlyThePersonWhenAPortfolioInBracketsOrAPluralNounStandsNearby(String text, String person) {
        List<String> found = mentions(text);

        assertThat(found).containsExactly("PERSON " + person);
    }
}
