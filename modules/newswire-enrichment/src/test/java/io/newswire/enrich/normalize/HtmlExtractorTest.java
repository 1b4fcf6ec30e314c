package io.newswire.enrich.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
}
