package io.newswire.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.enrich.text.Tokenizer;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An acronym an article defines in the text wins over the alias table for that article (the QA
 * catalogue's cause 12: "Armed Forces of the Philippines (AFP)" read as the news agency). Sentences
 * written for this test; the bodies are real where the collision is the point, the rest invented.
 */
class AliasTableTest {

    private static final AliasTable TABLE = AliasTable.builtIn();

    /** The words of the table's matches over {@code text} left after the article's own definitions. */
    private static List<String> kept(String text) {
        List<Tokenizer.Token> all = Tokenizer.tokens(text);
        return TABLE.withoutRedefined(TABLE.find(all), all).stream()
                .map(m -> text.substring(all.get(m.start()).start(), all.get(m.end() - 1).end())).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "HAVANA, Sept 12 (Prensa Latina) The ministry opened a dialysis unit. | org:prensa-latina",
        "The News Agency of Nigeria (NAN) reports that the road was closed. | org:news-agency-of-nigeria",
        "KUWAIT, April 3 (KUNA) -- The minister opened the fair. | org:kuna",
        "ABU DHABI, 16th June (WAM) -- The department launched a programme. | org:wam",
        "Jakarta (ANTARA) - Floods struck three villages, Antara reported. | org:antara",
        "Tamale, March 30, GNA - The party asked for more time. | org:ghana-news-agency",
    })
    void shouldKnowANewsAgencyWhenCopyCreditsIt(String text, String id) {
        List<Tokenizer.Token> all = Tokenizer.tokens(text);
        assertThat(TABLE.find(all)).extracting(m -> m.known().id()).contains(id);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The Armed Forces of the Philippines (AFP) sent more troops. AFP spokesperson Col. Rina Dalisay said so. | AFP",
        "Customers of the National Australia Bank (NAB) will lose five branches, a NAB spokeswoman said. | NAB",
        "The Progressive People's Party (PPP) asked for a week more; the PPP chairman said so. | PPP",
        "A lorry crashed on the North-South Expressway (NSE) near Juru, and the NSE was shut. | NSE",
        "The Kilifi County Development Committee (CDC) suspended the tender, the CDC chairman said. | CDC",
    })
    void shouldDropTheTablesReadingOfAnAcronymWhenTheArticleDefinesItAsAnotherBody(String text, String acronym) {
        assertThat(kept(text)).doesNotContain(acronym);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Agence France-Presse (AFP) reported the clash; AFP said two soldiers died. | AFP",
        "KABUL (AFP) - Two soldiers were killed on Monday, AFP was told. | AFP",
        "MANILA, Philippines (AFP) - Troops clashed with rebels on Monday. | AFP",
        "Soldiers told AFP on Monday that the road was closed. | AFP",
        "Shares rose on the National Stock Exchange (NSE) on Monday, and the NSE index gained. | NSE",
        "Fighters of the Islamic State of Iraq and the Levant (ISIL) fled; ISIL lost the town. | ISIL",
        "The Associated Press (AP) counted the votes; AP said so. | AP",
        "The International Labour Organisation (ILO) said; the ILO report was published. | ILO",
        "The Food and Agriculture Organisation (FAO) warned of hunger, FAO said. | FAO",
    })
    void shouldKeepTheTablesReadingWhenTheArticleDefinesNothingElse(String text, String acronym) {
        assertThat(kept(text)).contains(acronym);
    }
}
