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
 * Forms of local copy the GMB tagger reads as people (issue 16, s31): a service's local unit named by
 * its place ("Tisdale RCMP"), role nouns and demonyms glued before a name ("Resident ...",
 * "Aucklander ..."), sentence-opening interjections and gerunds, local place words (Jalan, Taman,
 * Barangay, Crescent, Nagar, "the X market") and police and local officials' titles. Every sentence and
 * name is invented for this test.
 */
class EntitiesLocalUnitsAndLeadsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Corvallis RCMP said the driver of the truck died at the scene. | Corvallis RCMP",
        "Pelican Narrows RCMP responded to a report of a crash on Sunday. | Pelican Narrows RCMP",
        "Marlow EMS crews took the woman to hospital. | Marlow EMS",
        "Glenbrook RFS volunteers worked through the night to contain the blaze. | Glenbrook RFS",
        "Brakpan SAPS spokesperson Captain Thandi Mokoena said two men were arrested. | Brakpan SAPS",
        "Kisoro DCI detectives arrested the suspect on Friday. | Kisoro DCI",
        "Quezon PNP chief Colonel Ramon Dizon said the suspect fled. | Quezon PNP",
        "The woman died in hospital, Marlow RCMP said. | Marlow RCMP",
    })
    void shouldMakeAPlaceBeforeAServiceAcronymOneOrganisationWhenItNamesALocalUnit(String text, String unit) {
        List<String> found = mentions(text);

        assertThat(found).contains("ORGANIZATION " + unit);
        assertThat(found).noneMatch(m -> m.startsWith("PERSON") && m.contains(unit.substring(unit.lastIndexOf(' ') + 1)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Resident Kellan Morrow told reporters the fire spread quickly. | Kellan Morrow",
        "Neighbour Alister Quayle lost his home in the blaze. | Alister Quayle",
        "Aucklander Wenlin Zhou, 22, was among those killed. | Wenlin Zhou",
        "Londoner Amrit Sahni said the trains were late. | Amrit Sahni",
        "Villager Abdou Sissoko said the water had risen overnight. | Abdou Sissoko",
        "Tenant Rosa Delgado said the landlord had ignored complaints. | Rosa Delgado",
    })
    void shouldCutARoleNounOrDemonymFromTheNameWhenItLeadsAPerson(String text, String person) {
        assertThat(mentions(text)).containsExactly("PERSON " + person);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Thank God nobody was hurt, said Rhona Kettle. | Rhona Kettle",
        "Losing Rosalind is something the family will never get over. | Rosalind",
    })
    void shouldStartNoNameAtAnInterjectionOrGerundWhenItOpensTheSentence(String text, String person) {
        assertThat(mentions(text)).containsExactly("PERSON " + person);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Sterling Brown said the team had to improve. | Sterling Brown",
        "Browning Harlow said the plan would fail. | Browning Harlow",
        "Amit Nagar said the case was closed. | Amit Nagar",
        "Nathan Lane said the show would go on. | Nathan Lane",
    })
    void shouldKeepAPersonWhoseNameLooksLikeAGerundOrPlaceWord(String text, String person) {
        assertThat(mentions(text)).containsExactly("PERSON " + person);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The fire started in a house on Groom Crescent, police said. | Groom Crescent",
        "The body was found near Wondell Way on Monday. | Wondell Way",
        "The victim lived in Rajak Nagar in the city's east. | Rajak Nagar",
        "Barangay Tonsuya officials said the water rose quickly. | Barangay Tonsuya",
        "He was arrested at his home in Taman Permas Jaya on Friday. | Taman Permas Jaya",
        "The lorry overturned on Jalan Kuching near the toll plaza. | Jalan Kuching",
        "Traders at the Kantamanto market lost their goods. | Kantamanto",
    })
    void shouldMakeALocalPlaceALocationWhenAPlaceWordLeadsOrEndsIt(String text, String place) {
        List<String> found = mentions(text);

        assertThat(found).contains("LOCATION " + place);
        assertThat(found).noneMatch(m -> m.startsWith("ORGANIZATION") || m.startsWith("PERSON"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The United Way said it would help the families. | United Way",
        "Money from the appeal went to United Way on Friday. | United Way",
    })
    void shouldKeepABodyWhoseNameEndsInAPlaceWordWhenNoRoadPrepositionLeadsIt(String text, String body) {
        assertThat(mentions(text)).contains("ORGANIZATION " + body);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "DSP Abdul Fatah Sangri said the suspects had fled. | Abdul Fatah Sangri | DSP",
        "Police said DSP Tenge was transferred. | Tenge | DSP",
        "District Collector Anjali Menon visited the camp on Sunday. | Anjali Menon | District Collector",
        "Collector Priyamvada Rangan said relief camps had been opened. | Priyamvada Rangan | Collector",
        "Special Agent Eve Rodgers of the state bureau said the driver fled. | Eve Rodgers | Special Agent",
        "Sub Inspector Mahesh Tiwari was injured in the attack. | Mahesh Tiwari | Sub Inspector",
        "Supt. Rio Gatacillo said the suspect was arrested. | Rio Gatacillo | Supt.",
    })
    void shouldSplitARankOrLocalOfficialsTitleFromTheName(String text, String person, String title) {
        List<Entity> people = entities(text).stream().filter(e -> e.type() == EntityType.PERSON).toList();

        assertThat(people).hasSize(1);
        assertThat(people.get(0).name()).isEqualTo(person);
        assertThat(people.get(0).title()).isEqualTo(title);
        assertThat(mentions(text)).noneMatch(m -> m.startsWith("ORGANIZATION") && m.contains(title));
    }
}
