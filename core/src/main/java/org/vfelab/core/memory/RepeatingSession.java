package org.vfelab.core.memory;

import org.nd4j.autodiff.listeners.At;
import org.nd4j.autodiff.listeners.Listener;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.config.ExecutionResult;
import org.nd4j.autodiff.samediff.config.SDValue;
import org.nd4j.autodiff.samediff.internal.FrameIter;
import org.nd4j.autodiff.samediff.internal.InferenceSession;
import org.nd4j.autodiff.samediff.internal.SameDiffOp;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.ops.OpContext;
import org.nd4j.linalg.dataset.api.MultiDataSet;
import org.nd4j.shade.guava.collect.Sets;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * SameDiff's inference session for a graph that is run again and again for the same outputs (a training step, an
 * evaluation batch): it works out which ops the outputs need once instead of at every call, and it can keep
 * variables that are computed but not returned ({@link #alsoKeep}) alive for {@link #get} after the call.
 *
 * <p>Why: {@code AbstractSession.output} walks the graph back from the requested outputs at every call, looking up
 * each variable's producing op through name parsing (a regular expression per variable); for a bench-b gradient pass
 * that was about 12 ms of a 240 ms step. The graph's structure does not change between steps, so the walk's result
 * (the subgraph's variables and ops, and its ops without inputs) is kept per set of requested outputs.
 */
public final class RepeatingSession extends InferenceSession {

    private Set<String> kept = Set.of();
    private Set<String> walkedFor = Set.of();
    private Set<String> walkedVariables = Set.of();
    private Set<String> walkedOps = Set.of();
    private Set<String> walkedZeroInputOps = Set.of();

    /** A session of {@code graph}; install it as the graph's session for the thread that runs it. */
    public RepeatingSession(SameDiff graph) {
        super(graph);
    }

    /**
     * Keeps {@code variables}, when computed as required activations, as if they were requested outputs: the
     * session then neither releases nor reuses their arrays during the call, so {@link #get} reads them afterwards.
     */
    public void alsoKeep(Set<String> variables) {
        kept = Set.copyOf(variables);   // the same instance when it is already immutable, as every step passes it
    }

    @Override
    public ExecutionResult getOutputs(Pair<SameDiffOp, OpContext> op, FrameIter frame, Set<VarId> inputs,
                                      Set<VarId> iterationInputs, Set<String> constantAndPlaceholderInputs,
                                      List<Listener> listeners, At at, MultiDataSet batch, Set<String> requested,
                                      Map<String, SDValue> otherPlaceholders) {
        return super.getOutputs(op, frame, inputs, iterationInputs, constantAndPlaceholderInputs, listeners, at, batch,
                kept.isEmpty() ? requested : Sets.union(requested, kept), otherPlaceholders);
    }

    @Override
    protected void initSubgraph(Set<String> variables) {
        if (!variables.equals(walkedFor)) {
            super.initSubgraph(variables);
            walkedFor = Set.copyOf(variables);
            walkedVariables = new LinkedHashSet<>(subgraph);
            walkedOps = new LinkedHashSet<>(subgraphOps);
            walkedZeroInputOps = new HashSet<>(zeroInputOpsInSubgraph);
            return;
        }
        subgraph.addAll(walkedVariables);
        subgraphOps.addAll(walkedOps);
        zeroInputOpsInSubgraph.addAll(walkedZeroInputOps);
    }
}
