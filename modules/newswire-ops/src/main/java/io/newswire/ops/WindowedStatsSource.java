package io.newswire.ops;

/**
 * Where {@code GET /api/windows} gets its windowed statistics (articles per minute, top entities,
 * countries, languages and sources over the last minutes). The streams side provides it; the ops
 * server only renders what it returns as JSON.
 */
@FunctionalInterface
public interface WindowedStatsSource {

    /**
     * The current statistics, as a value the project's {@code Json} codec can write (a record or a
     * map), or {@code null} while none are available yet (served as 503). Called on HTTP threads:
     * implementations are thread-safe and return quickly.
     */
    Object snapshot();

    /**
     * This instance's own counts with a minute starting in {@code [fromMillis, toMillis]}, served at
     * {@code GET /api/windows/local?from=MS&to=MS} so that other instances can merge them; {@code null}
     * (served as 503) when they cannot be read right now, e.g. while the store's tasks move in a
     * rebalance. The default serves 503 as well, for sources without a local view.
     */
    default Object local(long fromMillis, long toMillis) {
        return null;
    }
}
