package io.newswire.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/**
 * Property-based checks of the raw-record decoder: whatever the bytes, decoding returns a valid
 * article or an {@link InvalidArticleException} with a reason; nothing else escapes.
 */
class JsonDecodePropertiesTest {

    private static final ArticleLimits LIMITS = new ArticleLimits(64 * 1024, 4 * 1024);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> FIELDS = List.of("schemaVersion", "id", "url", "source", "title", "body",
            "format", "publishedAt", "ingestedAt", "language", "origin");

    /** Decodes, and checks that the outcome is one of the two allowed ones. */
    private static Outcome decode(byte[] bytes) {
        try {
            RawArticle raw = Json.decodeRaw(bytes, LIMITS);
            assertThat(raw.body()).isNotNull();
            assertThat(Json.hasNoVisibleCharacter(raw.body())).isFalse();
            if (raw.format() == ContentFormat.TEXT) {
                // An HTML body's limit is on its extracted text, checked after normalization.
                assertThat(raw.body().length()).isLessThanOrEqualTo(LIMITS.maxBodyChars());
            }
            assertThat(raw.id()).isNotBlank();
            assertThat(raw.schemaVersion()).isEqualTo(RawArticle.SCHEMA_VERSION);
            assertThat(raw.format()).isNotNull();
            return new Outcome(raw, null);
        } catch (InvalidArticleException e) {
            assertThat(e.reason()).isNotNull();
            return new Outcome(null, e.reason());
        }
    }

    private record Outcome(RawArticle raw, RejectReason reason) {
    }

    @Property(tries = 2_000)
    void shouldDecodeOrRejectWithReasonWhenBytesAreArbitrary(@ForAll @Size(max = 600) byte[] bytes) {
        assertConsistent(bytes, decode(bytes));
    }

    @Property(tries = 1_000)
    void shouldDecodeOrRejectWithReasonWhenJsonTextIsMutated(@ForAll("mutatedJson") byte[] bytes) {
        assertConsistent(bytes, decode(bytes));
    }

    /**
     * What a decoder outcome must satisfy beyond "nothing else escaped" (which {@link #decode}
     * checks): the same bytes give the same outcome; a rejection names a reason the decoder owns
     * (never the processing stage's); a decoded article survives its own encoding unchanged, so the
     * pipeline reads back exactly what it accepted.
     */
    private static void assertConsistent(byte[] bytes, Outcome o) {
        assertThat(decode(bytes)).as("decoding is deterministic").isEqualTo(o);
        if (o.raw() == null) {
            assertThat(o.reason()).isNotEqualTo(RejectReason.PROCESSING_FAILED);
            if (bytes.length == 0) {
                assertThat(o.reason()).isEqualTo(RejectReason.EMPTY_RECORD);
            }
        } else {
            assertThat(bytes).as("an accepted record is not empty").isNotEmpty();
            Outcome again = decode(Json.toBytes(o.raw()));
            assertThat(again.reason()).as("re-decoding %s", o.raw()).isNull();
            assertThat(again.raw().body()).isEqualTo(o.raw().body());
            assertThat(again.raw().title()).isEqualTo(o.raw().title());
            assertThat(again.raw().url()).isEqualTo(o.raw().url());
            assertThat(again.raw().id()).isEqualTo(o.raw().id());
        }
    }

    @Property(tries = 400)
    void shouldDecodeOrRejectCleanlyWhenFieldsHaveRandomTypesAndExtras(@ForAll("hostileObjects") ObjectNode object) {
        byte[] bytes = Json.toBytes(object);
        Outcome o = decode(bytes);
        JsonNode version = object.get("schemaVersion");
        if (version != null && !version.isNull()
                && !(version.isNumber() && version.decimalValue().compareTo(java.math.BigDecimal.ONE) == 0)) {
            // The version is checked first: whatever else is wrong, the reader refuses the version.
            assertThat(o.reason()).isIn(RejectReason.INVALID_FIELD, RejectReason.UNSUPPORTED_SCHEMA_VERSION);
            return;
        }
        JsonNode body = object.get("body");
        if (body == null || body.isNull()) {
            assertThat(o.reason()).isEqualTo(RejectReason.MISSING_BODY);
        } else if (!body.isTextual()) {
            assertThat(o.reason()).isEqualTo(RejectReason.INVALID_FIELD);
        } else if (o.raw() != null) {
            assertThat(o.raw().body()).isEqualTo(body.textValue());
        }
    }

    @Property(tries = 500)
    void shouldRoundTripWhenArticleIsValid(@ForAll("validArticles") RawArticle article) throws Exception {
        RawArticle decoded = Json.decodeRaw(Json.toBytes(article), LIMITS);
        assertThat(decoded).isEqualTo(article.id() == null ? article.withId(ArticleIds.of(article)) : article);
        assertThat(Json.decodeRaw(Json.toBytes(decoded), LIMITS)).isEqualTo(decoded);
    }

    @Property(tries = 300)
    void shouldReadTheSameArticleWhenEncodedAsUtf16WithByteOrderMark(@ForAll("validArticles") RawArticle article)
            throws Exception {
        String json = Json.toJson(article);
        byte[] le = json.getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[le.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(le, 0, withBom, 2, le.length);
        assertThat(Json.decodeRaw(withBom, LIMITS)).isEqualTo(Json.decodeRaw(json.getBytes(StandardCharsets.UTF_8),
                LIMITS));
    }

    /** Valid JSON articles with a few bytes flipped, cut or duplicated: the near misses a fuzzer finds. */
    @Provide
    Arbitrary<byte[]> mutatedJson() {
        Arbitrary<byte[]> base = validArticles().map(Json::toBytes);
        return Combinators.combine(base, Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0,
                Integer.MAX_VALUE), Arbitraries.bytes()).as((bytes, kind, where, value) -> {
                    int i = where % bytes.length;
                    return switch (kind) {
                        case 0 -> {
                            byte[] b = bytes.clone();
                            b[i] = value;
                            yield b;
                        }
                        case 1 -> java.util.Arrays.copyOf(bytes, i);
                        case 2 -> {
                            byte[] b = new byte[bytes.length + 1];
                            System.arraycopy(bytes, 0, b, 0, i);
                            b[i] = value;
                            System.arraycopy(bytes, i, b, i + 1, bytes.length - i);
                            yield b;
                        }
                        default -> {
                            byte[] b = new byte[bytes.length * 2];
                            System.arraycopy(bytes, 0, b, 0, bytes.length);
                            System.arraycopy(bytes, 0, b, bytes.length, bytes.length);
                            yield b;
                        }
                    };
                });
    }

    /** Objects whose known fields get values of any JSON type, plus unknown fields of any shape. */
    @Provide
    Arbitrary<ObjectNode> hostileObjects() {
        Arbitrary<Map<String, JsonNode>> known = Arbitraries.maps(Arbitraries.of(FIELDS), anyValue(2))
                .ofMaxSize(FIELDS.size());
        Arbitrary<Map<String, JsonNode>> unknown = Arbitraries.maps(
                Arbitraries.strings().ofMaxLength(12).filter(k -> !FIELDS.contains(k)), anyValue(3)).ofMaxSize(4);
        Arbitrary<String> goodBody = Arbitraries.strings().ofMinLength(1).ofMaxLength(200)
                .filter(s -> !Json.hasNoVisibleCharacter(s));
        return Combinators.combine(known, unknown, goodBody, Arbitraries.integers().between(0, 2))
                .as((k, u, body, bodyKind) -> {
                    ObjectNode o = NODES.objectNode();
                    u.forEach(o::set);
                    k.forEach(o::set);
                    if (bodyKind == 0) {
                        o.put("body", body);
                    }
                    return o;
                });
    }

    private static Arbitrary<JsonNode> anyValue(int depth) {
        Arbitrary<JsonNode> scalar = Arbitraries.oneOf(
                Arbitraries.just(NODES.nullNode()),
                Arbitraries.of(true, false).map(NODES::booleanNode),
                Arbitraries.integers().map(NODES::numberNode),
                Arbitraries.longs().map(NODES::numberNode),
                Arbitraries.doubles().map(NODES::numberNode),
                Arbitraries.bigIntegers().between(BigInteger.TWO.pow(100).negate(), BigInteger.TWO.pow(100))
                        .map(NODES::numberNode),
                Arbitraries.strings().ofMaxLength(40).map(NODES::textNode),
                Arbitraries.of("https://example.org/a?b=1", "ftp://x", "not a url", "1", "html", "TEXT",
                        "2026-05-13T08:00:00Z", "13 May 2026", "", " ").map(NODES::textNode));
        if (depth == 0) {
            return scalar;
        }
        Arbitrary<JsonNode> array = anyValue(depth - 1).list().ofMaxSize(3).map(items -> {
            ArrayNode a = NODES.arrayNode();
            items.forEach(a::add);
            return a;
        });
        Arbitrary<JsonNode> object = Arbitraries.maps(Arbitraries.strings().ofMaxLength(8), anyValue(depth - 1))
                .ofMaxSize(3).map(m -> {
                    ObjectNode o = NODES.objectNode();
                    m.forEach(o::set);
                    return o;
                });
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, scalar), net.jqwik.api.Tuple.of(1, array), net.jqwik.api.Tuple.of(1, object));
    }

    @Provide
    Arbitrary<RawArticle> validArticles() {
        Arbitrary<String> anyText = Arbitraries.strings().ofMaxLength(60).injectNull(0.3);
        // Ids become record keys, so the decoder takes only well-formed text without controls.
        Arbitrary<String> ids = Arbitraries.strings().alpha().numeric().withChars("-_.:/ ĳ東京ü")
                .ofMaxLength(Json.MAX_ID_CHARS).injectNull(0.3);
        Arbitrary<String> body = Arbitraries.strings().ofMinLength(1).ofMaxLength(300)
                .filter(s -> !Json.hasNoVisibleCharacter(s));
        Arbitrary<String> url = Arbitraries.of("https://example.org/a", "http://news.example.com/2026/05/13/story",
                "https://例え.jp/パス?q=1").injectNull(0.5);
        Arbitrary<Source> source = Combinators.combine(anyText, anyText).as(Source::new).injectNull(0.3);
        Arbitrary<Instant> ingested = Arbitraries.longs().between(0, 4_102_444_800_000L).map(Instant::ofEpochMilli)
                .injectNull(0.3);
        Arbitrary<ContentFormat> format = Arbitraries.of(ContentFormat.class);
        return Combinators.combine(ids, url, source, anyText, body, format, anyText, ingested)
                .as((id, u, src, title, b, f, published, ing) -> RawArticle.builder(b)
                        .id(id == null || id.isBlank() ? null : id).url(u).source(src).title(title).format(f)
                        .publishedAt(published).ingestedAt(ing).build())
                .filter(a -> a.url() == null || ArticleIds.canonicalUrl(a.url()).isPresent());
    }

    @Property(tries = 200)
    void shouldNeverAcceptBlankLookingBodyWhenOnlyInvisibleCharactersAreGiven(
            @ForAll @StringLength(max = 50) String noise) {
        String palette = "\u0000\u200b\u00ad\ufeff \t\n\u2060\u3000\u0085";
        String invisible = noise.codePoints()
                .map(cp -> palette.charAt(Math.floorMod(cp, palette.length())))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        ObjectNode o = NODES.objectNode().put("body", invisible);
        assertThat(decode(Json.toBytes(o)).reason()).isEqualTo(RejectReason.EMPTY_BODY);
    }
}
