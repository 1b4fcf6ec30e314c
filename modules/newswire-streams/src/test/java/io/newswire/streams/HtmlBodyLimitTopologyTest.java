package io.newswire.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newswire.enrich.api.Pipeline;
import io.newswire.enrich.api.PipelineOptions;
import io.newswire.enrich.api.Pipelines;
import io.newswire.kafka.DeadLetterHeaders;
import io.newswire.kafka.NewswireConfig;
import io.newswire.model.Article;
import io.newswire.model.ContentFormat;
import io.newswire.model.Json;
import io.newswire.model.RawArticle;
import io.newswire.model.RejectReason;
import io.newswire.ops.MetricsObserver;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;

/**
 * The body limit of an HTML page applies to the text extracted from it, through the real topology:
 * a page of 1.5 MB of markup around a short story is enriched, not dead-lettered; a page whose
 * extracted text is over the limit is dead-lettered {@code BODY_TOO_LARGE}, byte for byte.
 */
class HtmlBodyLimitTopologyTest {

    private static final Instant T0 = Instant.parse("2026-05-13T08:00:00Z");
    private static final Pipeline PIPELINE = Pipelines.standard(
            PipelineOptions.defaults().withClock(Clock.fixed(T0, ZoneOffset.UTC)));
    private static final String STORY = "NAIROBI, May 12 (Reuters) - Kenya's central bank held its main lending "
            + "rate on Tuesday, citing easing inflation and a stable shilling.";

    /** A generated news page: 1.5 MB of scripts, navigation and teasers around a two-paragraph story. */
    static String bigPage() {
        StringBuilder sb = new StringBuilder("<html lang=\"en\"><head><title>Rates</title>");
        while (sb.length() < 700_000) {
            sb.append("<script>window.__state = {\"k\": \"").append("x".repeat(1_000)).append("\"};</script>\n");
        }
        sb.append("</head><body><nav>");
        int i = 0;
        while (sb.length() < 1_400_000) {
            sb.append("<a href=\"/section/").append(i).append("\">Section ").append(i++).append("</a>\n");
        }
        sb.append("</nav><article><p>").append(STORY).append("</p><p>Analysts had expected the decision.</p>")
                .append("</article><footer>© Example Media</footer>");
        while (sb.length() < 1_500_000) {
            sb.append("<div class=\"tracking\" data-x=\"").append("y".repeat(500)).append("\"></div>\n");
        }
        return sb.append("</body></html>").toString();
    }

    private static byte[] record(String html) {
        RawArticle raw = RawArticle.builder(html).format(ContentFormat.HTML).url("https://example.com/rates").build();
        return Json.toBytes(raw);
    }

    private static List<TestRecord<byte[], byte[]>> run(NewswireConfig config, byte[] value,
            List<TestRecord<String, byte[]>> enriched) {
        Properties p = StreamsApp.streamsProperties(config);
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.AT_LEAST_ONCE);
        try (TopologyTestDriver driver = new TopologyTestDriver(
                NewswireTopology.build(config, PIPELINE, new MetricsObserver(new SimpleMeterRegistry())), p)) {
            var t = config.topics();
            driver.createInputTopic(t.raw().name(), t.dlq().keySerde().serializer(), t.raw().valueSerde().serializer())
                    .pipeInput(new TestRecord<>("k".getBytes(StandardCharsets.UTF_8), value, T0));
            // the record's batch (the default) runs when its wait is over
            driver.advanceWallClockTime(java.time.Duration.ofSeconds(1));
            enriched.addAll(driver.createOutputTopic(t.enriched().name(), t.enriched().keySerde().deserializer(),
                    new ByteArrayDeserializer()).readRecordsToList());
            return driver.createOutputTopic(t.dlq().name(), t.dlq().keySerde().deserializer(),
                    t.dlq().valueSerde().deserializer()).readRecordsToList();
        }
    }

    @Test
    void shouldEnrichPageWhenMarkupIsOverBodyLimitButItsTextIsNot() {
        String html = bigPage();
        assertThat(html.length()).isGreaterThan(1_500_000).isGreaterThan(NewswireConfig.from(
                Map.of("bootstrap.servers", "unused:9092")).limits().maxBodyChars());
        List<TestRecord<String, byte[]>> enriched = new java.util.ArrayList<>();
        List<TestRecord<byte[], byte[]>> dlq = run(NewswireConfig.from(Map.of("bootstrap.servers", "unused:9092")),
                record(html), enriched);

        assertThat(dlq).isEmpty();
        assertThat(enriched).hasSize(1);
        Article article = Json.readArticle(enriched.get(0).value());
        assertThat(article.text()).contains("Kenya's central bank held its main lending rate")
                .contains("Analysts had expected the decision.").doesNotContain("Section 1");
        assertThat(article.text().length()).isLessThan(1_000);
    }

    @Test
    void shouldDeadLetterPageWhenItsExtractedTextIsOverBodyLimit() {
        NewswireConfig small = NewswireConfig.from(Map.of("bootstrap.servers", "unused:9092",
                NewswireConfig.MAX_BODY_CHARS, "2000"));
        String html = "<html><body><article>" + ("<p>" + STORY + "</p>").repeat(30) + "</article></body></html>";
        byte[] value = record(html);
        List<TestRecord<String, byte[]>> enriched = new java.util.ArrayList<>();
        List<TestRecord<byte[], byte[]>> dlq = run(small, value, enriched);

        assertThat(enriched).isEmpty();
        assertThat(dlq).hasSize(1);
        assertThat(dlq.get(0).value()).isEqualTo(value);
        assertThat(DeadLetterHeaders.read(dlq.get(0).headers()))
                .containsEntry(DeadLetterHeaders.REASON, RejectReason.BODY_TOO_LARGE.name());
    }
}
