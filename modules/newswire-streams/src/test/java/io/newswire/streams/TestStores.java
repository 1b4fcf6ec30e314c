package io.newswire.streams;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;

/** In-memory key-value stores for the stored-state tests, and what a changelog restore does with them. */
final class TestStores {

    private TestStores() {
    }

    /** An in-memory store registered with the context, without a changelog. */
    static <K, V> KeyValueStore<K, V> inMemory(MockProcessorContext<?, ?> context, String name, Serde<K> keys,
            Serde<V> values) {
        KeyValueStore<K, V> store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(name), keys, values)
                .withLoggingDisabled().build();
        store.init(context.getStateStoreContext(), store);
        context.addStateStore(store);
        return store;
    }

    /** Puts every entry of {@code from} into {@code to}: each key's last value, as a changelog restore gives. */
    static <K, V> void copyInto(KeyValueStore<K, V> from, KeyValueStore<K, V> to) {
        try (KeyValueIterator<K, V> it = from.all()) {
            while (it.hasNext()) {
                KeyValue<K, V> kv = it.next();
                to.put(kv.key, kv.value);
            }
        }
    }

    static <K> List<K> keys(KeyValueStore<K, ?> store) {
        List<K> out = new ArrayList<>();
        try (KeyValueIterator<K, ?> it = store.all()) {
            while (it.hasNext()) {
                out.add(it.next().key);
            }
        }
        return out;
    }

    static long count(KeyValueStore<?, ?> store) {
        return keys(store).size();
    }
}
