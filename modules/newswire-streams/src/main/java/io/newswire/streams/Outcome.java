package io.newswire.streams;

import static java.util.Objects.requireNonNull;

import org.apache.kafka.streams.processor.api.Record;

/**
 * What one step of the article path emits for each record it takes: the value the next step takes,
 * or the dead letter that replaces the record. A step forwards its outcome to all its children and
 * each child takes the one variant it handles ({@link Accepted} the value, {@link DeadLetterForwarder}
 * the letter), so where a record goes is in the types, not in child names a processor must know.
 *
 * @param <V> the type of the value the step passes on
 */
sealed interface Outcome<V> {

    /** The step succeeded: {@code value} goes on. */
    record Passed<V>(V value) implements Outcome<V> {
        public Passed {
            requireNonNull(value, "value");
        }
    }

    /**
     * The step rejected the record: {@code letter} goes to the dead-letter topic as it is (original
     * key and value, the source record's timestamp and headers plus the dead-letter headers), built
     * by {@link DeadLetterRouter}.
     */
    record Rejected<V>(Record<byte[], byte[]> letter) implements Outcome<V> {
        public Rejected {
            requireNonNull(letter, "letter");
        }
    }
}
