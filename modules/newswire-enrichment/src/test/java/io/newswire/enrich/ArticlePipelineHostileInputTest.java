package io.newswire.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.enrich.api.Pipeline;
import io.newswire.enrich.api.PipelineOptions;
import io.newswire.enrich.api.Pipelines;
import io.newswire.model.Article;
import io.newswire.model.ContentFormat;
import io.newswire.model.Json;
import io.newswire.model.Mention;
import io.newswire.model.RawArticle;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile text through the whole standard pipeline (normalize and every standard enricher): it
 * never throws, no stage fails, and the article keeps the text contract: NFC, no control characters
 * but {@code \n}, no lone surrogates, every mention offset inside the text and quoting it exactly.
 */
class ArticlePipelineHostileInputTest {

    private static final Instant T0 = Instant.parse("2026-05-13T08:00:00Z");
    private static final Pipeline PIPELINE = Pipelines.standard(
            PipelineOptions.defaults().withClock(Clock.fixed(T0, ZoneOffset.UTC)));

    private static Article process(String body, ContentFormat format) {
        return process(RawArticle.builder(body).id("c-hostile").format(format).ingestedAt(T0).build());
    }

    private static Article process(RawArticle raw) {
        Article a = PIPELINE.process(raw);
        assertTextContract(a);
        return a;
    }

    /** What every article leaving the pipeline promises, whatever came in. */
    private static void assertTextContract(Article a) {
        String text = a.text();
        assertThat(a.provenance().errors()).as("stage errors").isEmpty();
        assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).as("NFC").isTrue();
        assertThat(text).isEqualTo(text.strip()).doesNotContain("\n\n\n", "\r", "\t");
        text.codePoints().forEach(cp -> {
            assertThat(cp == '\n' || Character.getType(cp) != Character.CONTROL)
                    .as("control character U+%04X", cp).isTrue();
            assertThat(Character.getType(cp)).as("lone surrogate U+%04X", cp).isNotEqualTo((int) Character.SURROGATE);
        });
        List<Mention> mentions = new ArrayList<>();
        a.entities().forEach(e -> mentions.addAll(e.mentions()));
        a.places().forEach(p -> mentions.addAll(p.mentions()));
        a.countries().forEach(c -> mentions.addAll(c.mentions()));
        for (Mention m : mentions) {
            assertThat(m.end()).as("mention end").isLessThanOrEqualTo(text.length());
            assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
        }
        assertThat(a.language().confidence()).isBetween(0.0, 1.0);
        // The article must also be writable as contract JSON: a lone surrogate in a title must not break it.
        assertThat(Json.readArticle(Json.toBytes(a)).text()).isEqualTo(text);
    }

    /** Pieces that break naive text code, joined in random order. */
    private static final List<String> FRAGMENTS = List.of(
            "PARIS, 3 mai (AFP) - ", "TEHRAN, May 13 (Reuters) – ", "القاهرة، 5 مايو (رويترز) - ", "東京、5月3日 — ",
            "Le président a déclaré ", "Präsident Müller sagte ", "Президент заявил, что ", "الرئيس قال ",
            "נשיא המדינה אמר ", "राष्ट्रपति ने कहा ", "ประธานาธิบดีกล่าวว่า ", "대통령은 말했다 ", "总统说",
            "\u202e", "\u202c", "\u2067", "\u2069", "\u200e", "\u200f", "\u0301", "\u0308\u0323", "\u064e\u0651",
            "\u05b8", "e\u0301", "\u1100\u1161", "👩\u200d👩\u200d👧\u200d👦", "🇺🇦", "👍🏽", "1\ufe0f\u20e3", "\u200d",
            "\u200c", "\u0000", "\u0007", "\u001b[31m", "\u007f", "\u0085", "\u2028", "\u2029", "\r\n", "\r", "\n\n\n",
            "\t", "\u00a0", "\u3000", "\u00ad", "\ufeff", "\ufffd", "\uffff", "\ud800", "\udfff", "\udbff\udfff",
            "&amp;", "&#0;", "&#xD800;", "&#x1F600;", "&nbsp;", "&unknown;", "&#99999999;", "&", "<", ">", "\"",
            "(Source: Example TV)", "© 2026 Example Agency. All rights reserved.", "Read more:", "https://example.org/x",
            ". ", "? ", "! ", "...", "Mr. ", "U.S. ", "Washington", "Iran", "Iraq", "Paris", "北京", "São Paulo",
            "İstanbul", "ß", "ﬁ", "Å", "Ω", "K", " ");

    @Provide
    Arbitrary<String> hostileText() {
        return Arbitraries.of(FRAGMENTS).list().ofMaxSize(80).map(parts -> String.join("", parts));
    }

    @Property(tries = 400)
    void shouldKeepTheTextContractWhenTextIsBuiltFromHostileFragments(@ForAll("hostileText") String body) {
        process(body, ContentFormat.TEXT);
    }

    @Property(tries = 400)
    void shouldKeepTheTextContractWhenTextIsArbitraryUnicode(@ForAll @StringLength(max = 300) String body) {
        process(body, ContentFormat.TEXT);
    }

    @Property(tries = 200)
    void shouldKeepTheTextContractWhenCharactersIncludeEverySurrogateAndControl(
            @ForAll @StringLength(max = 200) @CharRange(from = '\u0000', to = '\u00ff')
            @CharRange(from = '\u2000', to = '\u206f') @CharRange(from = '\ud800', to = '\udfff') String body) {
        process(body, ContentFormat.TEXT);
    }

    /** Random tag soup: unclosed, misnested, scripts, comments, attributes with hostile values. */
    @Provide
    Arbitrary<String> tagSoup() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of("<p>", "</p>", "<div>", "</div>", "<b>", "</b>", "<i>", "<table>", "<tr>", "<td>",
                        "</table>", "<ul><li>", "<br>", "<br/>", "<hr>", "<script>", "</script>", "<style>",
                        "</style>", "<!--", "-->", "<![CDATA[", "]]>", "<!DOCTYPE html>", "<html>", "<head>",
                        "<title>", "</title>", "<body>", "<article>", "</article>", "<nav>", "<footer>", "<pre>",
                        "<noscript>", "<iframe>", "<svg><foreignObject>", "<math><mi>", "<template>", "<textarea>",
                        "<p class=\"a\u0000b\">", "<a href=\"javascript:x\">", "<img src=x onerror=y>", "<p <p>",
                        "</>", "<", ">", "<meta property='og:title' content='\u202eTitle'>",
                        "<meta property='article:published_time' content='+999999999-12-31T23:59:59Z'>"),
                hostileText().map(s -> s.length() > 40 ? s.substring(0, 40) : s));
        return piece.list().ofMaxSize(60).map(parts -> String.join("", parts));
    }

    @Property(tries = 300)
    void shouldNeverFailWhenHtmlIsRandomTagSoup(@ForAll("tagSoup") String html) {
        process(html, ContentFormat.HTML);
    }

    static Stream<Arguments> deepHtml() {
        int n = 100_000;
        return Stream.of(
                Arguments.of("100k nested <b>", "<b>".repeat(n) + "Tief verschachtelt." + "</b>".repeat(n),
                        "Tief verschachtelt."),
                Arguments.of("100k unclosed <div>", "<div>".repeat(n) + "Profondément imbriqué.",
                        "Profondément imbriqué."),
                Arguments.of("100k nested <span> in a paragraph",
                        "<p>" + "<span>".repeat(n) + "Глубоко вложенный текст." + "</span>".repeat(n) + "</p>",
                        "Глубоко вложенный текст."),
                Arguments.of("33k unclosed table cells", "<table><tr><td>".repeat(33_000) + "نص متداخل.",
                        "نص متداخل."),
                Arguments.of("100k unclosed comments openers", "<p>本文です。</p>" + "<!-- ".repeat(n), "本文です。"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deepHtml")
    void shouldExtractTheTextWithoutOverflowingTheStackWhenHtmlIsNestedDeeply(String name, String html,
            String expected) {
        assertThat(process(html, ContentFormat.HTML).text()).isEqualTo(expected);
    }

    static Stream<Arguments> oddText() {
        return Stream.of(
                Arguments.of("decomposed accents become composed", "Ame\u0301lie a\u0300 Sa\u0303o Paulo.",
                        "Amélie à São Paulo."),
                Arguments.of("NUL and bell removed", "Berlin\u0000 Mitte\u0007 meldet Regen.",
                        "Berlin Mitte meldet Regen."),
                Arguments.of("bidi override kept, as written", "\u202eقالَ الوزيرُ إنَّ الاجتماعَ ناجحٌ.\u202c",
                        "\u202eقالَ الوزيرُ إنَّ الاجتماعَ ناجحٌ.\u202c"),
                Arguments.of("emoji ZWJ sequence kept whole", "Familie 👩\u200d👩\u200d👧\u200d👦 im Park.",
                        "Familie 👩\u200d👩\u200d👧\u200d👦 im Park."),
                Arguments.of("Persian zero-width non-joiner kept", "او می\u200cگوید که باران می\u200cآید.",
                        "او می\u200cگوید که باران می\u200cآید."),
                Arguments.of("lone surrogates dropped", "Halbes \ud83d Paar \udc00 hier.", "Halbes Paar hier."),
                Arguments.of("line and paragraph separators to newlines", "Erste Zeile.\u2028Zweite.\u2029\u2029Dritte.",
                        "Erste Zeile.\nZweite.\n\nDritte."),
                Arguments.of("numeric reference to NUL dropped", "A&#0;B &amp; C", "AB & C"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oddText")
    void shouldCleanExactlyWhenTextHasOddUnicode(String name, String body, String expected) {
        assertThat(process(body, ContentFormat.TEXT).text()).isEqualTo(expected);
    }

    @Test
    void shouldNormalizeWithTheClockWhenIngestTimeIsOutsideTheCalendar() {
        RawArticle raw = RawArticle.builder("LIMA, 3 mayo (EFE) - Llovió\u0000 mucho.").id("c-far")
                .format(ContentFormat.TEXT).ingestedAt(Instant.parse("+1000000000-01-01T00:00:00Z")).build();
        Article a = process(raw);
        assertThat(a.text()).isEqualTo("Llovió mucho.");
        assertThat(a.dateline().location()).isEqualTo("LIMA");
        assertThat(a.ingestedAt()).isEqualTo(raw.ingestedAt());
    }

    @Test
    void shouldHandleAMegabyteWithoutSpacesOrNewlinesWhenBodyIsOneToken() {
        String body = "ж".repeat(1024 * 1024);
        assertThat(process(body, ContentFormat.TEXT).text()).isEqualTo(body);
    }

    @Test
    void shouldCleanTheFallbackTextWhenTheNormalizerFails() {
        ArticlePipeline broken = new ArticlePipeline("test", (raw, t) -> {
            throw new IllegalStateException("normalizer bug");
        }, StandardEnrichers.all(), Clock.fixed(T0, ZoneOffset.UTC));
        Article a = broken.process(RawArticle.ofText(null, "  Zürich\u0000 und\u200b Genf\r\n").withId("c-x"));
        assertThat(a.text()).isEqualTo("Zürich und Genf");
        assertThat(a.provenance().errors()).extracting("stage").containsExactly(ArticlePipeline.NORMALIZE_STAGE);
    }
}
