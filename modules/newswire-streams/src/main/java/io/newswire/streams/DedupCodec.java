package io.newswire.streams;

import io.newswire.enrich.duplicates.DuplicateIndex;
import io.newswire.enrich.duplicates.TextSignature;
import io.newswire.enrich.stories.StoryClusterer;
import io.newswire.enrich.stories.StoryState;
import io.newswire.model.DuplicateOf;
import io.newswire.model.Story;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Binary encodings of what the duplicates step keeps and sends between its tasks: {@link SequenceRecord},
 * {@link Decision}, {@link LogEntry}, {@link Pending} and {@link Parked}, and the stories' state (a story with
 * its members, posting lists of story ids). Internal to the app (its own
 * topics and stores, never read by a consumer), so a compact layout with a leading version byte rather
 * than JSON: a signature is 1 KB of longs. Times keep their nanoseconds, as the canonical order compares them.
 */
final class DedupCodec {

    private static final int VERSION = 1;

    private DedupCodec() {
    }

    /**
     * What enrich sends to the sequencer for one article.
     *
     * @param clusterFeatures what the story clusterer needs of it, computed in the enrich task when same-event
     *                        stories are on, else null
     * @param article         the enriched article itself (output timestamp, headers, JSON), which the sequencer
     *                        completes and writes to news.enriched (s28); null in a record of an older app, whose
     *                        article waits on the parked topic for the decision (the join-back, kept to drain it)
     */
    record SequenceRecord(String id, Instant publishedAt, Instant ingestedAt, int partition, long offset,
            TextSignature signature, long signatureMicros, String error, StoryTracker.Features features,
            StoryClusterer.Features clusterFeatures, Pending article) {

        SequenceRecord(String id, Instant publishedAt, Instant ingestedAt, int partition, long offset,
                TextSignature signature, long signatureMicros, String error, StoryTracker.Features features,
                StoryClusterer.Features clusterFeatures) {
            this(id, publishedAt, ingestedAt, partition, offset, signature, signatureMicros, error, features,
                    clusterFeatures, null);
        }

        SequenceRecord(String id, Instant publishedAt, Instant ingestedAt, int partition, long offset,
                TextSignature signature, long signatureMicros, String error, StoryTracker.Features features) {
            this(id, publishedAt, ingestedAt, partition, offset, signature, signatureMicros, error, features, null);
        }
    }

    /**
     * The sequencer's answer for one article, sent back to the partition ({@code partition}) whose pending
     * store holds it under {@code offset}.
     */
    record Decision(String id, int partition, long offset, DuplicateOf duplicateOf, Story story, long micros,
            String error, StoriesStage stories) {

        Decision(String id, int partition, long offset, DuplicateOf duplicateOf, Story story, long micros,
                String error) {
            this(id, partition, offset, duplicateOf, story, micros, error, null);
        }
    }

    /** The same-event stories stage's time and error for one article (null in a decision when it did not run). */
    record StoriesStage(long micros, String error) {
    }

    /** One article of the sequencer's log: what {@link DuplicateIndex#add} took, so a replay rebuilds it. */
    record LogEntry(String id, Instant publishedAt, Instant ingestedAt, TextSignature signature,
            DuplicateIndex.Ref canonical, String storyId) {
    }

    /**
     * An enriched article waiting for its decision: the output record's timestamp, headers and JSON.
     *
     * @param split where the JSON's undecided tail begins ({@link ArticleTail#split}), so that the join-back sets the
     *              decision without decoding the article; -1 when unknown (then it decodes the article)
     */
    record Pending(long timestamp, Headers headers, byte[] json, int split) {

        Pending(long timestamp, Headers headers, byte[] json) {
            this(timestamp, headers, json, -1);
        }
    }

    /**
     * A {@link Pending} article on its way from enrich to the join-back task through the parked topic:
     * {@code partition} is its raw partition, which the parked topic's partition must equal (the decision
     * comes back into the same one), and {@code offset} its raw offset, the join's key.
     */
    record Parked(int partition, long offset, Pending pending) {
    }

    static final Serde<SequenceRecord> SEQUENCE = serde(DedupCodec::write, DedupCodec::readSequence);
    static final Serde<Decision> DECISION = serde(DedupCodec::write, DedupCodec::readDecision);
    static final Serde<LogEntry> LOG_ENTRY = serde(DedupCodec::write, DedupCodec::readLogEntry);
    static final Serde<Pending> PENDING = serde(DedupCodec::write, DedupCodec::readPending);
    static final Serde<Parked> PARKED = serde(DedupCodec::write, DedupCodec::readParked);
    /** A story of the clusterer's state ({@code stories-records}), its members held. */
    static final Serde<StoryState.StoryRecord> STORY_RECORD = serde(DedupCodec::write, DedupCodec::readStoryRecord);
    /** Story ids, most recent first ({@code stories-postings}). */
    static final Serde<List<String>> STORY_IDS = serde(DedupCodec::writeStrings, DedupCodec::readStrings);
    /** A block of document-frequency counts ({@code stories-df}). */
    static final Serde<int[]> INTS = serde(DedupCodec::writeInts, DedupCodec::readInts);
    /** One document's counted terms ({@code stories-df-log}). */
    static final Serde<long[]> LONGS = serde(DedupCodec::writeLongs, DedupCodec::readLongs);
    /**
     * A story's state in the sequencer's {@code dedup-stories} store (one per story, read and written again for
     * each of its articles): the binary layout since s28; a value an older app wrote as JSON (it begins with
     * '{', never a version byte) is still read.
     */
    static final Serde<StoryTracker.StoryState> STORY_STATE = storyStateSerde();

    private static Serde<StoryTracker.StoryState> storyStateSerde() {
        Serde<StoryTracker.StoryState> binary = serde(DedupCodec::write, DedupCodec::readStoryState);
        return Serdes.serdeFrom(binary.serializer(), (topic, data) -> {
            if (data == null) {
                return null;
            }
            if (data.length > 0 && data[0] == '{') {
                try {
                    return io.newswire.model.Json.mapper().readValue(data, StoryTracker.StoryState.class);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return binary.deserializer().deserialize(topic, data);
        });
    }

    private static void write(CodecBuffers.Out out, StoryTracker.StoryState s) throws IOException {
        out.writeUTF(s.id());
        out.writeInt(s.size());
        writeInstant(out, s.firstSeen());
        writeInstant(out, s.lastSeen());
        writeNullableString(out, s.title());
        for (java.util.Map<String, Integer> counts : List.of(s.entities(), s.places(), s.countries())) {
            out.writeInt(counts.size());
            for (java.util.Map.Entry<String, Integer> e : counts.entrySet()) {
                writeNullableString(out, e.getKey());
                out.writeInt(e.getValue());
            }
        }
    }

    private static StoryTracker.StoryState readStoryState(CodecBuffers.In in) throws IOException {
        String id = in.readUTF();
        int size = in.readInt();
        Instant firstSeen = readInstant(in);
        Instant lastSeen = readInstant(in);
        String title = readNullableString(in);
        List<java.util.Map<String, Integer>> counts = new java.util.ArrayList<>(3);
        for (int k = 0; k < 3; k++) {
            int n = in.readInt();
            java.util.Map<String, Integer> map = new java.util.TreeMap<>();
            for (int i = 0; i < n; i++) {
                map.put(readNullableString(in), in.readInt());
            }
            counts.add(map);
        }
        return new StoryTracker.StoryState(id, size, firstSeen, lastSeen, title, counts.get(0), counts.get(1),
                counts.get(2));
    }

    private interface Writer<T> {
        void write(CodecBuffers.Out out, T value) throws IOException;
    }

    private interface Reader<T> {
        T read(CodecBuffers.In in) throws IOException;
    }

    /** One reusable output per thread: a record is copied out of it once, at its exact size. */
    private static final ThreadLocal<CodecBuffers.Out> OUT = ThreadLocal.withInitial(CodecBuffers.Out::new);

    private static <T> Serde<T> serde(Writer<T> writer, Reader<T> reader) {
        Serializer<T> ser = (topic, value) -> {
            if (value == null) {
                return null;
            }
            CodecBuffers.Out out = OUT.get().reset();
            try {
                out.writeByte(VERSION);
                writer.write(out, value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        };
        Deserializer<T> de = (topic, data) -> {
            if (data == null) {
                return null;
            }
            try {
                CodecBuffers.In in = new CodecBuffers.In(data);
                int version = in.readUnsignedByte();
                if (version != VERSION) {
                    throw new IllegalStateException("unknown encoding version " + version);
                }
                return reader.read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        return Serdes.serdeFrom(ser, de);
    }

    private static void write(CodecBuffers.Out out, SequenceRecord r) throws IOException {
        out.writeUTF(r.id());
        writeInstant(out, r.publishedAt());
        writeInstant(out, r.ingestedAt());
        out.writeInt(r.partition());
        out.writeLong(r.offset());
        writeSignature(out, r.signature());
        out.writeLong(r.signatureMicros());
        writeNullableString(out, r.error());
        StoryTracker.Features f = r.features() == null ? StoryTracker.Features.NONE : r.features();
        writeNullableString(out, f.title());
        writeStrings(out, f.entities());
        writeStrings(out, f.places());
        writeStrings(out, f.countries());
        // trailing and optional: a record written before same-event stories existed ends above
        out.writeBoolean(r.clusterFeatures() != null);
        if (r.clusterFeatures() != null) {
            write(out, r.clusterFeatures());
        }
        // trailing and optional too: a record written before s28 ends above, its article parked
        out.writeBoolean(r.article() != null);
        if (r.article() != null) {
            write(out, r.article());
        }
    }

    private static void writeStrings(CodecBuffers.Out out, java.util.List<String> values) throws IOException {
        out.writeInt(values.size());
        for (String v : values) {
            writeNullableString(out, v);
        }
    }

    private static java.util.List<String> readStrings(CodecBuffers.In in) throws IOException {
        int n = in.readInt();
        java.util.List<String> out = new java.util.ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(readNullableString(in));
        }
        return out;
    }

    private static SequenceRecord readSequence(CodecBuffers.In in) throws IOException {
        String id = in.readUTF();
        Instant published = readInstant(in);
        Instant ingested = readInstant(in);
        int partition = in.readInt();
        long offset = in.readLong();
        TextSignature signature = readSignature(in);
        long micros = in.readLong();
        String error = readNullableString(in);
        StoryTracker.Features features = new StoryTracker.Features(readNullableString(in), readStrings(in),
                readStrings(in), readStrings(in));
        StoryClusterer.Features cluster = in.available() > 0 && in.readBoolean() ? readClusterFeatures(in) : null;
        Pending article = in.available() > 0 && in.readBoolean() ? readPending(in) : null;
        return new SequenceRecord(id, published, ingested, partition, offset, signature, micros, error, features,
                cluster, article);
    }

    private static void write(CodecBuffers.Out out, StoryClusterer.Features f) throws IOException {
        writeLongs(out, f.words());
        writeFloats(out, f.wordCounts());
        writeLongs(out, f.entities());
        writeFloats(out, f.entityCounts());
        for (long[] facts : new long[][] {f.persons(), f.locations(), f.organisations(), f.numbers(), f.countries(),
                f.days(), f.year(), f.anchors(), f.tolls(), f.names(), f.nameWords()}) {
            writeLongs(out, facts);
        }
    }

    private static StoryClusterer.Features readClusterFeatures(CodecBuffers.In in) throws IOException {
        return new StoryClusterer.Features(readLongs(in), readFloats(in), readLongs(in), readFloats(in), readLongs(in),
                readLongs(in), readLongs(in), readLongs(in), readLongs(in), readLongs(in), readLongs(in),
                readLongs(in), readLongs(in), readLongs(in), readLongs(in));
    }

    private static void write(CodecBuffers.Out out, StoryState.Member m) throws IOException {
        out.writeLong(m.eventMillis());
        writeLongs(out, m.words());
        writeFloats(out, m.wordWeights());
        writeLongs(out, m.entities());
        writeFloats(out, m.entityWeights());
        for (long[] facts : new long[][] {m.persons(), m.locations(), m.organisations(), m.numbers(), m.countries(),
                m.days(), m.year(), m.anchors(), m.tolls(), m.names(), m.nameWords()}) {
            writeLongs(out, facts);
        }
    }

    private static StoryState.Member readMember(CodecBuffers.In in) throws IOException {
        return new StoryState.Member(in.readLong(), readLongs(in), readFloats(in), readLongs(in), readFloats(in),
                readLongs(in), readLongs(in), readLongs(in), readLongs(in), readLongs(in), readLongs(in),
                readLongs(in), readLongs(in), readLongs(in), readLongs(in), readLongs(in));
    }

    private static void write(CodecBuffers.Out out, StoryState.StoryRecord r) throws IOException {
        out.writeUTF(r.id());
        writeInstant(out, r.firstSeen());
        out.writeLong(r.lastMillis());
        out.writeInt(r.size());
        out.writeInt(r.copies());
        out.writeInt(r.capacity());
        out.writeInt(r.members());
        for (int i = 0; i < r.members(); i++) {
            write(out, r.member(i));
        }
    }

    private static StoryState.StoryRecord readStoryRecord(CodecBuffers.In in) throws IOException {
        String id = in.readUTF();
        Instant firstSeen = readInstant(in);
        long last = in.readLong();
        int size = in.readInt();
        int copies = in.readInt();
        int capacity = in.readInt();
        StoryState.Member[] members = new StoryState.Member[in.readInt()];
        for (int i = 0; i < members.length; i++) {
            members[i] = readMember(in);
        }
        return StoryState.StoryRecord.restore(id, firstSeen, last, size, copies, members, capacity);
    }

    private static void writeFloats(CodecBuffers.Out out, float[] values) throws IOException {
        out.writeInt(values.length);
        for (float v : values) {
            out.writeFloat(v);
        }
    }

    private static float[] readFloats(CodecBuffers.In in) throws IOException {
        float[] values = new float[in.readInt()];
        for (int i = 0; i < values.length; i++) {
            values[i] = in.readFloat();
        }
        return values;
    }

    private static void write(CodecBuffers.Out out, Decision d) throws IOException {
        out.writeUTF(d.id());
        out.writeInt(d.partition());
        out.writeLong(d.offset());
        out.writeBoolean(d.duplicateOf() != null);
        if (d.duplicateOf() != null) {
            out.writeUTF(d.duplicateOf().id());
            out.writeDouble(d.duplicateOf().similarity());
            out.writeUTF(d.duplicateOf().kind());
        }
        out.writeBoolean(d.story() != null);
        if (d.story() != null) {
            out.writeUTF(d.story().id());
            writeInstant(out, d.story().firstSeen());
            out.writeInt(d.story().size());
        }
        out.writeLong(d.micros());
        writeNullableString(out, d.error());
        // trailing and optional, as in the sequence record
        out.writeBoolean(d.stories() != null);
        if (d.stories() != null) {
            out.writeLong(d.stories().micros());
            writeNullableString(out, d.stories().error());
        }
    }

    private static Decision readDecision(CodecBuffers.In in) throws IOException {
        String id = in.readUTF();
        int partition = in.readInt();
        long offset = in.readLong();
        DuplicateOf duplicateOf = in.readBoolean() ? new DuplicateOf(in.readUTF(), in.readDouble(), in.readUTF()) : null;
        Story story = in.readBoolean() ? new Story(in.readUTF(), readInstant(in), in.readInt()) : null;
        long micros = in.readLong();
        String error = readNullableString(in);
        StoriesStage stories = in.available() > 0 && in.readBoolean()
                ? new StoriesStage(in.readLong(), readNullableString(in)) : null;
        return new Decision(id, partition, offset, duplicateOf, story, micros, error, stories);
    }

    private static void write(CodecBuffers.Out out, LogEntry e) throws IOException {
        out.writeUTF(e.id());
        writeInstant(out, e.publishedAt());
        writeInstant(out, e.ingestedAt());
        writeSignature(out, e.signature());
        out.writeUTF(e.canonical().id());
        writeInstant(out, e.canonical().publishedAt());
        writeInstant(out, e.canonical().ingestedAt());
        out.writeUTF(e.storyId());
    }

    private static LogEntry readLogEntry(CodecBuffers.In in) throws IOException {
        String id = in.readUTF();
        Instant published = readInstant(in);
        Instant ingested = readInstant(in);
        TextSignature signature = readSignature(in);
        DuplicateIndex.Ref canonical = new DuplicateIndex.Ref(in.readUTF(), readInstant(in), readInstant(in));
        return new LogEntry(id, published, ingested, signature, canonical, in.readUTF());
    }

    private static void write(CodecBuffers.Out out, Pending p) throws IOException {
        out.writeLong(p.timestamp());
        Header[] headers = p.headers().toArray();
        out.writeInt(headers.length);
        for (Header h : headers) {
            out.writeUTF(h.key());
            writeBytes(out, h.value());
        }
        writeBytes(out, p.json());
        // trailing and optional: a record written before s26 ends above
        out.writeInt(p.split());
    }

    private static void write(CodecBuffers.Out out, Parked p) throws IOException {
        out.writeInt(p.partition());
        out.writeLong(p.offset());
        write(out, p.pending());
    }

    private static Parked readParked(CodecBuffers.In in) throws IOException {
        int partition = in.readInt();
        long offset = in.readLong();
        return new Parked(partition, offset, readPending(in));
    }

    private static Pending readPending(CodecBuffers.In in) throws IOException {
        long timestamp = in.readLong();
        int n = in.readInt();
        RecordHeaders headers = new RecordHeaders();
        for (int i = 0; i < n; i++) {
            headers.add(in.readUTF(), readBytes(in));
        }
        byte[] json = readBytes(in);
        return new Pending(timestamp, headers, json, in.available() >= Integer.BYTES ? in.readInt() : -1);
    }

    private static void writeSignature(CodecBuffers.Out out, TextSignature s) throws IOException {
        out.writeBoolean(s != null);
        if (s == null) {
            return;
        }
        out.writeUTF(s.fingerprint());
        out.writeInt(s.tokens());
        out.writeInt(s.shingles());
        writeLongs(out, s.sketch());
        out.writeLong(s.simHash());
        writeLongs(out, s.numbers());
    }

    private static TextSignature readSignature(CodecBuffers.In in) throws IOException {
        if (!in.readBoolean()) {
            return null;
        }
        return new TextSignature(in.readUTF(), in.readInt(), in.readInt(), readLongs(in), in.readLong(),
                readLongs(in));
    }

    private static void writeInts(CodecBuffers.Out out, int[] values) throws IOException {
        out.writeInt(values.length);
        for (int v : values) {
            out.writeInt(v);
        }
    }

    private static int[] readInts(CodecBuffers.In in) throws IOException {
        int[] values = new int[in.readInt()];
        for (int i = 0; i < values.length; i++) {
            values[i] = in.readInt();
        }
        return values;
    }

    private static void writeLongs(CodecBuffers.Out out, long[] values) throws IOException {
        out.writeInt(values.length);
        for (long v : values) {
            out.writeLong(v);
        }
    }

    private static long[] readLongs(CodecBuffers.In in) throws IOException {
        long[] values = new long[in.readInt()];
        for (int i = 0; i < values.length; i++) {
            values[i] = in.readLong();
        }
        return values;
    }

    private static void writeInstant(CodecBuffers.Out out, Instant t) throws IOException {
        out.writeBoolean(t != null);
        if (t != null) {
            out.writeLong(t.getEpochSecond());
            out.writeInt(t.getNano());
        }
    }

    private static Instant readInstant(CodecBuffers.In in) throws IOException {
        return in.readBoolean() ? Instant.ofEpochSecond(in.readLong(), in.readInt()) : null;
    }

    private static void writeNullableString(CodecBuffers.Out out, String s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) {
            // writeUTF holds 64 KB; an exception message may be longer
            writeBytes(out, s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private static String readNullableString(CodecBuffers.In in) throws IOException {
        return in.readBoolean() ? new String(readBytes(in), java.nio.charset.StandardCharsets.UTF_8) : null;
    }

    private static void writeBytes(CodecBuffers.Out out, byte[] b) throws IOException {
        out.writeInt(b == null ? -1 : b.length);
        if (b != null) {
            out.write(b);
        }
    }

    private static byte[] readBytes(CodecBuffers.In in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            return null;
        }
        byte[] b = new byte[n];
        in.readFully(b);
        return b;
    }
}
