package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityTexts.mentions;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Forms of business and sports copy (session s38): the sides of a result, places glued to "-based", a town
 * between "a" and a noun, companies after "shares of" or a company's noun, nationality nouns before a name,
 * a currency's letters after a company, a body's name joined by "and" before its head, venues after "at".
 * Sentences and names written for this test; the places are real.
 */
class EntitiesResultsAndCompanyCuesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Meanwhile, the Stingrays beat the Wolverines 3-1 on Saturday night in front of a full house. | ORGANIZATION Stingrays",
        "Meanwhile, the Stingrays beat the Wolverines 3-1 on Saturday night in front of a full house. | ORGANIZATION Wolverines",
        "On Sunday Rovenna drew 1-1 with Castellan in a game of few chances. | ORGANIZATION Castellan",
        "In the other game, the Harriers beat the Kestrels by 14 points at home. | ORGANIZATION Kestrels",
        "At home, Tarbeck beat Kinross County 3-0 to go top of the table. | ORGANIZATION Kinross County",
        "The Lyon-based company said its sales rose 4 percent in the quarter. | LOCATION Lyon",
        "A New York-based fund bought the stake on Monday, the filing showed. | LOCATION New York",
        "Police said a Dortmund man was charged with fraud on Monday. | LOCATION Dortmund",
        "Shares of Korvane rose 4 percent in early trade on the news. | ORGANIZATION Korvane",
        "The fintech startup Pelliro raised $20 million in a round on Monday. | ORGANIZATION Pelliro",
        "Frenchman Luc Amiel will coach the side next season, the club said. | PERSON Luc Amiel",
        "The regulator fined Orvane Broking Rs 25 lakh on Friday for the lapse. | ORGANIZATION Orvane Broking",
        "Talvik Telecom said on Tuesday it had added two million users. | ORGANIZATION Talvik Telecom",
        "Officers from Trenholm and Westcliffe Police said two men were arrested. | ORGANIZATION Trenholm and Westcliffe Police",
        "He was stabbed at Dog Arcade in the town centre on Friday. | LOCATION Dog Arcade",
        "The Rays host the Kings at Corinne Arena on Friday night. | LOCATION Corinne Arena",
        "The chain has 14 shops across County Kildare and Wexford, the firm said. | LOCATION County Kildare",
        "Recorder Miriam Tolland said he had driven at 70mph in a 30mph zone. | PERSON Miriam Tolland",
    })
    void shouldFindTheNameWhenCopyGivesThisForm(String text, String mention) {
        assertThat(mentions(text)).contains(mention);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Ana Ruiz beat Mia Holt 6-2, 6-3 in the first round on Monday. | PERSON Ana Ruiz",
        "Maria Lopez beat Carla Diaz 6-2 in the only set played before the rain. | PERSON Carla Diaz",
        "Shares in Madrid fell on Monday as the bank's results disappointed. | LOCATION Madrid",
        "Existing investors Pelmar and Vostra Ventures also joined the round. | ORGANIZATION Vostra Ventures",
        "Mr Ali and Lahore Police officers met on Monday to discuss the case. | ORGANIZATION Lahore Police",
        "Traders in Sonarpur and Salt Lake said the market would reopen. | LOCATION Sonarpur",
    })
    void shouldKeepTheNameWhenTheFormDoesNotHold(String text, String mention) {
        assertThat(mentions(text)).contains(mention);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Frenchman Luc Amiel will coach the side next season, the club said. | Frenchman Luc Amiel",
        "The regulator fined Orvane Broking Rs 25 lakh on Friday for the lapse. | ORGANIZATION Orvane Broking Rs",
        "Existing investors Pelmar and Vostra Ventures also joined the round. | ORGANIZATION Pelmar and Vostra Ventures",
        "Ana Ruiz beat Mia Holt 6-2, 6-3 in the first round on Monday. | ORGANIZATION Mia Holt",
        "The evidence-based plan was approved by the board on Monday. | LOCATION evidence",
    })
    void shouldNotFindTheWrongNameWhenCopyGivesThisForm(String text, String notAMention) {
        assertThat(mentions(text)).noneMatch(m -> m.endsWith(notAMention) || m.equals(notAMention));
    }
}
