package io.newswire.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AppCpuTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "bench-pipeline2t1-3f2a-StreamThread-1                                            ; STREAM",
        "bench-pipeline2t1-3f2a-StreamThread-12                                           ; STREAM",
        "kafka-producer-network-thread | bench-pipeline2t1-3f2a-StreamThread-1-producer   ; NETWORK",
        "kafka-coordinator-heartbeat-thread | bench-pipeline2t1                            ; OTHER",
        "bench-pipeline2t1-3f2a-StreamThread-1-consumer                                   ; OTHER",
        "bench-pipeline2t1-3f2a-StateDirCleaner                                           ; OTHER",
        "kafka-admin-client-thread | bench-pipeline2t1-3f2a-admin                         ; OTHER",
    })
    void shouldTellStreamThreadsFromTheirClientsThreadsWhenGivenKafkasThreadNames(String name, AppCpu.AppThread kind) {
        assertThat(AppCpu.appThreadKind(name.strip())).isEqualTo(kind);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "GC Thread#0     | GC",
        "G1 Conc#0       | GC",
        "G1 Main Marker  | GC",
        "G1 Refine#0     | GC",
        "G1 Service      | GC",
        "VM Thread       | GC",
        "C2 CompilerThre | JIT",
        "C1 CompilerThre | JIT",
        "VM Periodic Tas | NONE",
        "kafka-producer- | NONE",
        "java            | NONE",
    })
    void shouldTellTheCollectorAndTheJitFromOtherNativeThreadsWhenGivenLinuxThreadNames(String name,
            AppCpu.JvmThread kind) {
        assertThat(AppCpu.jvmThreadKind(name.strip())).isEqualTo(kind);
    }

    @Test
    void shouldAddUserAndSystemTicksWhenTheThreadNameHoldsSpacesAndParentheses() {
        // pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime ...
        String stat = "4242 (C2 (x) Thre) S 1 4242 4242 0 -1 4194368 900 0 0 0 250 17 0 0 20 0 40 0 123 0";
        assertThat(AppCpu.statCpuNanos(stat)).isEqualTo(267 * 10_000_000L);
    }

    @Test
    void shouldLeaveTheBrokerAndBenchWhatTheGroupsDoNotTakeWhenSubtractingTwoReadings() {
        AppCpu.Split before = new AppCpu.Split(100, 10, 1, 20, 30, 400);
        AppCpu.Split after = new AppCpu.Split(1_100, 110, 11, 70, 330, 2_400);
        AppCpu.Split run = after.minus(before);
        assertThat(run).isEqualTo(new AppCpu.Split(1_000, 100, 10, 50, 300, 2_000));
        assertThat(run.rest()).isEqualTo(540);
        assertThat(run.perArticle(1)).contains("stream threads 1", "GC 0", "broker and bench 1", "process 2");
    }

    @Test
    void shouldSayNotAvailableWhenOneReadingCouldNotTellAGroup() {
        AppCpu.Split run = new AppCpu.Split(5_000, 1_000, 0, -1, -1, 9_000).minus(new AppCpu.Split(0, 0, 0, 0, 0, 0));
        assertThat(run.gc()).isEqualTo(-1);
        assertThat(run.rest()).isEqualTo(-1);
        assertThat(run.perArticle(1)).contains("GC n/a", "JIT n/a", "broker and bench n/a", "stream threads 5");
    }

    @Test
    void shouldReadThisProcesssSplitWhenRunOnLinux() {
        AppCpu.Split now = AppCpu.split("no-such-app");
        assertThat(now.stream()).isZero();
        assertThat(now.process()).isPositive();
        if (java.nio.file.Files.isDirectory(java.nio.file.Path.of("/proc/self/task"))) {
            assertThat(now.jit()).isGreaterThanOrEqualTo(0);
            assertThat(now.gc()).isGreaterThanOrEqualTo(0);
        }
    }

    @ParameterizedTest
    @CsvSource({
        // previous µs, current µs, settled (the s34 warm-up runs: 2000, 1393, 1143, 983, 818, 776, 757)
        "NaN, 2000, false",  // the first run: nothing to compare
        "2000, 1393, false",
        "818, 776, false",   // -5.1%
        "776, 757, true",    // -2.4%
        "757, 790, true",
        "757, 800, false",
        "757, NaN, true",    // no CPU figure on this JVM: nothing to wait for
    })
    void shouldCallTheWarmUpSettledWhenTheAppCpuMovedLessThanTheTolerance(double previous, double current,
            boolean settled) {
        assertThat(EndToEndBench.settled(previous, current, 0.05)).isEqualTo(settled);
    }

    @ParameterizedTest
    @CsvSource({
        // previous µs, current µs, JIT share of the process, warm
        "3117, 3056, 0.37, false", // s46: the app's CPU held still while the compilers still took 37%
        "1349, 1310, 0.12, true",
        "1349, 1310, 0.15, true",
        "1349, 1600, 0.05, false", // the JIT is done but the CPU still moves
        "1349, 1310, NaN, true",   // no JIT figure off Linux: the CPU alone decides
        "NaN, 1310, 0.05, false",  // the first run: nothing to compare
    })
    void shouldCallTheJvmWarmOnlyWhenTheCpuSettledAndTheJitIsQuiet(double previous, double current, double jitShare,
            boolean warm) {
        assertThat(EndToEndBench.warm(previous, current, 0.05, jitShare, 0.15)).isEqualTo(warm);
    }

    @Test
    void shouldReadTheJitAndTheProcessWhenRunOnLinux() {
        long[] nanos = AppCpu.jitAndProcessNanos();

        assertThat(nanos).hasSize(2);
        assertThat(nanos[1]).isPositive(); // this JVM has run code
        assertThat(nanos[0]).isLessThanOrEqualTo(nanos[1]);
    }
}
