package io.newswire.cli;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The {@code newswire pipeline} command as a child JVM on the test's class path: what the kill-and-restart tests
 * SIGKILL, so that nothing of the first run survives in this JVM.
 */
final class PipelineProcess {

    private PipelineProcess() {
    }

    /**
     * Starts {@code newswire pipeline --config configFile} with its ops endpoints on a free port, its output and errors
     * to {@code log} (kept for a failure's diagnosis).
     */
    static Process start(Path configFile, Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "io.newswire.cli.Main", "pipeline", "--config", configFile.toString(), "--http-port", "0")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }
}
