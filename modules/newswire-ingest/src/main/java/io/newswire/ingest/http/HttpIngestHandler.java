package io.newswire.ingest.http;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.newswire.ingest.IngestItem;
import io.newswire.ingest.IngestProducer;
import io.newswire.kafka.HttpIngestSettings;
import io.newswire.model.ArticleLimits;
import io.newswire.model.InvalidArticleException;
import io.newswire.model.Json;
import io.newswire.model.RawArticle;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /api/articles}: one raw-article JSON object, a JSON array of them, or JSON lines
 * (input contract v1, {@code docs/schema/raw-article.v1.schema.json}).
 *
 * <ul>
 *   <li>{@code Authorization: Bearer <newswire.http.ingest.token>} is required (401 without it or
 *       with another token; compared in constant time).</li>
 *   <li>A body over {@code newswire.http.ingest.max.request.bytes}, or more records than
 *       {@code newswire.http.ingest.max.records}, is refused with 413 before anything is parsed
 *       or published.</li>
 *   <li>Every record is validated as the streams app's decoder validates it. If any is bad the
 *       answer is 422 with {@code index}, {@code reason} (a {@code RejectReason}) and
 *       {@code message} for each bad record, and <em>none</em> is published, so a client can fix
 *       and resend the request as a whole. A body that is not JSON at all is 400.</li>
 *   <li>Otherwise every record is published to the raw topic, keyed by its article id, and the
 *       answer, once the broker has acknowledged them all, is 202 with the ids in request order.
 *       If the broker does not acknowledge in time the answer is 503 (the request may be resent:
 *       the ids are stable, so a repeat is the same article).</li>
 * </ul>
 */
public final class HttpIngestHandler implements HttpHandler {

    /** Where the handler is served. */
    public static final String PATH = "/api/articles";

    private static final Logger LOG = LoggerFactory.getLogger(HttpIngestHandler.class);
    private static final long ACK_TIMEOUT_SECONDS = 30;

    private final HttpIngestSettings settings;
    private final ArticleLimits limits;
    private final IngestProducer producer;
    private final Clock clock;
    private final byte[] expectedAuthorization;

    public HttpIngestHandler(HttpIngestSettings settings, ArticleLimits limits, IngestProducer producer, Clock clock) {
        this.settings = requireNonNull(settings, "settings");
        this.limits = requireNonNull(limits, "limits");
        this.producer = requireNonNull(producer, "producer");
        this.clock = requireNonNull(clock, "clock");
        if (settings.token() == null) {
            throw new IllegalArgumentException("HTTP ingest needs a token");
        }
        this.expectedAuthorization = ("Bearer " + settings.token()).getBytes(StandardCharsets.UTF_8);
    }

    /** An answer: status and JSON body. */
    record Answer(int status, Map<String, Object> body) {
    }

    /** One bad record of a request: its 1-based position, the reject reason and a message. */
    record BadRecord(int index, String reason, String message) {
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        try (ex) {
            Answer answer;
            try {
                answer = answer(ex);
            } catch (RuntimeException e) {
                LOG.warn("POST {} failed", PATH, e);
                answer = error(500, e.getClass().getSimpleName());
            }
            byte[] body = Json.toBytes(answer.body());
            ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
            ex.getResponseHeaders().set("Cache-Control", "no-store");
            ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            ex.sendResponseHeaders(answer.status(), body.length);
            try (OutputStream os = ex.getResponseBody()) {
                os.write(body);
            }
        }
    }

    private Answer answer(HttpExchange ex) throws IOException {
        if (!ex.getRequestURI().getPath().equals(PATH)) {
            return error(404, "not found");
        }
        if (!ex.getRequestMethod().equals("POST")) {
            ex.getResponseHeaders().set("Allow", "POST");
            return error(405, "method not allowed; POST raw-article JSON or JSON lines");
        }
        String authorization = ex.getRequestHeaders().getFirst("Authorization");
        if (authorization == null || !MessageDigest.isEqual(expectedAuthorization,
                authorization.strip().getBytes(StandardCharsets.UTF_8))) {
            ex.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"newswire\"");
            return error(401, authorization == null ? "missing bearer token" : "invalid bearer token");
        }
        String length = ex.getRequestHeaders().getFirst("Content-Length");
        if (length != null) {
            try {
                if (Long.parseLong(length.strip()) > settings.maxRequestBytes()) {
                    return tooLarge();
                }
            } catch (NumberFormatException e) {
                return error(400, "invalid Content-Length");
            }
        }
        byte[] body;
        try (InputStream in = ex.getRequestBody()) {
            body = in.readNBytes(settings.maxRequestBytes() + 1);
        }
        if (body.length > settings.maxRequestBytes()) {
            return tooLarge();
        }
        List<byte[]> records;
        try {
            records = split(body);
        } catch (IOException e) {
            return error(400, "not JSON, a JSON array or JSON lines: " + e.getMessage());
        }
        if (records.isEmpty()) {
            return error(400, "no records in the request");
        }
        if (records.size() > settings.maxRecords()) {
            return error(413, records.size() + " records; at most " + settings.maxRecords()
                    + " per request (newswire.http.ingest.max.records)");
        }
        List<IngestItem> items = new ArrayList<>(records.size());
        List<BadRecord> bad = new ArrayList<>();
        String origin = "http:" + ex.getRemoteAddress().getAddress().getHostAddress();
        for (int i = 0; i < records.size(); i++) {
            byte[] record = records.get(i);
            if (record == null) {
                bad.add(new BadRecord(i + 1, "MALFORMED_JSON", "not a JSON value"));
                continue;
            }
            try {
                RawArticle raw = Json.decodeRaw(record, limits);
                if (raw.ingestedAt() == null) {
                    raw = raw.withIngestedAt(clock.instant());
                }
                if (raw.origin() == null) {
                    raw = raw.toBuilder().origin(origin).build();
                }
                items.add(new IngestItem(raw.id(), Json.toBytes(raw), origin + "#" + (i + 1)));
            } catch (InvalidArticleException e) {
                bad.add(new BadRecord(i + 1, e.reason().name(), e.getMessage()));
            }
        }
        if (!bad.isEmpty()) {
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("error", bad.size() + " of " + records.size() + " records are invalid; none was published");
            answer.put("records", bad);
            return new Answer(422, answer);
        }
        return publish(items);
    }

    private Answer publish(List<IngestItem> items) {
        List<Future<?>> acks = new ArrayList<>(items.size());
        for (IngestItem item : items) {
            acks.add(producer.send(item));
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(ACK_TIMEOUT_SECONDS);
        try {
            for (Future<?> ack : acks) {
                ack.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return error(503, "interrupted before the broker acknowledged the records");
        } catch (ExecutionException | TimeoutException e) {
            String why = e instanceof ExecutionException && e.getCause() != null ? e.getCause().getMessage()
                    : "no acknowledgement within " + ACK_TIMEOUT_SECONDS + " s";
            LOG.warn("POST {}: not published: {}", PATH, why);
            return error(503, "not published (resend; ids are stable): " + why);
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("accepted", items.size());
        answer.put("ids", items.stream().map(IngestItem::key).toList());
        return new Answer(202, answer);
    }

    /**
     * The records of a body: the elements of a JSON array, the values of a JSON document or of
     * whitespace-separated JSON values; if that stream does not parse, its lines one by one (a
     * line that does not parse is a {@code null}, reported as malformed with its position).
     */
    static List<byte[]> split(byte[] body) throws IOException {
        List<byte[]> out = new ArrayList<>();
        try (MappingIterator<JsonNode> values = Json.mapper().readerFor(JsonNode.class).readValues(body)) {
            List<JsonNode> nodes = new ArrayList<>();
            while (values.hasNextValue()) {
                nodes.add(values.nextValue());
            }
            if (nodes.size() == 1 && nodes.get(0).isArray()) {
                nodes = new ArrayList<>();
                values.close();
                Json.mapper().readTree(body).forEach(nodes::add);
            }
            for (JsonNode node : nodes) {
                out.add(Json.mapper().writeValueAsBytes(node));
            }
            return out;
        } catch (IOException | RuntimeException e) {
            out.clear();
        }
        int start = 0;
        boolean anyParsed = false;
        for (int i = 0; i <= body.length; i++) {
            if (i == body.length || body[i] == '\n') {
                String line = new String(body, start, i - start, StandardCharsets.UTF_8).strip();
                if (!line.isEmpty()) {
                    try {
                        Json.mapper().readTree(line);
                        out.add(line.getBytes(StandardCharsets.UTF_8));
                        anyParsed = true;
                    } catch (IOException e) {
                        out.add(null);
                    }
                }
                start = i + 1;
            }
        }
        if (!anyParsed) {
            throw new IOException("no line is a JSON value");
        }
        return out;
    }

    private Answer tooLarge() {
        return error(413, "request body over " + settings.maxRequestBytes()
                + " bytes (newswire.http.ingest.max.request.bytes)");
    }

    private static Answer error(int status, String message) {
        return new Answer(status, Map.of("error", message));
    }
}
