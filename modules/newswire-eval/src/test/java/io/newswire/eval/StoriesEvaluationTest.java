package io.newswire.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoriesEvaluationTest {

    @Test
    void shouldJoinTokensBySpacesAndSentencesByLinesWhenReadingCromerXml() {
        String xml = "<Document doc_name=\"9_1ecb.xml\">\n"
                + "<token t_id=\"1\" sentence=\"0\" number=\"0\">Flood</token>\n"
                + "<token t_id=\"2\" sentence=\"0\" number=\"1\">hits</token>\n"
                + "<token t_id=\"3\" sentence=\"0\" number=\"2\">Köln</token>\n"
                + "<token t_id=\"4\" sentence=\"1\" number=\"0\">Rain</token>\n"
                + "<token t_id=\"5\" sentence=\"1\" number=\"1\">&amp;</token>\n"
                + "<token t_id=\"6\" sentence=\"1\" number=\"2\">wind</token>\n"
                + "<Markables/></Document>";
        assertThat(StoriesEvaluation.text(xml)).isEqualTo("Flood hits Köln\nRain & wind");
    }

    @Test
    void shouldSaySkippedWhenTheDataIsAbsent(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StoriesEvaluation.run(dir, "dev", false, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(bytes.toString(StandardCharsets.UTF_8)).startsWith("skipped: ");
    }
}
