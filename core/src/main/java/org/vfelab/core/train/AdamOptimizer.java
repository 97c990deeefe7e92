package org.vfelab.core.train;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.VariableType;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.GradientUpdater;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.schedule.ISchedule;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adam over every trainable variable of a graph, with one updater (and one state buffer) per variable, applied
 * in place. Written by hand instead of {@code sd.fit()} because fit() does not report the loss in 1.0.0-M2.1.
 */
public final class AdamOptimizer {

    private final SameDiff graph;
    private final Map<String, GradientUpdater<?>> updaters = new LinkedHashMap<>();
    private long stateBytes;

    public AdamOptimizer(SameDiff graph, ISchedule learningRate) {
        this.graph = graph;
        Adam adam = new Adam(learningRate);
        for (SDVariable variable : graph.variables()) {
            if (variable.getVariableType() != VariableType.VARIABLE) {
                continue;
            }
            long size = variable.getArr().length();
            INDArray state = Nd4j.zeros(DataType.FLOAT, 1, adam.stateSize(size));
            stateBytes += state.length() * state.dataType().width();
            updaters.put(variable.name(), adam.instantiate(state, true));
        }
    }

    /** Names of the variables this optimizer trains. */
    public List<String> parameterNames() {
        return List.copyOf(updaters.keySet());
    }

    /** Turns each gradient into its Adam update (in place) and subtracts it from the parameter. */
    public void apply(Map<String, INDArray> gradients, int iteration) {
        for (var entry : updaters.entrySet()) {
            INDArray gradient = gradients.get(entry.getKey());
            if (gradient == null) {
                throw new IllegalStateException("no gradient for trainable variable " + entry.getKey());
            }
            entry.getValue().applyUpdater(gradient, iteration, 0);
            graph.getArrForVarName(entry.getKey()).subi(gradient);
        }
    }

    /** Number of trained scalars. */
    public long parameterCount() {
        return updaters.keySet().stream().mapToLong(name -> graph.getArrForVarName(name).length()).sum();
    }

    /** Bytes of the trained parameters. */
    public long parameterBytes() {
        return updaters.keySet().stream().mapToLong(name -> {
            INDArray array = graph.getArrForVarName(name);
            return array.length() * array.dataType().width();
        }).sum();
    }

    /** Bytes of Adam's first and second moment buffers. */
    public long stateBytes() {
        return stateBytes;
    }
}
