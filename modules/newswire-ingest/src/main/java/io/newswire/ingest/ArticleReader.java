package io.newswire.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.newswire.model.ArticleIds;
import io.newswire.model.ArticleLimits;
import io.newswire.model.ContentFormat;
import io.newswire.model.InvalidArticleException;
import io.newswire.model.Json;
import io.newswire.model.RawArticle;
import io.newswire.model.Utf8;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns files into raw-article records: {@code .txt} (one article), {@code .html}/{@code .htm}
 * (one page), {@code .json} (one object or an array) and {@code .jsonl} (one object per line);
 * directories are walked in name order; {@code -} is standard input, its format sniffed.
 *
 * <p>Ingest never drops a record it cannot decode: an invalid JSON line is published byte for byte
 * and the streams app dead-letters it with its reason, so every rejection is in one place. Only a
 * file that cannot be read at all is a failure here.
 */
public final class ArticleReader {

    private static final Logger LOG = LoggerFactory.getLogger(ArticleReader.class);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final Clock clock;
    private final ArticleLimits limits;

    public ArticleReader(Clock clock, ArticleLimits limits) {
        this.clock = clock;
        this.limits = limits;
    }

    /** Which kind of input a path is, by its extension; {@code null} when not an article file. */
    enum Kind { TEXT, HTML, JSON, JSONL }

    static Kind kindOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".txt")) {
            return Kind.TEXT;
        } else if (name.endsWith(".html") || name.endsWith(".htm")) {
            return Kind.HTML;
        } else if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return Kind.JSONL;
        } else if (name.endsWith(".json")) {
            return Kind.JSON;
        }
        return null;
    }

    /**
     * Reads one path (file, directory or {@code -}) and hands each record to {@code out}.
     *
     * @return the files that could not be read; empty when all went well
     */
    public List<ReadFailure> read(String path, Consumer<IngestItem> out) {
        List<ReadFailure> failures = new ArrayList<>();
        if (path.equals("-")) {
            try {
                byte[] bytes = System.in.readAllBytes();
                readBytes("<stdin>", sniff(bytes), bytes, out);
            } catch (IOException e) {
                failures.add(new ReadFailure("<stdin>", e.getMessage()));
            }
            return failures;
        }
        Path p = Path.of(path);
        if (!Files.exists(p)) {
            failures.add(new ReadFailure(path, "no such file or directory"));
            return failures;
        }
        List<Path> files;
        if (Files.isDirectory(p)) {
            try (Stream<Path> walk = Files.walk(p)) {
                files = walk.filter(Files::isRegularFile).filter(f -> kindOf(f) != null).sorted().toList();
            } catch (IOException | java.io.UncheckedIOException e) {
                failures.add(new ReadFailure(path, "cannot list directory: " + e.getMessage()));
                return failures;
            }
        } else {
            files = List.of(p);
        }
        for (Path f : files) {
            Kind kind = kindOf(f);
            if (kind == null) {
                failures.add(new ReadFailure(f.toString(), "unsupported file type (expected .txt, .html, .json or .jsonl)"));
                continue;
            }
            try {
                readBytes(f.toString(), kind, Files.readAllBytes(f), out);
            } catch (IOException | OutOfMemoryError e) {
                failures.add(new ReadFailure(f.toString(), e.getClass().getSimpleName() + ": " + e.getMessage()));
            }
        }
        return failures;
    }

    /** Reads records from an in-memory input of a known kind. */
    public void readBytes(String origin, Kind kind, byte[] bytes, Consumer<IngestItem> out) {
        switch (kind) {
            case TEXT -> out.accept(article(origin, decodeText(origin, bytes), ContentFormat.TEXT));
            case HTML -> out.accept(article(origin, decodeText(origin, bytes), ContentFormat.HTML));
            case JSON -> readJson(origin, bytes, out);
            case JSONL -> readJsonLines(origin, bytes, out);
            default -> throw new IllegalArgumentException("unknown kind " + kind);
        }
    }

    static Kind sniff(byte[] bytes) {
        for (byte b : bytes) {
            if (b == ' ' || b == '\n' || b == '\r' || b == '\t') {
                continue;
            }
            if (b == '{') {
                return Kind.JSONL;
            }
            if (b == '[') {
                return Kind.JSON;
            }
            return b == '<' ? Kind.HTML : Kind.TEXT;
        }
        return Kind.TEXT;
    }

    private IngestItem article(String origin, String text, ContentFormat format) {
        RawArticle raw = RawArticle.builder(text).format(format).ingestedAt(clock.instant()).origin(origin).build();
        raw = raw.withId(ArticleIds.of(raw));
        return new IngestItem(raw.id(), Json.toBytes(raw), origin);
    }

    private void readJson(String origin, byte[] bytes, Consumer<IngestItem> out) {
        JsonNode tree;
        try {
            tree = Json.mapper().readTree(bytes);
        } catch (IOException e) {
            // Not one JSON document: maybe JSON lines in a .json file.
            readJsonLines(origin, bytes, out);
            return;
        }
        if (tree != null && tree.isArray()) {
            int i = 0;
            for (JsonNode element : tree) {
                i++;
                try {
                    jsonRecord(origin + "[" + i + "]", Json.mapper().writeValueAsBytes(element), out);
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException("cannot re-serialize a parsed JSON node", e);
                }
            }
        } else {
            jsonRecord(origin, bytes, out);
        }
    }

    private void readJsonLines(String origin, byte[] bytes, Consumer<IngestItem> out) {
        int lineNo = 0;
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                lineNo++;
                int end = i;
                if (end > start && bytes[end - 1] == '\r') {
                    end--;
                }
                if (!isBlank(bytes, start, end)) {
                    byte[] line = java.util.Arrays.copyOfRange(bytes, start, end);
                    jsonRecord(origin + ":" + lineNo, line, out);
                }
                start = i + 1;
            }
        }
    }

    /** A valid record gets its id, ingest time and origin; an invalid one goes as it is. */
    private void jsonRecord(String origin, byte[] bytes, Consumer<IngestItem> out) {
        try {
            RawArticle raw = Json.decodeRaw(bytes, limits);
            if (raw.ingestedAt() == null) {
                raw = raw.withIngestedAt(clock.instant());
            }
            if (raw.origin() == null) {
                raw = raw.toBuilder().origin(origin).build();
            }
            out.accept(new IngestItem(raw.id(), Json.toBytes(raw), origin));
        } catch (InvalidArticleException e) {
            // Not ours to reject: the streams app dead-letters it with this same reason.
            LOG.debug("{}: {} ({}); publishing it as is", origin, e.reason(), e.getMessage());
            out.accept(new IngestItem(ArticleIds.forContent(null, new String(bytes, StandardCharsets.ISO_8859_1)),
                    bytes, origin));
        }
    }

    /**
     * Text files in the wild are UTF-8, UTF-16 with a byte-order mark, or legacy Windows-1252; the
     * last is decoded as such (with a warning) rather than rejected, since every byte is meaningful.
     */
    public static String decodeText(String origin, byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        String utf8 = Utf8.strict(bytes, Utf8.bomLength(bytes));
        if (utf8 == null) {
            LOG.warn("{}: not valid UTF-8, read as Windows-1252", origin);
            return new String(bytes, WINDOWS_1252);
        }
        return utf8;
    }

    /**
     * A fetched page's text in the charset its HTTP header or {@code <meta>} declares ({@code null}
     * when neither does), unless its bytes say otherwise: a byte-order mark wins (as in browsers), and
     * bytes that hold non-ASCII characters and decode as UTF-8 without one malformed sequence are read
     * as UTF-8 whatever the declaration says. Pages re-encoded to UTF-8 by a CMS migration, a proxy or
     * an archiving tool keep their old {@code charset=gb2312} or {@code iso-8859-1}, and servers that
     * add a default {@code charset=iso-8859-1} to every response are common; the other way round,
     * legacy multi-byte text (GBK, Shift_JIS, Windows-1251, Latin-1 accents) is practically never valid
     * UTF-8. trafilatura decides the same way (its {@code detect_encoding} tries UTF-8 before any
     * declaration or guess). An all-ASCII page keeps its declared charset, so UTF-16 declared in a
     * header still reads as UTF-16.
     */
    public static String decodeDeclared(String origin, byte[] bytes, String declared) {
        boolean bom = bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)
                || Utf8.bomLength(bytes) > 0;
        if (declared == null || bom) {
            return decodeText(origin, bytes);
        }
        Charset charset;
        try {
            charset = Charset.forName(declared.strip());
        } catch (IllegalArgumentException e) {
            // an unknown or malformed name: read it as the undeclared pages are read
            return decodeText(origin, bytes);
        }
        if (charset.equals(StandardCharsets.UTF_8)) {
            return decodeText(origin, bytes);
        }
        String utf8 = Utf8.ifNonAscii(bytes); // (no BOM here: one was read above)
        if (utf8 != null) {
            LOG.debug("{}: declared {} but its bytes are UTF-8; read as UTF-8", origin, charset.name());
            return utf8;
        }
        return new String(bytes, charset); // all ASCII, or not UTF-8: the declaration stands
    }

    private static boolean isBlank(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != ' ' && b[i] != '\t' && b[i] != '\r') {
                return false;
            }
        }
        return true;
    }
}
