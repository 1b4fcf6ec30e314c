package io.newswire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.model.ArticleLimits;
import io.newswire.model.InvalidArticleException;
import io.newswire.model.Json;
import io.newswire.model.RawArticle;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * Hostile files through the ingest reader: it never throws, never drops a line, and what it
 * publishes either decodes (with an ingest time) or is the original line byte for byte, for the
 * streams app to dead-letter.
 */
class ArticleReaderHostileInputTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final ArticleLimits LIMITS = new ArticleLimits(64 * 1024, 4 * 1024);
    private final ArticleReader reader = new ArticleReader(Clock.fixed(NOW, ZoneOffset.UTC), LIMITS);

    private List<IngestItem> read(ArticleReader.Kind kind, byte[] bytes) {
        List<IngestItem> items = new ArrayList<>();
        reader.readBytes("hostile", kind, bytes, items::add);
        return items;
    }

    @Property(tries = 500)
    void shouldReadOneArticleWhenAnyBytesAreATextOrHtmlFile(@ForAll @Size(max = 2_000) byte[] bytes,
            @ForAll boolean html) {
        List<IngestItem> items = read(html ? ArticleReader.Kind.HTML : ArticleReader.Kind.TEXT, bytes);
        assertThat(items).hasSize(1);
        assertThat(items.get(0).key()).isNotBlank();
    }

    @Provide
    Arbitrary<List<byte[]>> hostileLines() {
        Arbitrary<byte[]> good = Arbitraries.of("{\"body\": \"Zürich, 3. März – Regen.\"}",
                "{\"body\": \"القاهرة - نص.\", \"x\": [1]}", "{\"body\": \"👩\u200d👩\u200d👧 \u202eRTL\"}")
                .map(s -> s.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> bad = Arbitraries.of("{\"body\": 42}", "{\"body\": \"a\", \"body\": \"b\"}", "[1, 2]",
                "{\"body\": \"\\u0000\"}", "{\"title\": \"x\"}", "{\"body\": \"" + "x".repeat(5_000) + "\"}",
                "{\"a\": " + "[".repeat(3_000) + "]".repeat(3_000) + "}", "\u0000\u0001", "{unquoted: 1}")
                .map(s -> s.getBytes(StandardCharsets.UTF_8));
        // Random bytes without line breaks, so that each stays one line.
        Arbitrary<byte[]> noise = Arbitraries.bytes().filter(b -> b != '\n').array(byte[].class).ofMinSize(1)
                .ofMaxSize(200).filter(b -> !isBlank(b));
        return Arbitraries.oneOf(good, bad, noise).list().ofMaxSize(30);
    }

    @Property(tries = 300)
    void shouldPublishEveryLineOnceWhenJsonLinesAreHostile(@ForAll("hostileLines") List<byte[]> lines,
            @ForAll boolean crlf) {
        byte[] separator = (crlf ? "\r\n" : "\n").getBytes(StandardCharsets.US_ASCII);
        List<byte[]> expected = new ArrayList<>();
        java.io.ByteArrayOutputStream file = new java.io.ByteArrayOutputStream();
        for (byte[] line : lines) {
            file.writeBytes(line);
            file.writeBytes(separator);
            // The reader drops the line break (and a trailing CR before it) and nothing else.
            byte[] kept = line;
            if (!crlf && kept.length > 0 && kept[kept.length - 1] == '\r') {
                kept = Arrays.copyOf(kept, kept.length - 1);
            }
            if (!isBlank(kept)) {
                expected.add(kept);
            }
        }
        List<IngestItem> items = read(ArticleReader.Kind.JSONL, file.toByteArray());
        assertThat(items).hasSameSizeAs(expected);
        for (int i = 0; i < items.size(); i++) {
            IngestItem item = items.get(i);
            assertThat(item.origin()).startsWith("hostile:");
            try {
                RawArticle raw = Json.decodeRaw(item.value(), LIMITS);
                assertThat(raw.ingestedAt()).isEqualTo(NOW);
                assertThat(item.key()).isEqualTo(raw.id());
            } catch (InvalidArticleException e) {
                assertThat(item.value()).as("an undecodable line goes as it is").isEqualTo(expected.get(i));
            }
        }
    }

    @Property(tries = 300)
    void shouldNeverThrowWhenAJsonFileIsArbitraryBytes(@ForAll @Size(max = 2_000) byte[] bytes) {
        List<IngestItem> items = read(ArticleReader.Kind.JSON, bytes);
        assertThat(items).allSatisfy(item -> assertThat(item.key()).isNotBlank());
    }

    @Test
    void shouldPublishATenMegabyteLineAsItIsWhenItIsOverTheRecordLimit() {
        byte[] line = ("{\"body\": \"" + "Zeile ".repeat(10 * 1024 * 1024 / 6) + "\"}").getBytes(StandardCharsets.UTF_8);
        List<IngestItem> items = read(ArticleReader.Kind.JSONL, line);
        assertThat(items).singleElement().satisfies(item -> assertThat(item.value()).isEqualTo(line));
    }

    private static boolean isBlank(byte[] b) {
        for (byte x : b) {
            if (x != ' ' && x != '\t' && x != '\r' && x != '\n') {
                return false;
            }
        }
        return true;
    }
}
