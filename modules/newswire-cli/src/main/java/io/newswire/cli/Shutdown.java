package io.newswire.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C handling: the hook wakes the main thread, which closes everything in order, and the hook
 * waits (bounded) for that so the JVM does not halt mid-shutdown.
 */
final class Shutdown {

    private final CountDownLatch requested = new CountDownLatch(1);
    private final CountDownLatch finished = new CountDownLatch(1);

    static Shutdown install() {
        Shutdown s = new Shutdown();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            s.requested.countDown();
            try {
                s.finished.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "newswire-shutdown"));
        return s;
    }

    void await() throws InterruptedException {
        requested.await();
    }

    boolean await(long millis) throws InterruptedException {
        return requested.await(millis, TimeUnit.MILLISECONDS);
    }

    void done() {
        finished.countDown();
    }
}
