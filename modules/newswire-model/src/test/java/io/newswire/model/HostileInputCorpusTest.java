package io.newswire.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hand-written corpus of hostile raw records in {@code src/test/resources/hostile/}, each with
 * its exact outcome: accepted with which body, or rejected with which reason. The very large cases
 * (10 MB line, 100k-deep nesting, over-long numbers) are generated here rather than committed.
 */
class HostileInputCorpusTest {

    private static byte[] corpus(String name) {
        try (InputStream in = HostileInputCorpusTest.class.getResourceAsStream("/hostile/" + name)) {
            assertThat(in).as("corpus file %s", name).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RejectReason rejectionOf(byte[] bytes) {
        Throwable t = catchThrowable(() -> Json.decodeRaw(bytes, ArticleLimits.DEFAULT));
        assertThat(t).as("a rejection").isInstanceOf(InvalidArticleException.class);
        return ((InvalidArticleException) t).reason();
    }

    static Stream<Arguments> rejected() {
        return Stream.of(
                Arguments.of("invalid-utf8-latin1.json", RejectReason.INVALID_ENCODING),
                Arguments.of("invalid-utf8-truncated.json", RejectReason.INVALID_ENCODING),
                Arguments.of("invalid-utf8-overlong-slash.json", RejectReason.INVALID_ENCODING),
                Arguments.of("invalid-utf8-encoded-surrogate.json", RejectReason.INVALID_ENCODING),
                Arguments.of("invalid-utf8-continuation-only.json", RejectReason.INVALID_ENCODING),
                Arguments.of("utf16be-bom-odd-length.json", RejectReason.INVALID_ENCODING),
                Arguments.of("utf16le-bom-lone-surrogate.json", RejectReason.INVALID_ENCODING),
                // Without a byte-order mark UTF-16 is read as UTF-8: valid bytes, but NULs between tokens.
                Arguments.of("utf16le-no-bom.json", RejectReason.MALFORMED_JSON),
                Arguments.of("utf8-bom-only.json", RejectReason.MALFORMED_JSON),
                Arguments.of("nul-raw-byte-in-string.json", RejectReason.MALFORMED_JSON),
                Arguments.of("nul-raw-byte-after-object.json", RejectReason.MALFORMED_JSON),
                Arguments.of("nul-only-body.json", RejectReason.EMPTY_BODY),
                Arguments.of("invisible-only-body.json", RejectReason.EMPTY_BODY),
                Arguments.of("wrong-type-body-number.json", RejectReason.INVALID_FIELD),
                Arguments.of("wrong-type-body-array.json", RejectReason.INVALID_FIELD),
                Arguments.of("wrong-type-body-object.json", RejectReason.INVALID_FIELD),
                Arguments.of("wrong-type-body-bool.json", RejectReason.INVALID_FIELD),
                Arguments.of("wrong-type-title-array.json", RejectReason.INVALID_FIELD),
                Arguments.of("wrong-type-source-string.json", RejectReason.INVALID_FIELD),
                Arguments.of("wrong-type-ingested-bool.json", RejectReason.INVALID_FIELD),
                Arguments.of("wrong-type-format-number.json", RejectReason.INVALID_FIELD),
                Arguments.of("wrong-type-url-number.json", RejectReason.INVALID_FIELD),
                Arguments.of("wrong-type-schema-string.json", RejectReason.INVALID_FIELD),
                Arguments.of("wrong-type-schema-fraction.json", RejectReason.INVALID_FIELD),
                Arguments.of("duplicate-body.json", RejectReason.MALFORMED_JSON),
                Arguments.of("duplicate-nested-key.json", RejectReason.MALFORMED_JSON),
                Arguments.of("huge-number-ingested-2pow100.json", RejectReason.INVALID_FIELD),
                Arguments.of("huge-number-ingested-1e400.json", RejectReason.INVALID_FIELD),
                Arguments.of("huge-number-schema-2pow100.json", RejectReason.INVALID_FIELD),
                Arguments.of("nan-literal.json", RejectReason.MALFORMED_JSON),
                Arguments.of("missing-body.json", RejectReason.MISSING_BODY),
                Arguments.of("null-body.json", RejectReason.MISSING_BODY),
                Arguments.of("empty-object.json", RejectReason.MISSING_BODY),
                Arguments.of("empty-body.json", RejectReason.EMPTY_BODY),
                Arguments.of("whitespace-body.json", RejectReason.EMPTY_BODY),
                Arguments.of("empty-file.json", RejectReason.EMPTY_RECORD),
                Arguments.of("whitespace-file.json", RejectReason.MALFORMED_JSON),
                Arguments.of("top-level-array.json", RejectReason.MALFORMED_JSON),
                Arguments.of("top-level-string.json", RejectReason.MALFORMED_JSON),
                Arguments.of("top-level-null.json", RejectReason.MALFORMED_JSON),
                Arguments.of("two-objects.json", RejectReason.MALFORMED_JSON),
                Arguments.of("truncated-object.json", RejectReason.MALFORMED_JSON),
                Arguments.of("single-quotes.json", RejectReason.MALFORMED_JSON),
                Arguments.of("comment.json", RejectReason.MALFORMED_JSON),
                Arguments.of("trailing-comma.json", RejectReason.MALFORMED_JSON),
                Arguments.of("bad-schema-version.json", RejectReason.UNSUPPORTED_SCHEMA_VERSION),
                Arguments.of("url-not-http.json", RejectReason.INVALID_FIELD),
                Arguments.of("url-with-nul.json", RejectReason.INVALID_FIELD),
                Arguments.of("id-with-control-and-lone-surrogate.json", RejectReason.INVALID_FIELD),
                Arguments.of("id-too-long.json", RejectReason.INVALID_FIELD));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("rejected")
    void shouldRejectWithExactReasonWhenCorpusRecordIsHostile(String file, RejectReason reason) {
        assertThat(rejectionOf(corpus(file))).isEqualTo(reason);
    }

    static Stream<Arguments> accepted() {
        return Stream.of(
                Arguments.of("utf16le-bom.json", "Αθήνα, 3 Μαΐου — Η κυβέρνηση ανακοίνωσε νέα μέτρα."),
                Arguments.of("utf16be-bom.json", "東京、5月3日 — 政府は新しい対策を発表した。"),
                Arguments.of("utf8-bom.json", "Über den Wolken: Lufthansa fliegt wieder."),
                // NULs and other controls are the normalizer's to remove, not a reason to lose the article.
                Arguments.of("nul-escaped-in-body.json", "Berlin\u0000Mitte, Kreuzberg"),
                Arguments.of("rtl-combining-marks.json",
                        "\u202eقالَ الوزيرُ إنَّ الاجتماعَ ناجحٌ. שָׁלוֹם עֲלֵיכֶם.\u202c"),
                Arguments.of("decomposed-accents.json", "Ame\u0301lie a\u0300 Sa\u0303o Paulo"),
                Arguments.of("emoji-zwj.json",
                        "Family 👩\u200d👩\u200d👧\u200d👦, flag 🇺🇦, skin tone 👍🏽, keycap 1\ufe0f\u20e3."),
                // JSON escapes may spell a lone surrogate; the decoder keeps it and normalization drops it.
                Arguments.of("lone-surrogate-escape.json", "broken \ud83d pair"),
                Arguments.of("scalar-title-number.json", "Text."),
                Arguments.of("duplicate-key-case-differs.json", "lower"),
                Arguments.of("huge-number-unknown-field.json", "Text."),
                Arguments.of("huge-number-published-2pow100.json", "Text."),
                Arguments.of("unknown-fields.json", "Texto en español."),
                Arguments.of("unknown-fields-in-source.json", "Text."),
                Arguments.of("id-unicode.json", "Text."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accepted")
    void shouldAcceptWithExactBodyWhenCorpusRecordIsOddButValid(String file, String body) throws Exception {
        RawArticle raw = Json.decodeRaw(corpus(file), ArticleLimits.DEFAULT);
        assertThat(raw.body()).isEqualTo(body);
        assertThat(raw.id()).isEqualTo(file.startsWith("id-") ? "story-ĳ-東京-42" : ArticleIds.of(raw.withId(null)));
    }

    @Test
    void shouldKeepScalarsAsTextWhenAStringFieldGetsANumber() throws Exception {
        assertThat(Json.decodeRaw(corpus("scalar-title-number.json"), ArticleLimits.DEFAULT).title())
                .isEqualTo("2026");
        assertThat(Json.decodeRaw(corpus("huge-number-published-2pow100.json"), ArticleLimits.DEFAULT).publishedAt())
                .isEqualTo("1267650600228229401496703205376");
        assertThat(Json.decodeRaw(corpus("unknown-fields-in-source.json"), ArticleLimits.DEFAULT).source())
                .isEqualTo(new Source("Wire", null));
    }

    @Test
    void shouldRejectTenMegabyteSingleLineWhenOverTheRecordLimit() {
        byte[] line = ("{\"body\": \"" + "Zeile ohne Ende, ".repeat(10 * 1024 * 1024 / 17 + 1) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(line.length).isGreaterThan(10 * 1024 * 1024);
        assertThat(rejectionOf(line)).isEqualTo(RejectReason.RECORD_TOO_LARGE);
    }

    @Test
    void shouldRejectTenMegabyteSingleLineAsTooLongBodyWhenTheRecordLimitAllowsIt() {
        byte[] line = ("{\"body\": \"" + "x".repeat(10 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Json.decodeRaw(line, new ArticleLimits(64 * 1024 * 1024, 1024 * 1024)))
                .isInstanceOfSatisfying(InvalidArticleException.class,
                        e -> assertThat(e.reason()).isEqualTo(RejectReason.BODY_TOO_LARGE));
    }

    @Test
    void shouldAcceptBodyOfExactlyTheLimitWhenItFits() throws Exception {
        String body = "é".repeat(ArticleLimits.DEFAULT.maxBodyChars());
        byte[] bytes = ("{\"body\": \"" + body + "\"}").getBytes(StandardCharsets.UTF_8);
        assertThat(Json.decodeRaw(bytes, ArticleLimits.DEFAULT).body()).hasSize(ArticleLimits.DEFAULT.maxBodyChars());
    }

    @Test
    void shouldRejectHundredThousandNestedArraysWithoutOverflowingTheStackWhenJsonIsDeep() {
        String deep = "{\"body\": \"x\", \"a\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        assertThat(rejectionOf(deep.getBytes(StandardCharsets.UTF_8))).isEqualTo(RejectReason.MALFORMED_JSON);
    }

    @Test
    void shouldRejectHundredThousandNestedObjectsWithoutOverflowingTheStackWhenJsonIsDeep() {
        String deep = "{\"body\": \"x\", \"a\": " + "{\"a\": ".repeat(100_000) + "1" + "}".repeat(100_000) + "}";
        assertThat(rejectionOf(deep.getBytes(StandardCharsets.UTF_8))).isEqualTo(RejectReason.MALFORMED_JSON);
    }

    @Test
    void shouldAcceptModeratelyNestedUnknownFieldWhenWithinTheDepthLimit() throws Exception {
        String nested = "{\"body\": \"Texte imbriqué.\", \"a\": " + "[".repeat(500) + "]".repeat(500) + "}";
        assertThat(Json.decodeRaw(nested.getBytes(StandardCharsets.UTF_8), ArticleLimits.DEFAULT).body())
                .isEqualTo("Texte imbriqué.");
    }

    @Test
    void shouldRejectNumberWithThousandsOfDigitsWhenOverTheNumberLengthLimit() {
        String big = "{\"body\": \"x\", \"n\": " + "9".repeat(5_000) + "}";
        assertThat(rejectionOf(big.getBytes(StandardCharsets.UTF_8))).isEqualTo(RejectReason.MALFORMED_JSON);
    }

    @Test
    void shouldIgnoreTwoHundredThousandUnknownKeysWhenRecordIsWide() throws Exception {
        StringBuilder sb = new StringBuilder("{\"body\": \"Breit.\"");
        for (int i = 0; i < 200_000; i++) {
            sb.append(", \"k").append(i).append("\": ").append(i);
        }
        byte[] bytes = sb.append('}').toString().getBytes(StandardCharsets.UTF_8);
        assertThat(Json.decodeRaw(bytes, ArticleLimits.DEFAULT).body()).isEqualTo("Breit.");
    }
}
