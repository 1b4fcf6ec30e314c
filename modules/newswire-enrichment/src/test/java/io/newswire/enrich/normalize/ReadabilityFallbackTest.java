package io.newswire.enrich.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReadabilityFallbackTest {

    @ParameterizedTest(name = "ours {0}, other {1} chars, links {2}: {3}")
    @CsvSource({
        // ours empty: any other text that is not a link list
        "0, 400, 0.0, true",
        // the other more than twice as long as ours
        "1000, 2500, 0.1, true",
        // not twice as long: ours stays (trafilatura's rule)
        "1000, 1900, 0.0, false",
        "1000, 1000, 0.0, false",
        // ours much longer
        "3000, 1000, 0.0, false",
        // twice as long but mostly links: a list of names or stories, not a story
        "1000, 5000, 0.6, false",
        "0, 400, 0.5, false",
        // nothing found by the other
        "1000, 0, 0.0, false",
    })
    void shouldPreferTheOtherTextOnlyWhenOursIsEmptyOrLessThanHalfOfAProseText(int ours, int other, double links,
            boolean expected) {
        assertThat(ReadabilityFallback.prefer(ours, "x".repeat(other), links)).isEqualTo(expected);
    }

    @Test
    void shouldNotPreferRawJsonWhenItIsLonger() {
        assertThat(ReadabilityFallback.prefer(100, "{\"articleBody\": \"" + "x".repeat(500) + "\"}", 0)).isFalse();
    }

    @Test
    void shouldMeasureLinkDensityAndDepthWhenMarkupHasLinks() {
        var body = Jsoup.parse("<div><p>Texto <a href='/a'>enlace</a></p><ul><li><a href='/b'>otro</a></li></ul></div>")
                .body();
        // visible characters: "Texto" 5, "enlace" 6, "otro" 4
        assertThat(ReadabilityFallback.linkDensity(body)).isEqualTo(10 / 15.0);
        int[] counts = ReadabilityFallback.visibleTextAndDepth(body);
        assertThat(counts[0]).isEqualTo(15);
        assertThat(counts[1]).isEqualTo(5); // body > div > ul > li > a > the text node
    }

    @Test
    void shouldTakeReadabilitysTextWhenOurRootIsATeaserAndTheStoryIsSetInShortDivs() {
        // The story is set in <div>s of short lines (no <p>, none sentence-long), so our paragraph
        // count sees only the teaser inside <article> and takes it; what is left of the page is many
        // times longer, and Readability4J, which reads such <div>s as paragraphs, finds the story.
        StringBuilder story = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            story.append("<div class='txt'>Wien stellte am Montag ein Gesetz zum Schutz der Flüsse vor, Absatz ")
                    .append(i).append(", mit Folgen.</div><div class='txt'>Satz ").append(i)
                    .append(", über die Donau, ihre Ufer und die Städte.</div>\n");
        }
        String html = "<html><body><article><p>Teaser zum Thema Wasser.</p></article><div id='main'>" + story
                + "</div></body></html>";
        String text = HtmlExtractor.extract(html).text();
        assertThat(text).contains("Absatz 0, mit Folgen.", "Satz 11, über die Donau, ihre Ufer und die Städte.");
        assertThat(text).doesNotContain("Teaser zum Thema Wasser.");
    }

    @Test
    void shouldKeepOurTextWhenTheRestOfThePageIsALinkList() {
        StringBuilder names = new StringBuilder("<div id='kudos'>");
        for (int i = 0; i < 200; i++) {
            names.append("<a href='/u/").append(i).append("'>lectora_").append(i).append("</a>, ");
        }
        names.append("</div>");
        String story = "<article><p>La lluvia cayó durante toda la noche sobre Valencia y dejó calles anegadas "
                + "en varios barrios del centro.</p><p>Los bomberos atendieron más de cien avisos antes del amanecer, "
                + "según el ayuntamiento.</p></article>";
        String text = HtmlExtractor.extract("<html><body>" + story + names + "</body></html>").text();
        assertThat(text).startsWith("La lluvia cayó").doesNotContain("lectora_");
    }
}
