package io.newswire.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The held-out part of the English wire set reads as labelled: 24 articles in eight styles, all three types. */
class WireNerHeldoutTest {

    @Test
    void shouldReadTwentyFourLabelledArticlesWhenTheHeldOutPartIsLoaded() throws Exception {
        List<WireNerEvaluation.Doc> docs = WireNerEvaluation.read(WireNerEvaluation.HELDOUT);

        assertThat(docs).hasSize(24);
        assertThat(docs).extracting(WireNerEvaluation.Doc::agency).containsOnly("AP", "Reuters", "AFP", "Xinhua",
                "Anadolu", "PTI", "Dawn", "IRNA");
        assertThat(docs.stream().flatMap(d -> d.gold().stream()).map(WireNerEvaluation.Span::type)
                .collect(Collectors.toSet())).containsExactlyInAnyOrder("PERSON", "ORGANIZATION", "LOCATION");
        for (WireNerEvaluation.Doc d : docs) {
            assertThat(d.text()).doesNotContain("[PER", "[ORG", "[LOC");
            assertThat(d.gold()).allSatisfy(s -> assertThat(d.text().substring(s.start(), s.end())).isNotBlank());
        }
    }
}
