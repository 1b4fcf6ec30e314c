package io.newswire.streams;

import io.newswire.model.Article;
import io.newswire.model.Country;
import io.newswire.model.Entity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Turns an enriched article into the facts the windowed statistics count, one small record each,
 * keyed by what it counts ({@code language=en}, {@code country=IR}, ...) and stamped with the
 * article's event time, so that the stats topic's partitioner groups each count on one task.
 */
final class StatsEventsProcessor implements Processor<Object, Object, Object, Object> {

    private static final byte[] ONE = new byte[0];
    private static final Comparator<Entity> BY_SALIENCE = Comparator.comparingDouble(Entity::salience).reversed()
            .thenComparing(Comparator.comparingInt(Entity::count).reversed());

    private final String child;
    private ProcessorContext<Object, Object> context;

    StatsEventsProcessor(String child) {
        this.child = child;
    }

    @Override
    public void init(ProcessorContext<Object, Object> context) {
        this.context = context;
    }

    @Override
    public void process(Record<Object, Object> record) {
        for (String key : facts((Article) record.value())) {
            context.forward(new Record<Object, Object>(key, ONE, record.timestamp()), child);
        }
    }

    /** The statistics keys one article counts towards; bounded by {@link WindowedStats#ENTITIES_PER_ARTICLE}. */
    static List<String> facts(Article article) {
        List<String> keys = new ArrayList<>(4 + WindowedStats.ENTITIES_PER_ARTICLE);
        keys.add(WindowedStats.key(WindowedStats.ARTICLES, WindowedStats.ALL));
        keys.add(WindowedStats.key(WindowedStats.LANGUAGE,
                article.language() == null ? WindowedStats.UNKNOWN : article.language().code()));
        keys.add(WindowedStats.key(WindowedStats.SOURCE, sourceOf(article)));
        for (Country c : article.countries()) {
            if (c.focus()) {
                keys.add(WindowedStats.key(WindowedStats.COUNTRY, c.code()));
                break;
            }
        }
        article.entities().stream().sorted(BY_SALIENCE).limit(WindowedStats.ENTITIES_PER_ARTICLE)
                .forEach(e -> keys.add(WindowedStats.entityKey(e.type().name(), e.name())));
        return keys;
    }

    private static String sourceOf(Article article) {
        if (article.source() != null) {
            if (article.source().domain() != null && !article.source().domain().isBlank()) {
                return article.source().domain();
            }
            if (article.source().name() != null && !article.source().name().isBlank()) {
                return article.source().name();
            }
        }
        return WindowedStats.UNKNOWN;
    }
}
