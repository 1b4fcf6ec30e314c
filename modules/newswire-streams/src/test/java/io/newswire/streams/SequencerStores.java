package io.newswire.streams;

import io.newswire.enrich.duplicates.DuplicateIndex;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The stores of one sequencer task's duplicate state ({@code dedup-log}, the local index and the two stores that make
 * it durable, {@link LoggedIndex}, and an older app's {@code dedup-index}), in memory, for the stored duplicate
 * state's tests, and what a restore from their changelogs gives.
 */
final class SequencerStores {

    final MockProcessorContext<String, String> context = new MockProcessorContext<>();
    final KeyValueStore<Long, DedupCodec.LogEntry> log = TestStores.inMemory(context, SequencerProcessor.STORE,
            Serdes.Long(), DedupCodec.LOG_ENTRY);
    final KeyValueStore<Bytes, byte[]> legacy = TestStores.inMemory(context, StoredDuplicateState.INDEX,
            Serdes.Bytes(), Serdes.ByteArray());
    final KeyValueStore<Bytes, byte[]> work = TestStores.inMemory(context, LoggedIndex.WORK, Serdes.Bytes(),
            Serdes.ByteArray());
    final KeyValueStore<Long, byte[]> ops = TestStores.inMemory(context, LoggedIndex.OPS, Serdes.Long(),
            Serdes.ByteArray());
    final KeyValueStore<Bytes, byte[]> snapshot = TestStores.inMemory(context, LoggedIndex.SNAPSHOT, Serdes.Bytes(),
            Serdes.ByteArray());
    private LoggedIndex index;

    /** The state over these stores, restored, with a heap cache of {@code cached} articles. */
    StoredDuplicateState open(DuplicateIndex.Settings settings, int cached) {
        return open(settings, cached, LoggedIndex.BYTES_PER_ARTICLE);
    }

    /** As {@link #open(DuplicateIndex.Settings, int)}, copying {@code copyBytes} of the local index an article. */
    StoredDuplicateState open(DuplicateIndex.Settings settings, int cached, int copyBytes) {
        index = new LoggedIndex(work, ops, snapshot, legacy, copyBytes);
        StoredDuplicateState s = new StoredDuplicateState(settings, log, index, cached);
        s.restore();
        return s;
    }

    /** The durable index of the state last opened. */
    LoggedIndex index() {
        return index;
    }

    /**
     * Fresh stores holding what a restore from the changelogs gives after a crash: each changelogged key's last
     * value, and an empty local index (under exactly-once a crash wipes the task's local state).
     */
    SequencerStores restored() {
        SequencerStores copy = new SequencerStores();
        TestStores.copyInto(log, copy.log);
        TestStores.copyInto(legacy, copy.legacy);
        TestStores.copyInto(ops, copy.ops);
        TestStores.copyInto(snapshot, copy.snapshot);
        return copy;
    }

    /**
     * As {@link #restored()}, with the local index kept (a clean restart on the same host: the task closed first, which
     * writes what the index held on the heap only, s40).
     */
    SequencerStores restoredKeepingLocal() {
        if (index != null) {
            index.close();
        }
        SequencerStores copy = restored();
        TestStores.copyInto(work, copy.work);
        return copy;
    }

    /**
     * As {@link #restored()}, with the local index as a crash left it: what it held on the heap only is lost (the task
     * did not close).
     */
    SequencerStores crashedKeepingLocal() {
        SequencerStores copy = restored();
        TestStores.copyInto(work, copy.work);
        return copy;
    }

    /** Fresh stores with the log restored and the index empty (an index that had no changelog). */
    SequencerStores logOnly() {
        SequencerStores copy = new SequencerStores();
        TestStores.copyInto(log, copy.log);
        return copy;
    }
}
