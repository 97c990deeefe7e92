package org.vfelab.experiments.trial;

import org.vfelab.core.train.TrainingOutcome;
import org.vfelab.core.train.TrainingResult;

import java.util.Optional;

/** What {@code vfe run} did: the MLflow run it wrote, the outcome, and the training result when there is one. */
public record TrialReport(String runId, String trialKey, TrainingOutcome outcome, Optional<TrainingResult> result) {

    /** True when the trial trained to the end and was evaluated. */
    public boolean finished() {
        return outcome == TrainingOutcome.FINISHED;
    }
}
