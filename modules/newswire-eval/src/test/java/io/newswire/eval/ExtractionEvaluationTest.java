package io.newswire.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.newswire.eval.ExtractionEvaluation.Page;
import io.newswire.eval.ExtractionEvaluation.Score;
import io.newswire.eval.ExtractionEvaluation.SetScore;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Scoring of one page and one set, and the dev/test split of the extraction pages. */
class ExtractionEvaluationTest {

    private static Page snippets(String name, List<String> with, List<String> without) {
        return new Page("trafilatura_eval", name, null, "<html></html>", null, with, without);
    }

    private static Page paragraphs(String name, String... gold) {
        return new Page("fundus_eval", name, null, "<html></html>", List.of(gold), null, null);
    }

    @Test
    void shouldPoolSnippetCountsOverTheSetWhenPagesHaveSnippets() {
        SetScore set = new SetScore();

        String[] first = set.add(snippets("a", List.of("Die Regierung tagte", "am Montag"), List.of("Anmelden")),
                "Die Regierung tagte am Montag. Anmelden");
        String[] second = set.add(snippets("b", List.of("Le ministre a parlé"), List.of("Publicité")),
                "Rien ici");
        Score s = set.score();

        // tp 2 (a), fp 1 (a), fn 1 (b): pooled, not the mean of the pages' 0.8 and 0.0.
        assertThat(s.precision()).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(s.recall()).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(set.rouge()).isEqualTo("-");
        assertThat(set.pages).isEqualTo(2);
        assertThat(first).containsExactly("0.800", "trafilatura_eval/a", "missed 0, kept boilerplate 1");
        assertThat(second).containsExactly("0.000", "trafilatura_eval/b", "missed 1, kept boilerplate 0");
    }

    @Test
    void shouldAveragePageScoresWhenPagesHaveGoldParagraphs() {
        SetScore set = new SetScore();

        String[] exact = set.add(paragraphs("a", "Москва приняла решение.", "Второй абзац."),
                "Москва приняла решение.\nВторой абзац.");
        String[] half = set.add(paragraphs("b", "one two three four"), "one two");
        Score s = set.score();

        assertThat(exact).containsExactly("1.000", "fundus_eval/a", "P 1.000 R 1.000");
        assertThat(half).containsExactly("0.667", "fundus_eval/b", "P 1.000 R 0.500");
        assertThat(s.precision()).isCloseTo(1.0, within(1e-12));
        assertThat(s.recall()).isCloseTo(0.75, within(1e-12));
        assertThat(s.f1()).isCloseTo((1.0 + 2 / 3.0) / 2, within(1e-12));
        // ROUGE-LSum's tokenizer keeps [a-z0-9] only, so the Russian page scores 0 there; "one two" scores 2/3.
        assertThat(set.rouge()).isEqualTo("0.333");
    }

    @ParameterizedTest
    @CsvSource({
        "0, 0, 0, 0.0, 0.0",
        "3, 1, 0, 0.75, 1.0",
        "0, 2, 2, 0.0, 0.0",
        "2, 0, 6, 1.0, 0.25",
    })
    void shouldScoreCountsWithoutDividingByZeroWhenARatioHasNoBase(int tp, int fp, int fn, double p, double r) {
        Score s = Score.ofCounts(tp, fp, fn);

        assertThat(s.precision()).isEqualTo(p);
        assertThat(s.recall()).isEqualTo(r);
        assertThat(s.f1()).isEqualTo(p + r == 0 ? 0 : 2 * p * r / (p + r));
    }


    private static ExtractionEvaluation.Page page(String set, String name) {
        return new ExtractionEvaluation.Page(set, name, null, "<html></html>", List.of("x"), null, null);
    }

    private static List<ExtractionEvaluation.Page> pages() {
        List<ExtractionEvaluation.Page> pages = new ArrayList<>();
        for (String publisher : List.of("Alpha", "Beta", "Gamma", "Delta", "Epsilon")) {
            for (int i = 0; i < 3; i++) {
                pages.add(page("fundus_eval", publisher + "_" + i + ".html.gz"));
            }
        }
        for (String name : List.of("a.html", "b.html", "c.html", "d.html", "e.html")) {
            pages.add(page("trafilatura_eval", name));
            pages.add(page("readability_pages", name.replace(".html", "-1")));
        }
        return pages;
    }

    @Test
    void shouldSplitPagesIntoDisjointHalvesWithEveryPublisherOnOneSideWhenAskedForDevAndTest() {
        List<ExtractionEvaluation.Page> all = pages();
        List<ExtractionEvaluation.Page> dev = ExtractionEvaluation.split(all, "dev");
        List<ExtractionEvaluation.Page> test = ExtractionEvaluation.split(all, "test");

        assertThat(dev).doesNotContainAnyElementsOf(test);
        assertThat(dev.size() + test.size()).isEqualTo(all.size());
        assertThat(ExtractionEvaluation.split(all, "all")).isEqualTo(all);
        Set<String> devPublishers = dev.stream().filter(p -> p.set().equals("fundus_eval"))
                .map(p -> ExtractionEvaluation.publisher(p.name())).collect(Collectors.toSet());
        Set<String> testPublishers = test.stream().filter(p -> p.set().equals("fundus_eval"))
                .map(p -> ExtractionEvaluation.publisher(p.name())).collect(Collectors.toSet());
        assertThat(devPublishers).containsExactlyInAnyOrder("Alpha", "Delta", "Gamma");
        assertThat(testPublishers).containsExactlyInAnyOrder("Beta", "Epsilon");
        assertThat(dev).filteredOn(p -> p.set().equals("trafilatura_eval")).extracting(ExtractionEvaluation.Page::name)
                .containsExactly("a.html", "c.html", "e.html");
    }

    @Test
    void shouldRefuseAnUnknownSplitName() {
        assertThatThrownBy(() -> ExtractionEvaluation.split(pages(), "train"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dev, test or all");
    }

    @Test
    void shouldLoadEveryOwnPageWithItsGoldWhenTheOwnSetIsRead() throws Exception {
        List<ExtractionEvaluation.Page> own = new ArrayList<>(ExtractionEvaluation.own());
        assertThat(own).hasSizeGreaterThanOrEqualTo(20);
        List<ExtractionEvaluation.Page> heldout = ExtractionEvaluation.own("heldout.txt");
        assertThat(heldout).isNotEmpty();
        assertThat(heldout).extracting(ExtractionEvaluation.Page::name)
                .doesNotContainAnyElementsOf(own.stream().map(ExtractionEvaluation.Page::name).toList());
        own.addAll(heldout);
        List<ExtractionEvaluation.Page> heldout2 = ExtractionEvaluation.own("heldout2.txt");
        assertThat(heldout2).hasSize(5);
        assertThat(heldout2).extracting(ExtractionEvaluation.Page::name)
                .doesNotContainAnyElementsOf(own.stream().map(ExtractionEvaluation.Page::name).toList());
        own.addAll(heldout2);
        List<ExtractionEvaluation.Page> heldout3 = ExtractionEvaluation.own("heldout3.txt");
        assertThat(heldout3).hasSize(10);
        assertThat(heldout3).extracting(ExtractionEvaluation.Page::name)
                .doesNotContainAnyElementsOf(own.stream().map(ExtractionEvaluation.Page::name).toList());
        own.addAll(heldout3);
        List<ExtractionEvaluation.Page> heldout4 = ExtractionEvaluation.own("heldout4.txt");
        assertThat(heldout4).hasSize(8);
        assertThat(heldout4).extracting(ExtractionEvaluation.Page::name)
                .doesNotContainAnyElementsOf(own.stream().map(ExtractionEvaluation.Page::name).toList());
        own.addAll(heldout4);

        assertThat(own).allSatisfy(p -> {
            assertThat(p.set()).isEqualTo(ExtractionEvaluation.OWN_SET);
            assertThat(p.html()).contains("<body");
            assertThat(p.goldParagraphs()).isNotEmpty();
            // Every gold paragraph is text of its page (labels are spans of the page, not rewrites).
            String pageText = ExtractionEvaluation.flat(org.jsoup.Jsoup.parse(p.html()).text());
            assertThat(p.goldParagraphs()).allSatisfy(g -> assertThat(pageText).contains(ExtractionEvaluation.flat(g)));
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "identical | Der Rat tagte am Montag | Der Rat tagte am Montag | 1.0 | 0.0 | 0.0",
        "one shingle short | Der Rat tagte am | Der Rat tagte am Montag | 0.5 | 0.0 | 0.5",
        "case kept | der Rat tagte heute | Der Rat tagte heute | 0.0 | 0.5 | 0.5",
        "under four words | Hallo Welt | Hallo Welt | 1.0 | 0.0 | 0.0",
        "cyrillic | Совет принял решение сегодня утром | Совет принял решение сегодня утром | 1.0 | 0.0 | 0.0",
        "extra furniture | Der Rat tagte am Montag Jetzt abonnieren | Der Rat tagte am Montag | 0.5 | 0.5 | 0.0",
    })
    void shouldCountFourWordShinglesWhenScoringAsTheBenchmarkDoes(String kind, String predicted, String gold,
            double tp, double fp, double fn) {
        double[] c = ExtractionEvaluation.shingleCounts(predicted, gold);

        assertThat(c[0]).as(kind).isCloseTo(tp, within(1e-12));
        assertThat(c[1]).as(kind).isCloseTo(fp, within(1e-12));
        assertThat(c[2]).as(kind).isCloseTo(fn, within(1e-12));
    }

    @Test
    void shouldAverageShinglePrecisionAndRecallOverPagesWhenTheSetIsTheBenchmark() {
        SetScore set = new SetScore();

        set.add(new Page(ExtractionEvaluation.AEB_SET, "a0", null, "", List.of("Der Rat tagte am Montag"), null, null),
                "Der Rat tagte am Montag");
        set.add(new Page(ExtractionEvaluation.AEB_SET, "b1", null, "", List.of("Der Rat tagte am Montag"), null, null),
                "Der Rat tagte am");
        Score s = set.shingleScore();

        // page a: P 1, R 1; page b: tp 1, fn 1, so P 1, R 0.5; averaged over the pages.
        assertThat(s.precision()).isCloseTo(1.0, within(1e-12));
        assertThat(s.recall()).isCloseTo(0.75, within(1e-12));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"0f3a, true", "1f3a, false", "a0, true", "f9, false", "8e, true"})
    void shouldSplitTheBenchmarkByTheFirstHexDigitWhenPagesAreNamedByHash(String name, boolean dev) {
        assertThat(ExtractionEvaluation.aebDev(name)).isEqualTo(dev);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "UTF-8 bytes under an old gb2312 meta|gb2312|UTF-8|西河村的新学校今天开学。",
        "GBK bytes under a gbk meta|gbk|GBK|西河村的新学校今天开学。",
        "UTF-8 bytes under a latin-1 meta|iso-8859-1|UTF-8|Réunion à Saint-Roch",
        "latin-1 bytes under a latin-1 meta|iso-8859-1|ISO-8859-1|Réunion à Saint-Roch"})
    void shouldDecodeAPageAsTheIngestDoesWhenItsDeclaredCharsetAndItsBytesDisagree(String name, String declared,
            String encodedAs, String text) throws Exception {
        byte[] bytes = ("<html><head><meta charset=\"" + declared + "\"></head><body><p>" + text + "</p></body></html>")
                .getBytes(java.nio.charset.Charset.forName(encodedAs));

        assertThat(ExtractionEvaluation.decode(bytes, "http://example.test/a")).contains(text);
    }
}
