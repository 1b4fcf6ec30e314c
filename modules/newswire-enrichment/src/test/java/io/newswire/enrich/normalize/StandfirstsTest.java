package io.newswire.enrich.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StandfirstsTest {

    private static final String STORY = "The regional council voted on Tuesday to close the old ferry terminal at "
            + "Marlow Point by the end of next year, after a survey found its pier unsafe for heavy vehicles.";
    private static final String MORE = "Commuters who use the crossing will be moved to a temporary landing two "
            + "kilometres north while a new terminal is designed, the council said in a statement.";

    private static String page(String title, String description, String header) {
        return "<html><head><title>" + title + "</title>"
                + (description.isEmpty() ? "" : "<meta property='og:description' content='" + description + "'>")
                + "</head><body><nav><a href='/'>Home</a></nav><header>" + header + "</header>"
                + "<article><p>" + STORY + "</p><p>" + MORE + "</p></article></body></html>";
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // marked by its class, in the words of several presses
        "dek | Ferry terminal to close | | <h1>Ferry terminal to close</h1><p class='dek'>Commuters face a longer crossing while a new pier is built.</p> | Commuters face a longer crossing while a new pier is built.",
        "sub-headline h2 | Ferry terminal to close - Coast Herald | | <h1>Ferry terminal to close</h1><h2 class='article__sub-headline'>Commuters face a longer crossing while a new pier is built.</h2> | Commuters face a longer crossing while a new pier is built.",
        "bajada after byline | Cierra la terminal de ferris | | <h1>Cierra la terminal de ferris</h1><div class='firma'>Redacción</div><div class='bajada'>Los pasajeros deberán usar un muelle provisional durante dos años.</div> | Los pasajeros deberán usar un muelle provisional durante dos años.",
        "chapo | Le terminal des ferries fermera | | <h1>Le terminal des ferries fermera</h1><div class='chapo'>Les passagers utiliseront un quai provisoire pendant deux ans.</div> | Les passagers utiliseront un quai provisoire pendant deux ans.",
        "sommario | Chiude il terminal dei traghetti | | <h1>Chiude il terminal dei traghetti</h1><div class='sommario'>I pendolari useranno un approdo provvisorio per due anni.</div> | I pendolari useranno un approdo provvisorio per due anni.",
        // unmarked, but the page's own meta description; the headline's quotes differ from the title's
        "meta description | Council's ferry plan | Commuters face a longer crossing while a new pier is built. | <div><h1>Council’s ferry plan</h1></div><div class='x1'>Commuters face a longer crossing while a new pier is built.</div> | Commuters face a longer crossing while a new pier is built.",
        // not a standfirst: a blog's tagline after its name, set as a link home in the h1
        "blog tagline | Marlow Notes: Ferry terminal to close | | <h1><a href='/'>Marlow Notes</a></h1><p class='description'>News and views from the point since 2009</p> | ",
        // not a standfirst: a byline, a date line, a kicker, a link line
        "byline | Ferry terminal to close | | <h1>Ferry terminal to close</h1><p class='summary'>By Ada Lindqvist and Tom Reyes, Coast Herald</p> | ",
        "meta line | Ferry terminal to close | | <h1>Ferry terminal to close</h1><div class='subtitle-meta'>Updated 14 October 2026 at 09:40 local time</div> | ",
        "linked teaser | Ferry terminal to close | | <h1>Ferry terminal to close</h1><p class='intro'>Read <a href='/x'>our earlier report on the pier survey here</a></p> | ",
        // an unmarked line whose words are not the description's
        "unmarked other line | Ferry terminal to close | A short summary of something else entirely. | <h1>Ferry terminal to close</h1><div>Listen to this article in five minutes flat</div> | ",
        // a tabloid: the headline in an h2, the title cut short of it, summary bullets under it
        "tabloid bullets | Ferry terminal to close | Commuters face a longer crossing while a new pier is built nearby. | <h2 class='headline-main'>Ferry terminal to close - pier goes too</h2><ul class='x-list'><li><strong>Commuters face a longer crossing while a new pier is built nearby</strong></li><li><strong>The council says the temporary landing will open in March</strong></li><li><strong>Read more: Pier survey found cracks in six pylons</strong></li></ul> | Commuters face a longer crossing while a new pier is built nearby\\n\\nThe council says the temporary landing will open in March",
        "bullets marked by class | Ferry terminal to close | | <h1>Ferry terminal to close</h1><ul class='article-highlights'><li>Commuters face a longer crossing while a new pier is built</li><li>The council says the temporary landing will open in March</li></ul> | Commuters face a longer crossing while a new pier is built\\n\\nThe council says the temporary landing will open in March",
        // not a standfirst: a list of links under the headline, unmarked bullets of other words
        "link list | Ferry terminal to close | | <h1>Ferry terminal to close</h1><ul class='highlights'><li><a href='/1'>Pier survey found cracks in six pylons</a></li><li><a href='/2'>Ferry fares to rise in January, operator says</a></li></ul> | ",
        "unmarked bullets | Ferry terminal to close | A summary of another matter entirely here. | <h1>Ferry terminal to close</h1><ul><li>Sign in to save this story to your reading list</li><li>Turn on alerts for updates on this topic</li></ul> | ",
        // an h1 that is not the page's headline
        "other h1 | Ferry terminal to close | | <h1>Coast Herald</h1><p class='dek'>Commuters face a longer crossing while a new pier is built.</p> | ",
    })
    void shouldPrependStandfirstWhenItIsSetUnderTheHeadline(String layout, String title, String description,
            String header, String standfirst) {
        String text = HtmlExtractor.extract(page(title, description == null ? "" : description, header)).text();
        String body = STORY + "\n\n" + MORE;
        assertThat(text).as(layout).isEqualTo(standfirst == null ? body
                : standfirst.replace("\\n", "\n") + "\n\n" + body);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "already in the text | A line. | A line.\\n\\nStory. | A line.\\n\\nStory.",
        "none | | Story. | Story.",
        "new | A line. | Story. | A line.\\n\\nStory.",
    })
    void shouldPrependOnlyWhenTextLacksIt(String layout, String standfirst, String text, String expected) {
        assertThat(Standfirsts.prepend(standfirst, text.replace("\\n", "\n"))).as(layout)
                .isEqualTo(expected.replace("\\n", "\n"));
    }
}
