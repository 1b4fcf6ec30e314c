package io.newswire.enrich.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageMetadataTest {

    private static final String JSON_LD_PAGE = """
            <html lang="pt-BR"><head><title>Chuva em Recife | Jornal</title>
            <link rel="canonical" href="https://jornal.example.br/2026/03/04/chuva-recife">
            <meta property="og:image" content="https://img.example.br/chuva.jpg">
            <script type="application/ld+json">
            {"@context": "https://schema.org", "@graph": [
              {"@type": "WebSite", "name": "Jornal"},
              {"@type": "NewsArticle", "headline": "Chuva forte alaga ruas do Recife",
               "datePublished": "2026-03-04T09:30:00-03:00",
               "author": [{"@type": "Person", "name": "Ana Souza"}, {"@type": "Person", "name": "João Lima"}],
               "articleBody": "A chuva que caiu durante a madrugada alagou ruas."}]}
            </script>
            <script type="application/ld+json">{ broken json </script>
            </head><body><time datetime="2026-03-05T10:00:00Z">agora</time></body></html>
            """;

    @Test
    void shouldReadJsonLdArticleAndMetaTagsWhenPageHasThem() {
        PageMetadata m = PageMetadata.of(Jsoup.parse(JSON_LD_PAGE), null);
        assertThat(m.title()).isEqualTo("Chuva forte alaga ruas do Recife");
        assertThat(m.authors()).containsExactly("Ana Souza", "João Lima");
        assertThat(m.publishedCandidates()).first().isEqualTo("2026-03-04T09:30:00-03:00");
        assertThat(m.publishedCandidates()).contains("2026-03-04");
        assertThat(m.canonicalUrl()).isEqualTo("https://jornal.example.br/2026/03/04/chuva-recife");
        assertThat(m.imageUrl()).isEqualTo("https://img.example.br/chuva.jpg");
        assertThat(m.language()).isEqualTo("pt");
        assertThat(m.articleBody()).startsWith("A chuva");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // head markup | page url | expected title | authors (;) | first date candidate | image | language
        "og and article meta | <html lang='de'><head><meta property='og:title' content='Hochwasser in Köln'><meta name='author' content='Anna Weber'><meta property='article:published_time' content='2026-03-03T08:00:00+01:00'><meta property='og:image' content='//cdn.example.de/a.jpg'></head> | | Hochwasser in Köln | Anna Weber | 2026-03-03T08:00:00+01:00 | https://cdn.example.de/a.jpg | de",
        "itemprop and time only | <html><head><title>Séisme à Lima</title></head><body><span itemprop='author' itemscope><span itemprop='name'>Marie Dubois</span></span><time itemprop='datePublished' datetime='2026-04-01'>1 avril</time></body> | | Séisme à Lima | Marie Dubois | 2026-04-01 | | ",
        "URL date only | <html lang='ar'><head><title>خبر</title></head> | https://news.example.com/2025/12/31/story | خبر | | 2025-12-31 | | ar",
        "author meta is a URL | <html><head><title>T</title><meta property='article:author' content='https://facebook.com/someone'></head> | | T | | | | ",
        "og locale as language | <html><head><title>T</title><meta property='og:locale' content='es_MX'></head> | | T | | | | es",
    })
    void shouldReadEachSourceOfMetadataWhenPageHasOnlyIt(String name, String html, String url, String title,
            String authors, String date, String image, String language) {
        PageMetadata m = PageMetadata.of(Jsoup.parse(html), url);
        assertThat(m.title()).as(name).isEqualTo(title);
        assertThat(m.authors()).as(name).isEqualTo(authors == null ? List.of() : List.of(authors.split(";")));
        if (date == null) {
            assertThat(m.publishedCandidates()).as(name).isEmpty();
        } else {
            assertThat(m.publishedCandidates()).as(name).first().isEqualTo(date);
        }
        assertThat(m.imageUrl()).as(name).isEqualTo(image);
        assertThat(m.language()).as(name).isEqualTo(language);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // candidates (;) | crawl time | expected
        "first is good | 2026-03-04T09:30:00Z;2026-03-01 | 2026-03-05T00:00:00Z | 2026-03-04T09:30:00Z",
        "future skipped | 2027-01-01T00:00:00Z;2026-03-01 | 2026-03-05T00:00:00Z | 2026-03-01T00:00:00Z",
        "crawl time skipped | 2026-03-05T11:59:30Z;2026-03-02T08:00:00Z | 2026-03-05T12:00:00Z | 2026-03-02T08:00:00Z",
        "unparseable skipped | gestern;04.03.2026 | 2026-03-05T12:00:00Z | 2026-03-04T00:00:00Z",
        "none usable | 2030-01-01 | 2026-03-05T12:00:00Z | ",
    })
    void shouldNeverTakeFutureOrCrawlTimeWhenChoosingPublicationTime(String name, String candidates,
            Instant crawl, Instant expected) {
        assertThat(PublishedDates.fromPage(List.of(candidates.split(";")), crawl).orElse(null)).as(name)
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', value = {
        // the first <h1> is the site's banner: the <title> without the site's name
        "banner h1 ~ <title>Die Brücke wird bis Juni gesperrt | Stadt | Kurier</title> ~ <h1>Kurier</h1> ~ Die Brücke wird bis Juni gesperrt | Stadt",
        // an en dash before the site's name
        "en dash ~ <title>Las lluvias dejan diez muertos en Lima – Diario Ejemplo</title> ~ ~ Las lluvias dejan diez muertos en Lima",
        // the <h1> is the <title> without its site name
        "h1 in title ~ <title>Site | Floods in Köln close the old town</title> ~ <h1>Floods in Köln close the old town</h1> ~ Floods in Köln close the old town",
        // too few words before the separator: the whole <title>
        "short ~ <title>Yahoo - Mail</title> ~ ~ Yahoo - Mail",
        // character references a publisher escaped twice
        "escaped twice ~ <meta property='og:title' content='Biden&amp;#x27;s visit to Łódź'> ~ ~ Biden's visit to Łódź",
    })
    void shouldTakeTheHeadlineWithoutTheSiteNameWhenOnlyThePageTitlesSayIt(String name, String head, String body,
            String title) {
        String html = "<html><head>" + head + "</head><body>" + (body == null ? "" : body) + "<p>Text.</p></body></html>";
        assertThat(PageMetadata.of(Jsoup.parse(html), null).title()).as(name).isEqualTo(title);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "French byline | <div class='article__author'>Par Sébastien Martin</div> | Sébastien Martin",
        "Spanish two names | <p class='byline'>Por Lucía Gómez y Pedro de la Torre</p> | Lucía Gómez;Pedro de la Torre",
        "German | <span class='author-name'>Von Anna Weber</span> | Anna Weber",
        "not a name | <div class='author-box'>By subscribing you agree to our terms</div> | ",
        "no byline word | <div class='byline'>Updated 3 March 2026</div> | ",
    })
    void shouldReadVisibleBylineWhenMetadataNamesNoAuthor(String name, String element, String authors) {
        String html = "<html><body>" + element + "<p>Text.</p></body></html>";
        List<String> expected = authors == null ? List.of() : List.of(authors.split(";"));
        assertThat(PageMetadata.of(Jsoup.parse(html), null).authors()).as(name).isEqualTo(expected);
    }

    @Test
    void shouldDropThePublisherAndCaseDuplicatesWhenListedAsAuthors() {
        String html = """
                <html><head><meta property="og:site_name" content="Condé Nast">
                <script type="application/ld+json">{"@type": "NewsArticle", "headline": "H",
                 "author": [{"@type": "Person", "name": "Jane Doe"}, {"@type": "Organization", "name": "Condé Nast"}],
                 "publisher": {"@type": "Organization", "name": "Condé Nast"}}</script>
                <meta name="author" content="JANE DOE"><meta name="author" content="Ola Nordmann,"></head><body></body></html>
                """;
        assertThat(PageMetadata.of(Jsoup.parse(html), null).authors()).containsExactly("Jane Doe", "Ola Nordmann");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', value = {
        // head markup ~ expected title
        "JSON-LD headline names the page type, name is the title ~ <title>Floods close the Rivermouth bridge - Wikiwire</title><script type='application/ld+json'>{\"@type\": \"Article\", \"name\": \"Floods close the Rivermouth bridge\", \"headline\": \"Wikiwire news article\"}</script> ~ Floods close the Rivermouth bridge",
        "JSON-LD name is the site, headline the title ~ <title>Neue Brücke in Altstadt eröffnet | Kurier</title><script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"name\": \"Kurier\", \"headline\": \"Neue Brücke in Altstadt eröffnet\"}</script> ~ Neue Brücke in Altstadt eröffnet",
        "neither in the title: the headline ~ <title>Home</title><script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"name\": \"Lluvias en Valdeluz\", \"headline\": \"Las lluvias dejan tres muertos en Valdeluz\"}</script> ~ Las lluvias dejan tres muertos en Valdeluz",
        "RDFa property list ~ <title>Title element</title><meta property='og:title twitter:title' content='Séisme au large de Port-Clair'> ~ Séisme au large de Port-Clair",
        "Dublin Core title ~ <title>Title element</title><meta name='DC.title' content='Port-Clair vote un nouveau budget'> ~ Port-Clair vote un nouveau budget",
    })
    void shouldTakeTheTitleTheMetadataAndThePageTitleAgreeOnWhenTheyDiffer(String name, String head, String title) {
        String html = "<html><head>" + head + "</head><body><p>Text.</p></body></html>";
        assertThat(PageMetadata.of(Jsoup.parse(html), null).title()).as(name).isEqualTo(title);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', value = {
        "Dublin Core creator in an RDFa list ~ <meta property='dc:creator twitter:creator' content='Marta Kowalska'> ~ Marta Kowalska",
        "DC.creator ~ <meta name='DC.creator' content='Jonas Berg'> ~ Jonas Berg",
        "dcterms.creator ~ <meta name='dcterms.creator' content='Aiko Tanaka'> ~ Aiko Tanaka",
    })
    void shouldReadTheWriterFromDublinCoreWhenThePageNamesItThere(String name, String head, String author) {
        String html = "<html><head><title>T</title>" + head + "</head><body><p>Text.</p></body></html>";
        assertThat(PageMetadata.of(Jsoup.parse(html), null).authors()).as(name).containsExactly(author);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', value = {
        // author field ~ writers (;)
        "one name ~ Jane Doe ~ Jane Doe",
        "role after the name ~ TOMAS KRAL, AP Auto Writer ~ TOMAS KRAL",
        "two names and the agency ~ MARA LINDQVIST and OWEN BARKER, Associated Press ~ MARA LINDQVIST;OWEN BARKER",
        "kind of piece before, title after ~ Analysis by Dana Whitfield, CNN Editor-at-large ~ Dana Whitfield",
        "credentials ~ Ilse Marquardt, MS, RDN ~ Ilse Marquardt",
        "date after a staff credit ~ HARBOR POST STAFF, NOVEMBER 20, 2025 10:43 ~ HARBOR POST STAFF",
        "family name first ~ Nowak, Ewa ~ Nowak, Ewa",
        "suffix ~ Martin Greaves, Jr. ~ Martin Greaves, Jr.",
        "Spanish double surname ~ Pedro Ortega y Salas ~ Pedro Ortega y Salas",
        "agency alone ~ Associated Press ~ Associated Press",
        "only a date ~ November 20, 2025 10:43 ~ ",
        "capitals then the credit ~ INGA SORLI, PAVEL DUDEK Associated Press ~ INGA SORLI;PAVEL DUDEK",
        "four-word role ~ RUTH OKAFOR, AP National Political Writer ~ RUTH OKAFOR",
    })
    void shouldKeepOnlyTheWritersWhenAnAuthorFieldIsACreditLine(String name, String field, String writers) {
        String html = "<html><head><title>T</title><meta name='author' content='" + field + "'></head><body></body></html>";
        List<String> expected = writers == null ? List.of() : List.of(writers.split(";"));
        assertThat(PageMetadata.of(Jsoup.parse(html), null).authors()).as(name).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', value = {
        "copyright holder beside the writer ~ <meta name='author' content='Harbor Media Group'><meta name='copyright' content='Copyright (c) Harbor Media Group 2025'><script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"headline\": \"H\", \"author\": {\"@type\": \"Person\", \"name\": \"Lena Varga\"}}</script> ~ Lena Varga",
        "copyright holder alone stays ~ <meta name='author' content='Harbor Media Group'><meta name='copyright' content='© Harbor Media Group'> ~ Harbor Media Group",
        "writer not the holder ~ <meta name='author' content='Tomasz Wróbel'><meta name='copyright' content='© Gazeta Przykładowa'> ~ Tomasz Wróbel",
        "two writers who hold the copyright stay ~ <meta name='author' content='Ana Ruiz'><meta name='author' content='Luis Mora'><meta name='copyright' content='© Ana Ruiz y Luis Mora'> ~ Ana Ruiz;Luis Mora",
    })
    void shouldDropTheCopyrightHolderFromTheAuthorsWhenAWriterIsNamedToo(String name, String head, String authors) {
        String html = "<html><head><title>T</title>" + head + "</head><body></body></html>";
        assertThat(PageMetadata.of(Jsoup.parse(html), null).authors()).as(name).containsExactly(authors.split(";"));
    }
}
