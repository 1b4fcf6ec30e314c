package io.newswire.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.common.config.ConfigDef;
import org.junit.jupiter.api.Test;

/**
 * The README's configuration table is generated from {@link NewswireConfig#configDef()}: this test
 * renders the definition as Markdown and fails, printing the table to paste, when the README's
 * marked region differs. So a setting is declared once, in the definition, and documented from it.
 */
class ConfigTableTest {

    static final String BEGIN = "<!-- BEGIN generated from NewswireConfig.configDef(); ConfigTableTest checks it -->";
    static final String END = "<!-- END generated -->";

    private static final Path README = Path.of(System.getProperty("newswire.home", "../.."), "README.md");

    /** One row per setting, in the order the definition declares them. */
    static String markdownTable(ConfigDef definition) {
        StringBuilder out = new StringBuilder("| setting | default | valid values | |\n|---|---|---|---|\n");
        for (ConfigDef.ConfigKey key : definition.configKeys().values()) {
            out.append("| `").append(key.name).append("` | ")
                    .append(key.defaultValue == null ? "—" : "`" + key.defaultValue + "`").append(" | ")
                    .append(cell(validValues(key))).append(" | ")
                    .append(cell(key.documentation)).append(" |\n");
        }
        return out.toString();
    }

    private static String validValues(ConfigDef.ConfigKey key) {
        if (key.validator != null) {
            return key.validator.toString();
        }
        return key.type == ConfigDef.Type.BOOLEAN ? "`true`, `false`" : key.type.name().toLowerCase(Locale.ROOT);
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace('\n', ' ');
    }

    private static String readme() throws IOException {
        return Files.readString(README, StandardCharsets.UTF_8);
    }

    /** From "## Configuration" to the next second-level heading. */
    private static String configurationSection(String readme) {
        int start = readme.indexOf("\n## Configuration\n");
        assertThat(start).as("README has a Configuration section").isNotNegative();
        int end = readme.indexOf("\n## ", start + 1);
        return readme.substring(start, end < 0 ? readme.length() : end);
    }

    @Test
    void shouldMatchTheDefinitionWhenTheReadmeTableIsRead() throws IOException {
        String readme = readme();
        int begin = readme.indexOf(BEGIN);
        int end = readme.indexOf(END);
        assertThat(begin).as("README.md has the marker " + BEGIN).isNotNegative();
        assertThat(end).as("README.md has the marker " + END).isGreaterThan(begin);
        String documented = readme.substring(begin + BEGIN.length(), end).strip() + "\n";
        assertThat(documented)
                .as("README.md's configuration table is out of date; replace the marked region with:%n%s",
                        markdownTable(NewswireConfig.configDef()))
                .isEqualTo(markdownTable(NewswireConfig.configDef()));
    }

    @Test
    void shouldDocumentEverySettingWithItsDefaultWhenTheTableIsParsed() throws IOException {
        String section = configurationSection(readme());
        for (ConfigDef.ConfigKey key : NewswireConfig.configDef().configKeys().values()) {
            String dflt = key.defaultValue == null ? "—" : "`" + key.defaultValue + "`";
            assertThat(section).as(key.name).contains("| `" + key.name + "` | " + dflt + " |");
        }
    }

    @Test
    void shouldNameOnlyDefinedNewswireSettingsWhenTheConfigurationSectionMentionsOne() throws IOException {
        List<String> mentioned = new ArrayList<>();
        Matcher m = Pattern.compile("`(newswire\\.[a-z0-9.]+)`").matcher(configurationSection(readme()));
        while (m.find()) {
            mentioned.add(m.group(1));
        }
        assertThat(mentioned).isNotEmpty();
        assertThat(NewswireConfig.configDef().names()).containsAll(mentioned);
    }

    @Test
    void shouldListEveryCredentialNamePartWhenTheReadmeExplainsMasking() throws IOException {
        String section = configurationSection(readme());
        for (String part : NewswireConfig.CREDENTIAL_NAME_PARTS) {
            assertThat(section).as(part).contains("`" + part + "`");
        }
    }

    @Test
    void shouldRenderOneRowPerSettingWithDefaultAndValidValuesWhenATableIsGenerated() {
        ConfigDef definition = new ConfigDef()
                .define("a.count", ConfigDef.Type.INT, 3, ConfigDef.Range.between(1, 9), ConfigDef.Importance.HIGH,
                        "How many | at most.")
                .define("a.on", ConfigDef.Type.BOOLEAN, true, ConfigDef.Importance.LOW, "Switch.")
                .define("a.file", ConfigDef.Type.STRING, null, ConfigDef.Importance.LOW, "A file.");
        assertThat(markdownTable(definition)).isEqualTo("""
                | setting | default | valid values | |
                |---|---|---|---|
                | `a.count` | `3` | [1,...,9] | How many \\| at most. |
                | `a.on` | `true` | `true`, `false` | Switch. |
                | `a.file` | — | string | A file. |
                """);
    }
}
