package org.vfelab.core.train;

import org.nd4j.autodiff.listeners.At;
import org.nd4j.autodiff.listeners.Operation;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.config.ExecutionResult;
import org.nd4j.autodiff.samediff.internal.AbstractSession;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.vfelab.core.memory.RepeatingSession;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One forward and backward pass of a graph's gradient function, returning the loss and each trainable variable's
 * gradient.
 *
 * <p>Why not {@code SameDiff.calculateGradientsAndOutputs}: in 1.0.0-M2.1 it switches the gradient function's
 * array cache off, and with it the session's releases, so every activation and every intermediate gradient of the
 * step stays alive until the step ends (bench-b: 1.7 GB live where 0.85 GB suffice). This pass runs the same
 * function on its session directly, releases on: an array goes back to the session's memory manager after its last
 * use, forward activations included once their backward op has run. It asks the session for the loss only, with the
 * gradients as required activations that the session keeps and that are read back afterwards: each requested output
 * costs a copy of the graph's whole variable map (validation in {@code AbstractSession.output}), 85 of them 9 ms of
 * a bench-b step. The values are the same as SameDiff's; a test checks them.
 */
public final class GradientPass {

    private final SameDiff graph;
    private final SameDiff gradients;
    private final String loss;
    private final Map<String, String> gradientOf = new LinkedHashMap<>();
    private final Set<String> gradientNames;

    /**
     * @param graph      a graph whose gradient function exists ({@code createGradFunction()}) and has a session for
     *                   the calling thread ({@code PoolingMemoryManager.installOn})
     * @param loss       the loss variable to return
     * @param parameters the variables whose gradients to return
     */
    public GradientPass(SameDiff graph, String loss, List<String> parameters) {
        this.graph = graph;
        this.gradients = graph.getFunction("grad");
        if (gradients == null) {
            throw new IllegalStateException("the graph has no gradient function; call createGradFunction() first");
        }
        this.loss = loss;
        for (String parameter : parameters) {
            gradientOf.put(parameter, graph.getVariable(parameter).getGradient().name());
        }
        this.gradientNames = Set.copyOf(gradientOf.values());
    }

    /** Runs the pass on {@code feeds}, with the graph's listeners, on the calling thread's session. */
    public Result run(Map<String, INDArray> feeds) {
        if (!(gradients.getSessions().get(Thread.currentThread().getId()) instanceof RepeatingSession session)) {
            throw new IllegalStateException("the gradient function has no RepeatingSession for this thread; install "
                    + "one with PoolingMemoryManager.installOn first");
        }
        session.alsoKeep(gradientNames);
        ExecutionResult result = session.output(List.of(loss), feeds, Map.of(), null, gradientNames,
                graph.getListeners(), At.defaultAt(Operation.INFERENCE));
        Map<String, INDArray> byParameter = new LinkedHashMap<>();
        gradientOf.forEach((parameter, gradient) -> byParameter.put(parameter,
                session.get(gradient, AbstractSession.OUTER_FRAME, 0, null).getTensorValue()));
        return new Result(value(result, loss), byParameter);
    }

    private static INDArray value(ExecutionResult result, String name) {
        return result.getOutputs() != null ? result.getOutputs().get(name).orElseThrow()
                : result.getValueOutputs().get(name).getTensorValue();
    }

    /**
     * The loss and the gradient of each parameter, by parameter name; arrays of the session's memory manager, valid
     * until its next window.
     */
    public record Result(INDArray loss, Map<String, INDArray> gradients) {
    }
}
