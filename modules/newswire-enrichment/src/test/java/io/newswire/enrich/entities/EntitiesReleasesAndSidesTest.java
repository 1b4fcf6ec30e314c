package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityTexts.mentions;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Forms of press releases, result stories and local copy (session s40): clubs before a club's role, nicknames
 * and towns that stand for clubs in a result story, venues after "at", a release's wire and ticker, degrees after
 * a name, playing positions before a name, "alias", burial grounds. Sentences
 * and names written for this test; the places are real.
 */
class EntitiesReleasesAndSidesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The Stingrays beat the Wolverines 4-1 on Friday. Stingrays coach Ada Merrow said the side had grown. | ORGANIZATION Stingrays",
        "Harriers midfielder Tomas Vell signed a new deal on Monday, the club said. | ORGANIZATION Harriers",
        "The Kestrels beat the Owls 3-2 on Saturday. The Kestrels host the Falcons next week. | ORGANIZATION Falcons",
        "Dario Kemp scored 31 points as the Comets beat the Rams 101-95. Ivo Sand added 20 for Denver. | ORGANIZATION Denver",
        "The Comets beat the Rams 101-95 on Sunday. Tulsa has won five of six. | ORGANIZATION Tulsa",
        "The Comets beat the Rams 101-95 on Sunday. The Comets play at Omaha on Tuesday. | ORGANIZATION Omaha",
        "Lena Voss scored twice as the Comets beat the Rams 3-1 at Halvern Field on Friday. | LOCATION Halvern Field",
        "The two sides meet again at the Korvell Forum on Friday. | LOCATION Korvell Forum",
        "BOISE, Idaho--(BUSINESS WIRE)--Tarnell Foods Corp. today reported higher sales. | ORGANIZATION BUSINESS WIRE",
        "AUSTIN, Texas, May 2, 2025 /PRNewswire/ -- Quellon Bio, Inc. today announced a trial. | ORGANIZATION PRNewswire",
        "\"It is a big step,\" said Mara Quist, Chief Executive Officer of Quellon. | ORGANIZATION Quellon",
        "Quarterback Tyson Belle threw for 300 yards in the win. | PERSON Tyson Belle",
        "Those held include Harnam Singh alias Bittu of Moga, police said. | PERSON Bittu",
        "He will be buried at Westmere Cemetery on Friday. | LOCATION Westmere Cemetery",
        "Officers of the Arden and Tollbury University Hospital said the wards were full. | ORGANIZATION Arden and Tollbury University Hospital",
    })
    void shouldFindTheNameWhenCopyGivesThisForm(String text, String mention) {
        assertThat(mentions(text)).contains(mention);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The Comets beat the Rams 101-95 on Sunday. The Netherlands won the other game. | LOCATION Netherlands",
        "Mayor Ana Pell flew to Denver on Monday for the talks. | LOCATION Denver",
        "The mayor said Tulsa has won the bid for the games. | LOCATION Tulsa",
    })
    void shouldKeepTheNameWhenTheFormDoesNotHold(String text, String mention) {
        assertThat(mentions(text)).contains(mention);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "CHICAGO--(BUSINESS WIRE)--Varden Corp. (NYSE: VDN) today reported results. | ORGANIZATION VDN",
        "\"We are pleased,\" said Elena Varga, Ph.D., founder of the company. | Ph",
        "Head coach Ryan Molt said the team had played well. | ORGANIZATION Head",
        "Former Tarbeck manager Ian Roe said the club had changed. | ORGANIZATION Former Tarbeck",
        "Fund manager Ian Roe said the shares were cheap. | ORGANIZATION Fund",
        "Their coach Ian Roe said the side had played well. | ORGANIZATION Their",
        "\"Their coach Ian Roe will have them ready,\" said Ann Lowe. | ORGANIZATION Their",
        "The Comets beat the Rams 3-1 on Sunday. Sales of DVDs rose, the company said. | ORGANIZATION DVDs",
        "He bought tickets for the Super Bowl in 2019. The Comets beat the Rams 3-1. | LOCATION Super Bowl",
        "Kenyan coach Ali Noor said the team had played well. | ORGANIZATION Kenyan",
        "Those held include Harnam Singh alias Bittu of Moga, police said. | PERSON Harnam Singh alias Bittu",
    })
    void shouldNotFindTheWrongNameWhenCopyGivesThisForm(String text, String notAMention) {
        assertThat(mentions(text)).noneMatch(m -> m.endsWith(notAMention) || m.equals(notAMention));
    }
}
