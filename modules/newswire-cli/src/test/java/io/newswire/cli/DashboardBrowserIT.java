package io.newswire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newswire.kafka.PipelineObserver;
import io.newswire.model.Article;
import io.newswire.model.Json;
import io.newswire.model.Language;
import io.newswire.ops.MetricsObserver;
import io.newswire.ops.OpsMetrics;
import io.newswire.ops.OpsServer;
import io.newswire.ops.RecentArticles;
import io.newswire.testkit.KafkaBroker;
import io.newswire.testkit.KafkaBrokerExtension;
import io.newswire.testkit.Wait;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard as a browser renders it: headless Chromium (the Debian package, never a downloaded
 * browser) loads the page of a pipeline that has processed the samples, runs its scripts, and the
 * test reads the resulting DOM. A screenshot is kept in {@code target/dashboard.png}.
 */
@ExtendWith(KafkaBrokerExtension.class)
class DashboardBrowserIT {

    private static final String CHROMIUM = "/usr/bin/chromium";
    /** Virtual time for the page's scripts: enough for a few 2-second polls to fill the charts. */
    private static final int VIRTUAL_TIME_MS = 7_000;
    private static final long CHROMIUM_TIMEOUT_SECONDS = 120;

    @Test
    void shouldShowCountsTopListsAndLatestArticlesWhenSamplesFlowed(KafkaBroker broker, @TempDir Path tmp)
            throws Exception {
        Path chromium = ExternalTool.require(CHROMIUM, "chromium");
        try (SamplesPipeline pipeline = SamplesPipeline.start(broker, tmp.resolve("state"), "dashboard-it")) {
            Samples samples = pipeline.samples();
            // The pipeline serves windowed statistics: the top lists come from them. The statistics
            // sub-topology may still be catching up, so take the page between two /api/windows
            // answers that agree: then the page and this test saw the same top lists.
            PageAndWindows seen = pageBetweenEqualWindows(pipeline, chromium, tmp);
            JsonNode windows = seen.windows();
            String dom = seen.dom();
            Files.writeString(Path.of("target", "dashboard-dom.html"), dom);

            assertThat(testId(dom, "articles-in")).isEqualTo(String.valueOf(samples.total()));
            assertThat(testId(dom, "articles-out")).isEqualTo(String.valueOf(samples.goodIds().size()));
            assertThat(testId(dom, "dead-letters")).isEqualTo(String.valueOf(samples.badValues().size()));
            assertThat(testId(dom, "status")).startsWith("live");
            assertThat(testId(dom, "latency-p50")).matches("[0-9.]+ (ms|s|min|h)");
            assertThat(testId(dom, "lag-total")).matches("[0-9,]+");
            assertThat(testId(dom, "lag-partitions")).contains("#0");
            assertThat(testId(dom, "dead-letter-reasons")).containsPattern("[A-Z_]+ [0-9]+");
            // With /api/windows the top lists are those of the last 15 minutes of event time: samples
            // published long ago are not in them, so they can be shorter than the counters since start.
            assertThat(barCount(dom, "top-languages")).isEqualTo(Math.min(10, windows.path("topLanguages").size()))
                    .isPositive();
            assertThat(barCount(dom, "top-countries")).isEqualTo(Math.min(10, windows.path("topCountries").size()));
            assertThat(barCount(dom, "top-entities")).isEqualTo(Math.min(10, windows.path("topEntities").size()));
            assertThat(windows.path("instances").asInt()).isEqualTo(1);
            assertThat(testId(dom, "stages")).contains("normalize");
            assertThat(testId(dom, "windows-minutes")).doesNotStartWith("windowed statistics not available");

            // The latest articles as the API gives them must be what the page lists, in that order.
            JsonNode recent = Json.mapper().readTree(pipeline.get("/api/articles/recent?limit=3").body());
            String latest = testId(dom, "latest-articles");
            int at = -1;
            for (JsonNode a : recent) {
                String title = a.path("title").asText(null);
                if (title == null) {
                    continue;
                }
                int next = latest.indexOf(escape(title), at + 1);
                assertThat(next).as("latest articles list %s after position %d", title, at).isGreaterThan(at);
                at = next;
            }
            assertThat(at).as("at least one titled article listed").isPositive();
            assertThat(latest).contains("dateline:");

            Path screenshot = Path.of("target", "dashboard.png").toAbsolutePath();
            Files.deleteIfExists(screenshot);
            chromium(chromium, tmp.resolve("profile-shot"), "--screenshot=" + screenshot, pipeline.baseUrl());
            assertThat(screenshot).exists();
            byte[] png = Files.readAllBytes(screenshot);
            assertThat(png.length).isGreaterThan(10_000);
            assertThat(new String(png, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
        }
    }

    @Test
    void shouldShowWindowedStatisticsWhenTheStreamsAppServesThem(@TempDir Path tmp) throws Exception {
        Path chromium = ExternalTool.require(CHROMIUM, "chromium");
        try (OpsMetrics metrics = new OpsMetrics()) {
            RecentArticles recent = new RecentArticles(10);
            PipelineObserver observer = PipelineObserver.composite(List.of(new MetricsObserver(metrics.registry()), recent));
            Instant now = Instant.now();
            observer.received();
            observer.enriched(Article.builder("c-1", "Η κυβέρνηση ανακοίνωσε νέα μέτρα για τη στέγαση.", "test")
                    .title("Νέα μέτρα για τη στέγαση στην Αθήνα").language(new Language("el", 0.97))
                    // a story filed from two bureaus: both places shown, the second in title case
                    .dateline(new io.newswire.model.Dateline("ATHENS", "Athens", null, "March 3", null, "ANA-MPA",
                            List.of("NICOSIA", "N'DJAMENA")))
                    .ingestedAt(now.minusMillis(40)).processedAt(now).build());
            List<Map<String, Object>> minutes = new ArrayList<>();
            Instant start = now.truncatedTo(ChronoUnit.MINUTES).minus(14, ChronoUnit.MINUTES);
            for (int i = 0; i < 15; i++) {
                minutes.add(Map.of("start", start.plus(i, ChronoUnit.MINUTES).toString(), "articles", i + 1,
                        "byLanguage", Map.of("el", i, "tr", 1), "byCountry", Map.of("GR", i), "bySource", Map.of()));
            }
            Map<String, Object> windows = Map.of("windowSize", "PT1M", "generatedAt", now.toString(),
                    "minutes", minutes,
                    "topEntities", List.of(Map.of("name", "Κυριάκος Μητσοτάκης", "type", "PERSON", "count", 7),
                            Map.of("name", "Türkiye Büyük Millet Meclisi", "type", "ORGANIZATION", "count", 3)),
                    "topCountries", List.of(Map.of("code", "GR", "count", 9), Map.of("code", "TR", "count", 4)),
                    "topLanguages", List.of(Map.of("code", "el", "count", 105), Map.of("code", "tr", "count", 15)),
                    "topSources", List.of(Map.of("name", "kathimerini.example.gr", "count", 11)));
            try (OpsServer server = new OpsServer("127.0.0.1", 0, metrics.registry(), io.newswire.ops.HealthCheck.always(), metrics::stats, recent)
                    .windowedStats(() -> windows).start()) {
                String dom = chromium(chromium, tmp.resolve("profile"), "--dump-dom",
                        "http://127.0.0.1:" + server.port() + "/");

                assertThat(Pattern.compile("<rect").matcher(innerHtml(dom, "windows-minutes")).results().count())
                        .isEqualTo(15);
                assertThat(testId(dom, "windows-minutes")).doesNotContain("not available");
                assertThat(testId(dom, "top-entities")).contains("Κυριάκος Μητσοτάκης 7", "Türkiye Büyük Millet Meclisi 3");
                assertThat(testId(dom, "top-countries")).isEqualTo("GR 9 TR 4");
                assertThat(testId(dom, "top-languages")).isEqualTo("el 105 tr 15");
                assertThat(testId(dom, "top-sources")).isEqualTo("kathimerini.example.gr 11");
                assertThat(testId(dom, "articles-out")).isEqualTo("1");
                assertThat(testId(dom, "latest-articles")).contains("Νέα μέτρα για τη στέγαση στην Αθήνα", "el 97%",
                        "dateline: Athens / Nicosia / N'Djamena · March 3 · ANA-MPA");
                Path screenshot = Path.of("target", "dashboard-windows.png").toAbsolutePath();
                chromium(chromium, tmp.resolve("profile-shot"), "--screenshot=" + screenshot,
                        "http://127.0.0.1:" + server.port() + "/");
                assertThat(screenshot).exists();
            }
        }
    }

    @Test
    void shouldShowFeedsDownFirstWhenTheFeedsCommandServesTheirHealth(@TempDir Path tmp) throws Exception {
        Path chromium = ExternalTool.require(CHROMIUM, "chromium");
        try (OpsMetrics metrics = new OpsMetrics()) {
            Map<String, Object> up = new java.util.LinkedHashMap<>(Map.of("up", true, "polls", 12, "itemsPublished", 40,
                    "itemsSeen", 55, "notModified", 7, "errors", 0, "pagesFailed", 1,
                    "lastSuccess", Instant.now().toString()));
            Map<String, Object> down = new java.util.LinkedHashMap<>(Map.of("up", false, "polls", 12, "itemsPublished", 3,
                    "itemsSeen", 3, "notModified", 0, "errors", 9, "pagesFailed", 0));
            down.put("lastError", "HTTP 503 Service Unavailable");
            Map<String, Object> feeds = new java.util.LinkedHashMap<>();
            feeds.put("ansa.example.it", up);
            feeds.put("ekathimerini.example.gr", down);
            java.util.function.Supplier<Map<String, Object>> stats = () -> {
                Map<String, Object> m = new java.util.LinkedHashMap<>(metrics.stats());
                m.put("feeds", feeds);
                return m;
            };
            try (OpsServer server = new OpsServer("127.0.0.1", 0, metrics.registry(), io.newswire.ops.HealthCheck.always(),
                    stats, new RecentArticles(10)).start()) {
                String dom = chromium(chromium, tmp.resolve("profile"), "--dump-dom",
                        "http://127.0.0.1:" + server.port() + "/");

                String table = testId(dom, "feeds");
                assertThat(table).startsWith("feed up polls new items seen 304 errors pages failed last success last error");
                // The down feed is listed first, with its error; the up feed after it.
                assertThat(table).contains("ekathimerini.example.gr down 12 3 3 0 9 0 – HTTP 503 Service Unavailable");
                assertThat(table.indexOf("ekathimerini.example.gr")).isLessThan(table.indexOf("ansa.example.it"));
                assertThat(table).contains("ansa.example.it up 12 40 55 7 0 1");
                assertThat(dom).contains("(2 feeds, 1 down; this poller instance, since start)");
            }
        }
    }

    /** Runs headless Chromium with a fresh profile and returns what it printed on stdout. */
    private static String chromium(Path binary, Path profile, String action, String url)
            throws IOException, InterruptedException {
        Files.createDirectories(profile);
        List<String> command = new ArrayList<>(List.of(binary.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-background-networking", "--disable-quic", "--no-first-run",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--hide-scrollbars",
                "--user-data-dir=" + profile, "--window-size=1440,1900",
                "--virtual-time-budget=" + VIRTUAL_TIME_MS, action, url));
        Path stderr = profile.resolveSibling(profile.getFileName() + ".stderr");
        Process p = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
        try {
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(CHROMIUM_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new AssertionError("chromium did not exit within " + CHROMIUM_TIMEOUT_SECONDS + " s");
            }
            assertThat(p.exitValue()).as("chromium exit code; stderr: %s", Files.readString(stderr)).isZero();
            return new String(out, StandardCharsets.UTF_8);
        } finally {
            p.destroyForcibly();
        }
    }

    /** The text content of the element carrying {@code data-testid}, tags stripped. */
    private static String testId(String dom, String id) {
        return innerHtml(dom, id).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip();
    }

    /** The inner HTML of the element carrying {@code data-testid}. */
    private static String innerHtml(String dom, String id) {
        Matcher m = Pattern.compile("<(\\w+)[^>]*data-testid=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(dom);
        assertThat(m.find()).as("element %s in the rendered page", id).isTrue();
        String tag = m.group(1);
        int depth = 1;
        int pos = m.end();
        Matcher tags = Pattern.compile("<(/?)" + tag + "\\b[^>]*>").matcher(dom);
        while (depth > 0 && tags.find(pos)) {
            depth += tags.group(1).isEmpty() ? 1 : -1;
            pos = tags.end();
        }
        return dom.substring(m.end(), depth == 0 ? tags.start() : dom.length());
    }

    /** How many bars a top list shows. */
    private static long barCount(String dom, String id) {
        return Pattern.compile("class=\"row\"").matcher(innerHtml(dom, id)).results().count();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\u00a0", "&nbsp;");
    }

    private record PageAndWindows(String dom, JsonNode windows) {
    }

    /** The page's DOM, taken while {@code /api/windows} gave the same top lists before and after. */
    private static PageAndWindows pageBetweenEqualWindows(SamplesPipeline pipeline, Path chromium, Path tmp) {
        java.util.concurrent.atomic.AtomicReference<PageAndWindows> seen = new java.util.concurrent.atomic.AtomicReference<>();
        java.util.concurrent.atomic.AtomicInteger attempt = new java.util.concurrent.atomic.AtomicInteger();
        Wait.forCondition("the dashboard rendered while /api/windows stood still").untilAsserted(() -> {
            JsonNode before = Json.mapper().readTree(pipeline.get("/api/windows").body());
            String dom = chromium(chromium, tmp.resolve("profile-dom-" + attempt.incrementAndGet()), "--dump-dom",
                    pipeline.baseUrl());
            JsonNode after = Json.mapper().readTree(pipeline.get("/api/windows").body());
            assertThat(before.path("topLanguages").size()).as("languages in %s", before).isPositive();
            assertThat(tops(after)).as("top lists unchanged while the page loaded").isEqualTo(tops(before));
            seen.set(new PageAndWindows(dom, before));
        });
        return seen.get();
    }

    private static String tops(JsonNode windows) {
        return windows.path("topLanguages").toString() + windows.path("topCountries") + windows.path("topEntities")
                + windows.path("topSources");
    }
}