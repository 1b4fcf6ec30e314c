package io.newswire.bench.jmh;

import io.newswire.bench.SyntheticStories;
import io.newswire.enrich.duplicates.DuplicateIndex;
import io.newswire.enrich.duplicates.Signatures;
import io.newswire.enrich.duplicates.TextSignature;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of duplicate detection per article on the same ~3 KB synthetic stories as
 * {@link StagesBenchmark}: {@code signature} builds the text signature (the part that runs in every
 * task), {@code lookup} asks an index already holding 100,000 articles (the part the sequencer of
 * docs/STORIES.md runs), {@code sequence} asks and then stores, distinct stories (a pool of 65,536,
 * one every 12 seconds of event time, so a story comes back only after the 7-day retention): the index
 * fills to its retention (about 8 days, 58,000 articles) and then evicts as much as it adds. {@code maxPerKey} is the cap on candidates per LSH band key (100000: no
 * cap in effect). The synthetic stories come from a few templates and share band keys: the worst case
 * for the candidate step. With {@code -prof gc}, {@code gc.alloc.rate.norm} is the bytes allocated per
 * article.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DuplicatesBenchmark {

    private static final int STORIES = 256;
    private static final int STORED = 100_000;
    private static final int POOL = 1 << 16;

    @Param({"16", "100000"})
    public int maxPerKey;

    private final Signatures signatures = new Signatures();
    private String[] texts;
    private TextSignature[] signed;
    private DuplicateIndex index;
    private int next;
    private DuplicateIndex rolling;
    private Instant clock;
    private long added;
    private TextSignature[] pool;

    @Setup
    public void setUp() {
        Instant now = Instant.parse("2026-11-29T00:00:00Z");
        texts = new String[STORIES];
        signed = new TextSignature[STORIES];
        for (int i = 0; i < STORIES; i++) {
            texts[i] = SyntheticStories.story(1, i, now).body();
            signed[i] = signatures.of(texts[i]);
        }
        DuplicateIndex.Settings settings = DuplicateIndex.Settings.STANDARD.withMaxPerKey(maxPerKey);
        index = new DuplicateIndex(settings);
        rolling = new DuplicateIndex(settings);
        clock = now;
        pool = new TextSignature[POOL];
        for (int i = 0; i < POOL; i++) {
            pool[i] = signatures.of(SyntheticStories.story(3, i, now).body());
        }
        for (int i = 0; i < STORED; i++) {
            TextSignature s = signatures.of(SyntheticStories.story(2, i, now).body());
            index.add("stored-" + i, null, now.plusMillis(i), s, java.util.Optional.empty());
        }
    }

    @Benchmark
    public TextSignature signature() {
        return signatures.of(texts[next++ & (STORIES - 1)]);
    }

    @Benchmark
    public Object lookup() {
        // find only: adding on every call would grow the index without bound over a run; storing is
        // one map entry per band key, cheaper than the lookup's candidate checks
        return index.find(signed[next++ & (STORIES - 1)]);
    }

    @Benchmark
    public Object sequence() {
        TextSignature s = pool[(int) (added & (POOL - 1))];
        clock = clock.plusSeconds(12);
        return rolling.add("a-" + added++, clock, clock, s, rolling.find(s, clock));
    }
}
