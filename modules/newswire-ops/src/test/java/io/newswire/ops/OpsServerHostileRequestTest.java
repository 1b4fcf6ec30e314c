package io.newswire.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile HTTP clients against the ops endpoints, over raw sockets so that nothing on the client
 * side cleans the request up: oversized request lines and headers are refused by closing the
 * connection, bodies are refused with a status, garbage gets 400, half-sent requests are dropped,
 * and after each of them the server still answers.
 */
class OpsServerHostileRequestTest {

    /** Only a bound on a client that never hears back; no test waits this long when the server behaves. */
    private static final int CLIENT_TIMEOUT_MILLIS = 30_000;
    private static final String CLOSED = "closed";

    private OpsServer server;

    @BeforeEach
    void start() throws IOException {
        server = new OpsServer("127.0.0.1", 0, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), HealthCheck.always(),
                () -> Map.of("articlesIn", 1), new RecentArticles(3)).start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** Sends raw bytes and returns the response's status line, or {@value #CLOSED} if the server hung up. */
    private String exchange(byte[] request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(CLIENT_TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request);
                out.flush();
            } catch (IOException e) {
                return CLOSED; // the server closed while the request was still being written
            }
            return statusLine(socket.getInputStream());
        }
    }

    private static String statusLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        try {
            int c;
            while ((c = in.read()) != -1 && c != '\r' && c != '\n') {
                line.append((char) c);
            }
        } catch (SocketTimeoutException e) {
            throw e; // a hung connection is a failure, never a pass
        } catch (IOException e) {
            return CLOSED; // reset by the server
        }
        return line.length() == 0 ? CLOSED : line.toString();
    }

    private static byte[] get(String target, String... headers) {
        StringBuilder sb = new StringBuilder("GET ").append(target).append(" HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        for (String h : headers) {
            sb.append(h).append("\r\n");
        }
        return sb.append("Connection: close\r\n\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private void assertStillServing() throws IOException {
        assertThat(exchange(get("/health"))).isEqualTo("HTTP/1.1 200 OK");
    }

    @Test
    void shouldAnswerOrdinaryRequestsWhenHeadersAreWithinLimits() throws IOException {
        String cookie = "Cookie: " + IntStream.range(0, 100).mapToObj(i -> "c" + i + "=" + "v".repeat(30))
                .collect(Collectors.joining("; "));
        assertThat(exchange(get("/health", cookie, "Accept-Language: de-CH, fr;q=0.8, zh-Hant;q=0.5")))
                .isEqualTo("HTTP/1.1 200 OK");
        assertThat(exchange(get("/api/articles/recent?limit=%F0%9F%98%80&q=%D8%A7%D9%84%D9%82%D8%A7%D9%87%D8%B1%D8%A9")))
                .isEqualTo("HTTP/1.1 200 OK");
    }

    @ParameterizedTest
    @ValueSource(ints = {OpsServer.MAX_REQUEST_HEAD_BYTES + 1, 2 * 1024 * 1024})
    void shouldCloseTheConnectionWhenTheRequestLineIsOversized(int length) throws IOException {
        assertThat(exchange(get("/health?q=" + "a".repeat(length)))).isEqualTo(CLOSED);
        assertStillServing();
    }

    @Test
    void shouldCloseTheConnectionWhenAHeaderIsOversized() throws IOException {
        assertThat(exchange(get("/health", "X-Big: " + "ß".repeat(OpsServer.MAX_REQUEST_HEAD_BYTES))))
                .isEqualTo(CLOSED);
        assertStillServing();
    }

    @Test
    void shouldCloseTheConnectionWhenThereAreTooManyHeaders() throws IOException {
        String[] headers = IntStream.range(0, OpsServer.MAX_REQUEST_HEADERS + 1).mapToObj(i -> "X-H" + i + ": v")
                .toArray(String[]::new);
        assertThat(exchange(get("/health", headers))).isEqualTo(CLOSED);
        assertStillServing();
    }

    @Test
    void shouldRefuseAHugePostWithoutReadingItWhenABodyIsAnnounced() throws IOException {
        byte[] head = ("POST /metrics HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 104857600\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        byte[] request = new byte[head.length + 64 * 1024];
        System.arraycopy(head, 0, request, 0, head.length);
        // 64 KiB of the announced 100 MiB: the answer must come without the server waiting for the rest.
        assertThat(exchange(request)).isIn("HTTP/1.1 405 Method Not Allowed", CLOSED);
        assertStillServing();
    }

    @Test
    void shouldRefuseAChunkedBodyWhenAGetCarriesOne() throws IOException {
        byte[] request = ("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "100000\r\n" + "x".repeat(1000)).getBytes(StandardCharsets.ISO_8859_1);
        assertThat(exchange(request)).isEqualTo("HTTP/1.1 413 Request Entity Too Large");
        assertStillServing();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000\u0001\u00ff\r\n\r\n", "GET\r\n\r\n", "\r\n\r\n",
        "ÄÖÜ /health HTTP/1.1\r\n\r\n"})
    void shouldAnswerBadRequestOrCloseWhenTheRequestIsGarbage(String garbage) throws IOException {
        String status = exchange(garbage.getBytes(StandardCharsets.ISO_8859_1));
        assertThat(status).matches("HTTP/1\\.1 (400|405|505) .*|" + CLOSED);
        assertStillServing();
    }

    @Test
    void shouldDropHalfSentRequestsAndKeepServingWhenClientsStall() throws IOException {
        // More stalled clients than the server has handler threads.
        List<Socket> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                Socket s = new Socket("127.0.0.1", server.port());
                s.setSoTimeout(CLIENT_TIMEOUT_MILLIS);
                s.getOutputStream().write("GET /hea".getBytes(StandardCharsets.ISO_8859_1));
                s.getOutputStream().flush();
                stalled.add(s);
            }
            assertStillServing();
            for (Socket s : stalled) {
                assertThat(statusLine(s.getInputStream())).isEqualTo(CLOSED);
            }
        } finally {
            for (Socket s : stalled) {
                s.close();
            }
        }
    }

    @Test
    void shouldBoundTheJdkServerWhenNoOtherLimitIsConfigured() {
        assertThat(System.getProperty("sun.net.httpserver.maxReqHeaderSize"))
                .isEqualTo(Integer.toString(OpsServer.MAX_REQUEST_HEAD_BYTES));
        assertThat(System.getProperty("sun.net.httpserver.maxReqHeaders"))
                .isEqualTo(Integer.toString(OpsServer.MAX_REQUEST_HEADERS));
        assertThat(System.getProperty("jdk.httpserver.maxConnections"))
                .isEqualTo(Integer.toString(OpsServer.MAX_CONNECTIONS));
        // Set by this module's surefire configuration, and kept: a -D value wins over the default.
        assertThat(System.getProperty("sun.net.httpserver.maxReqTime")).isEqualTo("1");
        assertThat(server.host()).isEqualTo("127.0.0.1");
    }
}
