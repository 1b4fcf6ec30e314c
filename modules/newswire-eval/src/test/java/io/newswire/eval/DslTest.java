package io.newswire.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DslTest {

    @ParameterizedTest
    @CsvSource({"0, train", "1, train", "2, train", "3, dev", "4, test", "5, train", "13, dev", "19, test"})
    void shouldSplitByLineNumberWhenReadingTheSet(int line, String split) {
        assertThat(Dsl.split(line)).isEqualTo(split);
    }

    @Test
    void shouldReadLabelsAndBlindedTextWhenFilesArePresent(@TempDir Path dir) throws Exception {
        // Self-written lines in the DSL layout: labelled NE-blinded file, same lines with names.
        Files.writeString(dir.resolve(Dsl.LABELLED),
                "Ministar  #NE# je rekao da će tokom sedmice doći.\tbs\nMenteri itu berkata bahawa  #NE# akan datang.\tmy\n",
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(Dsl.WITH_NAMES),
                "Ministar Kovač je rekao da će tokom sedmice doći.\nMenteri itu berkata bahawa Aziz akan datang.\n",
                StandardCharsets.UTF_8);
        List<Dsl.Sentence> read = Dsl.read(dir);
        assertThat(read).extracting(Dsl.Sentence::language).containsExactly("bs", "ms");
        assertThat(read.get(0).text()).contains("Kovač");
        assertThat(read.get(0).blinded()).doesNotContain("#NE#").contains("tokom sedmice");
    }

    @Test
    void shouldCountWordsPerLanguageWhenTraining(@TempDir Path dir) throws Exception {
        StringBuilder labelled = new StringBuilder();
        StringBuilder named = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            labelled.append("Tokom sedmice je bilo hiljadu ljudi.\tbs\n");
            named.append("Tokom sedmice je bilo hiljadu ljudi.\n");
        }
        Files.writeString(dir.resolve(Dsl.LABELLED), labelled, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(Dsl.WITH_NAMES), named, StandardCharsets.UTF_8);
        Path out = dir.resolve("counts.tsv.gz");
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        TrainLanguageRelatives.run(dir, Set.of("train"), out, new PrintStream(log, true, StandardCharsets.UTF_8));
        String text = new String(new java.util.zip.GZIPInputStream(Files.newInputStream(out)).readAllBytes(),
                StandardCharsets.UTF_8);
        // Lines 0-2 of five are train: "tokom" counted three times for bs, none for hr and sr.
        assertThat(text).contains("@group\tbs\thr\tsr\n").contains("\ntokom\t3\t0\t0\n");
    }

    @Test
    void shouldSkipWhenDataIsMissing(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        DslEvaluation.run(dir, "dev", new PrintStream(log, true, StandardCharsets.UTF_8));
        assertThat(log.toString(StandardCharsets.UTF_8)).startsWith("skipped:");
    }

    @Test
    void shouldSplitWordsOnNonLettersWhenTextIsNotEnglish() {
        assertThat(TrainLanguageRelatives.words("Hrvatska, Bosna-i-Hercegovina: 12 tisuća!"))
                .containsExactly("hrvatska", "bosna", "i", "hercegovina", "tisuća");
    }
}
