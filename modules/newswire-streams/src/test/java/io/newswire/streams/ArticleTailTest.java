package io.newswire.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.enrich.api.Pipeline;
import io.newswire.enrich.api.Pipelines;
import io.newswire.model.Article;
import io.newswire.model.ArticleLimits;
import io.newswire.model.DuplicateOf;
import io.newswire.model.Json;
import io.newswire.model.RawArticle;
import io.newswire.model.StageError;
import io.newswire.model.StageTiming;
import io.newswire.model.Story;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The join-back writes only the tail of the parked JSON ({@link ArticleTail}): its output must be byte for byte the
 * encoding of the article with the decision set, as the decode-and-encode path and {@code newswire enrich} give it,
 * over articles of the standard pipeline in several languages and every shape of decision.
 */
class ArticleTailTest {

    private static final Instant T0 = Instant.parse("2026-05-04T10:00:00Z");
    private static final Pipeline PIPELINE = Pipelines.standard();

    private static final List<String> TEXTS = List.of(
            "WASHINGTON (Reuters) - The U.S. Senate on Tuesday passed a $1.2 trillion spending bill, 68 to 31, "
                    + "sending it to President Joe Biden, who said: \"This is a good day.\" Senator Mitch McConnell "
                    + "of Kentucky called it \u201ca compromise\u201d. The bill funds roads, ports and broadband.",
            "МОСКВА, 3 марта — Землетрясение магнитудой 6,1 произошло в Чили, сообщила Геологическая служба США. "
                    + "По данным спасателей, погибли 12 человек, ещё 40 ранены. «Мы работаем», — сказал министр.",
            "القاهرة (رويترز) - قال الرئيس عبد الفتاح السيسي يوم الاثنين إن مصر ستزيد إنتاج الغاز بنسبة 20 في المئة "
                    + "خلال العام المقبل، وذلك في كلمة أمام البرلمان.",
            "Berlin – Die Bundesregierung hat am Mittwoch den Haushalt für 2027 beschlossen. Finanzminister "
                    + "Christian Lindner sprach von einem \u201eSignal der Stabilität\u201c; die Opposition kritisierte "
                    + "die Kürzungen bei der Bahn. Backslash \\ and tab\tand emoji \uD83D\uDE00 stay.");

    static Stream<Arguments> decisions() {
        Story story = new Story("story-1", T0.minusSeconds(3600), 3);
        DuplicateOf copy = new DuplicateOf("canonical-1", 0.8125, DuplicateOf.NEAR);
        DuplicateOf exact = new DuplicateOf("canonical-2", 1.0, DuplicateOf.EXACT);
        return Stream.of(
                Arguments.of("undecided, no stories stage", null, null, null, null),
                Arguments.of("story only", null, story, null, new DedupCodec.StoriesStage(17, null)),
                Arguments.of("near copy in a story", copy, story, null, new DedupCodec.StoriesStage(3, null)),
                Arguments.of("exact copy, no stories stage", exact, null, null, null),
                Arguments.of("duplicates failed", null, null, "java.lang.IllegalStateException: no signature", null),
                Arguments.of("stories failed", copy, null, null,
                        new DedupCodec.StoriesStage(5, "java.lang.IllegalStateException: «нет» \"features\"")));
    }

    private static Article enriched(String text) throws Exception {
        RawArticle raw = RawArticle.builder(text).url("https://news.example/" + Math.abs(text.hashCode()))
                .title(text.substring(0, 40)).publishedAt(T0.toString()).ingestedAt(T0).build();
        return PIPELINE.process(Json.decodeRaw(Json.toBytes(raw), ArticleLimits.DEFAULT), ArticleLimits.DEFAULT);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("decisions")
    void shouldWriteTheBytesOfTheWholeEncodingWhenOnlyTheTailIsWritten(String name, DuplicateOf duplicateOf,
            Story story, String error, DedupCodec.StoriesStage stories) throws Exception {
        for (String text : TEXTS) {
            Article article = enriched(text);
            byte[] json = Json.toBytes(article);
            int split = ArticleTail.split(json, article);
            assertThat(split).as("tail found").isPositive();
            DedupCodec.Decision d = new DedupCodec.Decision(article.id(), 0, 7, duplicateOf, story, 42, error, stories);

            var provenance = article.provenance().plus(new StageTiming(JoinBackProcessor.STAGE, 42, error == null),
                    error == null ? null : new StageError(JoinBackProcessor.STAGE, "java.lang.IllegalStateException",
                            error));
            if (stories != null) {
                provenance = provenance.plus(new StageTiming(JoinBackProcessor.STORIES, stories.micros(),
                        stories.error() == null), stories.error() == null ? null
                                : new StageError(JoinBackProcessor.STORIES, "java.lang.IllegalStateException",
                                        stories.error()));
            }
            byte[] expected = Json.toBytes(article.toBuilder().duplicateOf(duplicateOf).story(story)
                    .provenance(provenance).build());
            byte[] spliced = JoinBackProcessor.output(new DedupCodec.Pending(1L, new RecordHeaders(), json, split), d);
            byte[] decoded = JoinBackProcessor.output(new DedupCodec.Pending(1L, new RecordHeaders(), json, -1), d);

            assertThat(new String(spliced, java.nio.charset.StandardCharsets.UTF_8))
                    .isEqualTo(new String(expected, java.nio.charset.StandardCharsets.UTF_8));
            assertThat(spliced).isEqualTo(expected).isEqualTo(decoded);
            assertThat(ArticleTail.append(json, split, duplicateOf, story, List.of(), List.of()))
                    .as("the provenance's arrays found without decoding it").isNotNull();
        }
    }

    /**
     * The step's stages and errors go in after those the article's provenance already holds (a stage of the
     * pipeline failed, or none ran), with the bytes of the whole encoding.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("decisions")
    void shouldAppendAfterTheStagesAndErrorsTheProvenanceHoldsWhenWritingTheTail(String name, DuplicateOf duplicateOf,
            Story story, String error, DedupCodec.StoriesStage stories) throws Exception {
        Article plain = enriched(TEXTS.get(2));
        var failed = plain.provenance().plus(new StageTiming("geo", 12, false),
                new StageError("geo", "java.lang.IllegalArgumentException", "bad \"place\"],\"errors\":[ «x»"));
        for (var provenance : List.of(failed, new io.newswire.model.Provenance("test-1", List.of(), List.of()))) {
            Article article = plain.toBuilder().provenance(provenance).build();
            byte[] json = Json.toBytes(article);
            int split = ArticleTail.split(json, article);
            assertThat(split).isPositive();
            DedupCodec.Decision d = new DedupCodec.Decision(article.id(), 0, 7, duplicateOf, story, 42, error, stories);

            byte[] spliced = JoinBackProcessor.output(new DedupCodec.Pending(1L, new RecordHeaders(), json, split), d);
            byte[] decoded = JoinBackProcessor.output(new DedupCodec.Pending(1L, new RecordHeaders(), json, -1), d);

            assertThat(new String(spliced, java.nio.charset.StandardCharsets.UTF_8))
                    .isEqualTo(new String(decoded, java.nio.charset.StandardCharsets.UTF_8));
            assertThat(ArticleTail.append(json, split, duplicateOf, story, List.of(), List.of())).isNotNull();
        }
    }

    @Test
    void shouldFindNoTailWhenTheArticleIsAlreadyDecidedOrTheJsonIsAnotherArticles() throws Exception {
        Article article = enriched(TEXTS.get(1));
        Article decided = article.toBuilder().story(new Story("s", T0, 1)).build();
        Article other = enriched(TEXTS.get(2));

        assertThat(ArticleTail.split(Json.toBytes(decided), decided)).isEqualTo(-1);
        assertThat(ArticleTail.split(Json.toBytes(other), article)).isEqualTo(-1);
        assertThat(ArticleTail.split("{}".getBytes(java.nio.charset.StandardCharsets.UTF_8), article)).isEqualTo(-1);
    }

    @Test
    void shouldKeepTheSplitThroughTheParkedCodecWhenEncodedAndDecoded() throws Exception {
        Article article = enriched(TEXTS.get(0));
        byte[] json = Json.toBytes(article);
        var parked = new DedupCodec.Parked(1, 9L, new DedupCodec.Pending(5L, new RecordHeaders(), json,
                ArticleTail.split(json, article)));

        var back = DedupCodec.PARKED.deserializer().deserialize("t", DedupCodec.PARKED.serializer().serialize("t",
                parked));
        var stored = DedupCodec.PENDING.deserializer().deserialize("t", DedupCodec.PENDING.serializer().serialize("t",
                parked.pending()));

        assertThat(back.pending().split()).isEqualTo(parked.pending().split()).isPositive();
        assertThat(stored.split()).isEqualTo(parked.pending().split());
        assertThat(stored.json()).isEqualTo(json);
    }

    @Test
    void shouldDecodeTheWholeArticleWhenAParkedRecordWasWrittenBeforeTheSplit() throws Exception {
        Article article = enriched(TEXTS.get(3));
        byte[] json = Json.toBytes(article);
        byte[] now = DedupCodec.PENDING.serializer().serialize("t", new DedupCodec.Pending(5L, new RecordHeaders(),
                json, ArticleTail.split(json, article)));
        // a record of an app before s26 ends after the JSON
        byte[] before = java.util.Arrays.copyOf(now, now.length - Integer.BYTES);

        DedupCodec.Pending old = DedupCodec.PENDING.deserializer().deserialize("t", before);
        DedupCodec.Decision d = new DedupCodec.Decision(article.id(), 0, 1, null, new Story("s", T0, 2), 9, null,
                new DedupCodec.StoriesStage(4, null));

        assertThat(old.split()).isEqualTo(-1);
        assertThat(old.json()).isEqualTo(json);
        assertThat(JoinBackProcessor.output(old, d)).isEqualTo(JoinBackProcessor.output(
                new DedupCodec.Pending(5L, new RecordHeaders(), json, ArticleTail.split(json, article)), d));
    }
}
