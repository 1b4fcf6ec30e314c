package io.newswire.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The dev/test split of the extraction pages: disjoint, complete, and by publisher for fundus_eval. */
class ExtractionEvaluationTest {

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
}
