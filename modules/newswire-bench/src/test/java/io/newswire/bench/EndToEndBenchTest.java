package io.newswire.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newswire.kafka.EnrichBatchSettings;
import io.newswire.kafka.NewswireConfig;
import io.newswire.streams.StreamsApp;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

class EndToEndBenchTest {

    private static final List<io.newswire.model.RawArticle> TWO = EndToEndBench.synthetic(2);

    @Test
    void shouldSpreadPartitionsEvenlyOverEveryThreadCountWhenNoneAreGiven() {
        assertThat(EndToEndBench.partitionsFor(List.of(1))).isEqualTo(3);
        assertThat(EndToEndBench.partitionsFor(List.of(1, 2))).isEqualTo(4);
        assertThat(EndToEndBench.partitionsFor(List.of(2, 3))).isEqualTo(6);
        assertThat(EndToEndBench.partitionsFor(List.of(1, 8))).isEqualTo(8);
        assertThat(new EndToEndBench.Options(TWO, 0, 1, "exactly_once_v2", 1, List.of(1, 2), 0)
                .effectivePartitions()).isEqualTo(4);
        assertThat(new EndToEndBench.Options(TWO, 0, 1, "exactly_once_v2", 1, List.of(1, 2), 5)
                .effectivePartitions()).isEqualTo(5);
    }

    @Test
    void shouldRejectFewerPartitionsThanThreadsWhenPartitionsAreGiven() {
        assertThatThrownBy(() -> new EndToEndBench.Options(TWO, 0, 1, "exactly_once_v2", 1, List.of(1, 4), 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("partitions (3)");
    }

    @Test
    void shouldRejectThreadCountsThatAreZeroOrRepeatedWhenOptionsAreBuilt() {
        assertThatThrownBy(() -> new EndToEndBench.Options(TWO, 0, 1, "exactly_once_v2", 1, List.of(0), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> new EndToEndBench.Options(TWO, 0, 1, "exactly_once_v2", 1, List.of(2, 2), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("differ");
        assertThatThrownBy(() -> new EndToEndBench.Options(TWO, 0, 1, "exactly_once_v2", 1, List.of(), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldCompareOneThreadWithEveryCoreWhenThreadsAreNotGiven() {
        List<Integer> threads = EndToEndBench.defaultThreads();
        assertThat(threads.get(0)).isEqualTo(1);
        assertThat(threads.get(threads.size() - 1)).isEqualTo(Runtime.getRuntime().availableProcessors());
    }

    @Test
    void shouldHandTheThreadCountAndPartitionsToTheStreamsAppWhenConfiguringARun() {
        NewswireConfig config = EndToEndBench.config("localhost:9092", Path.of("/tmp/unused"), "r1", true, 2, 4,
                "exactly_once_v2");
        Properties props = StreamsApp.streamsProperties(config);
        assertThat(props.getProperty(StreamsConfig.NUM_STREAM_THREADS_CONFIG)).isEqualTo("2");
        assertThat(config.partitions()).isEqualTo(4);
        assertThat(config.topics().raw().name()).endsWith(".r1");
        assertThat(config.applicationId()).isEqualTo("bench-r1");
    }

    @Test
    void shouldReportTheMedianRunWhenRoundsDiffer() {
        List<EndToEndBench.ModeResult> runs = List.of(mode("pipeline", 1, 300), mode("pipeline", 1, 100),
                mode("pipeline", 1, 200));
        assertThat(EndToEndBench.median(runs).articlesPerSecond()).isEqualTo(200);
    }

    @Test
    void shouldPrintEveryThreadCountSideBySideWhenResultHasTwo() {
        EndToEndBench.ThreadsResult one = new EndToEndBench.ThreadsResult(1, mode("pass-through", 1, 20_000),
                mode("pipeline-no-stats", 1, 1_100), mode("pipeline", 1, 1_000), 0.05, 0.09, 0.1);
        EndToEndBench.ThreadsResult two = new EndToEndBench.ThreadsResult(2, mode("pass-through", 2, 25_000),
                mode("pipeline-no-stats", 2, 2_100), mode("pipeline", 2, 2_000), 0.08, 0.05, 0.1);
        EndToEndBench.Result result = new EndToEndBench.Result(List.of(one, two), Map.of("rounds", "3"),
                List.of(mode("pipeline-duplicates", 1, 900), mode("pipeline-duplicates", 2, 1_500)));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        EndToEndBench.print(result, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("median of 3 runs")
                .containsPattern("(?m)^1 +pipeline +1000 ")
                .containsPattern("(?m)^2 +pipeline +2000 ")
                .contains("threads 2: throughput ratio (pipeline / pass-through) 0.080")
                .contains("threads 2 vs 1: pass-through x1.25, pipeline-no-stats x1.91, pipeline x2.00")
                .containsPattern("(?m)^1 +pipeline-duplicates +900 ")
                .contains("threads 2: duplicates step (pipeline-duplicates / pipeline): throughput x0.750");
    }

    @Test
    void shouldPrintTheStepAgainstThePipelineWhenOnlyThoseTwoModesRan() {
        EndToEndBench.ThreadsResult two = new EndToEndBench.ThreadsResult(2, null, null, mode("pipeline", 2, 2_000),
                Double.NaN, Double.NaN, Double.NaN);
        EndToEndBench.Result result = new EndToEndBench.Result(List.of(two), Map.of("rounds", "2"),
                List.of(mode("pipeline", 2, 2_000), mode("pipeline-duplicates", 2, 1_500)));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        EndToEndBench.print(result, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertThat(text).containsPattern("(?m)^2 +pipeline +2000 ")
                .doesNotContain("pass-through  ")
                .contains("threads 2: duplicates step (pipeline-duplicates / pipeline): throughput x0.750");
    }

    @Test
    void shouldBatchBy32AndFlushWhenIdleOnlyWhenModeIsAdaptive() {
        assertThat(EndToEndBench.enrichBatch(EndToEndBench.ADAPTIVE_MODE)).isEqualTo(32);
        assertThat(EndToEndBench.enrichBatch("pipeline-batch32")).isEqualTo(32);
        assertThat(EndToEndBench.enrichBatch("pipeline")).isEqualTo(1);
        NewswireConfig adaptive = EndToEndBench.config("localhost:9092", Path.of("/tmp/unused"), "r1", true, 2, 4,
                "exactly_once_v2", false, 32, true);
        NewswireConfig fixed = EndToEndBench.config("localhost:9092", Path.of("/tmp/unused"), "r1", true, 2, 4,
                "exactly_once_v2", false, 32);
        assertThat(adaptive.enrichBatch()).isEqualTo(new EnrichBatchSettings(32, Duration.ofMillis(20), true));
        assertThat(fixed.enrichBatch()).isEqualTo(new EnrichBatchSettings(32, Duration.ofMillis(20), false));
    }

    @Test
    void shouldRefuseAModeItDoesNotKnowWhenGivenModes() {
        assertThat(new EndToEndBench.Options(TWO, 0, 1, "exactly_once_v2", 1, List.of(2), 0,
                List.of("pipeline", "pipeline-duplicates")).modes()).containsExactly("pipeline", "pipeline-duplicates");
        assertThatThrownBy(() -> new EndToEndBench.Options(TWO, 0, 1, "exactly_once_v2", 1, List.of(2), 0,
                List.of("pipeline", "stories"))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("stories");
        assertThatThrownBy(() -> new EndToEndBench.Options(TWO, 0, 1, "exactly_once_v2", 1, List.of(2), 0,
                List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    private static EndToEndBench.ModeResult mode(String mode, int threads, double perSecond) {
        return new EndToEndBench.ModeResult(mode, threads, 100, perSecond, 50, 90, 120, 130, 400);
    }
}
