package io.newswire.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.enrich.topics.Iptc;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TopicsEvaluationTest {

    @Test
    void shouldSkipEverySetWhenTheDataIsMissing(@TempDir Path empty) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = TopicsEvaluation.run(empty, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(code).isZero();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("skipped: AG News", "skipped: BBC",
                "skipped: MasakhaNEWS", "skipped: labelled set", "skipped: set 4");
    }

    @Test
    void shouldListOnlyIptcSubjectsWhenLoadingTheLabelledSet() throws Exception {
        Map<String, List<String>> set = TopicData.labelledSet();
        assertThat(set).hasSizeGreaterThanOrEqualTo(340);
        assertThat(set.keySet()).allMatch(id -> id.matches("ag:\\d+|bbc:[a-z]+/\\d+\\.txt"));
        assertThat(set.values()).allMatch(codes -> codes.stream().allMatch(c -> Iptc.byCode(c) != null));
    }

    @Test
    void shouldHoldEverySubjectWhenLoadingTheWireStories() throws Exception {
        List<TopicData.Item> set = TopicData.wireStories();
        assertThat(set).hasSizeGreaterThanOrEqualTo(60);
        assertThat(set).allMatch(it -> it.id().matches("w\\d{3}") && !it.title().isBlank() && it.text().length() > 100);
        assertThat(set).allMatch(it -> java.util.Arrays.stream(it.label().split(",")).allMatch(c -> Iptc.byCode(c) != null));
        assertThat(set.stream().map(it -> it.label().split(",")[0]).distinct())
                .containsExactlyInAnyOrderElementsOf(Iptc.TOP_LEVEL.stream().map(Iptc.Subject::code).toList());
        assertThat(set.stream().filter(it -> TopicData.wireHeldOut(it.id())).count())
                .isBetween(set.size() / 2L - 1, set.size() / 2L + 1);
    }

    @Test
    void shouldScoreTheWireStoriesWhenTheSharedDataIsMissing(@TempDir Path empty) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TopicsEvaluation.run(empty, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("== wire stories (97 short stories",
                "wire held-out part, shipped lexicon + events (the stage): top-1 accuracy");
    }

    @Test
    void shouldListIdsOfTheSharedCorporaAndSplitInHalvesWhenLoadingSetFour() throws Exception {
        Map<String, List<String>> set = TopicData.corporaSet();
        assertThat(set).hasSizeGreaterThanOrEqualTo(340);
        assertThat(set.keySet()).allMatch(id -> id.matches("reuters:\\d+|ipe:\\d+|casie:\\d+|bbc:[a-z]+/\\d{3}\\.txt"));
        assertThat(set.values()).allMatch(codes -> codes.stream().allMatch(c -> Iptc.byCode(c) != null));
        assertThat(TopicData.corporaRandom()).isNotEmpty().allMatch(set::containsKey);
        long heldOut = set.keySet().stream().filter(TopicData::corporaHeldOut).count();
        assertThat(heldOut).isBetween(set.size() * 2L / 5, set.size() * 3L / 5);
    }

    @Test
    void shouldReadEachCorpusFormatWhenLoadingSetFourTexts(@TempDir Path data) throws Exception {
        java.nio.file.Files.createDirectories(data.resolve("casie/source"));
        java.nio.file.Files.writeString(data.resolve("casie/source/7.txt"),
                "<title>Rançongiciel à l'hôpital</title>\n<source> x </source>\n<text>\nLe réseau est bloqué.\n</text>");
        java.nio.file.Files.createDirectories(data.resolve("india_police_events"));
        java.nio.file.Files.writeString(data.resolve("india_police_events/docs.jsonl"),
                "{\"doc_id\": 5, \"doc_text\": \"This story is from March 1, 2002\\n\\nahmedabad: curfew was imposed.\"}\n");
        List<TopicData.Item> items = TopicData.corporaItems(data, java.util.Set.of("casie:7", "ipe:5", "ipe:6"));
        assertThat(items).extracting(TopicData.Item::id, TopicData.Item::title, TopicData.Item::text)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("casie:7", "Rançongiciel à l'hôpital", "Le réseau est bloqué."),
                        org.assertj.core.groups.Tuple.tuple("ipe:5", "", "ahmedabad: curfew was imposed."));
    }

    @Test
    void shouldMapEveryDatasetClassWhenReadingTheMapping() throws Exception {
        Map<String, Map<String, String>> m = TopicsEvaluation.mapping();
        assertThat(m.get("ag_news")).containsKeys(TopicData.AG_CLASSES.toArray(String[]::new));
        assertThat(m.get("bbc")).hasSize(5);
        assertThat(m.values()).allMatch(classes -> classes.values().stream()
                .allMatch(c -> c.equals("world") || Iptc.byCode(c) != null));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "'\"3\",\"Title, with comma\",\"Body \"\"quoted\"\"\"' | 3;Title, with comma;Body \"quoted\"",
        "'\"1\",\"Été\",\"\"' | 1;Été;",
    })
    void shouldSplitQuotedFieldsWhenReadingCsv(String line, String expected) {
        assertThat(String.join(";", TopicData.csv(line))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"medtop:15000000, Sports", "medtop:07000000, Sci/Tech", "medtop:16000000, World"})
    void shouldMapSubjectsToAgClassesWhenScoringAgNews(String code, String agClass) {
        assertThat(TopicsEvaluation.agClass(code)).isEqualTo(agClass);
    }
}
