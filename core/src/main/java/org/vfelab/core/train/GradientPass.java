package org.vfelab.core.train;

import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One forward and backward pass of a graph's gradient function, returning the loss and each trainable variable's
 * gradient.
 *
 * <p>Why not {@code SameDiff.calculateGradientsAndOutputs}: in 1.0.0-M2.1 it switches the gradient function's
 * array cache off, and with it the session's releases, so every activation and every intermediate gradient of the
 * step stays alive until the step ends (bench-b: 1.7 GB live where 0.6 GB suffice). Running the same function
 * through {@code output} keeps the releases on: an array goes back to the session's memory manager after its last
 * use, forward activations included once their backward op has run. The values are the same; a test checks them.
 */
public final class GradientPass {

    private final SameDiff graph;
    private final SameDiff gradients;
    private final String loss;
    private final Map<String, String> gradientOf = new LinkedHashMap<>();
    private final String[] requested;

    /**
     * @param graph      a graph whose gradient function exists ({@code createGradFunction()})
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
        List<String> outputs = new ArrayList<>(gradientOf.values());
        outputs.add(0, loss);
        this.requested = outputs.toArray(String[]::new);
    }

    /** Runs the pass on {@code feeds}, with the graph's listeners. */
    public Result run(Map<String, INDArray> feeds) {
        Map<String, INDArray> outputs = gradients.output(feeds, graph.getListeners(), requested);
        Map<String, INDArray> byParameter = new LinkedHashMap<>();
        gradientOf.forEach((parameter, gradient) -> byParameter.put(parameter, outputs.get(gradient)));
        return new Result(outputs.get(loss), byParameter);
    }

    /**
     * The loss and the gradient of each parameter, by parameter name; arrays of the session's memory manager, valid
     * until its next window.
     */
    public record Result(INDArray loss, Map<String, INDArray> gradients) {
    }
}
