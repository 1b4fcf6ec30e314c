package io.newswire.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.enrich.ner.NerTrainer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GermanRussianNerDataTest {

    private static List<String> names(NerTrainer.Sentence s) {
        List<String> names = NerTrainer.labels();
        return Arrays.stream(s.labels()).mapToObj(names::get).toList();
    }

    @Test
    void shouldReadOuterTagsWhenGermEvalMarksDerivedAndPartNames(@TempDir Path dir) throws Exception {
        // Self-written German lines in the NoSta-D layout (index, token, outer, inner).
        Path file = dir.resolve(GermEval.FILE);
        Files.writeString(file, "#\thttp://example.org/a\t[2026-01-01]\n"
                + "1\tDie\tO\tO\n2\tEU-Kommission\tB-ORGpart\tO\n3\tlädt\tO\tO\n4\tAnna\tB-PER\tO\n"
                + "5\tKrüger\tI-PER\tO\n6\taus\tO\tO\n7\tBad\tB-LOC\tO\n8\tTölz\tI-LOC\tO\n9\tein\tO\tO\n10\t.\tO\tO\n\n"
                + "#\thttp://example.org/b\t[2026-01-02]\n"
                + "1\tDer\tO\tO\n2\tdeutsche\tB-LOCderiv\tO\n3\tVerband\tO\tO\n4\tBundesliga\tB-ORG\tO\n"
                + "5\tDeutschland\tI-ORG\tB-LOC\n6\tspielt\tO\tO\n7\tEcce\tB-OTH\tO\n8\t.\tO\tO\n\n",
                StandardCharsets.UTF_8);
        List<NerTrainer.Sentence> s = GermEval.read(file);
        assertThat(s).hasSize(2);
        assertThat(s.get(0).words()).containsExactly("Die", "EU-Kommission", "lädt", "Anna", "Krüger", "aus", "Bad",
                "Tölz", "ein", ".");
        assertThat(names(s.get(0))).containsExactly("O", "O", "O", "B-PER", "I-PER", "O", "B-LOC", "I-LOC", "O", "O");
        assertThat(names(s.get(1))).containsExactly("O", "O", "O", "B-ORG", "I-ORG", "O", "O", "O");
    }

    @Test
    void shouldTurnStandoffMentionsIntoBioWhenFactRuEvalNestsThem(@TempDir Path dir) throws Exception {
        // Self-written Russian document in the factRuEval layers: "Посол Италии в миде Грузии Марко Росси."
        Files.writeString(dir.resolve("book_7.tokens"), "10 0 5 Посол\n11 6 6 Италии\n12 13 1 в\n13 15 4 миде\n"
                + "14 20 6 Грузии\n15 27 5 Марко\n16 33 5 Росси\n17 38 1 .\n\n18 40 3 Все\n19 44 5 рады\n",
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("book_7.spans"), "1 loc_name 6 6 11 1  # 11 Италии\n"
                + "2 org_name 15 4 13 1  # 13 миде\n3 loc_name 20 6 14 1  # 14 Грузии\n"
                + "4 name 27 5 15 1  # 15 Марко\n5 surname 33 5 16 1  # 16 Росси\n6 job 0 5 10 1  # 10 Посол\n",
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("book_7.objects"), "100 LocOrg 1 # Италии\n101 Org 2 3 # миде Грузии\n"
                + "102 LocOrg 3 # Грузии\n103 Person 4 5 # Марко Росси\n", StandardCharsets.UTF_8);
        List<FactRuEval.Doc> docs = FactRuEval.read(dir);
        assertThat(docs).hasSize(1);
        List<NerTrainer.Sentence> s = docs.get(0).sentences();
        assertThat(s).hasSize(2);
        assertThat(names(s.get(0))).containsExactly("O", "B-LOC", "O", "B-ORG", "I-ORG", "B-PER", "I-PER", "O");
        assertThat(names(s.get(1))).containsExactly("O", "O");
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "ru"})
    void shouldSkipWhenGermanOrRussianDataIsMissing(String language, @TempDir Path dir) throws Exception {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        int rc = TrainNerLanguage.run(dir, language, dir.resolve("m.bin.gz"), 1, 1,
                new PrintStream(log, true, StandardCharsets.UTF_8));
        assertThat(rc).isZero();
        assertThat(log.toString(StandardCharsets.UTF_8)).startsWith("skipped:");
        assertThat(TrainNerLanguage.shippable(language)).isTrue();
    }
}
