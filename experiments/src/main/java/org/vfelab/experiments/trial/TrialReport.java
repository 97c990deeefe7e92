package org.vfelab.experiments.trial;

import org.vfelab.tracking.TrainingOutcome;
import org.vfelab.core.train.TrainingResult;

import java.util.Optional;

/**
 * What {@code vfe run} did: the MLflow run it wrote, the outcome, the training result when there is one, and
 * why the run's record is incomplete when its tracking store failed mid-run.
 */
public record TrialReport(String runId, String trialKey, TrainingOutcome outcome, Optional<TrainingResult> result,
                          Optional<String> trackingFailure) {

    /** This report, noting that the tracking store failed and the run's record is incomplete. */
    public TrialReport withTrackingFailure(String message) {
        return new TrialReport(runId, trialKey, outcome, result, Optional.of(message));
    }

    /** True when the trial trained to the end and was evaluated. */
    public boolean finished() {
        return outcome == TrainingOutcome.FINISHED;
    }
}
