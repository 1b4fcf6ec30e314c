package io.newswire.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

class ToolsMainTest {

    /** bin/newswire, from the module folder surefire runs in. */
    private static final Path SCRIPT = Path.of("../../bin/newswire");

    private static List<String> routedToTools() throws Exception {
        Matcher m = Pattern.compile("(?m)^TOOLS_COMMANDS=\\(([^)]*)\\)$")
                .matcher(Files.readString(SCRIPT, StandardCharsets.UTF_8));
        assertThat(m.find()).as("TOOLS_COMMANDS=(...) in %s", SCRIPT).isTrue();
        return Arrays.asList(m.group(1).trim().split("\\s+"));
    }

    @Test
    void shouldHoldExactlyTheCommandsBinNewswireRoutesToTheToolsJarWhenRun() throws Exception {
        List<String> routed = routedToTools();

        List<String> commands = new CommandLine(new ToolsMain()).getSubcommands().keySet().stream()
                .filter(name -> !name.equals("help"))
                .toList();

        assertThat(routed).containsExactlyInAnyOrder("eval", "train", "kb", "bench");
        assertThat(commands).containsExactlyInAnyOrderElementsOf(routed);
    }

    /** Every eval and train subcommand that takes {@code --data}. */
    private static List<CommandSpec> commandsTakingData() {
        CommandLine tools = new CommandLine(new ToolsMain());
        return Stream.of("eval", "train")
                .flatMap(name -> tools.getSubcommands().get(name).getSubcommands().values().stream())
                .map(CommandLine::getCommandSpec)
                .filter(spec -> spec.findOption("--data") != null)
                .toList();
    }

    @Test
    void shouldTakeDataFromTheOneMixinWithItsOwnFolderNamedWhenACommandReadsOutsideData() {
        List<CommandSpec> commands = commandsTakingData();

        assertThat(commands).hasSizeGreaterThanOrEqualTo(15);
        for (CommandSpec spec : commands) {
            OptionSpec data = spec.findOption("--data");
            assertThat(spec.mixins().values()).as(spec.qualifiedName())
                    .anyMatch(mixin -> mixin.userObject() instanceof DataOption);
            assertThat(data.required()).as(spec.qualifiedName()).isTrue();
            assertThat(data.paramLabel()).as(spec.qualifiedName()).isEqualTo("DIR");
            assertThat(data.description()).as("--data help of %s", spec.qualifiedName())
                    .singleElement().isNotEqualTo(DataOption.UNNAMED);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "eval  | datelines     | The reuters21578 folder.",
        "eval  | police-events | The india_police_events folder.",
        "eval  | topics        | The shared data folder (ag_news/, bbc/, masakhanews_fra/).",
        "train | tone          | The newsmtsc folder.",
    })
    void shouldPrintTheCommandsOwnFolderInItsHelpWhenDataComesFromTheMixin(String group, String command,
            String folder) {
        String help = new CommandLine(new ToolsMain()).getSubcommands().get(group).getSubcommands().get(command)
                .getUsageMessage();

        assertThat(help).contains("--data=DIR").contains(folder).doesNotContain(DataOption.UNNAMED);
    }

    @Test
    void shouldSkipWithAMessageWhenTheEvaluationDataIsMissing(@TempDir Path empty) {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        int code;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            code = ToolsMain.execute("eval", "datelines", "--data", empty.toString());
        } finally {
            System.setOut(stdout);
        }

        assertThat(code).isZero();
        assertThat(captured.toString(StandardCharsets.UTF_8)).contains("skipped: Reuters-21578 not found at " + empty);
    }

    @Test
    void shouldExitWithCode2WhenTheBenchInputHasNoUsableArticle(@TempDir Path empty) {
        int code = ToolsMain.execute("bench", "--input", empty.toString(), "--articles", "1");

        assertThat(code).isEqualTo(2);
    }
}
