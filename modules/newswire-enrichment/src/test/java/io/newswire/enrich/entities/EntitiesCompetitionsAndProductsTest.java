package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityTexts.entities;
import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.model.Entity;
import io.newswire.model.EntityType;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Words the English tagger typed LOCATION that name no place (session s37): plural acronyms, competitions
 * and awards, products, faiths, a legislature's chamber by one word. Sentences and names written for this
 * test.
 */
class EntitiesCompetitionsAndProductsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Sales of home PCs rose by a tenth in the quarter, the Kelburn Research group said. | PCs",
        "The gadget links home networks and PCs, said Tom Ardley of the maker Velloran. | PCs",
        "Buyers want their PCs to look good, the analyst Mira Hallam said on Monday. | PCs",
        "Shops in Tarnow cut the price of DVDs and CDs ahead of the holiday, traders said. | DVDs",
        "Dunmore Rovers reached the final of the Harlow Cup after a 2-1 win on Saturday. | Harlow Cup",
        "She won gold in the 400m at the Lisbon Olympics and hopes to defend her title. | Lisbon Olympics",
        "The film won three Oscars and two Baftas last year, its producer Jan Olbrich said. | Oscars",
        "Kelso Athletic were relegated from the Premiership last season after a poor run. | Premiership",
        "The Vireo Music Awards will be held in Glasgow in March, organisers said on Friday. | Vireo Music Awards",
        "Sales of the Xbox beat forecasts over Christmas, the retailer Brannock said. | Xbox",
    })
    void shouldNotFindAnEntityWhenTheWordsNameACompetitionAProductOrAPlural(String text, String notAName) {
        assertThat(entities(text)).extracting(Entity::name).doesNotContain(notAName);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Converts to Islam in the region have doubled, a survey by Marlow University found. | Islam",
        "Scholars of Buddhism met in Kandy for a week of talks, the organisers said. | Buddhism",
    })
    void shouldNotTypeAPlaceWhenTheWordIsAFaith(String text, String faith) {
        assertThat(entities(text)).filteredOn(e -> e.name().equals(faith)).extracting(Entity::type)
                .doesNotContain(EntityType.LOCATION, EntityType.ORGANIZATION);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The bill was approved by the Commons on Tuesday by 312 votes to 201, the clerk said. | Commons",
        "The Knesset passed the budget late on Wednesday after a long debate. | Knesset",
        "The party opened its new office in Farrow Lane, just down the road from the Commons. | Commons",
        "In the Commons, opposition frontbencher Alan Pruett demanded a statement on the leak. | Commons",
        "Mr Corby will face the prime minister in the Commons on Wednesday, aides said. | Commons",
        "The bill will go back to the Commons after the election, Mr Dalby told reporters. | Commons",
    })
    void shouldTypeAnOrganisationWhenOneWordNamesAChamber(String text, String chamber) {
        List<Entity> found = entities(text);

        assertThat(found).filteredOn(e -> e.name().equals(chamber)).extracting(Entity::type).isNotEmpty()
                .containsOnly(EntityType.ORGANIZATION);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The Harlow Cup final will be played at Dunmore Park in Glasgow on Saturday. | Glasgow | LOCATION",
        "Islam Rahimov, the mayor of the town, said the road would reopen on Monday. | Islam Rahimov | PERSON",
        "Police in Cupar said on Sunday a man had been arrested after the break-in. | Cupar | LOCATION",
    })
    void shouldKeepTheNameWhenItOnlyNeighboursTheseWords(String text, String name, EntityType type) {
        assertThat(entities(text)).filteredOn(e -> e.name().equals(name)).extracting(Entity::type).containsExactly(type);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "PCs | true", "MPs | true", "DVDs | true", "MEPs | true",
        "US | false", "PCS | false", "Pcs | false", "Cs | false", "Lions | false", "ÉTs | false",
    })
    void shouldReadAPluralAcronymWhenCapitalsEndInAPluralS(String word, boolean plural) {
        assertThat(EntitiesEnricher.pluralAcronym(word)).isEqualTo(plural);
    }
}
