package io.newswire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.model.ArticleLimits;
import io.newswire.model.ContentFormat;
import io.newswire.model.InvalidArticleException;
import io.newswire.model.Json;
import io.newswire.model.RawArticle;
import io.newswire.model.RejectReason;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleReaderTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private final ArticleReader reader = new ArticleReader(Clock.fixed(NOW, ZoneOffset.UTC), ArticleLimits.DEFAULT);

    @TempDir
    Path dir;

    private List<IngestItem> read(String path) {
        List<IngestItem> items = new ArrayList<>();
        assertThat(reader.read(path, items::add)).isEmpty();
        return items;
    }

    private static RawArticle decode(IngestItem item) throws InvalidArticleException {
        return Json.decodeRaw(item.value(), ArticleLimits.DEFAULT);
    }

    @Test
    void shouldReadTextFileAsOneArticleWhenExtensionIsTxt() throws Exception {
        Path f = Files.writeString(dir.resolve("a.txt"), "Überschwemmung in Köln\n\nKÖLN, 3. März – Der Rhein steigt.");
        List<IngestItem> items = read(f.toString());
        assertThat(items).hasSize(1);
        RawArticle raw = decode(items.get(0));
        assertThat(raw.body()).isEqualTo("Überschwemmung in Köln\n\nKÖLN, 3. März – Der Rhein steigt.");
        assertThat(raw.format()).isEqualTo(ContentFormat.TEXT);
        assertThat(raw.ingestedAt()).isEqualTo(NOW);
        assertThat(raw.origin()).isEqualTo(f.toString());
        assertThat(items.get(0).key()).isEqualTo(raw.id()).startsWith("c-");
    }

    @Test
    void shouldGiveSameKeyWhenSameTextIsIngestedTwice() throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), "Same story.\n");
        Path b = Files.writeString(dir.resolve("b.txt"), "Same  story.");
        assertThat(read(a.toString()).get(0).key()).isEqualTo(read(b.toString()).get(0).key());
    }

    @Test
    void shouldReadHtmlAsHtmlFormatWhenExtensionIsHtml() throws Exception {
        Path f = Files.writeString(dir.resolve("p.html"), "<html><body><article><p>Texte en français.</p></article></body></html>");
        RawArticle raw = decode(read(f.toString()).get(0));
        assertThat(raw.format()).isEqualTo(ContentFormat.HTML);
        assertThat(raw.body()).contains("<article>");
    }

    @Test
    void shouldPublishInvalidLinesVerbatimWhenJsonlHasBadRecords() throws Exception {
        String good = "{\"url\":\"https://example.com/a?utm_source=x\",\"title\":\"T\",\"body\":\"Hello\",\"extra\":1}";
        String bad = "{\"body\": \"unterminated";
        String empty = "{\"body\": \"\"}";
        Path f = Files.writeString(dir.resolve("batch.jsonl"), good + "\n\n" + bad + "\r\n" + empty + "\n");
        List<IngestItem> items = read(f.toString());
        assertThat(items).hasSize(3);
        RawArticle raw = decode(items.get(0));
        assertThat(raw.id()).isEqualTo(items.get(0).key()).startsWith("u-");
        assertThat(raw.ingestedAt()).isEqualTo(NOW);
        assertThat(raw.origin()).isEqualTo(f + ":1");
        assertThat(new String(items.get(1).value(), StandardCharsets.UTF_8)).isEqualTo(bad);
        assertThat(items.get(1).origin()).isEqualTo(f + ":3");
        assertThat(new String(items.get(2).value(), StandardCharsets.UTF_8)).isEqualTo(empty);
    }

    @Test
    void shouldReadEveryElementWhenJsonFileIsAnArray() throws Exception {
        Path f = Files.writeString(dir.resolve("arr.json"), "[{\"body\":\"один\"},{\"body\":\"два\"}]");
        List<IngestItem> items = read(f.toString());
        assertThat(items).hasSize(2);
        assertThat(decode(items.get(1)).body()).isEqualTo("два");
    }

    @Test
    void shouldReadDirectoryInNameOrderAndSkipOtherFilesWhenGivenADirectory() throws Exception {
        Files.writeString(dir.resolve("b.txt"), "Second");
        Files.writeString(dir.resolve("a.txt"), "First");
        Files.writeString(dir.resolve("README.md"), "not an article");
        List<IngestItem> items = read(dir.toString());
        assertThat(items).extracting(i -> decode(i).body()).containsExactly("First", "Second");
    }

    @Test
    void shouldReportPathAndReasonWhenFileIsMissing() {
        List<IngestItem> items = new ArrayList<>();
        List<ReadFailure> failures = reader.read(dir.resolve("nope.txt").toString(), items::add);
        assertThat(items).isEmpty();
        assertThat(failures).singleElement().satisfies(f -> {
            assertThat(f.path()).endsWith("nope.txt");
            assertThat(f.reason()).contains("no such file");
        });
    }

    @Test
    void shouldDecodeLegacyWindows1252WhenTextIsNotUtf8() throws Exception {
        Path f = dir.resolve("legacy.txt");
        Files.write(f, "Café – naïve “quotes”".getBytes(Charset.forName("windows-1252")));
        assertThat(decode(read(f.toString()).get(0)).body()).isEqualTo("Café – naïve “quotes”");
    }

    @Test
    void shouldDecodeUtf16WhenTextHasByteOrderMark() throws Exception {
        Path f = dir.resolve("u16.txt");
        byte[] body = "مرحبا بالعالم".getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        Files.write(f, bytes);
        assertThat(decode(read(f.toString()).get(0)).body()).isEqualTo("مرحبا بالعالم");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "  {\"body\":\"x\"}   | JSONL",
        "[{\"body\":\"x\"}]   | JSON",
        "<!doctype html><p>x | HTML",
        "Plain words         | TEXT",
    })
    void shouldSniffFormatWhenReadingStdin(String input, ArticleReader.Kind kind) {
        assertThat(ArticleReader.sniff(input.getBytes(StandardCharsets.UTF_8))).isEqualTo(kind);
    }

    @Test
    void shouldPublishEmptyTextFileSoThatItIsDeadLetteredWhenBodyIsEmpty() throws IOException {
        Path f = Files.writeString(dir.resolve("empty.txt"), "");
        List<IngestItem> items = read(f.toString());
        assertThat(items).hasSize(1);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> decode(items.get(0)))
                .isInstanceOfSatisfying(InvalidArticleException.class,
                        e -> assertThat(e.reason()).isEqualTo(RejectReason.EMPTY_BODY));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // declared, encoded as, text: bytes that are UTF-8 are read as UTF-8 whatever is declared
        "gb2312|UTF-8|长桥县今年粮食产量创新高。",
        "GBK|GBK|长桥县今年粮食产量创新高。",
        "ISO-8859-1|UTF-8|Événement à Saint-Roch: la mairie répond",
        "ISO-8859-1|ISO-8859-1|Événement à Saint-Roch: la mairie répond",
        "windows-1251|windows-1251|Новый мост в Заречье открыт",
        "Shift_JIS|Shift_JIS|港北市で新しい橋が開通した。",
        "no-such-charset|UTF-8|Zürich – Gespräche über Getreide",
        "UTF-16LE|UTF-16LE|plain ASCII text stays in the declared charset"})
    void shouldReadUtf8BytesAsUtf8AndOtherBytesInTheDeclaredCharsetWhenAPageDeclaresOne(String declared,
            String encodedAs, String text) {
        byte[] bytes = text.getBytes(Charset.forName(encodedAs));

        assertThat(ArticleReader.decodeDeclared("page", bytes, declared)).isEqualTo(text);
    }
}
