package io.newswire.streams;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * A raw record waiting in the enrich task's batch store ({@link EnrichProcessor#BATCH_STORE}), as it came from
 * news.raw: where it came from (for its dead letter and the duplicates step), its timestamp, headers, key and value,
 * byte for byte. What the store holds is all a new owner of the task needs to enrich or dead-letter the record after
 * a crash or a rebalance; the decoded article is kept beside it in memory and rebuilt from these bytes only then.
 *
 * @param source    the record's topic, partition and offset in news.raw
 * @param timestamp the record's timestamp
 * @param headers   the record's headers
 * @param key       the original key, null when the record had none
 * @param value     the original value
 */
record WaitingRecord(Source source, long timestamp, Headers headers, byte[] key, byte[] value) {

    private static final int VERSION = 1;

    WaitingRecord {
        requireNonNull(source, "source");
        requireNonNull(headers, "headers");
        requireNonNull(value, "value");
    }

    /** Where a record came from, as the context told it when the record was processed. */
    record Source(String topic, int partition, long offset) implements RecordMetadata {

        Source {
            requireNonNull(topic, "topic");
        }

        static Source of(RecordMetadata meta) {
            return new Source(meta.topic(), meta.partition(), meta.offset());
        }
    }

    /** The store's value: a version byte, then the fields in order (lengths -1 for null). */
    byte[] encode() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(value.length + 128);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            out.writeUTF(source.topic());
            out.writeInt(source.partition());
            out.writeLong(source.offset());
            out.writeLong(timestamp);
            Header[] all = headers.toArray();
            out.writeInt(all.length);
            for (Header h : all) {
                writeBytes(out, h.key().getBytes(StandardCharsets.UTF_8));
                writeBytes(out, h.value());
            }
            writeBytes(out, key);
            writeBytes(out, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static WaitingRecord decode(byte[] stored) {
        try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(stored))) {
            int version = in.readUnsignedByte();
            if (version != VERSION) {
                throw new IllegalStateException("waiting record of unknown version " + version);
            }
            Source source = new Source(in.readUTF(), in.readInt(), in.readLong());
            long timestamp = in.readLong();
            int count = in.readInt();
            RecordHeaders headers = new RecordHeaders();
            for (int i = 0; i < count; i++) {
                headers.add(new String(readBytes(in), StandardCharsets.UTF_8), readBytes(in));
            }
            byte[] key = readBytes(in);
            byte[] value = readBytes(in);
            return new WaitingRecord(source, timestamp, headers, key, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeBytes(DataOutputStream out, byte[] b) throws IOException {
        if (b == null) {
            out.writeInt(-1);
        } else {
            out.writeInt(b.length);
            out.write(b);
        }
    }

    private static byte[] readBytes(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        byte[] b = new byte[length];
        in.readFully(b);
        return b;
    }
}
