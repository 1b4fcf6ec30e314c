package io.newswire.cli;

import io.newswire.ingest.Ingest;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Publish articles to the raw topic: files or directories of .txt (one article; a "
                + "headline-like first line is the title), .json/.jsonl (raw-article JSON), .html, .warc/.warc.gz "
                + "(web archives such as CC-NEWS: every HTML response record, streamed, with progress and a resume "
                + "offset); '-' reads stdin. "
                + "Exit code 1 when any file or record failed.")
final class IngestCommand implements Callable<Integer> {

    @Mixin
    KafkaOptions kafka;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, directories, or - for stdin.")
    List<String> paths;

    @Option(names = "--from-offset", paramLabel = "BYTES", defaultValue = "0",
            description = "Resume a WARC file from this record offset (as printed in its progress lines or for a "
                    + "bad record); needs exactly one WARC file.")
    long fromOffset;

    @Override
    public Integer call() {
        Ingest.Report report = Ingest.run(kafka.config(), paths, fromOffset, System.err);
        System.err.printf("ingest: %d records published, %d acknowledged, %d failures%n", report.records(),
                report.acknowledged(), report.failures().size());
        return report.ok() ? 0 : 1;
    }
}
