package io.newswire.streams;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Writes its parent step's dead letters, as {@link DeadLetterRouter} built them, to the dead-letter
 * sink; ignores what the step passed on, which its {@link Accepted} sibling takes.
 *
 * @param <V> the value the parent step passes on
 */
final class DeadLetterForwarder<V> implements Processor<String, Outcome<V>, byte[], byte[]> {

    private ProcessorContext<byte[], byte[]> context;

    @Override
    public void init(ProcessorContext<byte[], byte[]> context) {
        this.context = context;
    }

    @Override
    public void process(Record<String, Outcome<V>> record) {
        if (record.value() instanceof Outcome.Rejected<V> rejected) {
            context.forward(rejected.letter());
        }
    }
}
