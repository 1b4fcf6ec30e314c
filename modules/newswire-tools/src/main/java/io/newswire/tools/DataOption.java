package io.newswire.tools;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --data DIR} option of every evaluation and training command that reads labelled data kept
 * outside the repository (a required folder), declared once and mixed into each command. Its help line
 * names the folder the command reads: {@code DataFolders.properties} holds one line per command, keyed
 * by the command's qualified name ({@code newswire.eval.datelines.data}); the bundle is set on
 * {@link EvalCommand} and {@link TrainCommand}, and ToolsMainTest checks every command using this
 * option has its line.
 */
final class DataOption {

    /** The help line of a command whose folder {@code DataFolders.properties} does not name. */
    static final String UNNAMED = "The labelled data folder.";

    @Option(names = "--data", required = true, paramLabel = "DIR", descriptionKey = "data", description = UNNAMED)
    private Path data;

    /** The folder given with {@code --data}. */
    Path dir() {
        return data;
    }
}
