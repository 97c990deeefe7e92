package org.vfelab.core.train;

import org.vfelab.core.eval.FamilyScores;

import java.util.List;
import java.util.Map;
import org.vfelab.tracking.TrainingOutcome;

/**
 * The summary of a training run.
 *
 * @param failure             why training stopped early (the loss that diverged, the allocation that failed); empty
 *                            when it finished
 * @param peakTensorBytes     the largest {@link StepReport#liveTensorBytes()} over all steps, including the step
 *                            that ran out of memory up to its failed allocation
 * @param peakResidentBytes   the largest process RSS sampled during training
 * @param pooledBytes         arrays kept for reuse from step to step (part of the RSS, not of the peak)
 * @param medianStepSeconds   median step time after the first (graph-building) steps
 * @param finalScores         the last retrieval evaluation; empty when training diverged before it or the task
 *                            does not retrieve
 * @param taskScores          the last evaluation of a task other than retrieval by metric key (captioning:
 *                            {@code rouge_l}, {@code cider}; language model: {@code eval_loss})
 */
public record TrainingResult(TrainingOutcome outcome, String failure, int stepsDone, double finalLoss,
                             long peakTensorBytes, long peakResidentBytes, long pooledBytes, double medianStepSeconds,
                             double clipsPerSecond, long trainableParameters, int tokensPerClip,
                             List<FamilyScores> finalScores, Map<String, Double> taskScores) {
    public TrainingResult {
        finalScores = List.copyOf(finalScores);
        taskScores = Map.copyOf(taskScores);
    }

    /** The result of a finished or stopped {@link StepLoop} over batches of {@code batch} examples. */
    public static TrainingResult of(LoopResult loop, int batch, long trainableParameters, int tokensPerClip,
                                    List<FamilyScores> finalScores, Map<String, Double> taskScores) {
        return new TrainingResult(loop.outcome(), loop.failure(), loop.stepsDone(), loop.finalLoss(),
                loop.peakTensorBytes(), loop.peakResidentBytes(), loop.pooledBytes(), loop.medianStepSeconds(),
                batch / loop.medianStepSeconds(), trainableParameters, tokensPerClip, finalScores, taskScores);
    }
}
