package io.newswire.ingest.warc;

import static io.newswire.ingest.warc.WarcFixtures.CAPTURED;
import static io.newswire.ingest.warc.WarcFixtures.html;
import static io.newswire.ingest.warc.WarcFixtures.http;
import static io.newswire.ingest.warc.WarcFixtures.page;
import static io.newswire.ingest.warc.WarcFixtures.request;
import static io.newswire.ingest.warc.WarcFixtures.response;
import static io.newswire.ingest.warc.WarcFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.newswire.ingest.IngestItem;
import io.newswire.model.ArticleIds;
import io.newswire.model.ArticleLimits;
import io.newswire.model.ContentFormat;
import io.newswire.model.Json;
import io.newswire.model.RawArticle;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRevisit;

class WarcArticleReaderTest {

    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");

    @TempDir
    Path dir;

    /** Collects what a read reports. */
    static final class Collected implements WarcArticleReader.Listener {
        final List<IngestItem> items = new ArrayList<>();
        final List<WarcArticleReader.BadRecord> bad = new ArrayList<>();
        final List<Long> positions = new ArrayList<>();

        @Override
        public void article(IngestItem item) {
            items.add(item);
        }

        @Override
        public void bad(WarcArticleReader.BadRecord record) {
            bad.add(record);
        }

        @Override
        public void position(long nextOffset, WarcArticleReader.Counts counts) {
            positions.add(nextOffset);
        }

        List<RawArticle> raws() {
            return items.stream().map(i -> {
                try {
                    return Json.decodeRaw(i.value(), ArticleLimits.DEFAULT);
                } catch (io.newswire.model.InvalidArticleException e) {
                    throw new AssertionError("published an undecodable record " + i.origin(), e);
                }
            }).toList();
        }
    }

    private static WarcArticleReader reader(ArticleLimits limits) {
        return new WarcArticleReader(Clock.fixed(NOW, ZoneOffset.UTC), limits);
    }

    private Collected read(Path file) throws IOException {
        Collected c = new Collected();
        reader(ArticleLimits.DEFAULT).read(file, 0, c);
        return c;
    }

    private Path file(boolean gzip) {
        return dir.resolve(gzip ? "crawl.warc.gz" : "crawl.warc");
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void shouldPublishEveryHtmlResponseAsAnHtmlArticleKeyedByItsUrlWhenAWarcIsRead(boolean gzip) throws IOException {
        Path warc = write(file(gzip), gzip,
                request("https://news.example/a"),
                html("https://news.example/a?utm_source=x", page("Flood relief reaches Sindh", null, "Relief arrived.")),
                html("https://news.example/b", page("Élections à Dakar", null, "Le scrutin s'est déroulé dans le calme.")));

        Collected c = read(warc);

        assertThat(c.bad).isEmpty();
        assertThat(c.raws()).extracting(RawArticle::url, RawArticle::format)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("https://news.example/a?utm_source=x", ContentFormat.HTML),
                        org.assertj.core.groups.Tuple.tuple("https://news.example/b", ContentFormat.HTML));
        assertThat(c.items.get(0).key()).isEqualTo(ArticleIds.forCanonicalUrl("https://news.example/a"));
        assertThat(c.raws().get(1).body()).contains("Le scrutin s'est déroulé dans le calme.");
        assertThat(c.raws().get(1).ingestedAt()).isEqualTo(NOW);
        assertThat(c.items).allSatisfy(i -> assertThat(i.origin()).startsWith(warc + "@"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "<meta property=\"article:published_time\" content=\"2026-03-01T10:15:00+02:00\">|2026-03-01T08:15:00Z",
        "<meta content=\"2026-02-27T23:00:00Z\" itemprop=\"datePublished\"/>|2026-02-27T23:00:00Z",
        "<meta name=\"pubdate\" content=\"2026-02-20\">|2026-02-20T00:00:00Z",
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2026-01-05T06:07:08Z\"}</script>|2026-01-05T06:07:08Z",
        // no date: the capture time
        "<meta name=\"description\" content=\"2026-01-01\">|2026-03-04T05:06:07Z",
        // after the capture: a typo, the capture time is the better guess
        "<meta property=\"article:published_time\" content=\"2027-09-01T00:00:00Z\">|2026-03-04T05:06:07Z",
        // unparseable
        "<meta property=\"article:published_time\" content=\"yesterday noon\">|2026-03-04T05:06:07Z"})
    void shouldStampThePublicationDateElseTheWarcDateWhenThePageHasMetadata(String meta, String expected)
            throws IOException {
        Path warc = write(file(true), true, html("https://news.example/x", page("Debt talks resume", meta, "Talks.")));

        Collected c = read(warc);

        assertThat(c.items).singleElement()
                .satisfies(i -> assertThat(Instant.ofEpochMilli(i.timestampMillis())).isEqualTo(Instant.parse(expected)));
        // the page is published as it is; the normalize stage extracts its date itself
        assertThat(c.raws().get(0).publishedAt()).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "windows-1251|text/html; charset=windows-1251|Москва: переговоры продолжаются",
        "ISO-8859-1|text/html; charset=iso-8859-1|Reunião em São Paulo às três",
        "UTF-8|text/html|القاهرة: بدأت المحادثات",
        "windows-1252|text/html|Zürich – Gespräche über Getreideexporte"})
    void shouldDecodeThePageInItsDeclaredCharsetWhenTheHeaderOrTheMetaSaysIt(String charset, String contentType,
            String text) throws IOException {
        Charset cs = Charset.forName(charset);
        String meta = contentType.contains("charset") ? "" : "<meta charset=\"" + charset + "\">";
        String pageText = "<html><head>" + meta + "<title>t</title></head><body><p>" + text + "</p></body></html>";
        Path warc = write(file(false), false,
                response("https://news.example/cs", CAPTURED, http(200, contentType, pageText.getBytes(cs))));

        Collected c = read(warc);

        assertThat(c.raws()).singleElement().satisfies(r -> assertThat(r.body()).contains(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a page re-encoded to UTF-8 that kept its old declaration, in the meta or in the header
        "text/html|<meta charset=\"gb2312\">|新华镇水库完工，村民用水问题得到解决。",
        "text/html|<meta http-equiv=\"Content-Type\" content=\"text/html; charset=GBK\">|龙湾区图书馆周六重新开放。",
        "text/html; charset=iso-8859-1||Reunião em São Paulo às três da tarde",
        "text/html; charset=shift_jis||港北市で新しい橋が開通した。",
        "text/html|<meta charset=\"windows-1251\">|Переговоры в Заречье продолжаются"})
    void shouldReadThePageAsUtf8WhenItsBytesAreUtf8ButItDeclaresALegacyCharset(String contentType, String meta,
            String text) throws IOException {
        String pageText = "<html><head>" + (meta == null ? "" : meta) + "<title>t</title></head><body><p>" + text
                + "</p></body></html>";
        Path warc = write(file(false), false,
                response("https://news.example/re", CAPTURED, http(200, contentType, pageText.getBytes(StandardCharsets.UTF_8))));

        Collected c = read(warc);

        assertThat(c.raws()).singleElement().satisfies(r -> assertThat(r.body()).contains(text));
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void shouldCountButNotPublishRecordsThatAreNotPagesWhenTheArchiveHasThem(boolean gzip) throws IOException {
        Path warc = write(file(gzip), gzip,
                request("https://news.example/"),
                response("https://news.example/gone", CAPTURED, http(404, "text/html", "<html>no</html>".getBytes(StandardCharsets.UTF_8))),
                response("https://news.example/moved", CAPTURED, http(301, "text/html", new byte[0], "Location: /b")),
                response("https://news.example/logo.png", CAPTURED, http(200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'})),
                html("https://news.example/story", page("Port expansion approved", null, "The port grows.")));

        WarcArticleReader.Outcome outcome = reader(ArticleLimits.DEFAULT).read(warc, 0, new Collected());

        assertThat(outcome.complete()).isTrue();
        assertThat(outcome.counts().records()).isEqualTo(5);
        assertThat(outcome.counts().articles()).isEqualTo(1);
        assertThat(outcome.counts().bad()).isZero();
        assertThat(outcome.counts().skipped()).containsOnly(entry("request record", 1L), entry("status 404", 1L),
                entry("status 301", 1L), entry("type image/png", 1L));
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void shouldCountRevisitRecordsByProfileAndPublishOnlyTheOriginalWhenACrawlRevisitsPages(boolean gzip)
            throws IOException {
        String story = "https://news.example/2026/03/04/hochwasser";
        byte[] notModified = http(304, "text/html", new byte[0]);
        byte[] sameHeaders = http(200, "text/html; charset=utf-8", new byte[0]);
        Path warc = write(file(gzip), gzip,
                html(story, page("Hochwasser an der Oder", null, "Die Pegel steigen weiter.")),
                // the same page captured again an hour later, payload identical
                new WarcRevisit.Builder(story, WarcRevisit.IDENTICAL_PAYLOAD_DIGEST_1_0).date(CAPTURED.plusSeconds(3_600))
                        .refersTo(URI.create("urn:uuid:" + java.util.UUID.randomUUID()), story, CAPTURED)
                        .body(MediaType.HTTP_RESPONSE, sameHeaders).build(),
                // another URL whose page is byte for byte the same story (a print or AMP copy)
                new WarcRevisit.Builder(story + "?amp=1", WarcRevisit.IDENTICAL_PAYLOAD_DIGEST_1_1)
                        .date(CAPTURED.plusSeconds(60)).refersTo(URI.create("urn:uuid:" + java.util.UUID.randomUUID()),
                                story, CAPTURED)
                        .body(MediaType.HTTP_RESPONSE, sameHeaders).build(),
                // a conditional GET the server answered 304
                new WarcRevisit.Builder(story, WarcRevisit.SERVER_NOT_MODIFIED_1_0).date(CAPTURED.plusSeconds(7_200))
                        .body(MediaType.HTTP_RESPONSE, notModified).build(),
                // a profile this reader does not know, without a body
                new WarcRevisit.Builder(story, URI.create("http://netpreserve.org/warc/1.1/revisit/some-future-profile"))
                        .date(CAPTURED.plusSeconds(9_000)).build());

        WarcArticleReader.Outcome outcome = reader(ArticleLimits.DEFAULT).read(warc, 0, new Collected());

        assertThat(outcome.complete()).isTrue();
        assertThat(outcome.counts().records()).isEqualTo(5);
        assertThat(outcome.counts().articles()).isEqualTo(1);
        assertThat(outcome.counts().bad()).isZero();
        assertThat(outcome.counts().skipped()).containsOnly(entry("revisit record (identical payload)", 2L),
                entry("revisit record (not modified)", 1L), entry("revisit record (other profile)", 1L));
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void shouldReportBadRecordsWithTheirOffsetAndGoOnWhenAPageCannotBeRead(boolean gzip) throws IOException {
        byte[] big = ("<html><body>" + "x".repeat(5000) + "</body></html>").getBytes(StandardCharsets.UTF_8);
        Path warc = write(file(gzip), gzip,
                html("https://news.example/1", page("One", null, "First.")),
                response("https://news.example/garbage", CAPTURED, "this is not an HTTP response".getBytes(StandardCharsets.UTF_8)),
                response("https://news.example/big", CAPTURED, http(200, "text/html", big)),
                response("https://news.example/badgzip", CAPTURED,
                        http(200, "text/html", "not gzip at all".getBytes(StandardCharsets.UTF_8), "Content-Encoding: gzip")),
                html("https://news.example/2", page("Two", null, "Second.")));
        Collected c = new Collected();

        WarcArticleReader.Outcome outcome = reader(new ArticleLimits(4096, 4096)).read(warc, 0, c);

        assertThat(c.raws()).extracting(RawArticle::url).containsExactly("https://news.example/1", "https://news.example/2");
        assertThat(c.bad).hasSize(3);
        assertThat(c.bad.get(1).reason()).contains("larger than 4096 bytes");
        assertThat(c.bad).allSatisfy(b -> assertThat(c.positions).contains(b.offset()));
        assertThat(outcome.counts().bad()).isEqualTo(3);
        assertThat(outcome.complete()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void shouldDecodeAGzipContentEncodingWhenTheServerCompressedThePage(boolean gzip) throws IOException {
        byte[] body = WarcFixtures.gzip(page("Vaccination drive", null, "Nairobi clinics open.").getBytes(StandardCharsets.UTF_8));
        Path warc = write(file(gzip), gzip, response("https://news.example/gz", CAPTURED,
                http(200, "text/html; charset=utf-8", body, "Content-Encoding: gzip")));

        assertThat(read(warc).raws()).singleElement()
                .satisfies(r -> assertThat(r.body()).contains("Nairobi clinics open."));
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void shouldReadExactlyTheRemainingRecordsWhenResumedFromAReportedOffset(boolean gzip) throws IOException {
        WarcRecord[] records = new WarcRecord[12];
        for (int i = 0; i < records.length; i++) {
            records[i] = html("https://news.example/" + i, page("Story " + i, null, "Body " + i + "."));
        }
        Path warc = write(file(gzip), gzip, records);
        Collected full = read(warc);
        assertThat(full.items).hasSize(12);

        for (int k : new int[] {1, 5, 11}) {
            Collected resumed = new Collected();
            WarcArticleReader.Outcome outcome = reader(ArticleLimits.DEFAULT).read(warc, full.positions.get(k), resumed);

            assertThat(resumed.bad).isEmpty();
            assertThat(resumed.raws()).extracting(RawArticle::url)
                    .containsExactlyElementsOf(full.raws().subList(k, 12).stream().map(RawArticle::url).toList());
            assertThat(outcome.complete()).isTrue();
        }
        // the last position is the file's end: resuming there reads nothing
        assertThat(full.positions.get(full.positions.size() - 1)).isEqualTo(Files.size(warc));
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void shouldReportTheCutAndKeepWhatCameBeforeWhenTheFileIsTruncated(boolean gzip) throws IOException {
        Path warc = write(file(gzip), gzip,
                html("https://news.example/1", page("One", null, "First.")),
                html("https://news.example/2", page("Two", null, "Second " + "y".repeat(3000))));
        byte[] all = Files.readAllBytes(warc);
        Path cut = Files.write(dir.resolve("cut" + (gzip ? ".warc.gz" : ".warc")),
                java.util.Arrays.copyOf(all, all.length * 3 / 4));
        Collected c = new Collected();

        WarcArticleReader.Outcome outcome = reader(ArticleLimits.DEFAULT).read(cut, 0, c);

        assertThat(c.raws()).extracting(RawArticle::url).startsWith("https://news.example/1");
        assertThat(c.bad).isNotEmpty();
        assertThat(outcome.counts().bad()).isEqualTo(c.bad.size());
        assertThat(c.items.size() + c.bad.size()).isGreaterThanOrEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(longs = {3, 100_000})
    void shouldReportABadRecordNotThrowWhenTheOffsetIsNotARecordStart(long offset) throws IOException {
        Path warc = write(file(false), false, html("https://news.example/1", page("One", null, "First " + "z".repeat(200_000))));
        Collected c = new Collected();

        WarcArticleReader.Outcome outcome = reader(ArticleLimits.DEFAULT).read(warc, offset, c);

        assertThat(c.items).isEmpty();
        assertThat(c.bad).singleElement().satisfies(b -> assertThat(b.offset()).isEqualTo(offset));
        assertThat(outcome.complete()).isFalse();
    }
}
