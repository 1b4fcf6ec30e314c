package io.newswire.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class QuotesEvaluationTest {

    @Test
    void shouldLabelEveryAgencyPassageWithQuotesAndSpeakersFoundInItsText() throws Exception {
        var passages = QuotesEvaluation.passages();
        assertThat(passages).hasSizeGreaterThanOrEqualTo(30);
        assertThat(passages).extracting(QuotesEvaluation.Passage::style).contains("AP", "Reuters", "AFP", "Xinhua");
        for (var p : passages) {
            for (String[] q : p.quotes()) {
                assertThat(p.text()).as(p.id()).contains(q[0], q[1]);
            }
        }
    }

    @Test
    void shouldLabelEverySpeakerPassageWithContentSpeakerAndEntityFoundInItsText() throws Exception {
        var passages = QuotesEvaluation.speakerPassages();
        assertThat(passages).hasSizeGreaterThanOrEqualTo(40);
        assertThat(passages).extracting(QuotesEvaluation.SpeakerPassage::style)
                .contains("AP", "Reuters", "AFP", "Xinhua", "Dawn", "Anadolu");
        assertThat(passages.stream().filter(p -> p.split().equals("test")).count() * 4)
                .isGreaterThanOrEqualTo(passages.size() - 3);
        for (var p : passages) {
            assertThat(p.split()).as(p.id()).isIn("dev", "test");
            for (var q : p.quotes()) {
                assertThat(q.kind()).as(p.id()).isIn("direct", "indirect");
                assertThat(p.text()).as(p.id()).contains(q.content(), q.speaker());
                if (!q.entity().equals("-")) {
                    assertThat(p.text()).as(p.id()).contains(q.entity());
                }
            }
        }
    }

    @Test
    void shouldScoreTheAgencyPassagesAndSkipPolnearWhenItsDataIsAbsent() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        QuotesEvaluation.run(Path.of("target", "no-polnear-here"), "dev", 0,
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("self-written agency passages (" + QuotesEvaluation.passages().size() + " passages)")
                .contains("direct quotes (overlap >= 1/2)")
                .contains("speakers as entities on the self-written passages, dev split")
                .doesNotContain("test split")
                .contains("skipped:");
    }
}
