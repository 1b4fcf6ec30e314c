package io.newswire.kafka;

import static java.util.Objects.requireNonNull;

import org.apache.kafka.common.serialization.Serde;

/**
 * A topic described once: its name and the serdes of its keys and values. Producers, the topology
 * and tests all take serializers from here.
 */
public record TopicSpec<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde) {

    public TopicSpec {
        requireNonNull(name, "name");
        requireNonNull(keySerde, "keySerde");
        requireNonNull(valueSerde, "valueSerde");
    }
}
