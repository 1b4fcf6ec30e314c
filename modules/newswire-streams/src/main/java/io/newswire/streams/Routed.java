package io.newswire.streams;

import static java.util.Objects.requireNonNull;

import java.util.function.Function;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Passes on the part of its parent's output that its child takes ({@code view}: the record to forward, or
 * null for none), so that a processor with several kinds of output forwards one value to all its children
 * and never names one (as {@link Accepted} does for an {@link Outcome}).
 *
 * @param <V> what the parent emits
 * @param <W> what this node's child takes
 */
final class Routed<V, W> implements Processor<String, V, String, W> {

    private final Function<Record<String, V>, Record<String, W>> view;
    private ProcessorContext<String, W> context;

    Routed(Function<Record<String, V>, Record<String, W>> view) {
        this.view = requireNonNull(view, "view");
    }

    @Override
    public void init(ProcessorContext<String, W> context) {
        this.context = context;
    }

    @Override
    public void process(Record<String, V> record) {
        Record<String, W> out = view.apply(record);
        if (out != null) {
            context.forward(out);
        }
    }
}
