package io.newswire.cli;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A program from a Debian package that an integration test drives (Prometheus, Chromium). Missing,
 * it skips the test with a message naming the package, unless {@code NEWSWIRE_REQUIRE_TOOLS=1}
 * (set by {@code .ci/run}, which installs them) makes that a failure: CI must not pass by skipping.
 */
final class ExternalTool {

    static final String REQUIRE_ENV = "NEWSWIRE_REQUIRE_TOOLS";

    private ExternalTool() {
    }

    static Path require(String binary, String debianPackage) {
        Path path = Path.of(binary);
        boolean present = Files.isExecutable(path);
        String message = binary + " not found: install the Debian package with `apt-get install " + debianPackage
                + "` (.ci/run does)";
        if (!present && "1".equals(System.getenv(REQUIRE_ENV))) {
            fail(message + "; " + REQUIRE_ENV + "=1 makes this a failure instead of a skip");
        }
        assumeTrue(present, "skipped: " + message);
        return path;
    }
}
