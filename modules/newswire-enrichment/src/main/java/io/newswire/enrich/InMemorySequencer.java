package io.newswire.enrich;

import io.newswire.enrich.api.Sequencer;
import io.newswire.enrich.duplicates.DuplicateIndex;
import io.newswire.enrich.duplicates.DuplicateState;
import io.newswire.enrich.duplicates.DuplicatesStage;
import io.newswire.model.Article;
import io.newswire.model.StageError;
import io.newswire.model.StageTiming;
import java.util.List;

/**
 * The standard {@link Sequencer}: the {@link DuplicatesStage} over a {@link DuplicateIndex} in memory,
 * timed into the provenance like a pipeline stage and isolated like one (a failure is recorded, the
 * article goes on without {@code duplicateOf} and {@code story}).
 */
final class InMemorySequencer implements Sequencer {

    private final DuplicatesStage stage = new DuplicatesStage();
    private final DuplicateState state;

    InMemorySequencer(DuplicateState state) {
        this.state = state;
    }

    InMemorySequencer() {
        this(new DuplicateIndex());
    }

    @Override
    public List<String> stageNames() {
        return List.of(DuplicatesStage.NAME);
    }

    @Override
    public Article sequence(Article enriched) {
        long start = System.nanoTime();
        try {
            Article out = stage.apply(enriched, state);
            return out.toBuilder().provenance(enriched.provenance().plus(
                    new StageTiming(DuplicatesStage.NAME, micros(start), true), null)).build();
        } catch (RuntimeException | StackOverflowError e) {
            return enriched.toBuilder().provenance(enriched.provenance().plus(
                    new StageTiming(DuplicatesStage.NAME, micros(start), false),
                    new StageError(DuplicatesStage.NAME, e.getClass().getName(), e.getMessage()))).build();
        }
    }

    private static long micros(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000;
    }
}
