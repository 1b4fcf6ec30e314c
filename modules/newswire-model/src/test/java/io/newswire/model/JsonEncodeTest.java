package io.newswire.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JsonEncodeTest {

    static Stream<Arguments> values() {
        return Stream.of(
                Arguments.of(Map.of("title", "Ministerin besucht Überschwemmungsgebiet", "n", 3)),
                Arguments.of(List.of("«Nous resterons»", "市长说", "emoji \uD83D\uDE00", "tab\tquote\"")),
                Arguments.of(new Source("Agence Invented", "wire.example.net")),
                // larger than the first buffer: the buffer grows and the bytes stay whole
                Arguments.of(Map.of("body", "Talks in Valdoria resumed on Tuesday. ".repeat(3_000))),
                Arguments.of(List.of(1.5, -0.25, 1e-7, 3.0E10, 0.1 + 0.2)));
    }

    @ParameterizedTest
    @MethodSource("values")
    void shouldWriteTheMappersBytesWhenEncodingAValue(Object value) throws Exception {
        byte[] expected = Json.mapper().writeValueAsBytes(value);

        assertThat(Json.toBytes(value)).isEqualTo(expected);
        assertThat(Json.toBytes(value)).isEqualTo(expected); // the reused buffer, a second time
    }

    /** A value whose serializer encodes a part of it with {@link Json#toBytes} while the outer value is written. */
    record Nested(String inner) implements JsonSerializable {
        @Override
        public void serialize(JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeStartObject();
            gen.writeNumberField("innerBytes", Json.toBytes(Map.of("inner", inner)).length);
            gen.writeStringField("inner", inner);
            gen.writeEndObject();
        }

        @Override
        public void serializeWithType(JsonGenerator gen, SerializerProvider serializers, TypeSerializer typeSer)
                throws IOException {
            serialize(gen, serializers);
        }
    }

    @Test
    void shouldEncodeBothValuesWhenASerializerEncodesWhileEncoding() {
        // longer than the generator's own buffer, so part of the outer value is in the output before the inner one
        String before = "Lead paragraph of an invented wire story. ".repeat(400);

        byte[] bytes = Json.toBytes(List.of(before, new Nested("Ciudad Inventada"), "after"));

        assertThat(new String(bytes, java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo("[\"" + before + "\",{\"innerBytes\":28,\"inner\":\"Ciudad Inventada\"},\"after\"]");
    }

    /** A value that fails half-way through being written. */
    static final class Failing {
        public String getFirst() {
            return "written";
        }

        public String getSecond() {
            throw new IllegalArgumentException("no second part");
        }
    }

    @Test
    void shouldEncodeTheNextValueWholeWhenAValueFailedHalfWay() {
        assertThatThrownBy(() -> Json.toBytes(List.of("a partly written value", new Failing())))
                .isInstanceOf(IllegalStateException.class);

        assertThat(Json.toBytes(List.of("next"))).asString(java.nio.charset.StandardCharsets.UTF_8)
                .isEqualTo("[\"next\"]");
    }

    @Test
    void shouldNotKeepAHugeBufferWhenAHugeValueWasWritten() {
        Json.Output out = new Json.Output();
        byte[] huge = new byte[Json.Output.KEEP_BYTES + 10];
        out.write(huge, 0, huge.length);
        assertThat(out.toByteArray()).hasSize(huge.length);

        out.release();
        out.write('x');

        assertThat(out.capacity()).isLessThanOrEqualTo(Json.Output.KEEP_BYTES);
        assertThat(out.toByteArray()).containsExactly('x');
    }
}
