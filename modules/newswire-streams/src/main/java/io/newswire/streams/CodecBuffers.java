package io.newswire.streams;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UTFDataFormatException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The byte layout of {@link java.io.DataOutputStream} and {@link java.io.DataInputStream} (big-endian numbers,
 * modified UTF-8 for {@code writeUTF}), written into and read from a plain array: {@link DedupCodec}'s records are
 * mostly arrays of longs and floats (a signature, a story's members), and through the two streams each number is a
 * synchronized call on a {@code ByteArrayOutputStream} or {@code ByteArrayInputStream} (a read of an int four of
 * them), which made the sequencer's store writes its largest cost (s26). The bytes are the same, so records and
 * changelogs written before stay readable.
 */
final class CodecBuffers {

    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    private CodecBuffers() {
    }

    /** A growing output, reused by one thread: {@link #reset} before each record, {@link #toByteArray} after. */
    static final class Out {
        private static final int KEEP = 1 << 20;
        private byte[] buf = new byte[1024];
        private int size;

        Out reset() {
            if (buf.length > KEEP) {
                // a huge record once (an article of megabytes) is not kept for the thread's life
                buf = new byte[1024];
            }
            size = 0;
            return this;
        }

        int size() {
            return size;
        }

        byte[] toByteArray() {
            return Arrays.copyOf(buf, size);
        }

        private void ensure(int n) {
            if (size + n > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + n));
            }
        }

        void writeByte(int v) {
            ensure(1);
            buf[size++] = (byte) v;
        }

        void writeBoolean(boolean v) {
            writeByte(v ? 1 : 0);
        }

        void writeInt(int v) {
            ensure(Integer.BYTES);
            INT.set(buf, size, v);
            size += Integer.BYTES;
        }

        void writeLong(long v) {
            ensure(Long.BYTES);
            LONG.set(buf, size, v);
            size += Long.BYTES;
        }

        void writeFloat(float v) {
            writeInt(Float.floatToIntBits(v));
        }

        void writeDouble(double v) {
            writeLong(Double.doubleToLongBits(v));
        }

        void write(byte[] b) {
            ensure(b.length);
            System.arraycopy(b, 0, buf, size, b.length);
            size += b.length;
        }

        /** As {@link java.io.DataOutputStream#writeUTF}: a two-byte length, then modified UTF-8 (at most 65,535 bytes). */
        void writeUTF(String s) throws UTFDataFormatException {
            int n = s.length();
            int bytes = n;
            for (int i = 0; i < n; i++) {
                char c = s.charAt(i);
                if (c >= 0x80 || c == 0) {
                    bytes += c >= 0x800 ? 2 : 1;
                }
            }
            if (bytes > 65_535) {
                throw new UTFDataFormatException("encoded string too long: " + bytes + " bytes");
            }
            ensure(2 + bytes);
            buf[size++] = (byte) (bytes >>> 8);
            buf[size++] = (byte) bytes;
            for (int i = 0; i < n; i++) {
                char c = s.charAt(i);
                if (c != 0 && c < 0x80) {
                    buf[size++] = (byte) c;
                } else if (c < 0x800) {
                    buf[size++] = (byte) (0xC0 | (c >> 6) & 0x1F);
                    buf[size++] = (byte) (0x80 | c & 0x3F);
                } else {
                    buf[size++] = (byte) (0xE0 | (c >> 12) & 0x0F);
                    buf[size++] = (byte) (0x80 | (c >> 6) & 0x3F);
                    buf[size++] = (byte) (0x80 | c & 0x3F);
                }
            }
        }
    }

    /** A reader over one record's bytes. */
    static final class In {
        private final byte[] buf;
        private int pos;

        In(byte[] buf) {
            this.buf = buf;
        }

        int available() {
            return buf.length - pos;
        }

        private void need(int n) throws EOFException {
            if (n < 0 || buf.length - pos < n) {
                throw new EOFException();
            }
        }

        int readUnsignedByte() throws EOFException {
            need(1);
            return buf[pos++] & 0xFF;
        }

        boolean readBoolean() throws EOFException {
            return readUnsignedByte() != 0;
        }

        int readInt() throws EOFException {
            need(Integer.BYTES);
            int v = (int) INT.get(buf, pos);
            pos += Integer.BYTES;
            return v;
        }

        long readLong() throws EOFException {
            need(Long.BYTES);
            long v = (long) LONG.get(buf, pos);
            pos += Long.BYTES;
            return v;
        }

        float readFloat() throws EOFException {
            return Float.intBitsToFloat(readInt());
        }

        double readDouble() throws EOFException {
            return Double.longBitsToDouble(readLong());
        }

        void readFully(byte[] b) throws EOFException {
            need(b.length);
            System.arraycopy(buf, pos, b, 0, b.length);
            pos += b.length;
        }

        /** As {@link java.io.DataInputStream#readUTF}. */
        String readUTF() throws IOException {
            need(2);
            int n = (buf[pos] & 0xFF) << 8 | buf[pos + 1] & 0xFF;
            need(2 + n);
            boolean ascii = true;
            for (int i = pos + 2; i < pos + 2 + n; i++) {
                if (buf[i] <= 0) {
                    ascii = false;
                    break;
                }
            }
            String s = ascii ? new String(buf, pos + 2, n, StandardCharsets.ISO_8859_1)
                    : DataInputStream.readUTF(new DataInputStream(new ByteArrayInputStream(buf, pos, 2 + n)));
            pos += 2 + n;
            return s;
        }
    }
}
