package io.newswire.enrich.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlExtractorTest {

    private static final String PAGE = """
            <html><head><title>Site | Floods in Köln</title>
            <meta property="og:title" content="Floods in Köln">
            <meta property="article:published_time" content="2026-03-03T08:00:00+01:00">
            <link rel="canonical" href="https://example.de/floods"><script>var x = "<p>not text</p>";</script></head>
            <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
            <div class="share-buttons">Share on X</div>
            <article><h1>Floods in Köln</h1><p class="byline">By Anna Weber</p>
            <p>KÖLN, 3. März (dpa) &ndash; Der Rhein ist &uuml;ber die Ufer getreten.</p>
            <p>Die Feuerwehr sprach von &bdquo;einer schwierigen Nacht&ldquo;.</p>
            <div class="related-stories"><a href="/a">More floods</a></div>
            <section id="comments"><p>Great article!</p></section></article>
            <footer>© Example</footer></body></html>
            """;

    @Test
    void shouldKeepArticleParagraphsAndMetadataWhenPageHasChrome() {
        HtmlExtractor.Page page = HtmlExtractor.extract(PAGE);
        assertThat(page.title()).isEqualTo("Floods in Köln");
        assertThat(page.publishedAt()).isEqualTo("2026-03-03T08:00:00+01:00");
        assertThat(page.canonicalUrl()).isEqualTo("https://example.de/floods");
        assertThat(page.text()).isEqualTo("KÖLN, 3. März (dpa) – Der Rhein ist über die Ufer getreten.\n\n"
                + "Die Feuerwehr sprach von „einer schwierigen Nacht“.");
        assertThat(page.removed()).containsExactly("By Anna Weber");
    }

    @Test
    void shouldNotOverflowTheStackWhenTagsAreNestedVeryDeeply() {
        String deep = "<div>".repeat(100_000) + "<p>Deep text</p>" + "</div>".repeat(100_000);
        assertThat(HtmlExtractor.extract(deep).text()).contains("Deep text");
    }

    @Test
    void shouldCopeWithBrokenMarkupWhenTagsAreUnclosed() {
        HtmlExtractor.Page page = HtmlExtractor.extract("<p>First <b>bold <i>italic<p>Second</div></span>");
        assertThat(page.text()).isEqualTo("First bold italic\n\nSecond");
    }

    private static final String STORY_ONE = "Die Regierung in Wien hat am Montag ein neues Gesetz zum Schutz der "
            + "Flüsse vorgestellt, das ab dem Sommer gelten soll.";
    private static final String STORY_TWO = "Umweltverbände begrüßten den Entwurf, forderten aber strengere "
            + "Grenzwerte für die Industrie entlang der Donau.";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // a page of teasers: the small <article>s are not the story, the block holding most text is
        "teasers | <article><h2>Andere Meldung</h2><p>Kurz.</p></article><div id='story'><p>ONE</p><p>TWO</p></div>",
        // a class that happens to contain a noise word does not remove the story's own container
        "story marked like chrome | <div class='page has-sidebar'><div class='post-comments-enabled'><p>ONE</p><p>TWO</p></div></div>",
        // the story split around an advert stays whole
        "split by advert | <div class='body'><div class='part'><p>ONE</p></div><div class='ad-slot'>Anzeige</div><div class='part'><p>TWO</p></div></div>",
        // <main> with chrome and a related list inside
        "main with related | <main><div class='related-links'><p>Mehr zum Thema: Hochwasser</p></div><p>ONE</p><p>TWO</p></main>",
    })
    void shouldKeepWholeStoryAndNothingElseWhenPageLayoutVaries(String layout, String body) {
        String html = "<html><body><nav>Start | Politik</nav>"
                + body.replace("ONE", STORY_ONE).replace("TWO", STORY_TWO) + "<footer>© Beispiel</footer></body></html>";
        assertThat(HtmlExtractor.extract(html).text()).as(layout).isEqualTo(STORY_ONE + "\n\n" + STORY_TWO);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void shouldStayLinearWhenChromeBlocksAreNestedVeryDeeply() {
        String deep = "<div class='author'>".repeat(50_000) + "By Ana" + "</div>".repeat(50_000)
                + "<div class='share'>".repeat(50_000) + "Teilen" + "</div>".repeat(50_000) + "<p>" + STORY_ONE + "</p>";
        HtmlExtractor.Page page = HtmlExtractor.extract(deep);
        assertThat(page.text()).isEqualTo(STORY_ONE);
        assertThat(page.removed()).containsExactly("By Ana");
    }
}
