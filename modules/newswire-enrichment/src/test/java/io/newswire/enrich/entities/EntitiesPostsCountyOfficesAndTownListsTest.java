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
 * Forms of session s41: a South Asian police rank and its post's zone ("SSP East X"), a county office whose
 * title holds a possessive ("X County State's Attorney Y"), and a town after "and" in a list of places that
 * the tagger took for a surname ("in South Portland and Westbrook"). Sentences and names written for this
 * test; the places are real.
 */
class EntitiesPostsCountyOfficesAndTownListsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "SSP East Kamran Haidri said two suspects were arrested after the raid. | Kamran Haidri | SSP East",
        "Additional SSP City Nasir Baloch told reporters the area was sealed. | Nasir Baloch | Additional SSP City",
        "DCP South Meena Rawat said the accused had been traced to a lodge. | Meena Rawat | DCP South",
        "SP Rural Harjit Sandhu said patrols would be stepped up at night. | Harjit Sandhu | SP Rural",
        "Harlan County State's Attorney Ruth Calder said charges would follow. | Ruth Calder | State's Attorney",
        "On Friday, Assistant State's Attorney Glen Marsh asked for a higher bond. | Glen Marsh | Assistant State's Attorney",
    })
    void shouldPutTheRankAndPostInTheTitleWhenARankLeadsTheName(String text, String name, String title) {
        List<Entity> found = entities(text);

        assertThat(found).filteredOn(e -> e.type() == EntityType.PERSON).extracting(Entity::name).containsExactly(name);
        assertThat(found).filteredOn(e -> e.name().equals(name)).extracting(Entity::title).containsExactly(title);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "SSP East Kamran Haidri said two suspects were arrested after the raid. | East",
        "DSP Saddar said a case had been registered against the three men. | Saddar",
        "SP Traffic Asad Mirza said the road would reopen on Monday. | Traffic Asad Mirza",
        "Harlan County State's Attorney Ruth Calder said charges would follow. | Harlan County State",
        "Harlan County State's Attorney Ruth Calder said charges would follow. | Attorney Ruth Calder",
    })
    void shouldNotFindAPlaceOrNameInTheTitleWhenARankLeadsIt(String text, String notAMention) {
        assertThat(mentions(text)).noneMatch(m -> m.endsWith(" " + notAMention));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Harlan County State's Attorney Ruth Calder said charges would follow. | LOCATION Harlan County",
        "Voters in South Portland and Westbrook approved the school budget on Tuesday. | LOCATION Westbrook",
        "Crews in Kent, Auburn and Westbrook worked through the night to clear roads. | LOCATION Westbrook",
        // guards: the zone words elsewhere, a person of the article named so, a word that is no town
        "Police in East Timor said the SSP had not been told of the raid. | LOCATION East Timor",
        "Russell Westbrook scored 30 points, and fans in Portland and Westbrook cheered. | PERSON Russell Westbrook",
        "The State Department said the Secretary of State would travel on Monday. | ORGANIZATION State Department",
    })
    void shouldTypeTheNameWhenItsNeighboursDecide(String text, String mention) {
        assertThat(mentions(text)).contains(mention);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en | Russell Westbrook scored 30 points, and fans in Portland and Westbrook cheered. | LOCATION Westbrook",
        "en | He met Ana Kent in Leeds and Kent said the plan was dead. | LOCATION Kent",
        "en | Shoppers in Leeds and Tatum said prices had risen. | LOCATION Tatum",
        // not English: the English rules do not run there
        "es | Los vecinos de South Portland y Westbrook aprobaron el presupuesto el martes. | PERSON Westbrook",
        "fr | Le SSP East Kamran Haidri a déclaré que deux suspects avaient été arrêtés. | LOCATION East",
    })
    void shouldNotRetypeTheNameWhenTheFormDoesNotHold(String language, String text, String notAMention) {
        assertThat(mentions(text, language)).doesNotContain(notAMention);
    }
}
