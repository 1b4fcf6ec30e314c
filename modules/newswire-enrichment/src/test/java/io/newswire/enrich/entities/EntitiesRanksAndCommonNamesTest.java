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
 * Forms found by the twelfth blind set (issue 16): police and military ranks of many countries glued to names,
 * the commonest English given names that are also words or places, roads and features named after titled people,
 * towns before "man", portfolios of African cabinets, a rank before a body's head word, a currency's letters before
 * "$", Romance bodies' heads, share-price cues, laws with a title word. Every sentence and name is invented for this
 * test.
 */
class EntitiesRanksAndCommonNamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The charge was laid by WPC Shereen Boodram at the station. | Shereen Boodram | WPC",
        "DCOP Kofi Asante-Darko, the regional commander, said two suspects were held. | Kofi Asante-Darko | DCOP",
        "In a statement, IG Wafula Chebukati ordered a probe. | Wafula Chebukati | IG",
        "Inspector-General of Police Daniel Kiprono Bett ordered the transfers. | Daniel Kiprono Bett | Inspector-General of Police",
        "AIGP Moses Kafeero Ssali visited the scene on Monday. | Moses Kafeero Ssali | AIGP",
        "The inquiry heard from Flt Lt Ayesha Mirza and Sqn Ldr Owain Pryce. | Owain Pryce | Sqn Ldr",
        "Governor Dasho Sonam Tobgay said deposits had fallen. | Sonam Tobgay | Governor Dasho",
        "Minister of Minerals and Energy Kefilwe Dintwe told lawmakers the mine would stay open. | Kefilwe Dintwe | Minister of Minerals and Energy",
        "Lawyer Mark Azzopardi Vella, appearing for the accused, asked for bail. | Mark Azzopardi Vella | Lawyer",
    })
    void shouldSplitTheRankIntoTheTitleWhenARankOfAnyCountryStandsBeforeAName(String text, String name, String title) {
        List<Entity> found = entities(text);

        assertThat(found).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(EntityType.PERSON);
            assertThat(e.name()).isEqualTo(name);
            assertThat(e.title()).isEqualTo(title);
        });
        assertThat(found).noneMatch(e -> e.type() == EntityType.ORGANIZATION);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Jordan Ellsworth-Pike, 27, of Bolton, admitted the theft. | PERSON Jordan Ellsworth-Pike",
        "The court heard Georgia Pennington, 41, had no previous convictions. | PERSON Georgia Pennington",
        "Jordan Whitcombe's penalty levelled the scores before half-time. | PERSON Jordan Whitcombe",
        "The equaliser came from Chad Ombasa after 70 minutes. | PERSON Chad Ombasa",
        "Clayton Fire Department spokesperson Mara Quell said crews arrived at 3:40 a.m. | ORGANIZATION Clayton Fire Department",
        "Franklin Police Department said the road would reopen on Monday. | ORGANIZATION Franklin Police Department",
        "Relatives gathered outside the shop on Lady Musgrave Road on Sunday. | LOCATION Lady Musgrave Road",
        "The crash closed King Abdullah Street for three hours. | LOCATION King Abdullah Street",
        "Boats sailed under the Queen Elizabeth Bridge on Sunday. | LOCATION Queen Elizabeth Bridge",
        "Crowds gathered at King Fahd Park in the evening. | LOCATION King Fahd Park",
        "Flights to Prince Sultan International Airport resumed on Monday. | LOCATION Prince Sultan International Airport",
        "A 22-year-old Couva man was charged with the robbery. | LOCATION Couva",
        "Mark Twain was born in Florida. | PERSON Mark Twain",
        "The ministry will ask the General Organization for Customs Affairs to audit the firms. | ORGANIZATION General Organization for Customs Affairs",
    })
    void shouldTypeTheNameByItsFormWhenAGivenNameOrATitleOpensIt(String text, String expected) {
        List<String> found = mentions(text);

        assertThat(found).contains(expected);
        assertThat(found).noneMatch(m -> !m.equals(expected) && expected.contains(m.substring(m.indexOf(' ') + 1)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Human rights group Fundación Tierra Viva said 12 leaders were killed. | ORGANIZATION Fundación Tierra Viva",
        "Lawmakers of the Partido Verde voted against the bill. | ORGANIZATION Partido Verde",
        "On the exchange, Quorvane shares were unchanged at 1.05. | ORGANIZATION Quorvane",
        "Call the Major Crimes Taskforce on 555-0100. | ORGANIZATION Major Crimes Taskforce",
    })
    void shouldTypeABodyWhenItsHeadOrAShareCueSaysSo(String text, String expected) {
        List<String> found = mentions(text);

        assertThat(found).contains(expected);
        assertThat(found).noneMatch(m -> m.startsWith("PERSON"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The teenagers cannot be named under the Juvenile Justice Act.",
        "Officials said the Criminal Justice Act would be reviewed.",
    })
    void shouldNameNoOneWhenATitleWordStandsInsideALaw(String text) {
        assertThat(mentions(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Officers arrested three men with N$120,000 in cash.",
        "The suspects were found with N$48,500 and a pistol.",
        "Police seized NT$4 million in cash from the house.",
    })
    void shouldNameNothingWhenCurrencyLettersStandBeforeTheDollarSign(String text) {
        assertThat(mentions(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Talks between Jordan and Egypt resumed in Amman. | LOCATION Jordan",
        "The Garda Representative Association met in Dublin. | ORGANIZATION Garda Representative Association",
        "General Motors said it would cut 900 jobs. | ORGANIZATION General Motors",
        "Police said Mark Twain had fled. | PERSON Mark Twain",
        "The Mumbai International Airport Authority said flights were delayed. | ORGANIZATION Mumbai International Airport Authority",
        "On Wednesday Gordon Pryce said he would stand down. | PERSON Gordon Pryce",
        "The firm said it would list its shares in New York next year. | LOCATION New York",
        "Mary shares a flat with Peter Doyle in Leeds. | PERSON Peter Doyle",
        "Asked about the plan, Mr Lane said it was too late. | PERSON Lane",
    })
    void shouldKeepThePlaceBodyOrPersonWhenNothingSaysOtherwise(String text, String expected) {
        assertThat(mentions(text)).contains(expected);
    }
}
