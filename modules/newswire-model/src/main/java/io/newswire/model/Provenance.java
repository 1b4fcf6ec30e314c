package io.newswire.model;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/**
 * How an article was processed: the pipeline version, each stage's time and each failure.
 */
public record Provenance(String pipelineVersion, List<StageTiming> stages, List<StageError> errors) {

    public Provenance {
        requireNonNull(pipelineVersion, "pipelineVersion");
        stages = List.copyOf(stages == null ? List.of() : stages);
        errors = List.copyOf(errors == null ? List.of() : errors);
    }

    public static Provenance start(String pipelineVersion) {
        return new Provenance(pipelineVersion, List.of(), List.of());
    }

    /** This provenance with one more stage, and its error when it failed. */
    public Provenance plus(StageTiming timing, StageError error) {
        List<StageTiming> newStages = new ArrayList<>(stages.size() + 1);
        newStages.addAll(stages);
        newStages.add(timing);
        if (error == null) {
            return new Provenance(pipelineVersion, newStages, errors);
        }
        List<StageError> newErrors = new ArrayList<>(errors.size() + 1);
        newErrors.addAll(errors);
        newErrors.add(error);
        return new Provenance(pipelineVersion, newStages, newErrors);
    }
}
