package io.newswire.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.UTFDataFormatException;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link CodecBuffers} must write and read the bytes {@link DataOutputStream} and {@link DataInputStream} do: records
 * and changelogs written by the streams before s26 stay readable, and the new ones read the same in an older app.
 */
class CodecBuffersTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "id-1", "Землетрясение в Чили", "القاهرة", "北京", "emoji \uD83D\uDE00 and \u0000 nul",
            "\u007F\u0080\u07FF\u0800\uFFFF", "a lone surrogate \uD800 here"})
    void shouldWriteAndReadTheBytesOfTheDataStreamsWhenGivenTheSameValues(String text) throws Exception {
        Random random = new Random(text.hashCode());
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        CodecBuffers.Out out = new CodecBuffers.Out().reset();
        try (DataOutputStream data = new DataOutputStream(expected)) {
            data.writeByte(1);
            out.writeByte(1);
            data.writeUTF(text);
            out.writeUTF(text);
            data.writeBoolean(true);
            out.writeBoolean(true);
            data.writeBoolean(false);
            out.writeBoolean(false);
            for (int i = 0; i < 300; i++) {
                long l = random.nextLong();
                int n = random.nextInt();
                float f = i == 0 ? Float.NaN : random.nextFloat() * n;
                double d = i == 0 ? Double.NEGATIVE_INFINITY : random.nextGaussian();
                data.writeLong(l);
                out.writeLong(l);
                data.writeInt(n);
                out.writeInt(n);
                data.writeFloat(f);
                out.writeFloat(f);
                data.writeDouble(d);
                out.writeDouble(d);
            }
            byte[] raw = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            data.write(raw);
            out.write(raw);
        }
        byte[] bytes = expected.toByteArray();

        assertThat(out.toByteArray()).isEqualTo(bytes);
        CodecBuffers.In in = new CodecBuffers.In(bytes);
        DataInputStream data = new DataInputStream(new ByteArrayInputStream(bytes));
        assertThat(in.readUnsignedByte()).isEqualTo(data.readUnsignedByte());
        assertThat(in.readUTF()).isEqualTo(data.readUTF()).isEqualTo(text);
        assertThat(in.readBoolean()).isEqualTo(data.readBoolean()).isTrue();
        assertThat(in.readBoolean()).isEqualTo(data.readBoolean()).isFalse();
        for (int i = 0; i < 300; i++) {
            assertThat(in.readLong()).isEqualTo(data.readLong());
            assertThat(in.readInt()).isEqualTo(data.readInt());
            assertThat(Float.floatToIntBits(in.readFloat())).isEqualTo(Float.floatToIntBits(data.readFloat()));
            assertThat(Double.doubleToLongBits(in.readDouble())).isEqualTo(Double.doubleToLongBits(data.readDouble()));
        }
        assertThat(in.available()).isEqualTo(data.available());
        byte[] a = new byte[in.available()];
        byte[] b = new byte[a.length];
        in.readFully(a);
        data.readFully(b);
        assertThat(a).isEqualTo(b);
        assertThat(in.available()).isZero();
    }

    @Test
    void shouldFailAsTheDataStreamsDoWhenAStringIsTooLongOrTheRecordEndsEarly() {
        String tooLong = "ж".repeat(40_000);

        assertThatThrownBy(() -> new CodecBuffers.Out().reset().writeUTF(tooLong))
                .isInstanceOf(UTFDataFormatException.class);
        assertThatThrownBy(() -> new CodecBuffers.In(new byte[] {0, 0, 1}).readLong()).isInstanceOf(EOFException.class);
        assertThatThrownBy(() -> new CodecBuffers.In(new byte[] {0, 5, 'a'}).readUTF()).isInstanceOf(EOFException.class);
    }

    @Test
    void shouldStartEmptyWhenResetAfterARecord() {
        CodecBuffers.Out out = new CodecBuffers.Out().reset();
        out.writeLong(7);
        out.reset().writeInt(3);

        assertThat(out.toByteArray()).containsExactly(0, 0, 0, 3);
    }
}
