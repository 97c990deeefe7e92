package org.vfelab.experiments.runner;

import org.vfelab.tracking.TrainingOutcome;
import org.vfelab.experiments.sweep.PlannedTrial;

import java.time.Duration;

/**
 * How one trial of a sweep ended in this invocation, or why it did not run.
 *
 * @param detail the error, the failed allocation, the diverged loss, or why the trial was skipped; empty when it
 *               finished
 * @param device the {@code vfe.device} it ran on, or {@code -} when it did not run
 */
public record TrialEnd(PlannedTrial trial, TrainingOutcome outcome, String detail, String device, Duration time) {
}
