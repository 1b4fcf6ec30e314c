package io.newswire.ingest.warc;

import static java.util.Objects.requireNonNull;

import io.newswire.ingest.ArticleReader;
import io.newswire.ingest.IngestItem;
import io.newswire.model.ArticleIds;
import io.newswire.model.ArticleLimits;
import io.newswire.model.ContentFormat;
import io.newswire.model.Json;
import io.newswire.model.RawArticle;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;

/**
 * Streams a {@code .warc} or {@code .warc.gz} file (jwarc detects the compression) and turns every
 * response record of an HTML page with a 2xx status into a raw article: the capture's target URI
 * as URL (and so the article id), the page as HTML body (charset from the HTTP header, else the
 * page's {@code <meta charset>}, else UTF-8 with a Windows-1252 fallback), and as Kafka timestamp
 * the page's publication date from its metadata, else the capture's {@code WARC-Date}.
 *
 * <p>Memory is bounded by one record: a page is read up to the raw-record limit and no further. Every
 * other record is counted: requests, metadata, redirects, images and the like are <em>skipped</em>
 * (by reason), and records that cannot be read as pages (an unparseable HTTP message, a body over the
 * limit, a broken content encoding) are <em>bad</em>, each reported with its offset through
 * {@link Listener#bad}. A WARC record whose own header is broken ends the file, reported the same
 * way, since the next record's start cannot be known.
 *
 * <p>Offsets are those of jwarc: byte positions in the file as stored (for {@code .warc.gz}, the
 * start of the record's gzip member), so {@link #read(Path, long, Listener)} can resume from any
 * offset a previous run reported.
 */
public final class WarcArticleReader {

    /** What the caller hears about while a file is read. */
    public interface Listener {
        /** A page made into an article; publish it. */
        void article(IngestItem item);

        /** A record that could not be made into an article; never dropped silently. */
        void bad(BadRecord record);

        /**
         * Before every record, and once at the end with the file's size: every record before
         * {@code offset} has been handed over, so a run resumed from it reads each remaining record
         * once. Called often; implementations decide when to report.
         */
        default void position(long offset, Counts counts) {
        }
    }

    /** A record that could not be read as a page, at its offset in the file. */
    public record BadRecord(String file, long offset, String reason) {
        public BadRecord {
            requireNonNull(file, "file");
            requireNonNull(reason, "reason");
        }

        /** {@code file@offset}, the form {@code --from-offset} takes its number from. */
        public String origin() {
            return file + "@" + offset;
        }
    }

    /** Running totals of a file: records read, articles made, skipped by reason, bad records. */
    public static final class Counts {
        private long records;
        private long articles;
        private long bad;
        private final Map<String, Long> skipped = new TreeMap<>();

        public long records() {
            return records;
        }

        public long articles() {
            return articles;
        }

        public long bad() {
            return bad;
        }

        /** Skipped records by reason ({@code "request record"}, {@code "status 404"}, {@code "type image/png"}...). */
        public Map<String, Long> skipped() {
            return Map.copyOf(skipped);
        }

        public long skippedTotal() {
            return skipped.values().stream().mapToLong(Long::longValue).sum();
        }

        private void skip(String reason) {
            skipped.merge(reason, 1L, Long::sum);
        }
    }

    /** How a file's read ended: its counts, the offset after the last record read, and whether it reached the end. */
    public record Outcome(Counts counts, long endOffset, boolean complete) {
    }

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]{0,200}?charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]{1,40})", Pattern.CASE_INSENSITIVE);
    /** Where an HTML page declares its charset, if it does: the start of its head. */
    private static final int CHARSET_SNIFF_BYTES = 2048;

    private final Clock clock;
    private final ArticleLimits limits;

    public WarcArticleReader(Clock clock, ArticleLimits limits) {
        this.clock = requireNonNull(clock, "clock");
        this.limits = requireNonNull(limits, "limits");
    }

    /** Whether a path names a WARC file by its extension ({@code .warc}, {@code .warc.gz}). */
    public static boolean isWarc(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".warc") || name.endsWith(".warc.gz");
    }

    /**
     * Reads {@code file} from {@code fromOffset} (0 for the start; else an offset a previous run
     * reported, the start of a record) to its end.
     *
     * @throws IOException when the file cannot be opened or the offset is past its end
     */
    public Outcome read(Path file, long fromOffset, Listener listener) throws IOException {
        String name = file.toString();
        Counts counts = new Counts();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            if (fromOffset < 0 || fromOffset > channel.size()) {
                throw new IOException("offset " + fromOffset + " is outside the file (0 to " + channel.size() + ")");
            }
            channel.position(fromOffset);
            long lastStart = fromOffset;
            try (WarcReader reader = new WarcReader(channel)) {
                reader.onWarning(w -> { });
                while (true) {
                    Optional<WarcRecord> next;
                    try {
                        // consumes the rest of the previous record first: a short one fails here
                        next = reader.next();
                    } catch (IOException | RuntimeException e) {
                        counts.bad++;
                        listener.bad(new BadRecord(name, lastStart, "unreadable WARC record at or after this "
                                + "offset, file not read further: " + message(e)));
                        return new Outcome(counts, lastStart, false);
                    }
                    if (next.isEmpty()) {
                        break;
                    }
                    long start = reader.position();
                    // every record before this one is handled: a resume from here loses nothing
                    listener.position(start, counts);
                    counts.records++;
                    try {
                        handle(name, start, next.get(), counts, listener);
                    } catch (IOException | RuntimeException e) {
                        counts.bad++;
                        listener.bad(new BadRecord(name, start, message(e)));
                    }
                    lastStart = start;
                }
                long end = channel.size();
                listener.position(end, counts);
                return new Outcome(counts, end, true);
            }
        }
    }

    private void handle(String file, long offset, WarcRecord record, Counts counts, Listener listener)
            throws IOException {
        if (record instanceof WarcRevisit revisit) {
            counts.skip(revisitReason(revisit));
            return;
        }
        if (!(record instanceof WarcResponse response)) {
            counts.skip(record.type() + " record");
            return;
        }
        String target = response.target();
        MediaType warcType = response.contentType();
        if (!warcType.base().equals(MediaType.HTTP_RESPONSE.base()) && !"http".equals(warcType.type())
                && !target.startsWith("http")) {
            counts.skip("non-HTTP response");
            return;
        }
        HttpResponse http;
        try {
            http = response.http();
        } catch (IOException | RuntimeException e) {
            throw new IOException("unparseable HTTP response: " + message(e), e);
        }
        int status = http.status();
        if (status < 200 || status > 299) {
            counts.skip("status " + status);
            return;
        }
        MediaType type = contentType(http);
        if (type != null && !isHtml(type)) {
            counts.skip("type " + type.base());
            return;
        }
        byte[] page = readBounded(http);
        if (page == null) {
            throw new IOException("page larger than " + limits.maxRecordBytes() + " bytes ("
                    + "newswire.max.record.bytes)");
        }
        if (type == null && !looksLikeHtml(page)) {
            counts.skip("type unknown, not HTML");
            return;
        }
        String origin = file + "@" + offset;
        String html = decode(origin, page, type);
        Instant captured = response.date();
        Instant eventTime = PublicationDates.find(html, captured).orElse(captured);
        RawArticle raw = RawArticle.builder(html).format(ContentFormat.HTML).url(target)
                .ingestedAt(clock.instant()).origin(origin).build();
        raw = raw.withId(ArticleIds.of(raw));
        byte[] json = Json.toBytes(raw);
        if (json.length > limits.maxRecordBytes()) {
            throw new IOException("record of " + json.length + " bytes is over newswire.max.record.bytes ("
                    + limits.maxRecordBytes() + ")");
        }
        counts.articles++;
        listener.article(new IngestItem(raw.id(), json, origin, eventTime == null ? null : eventTime.toEpochMilli()));
    }

    /**
     * Why a revisit record is skipped, by its profile. A revisit holds headers only: the page is the
     * payload of an earlier capture. Of the same URL ({@code identical-payload-digest} or
     * {@code server-not-modified}), that capture is the same article, published under the same id
     * when it was read; of another URL, the page is a copy of that one. Either way publishing the
     * revisit would add no article, so it is counted, never resolved into a second copy.
     */
    static String revisitReason(WarcRevisit revisit) {
        String profile;
        try {
            profile = revisit.profile() == null ? "" : revisit.profile().toString();
        } catch (RuntimeException e) {
            profile = "";
        }
        if (profile.contains("identical-payload-digest")) {
            return "revisit record (identical payload)";
        }
        if (profile.contains("server-not-modified")) {
            return "revisit record (not modified)";
        }
        return "revisit record (other profile)";
    }

    private static MediaType contentType(HttpResponse http) {
        Optional<String> header = http.headers().first("Content-Type");
        if (header.isEmpty() || header.get().isBlank()) {
            return null;
        }
        // parseLeniently never throws; its isValid() is false for plain types such as image/png
        MediaType type = MediaType.parseLeniently(header.get());
        return type.type().isEmpty() ? null : type;
    }

    private static boolean isHtml(MediaType type) {
        String base = type.base().toString();
        return base.equals("text/html") || base.equals("application/xhtml+xml");
    }

    private static boolean looksLikeHtml(byte[] page) {
        int n = Math.min(page.length, 512);
        String start = new String(page, 0, n, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        return start.contains("<html") || start.contains("<!doctype html") || start.contains("<head");
    }

    /** The decoded body (content encoding undone), or {@code null} when it is over the record limit. */
    private byte[] readBounded(HttpResponse http) throws IOException {
        int limit = limits.maxRecordBytes();
        try (InputStream in = http.bodyDecoded().stream()) {
            byte[] bytes = in.readNBytes(limit + 1);
            return bytes.length > limit ? null : bytes;
        }
    }

    private static String decode(String origin, byte[] page, MediaType type) {
        String declared = type == null ? null : type.parameters().get("charset");
        if (declared == null) {
            String head = new String(page, 0, Math.min(page.length, CHARSET_SNIFF_BYTES), StandardCharsets.ISO_8859_1);
            Matcher m = META_CHARSET.matcher(head);
            declared = m.find() ? m.group(1) : null;
        }
        return ArticleReader.decodeDeclared(origin, page, declared);
    }

    private static String message(Throwable e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }
}
