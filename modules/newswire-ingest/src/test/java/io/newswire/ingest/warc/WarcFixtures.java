package io.newswire.ingest.warc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.zip.GZIPOutputStream;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** WARC files written with jwarc for the tests: raw HTTP responses, so every byte is under control. */
final class WarcFixtures {

    static final Instant CAPTURED = Instant.parse("2026-03-04T05:06:07Z");

    private WarcFixtures() {
    }

    static WarcResponse response(String url, Instant date, byte[] http) {
        return new WarcResponse.Builder(url).date(date).body(MediaType.HTTP_RESPONSE, http).build();
    }

    static WarcResponse html(String url, String page) {
        return response(url, CAPTURED, http(200, "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8)));
    }

    static WarcRequest request(String url) {
        byte[] get = ("GET / HTTP/1.1\r\nHost: " + java.net.URI.create(url).getHost() + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        return new WarcRequest.Builder(url).date(CAPTURED).body(MediaType.HTTP_REQUEST, get).build();
    }

    static byte[] http(int status, String contentType, byte[] body, String... extraHeaders) {
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(status).append(" X\r\n");
        if (contentType != null) {
            head.append("Content-Type: ").append(contentType).append("\r\n");
        }
        for (String h : extraHeaders) {
            head.append(h).append("\r\n");
        }
        head.append("Content-Length: ").append(body.length).append("\r\n\r\n");
        byte[] h = head.toString().getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[h.length + body.length];
        System.arraycopy(h, 0, out, 0, h.length);
        System.arraycopy(body, 0, out, h.length, body.length);
        return out;
    }

    static byte[] encoded(String text, Charset charset) {
        return text.getBytes(charset);
    }

    static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    static String page(String title, String publishedMeta, String body) {
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + title + "</title>"
                + (publishedMeta == null ? "" : publishedMeta)
                + "</head><body><article><h1>" + title + "</h1><p>" + body + "</p></article></body></html>";
    }

    static Path write(Path file, boolean gzip, WarcRecord... records) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
                WarcWriter writer = new WarcWriter(channel, gzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
            for (WarcRecord r : records) {
                writer.write(r);
            }
        }
        return file;
    }
}
