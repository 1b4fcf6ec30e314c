package io.newswire.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The fifth held-out part of the English wire set reads as labelled: 12 articles in six agency styles and local papers. */
class WireNerHeldoutS26Test {

    @Test
    void shouldReadTwelveLabelledArticlesWhenTheFifthHeldOutPartIsLoaded() throws Exception {
        List<WireNerEvaluation.Doc> docs = WireNerEvaluation.read(WireNerEvaluation.HELDOUT5);

        assertThat(docs).hasSize(12);
        assertThat(docs).extracting(WireNerEvaluation.Doc::agency).containsOnly("AP", "Reuters", "AFP", "Xinhua",
                "PTI", "Dawn", "Local");
        Map<String, Long> byType = docs.stream().flatMap(d -> d.gold().stream())
                .collect(Collectors.groupingBy(WireNerEvaluation.Span::type, Collectors.counting()));
        assertThat(byType).containsOnlyKeys("PERSON", "ORGANIZATION", "LOCATION");
        assertThat(byType.get("ORGANIZATION")).isGreaterThan(byType.get("PERSON"));
        for (WireNerEvaluation.Doc d : docs) {
            assertThat(d.text()).doesNotContain("[PER", "[ORG", "[LOC");
            assertThat(d.gold()).allSatisfy(s -> assertThat(d.text().substring(s.start(), s.end())).isNotBlank());
        }
    }
}
