package io.newswire.streams;

import static java.util.Objects.requireNonNull;

import java.util.function.Function;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Passes on what its parent step accepted, as the child downstream takes it ({@code view}), with the
 * record's key, timestamp and headers; drops the parent's dead letters, which its
 * {@link DeadLetterForwarder} sibling writes.
 *
 * @param <V> the value the parent step passes on
 * @param <W> the value this node's children take
 */
final class Accepted<V, W> implements Processor<String, Outcome<V>, String, W> {

    private final Function<V, W> view;
    private ProcessorContext<String, W> context;

    Accepted(Function<V, W> view) {
        this.view = requireNonNull(view, "view");
    }

    @Override
    public void init(ProcessorContext<String, W> context) {
        this.context = context;
    }

    @Override
    public void process(Record<String, Outcome<V>> record) {
        if (record.value() instanceof Outcome.Passed<V> passed) {
            context.forward(record.withValue(view.apply(passed.value())));
        }
    }
}
