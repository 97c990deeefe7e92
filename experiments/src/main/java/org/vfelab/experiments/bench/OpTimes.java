package org.vfelab.experiments.bench;

import org.nd4j.autodiff.listeners.At;
import org.nd4j.autodiff.listeners.BaseListener;
import org.nd4j.autodiff.listeners.Operation;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.internal.SameDiffOp;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.OpContext;
import org.nd4j.linalg.dataset.api.MultiDataSet;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Time spent in each kind of op (by op name, e.g. {@code layer_norm_bp}) while attached, and how many ran: where a
 * step's time goes, for {@code vfe bench --profile}. Time between ops (SameDiff's own bookkeeping) is not in it.
 */
public final class OpTimes extends BaseListener {

    private final Map<String, Long> nanos = new TreeMap<>();
    private final Map<String, Integer> calls = new TreeMap<>();
    private long started;

    @Override
    public boolean isActive(Operation operation) {
        return true;
    }

    @Override
    public void preOpExecution(SameDiff sd, At at, SameDiffOp op, OpContext opContext) {
        started = System.nanoTime();
    }

    @Override
    public void opExecution(SameDiff sd, At at, MultiDataSet batch, SameDiffOp op, OpContext opContext,
                            INDArray[] outputs) {
        String name = op.getOp().opName();
        nanos.merge(name, System.nanoTime() - started, Long::sum);
        calls.merge(name, 1, Integer::sum);
    }

    /** Seconds per op name, largest first. */
    public Map<String, Double> secondsByOp() {
        Map<String, Double> sorted = new LinkedHashMap<>();
        nanos.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(entry -> sorted.put(entry.getKey(), entry.getValue() / 1e9));
        return sorted;
    }

    /** How many ops of each name ran. */
    public Map<String, Integer> calls() {
        return Map.copyOf(calls);
    }
}
