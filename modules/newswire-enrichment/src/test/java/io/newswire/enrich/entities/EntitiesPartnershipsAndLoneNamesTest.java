package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityTexts.mentions;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Forms of wire copy (session s47, issue 16): a firm named by partners joined with "&" is one body, never a
 * person ("X & Y", "X & Y Inc", a glued "X&Y"), a law firm named by a comma list of partners before the "&"
 * ("A, B, C & D") is one body, and the first partner's name alone names the firm later; an "and" after such a
 * name inside the tagger's span joins a second name; places joined by "&" stay places. A one-word name the
 * tagger calls a person where the article never names that person in full, gives no title and no given name
 * is no person. Sentences and names written for this test; the places are real.
 */
class EntitiesPartnershipsAndLoneNamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Toolmaker Brandt & Osei Inc agreed to buy Mallory & Finch, the companies said. | ORGANIZATION Mallory & Finch",
        "Toolmaker Brandt & Osei Inc agreed to buy Mallory & Finch, the companies said. Mallory shares rose. | ORGANIZATION Mallory",
        "The buyer was advised by Tolliver, Marbury, Quill & Danforth on the deal. | ORGANIZATION Tolliver, Marbury, Quill & Danforth",
        "Orwin & Tate advised the seller, while Ashdown & Merrick advised the board. | ORGANIZATION Ashdown & Merrick",
        "Ridership on the Q&R Metro Rail line grew by a tenth. | ORGANIZATION Q&R Metro Rail",
        "The Hollis & Ward Foundation and Lions Clubs International pledged funds. | ORGANIZATION Hollis & Ward Foundation",
        "The Hollis & Ward Foundation and Lions Clubs International pledged funds. | ORGANIZATION Lions Clubs International",
        "Trinidad & Tobago beat Jamaica on Sunday. | LOCATION Trinidad & Tobago",
    })
    void shouldReadOneBodyWhenPartnersAreJoinedByAmpersand(String text, String mention) {
        assertThat(mentions(text)).contains(mention);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Toolmaker Brandt & Osei Inc agreed to buy Mallory & Finch, the companies said. | PERSON Mallory & Finch",
        "The buyer was advised by Tolliver, Marbury, Quill & Danforth on the deal. | PERSON Quill & Danforth",
        "The buyer was advised by Tolliver, Marbury, Quill & Danforth on the deal. | PERSON Marbury",
        "The Hollis & Ward Foundation and Lions Clubs International pledged funds. "
            + "| ORGANIZATION Hollis & Ward Foundation and Lions Clubs International",
    })
    void shouldNotReadAPersonOrOneSpanWhenPartnersAreJoinedByAmpersand(String text, String mention) {
        assertThat(mentions(text)).doesNotContain(mention);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Harrop told reporters the plan was sound. | PERSON Harrop",
        "Fares rose on Monday. Corvanta said it would add night trains between Lyon and Turin. | PERSON Corvanta",
    })
    void shouldNotReadAPersonWhenALoneWordIsNeverNamedInFull(String text, String mention) {
        assertThat(mentions(text)).doesNotContain(mention);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Dana Whitlow won the vote. Whitlow said the count was fair. | PERSON Whitlow",
        "Mr Quarshie said the count was fair. | PERSON Quarshie",
        "In a statement, his wife, Ysolde, thanked the nurses. | PERSON Ysolde",
        "Police arrested Sunil Rana alias Bholu on Monday. | PERSON Bholu",
        "Ministers led by R Venkat Okonjo met. Okonjo said buses would run. | PERSON Okonjo",
    })
    void shouldKeepAPersonWhenTheArticleNamesOrCuesThem(String text, String mention) {
        assertThat(mentions(text)).contains(mention);
    }
}
