package io.newswire.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.newswire.kafka.PipelineObserver;
import io.newswire.model.Article;
import io.newswire.model.Country;
import io.newswire.model.RejectReason;
import io.newswire.model.StageError;
import io.newswire.model.StageTiming;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The pipeline's own metrics, in Prometheus conventions once exported: {@code _total} counters,
 * {@code _seconds} histograms, labels of bounded cardinality only (stage names, reject reasons,
 * ISO language and country codes; never ids or entity names).
 */
public final class MetricsObserver implements PipelineObserver {

    /**
     * Every meter this observer may register, as Prometheus names. Tagged counters appear on
     * {@code /metrics} only once their first label value occurs.
     */
    public static final java.util.Set<String> PROMETHEUS_NAMES = java.util.Set.of(
            "newswire_articles_in_total", "newswire_articles_out_total", "newswire_articles_dead_lettered_total",
            "newswire_stage_duration_seconds", "newswire_end_to_end_latency_seconds", "newswire_stage_errors_total",
            "newswire_articles_by_language_total", "newswire_articles_by_country_total",
            "newswire_articles_by_topic_total", "newswire_enrich_batch_size");

    private static final Duration LONGEST_LATENCY = Duration.ofDays(36_525);
    private static final java.util.regex.Pattern TOP_LEVEL_TOPIC = java.util.regex.Pattern.compile("medtop:\\d{2}000000");

    private final MeterRegistry registry;
    private final Counter in;
    private final Counter out;
    private final Timer ingestLatency;
    private final Timer publishedLatency;
    /** Registered at the first batch: an app enriching one at a time exports no empty summary. */
    private volatile DistributionSummary batchSizes;
    private final Map<String, Timer> stageTimers = new ConcurrentHashMap<>();
    private final Map<String, Counter> stageErrors = new ConcurrentHashMap<>();
    private final Map<String, Counter> deadLetters = new ConcurrentHashMap<>();
    private final Map<String, Counter> languages = new ConcurrentHashMap<>();
    private final Map<String, Counter> countries = new ConcurrentHashMap<>();
    private final Map<String, Counter> topics = new ConcurrentHashMap<>();
    private final TopicsPerMinute topicMinutes;

    public MetricsObserver(MeterRegistry registry) {
        this(registry, null);
    }

    /** Also counting topics per minute into {@code topicMinutes} (when not null), for {@code /api/stats}. */
    MetricsObserver(MeterRegistry registry, TopicsPerMinute topicMinutes) {
        this.registry = registry;
        this.topicMinutes = topicMinutes;
        this.in = Counter.builder("newswire.articles.in").description("Records read from the raw topic")
                .register(registry);
        this.out = Counter.builder("newswire.articles.out").description("Articles written to the enriched topic")
                .register(registry);
        this.ingestLatency = Timer.builder("newswire.end.to.end.latency").tag("kind", "ingest")
                .description("Time from ingest (or publication) to enrichment")
                .publishPercentileHistogram().maximumExpectedValue(Duration.ofMinutes(10)).register(registry);
        this.publishedLatency = Timer.builder("newswire.end.to.end.latency").tag("kind", "published")
                .description("Time from ingest (or publication) to enrichment")
                .publishPercentileHistogram().maximumExpectedValue(Duration.ofDays(7)).register(registry);
    }

    @Override
    public void received() {
        in.increment();
    }

    @Override
    public void enriched(Article article) {
        out.increment();
        for (StageTiming t : article.provenance().stages()) {
            stageTimers.computeIfAbsent(t.stage(), stageTimer()).record(t.micros(), TimeUnit.MICROSECONDS);
        }
        for (StageError e : article.provenance().errors()) {
            stageErrors.computeIfAbsent(e.stage(), s -> Counter.builder("newswire.stage.errors").tag("stage", s)
                    .description("Enrichment stage failures (the article went on without that stage)")
                    .register(registry)).increment();
        }
        Instant done = article.processedAt() != null ? article.processedAt() : Instant.now();
        if (article.ingestedAt() != null) {
            ingestLatency.record(bounded(Duration.between(article.ingestedAt(), done)));
        }
        if (article.publishedAt() != null) {
            publishedLatency.record(bounded(Duration.between(article.publishedAt(), done)));
        }
        String language = article.language().code() == null ? "und" : article.language().code();
        languages.computeIfAbsent(language, l -> Counter.builder("newswire.articles.by.language").tag("language", l)
                .description("Enriched articles by detected language (ISO 639-1, und = undetermined)")
                .register(registry)).increment();
        for (Country c : article.countries()) {
            if (c.focus()) {
                countries.computeIfAbsent(c.code(), code -> Counter.builder("newswire.articles.by.country")
                        .tag("country", code).description("Enriched articles by focus country (ISO 3166-1)")
                        .register(registry)).increment();
            }
        }
        countTopics(article);
    }

    /**
     * Counts each subject an article lists. The label is the IPTC top-level code, so at most 17
     * values; a code outside that shape (a future stage's subtopic) is not counted, to keep it so.
     */
    private void countTopics(Article article) {
        if (topicMinutes != null) {
            topicMinutes.count(article);
        }
        for (io.newswire.model.Topic t : article.topics()) {
            if (TOP_LEVEL_TOPIC.matcher(t.code()).matches()) {
                topics.computeIfAbsent(t.code(), code -> Counter.builder("newswire.articles.by.topic")
                        .tag("topic", code).description("Enriched articles by IPTC Media Topics subject (top level)")
                        .register(registry)).increment();
            }
        }
    }

    @Override
    public void deadLettered(RejectReason reason, String stage) {
        deadLetters.computeIfAbsent(reason.name() + '/' + stage, k -> Counter.builder("newswire.articles.dead.lettered")
                .tag("reason", reason.name()).tag("stage", stage)
                .description("Records routed to the dead-letter topic").register(registry)).increment();
    }

    @Override
    public void enrichBatch(int size) {
        DistributionSummary sizes = batchSizes;
        if (sizes == null) {
            // Micrometer returns the one meter of a name and tags, so two threads racing here share it.
            sizes = DistributionSummary.builder("newswire.enrich.batch.size")
                    .description("Records a batch of the enrich step held (newswire.enrich.batch.size is the cap)")
                    .publishPercentileHistogram().minimumExpectedValue(1.0).maximumExpectedValue(1024.0)
                    .register(registry);
            batchSizes = sizes;
        }
        sizes.record(size);
    }

    private Function<String, Timer> stageTimer() {
        return stage -> Timer.builder("newswire.stage.duration").tag("stage", stage)
                .description("Time spent in each pipeline stage per article")
                .publishPercentileHistogram().minimumExpectedValue(Duration.ofNanos(1_000))
                .maximumExpectedValue(Duration.ofSeconds(10)).register(registry);
    }

    /**
     * Clamped to [0, 100 years]: a producer can send any {@code ingestedAt} the JSON allows (year 1
     * included), and a timer converts to nanoseconds, which overflow a long after 292 years.
     */
    private static Duration bounded(Duration d) {
        return d.isNegative() ? Duration.ZERO : d.compareTo(LONGEST_LATENCY) > 0 ? LONGEST_LATENCY : d;
    }
}
