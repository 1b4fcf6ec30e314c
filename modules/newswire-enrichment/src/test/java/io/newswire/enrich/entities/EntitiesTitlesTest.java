package io.newswire.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.model.Article;
import io.newswire.model.Entity;
import io.newswire.model.EntityType;
import io.newswire.model.Language;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Titles glued to names in US local and South Asian wire copy, and legal forms after a known company,
 * in sentences with invented names written for this test.
 */
class EntitiesTitlesTest {

    private static final EntitiesEnricher ENRICHER = new EntitiesEnricher(AliasTable.builtIn());

    private static List<Entity> entities(String text, String language) {
        return ENRICHER.enrich(Article.builder("c-1", text, "t").language(new Language(language, 0.9)).build())
                .entities();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Marlow County Sheriff Dennis Hargrove said the two men were arrested on Friday. | Dennis Hargrove | Sheriff",
        "Pike County Chief Deputy R.J. Tillman said deputies found the car near the river. | R.J. Tillman | Chief Deputy",
        "Hallam County Commissioner Lydia Prewitt voted against the plan on Tuesday. | Lydia Prewitt | Commissioner",
        "Sheriff Dennis Hargrove said the road would stay closed until Monday. | Dennis Hargrove | Sheriff",
        "Union Culture Minister T Venkat Rao inaugurated the museum on Sunday. | T Venkat Rao | Union Culture Minister",
        "Union Textiles Minister K Ramesh Varma opened the fair in Surat on Monday. | K Ramesh Varma | Union Textiles Minister",
        "Union Minister of State for External Affairs Kavita Deshmane met the delegation. | Kavita Deshmane | Union Minister of State for External Affairs",
        "External Affairs Minister R Suryanarayan said the talks would continue. | R Suryanarayan | External Affairs Minister",
        "Union Commerce and Industry Minister Arvind Salgaonkar said exports rose. | Arvind Salgaonkar | Union Commerce and Industry Minister",
        "Federal Housing Minister Nadeem Aslam said 2,000 homes would be built. | Nadeem Aslam | Federal Housing Minister",
    })
    void shouldKeepTheWholeTitleOffThePersonWhenAPlaceOrPortfolioLeadsIt(String text, String name, String title) {
        List<Entity> found = entities(text, "en");

        assertThat(found).filteredOn(e -> e.type() == EntityType.PERSON).extracting(Entity::name).containsExactly(name);
        assertThat(found).filteredOn(e -> e.name().equals(name)).extracting(Entity::title).containsExactly(title);
        assertThat(found).filteredOn(e -> e.type() == EntityType.ORGANIZATION).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // local offices of US, Canadian and British copy (s38 lead QA): before, read into the name
        "Coroner Lena Fairweather said the driver appeared to have gone around a barricade. | Lena Fairweather | Coroner",
        "Deputy Coroner Jill Marchbank said the cause of death was drowning. | Jill Marchbank | Deputy Coroner",
        "Medical Examiner Dana Ruelas said the autopsy would take two weeks. | Dana Ruelas | Medical Examiner",
        "Selectman Bill Harcourt said the town meeting would vote on the plan. | Bill Harcourt | Selectman",
        "Alderman Joe Pruett said the ward had waited years for the repairs. | Joe Pruett | Alderman",
        "Assessor Kim Ngata said property values had risen 8% since last year. | Kim Ngata | Assessor",
        "Warden Paul Reynoso said the inmate was found in his cell on Sunday. | Paul Reynoso | Warden",
        "Pike County Clerk Ruth Odenkirk said the ballots would be counted by Friday. | Ruth Odenkirk | Clerk",
        "Registrar Joan Pickavance said the office would open on Saturday. | Joan Pickavance | Registrar",
    })
    void shouldSplitALocalOfficeOffTheNameWhenItLeadsIt(String text, String name, String title) {
        List<Entity> found = entities(text, "en");

        assertThat(found).filteredOn(e -> e.type() == EntityType.PERSON).extracting(Entity::name).containsExactly(name);
        assertThat(found).filteredOn(e -> e.name().equals(name)).extracting(Entity::title).containsExactly(title);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Marlow County Sheriff Dennis Hargrove said the two men were arrested on Friday. | Marlow County",
        "Pike County Chief Deputy R.J. Tillman said deputies found the car near the river. | Pike County",
        "Hallam County Commissioner Lydia Prewitt voted against the plan on Tuesday. | Hallam County",
    })
    void shouldMakeTheCountyAPlaceWhenItLeadsATitle(String text, String county) {
        assertThat(entities(text, "en")).filteredOn(e -> e.name().equals(county))
                .extracting(Entity::type).containsExactly(EntityType.LOCATION);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Thomson Reuters Corp, the parent of the news agency, said profit rose. | Thomson Reuters Corp",
        "Shares of Thomson Reuters Corp rose 2 percent on Tuesday. | Thomson Reuters Corp",
        "Reuters Corp. said on Monday it would cut jobs. | Reuters Corp.",
        "Acme Holdings Inc said on Friday its profit rose. | Acme Holdings Inc",
    })
    void shouldKeepTheLegalFormInTheCompanyWhenItFollowsAKnownName(String text, String company) {
        List<Entity> found = entities(text, "en");

        assertThat(found).filteredOn(e -> e.type() == EntityType.ORGANIZATION).extracting(Entity::name)
                .containsExactly(company);
        assertThat(found).filteredOn(e -> e.type() == EntityType.PERSON).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "de | Der Landrat des Kreises Borken, Martin Kessler, sagte am Montag, die Straße bleibe gesperrt. | Martin Kessler",
        "en | The Union Health Ministry said 40 new cases were found, and Minister Asha Kulkarni urged calm. | Asha Kulkarni",
        "en | Judge Anne Cole said the voters of Cobb County had been misled, the court heard. | Anne Cole",
    })
    void shouldLeaveOtherNamesAloneWhenNoTitleLeadsThem(String language, String text, String person) {
        List<Entity> found = entities(text, language);

        assertThat(found).filteredOn(e -> e.type() == EntityType.PERSON).extracting(Entity::name).containsExactly(person);
        assertThat(found).filteredOn(e -> e.type() == EntityType.PERSON).extracting(Entity::name)
                .noneMatch(n -> n.equals("Corp") || n.contains("Union") || n.contains("County"));
    }
}
