package io.newswire.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.enrich.ner.NerTrainer;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrainNerLanguageTest {

    @Test
    void shouldReadCoNll2002WhenTagsAreInTheLastColumn(@TempDir Path dir) throws Exception {
        // Self-written Spanish and Dutch-style lines (Dutch files carry a POS column before the tag).
        Path file = dir.resolve("x.train.gz");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(file))) {
            o.write(("-DOCSTART- -DOCSTART- O\n\nLa O\nJunta B-ORG\nde I-ORG\nCastilla I-ORG\ny I-ORG\nLeón I-ORG\n"
                    + "recibió O\na O\nMaría B-PER\nÁvila I-PER\nen O\nValladolid B-LOC\n. O\n\n"
                    + "De Art O\nEuropese Adj B-MISC\nUnie N I-LOC\n. Punc O\n").getBytes(StandardCharsets.UTF_8));
        }
        List<NerTrainer.Sentence> s = TrainNerLanguage.read(file, StandardCharsets.UTF_8);
        List<String> names = NerTrainer.labels();
        assertThat(s).hasSize(2);
        assertThat(s.get(0).words()).startsWith("La", "Junta").contains("León", "Ávila");
        assertThat(java.util.Arrays.stream(s.get(0).labels()).mapToObj(names::get).toList()).containsExactly(
                "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O", "B-PER", "I-PER", "O", "B-LOC", "O");
        // MISC is not a pipeline type; an I-LOC after it begins a span.
        assertThat(java.util.Arrays.stream(s.get(1).labels()).mapToObj(names::get).toList())
                .containsExactly("O", "O", "B-LOC", "O");
    }

    @ParameterizedTest
    @CsvSource({"es, esp", "nl, ned"})
    void shouldNameTheCoNll2002FilesWhenLanguageIsKnown(String language, String prefix) {
        assertThat(TrainNerLanguage.prefix(language)).isEqualTo(prefix);
    }

    @Test
    void shouldSkipWhenDataIsMissing(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        int rc = TrainNerLanguage.run(dir, "es", dir.resolve("m.bin.gz"), 1, 1,
                new PrintStream(log, true, StandardCharsets.UTF_8));
        assertThat(rc).isZero();
        assertThat(log.toString(StandardCharsets.UTF_8)).startsWith("skipped:");
        assertThat(TrainNerLanguage.prefix("fr")).isNull();
    }
}
