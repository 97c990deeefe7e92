package org.vfelab.core.train;

import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.Map;

/** What a {@link StepLoop} trains on: each step's placeholder values, and the objective's own hooks. */
public interface StepSource {

    /** The placeholder values of step {@code step} (0-based); the loop closes them after the step. */
    Map<String, INDArray> feeds(int step);

    /** After each optimizer update, e.g. clamping a learned temperature. */
    default void afterUpdate(SameDiff graph) {
    }

    /** Extra scalars to report with each step, e.g. the temperature. */
    default Map<String, Double> readouts(SameDiff graph) {
        return Map.of();
    }

    /** Called after step {@code done} when the spec asks for an evaluation there. */
    default void evaluateAfter(int done) {
    }
}
