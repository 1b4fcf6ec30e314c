package io.newswire.streams;

import io.newswire.streams.DedupCodec.Decision;
import io.newswire.streams.DedupCodec.Pending;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * What the duplicates step's join-back holds in this instance's stores now (docs/STORIES.md): enriched
 * articles waiting for their decision ({@code pending-articles}) and decisions waiting for their article
 * ({@code early-decisions}), with their sizes as stored (the stores' serialized values, which the
 * in-memory stores and their changelogs hold). For operators and the tests that bound it.
 *
 * @param articles      parked articles held
 * @param articleBytes  their serialized size (output timestamp, headers and enriched JSON)
 * @param decisions     early decisions held
 * @param decisionBytes their serialized size
 */
public record DuplicatesInFlight(int articles, long articleBytes, int decisions, long decisionBytes) {

    /** Nothing held. */
    public static final DuplicatesInFlight NONE = new DuplicatesInFlight(0, 0, 0, 0);

    /**
     * Reads the two stores of the running app's local tasks.
     *
     * @throws InvalidStateStoreException while they are not queryable (starting, rebalancing, or the step
     *                                    is off)
     */
    public static DuplicatesInFlight of(KafkaStreams streams) {
        ReadOnlyKeyValueStore<Long, Pending> pending = streams.store(StoreQueryParameters.fromNameAndType(
                JoinBackProcessor.PENDING_STORE, QueryableStoreTypes.<Long, Pending>keyValueStore()));
        ReadOnlyKeyValueStore<Long, Decision> early = streams.store(StoreQueryParameters.fromNameAndType(
                JoinBackProcessor.DECISIONS_STORE, QueryableStoreTypes.<Long, Decision>keyValueStore()));
        int articles = 0;
        long articleBytes = 0;
        try (KeyValueIterator<Long, Pending> it = pending.all()) {
            while (it.hasNext()) {
                KeyValue<Long, Pending> kv = it.next();
                articles++;
                articleBytes += DedupCodec.PENDING.serializer().serialize(JoinBackProcessor.PENDING_STORE,
                        kv.value).length;
            }
        }
        int decisions = 0;
        long decisionBytes = 0;
        try (KeyValueIterator<Long, Decision> it = early.all()) {
            while (it.hasNext()) {
                KeyValue<Long, Decision> kv = it.next();
                decisions++;
                decisionBytes += DedupCodec.DECISION.serializer().serialize(JoinBackProcessor.DECISIONS_STORE,
                        kv.value).length;
            }
        }
        return new DuplicatesInFlight(articles, articleBytes, decisions, decisionBytes);
    }
}
