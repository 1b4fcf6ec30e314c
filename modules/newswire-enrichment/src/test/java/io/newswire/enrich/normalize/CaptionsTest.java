package io.newswire.enrich.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.model.Caption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CaptionsTest {

    private static final String STORY = "<p>The river rose two metres overnight and flooded the old town, the mayor said on "
            + "Tuesday morning.</p><p>Volunteers filled sandbags along the embankment until late in the evening.</p>"
            + "<p>The regional government promised aid to the shop owners whose cellars were flooded.</p>";

    private static String page(String inside, String outside) {
        return "<html><body><header class='site-header'><a href='/'>The Valley Post</a></header>" + outside
                + "<article><h1>Floods in the old town</h1>" + inside + STORY + "</article>"
                + "<footer>© 2026 The Valley Post</footer></body></html>";
    }

    /** Captions as "text ~ credit" joined by " ++ ", "-" for none. */
    private static String written(List<Caption> captions) {
        List<String> out = new ArrayList<>();
        for (Caption c : captions) {
            out.add(c.credit() == null ? c.text() : c.text() + " ~ " + c.credit());
        }
        return out.isEmpty() ? "-" : String.join(" ++ ", out);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "figcaption with a credit span # <figure><img src='a.jpg'><figcaption>Volunteers fill sandbags by the river. <span class='credit'>Photo: Ana Ruiz/AFP</span></figcaption></figure> # Volunteers fill sandbags by the river. ~ Photo: Ana Ruiz/AFP",
        "figcaption with a cite in brackets # <figure><img src='a.jpg'><figcaption>The flooded square (<cite>Tom Bell</cite>)</figcaption></figure> # The flooded square ~ Tom Bell",
        "figcaption with small after a bar # <figure><img src='a.jpg'><figcaption>A boat in the main street | <small>Reuters</small></figcaption></figure> # A boat in the main street ~ Reuters",
        "figcaption without a marked credit # <figure><img src='a.jpg'><figcaption>Sandbags along the embankment (AP Photo/Jane Roe)</figcaption></figure> # Sandbags along the embankment (AP Photo/Jane Roe)",
        "caption class, camel case # <div class='imageCaption'>The mayor visits the old town. <span class='imageCredit'>City hall</span></div> # The mayor visits the old town. ~ City hall",
        "WordPress caption text # <div class='wp-caption'><img src='a.jpg'><p class='wp-caption-text'>Water in the cellars of the market hall</p></div> # Water in the cellars of the market hall",
        "caption text class alone # <p class='caption-text'>Water in the cellars</p> # Water in the cellars",
        "two pictures, in page order # <figure><figcaption>First picture</figcaption></figure><figure><figcaption>Second picture</figcaption></figure> # First picture ++ Second picture",
        "the same caption twice # <figure><figcaption>The bridge at dawn</figcaption></figure><figure><figcaption>The bridge at dawn</figcaption></figure> # The bridge at dawn",
        "a caption inside a caption block # <div class='image-caption'><figcaption>One caption only</figcaption></div> # One caption only",
        "the lead picture in the story's header # <header class='entry-header'><figure><figcaption>The old town under water</figcaption></figure></header> # The old town under water",
        "a credit alone is no caption # <figure><figcaption><span class='credit'>Photo: AFP</span></figcaption></figure> # -",
        "typography class that starts with the word # <p class='caption-s5'>The standfirst of the story, set in a caption style.</p> # -",
    })
    void shouldReadTheStorysCaptionsWhenThePageMarksThem(String kind, String inside, String expected) {
        HtmlExtractor.Page p = HtmlExtractor.extract(page(inside.strip(), ""));

        assertThat(written(p.captions())).as(kind).isEqualTo(expected.strip());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "a related-stories box # <div class='related-stories'><figure><figcaption>Another story's picture</figcaption></figure></div>",
        "a teaser link # <a href='/other'><figure><figcaption>Read: the drought last year</figcaption></figure></a>",
        "an aside # <aside><figure><figcaption>Most read: a picture</figcaption></figure></aside>",
        "navigation # <nav><figure><figcaption>Menu picture</figcaption></figure></nav>",
    })
    void shouldLeaveOutCaptionsWhenTheyBelongToTeasers(String kind, String inside) {
        HtmlExtractor.Page p = HtmlExtractor.extract(page(inside.strip(), ""));

        assertThat(p.captions()).as(kind).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "figcaption # <figure><img src='a.jpg'><figcaption>Volunteers fill sandbags. <span class='credit'>Photo: Ana Ruiz/AFP</span></figcaption></figure>",
        "caption class # <div class='image-caption'>The mayor visits the old town.</div>",
        "a header outside the story # ",
    })
    void shouldLeaveTheBodyAsItWasWhenCaptionsAreRead(String kind, String inside) {
        String in = inside == null ? "" : inside.strip();
        HtmlExtractor.Page with = HtmlExtractor.extract(page(in, "<header><figure><figcaption>Site logo</figcaption></figure></header>"));
        HtmlExtractor.Page without = HtmlExtractor.extract(page("", ""));

        assertThat(with.text()).as(kind).isEqualTo(without.text());
        assertThat(with.text()).as(kind).doesNotContain("Ana Ruiz", "mayor visits", "Site logo");
        assertThat(with.captions()).as(kind).noneMatch(c -> c.text().contains("Site logo"));
    }
}
