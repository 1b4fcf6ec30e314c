package io.newswire.cli;

import io.newswire.kafka.ConfigException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code newswire}: the command line of the pipeline. */
@Command(name = "newswire",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Kafka-native streaming news pipeline: ingest, normalize, enrich, dead-letter.",
        subcommands = {
            DemoCommand.class,
            BrokerCommand.class,
            PipelineCommand.class,
            IngestCommand.class,
            FeedsCommand.class,
            EnrichCommand.class,
            TailCommand.class,
            DlqCommand.class,
            CommandLine.HelpCommand.class
        },
        // The tools are not in this jar (nor in the image); bin/newswire runs them from newswire-tools.jar.
        footer = {"",
            "Tools, not in this jar (bin/newswire runs them from newswire-tools.jar):",
            "  eval      Accuracy evaluations on labelled data (docs/EVALUATION.md).",
            "  train     Build the committed models from labelled data.",
            "  kb        Rebuild the committed gazetteer (docs/KNOWLEDGE_BASE.md).",
            "  bench     End-to-end bench on an embedded broker (docs/BENCHMARKS.md)."})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs a command line and returns its exit code; tests call this. */
    public static int execute(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            if (ex instanceof ConfigException || ex instanceof IllegalArgumentException) {
                cmd.getErr().println("newswire: " + ex.getMessage());
                return 2;
            }
            throw ex;
        });
        return cl.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            // The jar's manifest, as the pipeline's own version (stamped into provenance) reads it:
            // the cli compiles against the enrichment API only, not the implementation.
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"newswire " + (version == null ? "0.1.0-SNAPSHOT" : version) + " (Kafka clients 4.3.1)"};
        }
    }
}
