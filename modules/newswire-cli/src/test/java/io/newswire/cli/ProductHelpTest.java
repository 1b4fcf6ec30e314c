package io.newswire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ProductHelpTest {

    /** bin/newswire, from the module folder surefire runs in. */
    private static final Path SCRIPT = Path.of("../../bin/newswire");

    private static List<String> routedToTools() throws Exception {
        Matcher m = Pattern.compile("(?m)^TOOLS_COMMANDS=\\(([^)]*)\\)$")
                .matcher(Files.readString(SCRIPT, StandardCharsets.UTF_8));
        assertThat(m.find()).as("TOOLS_COMMANDS=(...) in %s", SCRIPT).isTrue();
        return Arrays.asList(m.group(1).trim().split("\\s+"));
    }

    @Test
    void shouldRunOnlyTheProductCommandsWhenShipped() {
        CommandLine cl = new CommandLine(new Main());

        assertThat(cl.getSubcommands().keySet())
                .containsExactlyInAnyOrder("demo", "broker", "pipeline", "ingest", "feeds", "enrich", "tail", "dlq", "help");
    }

    @Test
    void shouldListEveryToolsCommandInTheFooterWhenBinNewswireRoutesItToTheToolsJar() throws Exception {
        List<String> routed = routedToTools();
        String usage = new CommandLine(new Main()).getUsageMessage(CommandLine.Help.Ansi.OFF);

        int footer = usage.indexOf("Tools, not in this jar");
        assertThat(footer).as("the tools footer in:%n%s", usage).isPositive();
        List<String> listed = Pattern.compile("(?m)^  (\\S+) ").matcher(usage.substring(footer)).results()
                .map(r -> r.group(1))
                .toList();
        assertThat(listed).containsExactlyInAnyOrderElementsOf(routed);
    }
}
