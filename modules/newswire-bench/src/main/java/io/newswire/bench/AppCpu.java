package io.newswire.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time of one streams app's threads in this JVM. Kafka Streams names every thread it starts
 * after its client id, which begins with the application id (stream threads, their producers'
 * network threads, the admin client, the state cleaner) and the consumers' heartbeat threads
 * after the group, which is the application id; the embedded broker's threads and the bench's
 * own producer and consumer carry none of it. That split is what lets one process on two cores
 * say what the app would cost with the broker elsewhere.
 */
final class AppCpu {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private AppCpu() {
    }

    /**
     * CPU nanoseconds used so far by the live threads whose name contains {@code applicationId};
     * -1 when the JVM does not measure thread CPU time. Threads that have ended are not counted,
     * so take both readings while the app runs.
     */
    static long nanos(String applicationId) {
        if (!THREADS.isThreadCpuTimeSupported() || !THREADS.isThreadCpuTimeEnabled()) {
            return -1;
        }
        long total = 0;
        for (ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds(), 0)) {
            if (info != null && belongsTo(info.getThreadName(), applicationId)) {
                long cpu = THREADS.getThreadCpuTime(info.getThreadId());
                if (cpu > 0) {
                    total += cpu;
                }
            }
        }
        return total;
    }

    static boolean belongsTo(String threadName, String applicationId) {
        return threadName.contains(applicationId);
    }

    /**
     * The whole process's CPU so far, split by who spent it (nanoseconds; -1 where this JVM or OS cannot say).
     * Two readings' {@link Split#minus difference} over a timed run says where a run's CPU went: the app's
     * stream threads, its producers' network threads and its other threads (as {@link #nanos}); the JVM's
     * garbage collector and its JIT compilers, which are native threads {@link ThreadMXBean} does not list
     * and which only {@code /proc/self/task} names (Linux); and the rest of the process, the embedded
     * broker and the bench's own clients. On the bench's two cores all of them share the cores the app runs on.
     */
    static Split split(String applicationId) {
        long process = processNanos();
        long stream = 0;
        long network = 0;
        long other = 0;
        boolean threads = THREADS.isThreadCpuTimeSupported() && THREADS.isThreadCpuTimeEnabled();
        if (threads) {
            for (ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds(), 0)) {
                if (info == null || !belongsTo(info.getThreadName(), applicationId)) {
                    continue;
                }
                long cpu = THREADS.getThreadCpuTime(info.getThreadId());
                if (cpu <= 0) {
                    continue;
                }
                switch (appThreadKind(info.getThreadName())) {
                    case STREAM -> stream += cpu;
                    case NETWORK -> network += cpu;
                    default -> other += cpu;
                }
            }
        }
        long[] jvm = jvmNanos();
        return new Split(threads ? stream : -1, threads ? network : -1, threads ? other : -1, jvm[0], jvm[1], process);
    }

    /** What an app thread does, by the name Kafka gives it. */
    enum AppThread { STREAM, NETWORK, OTHER }

    static AppThread appThreadKind(String threadName) {
        if (threadName.contains("producer-network-thread")) {
            return AppThread.NETWORK;
        }
        // "<client id>-StreamThread-<n>"; its consumer's and producer's own threads carry more after it
        int at = threadName.lastIndexOf("-StreamThread-");
        if (at >= 0) {
            String n = threadName.substring(at + "-StreamThread-".length());
            if (!n.isEmpty() && n.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return AppThread.STREAM;
            }
        }
        return AppThread.OTHER;
    }

    /** What a native JVM thread does, by its Linux name (15 characters at most): the collector, the JIT, or neither. */
    enum JvmThread { GC, JIT, NONE }

    static JvmThread jvmThreadKind(String linuxName) {
        // G1's workers, marker, refinement and service threads, and the VM thread that runs the safepoints
        if (linuxName.startsWith("GC Thread") || linuxName.startsWith("G1 ") || linuxName.equals("VM Thread")) {
            return JvmThread.GC;
        }
        if (linuxName.startsWith("C1 CompilerThre") || linuxName.startsWith("C2 CompilerThre")) {
            return JvmThread.JIT;
        }
        return JvmThread.NONE;
    }

    /**
     * The JIT compilers' and the whole process's CPU nanoseconds so far, {@code {jit, process}}; -1 each where
     * the JVM or the system cannot tell.
     */
    static long[] jitAndProcessNanos() {
        return new long[] {jvmNanos()[1], processNanos()};
    }

    /** [collector, JIT] CPU nanoseconds from /proc/self/task; -1 each where there is no such directory. */
    private static long[] jvmNanos() {
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks)) {
            return new long[] {-1, -1};
        }
        long[] nanos = new long[2];
        try (DirectoryStream<Path> all = Files.newDirectoryStream(tasks)) {
            for (Path task : all) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    JvmThread kind = jvmThreadKind(stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')));
                    if (kind != JvmThread.NONE) {
                        nanos[kind == JvmThread.GC ? 0 : 1] += statCpuNanos(stat);
                    }
                } catch (IOException | RuntimeException e) {
                    // the thread ended between the listing and the read: its time is lost to both readings
                }
            }
        } catch (IOException e) {
            return new long[] {-1, -1};
        }
        return nanos;
    }

    /**
     * User plus system time of one /proc/[pid]/task/[tid]/stat line, in nanoseconds. Fields 14 and 15 in
     * clock ticks, counted after the name, which is in parentheses and may itself hold spaces. Linux's tick
     * is 1/100 s on every architecture the JVM runs on ({@code USER_HZ}), hence 10 ms resolution.
     */
    static long statCpuNanos(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10_000_000L;
    }

    private static long processNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    /** CPU nanoseconds by thread group; see {@link AppCpu#split}. */
    record Split(long stream, long network, long appOther, long gc, long jit, long process) {

        /** The CPU spent between {@code earlier} and this reading; -1 where either could not say. */
        Split minus(Split earlier) {
            return new Split(diff(stream, earlier.stream), diff(network, earlier.network),
                    diff(appOther, earlier.appOther), diff(gc, earlier.gc), diff(jit, earlier.jit),
                    diff(process, earlier.process));
        }

        /** The process's CPU that is neither the app's, the collector's nor the JIT's: the broker and the bench. */
        long rest() {
            return stream < 0 || network < 0 || appOther < 0 || gc < 0 || jit < 0 || process < 0 ? -1
                    : Math.max(0, process - stream - network - appOther - gc - jit);
        }

        /** One line, microseconds an article. */
        String perArticle(int articles) {
            return String.format(java.util.Locale.ROOT, "stream threads %s  producers' network %s  app other %s  "
                    + "| GC %s  JIT %s  broker and bench %s  process %s µs/article",
                    micros(stream, articles), micros(network, articles), micros(appOther, articles),
                    micros(gc, articles), micros(jit, articles), micros(rest(), articles),
                    micros(process, articles));
        }

        private static String micros(long nanos, int articles) {
            return nanos < 0 ? "n/a" : Long.toString(Math.round(nanos / 1e3 / articles));
        }

        private static long diff(long later, long earlier) {
            return later < 0 || earlier < 0 ? -1 : later - earlier;
        }
    }
}
