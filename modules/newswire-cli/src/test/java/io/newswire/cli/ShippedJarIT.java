package io.newswire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar (the one bin/newswire and the Docker image run) holds the product only. Runs after
 * {@code package}; the jar is {@code target/newswire.jar} unless {@code -Dnewswire.shipped.jar=FILE}.
 */
class ShippedJarIT {

    /**
     * Entry prefixes of what belongs in newswire-tools.jar: Lingua, OpenNLP and JMH classes, their
     * models (Lingua's language-models/, OpenNLP's langdetect model) and our eval, bench and tools code.
     */
    private static final List<String> TOOLS_ONLY = List.of(
            "com/github/pemistahl/lingua/",
            "language-models/",
            "opennlp/",
            "langdetect-",
            "org/openjdk/jmh/",
            "io/newswire/eval/",
            "io/newswire/bench/",
            "io/newswire/tools/");

    private static Path jar;

    @BeforeAll
    static void findJar() {
        String property = System.getProperty("newswire.shipped.jar");
        assertThat(property).as("newswire.shipped.jar (set by the cli pom)").isNotBlank();
        jar = Path.of(property);
        assertThat(jar).as("the shaded jar; run `mvn verify`, which packages it first").isRegularFile();
    }

    @Test
    void shouldCarryNoLinguaOpenNlpJmhOrToolsEntryWhenPackaged() throws IOException {
        List<String> entries;
        try (JarFile file = new JarFile(jar.toFile())) {
            entries = file.stream().map(ZipEntry::getName).toList();
        }

        assertThat(entries).as("the product itself").contains("io/newswire/cli/Main.class",
                "io/newswire/cli/DemoCommand.class", "org/apache/kafka/streams/KafkaStreams.class");
        // Counted per prefix: a relapse would otherwise print tens of thousands of names.
        Map<String, Long> toolsEntries = entries.stream()
                .flatMap(name -> TOOLS_ONLY.stream().filter(name::startsWith))
                .collect(Collectors.groupingBy(prefix -> prefix, TreeMap::new, Collectors.counting()));
        assertThat(toolsEntries).as("entries of the tools in %s, by prefix", jar).isEmpty();
    }

    @Test
    void shouldStartTheProductCommandLineWhenRunWithJavaDashJar() throws Exception {
        Manifest manifest;
        try (JarFile file = new JarFile(jar.toFile())) {
            manifest = file.getManifest();
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-jar", jar.toString(), "--help")
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(manifest.getMainAttributes().getValue("Main-Class")).isEqualTo("io.newswire.cli.Main");
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("java -jar exits").isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("Usage: newswire", "demo", "dlq", "Tools, not in this jar");
    }
}
