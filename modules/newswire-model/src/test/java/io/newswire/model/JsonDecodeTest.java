package io.newswire.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonDecodeTest {

    private static final ArticleLimits SMALL = new ArticleLimits(2_000, 100);

    private static RawArticle decode(byte[] bytes) throws InvalidArticleException {
        return Json.decodeRaw(bytes, SMALL);
    }

    private static RawArticle decode(String json) throws InvalidArticleException {
        return decode(json.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertRejected(byte[] bytes, RejectReason reason) {
        assertThatThrownBy(() -> decode(bytes)).isInstanceOfSatisfying(InvalidArticleException.class,
                e -> assertThat(e.reason()).isEqualTo(reason));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''                                             | EMPTY_RECORD",
        "'{\"body\": \"a\", \"body\": \"b\"}'           | MALFORMED_JSON",
        "'[{\"body\": \"x\"}]'                          | MALFORMED_JSON",
        "'\"just a string\"'                            | MALFORMED_JSON",
        "'{\"body\": \"x\"} trailing'                   | MALFORMED_JSON",
        "'{\"body\": \"x\", \"schemaVersion\": 99999999999999999999999}' | INVALID_FIELD",
        "'{\"body\": \"x\", \"schemaVersion\": 2}'      | UNSUPPORTED_SCHEMA_VERSION",
        "'{\"body\": \"x\", \"schemaVersion\": \"one\"}' | INVALID_FIELD",
        "'{\"body\": null}'                             | MISSING_BODY",
        "'{\"body\": {\"text\": \"x\"}}'                | INVALID_FIELD",
        "'{\"body\": \"\\u0020\\n\\t\"}'                | EMPTY_BODY",
        "'{\"body\": \"x\", \"format\": \"pdf\"}'       | INVALID_FIELD",
        "'{\"body\": \"x\", \"url\": \"ftp://example.org/a\"}' | INVALID_FIELD",
        "'{\"body\": \"x\", \"ingestedAt\": \"yesterday\"}'    | INVALID_FIELD",
        "'{\"body\": \"x\", \"source\": \"not an object\"}'    | INVALID_FIELD",
    })
    void shouldRejectWithReasonWhenRecordIsInvalid(String json, RejectReason reason) {
        assertRejected(json.getBytes(StandardCharsets.UTF_8), reason);
    }

    @Test
    void shouldRejectInvalidUtf8WhenBytesAreMalformed() {
        byte[] bytes = {'{', '"', 'b', 'o', 'd', 'y', '"', ':', '"', (byte) 0xFF, (byte) 0xFE, 'x', '"', '}'};
        assertRejected(bytes, RejectReason.INVALID_ENCODING);
    }

    @Test
    void shouldAcceptUtf16WithByteOrderMarkWhenProducerUsedIt() throws Exception {
        byte[] body = "{\"body\": \"Ἀθῆναι — Αθήνα\"}".getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        assertThat(decode(bytes).body()).isEqualTo("Ἀθῆναι — Αθήνα");
    }

    @Test
    void shouldAcceptUtf8ByteOrderMarkWhenPresent() throws Exception {
        byte[] json = "{\"body\": \"x\"}".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[json.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(json, 0, bytes, 3, json.length);
        assertThat(decode(bytes).body()).isEqualTo("x");
    }

    @Test
    void shouldIgnoreUnknownFieldsAndFillIdWhenRecordHasExtras() throws Exception {
        RawArticle raw = decode("{\"body\": \"x\", \"whatever\": {\"deep\": [1, 2]}, \"n\": 1e400}");
        assertThat(raw.body()).isEqualTo("x");
        assertThat(raw.id()).isEqualTo(ArticleIds.forContent(null, "x"));
        assertThat(raw.format()).isEqualTo(ContentFormat.TEXT);
        assertThat(raw.schemaVersion()).isEqualTo(RawArticle.SCHEMA_VERSION);
    }

    @Test
    void shouldKeepNulAndControlCharactersForNormalizationWhenBodyHasThem() throws Exception {
        assertThat(decode("{\"body\": \"a\\u0000b\\u200Bc\"}").body()).isEqualTo("a\u0000b\u200Bc");
    }

    @Test
    void shouldRejectBodyOverLimitWhenTooLong() {
        assertRejected(("{\"body\": \"" + "é".repeat(101) + "\"}").getBytes(StandardCharsets.UTF_8),
                RejectReason.BODY_TOO_LARGE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // format, expected: an HTML page's body limit is checked on its extracted text, after normalization
        "html, ",
        "HTML, ",
        "text/html, ",
        "text, BODY_TOO_LARGE",
        "plain, BODY_TOO_LARGE",
    })
    void shouldApplyBodyLimitToTextNotMarkupWhenFormatIsHtml(String format, RejectReason expected) throws Exception {
        byte[] bytes = ("{\"format\": \"" + format + "\", \"body\": \"<p>" + "é".repeat(300) + "</p>\"}")
                .getBytes(StandardCharsets.UTF_8);
        if (expected == null) {
            assertThat(decode(bytes).body()).hasSize(307);
        } else {
            assertRejected(bytes, expected);
        }
    }

    @ParameterizedTest
    @CsvSource({"100, false", "101, true"})
    void shouldRejectExtractedTextWhenLongerThanBodyLimit(int chars, boolean rejected) {
        if (rejected) {
            assertThatThrownBy(() -> SMALL.checkExtractedText(chars)).isInstanceOf(InvalidArticleException.class)
                    .extracting(e -> ((InvalidArticleException) e).reason()).isEqualTo(RejectReason.BODY_TOO_LARGE);
        } else {
            assertThatCode(() -> SMALL.checkExtractedText(chars)).doesNotThrowAnyException();
        }
    }

    @Test
    void shouldRejectRecordOverLimitWhenTooManyBytes() {
        assertRejected(("{\"body\": \"x\", \"pad\": \"" + "p".repeat(3_000) + "\"}").getBytes(StandardCharsets.UTF_8),
                RejectReason.RECORD_TOO_LARGE);
    }

    @Test
    void shouldRejectDeeplyNestedJsonWithoutCrashingWhenInputIsHostile() {
        String deep = "{\"body\": \"x\", \"a\": " + "[".repeat(5_000) + "]".repeat(5_000) + "}";
        assertThatThrownBy(() -> Json.decodeRaw(deep.getBytes(StandardCharsets.UTF_8), ArticleLimits.DEFAULT))
                .isInstanceOf(InvalidArticleException.class);
    }
}
