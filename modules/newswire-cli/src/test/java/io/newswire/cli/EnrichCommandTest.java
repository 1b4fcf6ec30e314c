package io.newswire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EnrichCommandTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String STORY = "QUETTA, June 4 (AFP) - Fighters of the Jaish al-Adl said on Tuesday they "
            + "had attacked a border post. Officials of Jaysh al-Adl did not confirm the claim.\n";

    private static JsonNode entity(Path out, String id) throws Exception {
        for (JsonNode e : MAPPER.readTree(Files.readString(out, StandardCharsets.UTF_8).strip()).path("entities")) {
            if (e.path("id").asText().equals(id)) {
                return e;
            }
        }
        return null;
    }

    @Test
    void shouldUseTheUserAliasFileWhenAliasesIsGiven(@TempDir Path dir) throws Exception {
        Path in = Files.writeString(dir.resolve("story.txt"), STORY, StandardCharsets.UTF_8);
        Path aliases = Files.writeString(dir.resolve("aliases.tsv"),
                "# our own armed-group table\norg:jaish-al-adl\tORGANIZATION\tJaish al-Adl\tJaysh al-Adl|Jaish ul-Adl\n",
                StandardCharsets.UTF_8);
        Path withTable = dir.resolve("with.jsonl");
        Path without = dir.resolve("without.jsonl");

        int code = new CommandLine(new EnrichCommand()).execute("--input", in.toString(), "--output",
                withTable.toString(), "--aliases", aliases.toString());
        int plain = new CommandLine(new EnrichCommand()).execute("--input", in.toString(), "--output",
                without.toString());

        assertThat(code).isZero();
        assertThat(plain).isZero();
        JsonNode group = entity(withTable, "org:jaish-al-adl");
        assertThat(group).as("the user's entity").isNotNull();
        assertThat(group.path("name").asText()).isEqualTo("Jaish al-Adl");
        assertThat(group.path("type").asText()).isEqualTo("ORGANIZATION");
        assertThat(group.path("count").asInt()).isEqualTo(2);
        assertThat(group.path("aliasesSeen").toString()).contains("Jaish al-Adl", "Jaysh al-Adl");
        // Without the table the tagger may still find the group, but the two spellings stay apart.
        JsonNode alone = entity(without, "org:jaish-al-adl");
        if (alone != null) {
            assertThat(alone.path("count").asInt()).isEqualTo(1);
            assertThat(alone.path("aliasesSeen").toString()).doesNotContain("Jaysh al-Adl");
        }
    }

    @Test
    void shouldFailWithTheFileNamedWhenTheAliasFileIsBroken(@TempDir Path dir) throws Exception {
        Path in = Files.writeString(dir.resolve("story.txt"), STORY, StandardCharsets.UTF_8);
        Path broken = Files.writeString(dir.resolve("broken.tsv"), "org:x\tNOT_A_TYPE\tX\tY\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("out.jsonl");

        int code = new CommandLine(new EnrichCommand()).execute("--input", in.toString(), "--output", out.toString(),
                "--aliases", broken.toString());
        int missing = new CommandLine(new EnrichCommand()).execute("--input", in.toString(), "--output",
                out.toString(), "--aliases", dir.resolve("nope.tsv").toString());

        assertThat(code).isEqualTo(2);
        assertThat(missing).isEqualTo(2);
        assertThat(out).doesNotExist();
    }

    @Test
    void shouldPointACopyAtItsOriginalWhenBothAreInTheInput(@TempDir Path dir) throws Exception {
        String body = "ISLAMABAD, June 4 (AFP) - Pakistan's central bank raised its policy rate by 150 basis points "
                + "to 22 percent on Tuesday, the third increase this year, citing inflation of 38 percent in May. "
                + "The bank said it expected price growth to slow in the second half of the fiscal year.";
        String copy = body.replace("(AFP)", "(Reuters)") + " Reporting by a staff correspondent.";
        Path in = Files.writeString(dir.resolve("in.jsonl"), String.join("\n",
                MAPPER.createObjectNode().put("url", "https://a.example/1").put("body", body).toString(),
                MAPPER.createObjectNode().put("url", "https://b.example/2").put("body", copy).toString(),
                MAPPER.createObjectNode().put("url", "https://c.example/3").put("body", STORY).toString()) + "\n",
                StandardCharsets.UTF_8);
        Path out = dir.resolve("out.jsonl");

        int code = new CommandLine(new EnrichCommand()).execute("--input", in.toString(), "--output", out.toString());

        assertThat(code).isZero();
        java.util.List<JsonNode> lines = Files.readAllLines(out, StandardCharsets.UTF_8).stream()
                .map(l -> {
                    try {
                        return MAPPER.readTree(l);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }).toList();
        assertThat(lines).hasSize(3);
        String first = lines.get(0).path("id").asText();
        assertThat(lines.get(0).path("duplicateOf").isNull()).isTrue();
        assertThat(lines.get(1).path("duplicateOf").path("id").asText()).isEqualTo(first);
        assertThat(lines.get(1).path("duplicateOf").path("kind").asText()).isEqualTo("near");
        assertThat(lines.get(1).path("story").path("id").asText()).isEqualTo(first);
        assertThat(lines.get(1).path("story").path("size").asInt()).isEqualTo(2);
        assertThat(lines.get(2).path("duplicateOf").isNull()).isTrue();
        assertThat(lines.get(2).path("story").path("id").asText()).isEqualTo(lines.get(2).path("id").asText());
    }

    /**
     * Two reports of one earthquake in different words (not copies) and one unrelated report: with {@code
     * --same-event-stories} the two share a story and every article records the stories stage; with {@code
     * --no-same-event-stories} a story is a group of copies, so each report has its own.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(booleans = {true, false})
    void shouldPutTwoReportsOfOneEventInOneStoryWhenSameEventStoriesIsOn(boolean on, @TempDir Path dir)
            throws Exception {
        String first = "SANTIAGO, March 3 (AFP) - A magnitude 7.1 earthquake struck the Chilean city of Valparaiso on "
                + "Sunday, killing 14 people and injuring 230, Chile's emergency office ONEMI said. President Gabriel "
                + "Boric declared a state of catastrophe in the Valparaiso region.";
        String second = "Valparaiso (Reuters) - Fourteen people died and 230 were hurt when a 7.1-magnitude quake hit "
                + "Valparaiso in Chile on Sunday, according to ONEMI, the national emergency agency. Gabriel Boric, "
                + "the president, announced a state of catastrophe for the Valparaiso region after the quake.";
        Path in = Files.writeString(dir.resolve("in.jsonl"), String.join("\n",
                MAPPER.createObjectNode().put("url", "https://a.example/q1").put("body", first)
                        .put("publishedAt", "2026-03-03T10:00:00Z").toString(),
                MAPPER.createObjectNode().put("url", "https://b.example/q2").put("body", second)
                        .put("publishedAt", "2026-03-03T12:00:00Z").toString(),
                MAPPER.createObjectNode().put("url", "https://c.example/3").put("body", STORY)
                        .put("publishedAt", "2026-03-03T13:00:00Z").toString()) + "\n",
                StandardCharsets.UTF_8);
        Path out = dir.resolve("out.jsonl");

        int code = new CommandLine(new EnrichCommand()).execute("--input", in.toString(), "--output", out.toString(),
                on ? "--same-event-stories" : "--no-same-event-stories");

        assertThat(code).isZero();
        java.util.List<JsonNode> lines = new java.util.ArrayList<>();
        for (String l : Files.readAllLines(out, StandardCharsets.UTF_8)) {
            lines.add(MAPPER.readTree(l));
        }
        assertThat(lines).hasSize(3);
        assertThat(lines).allMatch(l -> l.path("duplicateOf").isNull());
        String firstId = lines.get(0).path("id").asText();
        assertThat(lines.get(1).path("story").path("id").asText()).isEqualTo(on ? firstId : lines.get(1).path("id")
                .asText());
        assertThat(lines.get(2).path("story").path("id").asText()).isEqualTo(lines.get(2).path("id").asText());
        assertThat(lines.get(1).path("provenance").toString().contains("\"stories\"")).isEqualTo(on);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "es | not a model",      // a file that is no tagger: refused when the pipeline is built
        "spa | not a model",     // no two-letter code
        "en | not a model",      // English is the committed tagger's
    })
    void shouldFailBeforeReadingWhenANerModelIsUnusable(String language, String content, @TempDir Path dir)
            throws Exception {
        Path in = Files.writeString(dir.resolve("historia.txt"), "El ministro visitó la ciudad el martes.",
                StandardCharsets.UTF_8);
        Path model = Files.writeString(dir.resolve("ner.bin.gz"), content, StandardCharsets.UTF_8);
        Path out = dir.resolve("out.jsonl");

        int code = new CommandLine(new EnrichCommand()).execute("--input", in.toString(), "--output", out.toString(),
                "--ner-model", language + "=" + model);

        assertThat(code).isEqualTo(2);
        assertThat(out).doesNotExist();
    }

    /**
     * The articles go through the pipeline in lists of 32; a record that cannot be decoded is rejected in its
     * place, and every other article comes out once, in the input's order, across the lists' edges.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(ints = {0, 31, 32, 40})
    void shouldKeepTheInputOrderAndRejectOnlyTheBadRecordWhenArticlesGoInLists(int bad, @TempDir Path dir)
            throws Exception {
        String[] places = {"Velmora", "Brelande", "Haldern", "Quillmarsh", "Ostrava Nova"};
        java.util.List<String> lines = new java.util.ArrayList<>();
        for (int i = 0; i < 41; i++) {
            String url = "https://wire.example/" + i;
            if (i == bad) {
                lines.add(MAPPER.createObjectNode().put("url", url).put("title", "no body").toString());
            } else {
                lines.add(MAPPER.createObjectNode().put("url", url).put("body", places[i % places.length].toUpperCase(
                        java.util.Locale.ROOT) + ", June " + (1 + i % 28) + " (AFP) - Harbour pilots in "
                        + places[i % places.length] + " stopped work for " + (i + 2) + " hours on Tuesday, union "
                        + "secretary Tamsin Orlov said.").toString());
            }
        }
        Path in = Files.writeString(dir.resolve("in.jsonl"), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("out.jsonl");

        int code = new CommandLine(new EnrichCommand()).execute("--input", in.toString(), "--output", out.toString());

        assertThat(code).isEqualTo(1);
        java.util.List<String> urls = new java.util.ArrayList<>();
        for (String l : Files.readAllLines(out, StandardCharsets.UTF_8)) {
            urls.add(MAPPER.readTree(l).path("url").asText());
        }
        java.util.List<String> expected = new java.util.ArrayList<>();
        for (int i = 0; i < 41; i++) {
            if (i != bad) {
                expected.add("https://wire.example/" + i);
            }
        }
        assertThat(urls).containsExactlyElementsOf(expected);
    }
}
