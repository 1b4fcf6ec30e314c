package io.newswire.bench;

import io.newswire.kafka.PipelineObserver;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Counts the batches the enrich step runs, by size ({@link PipelineObserver#enrichBatch}), so that the bench can say
 * which batch sizes a mode reached under a backlog and at the latency rate. Thread-safe: every stream thread reports.
 */
final class BatchSizes implements PipelineObserver {

    /** Sizes counted one by one up to here; larger ones share the last slot (the bench's caps are at most 32). */
    private static final int LARGEST = 32;

    /** [size] batches of that size, [0] unused. */
    private final AtomicLongArray bySize = new AtomicLongArray(LARGEST + 1);

    @Override
    public void enrichBatch(int size) {
        bySize.incrementAndGet(Math.min(Math.max(size, 1), LARGEST));
    }

    Snapshot snapshot() {
        long[] counts = new long[LARGEST + 1];
        for (int i = 1; i <= LARGEST; i++) {
            counts[i] = bySize.get(i);
        }
        return new Snapshot(counts);
    }

    /** Batches by size at one moment; {@link #toString} is what the bench prints. */
    record Snapshot(long[] bySize) {

        Snapshot minus(Snapshot before) {
            long[] d = new long[bySize.length];
            for (int i = 0; i < d.length; i++) {
                d[i] = bySize[i] - before.bySize[i];
            }
            return new Snapshot(d);
        }

        long batches() {
            long n = 0;
            for (long c : bySize) {
                n += c;
            }
            return n;
        }

        long records() {
            long n = 0;
            for (int i = 0; i < bySize.length; i++) {
                n += i * bySize[i];
            }
            return n;
        }

        /** Records in batches of at least {@code size}, as a share of all batched records. */
        double recordShareFrom(int size) {
            long n = 0;
            for (int i = size; i < bySize.length; i++) {
                n += i * bySize[i];
            }
            return records() == 0 ? 0 : (double) n / records();
        }

        @Override
        public String toString() {
            long batches = batches();
            if (batches == 0) {
                return "no batches";
            }
            return String.format(Locale.ROOT, "%d batches, %d records, mean %.1f, size 1 %d, records in batches of "
                    + "8+ %.0f%%, of %d+ %.0f%%", batches, records(), (double) records() / batches, bySize[1],
                    100 * recordShareFrom(8), LARGEST, 100 * recordShareFrom(LARGEST));
        }
    }
}
