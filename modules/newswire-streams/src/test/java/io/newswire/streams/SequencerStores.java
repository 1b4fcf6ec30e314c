package io.newswire.streams;

import io.newswire.enrich.duplicates.DuplicateIndex;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The two stores of one sequencer task ({@code dedup-log} and {@code dedup-index}), in memory, for the
 * stored duplicate state's tests, and what a restore from their changelogs gives.
 */
final class SequencerStores {

    final MockProcessorContext<String, String> context = new MockProcessorContext<>();
    final KeyValueStore<Long, DedupCodec.LogEntry> log = TestStores.inMemory(context, SequencerProcessor.STORE,
            Serdes.Long(), DedupCodec.LOG_ENTRY);
    final KeyValueStore<Bytes, byte[]> index = TestStores.inMemory(context, StoredDuplicateState.INDEX, Serdes.Bytes(),
            Serdes.ByteArray());

    /** The state over these stores, restored, with a heap cache of {@code cached} articles. */
    StoredDuplicateState open(DuplicateIndex.Settings settings, int cached) {
        StoredDuplicateState s = new StoredDuplicateState(settings, log, index, cached);
        s.restore();
        return s;
    }

    /** Fresh stores holding what a restore from both changelogs gives: each key's last value. */
    SequencerStores restored() {
        SequencerStores copy = new SequencerStores();
        TestStores.copyInto(log, copy.log);
        TestStores.copyInto(index, copy.index);
        return copy;
    }

    /** Fresh stores with the log restored and the index empty (an index that had no changelog). */
    SequencerStores logOnly() {
        SequencerStores copy = new SequencerStores();
        TestStores.copyInto(log, copy.log);
        return copy;
    }
}
