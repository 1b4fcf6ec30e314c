package io.newswire.tools;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The development tools of newswire: evaluation, training, knowledge-base building and the end-to-end
 * bench. They live in their own jar ({@code newswire-tools.jar}) so that the shipped jar and the Docker
 * image carry none of their libraries (Lingua, OpenNLP, JMH); {@code bin/newswire eval|train|kb|bench}
 * runs them from here.
 */
@Command(name = "newswire",
        mixinStandardHelpOptions = true,
        versionProvider = ToolsMain.Version.class,
        description = "newswire development tools (not shipped): evaluations, training, knowledge base, bench.",
        subcommands = {
            EvalCommand.class,
            TrainCommand.class,
            KbCommand.class,
            BenchCommand.class,
            CommandLine.HelpCommand.class
        })
public final class ToolsMain implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs a command line and returns its exit code; tests call this. */
    public static int execute(String... args) {
        CommandLine cl = new CommandLine(new ToolsMain());
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            // A bad argument (e.g. a folder without usable articles) is the user's to fix: message, exit 2.
            if (ex instanceof IllegalArgumentException) {
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
            // Set by the shade plugin's manifest; absent when run from target/classes.
            String version = ToolsMain.class.getPackage().getImplementationVersion();
            return new String[] {"newswire-tools " + (version == null ? "(development build)" : version)};
        }
    }
}
