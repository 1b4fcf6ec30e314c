package io.newswire.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ArticleIdsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "HTTPS://News.Example.ORG/a/b?x=1#frag                        | https://news.example.org/a/b?x=1",
        "https://news.example.org:443/a?utm_source=rss&utm_medium=x    | https://news.example.org/a",
        "http://example.org:80                                         | http://example.org/",
        "http://example.org:8080/p?fbclid=abc&id=7&gclid=z             | http://example.org:8080/p?id=7",
        "https://example.org/stra%C3%9Fe?UTM_Campaign=q                | https://example.org/stra%C3%9Fe",
        "  https://example.org/a  | https://example.org/a",
    })
    void shouldCanonicalizeWhenUrlHasTrackingOrCaseVariants(String url, String canonical) {
        assertThat(ArticleIds.canonicalUrl(url)).hasValue(canonical);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"ftp://example.org/a", "not a url", "/relative/path", "mailto:x@example.org"})
    void shouldHaveNoCanonicalFormWhenUrlIsNotAbsoluteHttp(String url) {
        assertThat(ArticleIds.canonicalUrl(url)).isEmpty();
    }

    @Test
    void shouldGiveSameIdWhenOnlyTrackingParametersDiffer() {
        RawArticle a = RawArticle.builder("x").url("https://example.org/story?utm_source=a").build();
        RawArticle b = RawArticle.builder("y").url("https://EXAMPLE.org/story#comments").build();
        assertThat(ArticleIds.of(a)).isEqualTo(ArticleIds.of(b)).matches("u-[0-9a-f]{20}");
    }

    @Test
    void shouldGiveSameContentIdWhenWhitespaceOrNormalizationFormDiffers() {
        String nfc = "Köln, 3. März – Überschwemmung";
        String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo(nfc);
        assertThat(ArticleIds.forContent("T", nfc)).isEqualTo(ArticleIds.forContent("T", "  " + nfd.replace(" ", "\n ")))
                .matches("c-[0-9a-f]{20}");
        assertThat(ArticleIds.forContent("T", nfc)).isNotEqualTo(ArticleIds.forContent("Other", nfc));
    }

    @Test
    void shouldStripWwwWhenDomainIsAsked() {
        assertThat(ArticleIds.domain("https://www.Example.co.uk/x")).hasValue("example.co.uk");
    }
}
