package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityTexts.entities;
import static io.newswire.enrich.entities.EntityTexts.mentions;
import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.model.Entity;
import io.newswire.model.EntityType;
import io.newswire.model.Mention;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Named events, campaigns and operations (no entity), rivers, dams and bridges (places), head words alone
 * (no entity), bodies with "of" or a possessive inside, a place glued to a title before a portfolio, a
 * body and a rank between a title and a name, two-word company short forms and particles inside road
 * names; in sentences with invented names written for this test.
 */
class EntitiesEventsAndBodiesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Thousands joined the Jan Ashirvad Yatra in Indore on Monday. | Yatra",
        "The party will start its Gram Swaraj Abhiyan in Bihar next week. | Abhiyan",
        "Supporters of Marcel Diouf joined the Liberty March through the capital on Saturday. | March",
        "Organisers said the Save Our Parks Campaign had gathered 40,000 signatures. | Campaign",
        "Troops killed 12 militants during Operation Iron Gate in the north, the army said. | Iron Gate",
        "The navy said Operation Sea Guardian would last until June. | Sea Guardian",
        "Officials said Operation Kolo Dada would continue until the camps were cleared. | Kolo Dada",
    })
    void shouldFindNoEntityWhenARallyCampaignOrOperationIsNamed(String text, String eventWord) {
        assertThat(mentions(text)).noneMatch(m -> m.contains(eventWord));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Water at the Tarvela Dam rose by two metres on Sunday. | Tarvela Dam",
        "Boats were banned on the Kasai River after the storm. | Kasai River",
        "Traffic was stopped on the Fourth Mainland Bridge for repairs. | Fourth Mainland Bridge",
        "Farmers in the Kerio Valley said the rains had come late. | Kerio Valley",
    })
    void shouldMakeARiverDamOrBridgeAPlaceWhenTheTaggerTypesItOtherwise(String text, String place) {
        List<String> found = mentions(text);

        assertThat(found).contains("LOCATION " + place).noneMatch(m -> m.contains(place) && !m.startsWith("LOCATION"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The Dam was finished in 1976 and holds 11 billion cubic metres. | Dam",
        "Association chairman Peter Njoroge Kamau said members were owed money. | Association",
        "Council leader Helen Marsh said the budget gap was 30 million pounds. | Council",
    })
    void shouldFindNoEntityWhenAHeadWordStandsAlone(String text, String head) {
        assertThat(mentions(text)).noneMatch(m -> m.endsWith(" " + head));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Deputy Director of the Office of Budget Review Martin Olsen said the audit was complete. | Office of Budget Review | Martin Olsen | Deputy Director",
        "Vice Chairman of the National Grid Planning Commission Wei Lanfang said investment would rise. | National Grid Planning Commission | Wei Lanfang | Vice Chairman",
        "Ghana's Chairman Joint Chiefs Coordination Committee General Kwame Asante Boakye met officers on Monday. | Joint Chiefs Coordination Committee | Kwame Asante Boakye | General",
    })
    void shouldSplitABodyFromThePersonWhenATitleNamesBoth(String text, String body, String person, String title) {
        List<Entity> found = entities(text, "en");

        assertThat(found).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(EntityType.ORGANIZATION);
            assertThat(e.name()).isEqualTo(body);
        });
        assertThat(found).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(EntityType.PERSON);
            assertThat(e.name()).isEqualTo(person);
            assertThat(e.title()).isEqualTo(title);
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Chief of the Naval Staff Admiral Rajan Kumar Pillai visited the shipyard on Friday. | Rajan Kumar Pillai | Chief of the Naval Staff Admiral",
        "Chief of the Air Staff Air Marshal Faisal Ahmed Qureshi opened the academy. | Faisal Ahmed Qureshi | Chief of the Air Staff Air Marshal",
    })
    void shouldKeepTheWholeMilitaryTitleWhenItRunsOverOfTheStaff(String text, String person, String title) {
        assertThat(entities(text, "en")).anySatisfy(e -> {
            assertThat(e.name()).isEqualTo(person);
            assertThat(e.title()).isEqualTo(title);
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The camps were cleared on Sunday, Commissioner for the Environment Bolaji Adeyemi-Cole said. | Bolaji Adeyemi-Cole | Commissioner for the Environment",
        "Minister for the Interior Carlos Mendes Duarte said 40 people were held. | Carlos Mendes Duarte | Minister for the Interior",
    })
    void shouldPutAPortfolioWithTheInTheTitleWhenItFollowsFor(String text, String person, String title) {
        assertThat(entities(text, "en")).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EntityType.PERSON);
            assertThat(e.name()).isEqualTo(person);
            assertThat(e.title()).isEqualTo(title);
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Workers were paid late, the Farmers' Daily reported. | Farmers' Daily",
        "The rates were cut, the People's Herald reported on Monday. | People's Herald",
        "The Rashtriya Jan Manch said it would protest outside the assembly. | Rashtriya Jan Manch",
    })
    void shouldKeepOneOrganisationWhenItsNameHoldsAPossessiveOrASouthAsianHead(String text, String body) {
        assertThat(mentions(text)).contains("ORGANIZATION " + body).noneMatch(m -> m.startsWith("PERSON"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Punjab Minister for Schools and Literacy Nadia Rauf Khan opened a school in Multan. | Punjab | Nadia Rauf Khan",
        "Sindh Minister for Energy Imtiaz Ahmed Shaikh said the plant was shut. | Sindh | Imtiaz Ahmed Shaikh",
    })
    void shouldSplitThePlaceFromTheTitleWhenAPortfolioFollows(String text, String place, String person) {
        List<String> found = mentions(text);

        assertThat(found).contains("LOCATION " + place, "PERSON " + person)
                .noneMatch(m -> m.startsWith("PERSON " + place));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Brennholt Weiss AG said it would cut 500 jobs. Brennholt Weiss Chief Executive Jana Roth told reporters the cuts were needed. | Brennholt Weiss AG | Brennholt Weiss",
        "Cedar Hollow Farms LLC will close its plant. Cedar Hollow told the state it could not find a buyer. | Cedar Hollow Farms LLC | Cedar Hollow",
    })
    void shouldJoinATwoWordShortFormToItsCompanyWhenTheArticleNamedItInFull(String text, String company,
            String shortForm) {
        List<Entity> found = entities(text, "en");

        assertThat(found).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(EntityType.ORGANIZATION);
            assertThat(e.name()).isEqualTo(company);
            assertThat(e.mentions()).extracting(Mention::text).contains(shortForm);
        });
        assertThat(found).noneMatch(e -> e.type() == EntityType.PERSON && e.name().startsWith(shortForm));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Supervisor Rosa Delgado said the county would repave the bus lanes on Fond du Lac Avenue this summer. | Fond du Lac Avenue",
        "Police said the crash happened on Prairie du Chien Road late on Friday. | Prairie du Chien Road",
    })
    void shouldKeepAParticleInsideARoadNameWhenAStreetWordEndsIt(String text, String road) {
        assertThat(mentions(text)).contains("LOCATION " + road);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Harare Mayor Tendai Chikomo said the city had no water. | Harare | Tendai Chikomo",
        "Martha Lake said the school would reopen on Monday. | | Martha Lake",
        "Fredrick Ogola Hill, a farmer, said the rains had failed. | | Fredrick Ogola Hill",
    })
    void shouldKeepAPersonWhenANameEndsInAFeatureWordThatIsAlsoASurname(String text, String place, String person) {
        List<String> found = mentions(text);

        assertThat(found).contains("PERSON " + person);
        if (place != null) {
            assertThat(found).contains("LOCATION " + place);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "de | Tausende Menschen nahmen am Montag in Berlin an der Großen Friedensdemonstration teil. Die Polizei sprach von einem ruhigen Verlauf.",
        "de | Der Betrieb am Staudamm wurde nach dem Hochwasser eingestellt, sagte ein Sprecher in Dresden.",
        "es | Miles de personas participaron el sábado en la Marcha por la Dignidad en Madrid, según la policía.",
        "es | La Operación Jaula terminó con 14 detenidos en Sevilla, informó la Guardia Civil.",
    })
    void shouldGuessNoPersonWhenAnEventOrFeatureIsNamedInAnotherLanguage(String language, String text) {
        assertThat(mentions(text, language)).noneMatch(m -> m.startsWith("PERSON"));
    }
}
