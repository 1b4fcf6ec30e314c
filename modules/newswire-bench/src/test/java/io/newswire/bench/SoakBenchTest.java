package io.newswire.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newswire.testkit.Wait;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SoakBenchTest {

    private static final long MB = 1024 * 1024;

    @Test
    void shouldParseShortAndIsoDurationsWhenGivenOnTheCommandLine() {
        assertThat(SoakBench.parseDuration("30m")).isEqualTo(Duration.ofMinutes(30));
        assertThat(SoakBench.parseDuration("90s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(SoakBench.parseDuration("1h")).isEqualTo(Duration.ofHours(1));
        assertThat(SoakBench.parseDuration("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(SoakBench.parseDuration("PT30M")).isEqualTo(Duration.ofMinutes(30));
        assertThatThrownBy(() -> SoakBench.parseDuration("half an hour"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("half an hour");
    }

    @Test
    void shouldReadResidentMemoryWhenProcStatusHasVmRss() {
        assertThat(SoakBench.rssBytes(List.of("Name:\tjava", "VmPeak:\t 9000 kB", "VmRSS:\t  123456 kB",
                "RssAnon:\t 100 kB"))).isEqualTo(123_456L * 1024);
        assertThat(SoakBench.rssBytes(List.of("Name:\tjava"))).isEqualTo(-1);
    }

    @Test
    void shouldCallMemoryFlatWhenItOnlyWobblesAroundOneLevel() {
        List<Long> values = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            values.add((300 + (i % 2 == 0 ? 5 : -5)) * MB);
        }
        SoakBench.Trend t = SoakBench.trend(values);
        assertThat(t.points()).isEqualTo(20);
        assertThat(t.meanMb()).isEqualTo(300.0);
        assertThat(Math.abs(t.changeMb())).isLessThan(5);
        assertThat(t.flat()).isTrue();
    }

    @Test
    void shouldCallMemoryNotFlatWhenItGrowsEveryInterval() {
        List<Long> values = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            values.add((300 + 4L * i) * MB);
        }
        SoakBench.Trend t = SoakBench.trend(values);
        assertThat(t.slopeMbPerInterval()).isCloseTo(4.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(t.changeMb()).isCloseTo(76.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(t.flat()).isFalse();
    }

    @Test
    void shouldLeaveOutIntervalsWithoutReadingWhenFittingATrend() {
        SoakBench.Trend t = SoakBench.trend(List.of(100 * MB, -1L, 100 * MB, 100 * MB));
        assertThat(t.points()).isEqualTo(3);
        assertThat(t.flat()).isTrue();
        assertThat(SoakBench.trend(List.of(-1L)).flat()).isFalse();
    }

    @Test
    void shouldJudgeTheLastWindowAndNeverTheFirstIntervalWhenTheSoakIsShort() {
        List<Integer> thirty = java.util.stream.IntStream.rangeClosed(1, 30).boxed().toList();
        assertThat(SoakBench.window(thirty, Duration.ofMinutes(1), Duration.ofMinutes(20)))
                .containsExactlyElementsOf(thirty.subList(10, 30));
        List<Integer> five = List.of(1, 2, 3, 4, 5);
        assertThat(SoakBench.window(five, Duration.ofMinutes(1), Duration.ofMinutes(20))).containsExactly(2, 3, 4, 5);
    }

    @Test
    void shouldReportPercentilesToATenthOfAMillisecondWhenLatenciesAreAdded() {
        SoakBench.LatencyHistogram h = new SoakBench.LatencyHistogram();
        assertThat(h.percentile(99)).isNaN();
        for (int i = 1; i <= 100; i++) {
            h.add(i);
        }
        assertThat(h.percentile(50)).isCloseTo(50.0, org.assertj.core.data.Offset.offset(0.11));
        assertThat(h.percentile(99)).isCloseTo(99.0, org.assertj.core.data.Offset.offset(0.11));
        h.add(1e9);
        assertThat(h.percentile(100)).isEqualTo(60_000.0);
    }

    @Test
    void shouldRecordTheHeapAfterACollectionWhenTheCollectorReportsOne() {
        try (SoakBench.GcWatch watch = new SoakBench.GcWatch()) {
            watch.next();
            java.util.concurrent.atomic.AtomicReference<SoakBench.GcWatch.Reading> last =
                    new java.util.concurrent.atomic.AtomicReference<>();
            // Notifications arrive on another thread: collect until one has come.
            Wait.forCondition("a collection reported").until(() -> {
                System.gc();
                last.set(watch.next());
                return last.get().count() > 0;
            });
            SoakBench.GcWatch.Reading reading = last.get();
            assertThat(reading.count()).isPositive();
            assertThat(reading.min()).isPositive().isLessThanOrEqualTo(Runtime.getRuntime().totalMemory());
            assertThat(reading.last()).isGreaterThanOrEqualTo(reading.min());
        }
    }

    @Test
    void shouldRejectAPartitionCountBelowTheThreadsWhenOptionsAreBuilt() {
        assertThatThrownBy(() -> new SoakBench.Options(Duration.ofMinutes(1), 500, 4, 2, "exactly_once_v2"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("partitions (2)");
    }

    @Test
    void shouldSayTheAppFellBehindWhenArticlesAreMissingAtTheEnd() {
        SoakBench.Trend flat = SoakBench.trend(List.of(100 * MB, 100 * MB));
        assertThat(new SoakBench.Result(List.of(), 1_000, 1_000, 120, flat, flat).keptUp()).isTrue();
        SoakBench.Result behind = new SoakBench.Result(List.of(), 1_000, 900, 120, flat, flat);
        assertThat(behind.keptUp()).isFalse();
        assertThat(behind.memoryFlat()).isTrue();
    }
}
