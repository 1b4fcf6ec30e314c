package io.newswire.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * The one JSON codec for the contracts: raw articles in, enriched articles out.
 *
 * <p>Decoding is strict where ambiguity would lose data (invalid UTF-8, duplicate keys, wrong types)
 * and lenient where it would not (unknown fields are ignored). Every failure is an
 * {@link InvalidArticleException} with a {@link RejectReason}.
 */
public final class Json {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            // after JavaTimeModule, so that its Instant reader is the one asked first (it hands all but one form to it)
            .addModule(new SimpleModule("newswire-instants").addDeserializer(Instant.class, new CanonicalInstants()))
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private Json() {
    }

    /** The shared, configured mapper; thread-safe. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * The value as compact JSON in UTF-8, the bytes {@code mapper().writeValueAsBytes(value)} gives. Written
     * through this thread's {@link Output} (an enriched article is ~20 KB: the mapper's own buffer grows by
     * segments and is copied into the result, so that way allocates every byte twice), then copied once.
     */
    public static byte[] toBytes(Object value) {
        Output out = OUTPUT.get();
        if (out.busy) {
            return toNewBytes(value); // asked again while this thread is encoding: its own buffer
        }
        out.busy = true;
        try {
            MAPPER.writeValue(out, value);
            return out.toByteArray();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize " + value.getClass().getSimpleName(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // not thrown: the output is memory
        } finally {
            out.release();
        }
    }

    private static byte[] toNewBytes(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize " + value.getClass().getSimpleName(), e);
        }
    }

    private static final ThreadLocal<Output> OUTPUT = ThreadLocal.withInitial(Output::new);

    /**
     * A thread's reusable encoding buffer: it grows to the largest value written and is kept for the next, unless
     * that value was larger than {@link #KEEP_BYTES} (a rare huge page: its buffer is not held for good).
     */
    static final class Output extends java.io.OutputStream {
        static final int KEEP_BYTES = 1 << 20;
        private static final int FIRST_BYTES = 32 * 1024;

        private byte[] bytes = new byte[FIRST_BYTES];
        private int size;
        private boolean busy;

        @Override
        public void write(int b) {
            ensure(1);
            bytes[size++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            java.util.Objects.checkFromIndexSize(off, len, b.length);
            ensure(len);
            System.arraycopy(b, off, bytes, size, len);
            size += len;
        }

        private void ensure(int more) {
            if (more > bytes.length - size) {
                bytes = java.util.Arrays.copyOf(bytes, Math.max(bytes.length * 2, Math.addExact(size, more)));
            }
        }

        byte[] toByteArray() {
            return java.util.Arrays.copyOf(bytes, size);
        }

        /** Ready for the next value. */
        void release() {
            size = 0;
            busy = false;
            if (bytes.length > KEEP_BYTES) {
                bytes = new byte[FIRST_BYTES];
            }
        }

        /** How many bytes the buffer holds now (for tests). */
        int capacity() {
            return bytes.length;
        }
    }

    public static String toJson(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize " + value.getClass().getSimpleName(), e);
        }
    }

    public static String toPrettyJson(Object value) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize " + value.getClass().getSimpleName(), e);
        }
    }

    public static Article readArticle(byte[] bytes) {
        try {
            return MAPPER.readValue(bytes, Article.class);
        } catch (IOException e) {
            throw new UncheckedIOException("not an enriched article: " + e.getMessage(), e);
        }
    }

    public static Article readArticle(String json) {
        return readArticle(json.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Decodes and validates one raw record. Accepts UTF-8 (with or without a byte-order mark) and
     * UTF-16 with a byte-order mark; fills in {@code id} from {@link ArticleIds} when absent.
     *
     * @throws InvalidArticleException with the reason the record cannot be used
     */
    public static RawArticle decodeRaw(byte[] bytes, ArticleLimits limits) throws InvalidArticleException {
        if (bytes == null || bytes.length == 0) {
            throw new InvalidArticleException(RejectReason.EMPTY_RECORD, "record has no value");
        }
        if (bytes.length > limits.maxRecordBytes()) {
            throw new InvalidArticleException(RejectReason.RECORD_TOO_LARGE,
                    "record is " + bytes.length + " bytes, limit is " + limits.maxRecordBytes());
        }
        return decodeRaw(decodeText(bytes), limits);
    }

    /** As {@link #decodeRaw(byte[], ArticleLimits)}, for text already decoded. */
    public static RawArticle decodeRaw(String json, ArticleLimits limits) throws InvalidArticleException {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidArticleException(RejectReason.MALFORMED_JSON, e.getOriginalMessage(), e);
        }
        if (tree == null || tree.isMissingNode()) {
            throw new InvalidArticleException(RejectReason.MALFORMED_JSON, "no JSON value");
        }
        if (!(tree instanceof ObjectNode object)) {
            throw new InvalidArticleException(RejectReason.MALFORMED_JSON,
                    "expected a JSON object, got " + tree.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
        }
        JsonNode version = object.get("schemaVersion");
        if (version != null && !version.isNull()) {
            // canConvertToInt alone accepts 1.5 (truncated to 1): the version must be a whole number.
            if (!version.isNumber() || !version.canConvertToExactIntegral() || !version.canConvertToInt()) {
                throw new InvalidArticleException(RejectReason.INVALID_FIELD, "schemaVersion must be an integer");
            }
            if (version.intValue() != RawArticle.SCHEMA_VERSION) {
                throw new InvalidArticleException(RejectReason.UNSUPPORTED_SCHEMA_VERSION,
                        "schemaVersion " + version.asText() + " is not supported (this reader reads "
                                + RawArticle.SCHEMA_VERSION + ")");
            }
        }
        JsonNode body = object.get("body");
        if (body == null || body.isNull()) {
            throw new InvalidArticleException(RejectReason.MISSING_BODY, "record has no body");
        }
        if (!body.isTextual()) {
            throw new InvalidArticleException(RejectReason.INVALID_FIELD,
                    "body must be a string, got " + body.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
        }
        String text = body.textValue();
        if (hasNoVisibleCharacter(text)) {
            throw new InvalidArticleException(RejectReason.EMPTY_BODY, "body is empty");
        }
        // An HTML page's limit applies to the text extracted from it (ArticleLimits#checkExtractedText):
        // pages of 1-2 MB of markup carry a few KB of story. The record limit still guards the markup.
        if (!isHtml(object.get("format")) && text.length() > limits.maxBodyChars()) {
            throw new InvalidArticleException(RejectReason.BODY_TOO_LARGE,
                    "body is " + text.length() + " characters, limit is " + limits.maxBodyChars());
        }
        RawArticle raw;
        try {
            raw = MAPPER.treeToValue(object, RawArticle.class);
        } catch (ValueInstantiationException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new InvalidArticleException(RejectReason.INVALID_FIELD, cause.getMessage(), e);
        } catch (JsonProcessingException e) {
            throw new InvalidArticleException(RejectReason.INVALID_FIELD, e.getOriginalMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new InvalidArticleException(RejectReason.INVALID_FIELD, e.getMessage(), e);
        }
        if (raw.id() != null && !raw.id().isBlank() && !isUsableId(raw.id())) {
            throw new InvalidArticleException(RejectReason.INVALID_FIELD, "id must be at most " + MAX_ID_CHARS
                    + " characters of text without control characters or lone surrogates: " + abbreviate(raw.id()));
        }
        if (raw.url() != null && !raw.url().isBlank() && ArticleIds.canonicalUrl(raw.url()).isEmpty()) {
            throw new InvalidArticleException(RejectReason.INVALID_FIELD,
                    "url is not an absolute http(s) URL: " + abbreviate(raw.url()));
        }
        if (raw.id() == null || raw.id().isBlank()) {
            raw = raw.withId(ArticleIds.of(raw));
        }
        return raw;
    }

    private static boolean isHtml(JsonNode format) {
        if (format == null || !format.isTextual()) {
            return false;
        }
        try {
            return ContentFormat.fromWire(format.textValue()) == ContentFormat.HTML;
        } catch (IllegalArgumentException e) {
            return false; // rejected as INVALID_FIELD when the record is read
        }
    }

    /** Strict text decoding: UTF-16 needs its byte-order mark, everything else must be valid UTF-8. */
    static String decodeText(byte[] bytes) throws InvalidArticleException {
        int offset = 0;
        java.nio.charset.Charset charset = StandardCharsets.UTF_8;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            offset = 3;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            offset = 2;
            charset = StandardCharsets.UTF_16BE;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            offset = 2;
            charset = StandardCharsets.UTF_16LE;
        }
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InvalidArticleException(RejectReason.INVALID_ENCODING,
                    "record is not valid " + charset.name() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Whether a body holds nothing a reader could see: only whitespace, control characters,
     * invisible format characters (zero-width space, soft hyphen, BOM), lone surrogates or
     * unassigned code points. Normalization would remove all of it and leave an empty text.
     */
    static boolean hasNoVisibleCharacter(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                continue;
            }
            int type = Character.getType(cp);
            if (type != Character.CONTROL && type != Character.FORMAT && type != Character.SURROGATE
                    && type != Character.UNASSIGNED) {
                return false;
            }
        }
        return true;
    }

    /** Longest producer-supplied article id; ids become record keys. */
    static final int MAX_ID_CHARS = 1_024;

    /**
     * Whether a producer-supplied id can be a record key as is. The key is written as UTF-8, where a
     * lone surrogate turns into '?': two different ids would share a key, and the key would no longer
     * equal the article's id.
     */
    private static boolean isUsableId(String id) {
        if (id.length() > MAX_ID_CHARS) {
            return false;
        }
        for (int i = 0; i < id.length(); ) {
            int cp = id.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isISOControl(cp) || Character.getType(cp) == Character.SURROGATE) {
                return false;
            }
        }
        return true;
    }

    private static String abbreviate(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200) + "...";
    }
}
