package org.vfelab.core.train;

import java.util.Map;

/**
 * What one training step did.
 *
 * @param liveTensorBytes peak bytes of live tensors during the step: parameters, optimizer state, the batch and
 *                        the step's intermediates as counted by the session memory manager
 * @param readouts        extra scalars of the loss (e.g. temperature) after the update
 */
public record StepReport(int step, int totalSteps, double loss, double learningRate, double seconds,
                         long liveTensorBytes, Map<String, Double> readouts) {
    public StepReport {
        readouts = Map.copyOf(readouts);
    }
}
