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
 * Newspapers and agencies whose names are common words or given names, in a reporting context, a
 * company's later short name, and titles that reach over a portfolio ("for A, B and C") or a body ("of the
 * X Office") before a name; in sentences with invented names written for this test.
 */
class EntitiesMediaAndShortNamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The talks failed on Monday, Dawn reported. | Dawn",
        "Mint reported that the bank would raise rates. | Mint",
        "Verdict reported the deal on Monday. | Verdict",
        "The minister told Dawn that the plan was ready. | Dawn",
        "Speaking to Dawn, the minister said the talks had failed. | Dawn",
        "Talking to Dawn on Sunday, the mayor said the plan was ready. | Dawn",
        "The tax cut was first reported by Mint on Friday. | Mint",
        "Rates will rise, according to Mint. | Mint",
        "Verdict, a trade newsletter, first reported the award. | Verdict",
    })
    void shouldMakeANewspaperAnOrganisationWhenItStandsInAReportingContext(String text, String paper) {
        List<String> found = mentions(text);

        assertThat(found).contains("ORGANIZATION " + paper);
        assertThat(found).noneMatch(m -> m.endsWith(" " + paper) && !m.startsWith("ORGANIZATION"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Dawn Hayes said the school would reopen. Dawn said she was relieved. | Dawn Hayes",
        "Dawn Hayes, a teacher, said the school was shut. The mayor told Dawn that it would reopen. | Dawn Hayes",
    })
    void shouldKeepAPersonWhenTheArticleNamesHerInFull(String text, String person) {
        List<String> found = mentions(text);

        assertThat(found).contains("PERSON " + person).noneMatch(m -> m.startsWith("ORGANIZATION"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Police reported two deaths. Officials cited weak demand.",
        "Kenya reported 40 new cases on Monday.",
        "The company on Tuesday reported a 22 per cent rise in profit.",
        "Exports in March reported the biggest drop in a decade, the ministry said.",
    })
    void shouldFindNoNewspaperWhenTheReporterIsACommonNounOrAPlace(String text) {
        assertThat(mentions(text)).noneMatch(m -> m.startsWith("ORGANIZATION") || m.startsWith("PERSON"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Oskar Metals Group said on Tuesday it would close a smelter. Oskar shares fell 4 percent. | Oskar Metals Group | Oskar",
        "Norlake Freight Holdings Inc cut 300 jobs. Norlake said demand was weak. | Norlake Freight Holdings Inc | Norlake",
        "Lakeview Pharma Ltd said profit rose. Lakeview chief executive Amy Stone said demand was strong. | Lakeview Pharma Ltd | Lakeview",
    })
    void shouldJoinACompanysShortNameToItsFullNameWhenItFollowsIt(String text, String full, String shortName) {
        List<Entity> found = entities(text, "en");

        assertThat(found).filteredOn(e -> e.name().equals(full)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EntityType.ORGANIZATION);
            assertThat(e.mentions()).extracting(Mention::text).containsExactly(full, shortName);
        });
        assertThat(found).noneMatch(e -> e.type() == EntityType.PERSON && e.name().equals(shortName));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Kenya Airways said it would add flights. Kenya has three airports. | Kenya",
        "Anderson Capital Partners said it would invest. Ken Anderson, a director, said Anderson would wait. | Anderson",
    })
    void shouldKeepAPlaceOrAPersonWhenItsNameOpensACompanysName(String text, String word) {
        assertThat(mentions(text)).noneMatch(m -> m.equals("ORGANIZATION " + word));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Die Zeitung Dawn berichtete am Montag über die Gespräche in Karachi, die gescheitert sind.",
        "El diario Mint informó el lunes que el banco subirá los tipos de interés este año.",
    })
    void shouldGuessNoNewspaperWhenTheTextIsNotEnglish(String text) {
        List<Entity> found = entities(text, text.startsWith("Die") ? "de" : "es");

        assertThat(found).noneMatch(e -> e.type() == EntityType.PERSON);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Minister for Energy, Petroleum and Natural Resources Haroon Baig said the plan would cut imports. | Haroon Baig | Minister for Energy, Petroleum and Natural Resources",
        "Federal Minister for Water, Power and Irrigation Delawar Khan Mengal opened the dam on Monday. | Delawar Khan Mengal | Federal Minister for Water, Power and Irrigation",
        "Minister for Health and Family Welfare Rekha Sharma said 40 people had died. | Rekha Sharma | Minister for Health and Family Welfare",
        "Cabinet Secretary for Devolution Grace Wanjiru said counties would get more money. | Grace Wanjiru | Cabinet Secretary for Devolution",
    })
    void shouldPutAPortfolioInTheTitleWhenItReachesOverCommasBeforeAName(String text, String person, String title) {
        List<Entity> found = entities(text, "en");

        assertThat(found).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EntityType.PERSON);
            assertThat(e.name()).isEqualTo(person);
            assertThat(e.title()).isEqualTo(title);
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Deputy Director of the Federal Audit Office Martin Oyelaran said the accounts were incomplete. | Federal Audit Office | Martin Oyelaran",
        "Director General of the Anti-Corruption Establishment Shahid Kamal said 12 officers were suspended. | Anti-Corruption Establishment | Shahid Kamal",
        "Secretary of the Supreme Council of Cyberspace Hamid Farzaneh said the rules would change. | Supreme Council of Cyberspace | Hamid Farzaneh",
    })
    void shouldSplitABodyFromTheNameWhenATitleReachesOverOfTheBody(String text, String body, String person) {
        assertThat(mentions(text)).containsExactlyInAnyOrder("ORGANIZATION " + body, "PERSON " + person);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Chief of the Naval Staff Admiral Faisal Rauf Qazi visited the port on Monday. | Faisal Rauf Qazi",
        "Chief of the Army Staff General Bilal Ahmed Raza met the troops on Friday. | Bilal Ahmed Raza",
        "Governor of Khorasan Razavi Province Yaqoub Hashemi said the roads were open. | Yaqoub Hashemi",
        "Deputy Minister of Industry and Trade Nguyen Van Thanh said exports grew. | Nguyen Van Thanh",
    })
    void shouldFindOnlyThePersonWhenAMilitaryStaffOrAPortfolioIsPartOfTheTitle(String text, String person) {
        assertThat(mentions(text)).contains("PERSON " + person).noneMatch(m -> m.startsWith("ORGANIZATION"));
    }
}
