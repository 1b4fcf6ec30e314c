package io.newswire.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The second held-out part of the English wire set reads as labelled: 24 articles, twelve agency styles, mostly organisations. */
class WireNerHeldoutS23Test {

    @Test
    void shouldReadTwentyFourLabelledArticlesWhenTheSecondHeldOutPartIsLoaded() throws Exception {
        List<WireNerEvaluation.Doc> docs = WireNerEvaluation.read(WireNerEvaluation.HELDOUT2);

        assertThat(docs).hasSize(24);
        assertThat(docs.stream().collect(Collectors.groupingBy(WireNerEvaluation.Doc::agency, Collectors.counting())))
                .containsOnlyKeys("AP", "Reuters", "AFP", "Xinhua", "Anadolu", "PTI", "Dawn", "IRNA", "Bernama",
                        "Yonhap", "APP", "UPI")
                .allSatisfy((agency, n) -> assertThat(n).isEqualTo(2L));
        Map<String, Long> byType = docs.stream().flatMap(d -> d.gold().stream())
                .collect(Collectors.groupingBy(WireNerEvaluation.Span::type, Collectors.counting()));
        assertThat(byType.get("ORGANIZATION")).isGreaterThan(byType.get("PERSON") + byType.get("LOCATION"));
        for (WireNerEvaluation.Doc d : docs) {
            assertThat(d.text()).doesNotContain("[PER", "[ORG", "[LOC");
            assertThat(d.gold()).allSatisfy(s -> assertThat(d.text().substring(s.start(), s.end())).isNotBlank());
        }
    }
}
