package io.newswire.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The packaged tools jar runs on its own, as bin/newswire runs it. Runs after {@code package}. */
class ToolsJarIT {

    @Test
    void shouldListTheToolsCommandsWhenRunWithJavaDashJar() throws Exception {
        Path jar = Path.of(System.getProperty("newswire.tools.jar"));
        assertThat(jar).as("the shaded tools jar; run `mvn verify`, which packages it first").isRegularFile();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-jar", jar.toString(), "--help")
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("java -jar exits").isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("Usage: newswire", "eval", "train", "kb", "bench");
    }
}
