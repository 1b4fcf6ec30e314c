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
        "A community leader, Alhaji Bello Garba Tsafe, thanked the police. | Bello Garba Tsafe | Alhaji",
        "Malam Yusuf Danladi Gusau, a trader, said the road was unsafe. | Yusuf Danladi Gusau | Malam",
        "A trader, Hajia Rakiya Iddrisu Mahama, said she queued for two days. | Rakiya Iddrisu Mahama | Hajia",
        "The fund's director, Sheikha Mariam Khalid Al-Hajri, opened the fair. | Mariam Khalid Al-Hajri | Sheikha",
        "The order was issued by Magistrate Siti Hajar Mokhtar on Monday. | Siti Hajar Mokhtar | Magistrate",
        "Councillor Deepa Mistry-Holt, who chairs the committee, voted against. | Deepa Mistry-Holt | Councillor",
        "\"Not everyone can bank on a phone,\" Cr Warrick Dunstall said. | Warrick Dunstall | Cr",
        "The Commissioner of Police, CP Haruna Bala Dutse, praised the officers. | Haruna Bala Dutse | CP",
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

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The attack was claimed by the Katiba Ansar al-Gharb, a group linked to al-Qaeda. | Katiba Ansar al-Gharb",
        "Troops killed 12 fighters of Jama'atu Ansaril-Tiris wal-Hijra in the north. | Jama'atu Ansaril-Tiris wal-Hijra",
        "The army would lead efforts against Jabhat al-Nasr al-Sharqi fighters along the border. | Jabhat al-Nasr al-Sharqi",
        "Police blamed the Harakat Ahl al-Wadi for the blast. | Harakat Ahl al-Wadi",
    })
    void shouldMakeAnArmedGroupsNameAnOrganisationWhenItOpensWithAGroupWord(String text, String group) {
        assertThat(mentions(text)).contains("ORGANIZATION " + group).noneMatch(m -> m.startsWith("PERSON"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The MV Kota Seraya, carrying timber, hit rocks near the cape. | Kota Seraya",
        "The boat was bringing food to troops on the BRP Sierra Madre, a navy ship. | Sierra Madre",
        "The tanker Sentosa Pioneer collided with a container ship in the strait. | Sentosa Pioneer",
        "The frigate Almirante Ruiz sailed from the port on Monday. | Almirante Ruiz",
        "HMS Dauntless docked on Friday after a six-month tour. | Dauntless",
    })
    void shouldFindNoEntityInAShipsNameWhenAPrefixOrAVesselsNounStandsBeforeIt(String text, String ship) {
        assertThat(mentions(text)).noneMatch(m -> m.contains(ship) || m.endsWith(" MV") || m.endsWith(" BRP")
                || m.endsWith(" HMS"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The carrier Lufthansa said on Monday it would cut flights. | Lufthansa",
        "The tanker was hit off Port Dickson on Sunday. | Port Dickson",
    })
    void shouldKeepANameWhenNoShipsNameStandsThere(String text, String name) {
        assertThat(mentions(text)).anyMatch(m -> m.endsWith(" " + name));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Kakamega Hill Rangers beat Nyanza Sugar Stars 2-0. Striker Brian Wafula scored as Rangers extended their run. | Rangers",
        "Kakamega Hill Rangers beat Nyanza Sugar Stars 2-0. \"We knew Sugar Stars would sit back,\" the coach said. | Sugar Stars",
        "Harrogate Borough Town FC have sacked their manager. He led Town to a play-off place last year. | Town",
        "Tickets for Kettleby Athletic are cheap. Fans said the Athletic game was sold out. | Athletic",
        "Dunmore Wanderers FC drew 1-1. Wanderers coach Ama Boateng was pleased. | Wanderers",
    })
    void shouldMakeAClubsShortFormAnOrganisationWhenTheArticleNamesTheClubInFull(String text, String club) {
        List<String> found = mentions(text);

        assertThat(found).contains("ORGANIZATION " + club).noneMatch(m -> m.startsWith("PERSON") && m.contains(club));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Kakamega Hill Rangers beat Nyanza Sugar Stars 2-0 on Sunday at the county ground. | ORGANIZATION Kakamega Hill Rangers",
        "Kakamega Hill Rangers beat Nyanza Sugar Stars 2-0 on Sunday at the county ground. | ORGANIZATION Nyanza Sugar Stars",
    })
    void shouldMakeAClubAnOrganisationWhenItsNameEndsInAClubWord(String text, String club) {
        assertThat(mentions(text)).contains(club);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The loan was arranged by Velmor Trust Bank and Orinda Meridian Bank, analysts said. | Velmor Trust Bank | Orinda Meridian Bank",
    })
    void shouldSplitTwoBodiesJoinedByAndWhenEachEndsInAHeadWord(String text, String first, String second) {
        assertThat(mentions(text)).contains("ORGANIZATION " + first, "ORGANIZATION " + second);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The assembly summoned the Delta State Ministry of Physical Planning and Urban Development over the approvals. | Delta State Ministry of Physical Planning and Urban Development",
        "A grant from the Ministry of Youth Affairs, Sports and the Arts was released on Monday. | Ministry of Youth Affairs, Sports and the Arts",
        "Senator Lourdes Ocampo-Tan asked the Senate Committee on National Defense and Security, Peace, Unification and Reconciliation to act. | Senate Committee on National Defense and Security, Peace, Unification and Reconciliation",
        "Shipbroker Lorne, Hale & Partners said rates for tankers rose. | Lorne, Hale & Partners",
        "Officials of the Bank of Commerce and Industry met on Monday. | Bank of Commerce and Industry",
        "The Tarvia County Commission on Wednesday approved the budget. | Tarvia County Commission",
        "An official of the Zhaotong Municipal People's Government said the road was open. | Zhaotong Municipal People's Government",
    })
    void shouldKeepABodysNameWhole(String text, String body) {
        assertThat(mentions(text)).contains("ORGANIZATION " + body);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Opposition councillor Annelie van der Merwe said people had paid. | Annelie van der Merwe",
        "Mayor Johan van der Westhuizen said the water was safe. | Johan van der Westhuizen",
    })
    void shouldKeepAParticleInsideAPersonsName(String text, String person) {
        assertThat(mentions(text)).contains("PERSON " + person);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Gunmen stormed the village of Um Sumeima on Tuesday. | Um Sumeima",
        "The ministry will rebuild the port of Ust-Luga after the fire. | Ust-Luga",
        "Striker Brian Simiyu scored twice at Bukhungu Stadium on Sunday. | Bukhungu Stadium",
        "Rebels seized the town of Kafr Zeita on Friday. | Kafr Zeita",
        "Supporters packed Nyayo Stadium for the final. | Nyayo Stadium",
    })
    void shouldMakeANamedPlaceALocationWhenAPlaceNounNamesIt(String text, String place) {
        assertThat(mentions(text)).contains("LOCATION " + place).noneMatch(m -> m.startsWith("PERSON") && m.contains(place));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Shares rose, while rival Obudu Petroleum slipped 1%. | Obudu Petroleum",
        "Tarlan Mobility said Tuesday it would build a plant. Tarlan shares closed higher. | Tarlan",
    })
    void shouldMakeACompanyEndingInASectorWordAnOrganisation(String text, String company) {
        assertThat(mentions(text)).contains("ORGANIZATION " + company).noneMatch(m -> m.startsWith("PERSON"));
    }
}
