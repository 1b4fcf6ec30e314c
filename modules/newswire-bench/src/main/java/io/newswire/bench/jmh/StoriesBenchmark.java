package io.newswire.bench.jmh;

import io.newswire.bench.SyntheticStories;
import io.newswire.enrich.api.Pipeline;
import io.newswire.enrich.api.Pipelines;
import io.newswire.enrich.stories.StoryClusterer;
import io.newswire.model.Article;
import io.newswire.model.ArticleIds;
import io.newswire.model.RawArticle;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of story clustering per article on the same ~3 KB synthetic stories as {@link StagesBenchmark},
 * enriched once by the standard pipeline at setup (for their entities, places and events): {@code features}
 * reads an article's words, entities and facts; {@code assign} reads them and places the article in a
 * rolling {@link StoryClusterer} (one article every 12 seconds of event time, so the state fills to its
 * 7-day retention, about 50,000 articles, and then evicts as much as it adds). The synthetic stories come
 * from a few templates and share most words: the worst case for the candidate step (every candidate
 * list is full). With {@code -prof gc}, {@code gc.alloc.rate.norm} is the bytes allocated per article;
 * the bytes {@code assign} allocates beyond {@code features} are mostly the state it keeps (the member).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class StoriesBenchmark {

    private static final int POOL = 1 << 10;

    private Article[] pool;
    private StoryClusterer clusterer;
    private Instant clock;
    private long next;

    @Setup
    public void setUp() {
        Instant now = Instant.parse("2026-11-29T00:00:00Z");
        Pipeline pipeline = Pipelines.standard();
        pool = new Article[POOL];
        for (int i = 0; i < POOL; i++) {
            RawArticle raw = SyntheticStories.story(5, i, now);
            pool[i] = pipeline.process(raw.withId(ArticleIds.of(raw)));
        }
        clusterer = new StoryClusterer();
        clock = now;
    }

    @Benchmark
    public StoryClusterer.Features features() {
        return StoryClusterer.features(pool[(int) (next++ & (POOL - 1))]);
    }

    @Benchmark
    public StoryClusterer.Assignment assign() {
        Article a = pool[(int) (next & (POOL - 1))];
        clock = clock.plusSeconds(12);
        return clusterer.assign("a-" + next++, clock, StoryClusterer.features(a));
    }
}
