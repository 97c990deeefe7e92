package org.vfelab.core.train;

import org.vfelab.tracking.TrainingOutcome;

/**
 * How a {@link StepLoop} ended.
 *
 * @param failure           why it stopped early; empty when it finished
 * @param peakTensorBytes   the largest live-tensor peak of a step, including a step that ran out of memory
 * @param peakResidentBytes the largest process RSS sampled while it ran
 * @param pooledBytes       what the memory manager kept for reuse after the last step: resident besides the peak
 * @param medianStepSeconds median step time after the first (graph-building) steps; NaN without steps
 */
public record LoopResult(TrainingOutcome outcome, String failure, int stepsDone, double finalLoss,
                         long peakTensorBytes, long peakResidentBytes, long pooledBytes,
                         double medianStepSeconds) {
}
