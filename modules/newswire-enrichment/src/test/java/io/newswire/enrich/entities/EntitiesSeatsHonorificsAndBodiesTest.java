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
 * Forms found by the thirteenth blind set (issue 16, s36): ranks and honorifics left inside a name (Irish "Garda",
 * Burmese "U", "Daw", Malaysian "Datuk Amar", abbreviated ranks with a full stop), a seat's constituency and holder
 * run together ("MP for X Y Z"), bodies and companies of foreign words and after a noun of their kind, saints'
 * and streets' names typed as people, water, police units typed as places, acronyms with full stops, a legal form
 * whose full stop ends a sentence. Every sentence and name is invented for this test.
 */
class EntitiesSeatsHonorificsAndBodiesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Garda Caoimhe Dillane told the court the accused made no reply. | Caoimhe Dillane",
        "KNU spokesman U Thet Naing Soe said the post had not fallen. | Thet Naing Soe",
        "A resident, Daw Khin Mya Thwe, said families had fled. | Khin Mya Thwe",
        "The plant was opened by Datuk Amar Hamzah Rusli Bakar yesterday. | Hamzah Rusli Bakar",
        "Cpl. Brenna Okonkwo-Hale said the death was targeted. | Brenna Okonkwo-Hale",
        "Coun. Lise-Anne Trembley wants the route restored. | Lise-Anne Trembley",
        "Solicitor Fergal Mac Giolla Rua said his client would not flee. | Fergal Mac Giolla Rua",
        "Procurator fiscal depute Isla Strachan said the footage was clear. | Isla Strachan",
    })
    void shouldLeaveTheRankOutOfTheNameWhenARankOrHonorificStandsBeforeIt(String text, String name) {
        List<Entity> found = entities(text);

        assertThat(found).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(EntityType.PERSON);
            assertThat(e.name()).isEqualTo(name);
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Opposition MP for Ravenmoor Tessa Quilliam said the vendors had seen little. | LOCATION Ravenmoor | PERSON Tessa Quilliam",
        "Unity Party MLA for Belfast West Aoife Ní Bhriain said the family were lucky. | LOCATION Belfast West | PERSON Aoife Ní Bhriain",
        "Assemblyman for Batu Lintang Chong Wei Ling said the promise was kept. | LOCATION Batu Lintang | PERSON Chong Wei Ling",
    })
    void shouldSplitTheConstituencyFromItsMemberWhenASeatWordAndForStandBeforeThem(String text, String place,
            String person) {
        List<String> found = mentions(text);

        assertThat(found).contains(place, person);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Shares of chipmaker Doryeon Microtek closed flat. | ORGANIZATION Doryeon Microtek",
        "National grid operator Voltareno said 90,000 homes had no power. | ORGANIZATION Voltareno",
        "He was jailed on Monday. Rights group Vigilis counts him among 14 scientists charged. | ORGANIZATION Vigilis",
        "Brouwerij De Kraanvogel said it would move production to Ghent. | ORGANIZATION Brouwerij De Kraanvogel",
        "Fondazzjoni Wirt Għawdex said the fine was overdue. | ORGANIZATION Fondazzjoni Wirt Għawdex",
        "Bank Dhahirah said it had lent money to tourism firms. | ORGANIZATION Bank Dhahirah",
        "Parti Rakyat Bersatu Sabah youth chief Iskandar Dollah said jobs would go to locals. | ORGANIZATION Parti Rakyat Bersatu Sabah",
        "A man was charged with fraud at Bank of Gozo's branch in Rabat. | ORGANIZATION Bank of Gozo",
        "The Pasig City Police Station said the suspects were detained. | ORGANIZATION Pasig City Police Station",
        "Police Scotland said officers arrested him an hour later. | ORGANIZATION Police Scotland",
        "The Samoa Fisheries Corporation (S.F.C.) said boats were back at sea. | ORGANIZATION S.F.C.",
        "Niall Brannock worked for Kilcullen Haulage Ltd. Brannock was remanded in custody. | PERSON Brannock",
        "He was flown to Tarnmouth General Hospital's Burns Unit on Monday. | ORGANIZATION Burns Unit",
        "The Government of Montserrat said the ferry would resume. | ORGANIZATION Government of Montserrat",
    })
    void shouldTypeABodyWhenItsHeadItsKindOrItsFormSaysSo(String text, String expected) {
        List<String> found = mentions(text);

        assertThat(found).contains(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A 32-year-old St Lucy man was remanded in custody. | LOCATION St Lucy",
        "Police seized 14 guns in Christ Church and St Andrew since January. | LOCATION St Andrew",
        "The council approved money to resurface Moray St on Monday. | LOCATION Moray St",
        "He was identified as Rohan Pusey of a Mount Salem address. | LOCATION Mount Salem",
        "The firm was fined for letting sewage into the River Calder near Halifax. | LOCATION River Calder",
    })
    void shouldTypeAPlaceWhenASaintsStreetOrWaterWordSaysSo(String text, String expected) {
        List<String> found = mentions(text);

        assertThat(found).contains(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "U Thant was the third secretary-general. | PERSON U Thant",
        "Mary Quinlan shares a flat with her sister in Leeds. | PERSON Mary Quinlan",
        "Amar Singh Dhillon, 45, was charged with fraud. | PERSON Amar Singh Dhillon",
        "Traffic was held up on Bank Street for an hour. | LOCATION Bank Street",
    })
    void shouldKeepTheNameWhenNoSeatRankOrKindSaysOtherwise(String text, String expected) {
        List<String> found = mentions(text);

        assertThat(found).contains(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A spokesman for the group Tuesday said nothing had changed. | Tuesday",
        "The MP for Tarnside Borough Council Ward spoke at length. | Tarnside",
        "An Garda Síochána said the checkpoint would stay. | Síochána",
    })
    void shouldNameNoOneWhenAWeekdayABodyOrTheForceFollowsTheCue(String text, String word) {
        List<String> found = mentions(text);

        assertThat(found).noneMatch(m -> m.equals("PERSON " + word) || m.startsWith("PERSON " + word + " "));
        assertThat(found).noneMatch(m -> m.equals("ORGANIZATION " + word));
    }
}
