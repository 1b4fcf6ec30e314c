package io.newswire.tools;

import io.newswire.bench.SyntheticStories;
import io.newswire.model.RawArticle;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Locale;
import java.util.SplittableRandom;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Writes a synthetic crawl for the WARC throughput bench, shaped like a CC-NEWS file: a request and
 * a response record per capture; most responses are news pages of about 27 KB (a head with
 * publication metadata, navigation, the story of {@link SyntheticStories}, related links, and an
 * inline script of pseudo-random configuration so that it compresses about as badly as real pages),
 * every 10th an image and every 25th a 404. Deterministic for a seed; no real text.
 */
final class SyntheticWarc {

    private static final Instant CRAWL_START = Instant.parse("2026-11-01T00:00:00Z");
    private static final int SCRIPT_CHARS = 20_000;
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private SyntheticWarc() {
    }

    /** Writes captures until the file reaches {@code targetBytes}; returns the number of records. */
    static long write(Path file, long targetBytes, PrintStream progress) throws IOException {
        boolean gzip = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
        long records = 0;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
                WarcWriter writer = new WarcWriter(channel, gzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
            SplittableRandom r = new SplittableRandom(42);
            long lastReport = 0;
            for (int i = 0; writer.position() < targetBytes; i++) {
                RawArticle story = SyntheticStories.story(7, i, CRAWL_START);
                Instant captured = CRAWL_START.plusSeconds(i);
                String url = story.url();
                byte[] http;
                if (i % 10 == 9) {
                    url = url + ".jpg";
                    byte[] image = new byte[8_000 + r.nextInt(20_000)];
                    r.nextBytes(image);
                    http = http(200, "image/jpeg", image);
                } else if (i % 25 == 24) {
                    http = http(404, "text/html; charset=utf-8",
                            "<html><body>Not found</body></html>".getBytes(StandardCharsets.UTF_8));
                } else {
                    http = http(200, "text/html; charset=utf-8", page(story, r).getBytes(StandardCharsets.UTF_8));
                }
                byte[] get = ("GET " + java.net.URI.create(url).getRawPath() + " HTTP/1.1\r\nHost: wire.example.org\r\n"
                        + "User-Agent: bench\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
                writer.write(new WarcRequest.Builder(url).date(captured).body(MediaType.HTTP_REQUEST, get).build());
                writer.write(new WarcResponse.Builder(url).date(captured).body(MediaType.HTTP_RESPONSE, http).build());
                records += 2;
                if (writer.position() - lastReport > 100L << 20) {
                    lastReport = writer.position();
                    progress.printf("warc: %d MB, %d records%n", lastReport >> 20, records);
                }
            }
        }
        return records;
    }

    private static String page(RawArticle story, SplittableRandom r) {
        StringBuilder html = new StringBuilder(48_000);
        html.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(story.title())
                .append(" | Wire Example</title><meta property=\"og:title\" content=\"").append(story.title())
                .append("\"><meta property=\"article:published_time\" content=\"").append(story.publishedAt())
                .append("\"><link rel=\"canonical\" href=\"").append(story.url()).append("\"></head><body><nav><ul>");
        for (int n = 0; n < 60; n++) {
            html.append("<li><a href=\"/section/").append(n).append("\">Section ").append(n).append("</a></li>");
        }
        html.append("</ul></nav><article><h1>").append(story.title()).append("</h1>");
        for (String paragraph : story.body().split("\n\n")) {
            html.append("<p>").append(paragraph).append("</p>");
        }
        html.append("</article><aside class=\"related\"><h2>Related</h2><ul>");
        for (int n = 0; n < 12; n++) {
            html.append("<li><a href=\"/story/").append(r.nextInt(1_000_000)).append("\">Related story ").append(n)
                    .append("</a></li>");
        }
        html.append("</ul></aside><script>window.__CONFIG__={\"ids\":\"");
        for (int n = 0; n < SCRIPT_CHARS / 16; n++) {
            long v = r.nextLong();
            for (int shift = 60; shift >= 0; shift -= 4) {
                html.append(HEX[(int) (v >>> shift) & 0xF]);
            }
        }
        html.append("\"};</script><footer>© Wire Example</footer></body></html>");
        return html.toString();
    }

    private static byte[] http(int status, String contentType, byte[] body) {
        byte[] head = ("HTTP/1.1 " + status + " X\r\nContent-Type: " + contentType + "\r\nContent-Length: "
                + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[head.length + body.length];
        System.arraycopy(head, 0, out, 0, head.length);
        System.arraycopy(body, 0, out, head.length, body.length);
        return out;
    }
}
