package io.newswire.bench.jmh;

import io.newswire.enrich.api.Pipelines;
import io.newswire.kafka.NewswireConfig;
import io.newswire.kafka.PipelineObserver;
import io.newswire.model.Article;
import io.newswire.model.Country;
import io.newswire.model.Language;
import io.newswire.model.Provenance;
import io.newswire.model.RejectReason;
import io.newswire.model.StageError;
import io.newswire.model.StageTiming;
import io.newswire.ops.MetricsObserver;
import io.newswire.ops.OpsMetrics;
import io.newswire.streams.StreamsApp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.streams.StreamsConfig;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of one {@code /metrics} scrape ({@code PrometheusMeterRegistry.scrape()}) and of one
 * {@code /api/stats} ({@code OpsMetrics.stats()}) after {@code articles} articles went through the
 * pipeline's {@link MetricsObserver}, with realistic label sets (30 languages, 60 focus countries,
 * 5 stages, every reject reason, stage errors) and the Kafka Streams client metrics of a real (not
 * started, so never connecting) streams app bound, as in {@code newswire pipeline}.
 *
 * <pre>
 * java -cp "modules/newswire-bench/target/classes:$(cat modules/newswire-bench/cp.txt)" \
 *      org.openjdk.jmh.Main ScrapeBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ScrapeBenchmark {

    private static final List<String> LANGUAGES = List.of("en", "fr", "de", "es", "it", "pt", "nl", "ru", "uk",
            "pl", "tr", "ar", "fa", "ur", "hi", "bn", "zh", "ja", "ko", "id", "ms", "vi", "th", "sw", "el", "he",
            "ro", "cs", "sv", "und");
    private static final List<String> STAGES = List.of("normalize", "language", "entities", "places", "countries");
    private static final String[] COUNTRIES = ("US GB FR DE ES IT RU UA PL TR IR IQ SY IL PS LB SA AE QA EG LY TN "
            + "DZ MA NG KE ET SD SS ZA CN JP KR KP IN PK AF BD LK ID MY PH VN TH MM AU NZ CA MX BR AR CL CO VE PE "
            + "CU HT GR CY").split(" ");

    @Param("10000")
    public int articles;

    private OpsMetrics ops;
    private StreamsApp app;
    private Path stateDir;

    @Setup
    public void setUp() throws IOException {
        stateDir = Files.createTempDirectory("newswire-scrape-bench");
        ops = new OpsMetrics();
        MetricsObserver observer = new MetricsObserver(ops.registry());
        // Bound for its client metrics (~800 series: consumer, producer, admin, threads); never started.
        NewswireConfig config = NewswireConfig.from(Map.of(NewswireConfig.BOOTSTRAP_SERVERS, "127.0.0.1:9",
                NewswireConfig.APPLICATION_ID, "scrape-bench", StreamsConfig.STATE_DIR_CONFIG, stateDir.toString()));
        app = new StreamsApp(config, Pipelines.standard(), PipelineObserver.NOOP);
        ops.bind(app.streams());

        SplittableRandom random = new SplittableRandom(42);
        Instant now = Instant.parse("2026-11-23T10:00:00Z");
        RejectReason[] reasons = RejectReason.values();
        for (int i = 0; i < articles; i++) {
            observer.received();
            if (i % 50 == 0) {
                observer.deadLettered(reasons[i / 50 % reasons.length], i % 100 == 0 ? "decode" : "validate");
                continue;
            }
            Provenance provenance = Provenance.start("bench");
            for (String stage : STAGES) {
                StageError error = random.nextInt(500) == 0
                        ? new StageError(stage, "IllegalStateException", "synthetic") : null;
                provenance = provenance.plus(new StageTiming(stage, 20 + random.nextInt(5_000), error == null), error);
            }
            String country = COUNTRIES[random.nextInt(COUNTRIES.length)];
            observer.enriched(Article.builder("c-" + i, "Synthetic story " + i, "bench")
                    .language(new Language(LANGUAGES.get(random.nextInt(LANGUAGES.size())), 0.9))
                    .publishedAt(now.minusSeconds(60 + random.nextInt(86_400)))
                    .ingestedAt(now.minusMillis(5 + random.nextInt(2_000))).processedAt(now)
                    .countries(List.of(new Country(country, country, List.of(), 1.0, true)))
                    .provenance(provenance).build());
        }
        String body = ops.registry().scrape();
        // Printed so that the numbers can be read against the size of what was scraped.
        System.out.printf("scrape body: %d series lines, %d bytes%n",
                body.lines().filter(l -> !l.startsWith("#")).count(), body.length());
    }

    @TearDown
    public void tearDown() {
        app.close();
        ops.close();
        try (var files = Files.walk(stateDir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One {@code /metrics} response body. */
    @Benchmark
    public String scrape() {
        return ops.registry().scrape();
    }

    /** One {@code /api/stats} response, before JSON encoding. */
    @Benchmark
    public Map<String, Object> stats() {
        return ops.stats();
    }
}
