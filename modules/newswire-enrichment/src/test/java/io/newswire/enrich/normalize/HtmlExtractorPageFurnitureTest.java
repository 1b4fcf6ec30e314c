package io.newswire.enrich.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Page furniture that session s38 found left in the text of news pages: cards of other stories with a
 * section label over a linked headline, related lists whose items link only part of their words,
 * closing lines of a site's own (comment, follow, contact, source and subscription lines), keyword
 * lists and a paywall prompt on a page whose story is only a teaser. All pages are invented.
 */
class HtmlExtractorPageFurnitureTest {

    private static final String ONE = "The council of Marlow Vale voted on Tuesday to close the old ferry landing "
            + "after engineers found the pier had sunk by almost a metre since the spring floods.";
    private static final String TWO = "A temporary crossing will open downstream in March, the council said, and "
            + "the ferry company will keep its timetable until then at the cost of the town.";
    private static final String THREE = "Residents who use the crossing every day said they had waited for the "
            + "repairs for more than two years and asked the council to publish the engineers' report in full.";

    private static String page(String afterStory) {
        return "<html><body><div class='main'><article><h1>Ferry landing to close</h1><p>" + ONE + "</p><p>" + TWO
                + "</p><p>" + THREE + "</p></article>" + afterStory + "</div></body></html>";
    }

    private static final String STORY = ONE + "\n\n" + TWO + "\n\n" + THREE;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // a rail of cards: an image block beside each card's text, a label, a linked h5, a summary, an author
        "label over <a><h5>, image blocks | <label>RECENT ARTICLES</label><div class='row'>"
                + "<div class='img'><a href='/a'><img src='a.jpg' alt='a'></a></div>"
                + "<div class='desc'><label>AUTO NEWS</label><a href='/a'><h5>New hatchback arrives with a bigger engine</h5></a><p>The carmaker says the model goes on sale in the summer</p><label>Jo Anders</label></div>"
                + "<div class='img'><a href='/b'><img src='b.jpg' alt='b'></a></div>"
                + "<div class='desc'><label>AUTO NEWS</label><a href='/b'><h5>Seven-seater van is shorter than four metres</h5></a><p>A family van built for narrow city streets</p><label>Mae Corlan</label></div>"
                + "<div class='img'><a href='/c'><img src='c.jpg' alt='c'></a></div>"
                + "<div class='desc'><label>REVIEWS</label><a href='/c'><h5>We drive the electric estate for a week</h5></a><p>Range, charging and the boot tested</p><label>Jo Anders</label></div></div>",
        // the label in a span, the link inside the heading (Spanish)
        "label over <h3><a> (es) | <section><div class='card'><span>Deportes</span><h3><a href='/a'>El club de Villaluz ficha a un portero</a></h3><p>Llega libre desde el ascenso</p></div>"
                + "<div class='card'><span>Economía</span><h3><a href='/b'>La cooperativa de Villaluz abre otra tienda</a></h3><p>Con veinte empleos nuevos</p></div></section>",
    })
    void shouldDropTeaserCardsWhenALabelStandsBeforeALinkedHeading(String layout, String rail) {
        assertThat(HtmlExtractor.extract(page(rail)).text()).as(layout).isEqualTo(STORY);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "label over a linked h5 | <div><label>AUTO NEWS</label><a href='/a'><h5>New hatchback arrives with a bigger engine</h5></a><p>On sale in the summer</p><label>Jo Anders</label></div> | true",
        "label over an h3 link (es) | <div><span>Deportes</span><h3><a href='/a'>El club de Villaluz ficha a un portero</a></h3></div> | true",
        "linked headline, no label | <li><a href='/a'>School roof to be repaired in May</a> Works start after the exams</li> | true",
        // a reference: plain text, then a long linked title, no heading
        "reference | <li>Anders, J. (2021). <a href='/a'>Pier settlement on soft river clay</a>. Harbour Review, 12.</li> | false",
        // a short label before a long link that is no heading: a sentence of the story
        "label before a linked phrase | <div><span>Update:</span> <a href='/t'>The winter timetable of the ferry</a> was published on Monday.</div> | false",
        // a label longer than a section's name before a linked heading: prose
        "long text before a linked heading | <div><span>The council said on Tuesday that the landing</span><h3><a href='/a'>will close for the whole winter</a></h3></div> | false",
    })
    void shouldTellACardOfAnotherStoryFromTheStorysOwnBlocks(String kind, String item, boolean teaser) {
        Element e = Jsoup.parseBodyFragment(item).body().child(0);
        assertThat(HtmlExtractor.isTeaser(e, new ArrayDeque<>())).as(kind).isEqualTo(teaser);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // a heading set as a div, items that link only their second half
        "div heading, half-linked items | <hr><div class='heading-h3'>More Great Valley Post Stories</div><ul><li>Bakers must organise, <a href='/a'>no matter what the mill says</a></li><li>Paid ads are not the problem. <a href='/b'>Our habits are</a></li><li>Could a lost hiker <a href='/c'>use the stars to get home</a>?</li></ul>",
        "h3 heading | <h3>More top news</h3><ul><li>School roof <a href='/a'>to be repaired in May</a></li><li><a href='/b'>Bus fares rise</a> for the first time in six years</li></ul>",
        "Spanish heading | <h4>Noticias relacionadas</h4><ul><li>El puente de Villaluz <a href='/a'>abre en marzo</a></li><li>La feria vuelve <a href='/b'>al casco antiguo</a></li></ul>",
    })
    void shouldDropRelatedListWhenAHeadingOfOtherStoriesStandsOverIt(String layout, String list) {
        String html = "<html><body><article><p>" + ONE + "</p><p>" + TWO + "</p><p>" + THREE + "</p>" + list
                + "</article></body></html>";
        assertThat(HtmlExtractor.extract(html).text()).as(layout).isEqualTo(STORY);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // a heading that merely opens with "More" over the story's own list
        "story heading over a list | <h3>More than forty landings at risk</h3><ul><li>Marlow Vale, sunk by a metre</li><li>Eastford, cracked piles</li></ul> | Eastford, cracked piles",
        // a related heading over a list of long items without links: the story's own list
        "related heading over a plain list | <h3>Related measures</h3><ul><li>Speed limits on the river path will fall to ten miles an hour until the crossing opens.</li><li>Parking by the landing will be free for ferry users.</li></ul> | Parking by the landing will be free",
    })
    void shouldKeepListWhenItsHeadingOrItemsAreTheStorys(String layout, String list, String kept) {
        String html = "<html><body><article><p>" + ONE + "</p>" + list + "<p>" + TWO + "</p></article></body></html>";
        assertThat(HtmlExtractor.extract(html).text()).as(layout).contains(kept);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "comment heading | Join The Conversation",
        "comment link | Click to Read More and View Comments",
        "comment prompt | Tell us what YOU think...",
        "comment prompt (es) | Únete a la conversación",
        "magazine offer | Get Harbour Monthly delivered through your letterbox every month. 12 issues for £11.99. Click here for more information.",
        "writer's contact line | Email Jo Anders at janders@example.org or follow her @joanders. Follow us on Twitter @ValleyPost and on Facebook.",
        "site's follow line | Follow The Valley Post Opinion section on Facebook, Twitter (@VPopinion) and Instagram.",
        "writer's note with a follow prompt | Jo Anders's book about river towns, \"Low Water\" (Kestrel Press, 2025), is out now. Follow her on Twitter @joanders.",
        "forum prompt over 160 characters | Join our Valley Forums to keep talking about the river on the latest works, floods and more! And if you have a news tip, correction or comment, let us know at: forum@example.org.",
        "source line | SOURCE: Valley Post News",
        "source line (es) | Fuente: Agencia Villaluz",
        "copyright with an at sign | Copyright @ 2026 The Valley Post.",
        "newsletter pitch | Get the valley's top stories delivered to your inbox every morning.",
        "pointer to the site's coverage | Follow the Valley Post's full coverage of the floods at https://example.org/floods",
        "newsletter pitch (es) | Recibe las noticias del valle en tu bandeja de entrada cada mañana.",
    })
    void shouldDropClosingLineWhenASiteEndsItsStoriesWithIt(String kind, String last) {
        assertThat(HtmlExtractor.extract(page("").replace(THREE + "</p>", THREE + "</p><p>" + last + "</p>")).text())
                .as(kind).isEqualTo(STORY);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // followers and networks in a story's last sentence, not a prompt
        "fans and networks | Fans follow the ferry on Facebook and Instagram, where @marlowferry has 20,000 followers.",
        // sources in prose
        "sources in prose | Sources close to the council said a decision on the new pier would come in June.",
        // a last sentence that mentions an address in the story
        "an address in the story | The council asked residents to send photographs of the pier to floods@example.org by Friday.",
    })
    void shouldKeepLastParagraphWhenItIsTheStorys(String kind, String last) {
        assertThat(HtmlExtractor.extract(page("").replace(THREE + "</p>", THREE + "</p><p>" + last + "</p>")).text())
                .as(kind).endsWith(last);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "English | Tags | ferry, Marlow Vale, floods, river, council",
        "German | Schlagworte: | Fähre, Hochwasser, Rhein, Gemeinderat",
        "Portuguese | Tags | balsa, enchente, prefeitura de Vale Azul, rio",
    })
    void shouldDropKeywordListWhenATagLabelStandsOverIt(String language, String label, String keywords) {
        String html = page("").replace(THREE + "</p>", THREE + "</p><div class='x'>" + label + "</div><div class='y'>"
                + keywords + "</div>");
        assertThat(HtmlExtractor.extract(html).text()).as(language).isEqualTo(STORY);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "reading time (en) | Reading time: 3 min",
        "minutes read (en) | 4 min read",
        "reading time (pt) | Tempo de leitura: 1 minuto",
        "reading time (de) | Lesezeit: ca. 5 Minuten",
        "reading time (es) | Tiempo de lectura: 2 minutos",
        "filed under | Filed under: Floods | Marlow Vale",
        "teaser label with its kind | Related Coverage: Ferry fares to rise in spring",
    })
    void shouldDropPageLineWhenItStandsBetweenTheStorysParagraphs(String kind, String line) {
        String html = "<html><body><article><p>" + ONE + "</p><p>" + line + "</p><p>" + TWO + "</p><p>" + THREE
                + "</p></article></body></html>";
        assertThat(HtmlExtractor.extract(html).text()).as(kind).isEqualTo(STORY);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "reading time in prose | Reading time among pupils rose by 12 minutes a day, the survey found.",
        "related coverage in prose | Related coverage of the trial was restricted by the court until the verdict.",
    })
    void shouldKeepParagraphWhenItOnlyOpensLikeAPageLine(String kind, String line) {
        String html = "<html><body><article><p>" + ONE + "</p><p>" + line + "</p><p>" + TWO + "</p></article></body></html>";
        assertThat(HtmlExtractor.extract(html).text()).as(kind).contains(line);
    }

    @Test
    void shouldKeepCommaSeparatedStoryLineWhenNoTagLabelStandsOverIt() {
        String line = "Marlow Vale, Eastford, Kestrel Bay, Low Water";
        String html = "<html><body><article><p>" + ONE + "</p><h3>Towns on the route</h3><p>" + line + "</p><p>" + TWO
                + "</p></article></body></html>";
        assertThat(HtmlExtractor.extract(html).text()).contains(line);
    }

    @Test
    void shouldDropNewsletterBoxWhenItsFormMessagesMakeItLongerThanAPitch() {
        String box = "<div class='box'><div><h2>Subscribe to the Valley Morning newsletter</h2><p>Get the day's top "
                + "headlines from the valley every morning, with the weather, the river levels and the ferry times.</p>"
                + "</div><div><div><form><input type='email' name='email'><input type='submit' value='Sign up'></form>"
                + "<div class='ok'>You have been successfully subscribed to the newsletter!</div><div class='err'>There "
                + "was a problem subscribing you. Check your email address and try again, or write to the web team."
                + "</div></div></div></div>";
        assertThat(HtmlExtractor.extract(page(box)).text()).isEqualTo(STORY);
    }

    @Test
    void shouldKeepTheTeaserWhenAPaywallPromptsBoxHoldsTheWholeStory() {
        String html = "<html><body><div class='page'><div class='snippet'><div class='body'><p>" + ONE + "</p><p>" + TWO
                + "</p></div><div class='login'><span>To Read the Full Story</span><div><a href='/s'>Subscribe</a>"
                + "<a href='/l'>Sign In</a></div></div></div></div></body></html>";
        assertThat(HtmlExtractor.extract(html).text()).isEqualTo(ONE + "\n\n" + TWO);
    }
}
