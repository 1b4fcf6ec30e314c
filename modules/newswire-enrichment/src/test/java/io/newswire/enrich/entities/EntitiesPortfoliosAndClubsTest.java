package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityTexts.entities;
import static io.newswire.enrich.entities.EntityTexts.mentions;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Forms of session s28's seventh held-out set: ministers with a portfolio after "of", places and divisions
 * after a title's "of", and the other forms added below; in sentences with invented names written for this
 * test, in the styles of Nigerian, Indian, Iranian, Turkish, Russian and Philippine copy.
 */
class EntitiesPortfoliosAndClubsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Minister of Petroleum Resources Kunle Adebanjo-Ross said the queues would end. | Kunle Adebanjo-Ross | Minister of Petroleum Resources",
        "Bihar Minister of Housing and Urban Development Ravi Shankar Oraon laid the stone. | Ravi Shankar Oraon | Minister of Housing and Urban Development",
        "Deputy Minister of Transport Pavel Gromadin told reporters the line would reopen. | Pavel Gromadin | Deputy Minister of Transport",
        "Commissioner of Police Yetunde Ajibola-Craig ordered an inquiry. | Yetunde Ajibola-Craig | Commissioner of Police",
        "Secretary of Agriculture and Fisheries Danilo Magsaysay-Reyes met the fishermen. | Danilo Magsaysay-Reyes | Secretary of Agriculture and Fisheries",
    })
    void shouldPutAPortfolioAfterOfIntoTheTitleWhenANameFollowsIt(String text, String name, String title) {
        List<String> found = mentions(text);

        assertThat(found).contains("PERSON " + name).noneMatch(m -> m.startsWith("ORGANIZATION"));
        assertThat(entities(text)).filteredOn(e -> e.name().equals(name)).singleElement()
                .satisfies(e -> assertThat(e.title()).isEqualTo(title));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Chief Public Prosecutor of Konya Selim Arıkan said the inquiry had begun. | Konya | Selim Arıkan",
        "Governor of Tver Region Oleg Smirnitsky visited the plant. | Tver Region | Oleg Smirnitsky",
        "Governor of Tarsk Province Yaqoub Haidari said the dam was full. | Tarsk Province | Yaqoub Haidari",
        "The Governor of Khorasan Razavi Province Reza Alavi-Nejad said pilgrims had arrived. | Khorasan Razavi Province | Reza Alavi-Nejad",
    })
    void shouldMakeThePlaceAfterATitlesOfAPlaceAndTheRestAPersonWhenTheyRunTogether(String text, String place,
            String person) {
        assertThat(mentions(text)).containsExactlyInAnyOrder("LOCATION " + place, "PERSON " + person);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The Minister of State for Defence, Garba Musa-Idris, said troops had retaken the town. | Garba Musa-Idris",
    })
    void shouldFindNoBodyInAPortfolioBeforeACommaWhenANameFollows(String text, String person) {
        assertThat(mentions(text)).containsExactly("PERSON " + person);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Governor of the Central Bank of Norland Ada Okafor said rates would stay. | ORGANIZATION Central Bank of Norland",
        "The Bank of Ghana Governor Kweku Mensah-Arthur spoke on Monday. | ORGANIZATION Bank of Ghana",
    })
    void shouldKeepABodyAfterATitlesOfWhenItIsNoPortfolio(String text, String body) {
        assertThat(mentions(text)).contains(body);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Rivers State Governor Ibinabo Tonye-West has suspended the council chairman. | Rivers State | Ibinabo Tonye-West | Governor",
        "Meanwhile, Oyo State Governor Segun Adelabu-King said the roads would be rebuilt. | Oyo State | Segun Adelabu-King | Governor",
        "Free State Premier Thabo Mokoena-Dube welcomed the decision. | Free State | Thabo Mokoena-Dube | Premier",
        "Ondo State Commissioner for Health Banjo Ajayi-Cole said the clinics would open. | Ondo State | Banjo Ajayi-Cole | Commissioner for Health",
        "Tarsk Province Governor Omar Haidari said the road was open. | Tarsk Province | Omar Haidari | Governor",
    })
    void shouldMakeANameWithADivisionWordBeforeATitleAPlaceAndTheTitleThePersons(String text, String place,
            String person, String title) {
        assertThat(mentions(text)).containsExactlyInAnyOrder("LOCATION " + place, "PERSON " + person);
        assertThat(entities(text)).filteredOn(e -> e.name().equals(person)).singleElement()
                .satisfies(e -> assertThat(e.title()).isEqualTo(title));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Det Insp Sunita Chaudhry of Greater Manchester Police said the victims were old. | Sunita Chaudhry | Det Insp",
        "Det Sgt Mark Hollins gave evidence on Tuesday. | Mark Hollins | Det Sgt",
        "Ch Supt Alan Prewer said officers would patrol the estate. | Alan Prewer | Ch Supt",
        "Coast guard spokesperson Commodore Arnel Dimaculangan said the boat was damaged. | Arnel Dimaculangan | Commodore",
        "Director-General Datuk Rahim Abu Bakar said traffic was not affected. | Rahim Abu Bakar | Director-General Datuk",
        "Tan Sri Mohd Azlan Yusof chaired the meeting. | Mohd Azlan Yusof | Tan Sri",
    })
    void shouldSplitAnAbbreviatedRankOrAnHonorificOffTheNameWhenItStandsBeforeIt(String text, String name,
            String title) {
        assertThat(entities(text)).filteredOn(e -> e.name().equals(name)).singleElement()
                .satisfies(e -> assertThat(e.title()).isEqualTo(title));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The Kano State Government said it had paid the salaries. | ORGANIZATION Kano State Government",
        "The Kenya Premier League resumes on Sunday after the break. | ORGANIZATION Kenya Premier League",
    })
    void shouldKeepABodyWhenADivisionWordOrATitleWordIsInsideIt(String text, String body) {
        assertThat(mentions(text)).contains(body);
    }
}
