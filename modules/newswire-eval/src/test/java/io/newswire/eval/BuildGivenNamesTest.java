package io.newswire.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The given-name list's filter ({@code newswire kb given-names}): what it leaves out, and how it counts births. */
class BuildGivenNamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "kept", value = {
        "Kamran | kept",
        "Rashmi | kept",
        "Grace | dictionary",
        "Georgia | gazetteer",
        "Dallas | place",
        "Prince | title",
        "Nike | brand",
        "Dior | brand",
    })
    void shouldLeaveOutANameWhenItIsAlsoAnotherKindOfWord(String name, String reason) {
        assertThat(BuildGivenNames.reason(name, Set.of("grace", "river"))).isEqualTo(reason);
    }

    @Test
    void shouldSumBirthsOverTheYearsAskedWhenReadingTheSsaFiles(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("yob1950.txt"), List.of("Kamran,M,60", "Alia,F,150", "X,M,500"));
        Files.write(dir.resolve("yob1990.txt"), List.of("Kamran,M,50", "Oren,M,30"));
        Files.write(dir.resolve("yob1920.txt"), List.of("Oren,M,900"));

        Map<String, Long> births = BuildGivenNames.births(dir, new BuildGivenNames.Settings(1930, 2024, 100));

        assertThat(births).containsOnly(Map.entry("Kamran", 110L), Map.entry("Alia", 150L));
    }

    @Test
    void shouldWriteTheSortedKeptNamesAfterTheHeaderWhenRun(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("names.csv");
        Files.write(csv, List.of("kamran,M,120,1990", "grace,F,5000,1990", "zainab,F,300,2001", "rashmi,F,90,1940"));
        Path words = dir.resolve("words");
        Files.write(words, List.of("grace", "Grace", "river"));
        Path out = dir.resolve("given.txt");

        BuildGivenNames.run(csv, words, out, new BuildGivenNames.Settings(1930, 2024, 100), System.out);

        List<String> lines = Files.readAllLines(out);
        assertThat(lines).filteredOn(l -> !l.startsWith("#")).containsExactly("Kamran", "Zainab");
        assertThat(lines.get(0)).startsWith("# Common given names");
    }
}
