package io.newswire.enrich;

import static java.util.Objects.requireNonNull;

import io.newswire.enrich.api.Enricher;
import io.newswire.enrich.api.Normalizer;
import io.newswire.enrich.api.Pipeline;
import io.newswire.enrich.normalize.StandardNormalizer;
import io.newswire.enrich.normalize.TextCleaner;
import io.newswire.model.Article;
import io.newswire.model.ArticleLimits;
import io.newswire.model.InvalidArticleException;
import io.newswire.model.Provenance;
import io.newswire.model.RawArticle;
import io.newswire.model.StageError;
import io.newswire.model.StageTiming;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The whole enrichment: normalize, then each enricher in order. The streams app and the offline
 * {@code enrich} command both run exactly this, built by {@link StandardPipelineProvider} and
 * obtained through {@link io.newswire.enrich.api.Pipelines#standard}.
 *
 * <p>Stages are isolated: a stage that throws is recorded in {@link Article#provenance()} and the
 * article goes on without that stage's output. If normalization itself fails, the article goes on
 * with its body as the text, so that nothing decodable is ever lost. Thread-safe.
 */
public final class ArticlePipeline implements Pipeline {

    /** Stage name of the normalizer in provenance and metrics. */
    public static final String NORMALIZE_STAGE = Pipeline.NORMALIZE_STAGE;

    private final String version;
    private final Normalizer normalizer;
    private final List<Enricher> enrichers;
    private final Clock clock;

    public ArticlePipeline(String version, Normalizer normalizer, List<Enricher> enrichers, Clock clock) {
        this.version = requireNonNull(version, "version");
        this.normalizer = requireNonNull(normalizer, "normalizer");
        this.enrichers = List.copyOf(enrichers);
        this.clock = requireNonNull(clock, "clock");
    }

    @Override
    public String version() {
        return version;
    }

    /** The stage names in order, normalize first. */
    @Override
    public List<String> stageNames() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(NORMALIZE_STAGE),
                enrichers.stream().map(Enricher::name)).toList();
    }

    /**
     * Runs every stage over one raw article.
     *
     * @param raw a decoded, validated raw article
     * @return the enriched article, stamped with {@code processedAt} and its provenance
     */
    @Override
    public Article process(RawArticle raw) {
        try {
            return run(raw, null);
        } catch (InvalidArticleException e) {
            throw new AssertionError("no limits, no limit exceeded", e);
        }
    }

    /**
     * Runs every stage over one raw article; the text extracted from an HTML body is checked against
     * the body limit right after normalization, so an oversized page never reaches the enrichers.
     */
    @Override
    public Article process(RawArticle raw, ArticleLimits limits) throws InvalidArticleException {
        return run(raw, requireNonNull(limits, "limits"));
    }

    private Article run(RawArticle raw, ArticleLimits limits) throws InvalidArticleException {
        InFlight one = normalize(raw);
        if (limits != null) {
            limits.checkExtractedText(raw, one.article.text());
        }
        for (Enricher enricher : enrichers) {
            enrich(enricher, one);
        }
        return finish(one);
    }

    /**
     * Runs every stage over each raw article, as {@link #process(RawArticle)} would one by one (the
     * same articles, provenance and errors; only the clock readings differ), but stage by stage: the
     * normalizer over all of them, then the first enricher over all of them, and so on. Each stage's
     * tables and code are then still in the processor's caches for the next article; run one article
     * at a time through all ten stages, each stage finds them evicted by the nine others, and the
     * pipeline cost ~37% more than its stages measured alone (s40, docs/BENCHMARKS.md). A few dozen
     * articles a call are enough; the articles of one call are all held in memory until it returns.
     *
     * @param raws decoded, validated raw articles
     * @return the enriched articles, in the order of {@code raws}
     */
    @Override
    public List<Article> processAll(List<RawArticle> raws) {
        InFlight[] batch = new InFlight[raws.size()];
        for (int i = 0; i < batch.length; i++) {
            batch[i] = normalize(raws.get(i));
        }
        for (Enricher enricher : enrichers) {
            for (InFlight one : batch) {
                enrich(enricher, one);
            }
        }
        List<Article> out = new ArrayList<>(batch.length);
        for (InFlight one : batch) {
            out.add(finish(one));
        }
        return out;
    }

    /** One article between stages: what the stages so far made of it, and their provenance. */
    private static final class InFlight {
        final RawArticle raw;
        Article article;
        Provenance provenance;

        InFlight(RawArticle raw, Article article, Provenance provenance) {
            this.raw = raw;
            this.article = article;
            this.provenance = provenance;
        }
    }

    private InFlight normalize(RawArticle raw) {
        requireNonNull(raw, "raw");
        Instant referenceTime = raw.ingestedAt() != null && isCalendarSafe(raw.ingestedAt()) ? raw.ingestedAt()
                : clock.instant();
        Provenance provenance = Provenance.start(version);

        long t0 = System.nanoTime();
        Article article;
        try {
            article = normalizer.normalize(raw, referenceTime);
            provenance = provenance.plus(new StageTiming(NORMALIZE_STAGE, micros(t0), true), null);
        } catch (RuntimeException | StackOverflowError e) {
            article = fallback(raw);
            provenance = provenance.plus(new StageTiming(NORMALIZE_STAGE, micros(t0), false), error(NORMALIZE_STAGE, e));
        }
        return new InFlight(raw, article, provenance);
    }

    private static void enrich(Enricher enricher, InFlight one) {
        Article article = one.article;
        long start = System.nanoTime();
        try {
            Article enriched = enricher.enrich(article);
            if (!enriched.text().equals(article.text())) {
                throw new IllegalStateException("enricher " + enricher.name() + " changed the text");
            }
            one.article = enriched;
            one.provenance = one.provenance.plus(new StageTiming(enricher.name(), micros(start), true,
                    enricher.method(enriched)), null);
        } catch (RuntimeException | StackOverflowError e) {
            one.provenance = one.provenance.plus(new StageTiming(enricher.name(), micros(start), false),
                    error(enricher.name(), e));
        }
    }

    private Article finish(InFlight one) {
        return one.article.toBuilder()
                .id(one.raw.id())
                .ingestedAt(one.raw.ingestedAt())
                .processedAt(clock.instant())
                .provenance(one.provenance)
                .build();
    }

    /**
     * Whether date arithmetic around this instant stays inside {@link java.time.LocalDate}'s range.
     * A producer may send any {@code ingestedAt} the JSON allows (year 1,000,000,000 included); as
     * the reference for resolving "May 13" such a time would make normalization throw.
     */
    private static boolean isCalendarSafe(Instant t) {
        return !t.isBefore(EARLIEST_REFERENCE) && !t.isAfter(LATEST_REFERENCE);
    }

    private static final Instant EARLIEST_REFERENCE = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST_REFERENCE = Instant.parse("9999-12-31T23:59:59Z");

    private Article fallback(RawArticle raw) {
        return Article.builder(raw.id(), fallbackText(raw.body()), version)
                .url(raw.url())
                .source(raw.source())
                .title(raw.title())
                .build();
    }

    /** The body cleaned as plain text, so that even a failed normalization never lets control characters out. */
    private static String fallbackText(String body) {
        try {
            return TextCleaner.clean(body);
        } catch (RuntimeException | StackOverflowError e) {
            return body.strip();
        }
    }

    private static StageError error(String stage, Throwable e) {
        return new StageError(stage, e.getClass().getName(), e.getMessage());
    }

    private static long micros(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000;
    }
}
