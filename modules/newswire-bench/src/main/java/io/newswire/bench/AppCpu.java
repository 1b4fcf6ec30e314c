package io.newswire.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;

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
}
