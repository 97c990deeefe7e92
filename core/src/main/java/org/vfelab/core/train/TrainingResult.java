package org.vfelab.core.train;

import org.vfelab.core.eval.FamilyScores;

import java.util.List;

/**
 * The summary of a training run.
 *
 * @param failure             why training stopped early (the loss that diverged, the allocation that failed); empty
 *                            when it finished
 * @param peakTensorBytes     the largest {@link StepReport#liveTensorBytes()} over all steps, including the step
 *                            that ran out of memory up to its failed allocation
 * @param peakResidentBytes   the largest process RSS sampled during training
 * @param medianStepSeconds   median step time after the first (graph-building) steps
 * @param finalScores         the last evaluation; empty when training diverged before it
 */
public record TrainingResult(TrainingOutcome outcome, String failure, int stepsDone, double finalLoss, long peakTensorBytes,
                             long peakResidentBytes, double medianStepSeconds, double clipsPerSecond,
                             long trainableParameters, int tokensPerClip, List<FamilyScores> finalScores) {
    public TrainingResult {
        finalScores = List.copyOf(finalScores);
    }
}
