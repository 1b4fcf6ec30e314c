package io.newswire.ingest;

import io.newswire.ingest.warc.WarcArticleReader;
import io.newswire.kafka.NewswireConfig;
import io.newswire.kafka.TopicAdmin;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

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
        return run(config, paths, 0, progress);
    }

    /**
     * Publishes every path; WARC files ({@code .warc}, {@code .warc.gz}, given or in a directory)
     * are streamed record by record, the others read as {@link ArticleReader} reads them.
     *
     * @param fromOffset where to start in the WARC file, when exactly one is given (a resume offset
     *                   a previous run printed); 0 otherwise
     */
    public static Report run(NewswireConfig config, List<String> paths, long fromOffset, PrintStream progress) {
        List<Path> warcs = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (String path : paths) {
            split(path, warcs, others);
        }
        if (fromOffset != 0 && (warcs.size() != 1 || !others.isEmpty())) {
            throw new IllegalArgumentException("--from-offset needs exactly one WARC file and nothing else, got "
                    + paths);
        }
        TopicAdmin.ensureTopics(config);
        ArticleReader reader = new ArticleReader(Clock.systemUTC(), config.limits());
        List<ReadFailure> failures = new ArrayList<>();
        long start = System.nanoTime();
        long[] lastReport = {start};
        try (IngestProducer producer = new IngestProducer(config)) {
            for (String path : others) {
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
            WarcArticleReader warcReader = new WarcArticleReader(Clock.systemUTC(), config.limits());
            for (Path warc : warcs) {
                readWarc(warcReader, warc, fromOffset, producer, failures, progress);
            }
            producer.flush();
            for (ReadFailure f : producer.failures()) {
                progress.printf("ingest: %s: %s%n", f.path(), f.reason());
                failures.add(f);
            }
            return new Report(producer.sent(), producer.acknowledged(), failures);
        }
    }

    private static void readWarc(WarcArticleReader warcReader, Path warc, long fromOffset, IngestProducer producer,
            List<ReadFailure> failures, PrintStream progress) {
        long started = System.nanoTime();
        long[] lastReport = {started};
        long size;
        try {
            size = Files.size(warc);
        } catch (IOException e) {
            failures.add(new ReadFailure(warc.toString(), "cannot read: " + e.getMessage()));
            progress.printf("ingest: cannot read %s: %s%n", warc, e.getMessage());
            return;
        }
        WarcArticleReader.Listener listener = new WarcArticleReader.Listener() {
            @Override
            public void article(IngestItem item) {
                producer.send(item);
            }

            @Override
            public void bad(WarcArticleReader.BadRecord record) {
                failures.add(new ReadFailure(record.origin(), record.reason()));
                progress.printf("ingest: bad record %s: %s%n", record.origin(), record.reason());
            }

            @Override
            public void position(long nextOffset, WarcArticleReader.Counts counts) {
                long now = System.nanoTime();
                if (now - lastReport[0] > PROGRESS_EVERY_NANOS) {
                    lastReport[0] = now;
                    // what was sent before this offset is acknowledged once flushed: a resume from it loses nothing
                    producer.flush();
                    double secs = (now - started) / 1e9;
                    progress.printf("ingest: %s: %.1f%%, %d records read (%.0f/s), %d articles, %d skipped, %d bad; "
                                    + "resume with --from-offset %d%n", warc, 100.0 * nextOffset / Math.max(1, size),
                            counts.records(), counts.records() / secs, counts.articles(), counts.skippedTotal(),
                            counts.bad(), nextOffset);
                }
            }
        };
        try {
            WarcArticleReader.Outcome outcome = warcReader.read(warc, fromOffset, listener);
            WarcArticleReader.Counts c = outcome.counts();
            double secs = (System.nanoTime() - started) / 1e9;
            progress.printf("ingest: %s: %d records read (%.0f/s), %d articles (%.0f/s), %d bad, %d skipped %s%s%n",
                    warc, c.records(), c.records() / secs, c.articles(), c.articles() / secs, c.bad(),
                    c.skippedTotal(), c.skipped(), outcome.complete() ? ""
                            : "; stopped at offset " + outcome.endOffset());
        } catch (IOException e) {
            failures.add(new ReadFailure(warc.toString(), "cannot read: " + e.getMessage()));
            progress.printf("ingest: cannot read %s: %s%n", warc, e.getMessage());
        }
    }

    /** WARC files go to the streaming reader; everything else, directories included, to {@link ArticleReader}. */
    private static void split(String path, List<Path> warcs, List<String> others) {
        if (path.equals("-")) {
            others.add(path);
            return;
        }
        Path p = Path.of(path);
        if (Files.isRegularFile(p) && WarcArticleReader.isWarc(p)) {
            warcs.add(p);
            return;
        }
        if (Files.isDirectory(p)) {
            try (Stream<Path> walk = Files.walk(p)) {
                walk.filter(Files::isRegularFile).filter(WarcArticleReader::isWarc).sorted().forEach(warcs::add);
            } catch (IOException | UncheckedIOException e) {
                // ArticleReader reports the directory it cannot list
            }
        }
        others.add(path);
    }
}
