package io.newswire.ingest;

import io.newswire.kafka.NewswireConfig;
import io.newswire.kafka.TopicAdmin;
import java.io.PrintStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** The {@code ingest} command's work: read every path, publish every record, report. */
public final class Ingest {

    private static final long PROGRESS_EVERY_NANOS = 2_000_000_000L;

    private Ingest() {
    }

    /** What an ingest run did. {@code ok()} is false when any file or record failed. */
    public record Report(long records, long acknowledged, List<ReadFailure> failures) {
        public boolean ok() {
            return failures.isEmpty() && acknowledged == records;
        }
    }

    public static Report run(NewswireConfig config, List<String> paths, PrintStream progress) {
        TopicAdmin.ensureTopics(config);
        ArticleReader reader = new ArticleReader(Clock.systemUTC(), config.limits());
        List<ReadFailure> failures = new ArrayList<>();
        long start = System.nanoTime();
        long[] lastReport = {start};
        try (IngestProducer producer = new IngestProducer(config)) {
            for (String path : paths) {
                for (ReadFailure f : reader.read(path, item -> {
                    producer.send(item);
                    long now = System.nanoTime();
                    if (now - lastReport[0] > PROGRESS_EVERY_NANOS) {
                        lastReport[0] = now;
                        double secs = (now - start) / 1e9;
                        progress.printf("ingest: %d records sent (%.0f/s)%n", producer.sent(), producer.sent() / secs);
                    }
                })) {
                    progress.printf("ingest: cannot read %s: %s%n", f.path(), f.reason());
                    failures.add(f);
                }
            }
            producer.flush();
            for (ReadFailure f : producer.failures()) {
                progress.printf("ingest: %s: %s%n", f.path(), f.reason());
                failures.add(f);
            }
            return new Report(producer.sent(), producer.acknowledged(), failures);
        }
    }
}
